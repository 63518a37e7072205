"""The summary of a check that says what to do: plots and hectares per level, the plots that need a
look (High, Unknown and why, in protected areas / on indigenous lands) with one-click actions, and
the run's step timings folded away."""

from __future__ import annotations

from typing import Any, Callable, Mapping, Optional, Sequence

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import runs
from ..i18n import tr
from ..qgis_bridge.messages import risk_reason_text
from ..qgis_bridge.styles import RISK_COLOURS, WARNING_COLOUR, risk_label
from .reasons import not_assessed_reason
from .result_layers import engine_label
from .results_view import (
    INDIGENOUS,
    MAX_EVIDENCE,
    NOT_CHECKED,
    PROTECTED,
    ResultTally,
    filter_label,
    status_label,
)


def summary_text(summary: Mapping[str, Any]) -> str:
    """One line for the dock: ``12 plots — High 2 · Medium 1 · Low 8 · Unknown 1``."""
    by_risk = summary.get("by_risk") or {}
    parts = [f"{risk_label(level)} {by_risk[level]}" for level in RISK_COLOURS if by_risk.get(level)]
    parts += [f"{level} {count}" for level, count in by_risk.items() if level not in RISK_COLOURS and count]
    head = tr("{plots} plots").format(plots=summary.get("plots", 0))
    by_status = summary.get("by_status") or {}
    extra = []
    for status in ("invalid", "failed", "simulated"):
        if by_status.get(status):
            extra.append(f"{status_label(status)}: {by_status[status]}")
    text = head + (" — " + " · ".join(parts) if parts else "")
    return text + ("  (" + ", ".join(extra) + ")" if extra else "")


