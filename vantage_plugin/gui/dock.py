"""The Vantage panel: pick a layer, map its fields, validate, fix, check, see the result.

The dock holds no logic of its own. It reads plots with ``qgis_bridge.layers.plots_from_layer`` (on
the main thread: layers never go to a task), then hands copies to ``qgis_bridge.tasks`` functions
running in a :class:`~vantage_plugin.qgis_bridge.tasks.CoreTask`: ``core.validation.validate``,
``core.validation.fixes.apply_fixes`` and ``core.service.check_plots`` followed by
``qgis_bridge.results.write_results``. Results are loaded from the GeoPackage they were written to
(never a memory layer) and styled by risk. Nothing here touches the network until the user asks for
something that needs the Vantage API.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsFields,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDateEdit,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.plots import COMMODITIES, FieldMapping
from ..i18n import tr
from ..qgis_bridge import tasks
from ..qgis_bridge.messages import issue_message, rule_title
from ..qgis_bridge.settings import ENGINE_API, ENGINE_BUNDLED, PluginSettings
from .summary_dialog import ResultsSummaryDialog, summary_text

LOG_TAG = "Vantage"
MAPPING_KEYS = ("plot_id", "plot_name", "commodity", "harvest_date", "point_ha")
SEVERITY_COLOURS = {"error": "#d7191c", "warning": "#e08a00"}
JOBS_PAGE_SIZE = 20
COL_PLOT, COL_SEVERITY, COL_MESSAGE, COL_CODE = range(4)


def safe_name(text: str) -> str:
    """A file/table-name-safe version of a layer name."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "plots"


