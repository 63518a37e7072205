"""The results of the last check in the panel: counts to click, filters, and the way to the plots.

Each entry (a risk level, a status, an overlap) counts its plots and hectares; clicking it selects
those plots in the result layer and zooms to them; "Show only these" filters the layer; "Attribute
table" opens the table on them. The counts are made from the run's results in slices (never a
freeze at 100,000 plots).
"""

from __future__ import annotations

import time
from bisect import insort
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import analysis
from ..i18n import tr
from ..qgis_bridge.styles import (
    OVERLAP_HATCHES,
    RISK_COLOURS,
    RISK_LEVELS,
    STATUS_HATCHED,
    result_column,
    risk_expression,
    risk_label,
    set_plot_labels,
)

LABELS_SETTING = "vantage/results/labels"
SLICE_SECONDS = 0.02
FILTER_ROLE = Qt.ItemDataRole.UserRole
PROTECTED = "protected"
INDIGENOUS = "indigenous"
NOT_CHECKED = "not_checked"  # failed or invalid
PROTECTED_COLOUR = OVERLAP_HATCHES[PROTECTED][1]  # the map's hatch colours
INDIGENOUS_COLOUR = OVERLAP_HATCHES[INDIGENOUS][1]


def status_label(status: str) -> str:
    labels = {
        analysis.STATUS_OK: tr("analysed"),
        analysis.STATUS_NO_DATA: tr("analysed, data missing"),
        analysis.STATUS_FAILED: tr("failed"),
        analysis.STATUS_INVALID: tr("invalid (not analysed)"),
        analysis.STATUS_PENDING: tr("pending"),
        analysis.STATUS_SIMULATED: tr("simulated (dry run)"),
    }
    return labels.get(status, status)


def filter_expression(key: str, fields: Any = None) -> str:
    """The QGIS expression of a results filter: ``risk:High``, ``status:failed``, ``protected``… on a
    result layer with ``fields`` (its plugin columns may carry the ``vantage_`` prefix)."""
    status = result_column(fields, "status")
    if key.startswith("risk:"):
        level = key.split(":", 1)[1].replace("'", "''")
        return f"({risk_expression(fields)}) = '{level}'"
    if key.startswith("status:"):
        value = key.split(":", 1)[1].replace("'", "''")
        return f"\"{status}\" = '{value}'"
    if key == PROTECTED:
        return f"coalesce(\"{result_column(fields, 'protected_overlap_ha')}\", 0) > 0"
    if key == INDIGENOUS:
        return f"coalesce(\"{result_column(fields, 'indigenous_overlap_ha')}\", 0) > 0"
    if key == NOT_CHECKED:
        return f"\"{status}\" IN ('{analysis.STATUS_FAILED}', '{analysis.STATUS_INVALID}')"
    raise ValueError(key)


def filter_label(key: str) -> str:
    if key.startswith("risk:"):
        return risk_label(key.split(":", 1)[1])
    if key.startswith("status:"):  # an entry of its own: it starts as the others do, with a capital
        label = status_label(key.split(":", 1)[1])
        return label[:1].upper() + label[1:]
    return {PROTECTED: tr("In a protected area"), INDIGENOUS: tr("On indigenous land"),
            NOT_CHECKED: tr("Failed or invalid")}[key]


@dataclass
class Facts:
    """One plot's result, as the results view needs it."""

    index: int
    category: str  # High, Medium, Low, Unknown, invalid or failed (as the style draws it)
    status: str
    area_ha: float
    protected_ha: float
    indigenous_ha: float
    reason: str
    error: str
    evidence: str = ""  # the analysis image (URL) when the engine made one
    limits: tuple[str, ...] = ()  # codes of core.risk.Limit: why the level is Unknown or a minimum


def _category(result: Any, a: dict) -> str:
    """What the style draws a result as: its status when failed or invalid, else its risk level."""
    status = result.status
    return status if status in (analysis.STATUS_FAILED, analysis.STATUS_INVALID) else (
        a.get(analysis.RISK_LEVEL) or "Unknown")


def _overlap_ha(a: dict) -> tuple[float, float]:
    """(protected, indigenous) hectares of an Analysis's overlap summaries (0 when not given)."""
    pa = ((a.get(analysis.PROTECTED_AREAS) or {}).get(analysis.PA_SUMMARY) or {}).get(analysis.TOTAL_OVERLAP_AREA_HA)
    il = ((a.get(analysis.INDIGENOUS_LAND) or {}).get(analysis.IL_SUMMARY) or {}).get(analysis.TOTAL_OVERLAP_AREA_HA)
    return float(pa or 0.0), float(il or 0.0)


