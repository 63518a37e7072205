"""The Vantage panel: pick a layer, map its fields, validate, fix, check, see the result.

The dock holds no logic of its own: it takes a snapshot of the layer on the main thread
(``operations.source_from_layer``; layers never go to a task) and runs the same operations as the
Processing algorithms (``qgis_bridge.operations``: read, validate, fix, check, write) in a
:class:`~vantage_plugin.qgis_bridge.tasks.CoreTask`. Results are loaded from the GeoPackage they were
written to (never a memory layer) and styled by risk. Nothing here touches the network until the user asks for
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
    QgsCheckableComboBox,
    QgsCollapsibleGroupBox,
    QgsDateEdit,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QModelIndex, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..about import LOG_TAG
from ..core.analysis import (
    STATUS_FAILED,
    STATUS_INVALID,
    STATUS_NO_DATA,
    STATUS_PENDING,
    STATUS_SIMULATED,
)
from ..core.engines import ENGINE_API, ENGINE_BUNDLED
from ..core.plots import COMMODITIES, FieldMapping
from ..dependencies import problem_text
from ..i18n import tr
from ..qgis_bridge import operations, tasks
from ..qgis_bridge.settings import PluginSettings
from ..qgis_bridge.styles import (  # noqa: F401 - SEVERITY_COLOURS kept importable from the dock
    ERROR_COLOUR,
    OK_COLOUR,
    SEVERITY_COLOURS,
    WARNING_COLOUR,
)
from .problems_view import (  # noqa: F401 - severity_* kept importable from the dock
    COL_CODE,
    COL_MESSAGE,
    COL_PLOT,
    COL_SEVERITY,
    GroupBuilder,
    ProblemsModel,
    Tally,
    issue_text,
    severity_label,
    severity_text,
)
from .reasons import not_assessed_reason
from .results_view import ResultsView
from .summary_dialog import ResultsSummaryDialog, summary_text

MAPPING_KEYS = FieldMapping.KEYS
JOBS_PAGE_SIZE = 20


def safe_name(text: str) -> str:
    """A file/table-name-safe version of a layer name."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "plots"


def _compact(combo: QComboBox, chars: int = 6) -> None:
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