def _compact(combo: QComboBox, chars: int = 10) -> None:
    """Let a combo box shrink with the dock instead of sizing itself to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def commodity_label(code: str) -> str:
    labels = {
        "wood": tr("Wood"),
        "soy": tr("Soy"),
        "cocoa": tr("Cocoa"),
        "coffee": tr("Coffee"),
        "palm_oil": tr("Palm oil"),
        "beef": tr("Cattle (beef)"),
        "rubber": tr("Rubber"),
    }
    return labels.get(code, code)


def severity_text(severity: Any) -> str:
    return str(getattr(severity, "value", severity))


def severity_label(severity: Any) -> str:
    text = severity_text(severity)
    return {"error": tr("Error"), "warning": tr("Warning")}.get(text, text)


# --- the status after a check ---------------------------------------------------------------------
ASSESSED_LEVELS = ("High", "Medium", "Low")


def _not_assessed_reason(status: str, error: str) -> str:
    """Why a plot got no risk level, in a few words (the full error is in the result's ``error``)."""
    error = (error or "").lower()
    if status == "invalid":
        return tr("blocked by validation")
    if status == "pending":
        return tr("still running at the Vantage API")
    if status == "failed":
        return tr("cancelled") if "cancel" in error else tr("analysis failed")
    if "no tree-cover loss data configured" in error:
        return tr("no loss-year data configured")
    if "forest 2020 data could not be read" in error:
        return tr("forest 2020 data unreadable")
    if "loss data could not be read" in error:
        return tr("loss-year data unreadable")
    if "data cover only" in error:
        return tr("only partly covered by the data")
    if "outside the raster or nodata" in error or "covers the plot" in error:
        return tr("outside the data")
    return tr("no data")


def check_status(results: Any, summary: Optional[dict] = None, run_status: str = "") -> tuple[str, Any]:
    """``(text, Qgis.MessageLevel)`` for the dock after a check.

    Success when every plot got a risk level other than Unknown; Warning when some are Unknown,
    without full data, failed or invalid (how many and why); Critical when none could be assessed.
    ``results`` are the PlotResults; without them the counts of ``summary`` are used."""
    summary = summary or {}
    head = tr("Check finished: {summary}").format(summary=summary_text(summary))
    reasons: dict[str, int] = {}
    partial = simulated = 0
    if results is not None:
        total = len(results)
        for result in results:
            status = getattr(result, "status", "")
            level = (getattr(result, "analysis", None) or {}).get("risk_level")
            simulated += status == "simulated"
            if level in ASSESSED_LEVELS and status not in ("failed", "invalid", "pending"):
                partial += status == "no_data"
                continue
            reason = _not_assessed_reason(status, getattr(result, "error", None) or "")
            reasons[reason] = reasons.get(reason, 0) + 1
    else:
        total = int(summary.get("plots") or 0)
        by_risk = summary.get("by_risk") or {}
        by_status = summary.get("by_status") or {}
        simulated = int(by_status.get("simulated") or 0)
        assessed = sum(int(by_risk.get(level) or 0) for level in ASSESSED_LEVELS)
        if total - assessed > 0:
            reasons[tr("no risk level")] = total - assessed
    missing = sum(reasons.values())
    if total == 0:
        return tr("Check finished: no plot was checked."), Qgis.MessageLevel.Warning
    why = ", ".join(
        f"{reason} ({count})" if len(reasons) > 1 else reason
        for reason, count in sorted(reasons.items(), key=lambda item: -item[1])
    )
    if missing == total:
        return (tr("Check finished, but no plot could be assessed: {why}.").format(why=why),
                Qgis.MessageLevel.Critical)
    notes = []
    if missing:
        notes.append(
            tr("{n} of {total} plots could not be assessed: {why}.").format(n=missing, total=total, why=why)
        )
    if partial:
        notes.append(
            tr("{n} plots are only partly covered by the data (their level is a minimum).").format(n=partial)
        )
    if notes:
        return head + " " + " ".join(notes), Qgis.MessageLevel.Warning
    if run_status not in ("", "success"):
        return head, Qgis.MessageLevel.Warning
    if simulated:
        return head, Qgis.MessageLevel.Info  # dry run: placeholder values, not a real outcome
    return head, Qgis.MessageLevel.Success


class VantageDock(QgsDockWidget):
    """The plugin's panel. ``close_down()`` before deleting it (``unload`` does)."""

    def __init__(self, iface: Any, parent: Optional[QWidget] = None, settings: Optional[PluginSettings] = None):
        super().__init__(tr("Vantage EUDR check"), parent)
        self.setObjectName("VantageDock")
        self.iface = iface
        self.settings = settings or PluginSettings()
        self.task: Optional[tasks.CoreTask] = None
        self._side_tasks: set = set()
        self.plots: list = []
        self.plots_layer_id: Optional[str] = None
        self.report: Any = None
        self.last_check: Optional[dict] = None
        self.result_layer: Optional[QgsVectorLayer] = None
        self.api_client: Any = None
        self.jobs_cursor: Optional[str] = None
        self._output_auto = True
        self._connected_project = False

        self._build()
        self._connect()
        self.on_layer_changed(self.layer_combo.currentLayer())
        self.on_engine_changed()

    # ------------------------------------------------------------------------------------------
    # layout
    # ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("VantageDockBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        # --- plots ---------------------------------------------------------------------------
        plots_box = QGroupBox(tr("Plots"))
        plots_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        plots_form = QFormLayout(plots_box)
        plots_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("VantageLayerCombo")
        self.layer_combo.setFilters(
            QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer
        )
        self.layer_combo.setAllowEmptyLayer(True)
        _compact(self.layer_combo)
        self.layer_combo.setToolTip(tr("A vector layer of plots: polygons or points, any CRS"))
        plots_form.addRow(tr("Layer"), self.layer_combo)
        self.selected_only = QCheckBox(tr("Selected features only"))
        plots_form.addRow(self.selected_only)

        self.mapping_box = QgsCollapsibleGroupBox(tr("Fields"))
        self.mapping_box.setObjectName("VantageMappingBox")
        mapping_form = QFormLayout(self.mapping_box)
        mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_combos: dict[str, QgsFieldComboBox] = {}
        labels = {
            "plot_id": tr("Plot id"),
            "plot_name": tr("Name"),
            "commodity": tr("Commodity"),
            "harvest_date": tr("Harvest date"),
            "point_ha": tr("Point area (ha)"),
        }
        for name in MAPPING_KEYS:
            combo = QgsFieldComboBox()
            combo.setObjectName(f"VantageField_{name}")
            combo.setAllowEmptyFieldName(True)
            _compact(combo)
            self.field_combos[name] = combo
            mapping_form.addRow(labels[name], combo)
        plots_form.addRow(self.mapping_box)
        layout.addWidget(plots_box)

        # --- tabs ----------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("VantageTabs")
        self.tabs.addTab(self._build_problems_tab(), tr("Problems"))
        self.tabs.addTab(self._build_check_tab(), tr("Check"))
        self.tabs.addTab(self._build_jobs_tab(), tr("API jobs"))
        layout.addWidget(self.tabs, 1)

        # --- progress (shared by every task) ------------------------------------------------
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("VantageProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("VantageCancel")
        self.cancel_button.setEnabled(False)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status = QLabel()
        self.status.setObjectName("VantageStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        scroll.setWidget(body)
        self.setWidget(scroll)

    def _build_problems_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.validate_button = QPushButton(tr("Validate"))
        self.validate_button.setObjectName("VantageValidate")
        self.validate_button.setToolTip(tr("Check every plot against the EUDR and Vantage geometry rules"))
        row.addWidget(self.validate_button)
        self.fix_button = QPushButton(tr("Fix…"))
        self.fix_button.setObjectName("VantageFix")
        self.fix_button.setToolTip(
            tr("Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)")
        )
        self.fix_button.setEnabled(False)
        row.addWidget(self.fix_button)
        row.addStretch(1)
        self.show_warnings = QCheckBox(tr("Show warnings"))
        self.show_warnings.setObjectName("VantageShowWarnings")
        self.show_warnings.setChecked(True)
        row.addWidget(self.show_warnings)
        layout.addLayout(row)
        self.problems_summary = QLabel(tr("Validate the layer to list its problems."))
        self.problems_summary.setObjectName("VantageProblemsSummary")
        self.problems_summary.setWordWrap(True)
        layout.addWidget(self.problems_summary)

        self.issues_table = QTableWidget(0, 4)
        self.issues_table.setObjectName("VantageIssuesTable")
        labels = {COL_PLOT: tr("Plot"), COL_SEVERITY: tr("Severity"), COL_MESSAGE: tr("Message"), COL_CODE: tr("Code")}
        self.issues_table.setHorizontalHeaderLabels([labels[column] for column in range(4)])
        self.issues_table.verticalHeader().setVisible(False)
        self.issues_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues_table.setWordWrap(False)
        self.issues_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.issues_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.resizeSection(COL_MESSAGE, 360)  # scroll sideways or widen the dock; the detail shows it all
        self.issues_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.issues_table.setMinimumHeight(160)
        self.issues_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.issues_table, 1)
        self.issue_detail = QLabel()
        self.issue_detail.setObjectName("VantageIssueDetail")
        self.issue_detail.setWordWrap(True)
        self.issue_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.issue_detail)
        return tab

    def _build_check_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.engine_combo = QComboBox()
        self.engine_combo.setObjectName("VantageEngine")
        self.engine_combo.addItem(tr("Bundled (offline)"), ENGINE_BUNDLED)
        self.engine_combo.addItem(tr("Vantage API"), ENGINE_API)
        index = self.engine_combo.findData(self.settings.engine)
        self.engine_combo.setCurrentIndex(max(0, index))
        _compact(self.engine_combo)
        form.addRow(tr("Engine"), self.engine_combo)

        self.commodity_combo = QComboBox()
        self.commodity_combo.setObjectName("VantageCommodity")
        self.commodity_combo.addItem(tr("From the field"), "")
        for code in COMMODITIES:
            self.commodity_combo.addItem(commodity_label(code), code)
        index = self.commodity_combo.findData(self.settings.commodity)
        self.commodity_combo.setCurrentIndex(max(0, index))
        _compact(self.commodity_combo)
        self.commodity_combo.setToolTip(tr("Used for plots whose commodity field is empty"))
        form.addRow(tr("Commodity"), self.commodity_combo)

        self.harvest_date = QgsDateEdit()
        self.harvest_date.setObjectName("VantageHarvestDate")
        self.harvest_date.setAllowNull(True)
        self.harvest_date.setNullRepresentation(tr("From the date field"))
        self.harvest_date.setDisplayFormat("yyyy-MM-dd")
        self.harvest_date.setMaximumDate(QDate.currentDate())
        self.harvest_date.clear()
        self.harvest_date.setToolTip(
            tr("Used for plots whose harvest date field is empty; the analysis runs up to this date")
        )
        form.addRow(tr("Harvest date"), self.harvest_date)

        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("VantageOutput")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.setDialogTitle(tr("Save the results as"))
        self.output_widget.setToolTip(tr("The results are written to this GeoPackage"))
        form.addRow(tr("Output"), self.output_widget)
        layout.addLayout(form)

        self.engine_hint = QLabel()
        self.engine_hint.setObjectName("VantageEngineHint")
        self.engine_hint.setWordWrap(True)
        layout.addWidget(self.engine_hint)

        self.api_box = QGroupBox(tr("Vantage API"))
        self.api_box.setObjectName("VantageApiBox")
        api_layout = QVBoxLayout(self.api_box)
        self.dry_run = QCheckBox(tr("Dry run (free)"))
        self.dry_run.setObjectName("VantageDryRun")
        self.dry_run.setToolTip(tr("A dry run spends no token and returns simulated values, not real results"))
        self.dry_run.setChecked(self.settings.dry_run)
        api_layout.addWidget(self.dry_run)
        login_row = QHBoxLayout()
        self.login_button = QPushButton(tr("Log in…"))
        self.login_button.setObjectName("VantageLogin")
        login_row.addWidget(self.login_button)
        self.balance_button = QPushButton(tr("Refresh"))
        self.balance_button.setObjectName("VantageBalanceRefresh")
        self.balance_button.setToolTip(tr("Ask the Vantage API for your token balance"))
        login_row.addWidget(self.balance_button)
        login_row.addStretch(1)
        api_layout.addLayout(login_row)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("VantageBalance")
        self.balance_label.setWordWrap(True)
        api_layout.addWidget(self.balance_label)
        layout.addWidget(self.api_box)

        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Check plots"))
        self.check_button.setObjectName("VantageCheck")
        self.check_button.setDefault(True)
        row.addWidget(self.check_button)
        self.summary_button = QPushButton(tr("Summary…"))
        self.summary_button.setObjectName("VantageSummaryButton")
        self.summary_button.setEnabled(False)
        row.addWidget(self.summary_button)
        self._add_deliverable_buttons(row)  # issue 11: Evidence, Report
        row.addStretch(1)
        layout.addLayout(row)
        self.check_summary = QLabel()
        self.check_summary.setObjectName("VantageCheckSummary")
        self.check_summary.setWordWrap(True)
        layout.addWidget(self.check_summary)
        layout.addStretch(1)
        return tab

    def _build_jobs_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.jobs_hint = QLabel(tr("Your Vantage API jobs, newest first."))
        self.jobs_hint.setWordWrap(True)
        layout.addWidget(self.jobs_hint)
        self.jobs_list = QListWidget()
        self.jobs_list.setObjectName("VantageJobsList")
        layout.addWidget(self.jobs_list, 1)
        row = QHBoxLayout()
        self.jobs_refresh_button = QPushButton(tr("Load jobs"))
        self.jobs_refresh_button.setObjectName("VantageJobsRefresh")
        row.addWidget(self.jobs_refresh_button)
        self.jobs_more_button = QPushButton(tr("Load more"))
        self.jobs_more_button.setObjectName("VantageJobsMore")
        self.jobs_more_button.setEnabled(False)
        row.addWidget(self.jobs_more_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _connect(self) -> None:
        self.layer_combo.layerChanged.connect(self.on_layer_changed)
        self.validate_button.clicked.connect(self.validate)
        self.fix_button.clicked.connect(self.ask_fix)
        self.issues_table.cellClicked.connect(self.on_issue_clicked)
        self.show_warnings.toggled.connect(self._filter_issues)
        self.engine_combo.currentIndexChanged.connect(self.on_engine_changed)
        self.login_button.clicked.connect(self.login)
        self.balance_button.clicked.connect(self.refresh_balance)
        self.check_button.clicked.connect(self.check)
        self.summary_button.clicked.connect(self.show_summary)
        self.cancel_button.clicked.connect(self.cancel)
        self.jobs_refresh_button.clicked.connect(lambda: self.load_jobs(more=False))
        self.jobs_more_button.clicked.connect(lambda: self.load_jobs(more=True))
        self.output_widget.fileChanged.connect(self._on_output_edited)
        QgsProject.instance().layerWillBeRemoved.connect(self._on_layer_removed)
        self._connected_project = True

    def close_down(self) -> None:
        """Cancel this dock's tasks and disconnect from QGIS objects (before it is deleted)."""
        for task in [self.task, *self._side_tasks]:
            if task is not None and not sip.isdeleted(task):
                task.detach()
                task.cancel()
        self.task = None
        self._side_tasks.clear()
        if self._connected_project:
            try:
                QgsProject.instance().layerWillBeRemoved.disconnect(self._on_layer_removed)
            except (TypeError, RuntimeError):
                pass
            self._connected_project = False

    # ------------------------------------------------------------------------------------------
    # layer and fields
    # ------------------------------------------------------------------------------------------
    def current_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def on_layer_changed(self, layer: Any) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in self.field_combos.values():
            combo.setLayer(layer)
        if layer is not None:
            self.apply_mapping(self.guess_mapping(layer))
            self.selected_only.setChecked(layer.selectedFeatureCount() > 0)
        self._set_default_output(layer)
        self._clear_issues()
        self._update_buttons()

    @staticmethod
    def guess_mapping(layer: QgsVectorLayer) -> FieldMapping:
        """The fields that look like the plot id, name, commodity, harvest date and point area."""
        try:
            from ..qgis_bridge.layers import guess_mapping
        except ImportError:
            return FieldMapping()
        from qgis.core import QgsWkbTypes

        points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        return guess_mapping(layer.fields(), points=points)

    def apply_mapping(self, mapping: FieldMapping) -> None:
        for name, combo in self.field_combos.items():
            combo.setField(getattr(mapping, name) or "")

    def mapping(self) -> FieldMapping:
        return FieldMapping(**{name: (combo.currentField() or None) for name, combo in self.field_combos.items()})

    def _set_default_output(self, layer: Optional[QgsVectorLayer]) -> None:
        if not self._output_auto and self.output_widget.filePath():
            return
        name = safe_name(layer.name()) if layer is not None else "plots"
        path = os.path.join(self.settings.output_folder(), f"{name}_vantage.gpkg")
        self.output_widget.blockSignals(True)
        self.output_widget.setFilePath(path)
        self.output_widget.blockSignals(False)
        self._output_auto = True

    def _on_output_edited(self, path: str) -> None:
        self._output_auto = False

    def _on_layer_removed(self, layer_id: str) -> None:
        if layer_id == self.plots_layer_id:
            self._clear_issues()

    # ------------------------------------------------------------------------------------------
    # state
    # ------------------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None and not sip.isdeleted(self.task)

    def _update_buttons(self) -> None:
        has_layer = self.current_layer() is not None
        busy = self.busy()
        self.validate_button.setEnabled(has_layer and not busy)
        self.check_button.setEnabled(has_layer and not busy)
        fixable = bool(self.report is not None and any(getattr(i, "fix", None) for i in self.report.issues))
        self.fix_button.setEnabled(fixable and not busy and self.plots_layer_id is not None)
        self.cancel_button.setEnabled(busy)
        self.summary_button.setEnabled(self.last_check is not None)
        for button in (getattr(self, "evidence_button", None), getattr(self, "report_button", None)):
            if button is not None:  # issue 11
                button.setEnabled(self.last_check is not None and not busy)

    def on_engine_changed(self, *_: Any) -> None:
        engine = self.engine_combo.currentData()
        api = engine == ENGINE_API
        self.api_box.setVisible(api)
        if api:
            if self.settings.authcfg:
                self.login_button.setText(tr("Change login…"))
                if not self.balance_label.text():
                    self.balance_label.setText(tr("Token balance not loaded yet."))
            else:
                self.login_button.setText(tr("Log in…"))
                self.balance_label.setText(tr("Not logged in."))
            self.engine_hint.setText(
                tr("Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check "
                   "asks before spending tokens.")
            )
        else:
            catalog = self.settings.catalog_path
            if catalog:
                self.engine_hint.setText(tr("Offline, with the data of {path}.").format(path=Path(catalog).name))
            else:
                self.engine_hint.setText(
                    tr("Offline, with the default data catalog. Choose your forest and loss data in the "
                       "Vantage settings.")
                )
        try:
            self.settings.engine = engine
        except (TypeError, ValueError):
            pass

    def set_status(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
        colours = {Qgis.MessageLevel.Critical: "#b00020", Qgis.MessageLevel.Warning: "#b35c00",
                   Qgis.MessageLevel.Success: "#1a7f37"}
        colour = colours.get(level)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def _message_bar(self, text: str, level: Qgis.MessageLevel, duration: int = 8) -> None:
        try:
            self.iface.messageBar().pushMessage(tr("Vantage"), text, level, duration)
        except Exception:  # noqa: BLE001 - no message bar (tests, shutting down)
            pass

    # ------------------------------------------------------------------------------------------
    # running tasks
    # ------------------------------------------------------------------------------------------
    def _start(self, description: str, fn, *, data: dict, services: Optional[dict] = None,
               on_success=None) -> tasks.CoreTask:
        task = tasks.CoreTask(
            description,
            fn,
            data=data,
            services=services,
            on_success=lambda result: self._task_done(task, on_success, result),
            on_failure=lambda error, details: self._task_failed(task, error),
            on_cancelled=lambda: self._task_cancelled(task),
        )
        task.progressChanged.connect(self._on_progress)
        task.messageReceived.connect(self._on_task_message)
        self.task = task
        self.progress.setValue(0)
        self.set_status(description)
        self._update_buttons()
        tasks.start(task)
        return task

    def _alive(self) -> bool:
        return not sip.isdeleted(self)

    def _finish_task(self, task: tasks.CoreTask) -> None:
        if self.task is task:
            self.task = None
        self._update_buttons()

    def _task_done(self, task, on_success, result) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        self.progress.setValue(100)
        if on_success:
            on_success(result)

    def _task_failed(self, task, error: BaseException) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        from ..core.api.errors import SpendNotConfirmedError

        if isinstance(error, SpendNotConfirmedError):  # the user said no: an answer, not a failure
            self.progress.setValue(0)
            self.set_status(tr("No job was started and no token was spent."), Qgis.MessageLevel.Info)
            return
        message = self.describe_error(error)
        self.set_status(message, Qgis.MessageLevel.Critical)
        self._message_bar(message, Qgis.MessageLevel.Critical, 0)

    def _task_cancelled(self, task) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        self.progress.setValue(0)
        self.set_status(tr("Cancelled."), Qgis.MessageLevel.Warning)

    def _on_progress(self, value: float) -> None:
        if self._alive():
            self.progress.setValue(int(value))

    def _on_task_message(self, text: str) -> None:
        if self._alive():
            self.status.setStyleSheet("")
            self.status.setText(text)

    def cancel(self) -> None:
        if self.busy():
            self.task.cancel()
            self.set_status(tr("Cancelling…"), Qgis.MessageLevel.Warning)

    @staticmethod
    def describe_error(error: BaseException) -> str:
        if isinstance(error, ImportError):
            from ..dependencies import problem_text

            return problem_text() or tr("A part of the plugin is missing: {error}").format(error=error)
        return tr("Failed: {error}").format(error=error)

    # ------------------------------------------------------------------------------------------
    # reading plots
    # ------------------------------------------------------------------------------------------
    def defaults(self) -> tuple[Optional[str], Optional[str]]:
        """The commodity and harvest date chosen in the Check tab (``None`` when left empty)."""
        commodity = self.commodity_combo.currentData() or None
        date = self.harvest_date.date()
        harvest = date.toString("yyyy-MM-dd") if (not self.harvest_date.isNull() and date.isValid()) else None
        return commodity, harvest

    def read_plots(self) -> Optional[list]:
        """The current layer's plots (main thread), with the default commodity and date filled in."""
        layer = self.current_layer()
        if layer is None:
            self.set_status(tr("Choose a layer of plots first."), Qgis.MessageLevel.Warning)
            return None
        selected = self.selected_only.isChecked()
        if selected and layer.selectedFeatureCount() == 0:
            self.set_status(tr("No feature is selected in {layer}.").format(layer=layer.name()),
                            Qgis.MessageLevel.Warning)
            return None
        try:
            from ..qgis_bridge.layers import plots_from_layer

            plots = plots_from_layer(layer, self.mapping(), selected)
        except Exception as error:  # noqa: BLE001 - shown in the dock
            self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)
            return None
        if not plots:
            self.set_status(tr("The layer has no features."), Qgis.MessageLevel.Warning)
            return None
        commodity, harvest = self.defaults()
        self.plots = tasks.apply_defaults(plots, commodity, harvest)
        self.plots_layer_id = layer.id()
        return self.plots

    # ------------------------------------------------------------------------------------------
    # validation
    # ------------------------------------------------------------------------------------------
    def validate(self) -> Optional[tasks.CoreTask]:
        if self.busy():
            return None
        plots = self.read_plots()
        if plots is None:
            return None
        self._clear_issues(keep_plots=True)
        return self._start(
            tr("Validating {n} plots…").format(n=len(plots)),
            tasks.validate_job,
            data={"plots": plots},
            on_success=self.show_report,
        )

    def _clear_issues(self, keep_plots: bool = False) -> None:
        self.report = None
        self.issues_table.setRowCount(0)
        self.problems_summary.setText(tr("Validate the layer to list its problems."))
        if not keep_plots:
            self.plots = []
            self.plots_layer_id = None
        self._update_buttons()

    def show_report(self, report: Any) -> None:
        """Fill the problems table from a ``ValidationReport``."""
        self.report = report
        issues = list(report.issues)
        table = self.issues_table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        table.setRowCount(len(issues))
        for row, issue in enumerate(issues):
            severity = severity_text(issue.severity)
            values = {COL_PLOT: issue.plot_label, COL_SEVERITY: severity_label(issue.severity),
                      COL_MESSAGE: issue_message(issue), COL_CODE: issue.code}
            for column, value in values.items():
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, issue.plot_index)
                item.setData(Qt.ItemDataRole.UserRole + 1, severity)
                item.setToolTip(self.issue_text(issue))
                if column == COL_SEVERITY and severity in SEVERITY_COLOURS:
                    item.setForeground(QBrush(QColor(SEVERITY_COLOURS[severity])))
                table.setItem(row, column, item)
        self._fit_columns()
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # keeps the report's order until the user sorts
        self.issue_detail.setText("")
        self._filter_issues()
        errors, warnings = report.error_count, report.warning_count
        total = len(self.plots)
        blocked = len(report.blocked)
        if not issues:
            text = tr("No problem found: all {total} plots can be checked.").format(total=total)
            level = Qgis.MessageLevel.Success
        else:
            text = tr(
                "{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; "
                "{blocked} are blocked by errors."
            ).format(errors=errors, warnings=warnings, ready=total - blocked, total=total, blocked=blocked)
            level = Qgis.MessageLevel.Warning if blocked else Qgis.MessageLevel.Info
        self.problems_summary.setText(text)
        self.problems_summary.setStyleSheet(
            "color: #b00020;" if blocked else ("color: #1a7f37;" if not issues else "")
        )
        self.set_status(tr("Validation finished."), level)
        self.tabs.setCurrentIndex(0)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Narrow plot and severity columns so the message shows in a narrow dock."""
        table = self.issues_table
        metrics = table.fontMetrics()
        pad = 18
        for column, cap in ((COL_PLOT, 120), (COL_SEVERITY, 90)):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(cap, table.columnWidth(column)))
        severity = max(metrics.horizontalAdvance(severity_label(s)) for s in ("error", "warning")) + pad
        table.setColumnWidth(COL_SEVERITY, max(severity, 50))
        table.setColumnWidth(COL_MESSAGE, 360)

    @staticmethod
    def issue_text(issue: Any) -> str:
        """The full text of a problem: plot, title, code, message (in the user's language) and any safe fix."""
        title = rule_title(issue.code)
        what = issue.code if title == issue.code else f"{title} ({issue.code})"
        text = f"{issue.plot_label} · {what} · {severity_label(issue.severity)}\n{issue_message(issue)}"
        if getattr(issue, "fix", None):
            text += "\n" + tr("A safe fix exists: use Fix…")
        return text

    def _filter_issues(self, *_: Any) -> None:
        show = self.show_warnings.isChecked()
        for row in range(self.issues_table.rowCount()):
            item = self.issues_table.item(row, COL_SEVERITY)
            warning = item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == "warning"
            self.issues_table.setRowHidden(row, warning and not show)

    def plot_for_row(self, row: int) -> Optional[Any]:
        item = self.issues_table.item(row, COL_PLOT)
        if item is None:
            return None
        index = item.data(Qt.ItemDataRole.UserRole)
        for plot in self.plots:
            if plot.index == index:
                return plot
        return None

    def on_issue_clicked(self, row: int, _column: int = 0) -> None:
        """Select the plot of the clicked problem in its layer and zoom to it."""
        plot = self.plot_for_row(row)
        detail = self.issues_table.item(row, COL_PLOT)
        self.issue_detail.setText(detail.toolTip() if detail is not None else "")
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        if plot is None or plot.source_fid is None or not isinstance(layer, QgsVectorLayer):
            return
        ids = [int(plot.source_fid)]
        layer.selectByIds(ids)
        canvas = self.iface.mapCanvas()
        if canvas is not None:
            canvas.zoomToFeatureIds(layer, ids)
            canvas.flashFeatureIds(layer, ids)

    # ------------------------------------------------------------------------------------------
    # fixes
    # ------------------------------------------------------------------------------------------
    def default_fix_path(self) -> str:
        layer = self.current_layer()
        name = safe_name(layer.name()) if layer is not None else "plots"
        return os.path.join(self.settings.output_folder(), f"{name}_fixed.gpkg")

    def ask_fix(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the fixed plots as"), self.default_fix_path(), tr("GeoPackage (*.gpkg)")
        )
        if path:
            self.run_fixes(path)

    def run_fixes(self, path: str) -> Optional[tasks.CoreTask]:
        """Apply the safe fixes to the validated plots and write them to ``path`` (a GeoPackage)."""
        if self.busy() or not self.plots:
            return None
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        fields = QgsFields(layer.fields()) if isinstance(layer, QgsVectorLayer) else QgsFields()
        base = safe_name(layer.name()) if layer is not None else "plots"
        self._remember_folder(path)
        return self._start(
            tr("Fixing {n} plots…").format(n=len(self.plots)),
            tasks.fix_job,
            data={"plots": self.plots, "path": path, "layer_name": f"{base}_fixed"},
            services={"source_fields": fields,
                      "transform_context": QgsProject.instance().transformContext()},
            on_success=self.on_fixed,
        )

    def on_fixed(self, outcome: dict) -> None:
        changes = outcome.get("changes") or []
        source = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        source_name = source.name() if source is not None else Path(outcome["uri"].split("|")[0]).stem
        layer = self.load_layer(outcome["uri"], tr("{layer} (fixed)").format(layer=source_name), style=None)
        if outcome.get("issues_uri"):
            self.load_layer(outcome["issues_uri"], tr("Remaining problems"), style="issues")
        text = tr("{n} fixes applied; the fixed plots are in a new layer.").format(n=len(changes))
        self.set_status(text, Qgis.MessageLevel.Success)
        self._message_bar(text, Qgis.MessageLevel.Success)
        if layer is not None:
            self.layer_combo.setLayer(layer)

    # ------------------------------------------------------------------------------------------
    # check
    # ------------------------------------------------------------------------------------------
    def output_path(self) -> str:
        path = self.output_widget.filePath().strip()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return path

    def check(self) -> Optional[tasks.CoreTask]:
        """Validate and check the plots with the chosen engine, in a task, then load the result."""
        if self.busy():
            return None
        path = self.output_path()
        if not path:
            self.set_status(tr("Choose where to save the results (a GeoPackage)."), Qgis.MessageLevel.Warning)
            return None
        engine = self.engine_combo.currentData()
        client = None
        if engine == ENGINE_API:
            client = self.ensure_client()
            if client is None:
                return None
        plots = self.read_plots()
        if plots is None:
            return None
        layer = self.current_layer()
        commodity, harvest = self.defaults()
        stamp = _dt.datetime.now().strftime("%Y%m%d_%H%M%S")
        layer_name = f"{safe_name(layer.name())}_{engine}_{stamp}"
        self._remember_folder(path)
        self.settings.commodity = commodity or ""
        data = {"plots": plots, "engine": engine, "path": path, "layer_name": layer_name}
        services: dict[str, Any] = {
            "source_fields": QgsFields(layer.fields()),
            "transform_context": QgsProject.instance().transformContext(),
        }
        if engine == ENGINE_API:
            dry_run = self.dry_run.isChecked()
            from ..core.api.state import state_path_for

            data["api"] = {
                "dry_run": dry_run,
                "harvest_date": harvest,
                "commodity": commodity,
                "state_path": state_path_for(path),
            }
            services["api_client"] = client
            services["confirm"] = tasks.MainThreadConfirm(self.confirm_spend)
        else:
            data["bundled"] = {"catalog_path": self.settings.catalog_file(), "harvest_date": harvest,
                               "commodity": commodity}
        self.last_check = None
        self.check_summary.setText("")
        task = self._start(
            tr("Checking {n} plots…").format(n=len(plots)),
            tasks.check_job,
            data=data,
            services=services,
            on_success=lambda outcome: self.on_checked(outcome, layer.name()),
        )
        confirm = services.get("confirm")
        if confirm is not None:
            confirm.is_cancelled = task.feedback.is_cancelled
        return task

    def confirm_spend(self, cost: int, free_tokens: int, plot_count: int) -> bool:
        """The service's ``confirm`` callback: a dialog, Cancel by default."""
        from .confirm_dialog import confirm_spend

        return confirm_spend(cost, free_tokens, plot_count, self)

    def on_checked(self, outcome: dict, source_name: str) -> None:
        self.last_check = outcome
        summary = outcome.get("summary") or {}
        report = getattr(outcome.get("output"), "report", None)
        if report is not None:
            self.show_report(report)
            self.tabs.setCurrentIndex(1)
        name = tr("{layer} — Vantage risk").format(layer=source_name)
        self.result_layer = self.load_layer(outcome["uri"], name, style="risk")
        text = summary_text(summary)
        self.check_summary.setText(text)
        output = outcome.get("output")
        run = getattr(output, "run", None)
        status_text, level = check_status(getattr(output, "results", None), summary, getattr(run, "status", ""))
        self.set_status(status_text, level)
        self._message_bar(status_text, level)
        self._update_buttons()
        if self.engine_combo.currentData() == ENGINE_API and self.api_client is not None:
            self.refresh_balance()

    def show_summary(self) -> None:
        if not self.last_check:
            return
        run = getattr(self.last_check.get("output"), "run", None)
        dialog = ResultsSummaryDialog(
            self.last_check.get("summary") or {},
            run_summary=run.summary() if run is not None and hasattr(run, "summary") else None,
            output=self.last_check.get("uri", "").split("|")[0],
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    # --- issue 11: evidence maps and the run report of the last check ----------------------------
    def _add_deliverable_buttons(self, row: QHBoxLayout) -> None:
        """"Evidence" (one map per plot, in a task) and "Report…" (a PDF) for the last check's results."""
        self.evidence_button = QPushButton(tr("Evidence"))
        self.evidence_button.setObjectName("VantageEvidence")
        self.evidence_button.setToolTip(tr("Render one evidence map (PNG) per plot beside the results"))
        self.evidence_button.setEnabled(False)
        self.evidence_button.clicked.connect(lambda: self.make_evidence())
        row.addWidget(self.evidence_button)
        self.report_button = QPushButton(tr("Report…"))
        self.report_button.setObjectName("VantageReport")
        self.report_button.setToolTip(tr("Write the run report (PDF)"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(lambda: self.make_report())
        row.addWidget(self.report_button)

    def make_evidence(self) -> Optional[tasks.CoreTask]:
        """Render the evidence maps of the last check in a task; their paths go to ``analysis_image``."""
        if self.busy() or not self.last_check:
            return None
        from ..qgis_bridge.evidence import evidence_job

        def done(outcome: Any) -> None:
            text = tr("{count} evidence maps written to {folder}").format(count=len(outcome.written),
                                                                          folder=outcome.folder)
            self.set_status(text, Qgis.MessageLevel.Success)
            self._message_bar(text, Qgis.MessageLevel.Success)
            if self.result_layer is not None and not sip.isdeleted(self.result_layer):
                from ..qgis_bridge.evidence import show_evidence_on

                self.result_layer.reload()
                show_evidence_on(self.result_layer)  # map tip and Identify action open the maps

        return self._start(tr("Rendering the evidence maps…"), evidence_job, data={"uri": self.last_check["uri"]},
                           on_success=done)

    def make_report(self, pdf_path: Optional[str] = None) -> Optional[str]:
        """Write the run report of the last check (asks where, next to the results by default)."""
        if self.busy() or not self.last_check:
            return None
        from qgis.PyQt.QtWidgets import QApplication, QFileDialog

        from ..qgis_bridge.report import write_report

        gpkg = self.last_check["uri"].split("|")[0]
        if pdf_path is None:
            default = os.path.splitext(gpkg)[0] + "_report.pdf"
            pdf_path, _ = QFileDialog.getSaveFileName(self, tr("Save the run report as"), default,
                                                      tr("PDF files (*.pdf)"))
            if not pdf_path:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # on the main thread: QGIS print layouts are made and exported there
            outcome = write_report(self.last_check["uri"], pdf_path,
                                   on_progress=lambda p: self.progress.setValue(int(p)))
        except OSError as error:
            self.set_status(str(error), Qgis.MessageLevel.Critical)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        text = tr("{pages} pages, {flagged} plots that need a look: {path}").format(
            pages=outcome.pages, flagged=outcome.flagged, path=outcome.path)
        self.set_status(text, Qgis.MessageLevel.Success)
        self._message_bar(text, Qgis.MessageLevel.Success)
        return outcome.path

    def load_layer(self, uri: str, name: str, style: Optional[str] = "risk") -> Optional[QgsVectorLayer]:
        """Add the GeoPackage layer at ``uri`` to the project, styled (``results.load_output`` if present)."""
        try:
            from ..qgis_bridge import results
        except ImportError:
            results = None
        load_output = getattr(results, "load_output", None) if results else None
        if style == "risk" and load_output is not None:
            layer = load_output(uri, name)
        else:
            layer = QgsVectorLayer(uri, name, "ogr")
            if not layer.isValid():
                self.set_status(tr("The output could not be opened: {uri}").format(uri=uri),
                                Qgis.MessageLevel.Critical)
                return None
            if results is not None:
                styler = {"risk": "apply_risk_style", "issues": "apply_issue_style"}.get(style or "")
                if styler and hasattr(results, styler):
                    getattr(results, styler)(layer)
            QgsProject.instance().addMapLayer(layer)
        return layer

    def _remember_folder(self, path: str) -> None:
        folder = os.path.dirname(path)
        if folder:
            self.settings.last_output_folder = folder

    # ------------------------------------------------------------------------------------------
    # API: login, balance, jobs
    # ------------------------------------------------------------------------------------------
    def login(self) -> bool:
        from .login_dialog import LoginDialog

        dialog = LoginDialog(self.settings, self)
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.api_client = None
            self.on_engine_changed()
            self.refresh_balance()
        return accepted

    def ensure_client(self) -> Any:
        """The API client, made from the saved login (asks for one when there is none)."""
        if self.api_client is not None:
            return self.api_client
        if not self.settings.authcfg and not self.login():
            self.set_status(tr("Log in to use the Vantage API."), Qgis.MessageLevel.Warning)
            return None
        try:
            self.api_client = tasks.make_api_client(self.settings.base_url, self.settings.authcfg)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)
            return None
        return self.api_client

    def _start_side(self, description: str, fn, data: dict, on_success) -> Optional[tasks.CoreTask]:
        client = self.ensure_client()
        if client is None:
            return None

        def done(result):
            self._side_tasks.discard(task)
            if self._alive():
                on_success(result)

        def failed(error, details):
            self._side_tasks.discard(task)
            if self._alive():
                self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)

        task = tasks.CoreTask(description, fn, data=data, services={"api_client": client},
                              on_success=done, on_failure=failed,
                              on_cancelled=lambda: self._side_tasks.discard(task))
        self._side_tasks.add(task)
        tasks.start(task)
        return task

    def refresh_balance(self) -> Optional[tasks.CoreTask]:
        self.balance_label.setText(tr("Loading the token balance…"))
        return self._start_side(tr("Vantage token balance"), tasks.balance_job, {}, self.show_balance)

    def show_balance(self, balance: Any) -> None:
        free = getattr(balance, "free_tokens", None)
        total = getattr(balance, "token_balance", None)
        reserved = getattr(balance, "reserved_tokens", None)
        text = tr("{free} free tokens").format(free=free)
        if total is not None:
            text += " " + tr("(balance {total}, reserved {reserved})").format(
                total=total, reserved=reserved if reserved is not None else 0
            )
        self.balance_label.setText(text)

    def load_jobs(self, more: bool = False) -> Optional[tasks.CoreTask]:
        if not more:
            self.jobs_cursor = None
            self.jobs_list.clear()
        self.jobs_more_button.setEnabled(False)
        return self._start_side(
            tr("Vantage jobs"), tasks.jobs_page_job,
            {"cursor": self.jobs_cursor if more else None, "limit": JOBS_PAGE_SIZE}, self.show_jobs_page,
        )

    def show_jobs_page(self, page: Any) -> None:
        """Append one page of jobs (``Page(items=[Job], meta=PageMeta)``)."""
        for job in getattr(page, "items", []) or []:
            name = job.job_name or job.job_id
            when = (job.created_at or "")[:16].replace("T", " ")
            cost = "" if job.token_cost is None else tr(", {n} tokens").format(n=job.token_cost)
            text = tr("{when}  {name} — {status}, {plots} plots{cost}").format(
                when=when, name=name, status=job.status or "?", plots=len(job.plot_ids), cost=cost
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.job_id)
            item.setToolTip(job.job_id)
            self.jobs_list.addItem(item)
        meta = getattr(page, "meta", None)
        self.jobs_cursor = getattr(meta, "next_cursor", None)
        self.jobs_more_button.setEnabled(bool(getattr(meta, "has_more", False) and self.jobs_cursor))
        if self.jobs_list.count() == 0:
            self.jobs_hint.setText(tr("No job yet."))
        else:
            self.jobs_hint.setText(tr("Your Vantage API jobs, newest first."))


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