def facts_of(result: Any) -> Facts:
    a = result.analysis or {}
    protected, indigenous = _overlap_ha(a)
    return Facts(result.plot_index, _category(result, a), result.status, float(a.get(analysis.AREA_HA) or 0.0),
                 protected, indigenous, str(a.get(analysis.RISK_REASON) or ""), str(result.error or ""),
                 str(getattr(result, "analysis_image", None) or ""), tuple(getattr(result, "limits", None) or ()))


#: Analysis images kept per entry of the plots that need a look (the summary opens at most these).
MAX_EVIDENCE = 10


def risk_entry(facts: Facts) -> str:
    """The risk entry of a plot (``risk:High``…, or the not-checked entry): its filter key, and the summary's
    entry for it when it needs a look."""
    return _risk_key(facts.category)


def _risk_key(category: str) -> str:
    return f"risk:{category}" if category in RISK_COLOURS else NOT_CHECKED


def _status_key(status: str) -> str:
    """The entry of the plots of one status (``status:failed``…)."""
    return f"status:{status}"


def _needs_a_look(category: str, overlaps: bool) -> bool:
    """Whether the summary says something of a plot of ``category`` (its reasons, its image) beyond
    counting it: High, Unknown, not checked, or overlapping a protected area or indigenous land."""
    return category in ("High", "Unknown") or overlaps or category not in RISK_COLOURS


@dataclass
class ResultTally:
    """Counts and hectares by filter key, and what the summary says of the plots that need a look (made
    in one pass). Its size does not grow with the plots: no per-plot facts are kept, only counts, the
    reasons of Unknown plots counted by kind and at most :data:`MAX_EVIDENCE` analysis images per entry."""

    plots: dict = field(default_factory=dict)
    hectares: dict = field(default_factory=dict)
    unknown: dict = field(default_factory=dict)
    """(status, limits, reason, error) -> how many Unknown plots say so (the summary words each once)."""
    images: dict = field(default_factory=dict)
    """:func:`risk_entry` -> (plot index, analysis image) of the first plots (in plot order, whatever
    order the results came in) that need a look and have one."""

    @property
    def evidence(self) -> dict:
        """:func:`risk_entry` -> the analysis images of its first plots (at most :data:`MAX_EVIDENCE`)."""
        return {key: [image for _, image in kept] for key, kept in self.images.items()}

    def _count(self, keys: Sequence[str], plots: int, hectares: float) -> None:
        """``plots`` plots of ``hectares`` ha more in each entry of ``keys``."""
        for key in keys:
            self.plots[key] = self.plots.get(key, 0) + plots
            self.hectares[key] = self.hectares.get(key, 0.0) + hectares

    def add(self, facts: Facts) -> None:
        risk_key = risk_entry(facts)
        keys = [risk_key, _status_key(facts.status)]
        if facts.protected_ha > 0:
            keys.append(PROTECTED)
        if facts.indigenous_ha > 0:
            keys.append(INDIGENOUS)
        self._count(keys, 1, facts.area_ha)
        if _needs_a_look(facts.category, len(keys) > 2):
            if facts.category == "Unknown":
                why = (facts.status, facts.limits, facts.reason, facts.error)
                self.unknown[why] = self.unknown.get(why, 0) + 1
            if facts.evidence:
                kept = self.images.setdefault(risk_key, [])
                if len(kept) < MAX_EVIDENCE or facts.index < kept[-1][0]:
                    insort(kept, (facts.index, facts.evidence))
                    del kept[MAX_EVIDENCE:]

    def add_results(self, results: Sequence[Any]) -> None:
        """:meth:`add` of each result's :func:`facts_of`, in bulk (a check's chunk): the plots that are only
        counted (most of them: a level that needs no look, no overlap) are counted by entry without
        their facts; the others go through :meth:`add`. Counts are the same; the hectares are added in
        another order (the same to within rounding)."""
        counted: dict[tuple[str, str], list] = {}  # (category, status) -> [plots, hectares]
        for result in results:
            a = result.analysis or {}
            category = _category(result, a)
            protected, indigenous = _overlap_ha(a)
            if _needs_a_look(category, protected > 0 or indigenous > 0):
                self.add(facts_of(result))
                continue
            entry = counted.get((category, result.status))
            if entry is None:
                entry = counted[(category, result.status)] = [0, 0.0]
            entry[0] += 1
            entry[1] += float(a.get(analysis.AREA_HA) or 0.0)
        for (category, status), (plots, hectares) in counted.items():
            self._count((_risk_key(category), _status_key(status)), plots, hectares)