class ResultsSummaryDialog(QDialog):
    """What the check found and what to look at next.

    ``tally`` (from the Results tab) adds hectares and the plots needing a look; ``choose(key)`` is
    called by the "Select" buttons (the Results tab selects, zooms to and can filter those plots)."""

    def __init__(
        self,
        summary: Mapping[str, Any],
        *,
        run_summary: Optional[Mapping[str, Any]] = None,
        output: str = "",
        tally: Optional[ResultTally] = None,
        choose: Optional[Callable[[str], None]] = None,
        parent: Optional[QWidget] = None,
    ):
        super().__init__(parent)
        self.setObjectName("VantageSummaryDialog")
        self.setWindowTitle(tr("Vantage check summary"))
        self.choose = choose
        self.action_buttons: dict[str, QPushButton] = {}
        self.evidence_buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        by_status = summary.get("by_status") or {}
        if by_status.get("simulated"):
            dry = QLabel(tr("Dry run: these values are simulated placeholders, not real results."))
            dry.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
            dry.setWordWrap(True)
            layout.addWidget(dry)

        ordered = _ordered(summary.get("by_risk") or {})
        hectares = tally.hectares if tally is not None else {}
        rows = [(risk_label(level), count, _number(hectares.get(f"risk:{level}")) if tally else "—")
                for level, count in ordered]
        self.risk_table = self._table([tr("Risk level"), tr("Plots"), tr("Hectares")], rows,
                                      colours=[RISK_COLOURS.get(level) for level, _ in ordered])
        layout.addWidget(QLabel(tr("By risk level")))
        layout.addWidget(self.risk_table)

        self.attention = self._attention(tally, by_status)
        layout.addWidget(self.attention)

        totals = QLabel(
            tr("Total area: {area} ha. Deforestation after 2020: {deforestation} ha.").format(
                area=_number(summary.get("area_ha")), deforestation=_number(summary.get("deforestation_ha"))
            )
        )
        totals.setWordWrap(True)
        layout.addWidget(totals)

        self.details = QgsCollapsibleGroupBox(tr("Run details"))
        self.details.setObjectName("VantageSummaryDetails")
        details_layout = QVBoxLayout(self.details)
        self.status_table = self._table(
            [tr("Status"), tr("Plots")], [(status_label(status), count) for status, count in by_status.items()]
        )
        details_layout.addWidget(QLabel(tr("By status")))
        details_layout.addWidget(self.status_table)
        self.steps_table: Optional[QTableWidget] = None
        if run_summary:
            steps: Sequence[Mapping[str, Any]] = run_summary.get("steps") or []
            details_layout.addWidget(
                QLabel(tr("Run: {engine}, {status}").format(
                    engine=engine_label(run_summary.get("engine", "")),
                    status=run_status_label(run_summary.get("status", "")),
                ))
            )
            if steps:
                self.steps_table = self._table(
                    [tr("Step"), tr("Status"), tr("Seconds")],
                    [(s.get("name", ""), run_status_label(s.get("status", "")), s.get("seconds", "")) for s in steps],
                )
                details_layout.addWidget(self.steps_table)
        self.details.setCollapsed(True)  # developer detail: folded away
        layout.addWidget(self.details)

        if output:
            where = QLabel(tr("Saved to {path}").format(path=output))
            where.setWordWrap(True)
            where.setTextInteractionFlags(where.textInteractionFlags() | _selectable())
            layout.addWidget(where)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)
        self.resize(460, min(640, body.sizeHint().height() + 80))

    def _attention(self, tally: Optional[ResultTally], by_status: Mapping[str, Any]) -> QWidget:
        """The plots that need a look, one line each with a Select button."""
        box = QWidget()
        box.setObjectName("VantageSummaryAttention")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 6)
        title = QLabel(tr("Plots that need a look"))
        title.setStyleSheet("font-weight: bold;")
        grid.addWidget(title, 0, 0, 1, 2)
        if tally is None:
            grid.addWidget(QLabel(tr("Open the Results tab to list them.")), 1, 0, 1, 2)
            return box
        row = 1
        for key in ("risk:High", "risk:Unknown", PROTECTED, INDIGENOUS, NOT_CHECKED):
            count = tally.plots.get(key, 0)
            if not count:
                continue
            text = tr("{what}: {plots}").format(what=filter_label(key), plots=tr("%n plot(s)", "", count))
            if key == "risk:Unknown":
                why = unknown_reasons(tally)
                if why:
                    text += " — " + why
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            button = QPushButton(tr("Select"))
            button.setToolTip(tr("Select these plots in the result layer and zoom to them"))
            button.setEnabled(self.choose is not None)
            button.clicked.connect(lambda _checked=False, k=key: self._choose(k))
            self.action_buttons[key] = button
            grid.addWidget(button, row, 1)
            evidence = tally.evidence.get(key) or []
            if evidence:
                show = QPushButton(tr("Evidence"))
                show.setToolTip(tr("Open the analysis images of these plots (at most {n})").format(n=MAX_EVIDENCE))
                show.clicked.connect(lambda _checked=False, urls=evidence[:MAX_EVIDENCE]: open_evidence(urls))
                self.evidence_buttons[key] = show
                grid.addWidget(show, row, 2)
            row += 1
        if row == 1:
            done = QLabel(tr("Nothing stands out: no High or Unknown plot, no overlap."))
            done.setWordWrap(True)
            grid.addWidget(done, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return box

    def _choose(self, key: str) -> None:
        if self.choose is not None:
            self.choose(key)
            self.accept()  # out of the way of the map that now shows them

    @staticmethod
    def _table(headers, rows, colours=None) -> QTableWidget:
        """A small table shown whole (no scroll bar inside the dialog)."""
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c == 0 and colours and colours[r]:
                    item.setData(Qt.ItemDataRole.DecorationRole, QColor(colours[r]))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(max(height, table.horizontalHeader().sizeHint().height() + 8))
        return table


def run_status_label(status: str) -> str:
    """A run's or a step's status in the user's language."""
    labels = {
        runs.SUCCESS: tr("success"), runs.PARTIAL: tr("partly done"), runs.FAILED: tr("failed"),
        runs.CANCELLED: tr("cancelled"), runs.STEP_PENDING: tr("pending"), runs.STEP_RUNNING: tr("running"),
        runs.STEP_DONE: tr("done"), runs.STEP_SKIPPED: tr("skipped"),
    }
    return labels.get(status, status)


def open_evidence(urls: Sequence[str]) -> int:
    """Open each analysis image (a URL or a file) with the system's viewer; how many opened."""
    opened = 0
    for url in urls:
        target = QUrl(url) if "://" in url else QUrl.fromLocalFile(url)
        opened += bool(QDesktopServices.openUrl(target))
    return opened


def unknown_reasons(tally: ResultTally, top: int = 3) -> str:
    """Why plots are Unknown, most frequent first: ``no forest data (12), outside the data (3)``."""
    counts: dict[str, int] = {}
    for (status, limits, reason_given, error), plots in tally.unknown.items():
        if limits:  # the engine said why in codes: the user's language, not the engine's English
            reason = not_assessed_reason(status, limits)
        else:
            reason = risk_reason_text(reason_given) or error or status_label(status)
        counts[reason] = counts.get(reason, 0) + plots
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    return ", ".join(f"{reason} ({count})" for reason, count in ordered)


def _ordered(by_risk: Mapping[str, int]):
    known = [(level, by_risk[level]) for level in RISK_COLOURS if level in by_risk]
    return known + [(level, count) for level, count in by_risk.items() if level not in RISK_COLOURS]


def _number(value: Any) -> str:
    try:
        return f"{float(value):,.2f}"
    except (TypeError, ValueError):
        return "—"


def _selectable():
    return Qt.TextInteractionFlag.TextSelectableByMouse