# --- the status after a check ---------------------------------------------------------------------
ASSESSED_LEVELS = ("High", "Medium", "Low")


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
        missing_by: dict[tuple[str, tuple[str, ...]], int] = {}  # (status, limits) -> plots: each worded once
        assessed = frozenset(ASSESSED_LEVELS)
        not_assessed = frozenset((STATUS_FAILED, STATUS_INVALID, STATUS_PENDING))
        by_status: dict[str, int] = {}
        for result in results:  # one tight pass: 100,000 results must not stall the panel
            status = getattr(result, "status", "")
            by_status[status] = by_status.get(status, 0) + 1
            analysis = getattr(result, "analysis", None)
            if analysis and analysis.get("risk_level") in assessed and status not in not_assessed:
                continue
            key = (status, tuple(getattr(result, "limits", None) or ()))
            missing_by[key] = missing_by.get(key, 0) + 1
        simulated = by_status.get(STATUS_SIMULATED, 0)
        partial = by_status.get(STATUS_NO_DATA, 0) - sum(n for (st, _), n in missing_by.items()
                                                          if st == STATUS_NO_DATA)
        for (status, limits), count in missing_by.items():
            reason = not_assessed_reason(status, limits, run_status)
            reasons[reason] = reasons.get(reason, 0) + count
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
        # What to install before plots can be read (validate, fix, check), or None; the API login,
        # balance and jobs work without it.
        self.missing_dependency = problem_text()
        self._tally: Optional[Tally] = None
        self._builder: Optional[GroupBuilder] = None
        self._plot_by_index: Optional[dict] = None

        self._build()
        self._connect()
        self.on_layer_changed(self.layer_combo.currentLayer())
        self.on_engine_changed()
        if self.missing_dependency:
            for button in (self.validate_button, self.fix_button, self.check_button):
                button.setToolTip(self.missing_dependency)
            self.set_status(self.missing_dependency, Qgis.MessageLevel.Critical)

    # ------------------------------------------------------------------------------------------
    # layout
    # ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never cut: scroll
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
        plots_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
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
        mapping_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_combos: dict[str, QgsFieldComboBox] = {}
        self._guessed: dict[str, str] = {}
        self.field_labels = labels = {
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
            combo.fieldChanged.connect(self._show_guessed)
            mapping_form.addRow(labels[name], combo)
        self.guessed_label = QLabel()
        self.guessed_label.setObjectName("VantageGuessedFields")
        self.guessed_label.setWordWrap(True)
        mapping_form.addRow(self.guessed_label)
        plots_form.addRow(self.mapping_box)
        layout.addWidget(plots_box)

        # --- tabs ----------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("VantageTabs")
        self.tabs.addTab(self._build_problems_tab(), tr("Problems"))
        self.tabs.addTab(self._build_check_tab(), tr("Check"))
        self.results_view = ResultsView(self.iface)
        self.results_view.setObjectName("VantageResultsView")
        self.tabs.addTab(self.results_view, tr("Results"))
        self.tabs.addTab(self._build_jobs_tab(), tr("API jobs"))
        self.help_button = QToolButton()
        self.help_button.setObjectName("VantageHelp")
        self.help_button.setText("?")
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(tr("Open the Vantage user guide"))
        self.tabs.setCornerWidget(self.help_button, Qt.Corner.TopRightCorner)
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
        layout.addLayout(row)
        self.show_warnings = QCheckBox(tr("Show warnings"))  # a row of its own: long in some languages
        self.show_warnings.setObjectName("VantageShowWarnings")
        self.show_warnings.setChecked(True)
        layout.addWidget(self.show_warnings)
        self.problems_summary = QLabel(tr("Validate the layer to list its problems."))
        self.problems_summary.setObjectName("VantageProblemsSummary")
        self.problems_summary.setWordWrap(True)
        layout.addWidget(self.problems_summary)

        self.issues_model = ProblemsModel(self)
        self.issues_view = QTreeView()
        self.issues_view.setObjectName("VantageIssuesView")
        self.issues_view.setModel(self.issues_model)
        self.issues_model.modelReset.connect(self._span_rule_rows)
        self.issues_view.setUniformRowHeights(True)  # no row measured: fast with 100,000s of rows
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues_view.setWordWrap(False)
        self.issues_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.issues_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.issues_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self.issues_view.setMinimumHeight(160)
        self.issues_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit_columns()
        layout.addWidget(self.issues_view, 1)
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
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        demo_row = QHBoxLayout()
        self.demo_button = QPushButton(tr("Use the demo data"))
        self.demo_button.setObjectName("VantageUseDemo")
        self.demo_button.setToolTip(
            tr("Check with the small demo data that ships with the plugin and open the demo plots")
        )
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)

        self.api_box = QGroupBox(tr("Vantage API"))
        self.api_box.setObjectName("VantageApiBox")
        api_layout = QVBoxLayout(self.api_box)
        self.dry_run = QCheckBox(tr("Dry run (free)"))
        self.dry_run.setObjectName("VantageDryRun")
        self.dry_run.setToolTip(tr("A dry run spends no token and returns simulated values, not real results"))
        self.dry_run.setChecked(self.settings.dry_run)
        api_layout.addWidget(self.dry_run)
        from ..core.api.checks import CHECK_EUDR, check_types

        self.check_types = QgsCheckableComboBox()
        self.check_types.setObjectName("VantageCheckTypes")
        self.check_types.setToolTip(tr("Check types of the job: eudr always runs; Vantage runs only eudr for now"))
        for check in check_types():
            state = Qt.CheckState.Checked if check.name == CHECK_EUDR else Qt.CheckState.Unchecked
            self.check_types.addItemWithCheckState(check.name, state, check.name)
        api_layout.addWidget(self.check_types)
        self.run_again = QCheckBox(tr("Run again (a new paid job)"))
        self.run_again.setObjectName("VantageRunAgain")
        self.run_again.setToolTip(tr(
            "Unticked, checking again into the same output resumes its job and never pays twice. Ticked, "
            "a new job with the same settings is started, after you confirm its cost."))
        api_layout.addWidget(self.run_again)
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

        # the main action has a row of its own: in some languages two buttons side by side need > 300 px
        self.check_button = QPushButton(tr("Check plots"))
        self.check_button.setObjectName("VantageCheck")
        self.check_button.setDefault(True)
        layout.addWidget(self.check_button)
        # what to do with the results: two buttons a row, so that they fit a narrow panel in every language
        self.summary_button = QPushButton(tr("Summary…"))
        self.summary_button.setObjectName("VantageSummaryButton")
        self.summary_button.setEnabled(False)
        self._add_deliverable_buttons()
        grid = QGridLayout()
        for position, button in enumerate((self.summary_button, self.evidence_button, self.report_button,
                                           self.eudr_button)):
            grid.addWidget(button, position // 2, position % 2)
        layout.addLayout(grid)
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
        row = QGridLayout()  # two buttons that may each need half of a narrow panel
        self.jobs_refresh_button = QPushButton(tr("Load jobs"))
        self.jobs_refresh_button.setObjectName("VantageJobsRefresh")
        row.addWidget(self.jobs_refresh_button, 0, 0)
        self.jobs_more_button = QPushButton(tr("Load more"))
        self.jobs_more_button.setObjectName("VantageJobsMore")
        self.jobs_more_button.setEnabled(False)
        row.addWidget(self.jobs_more_button, 1, 0)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        return tab

    def _connect(self) -> None:
        self.layer_combo.layerChanged.connect(self.on_layer_changed)
        self.validate_button.clicked.connect(self.validate)
        self.fix_button.clicked.connect(self.ask_fix)
        self.issues_view.clicked.connect(self.on_issue_clicked)
        self.show_warnings.toggled.connect(self._filter_issues)
        self.engine_combo.currentIndexChanged.connect(self.on_engine_changed)
        self.login_button.clicked.connect(self.login)
        self.balance_button.clicked.connect(self.refresh_balance)
        self.check_button.clicked.connect(self.check)
        self.demo_button.clicked.connect(self.use_demo)
        self.help_button.clicked.connect(self.show_help)
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
        # "Selected features only" stays as the user left it: a selection made by clicking a problem
        # must never turn it on behind their back.
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
        self._guessed = mapping.guessed_fields()
        for name, combo in self.field_combos.items():
            combo.setField(getattr(mapping, name) or "")
        self._show_guessed()

    def mapping(self) -> FieldMapping:
        chosen = {name: (combo.currentField() or None) for name, combo in self.field_combos.items()}
        guessed = tuple(name for name, field in self._guessed.items() if chosen.get(name) == field)
        return FieldMapping(**chosen, guessed=guessed)

    def _show_guessed(self, *_: Any) -> None:
        """Name the fields still taken from a guess on their names, so the user checks them."""
        guessed = self.mapping().guessed_fields()
        self.guessed_label.setVisible(bool(guessed))
        self.guessed_label.setText(tr("Guessed from their names: {fields}. Check them before you run.").format(
            fields=", ".join(f"{self.field_labels[name]} = {field}" for name, field in guessed.items())))

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
        busy, missing = self.busy(), bool(self.missing_dependency)
        can_read = self.current_layer() is not None and not busy and not missing
        self.validate_button.setEnabled(can_read)
        self.check_button.setEnabled(can_read)
        fixable = bool(self.report is not None and self._tally is not None and self._tally.fixable)
        self.fix_button.setEnabled(fixable and not busy and not missing and self.plots_layer_id is not None)
        self.cancel_button.setEnabled(busy)
        self.summary_button.setEnabled(self.last_check is not None)
        for button in (self.evidence_button, self.report_button, self.eudr_button):
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
            from .first_run import catalog_has_data, is_demo_catalog

            catalog = self.settings.catalog_file()
            if not catalog_has_data(catalog):
                self.engine_hint.setText(
                    tr("Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose "
                       "your data in the Vantage settings, or try the plugin with the demo data.")
                )
            elif is_demo_catalog(catalog):
                self.engine_hint.setText(tr("Offline, with the demo data (a small area of the Dominican Republic)."))
            else:
                self.engine_hint.setText(tr("Offline, with the data of {path}.").format(path=Path(catalog).name))
        self.demo_button.setVisible(not api and not self._catalog_ready())
        try:
            self.settings.engine = engine
        except (TypeError, ValueError):
            pass

    def help_section(self) -> str:
        """The section of the user guide about the tab on show."""
        current = self.tabs.currentWidget()
        if current is self.results_view:
            return "act"
        return {0: "validate", 1: "check"}.get(self.tabs.currentIndex(), "check")

    def show_help(self) -> bool:
        from .help import open_user_guide

        return open_user_guide(self.help_section())

    def _catalog_ready(self) -> bool:
        from .first_run import catalog_has_data

        return catalog_has_data(self.settings.catalog_file())

    def showEvent(self, event: Any) -> None:
        """The hint follows the catalog: it may have been saved in the settings meanwhile."""
        super().showEvent(event)
        self.on_engine_changed()

    def use_demo(self) -> list:
        """First run: the demo data as the catalog (never replacing one with data) and the demo plots opened."""
        from .first_run import DEMO_PLOT_ID, open_demo_layers, use_demo_catalog

        try:
            use_demo_catalog(self.settings.catalog_file())
        except OSError as error:
            self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)
            return []
        layers = open_demo_layers()
        if layers:
            self.layer_combo.setLayer(layers[0])
            self.field_combos["plot_id"].setField(DEMO_PLOT_ID)
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            if canvas is not None:
                canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layers[0], layers[0].extent()))
                canvas.refresh()
        self.on_engine_changed()
        self.set_status(tr("Demo data ready: press Check plots."), Qgis.MessageLevel.Success)
        return layers

    def set_status(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
        colours = {Qgis.MessageLevel.Critical: ERROR_COLOUR, Qgis.MessageLevel.Warning: WARNING_COLOUR,
                   Qgis.MessageLevel.Success: OK_COLOUR}
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
    def _start(self, description: str, fn, *, data: Optional[dict] = None, services: Optional[dict] = None,
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
        self.progress.setValue(0)  # nothing was finished: the bar must not stay half way
        self.set_status(message, Qgis.MessageLevel.Critical)
        self._message_bar(message, Qgis.MessageLevel.Critical, 0)

    def _task_cancelled(self, task) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        self.progress.setValue(0)
        text = tr("Cancelled.")
        if (getattr(task, "data", None) or {}).get("engine") == ENGINE_API:
            text += " " + tr("A job Vantage had already accepted keeps its reserved tokens and goes on: check "
                             "again into the same output to pick up its results without paying again.")
        self.set_status(text, Qgis.MessageLevel.Warning)

    def _on_progress(self, value: float) -> None:
        """Progress only moves forward within a task (steps that restart their own count don't pull it back)."""
        if self._alive() and int(value) > self.progress.value():
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
            return problem_text() or tr("A part of the plugin is missing: {error}").format(error=error)
        return tr("Failed: {error}").format(error=operations.describe_error(error))

    # ------------------------------------------------------------------------------------------
    # reading plots
    # ------------------------------------------------------------------------------------------
    def defaults(self) -> tuple[Optional[str], Optional[str]]:
        """The commodity and harvest date chosen in the Check tab (``None`` when left empty)."""
        commodity = self.commodity_combo.currentData() or None
        date = self.harvest_date.date()
        harvest = date.toString("yyyy-MM-dd") if (not self.harvest_date.isNull() and date.isValid()) else None
        return commodity, harvest

    def plot_source(self) -> Optional[operations.PlotSource]:
        """A snapshot of the current layer (main thread) whose plots a task reads, or ``None`` (the
        status says why)."""
        layer = self.current_layer()
        if layer is None:
            self.set_status(tr("Choose a layer of plots first."), Qgis.MessageLevel.Warning)
            return None
        commodity, harvest = self.defaults()
        try:
            return operations.source_from_layer(layer, self.mapping(), self.selected_only.isChecked(),
                                                 commodity=commodity, harvest_date=harvest)
        except Exception as error:  # noqa: BLE001 - shown in the dock
            self.set_status(self.describe_error(error), Qgis.MessageLevel.Warning)
            return None

    @staticmethod
    def _plot_count(source: operations.PlotSource) -> int:
        return max(0, source.count)

    # ------------------------------------------------------------------------------------------
    # validation
    # ------------------------------------------------------------------------------------------
    def validate(self) -> Optional[tasks.CoreTask]:
        """Read and validate the plots in a task (``operations.read_and_validate``)."""
        if self.busy():
            return None
        source = self.plot_source()
        if source is None:
            return None
        layer_id = self.current_layer().id()
        self._clear_issues()
        return self._start(
            tr("Validating {n} plots…").format(n=self._plot_count(source)),
            operations.read_and_validate,
            services={"source": source},
            on_success=lambda outcome: self.on_validated(outcome, layer_id),
        )

    def on_validated(self, outcome: dict, layer_id: str) -> None:
        self.plots = outcome["plots"]
        self.plots_layer_id = layer_id
        self.show_report(outcome["report"])

    def _clear_issues(self, keep_plots: bool = False) -> None:
        self.report = None
        self._tally = None
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None
        self.issues_model.clear()
        self.issue_detail.setText("")
        self.problems_summary.setText(tr("Validate the layer to list its problems."))
        self.problems_summary.setStyleSheet("")
        if not keep_plots:
            self.plots = []
            self.plots_layer_id = None
            self._plot_by_index = None
        self._update_buttons()

    def show_report(self, report: Any) -> None:
        """Show a ``ValidationReport``: the problems grouped by rule, built in slices (never a freeze)."""
        if self._builder is not None:
            self._builder.cancel()
        self.report = report
        self._tally = None
        self._plot_by_index = None
        self.issues_model.clear()
        self.issue_detail.setText("")
        self.problems_summary.setText(tr("Listing the problems…"))
        self.problems_summary.setStyleSheet("")
        status_before = self.status.text()  # a check sets its own status meanwhile: never overwritten
        self._builder = GroupBuilder(list(report.issues),
                                     lambda groups, tally: self._report_shown(report, groups, tally, status_before),
                                     self)
        self._builder.start()
        self.tabs.setCurrentIndex(0)

    def report_ready(self) -> bool:
        """True once the last report is listed (the problems view is built in slices)."""
        return self.report is not None and self._tally is not None

    def _report_shown(self, report: Any, groups: list, tally: Tally, status_before: Optional[str] = None) -> None:
        if not self._alive() or report is not self.report:
            return
        self._builder = None
        self._tally = tally
        self.issues_model.set_groups(groups)
        total = len(self.plots) or getattr(report, "plot_count", 0)
        blocked = len(tally.blocked)
        if not tally.errors and not tally.warnings:
            text = tr("No problem found: all {total} plots can be checked.").format(total=total)
            level = Qgis.MessageLevel.Success
        else:
            text = " ".join((
                tr("%n error(s)", "", tally.errors) + ", " + tr("%n warning(s)", "", tally.warnings) + ".",
                tr("{ready} of {total} plots can be checked.").format(ready=total - blocked, total=total),
                tr("%n plot(s) blocked by errors.", "", blocked) if blocked else "",
            )).strip()
            level = Qgis.MessageLevel.Warning if blocked else Qgis.MessageLevel.Info
        self.problems_summary.setText(text)
        self.problems_summary.setStyleSheet(
            f"color: {ERROR_COLOUR};" if blocked else (f"color: {OK_COLOUR};" if not report.issues else "")
        )
        if status_before is None or self.status.text() == status_before:
            self.set_status(tr("Validation finished."), level)
        self._update_buttons()

    def _span_rule_rows(self) -> None:
        """Each rule's row spans the view (its title and count read whole in a narrow panel)."""
        root = QModelIndex()
        for row in range(self.issues_model.rowCount()):
            self.issues_view.setFirstColumnSpanned(row, root, True)

    def _fit_columns(self) -> None:
        """Narrow plot and severity columns so the rule/message shows in a narrow dock."""
        header = self.issues_view.header()
        metrics = self.issues_view.fontMetrics()
        pad = 18
        severity = max(metrics.horizontalAdvance(severity_label(s)) for s in ("error", "warning")) + pad
        header.resizeSection(COL_PLOT, 140)  # the tree indents problem rows: room for an id
        header.resizeSection(COL_SEVERITY, max(severity, 50))
        header.resizeSection(COL_MESSAGE, 360)  # scroll sideways or widen the dock; the detail shows it all
        header.resizeSection(COL_CODE, 60)

    @staticmethod
    def issue_text(issue: Any) -> str:
        """The full text of a problem: plot, title, code, message (in the user's language) and any safe fix."""
        return issue_text(issue)

    def _filter_issues(self, *_: Any) -> None:
        self.issues_model.set_show_warnings(self.show_warnings.isChecked())

    def plot_for_issue(self, issue: Any) -> Optional[Any]:
        """The plot a problem is about (looked up by index, no scan per click)."""
        if issue is None:
            return None
        if self._plot_by_index is None:
            self._plot_by_index = {plot.index: plot for plot in self.plots}
        return self._plot_by_index.get(issue.plot_index)

    def on_issue_clicked(self, index: QModelIndex) -> None:
        """A problem row: select its plot in its layer and zoom to it. A rule row: open or close it.

        Only the layer's selection changes; "Selected features only" is left as it is."""
        issue = self.issues_model.issue(index)
        if issue is None:
            group = self.issues_model.group(index)
            if group is not None:
                parent = index.sibling(index.row(), 0)
                self.issues_view.setExpanded(parent, not self.issues_view.isExpanded(parent))
                self.issue_detail.setText(self.issues_model.data(parent, Qt.ItemDataRole.ToolTipRole) or "")
            return
        self.issue_detail.setText(issue_text(issue))
        plot = self.plot_for_issue(issue)
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
        path = operations.gpkg_path(path)
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        fields = QgsFields(layer.fields()) if layer is not None else QgsFields()
        base = safe_name(layer.name()) if layer is not None else "plots"
        self._remember_folder(path)
        return self._start(
            tr("Fixing {n} plots…").format(n=len(self.plots)),
            operations.fix_job,
            data={"plots": self.plots, "path": path, "layer_name": f"{base}_fixed",
                  "input_path": operations.input_file(layer),
                  "source_wkb_type": int(layer.wkbType()) if layer is not None else 0},
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
        level = Qgis.MessageLevel.Success
        if outcome.get("not_written"):
            text += " " + operations.describe_not_written(outcome["not_written"], outcome["uri"].split("|")[0])
            level = Qgis.MessageLevel.Warning
        self.set_status(text, level)
        self._message_bar(text, level)
        if layer is not None:
            self.layer_combo.setLayer(layer)

    # ------------------------------------------------------------------------------------------
    # check
    # ------------------------------------------------------------------------------------------
    def output_path(self) -> str:
        path = self.output_widget.filePath().strip()
        return operations.gpkg_path(path) if path else path

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
        source = self.plot_source()
        if source is None:
            return None
        layer = self.current_layer()
        commodity, harvest = self.defaults()
        stamp = _dt.datetime.now().strftime("%Y%m%d_%H%M%S")
        layer_name = f"{safe_name(layer.name())}_{engine}_{stamp}"
        self._remember_folder(path)
        self.settings.commodity = commodity or ""
        data = {"engine": engine, "path": path, "layer_name": layer_name}
        services: dict[str, Any] = {"source": source}
        if engine == ENGINE_API:
            dry_run = self.dry_run.isChecked()
            from ..core.api.state import state_path_for

            data["api"] = {
                "dry_run": dry_run,
                "harvest_date": harvest,
                "commodity": commodity,
                "state_path": state_path_for(path),
                "checks": tuple(str(name) for name in self.check_types.checkedItemsData()),
                "run_again": self.run_again.isChecked() and not dry_run,
            }
            services["api_client"] = client
            services["confirm"] = tasks.MainThreadConfirm(self.confirm_spend)
        else:
            data["bundled"] = {"catalog_path": self.settings.catalog_file(), "harvest_date": harvest,
                               "commodity": commodity}
        self.last_check = None
        self.check_summary.setText("")
        layer_id = layer.id()
        task = self._start(
            tr("Checking {n} plots…").format(n=self._plot_count(source)),
            operations.check_job,
            data=data,
            services=services,
            on_success=lambda outcome: self.on_checked(outcome, source.name, layer_id),
        )
        confirm = services.get("confirm")
        if confirm is not None:
            confirm.is_cancelled = task.feedback.is_cancelled
        return task

    def confirm_spend(self, cost: int, free_tokens: int, plot_count: int) -> bool:
        """The service's ``confirm`` callback: a dialog, Cancel by default."""
        from .confirm_dialog import confirm_spend

        return confirm_spend(cost, free_tokens, plot_count, self)

    def on_checked(self, outcome: dict, source_name: str, layer_id: Optional[str] = None) -> None:
        self.last_check = outcome
        if outcome.get("plots") is not None:
            self.plots = outcome["plots"]
            self.plots_layer_id = layer_id
        summary = outcome.get("summary") or {}
        report = getattr(outcome.get("output"), "report", None)
        if report is not None:
            self.show_report(report)
            self.tabs.setCurrentIndex(1)
        self.result_layer = self.open_results(outcome, source_name)
        text = summary_text(summary)
        self.check_summary.setText(text)
        output = outcome.get("output")
        run = getattr(output, "run", None)
        status_text, level = check_status(getattr(output, "results", None), summary, getattr(run, "status", ""))
        if outcome.get("not_written"):
            status_text += " " + operations.describe_not_written(outcome["not_written"], outcome["uri"].split("|")[0])
            level = Qgis.MessageLevel.Warning if level != Qgis.MessageLevel.Critical else level
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
            tally=self.results_view.tally,
            choose=self._choose_results,
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    def result_field_names(self) -> Optional[list[str]]:
        """The result layer's field names: the user's (in order, ``src_fid`` for a ``fid``), then the plugin's
        (``vantage_`` prefixed when a user field has the name), or None."""
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        if not isinstance(layer, QgsVectorLayer):
            return None
        from ..core import analysis
        from ..qgis_bridge.results import plugin_output_names, source_output_names

        names = source_output_names(layer.fields())
        return names + plugin_output_names(names, [name for name, _ in analysis.FIXED_RESULT_FIELDS])

    def result_id_field(self) -> Optional[str]:
        """The name the user's plot-id field has in the result layer (``src_`` prefixed on a clash)."""
        field = self.mapping().plot_id
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        if not field or not isinstance(layer, QgsVectorLayer):
            return field
        names = layer.fields().names()
        if field not in names:
            return None
        return (self.result_field_names() or names)[names.index(field)]

    def open_results(self, outcome: dict, source_name: str) -> Optional[QgsVectorLayer]:
        """Add a check's result layer: its own name and group, read-only, styled (dry runs apart)."""
        from .result_layers import add_result_layer

        output = outcome.get("output")
        summary = outcome.get("summary") or {}
        results = getattr(output, "results", None) or []
        engine = getattr(results[0], "engine", None) if results else None
        engine = engine or self.engine_combo.currentData()
        dry_run = bool((summary.get("by_status") or {}).get("simulated"))
        layer = add_result_layer(outcome["uri"], source_name, engine, dry_run=dry_run,
                                 id_field=self.result_id_field(), labels=self.results_view.labels_wanted(),
                                 field_names=self.result_field_names())
        if layer is None:
            self.set_status(tr("The output could not be opened: {uri}").format(uri=outcome["uri"]),
                            Qgis.MessageLevel.Critical)
            return None
        self.results_view.set_result(layer, summary, results, dry_run=dry_run)
        self.tabs.setCurrentWidget(self.results_view)
        return layer

    def _choose_results(self, key: str) -> None:
        """A summary action: show the Results tab with those plots selected and zoomed to."""
        self.tabs.setCurrentWidget(self.results_view)
        self.results_view.choose(key)
    # --- evidence maps and the run report of the last check ----------------------------------------
    def _add_deliverable_buttons(self) -> None:
        """"Evidence" (one map per plot, in a task), "Report…" (a PDF) and "EU file…" (the EU Information
        System GeoJSON) for the last check's results."""
        self.evidence_button = QPushButton(tr("Evidence"))
        self.evidence_button.setObjectName("VantageEvidence")
        self.evidence_button.setToolTip(tr("Render one evidence map (PNG) per plot beside the results"))
        self.evidence_button.clicked.connect(lambda: self.make_evidence())
        self.report_button = QPushButton(tr("Report…"))
        self.report_button.setObjectName("VantageReport")
        self.report_button.setToolTip(tr("Write the run report (PDF)"))
        self.report_button.clicked.connect(lambda: self.make_report())
        self.eudr_button = QPushButton(tr("EU file…"))
        self.eudr_button.setObjectName("VantageEudrExport")
        self.eudr_button.setToolTip(tr("Export the plots as the geolocation file the EU Information System accepts"))
        self.eudr_button.clicked.connect(lambda: self.open_eudr_export())
        for button in (self.evidence_button, self.report_button, self.eudr_button):
            button.setEnabled(False)

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
            from ..qgis_bridge.api_client import make_api_client

            self.api_client = make_api_client(self.settings.base_url, self.settings.authcfg)
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

    # ------------------------------------------------------------------------------------------
    # EU Information System export (vantage:exporteudr)
    # ------------------------------------------------------------------------------------------
    def open_eudr_export(self) -> None:
        """Open ``vantage:exporteudr``'s dialog on the last run's result layer (else the chosen layer)."""
        from qgis import processing

        layer = self.result_layer
        try:
            usable = layer is not None and layer.isValid()
        except RuntimeError:  # the layer was removed from the project
            usable = False
        layer = layer if usable else self.current_layer()
        processing.execAlgorithmDialog("vantage:exporteudr", {"INPUT": layer.id()} if layer is not None else {})


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)