def tally_results(results: Sequence[Any]) -> ResultTally:
    tally = ResultTally()
    tally.add_results(results)
    return tally


class SlicedTally(QObject):
    """:func:`tally_results` in time slices on the GUI thread; emits ``finished`` with the tally."""

    finished = pyqtSignal(object)

    def __init__(self, results: Sequence[Any], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.results = list(results)
        self.position = 0
        self.tally = ResultTally()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)

    def start(self) -> None:
        self.timer.start()

    def cancel(self) -> None:
        self.timer.stop()
        self.results = []

    def _step(self) -> None:
        started = time.perf_counter()
        total = len(self.results)
        while self.position < total and time.perf_counter() - started < SLICE_SECONDS:
            stop = min(total, self.position + 1000)
            for result in self.results[self.position:stop]:
                self.tally.add(facts_of(result))
            self.position = stop
        if self.position < total:
            self.timer.start()
        elif total:
            self.finished.emit(self.tally)


def _swatch(colour: str, hatched: bool = False) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    if hatched:
        painter = QPainter(pixmap)
        painter.fillRect(0, 0, 12, 12, QColor("#ffffff"))
        painter.setPen(QPen(QColor(colour), 2))
        for offset in range(-12, 12, 4):
            painter.drawLine(offset, 12, offset + 12, 0)
        painter.end()
    return QIcon(pixmap)


class ResultsView(QWidget):
    """Counts by risk level, status and overlap; click to select and zoom; filter; attribute table."""

    def __init__(self, iface: Any, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.iface = iface
        self.layer_id: Optional[str] = None
        self.tally: Optional[ResultTally] = None
        self._slicer: Optional[SlicedTally] = None
        self.dry_run = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(tr("Check plots to see the results here."))
        self.hint.setObjectName("VantageResultsHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setObjectName("VantageResultsList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setIconSize(QSize(12, 12))
        self.list.setWordWrap(True)  # long entries wrap in a narrow panel instead of being cut
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setMinimumHeight(120)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.list, 1)
        self.only = QCheckBox(tr("Show only these plots"))
        self.only.setObjectName("VantageResultsOnly")
        self.only.setToolTip(tr("Filter the result layer to the chosen entry"))
        layout.addWidget(self.only)
        self.labels = QCheckBox(tr("Label plots by id"))
        self.labels.setObjectName("VantageResultsLabels")
        self.labels.setChecked(QgsSettings().value(LABELS_SETTING, False, type=bool))
        layout.addWidget(self.labels)
        row = QHBoxLayout()
        self.table_button = QPushButton(tr("Attribute table"))
        self.table_button.setObjectName("VantageResultsTable")
        self.table_button.setToolTip(tr("Open the attribute table of the chosen plots"))
        row.addWidget(self.table_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.itemClicked.connect(self.on_item_clicked)
        self.only.toggled.connect(self._apply_filter)
        self.labels.toggled.connect(self._labels_toggled)
        self.table_button.clicked.connect(self.open_attribute_table)
        self._update_enabled()

    # --- content ------------------------------------------------------------------------------
    def labels_wanted(self) -> bool:
        return self.labels.isChecked()

    def layer(self) -> Optional[QgsVectorLayer]:
        layer = QgsProject.instance().mapLayer(self.layer_id) if self.layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) and not sip.isdeleted(layer) else None

    def clear(self) -> None:
        if self._slicer is not None:
            self._slicer.cancel()
            self._slicer = None
        self.layer_id = None
        self.tally = None
        self.list.clear()
        self.only.blockSignals(True)
        self.only.setChecked(False)
        self.only.blockSignals(False)
        self.hint.setText(tr("Check plots to see the results here."))
        self._update_enabled()

    def set_result(self, layer: QgsVectorLayer, summary: dict, results: Sequence[Any], dry_run: bool = False,
                   tally: Optional[ResultTally] = None) -> None:
        """Show the results of ``layer``: their ``tally`` when it was counted already (in the check's task),
        else counted from ``results`` in slices."""
        self.clear()
        self.layer_id = layer.id()
        self.dry_run = dry_run
        plots = int(summary.get("plots") or len(results))
        if dry_run:
            self.hint.setText(tr("Dry run: the values are simulated, not results. {layer}").format(layer=layer.name()))
        else:
            self.hint.setText(tr("Counting the results of {layer}…").format(layer=layer.name()))
        self._plots = plots
        if tally is not None:
            self._show_tally(tally)
            return
        self._slicer = SlicedTally(results, self)
        self._slicer.finished.connect(self._show_tally)
        self._slicer.start()
        self._update_enabled()

    def ready(self) -> bool:
        return self.tally is not None

    def _show_tally(self, tally: ResultTally) -> None:
        self._slicer = None
        self.tally = tally
        layer = self.layer()
        if not self.dry_run:
            self.hint.setText(tr("Click an entry to select its plots and zoom to them."))
        self.hint.setToolTip(layer.name() if layer else "")
        self.list.clear()
        keys = [f"risk:{level}" for level in RISK_LEVELS] + [NOT_CHECKED, PROTECTED, INDIGENOUS]
        shown_apart = {_status_key(s) for s in (analysis.STATUS_OK, analysis.STATUS_FAILED, analysis.STATUS_INVALID)}
        keys += sorted(k for k in tally.plots if k.startswith("status:") and k not in shown_apart)
        for key in keys:
            count = tally.plots.get(key, 0)
            if not count and not key.startswith("risk:"):
                continue
            if key == NOT_CHECKED:  # never measured: no hectares to show
                text = tr("{what}: {plots}").format(what=filter_label(key), plots=tr("%n plot(s)", "", count))
            else:
                text = tr("{what}: {plots} ({ha} ha)").format(
                    what=filter_label(key), plots=tr("%n plot(s)", "", count),
                    ha=f"{tally.hectares.get(key, 0.0):,.1f}")
            item = QListWidgetItem(text)
            item.setData(FILTER_ROLE, key)
            item.setToolTip(filter_expression(key, self.layer()))
            if key.startswith("risk:"):
                item.setIcon(_swatch(RISK_COLOURS[key.split(":", 1)[1]]))
            elif key == NOT_CHECKED:
                item.setIcon(_swatch(STATUS_HATCHED[analysis.STATUS_INVALID], hatched=True))
            elif key == PROTECTED:
                item.setIcon(_swatch(PROTECTED_COLOUR, hatched=True))
            elif key == INDIGENOUS:
                item.setIcon(_swatch(INDIGENOUS_COLOUR, hatched=True))
            if not count:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self._update_enabled()

    def item_for(self, key: str) -> Optional[QListWidgetItem]:
        for row in range(self.list.count()):
            if self.list.item(row).data(FILTER_ROLE) == key:
                return self.list.item(row)
        return None

    def count(self, key: str) -> int:
        return (self.tally.plots.get(key, 0) if self.tally else 0)

    # --- actions ------------------------------------------------------------------------------
    def current_key(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(FILTER_ROLE) if item is not None else None

    def choose(self, key: str) -> None:
        """Choose an entry as a click would: select its plots, zoom to them (and filter if asked)."""
        item = self.item_for(key)
        if item is not None:
            self.list.setCurrentItem(item)
            self.on_item_clicked(item)

    def on_item_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(FILTER_ROLE)
        layer = self.layer()
        if layer is None or not key:
            return
        self._apply_filter()
        layer.selectByExpression(filter_expression(key, layer))
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        ids = layer.selectedFeatureIds()
        if canvas is not None and ids:
            canvas.zoomToSelected(layer)
        self._update_enabled()

    def _apply_filter(self, *_: Any) -> None:
        layer = self.layer()
        if layer is None:
            return
        key = self.current_key()
        wanted = filter_expression(key, layer) if (self.only.isChecked() and key) else ""
        if layer.subsetString() != wanted:
            layer.setReadOnly(False)  # a subset cannot be set on a read-only layer
            layer.setSubsetString(wanted)
            layer.setReadOnly(True)
        layer.triggerRepaint()

    def _labels_toggled(self, on: bool) -> None:
        QgsSettings().setValue(LABELS_SETTING, bool(on))
        layer = self.layer()
        if layer is not None:
            set_plot_labels(layer, layer.customProperty("vantage/id_field") or None, on)
            layer.triggerRepaint()

    def open_attribute_table(self) -> Any:
        """The attribute table of the result layer, showing the chosen entry's plots."""
        layer = self.layer()
        if layer is None or self.iface is None:
            return None
        key = self.current_key()
        return self.iface.showAttributeTable(layer, filter_expression(key, layer) if key else "")

    def _update_enabled(self) -> None:
        has = self.layer() is not None and self.tally is not None
        self.only.setEnabled(has)
        self.table_button.setEnabled(has)
