"""The Vantage panel: pick a layer, map its fields, validate, fix, check, see the result.

The dock assembles its sections (:class:`PlotsBox`, :class:`ProblemsTab`, :class:`CheckTab`,
:class:`ResultsView`, :class:`JobsTab`) and wires them to the work; the deliverables of a check
(:class:`DeliverableFlows`) and the API account (:class:`ApiFlows`) live in their own modules. It holds
no logic of its own: it takes a snapshot of the layer on the main thread
(``operations.source_from_layer``; layers never go to a task) and runs the same operations as the
Processing algorithms (``qgis_bridge.operations``: read, validate, fix, check, write) in a
:class:`~vantage_plugin.qgis_bridge.tasks.CoreTask`. What the panel shows after a check is counted in
that task too (:func:`check_outcome.check_and_count`); the rest is done a step per event-loop turn, so
QGIS never freezes. Results are loaded from the GeoPackage they were written to (never a memory layer)
and styled by risk. Nothing here touches the network until the user asks for something that needs the
Vantage API.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from functools import partial
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsFields, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QModelIndex, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import analysis
from ..core.api.errors import SpendNotConfirmedError
from ..core.api.state import state_path_for
from ..core.engines import ENGINE_API
from ..core.plots import FieldMapping
from ..dependencies import problem_text
from ..i18n import tr
from ..qgis_bridge import operations, tasks
from ..qgis_bridge.results import plugin_output_names, source_output_names
from ..qgis_bridge.settings import PluginSettings
from ..qgis_bridge.styles import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR, apply_issue_style
from .api_flows import ApiFlows
from .check_outcome import CheckedPlots, check_and_count, check_status, fix_checked_job
from .check_tab import CheckTab, stale_files_message
from .confirm_dialog import confirm_spend
from .deliverable_flows import DeliverableFlows
from .first_run import DEMO_PLOT_ID, open_demo_layers
from .help import open_user_guide
from .jobs_tab import JobsTab
from .plots_box import PlotsBox
from .problems_tab import ProblemsTab
from .problems_view import Tally, issue_text, validate_and_group
from .result_layers import add_result_layer
from .results_view import ResultsView
from .sliced_release import SlicedRelease
from .summary_dialog import ResultsSummaryDialog, summary_text


def safe_name(text: str) -> str:
    """A file/table-name-safe version of a layer name."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "plots"


class VantageDock(ApiFlows, DeliverableFlows, QgsDockWidget):
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
        self._output_auto = True
        self._connected_project = False
        # What to install before plots can be read (validate, fix, check), or None; the API login,
        # balance and jobs work without it.
        self.missing_dependency = problem_text()
        self._tally: Optional[Tally] = None
        self._plot_by_index: Optional[dict] = None
        self._opening: Optional[dict] = None  # the check whose result layer opens at the next turn
        self._release = SlicedRelease(self)  # what the panel no longer shows, let go of in slices

        self._build()
        self._connect()
        self.on_layer_changed(self.layer_combo.currentLayer())
        self.on_engine_changed()
        if self.missing_dependency:
            for button in (self.validate_button, self.fix_button, self.check_button):
                button.setToolTip(self.missing_dependency)
            self.set_status(self.missing_dependency, Qgis.MessageLevel.Critical)

    # ------------------------------------------------------------------------------------------
    # assembly
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

        self.plots_box = PlotsBox()
        layout.addWidget(self.plots_box)
        self.problems_tab = ProblemsTab()
        self.check_tab = CheckTab(self.settings)
        self.results_view = ResultsView(self.iface)
        self.results_view.setObjectName("VantageResultsView")
        self.jobs_tab = JobsTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("VantageTabs")
        self.tabs.addTab(self.problems_tab, tr("Problems"))
        self.tabs.addTab(self.check_tab, tr("Check"))
        self.tabs.addTab(self.results_view, tr("Results"))
        self.tabs.addTab(self.jobs_tab, tr("API jobs"))
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
        self._name_widgets()

    def _name_widgets(self) -> None:
        """The sections' widgets the flows below read and drive, by their names on the dock."""
        plots, problems, check, jobs = self.plots_box, self.problems_tab, self.check_tab, self.jobs_tab
        self.layer_combo, self.selected_only = plots.layer_combo, plots.selected_only
        self.mapping_box, self.field_combos = plots.mapping_box, plots.field_combos
        self.guessed_label = plots.guessed_label
        self.validate_button, self.fix_button, self.show_warnings = (problems.validate_button, problems.fix_button,
                                                                     problems.show_warnings)
        self.problems_summary, self.issue_detail = problems.problems_summary, problems.issue_detail
        self.issues_model, self.issues_view = problems.issues_model, problems.issues_view
        self.engine_combo, self.commodity_combo, self.harvest_date = (check.engine_combo, check.commodity_combo,
                                                                      check.harvest_date)
        self.output_widget, self.engine_hint = check.output_widget, check.engine_hint
        self.demo_button = check.demo_button
        self.api_box, self.dry_run, self.check_types, self.run_again = (check.api_box, check.dry_run,
                                                                       check.check_types, check.run_again)
        self.login_button, self.balance_button, self.balance_label = (check.login_button, check.balance_button,
                                                                      check.balance_label)
        self.check_button, self.summary_button, self.check_summary = (check.check_button, check.summary_button,
                                                                      check.check_summary)
        self.evidence_button, self.report_button, self.eudr_button = (check.evidence_button, check.report_button,
                                                                      check.eudr_button)
        self.jobs_list, self.jobs_refresh_button, self.jobs_more_button = (jobs.jobs_list, jobs.jobs_refresh_button,
                                                                          jobs.jobs_more_button)

    def _connect(self) -> None:
        self.layer_combo.layerChanged.connect(self.on_layer_changed)
        self.validate_button.clicked.connect(self.validate)
        self.fix_button.clicked.connect(self.ask_fix)
        self.issues_view.clicked.connect(self.on_issue_clicked)
        self.engine_combo.currentIndexChanged.connect(self.on_engine_changed)
        self.login_button.clicked.connect(self.login)
        self.balance_button.clicked.connect(self.refresh_balance)
        self.check_button.clicked.connect(self.check)
        self.demo_button.clicked.connect(self.use_demo)
        self.help_button.clicked.connect(self.show_help)
        self.summary_button.clicked.connect(self.show_summary)
        self.evidence_button.clicked.connect(lambda: self.make_evidence())
        self.report_button.clicked.connect(lambda: self.make_report())
        self.eudr_button.clicked.connect(lambda: self.open_eudr_export())
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
        self._opening = None
        self._side_tasks.clear()
        self.check_tab.close_down()
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
        self.plots_box.set_layer(layer)
        # "Selected features only" stays as the user left it: a selection made by clicking a problem
        # must never turn it on behind their back.
        self._set_default_output(layer)
        self._clear_issues()
        self._update_buttons()

    def mapping(self) -> FieldMapping:
        return self.plots_box.mapping()

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
        """A task runs, or the outcome of the last one is still being shown."""
        return (self.task is not None and not sip.isdeleted(self.task)) or self._opening is not None

    def _update_buttons(self) -> None:
        busy, missing = self.busy(), bool(self.missing_dependency)
        can_read = self.current_layer() is not None and not busy and not missing
        self.validate_button.setEnabled(can_read)
        self.check_button.setEnabled(can_read)
        fixable = bool(self.report is not None and self._tally is not None and self._tally.fixable)
        self.fix_button.setEnabled(fixable and not busy and not missing and self.plots_layer_id is not None)
        self.cancel_button.setEnabled(self.task is not None)
        self.summary_button.setEnabled(self.last_check is not None)
        for button in (self.evidence_button, self.report_button, self.eudr_button):
            button.setEnabled(self.last_check is not None and not busy)

    def on_engine_changed(self, *_: Any) -> None:
        self.check_tab.show_engine(bool(self.settings.authcfg), self.settings.catalog_file())
        try:
            self.settings.engine = self.check_tab.engine()
        except (TypeError, ValueError):
            pass

    def help_section(self) -> str:
        """The section of the user guide about the tab on show."""
        current = self.tabs.currentWidget()
        if current is self.results_view:
            return "act"
        return {0: "validate", 1: "check"}.get(self.tabs.currentIndex(), "check")

    def show_help(self) -> bool:
        return open_user_guide(self.help_section())

    def showEvent(self, event: Any) -> None:
        """The hint follows the catalog: it may have been saved in the settings meanwhile."""
        super().showEvent(event)
        self.on_engine_changed()

    def use_demo(self) -> None:
        """First run: the demo data as the catalog (never replacing one with data; the catalog's files are
        looked for in a task), then the demo plots opened (:meth:`_demo_ready`)."""
        self.set_status(tr("Preparing the demo data…"))
        self.check_tab.use_demo_data(
            self.settings.catalog_file(), self._demo_ready,
            lambda error, _: self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical))

    def _demo_ready(self, replaced: bool) -> None:
        """The demo plots opened and chosen, once the demo catalog is written (``replaced``) or a catalog with
        data was kept: either way the demo plots open."""
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
    def _start(self, description: str, fn: Callable[..., Any], *, data: Optional[dict] = None,
               services: Optional[dict] = None, on_success: Optional[Callable[[Any], None]] = None) -> tasks.CoreTask:
        task = tasks.CoreTask(
            description,
            fn,
            data=data,
            services=services,
            on_success=lambda result: self._task_done(task, on_success, result),
            on_failure=lambda error, details: self._task_failed(task, error),
            on_cancelled=lambda: self._task_cancelled(task),
        )
        task.follow(self._on_progress, self._on_task_message)
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

    def _task_done(self, task: tasks.CoreTask, on_success: Optional[Callable[[Any], None]], result: Any) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        self.progress.setValue(100)
        if on_success:
            on_success(result)

    def _task_failed(self, task: tasks.CoreTask, error: BaseException) -> None:
        if not self._alive():
            return
        self._finish_task(task)
        if isinstance(error, SpendNotConfirmedError):  # the user said no: an answer, not a failure
            self.progress.setValue(0)
            self.set_status(tr("No job was started and no token was spent."), Qgis.MessageLevel.Info)
            return
        message = self.describe_error(error)
        self.progress.setValue(0)  # nothing was finished: the bar must not stay half way
        self.set_status(message, Qgis.MessageLevel.Critical)
        self._message_bar(message, Qgis.MessageLevel.Critical, 0)
        self._stale_files_said(error, message)

    def _stale_files_said(self, error: BaseException, said: str) -> None:
        """When ``error`` is about data files the catalog names that were moved or deleted since they were
        chosen: which sources, which paths and what to do instead of ``said`` (the Check tab's hint and
        demo button too). The files are looked for in a task (a share that does not answer must not
        freeze QGIS); ``said`` stays when they are not missing, the look fails or another status came."""
        def found(missing: list[tuple[str, str]]) -> None:
            if not self._alive() or self.status.text() != said:
                return
            message = stale_files_message(missing)
            self.set_status(message, Qgis.MessageLevel.Critical)
            self._message_bar(message, Qgis.MessageLevel.Critical, 0)
            self.on_engine_changed()

        self.check_tab.look_for_stale_files(self.settings.catalog_file(), str(error), found)

    def _task_cancelled(self, task: tasks.CoreTask) -> None:
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
        if self.task is not None and not sip.isdeleted(self.task):
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
        return self.check_tab.defaults()

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
            tr("Validating {n} plots…").format(n=max(0, source.count)),
            validate_and_group,
            services={"source": source},
            on_success=lambda outcome: self.on_validated(outcome, layer_id),
        )

    def on_validated(self, outcome: dict, layer_id: str) -> None:
        self._set_plots(outcome["plots"], layer_id)
        self.show_report(outcome["report"], grouped=outcome.get("groups"))

    def _set_plots(self, plots: list, layer_id: Optional[str]) -> None:
        """The plots on show; those they replace are let go of in slices (unless the last check holds them)."""
        old = self.plots
        self.plots = plots
        self.plots_layer_id = layer_id
        self._plot_by_index = None
        if isinstance(old, list) and old is not plots and old is not (self.last_check or {}).get("plots"):
            self._release.release(old)

    def _drop_check(self) -> None:
        """Forget the last check, its 100,000s of plots and results let go of in slices."""
        check, self.last_check = self.last_check, None
        if not check:
            return
        lists = [getattr(check.get("output"), "results", None)]
        if check.get("plots") is not self.plots:
            lists.append(check.get("plots"))
        self._release.release(*(items for items in lists if isinstance(items, list)))

    def _clear_issues(self, keep_plots: bool = False) -> None:
        self.report = None
        self._tally = None
        self.problems_tab.clear()
        if not keep_plots:
            self._set_plots([], None)
        self._update_buttons()

    def show_report(self, report: Any, announce: bool = True, grouped: Optional[tuple[list, Tally]] = None) -> None:
        """Show a ``ValidationReport``: the problems grouped by rule (``grouped`` in the task, else in slices:
        never a freeze); then "Validation finished." when ``announce`` and no other status came meanwhile."""
        self.report = report
        self._tally = None
        self._plot_by_index = None
        status_before = self.status.text() if announce else None
        self.problems_tab.list_report(
            report, lambda groups, tally: self._report_shown(report, groups, tally, status_before), grouped)
        self.tabs.setCurrentIndex(0)

    def report_ready(self) -> bool:
        """True once the last report is listed (the problems view is built in slices)."""
        return self.report is not None and self._tally is not None

    def _report_shown(self, report: Any, groups: list, tally: Tally, status_before: Optional[str]) -> None:
        """The problems are grouped: show them; the status says so unless it changed meanwhile
        (``status_before`` is None: never)."""
        if not self._alive() or report is not self.report:
            return
        self._tally = tally
        total = len(self.plots) or getattr(report, "plot_count", 0)
        level = self.problems_tab.show_groups(groups, tally, total)
        if status_before is not None and self.status.text() == status_before:
            self.set_status(tr("Validation finished."), level)
        self._update_buttons()

    @staticmethod
    def issue_text(issue: Any) -> str:
        """The full text of a problem: plot, title, code, message (in the user's language) and any safe fix."""
        return issue_text(issue)

    def plot_for_issue(self, issue: Any) -> Optional[Any]:
        """The plot a problem is about (looked up by index, no scan per click)."""
        if issue is None:
            return None
        if isinstance(self.plots, CheckedPlots):  # a check's: its feature ids alone were kept
            return self.plots.get(issue.plot_index)
        if self._plot_by_index is None:
            self._plot_by_index = {plot.index: plot for plot in self.plots}
        return self._plot_by_index.get(issue.plot_index)

    def on_issue_clicked(self, index: QModelIndex) -> None:
        """A problem row: select its plot in its layer and zoom to it. A rule row: open or close it.

        Only the layer's selection changes; "Selected features only" is left as it is."""
        issue = self.issues_model.issue(index)
        if issue is None:
            if self.issues_model.group(index) is not None:
                self.problems_tab.open_group(index)
            return
        self.problems_tab.show_issue(issue)
        plot = self.plot_for_issue(issue)
        layer = self._plots_layer()
        if plot is None or plot.source_fid is None or layer is None:
            return
        ids = [int(plot.source_fid)]
        layer.selectByIds(ids)
        canvas = self.iface.mapCanvas()
        if canvas is not None:
            canvas.zoomToFeatureIds(layer, ids)
            canvas.flashFeatureIds(layer, ids)

    def _plots_layer(self) -> Optional[QgsVectorLayer]:
        """The layer the plots on show were read from (``None`` once it is gone)."""
        layer = QgsProject.instance().mapLayer(self.plots_layer_id) if self.plots_layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

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
        layer = self._plots_layer()
        fields = QgsFields(layer.fields()) if layer is not None else QgsFields()
        base = safe_name(layer.name()) if layer is not None else "plots"
        self._remember_folder(path)
        services = {"source_fields": fields, "transform_context": QgsProject.instance().transformContext()}
        data = {"path": path, "layer_name": f"{base}_fixed", "input_path": operations.input_file(layer),
                "source_wkb_type": int(layer.wkbType()) if layer is not None else 0}
        checked = isinstance(self.plots, CheckedPlots)  # a check's plots are read again in the task
        if checked:
            services["checked"] = self.plots  # its layer snapshot is handed over, not copied
        else:
            data["plots"] = self.plots
        return self._start(tr("Fixing {n} plots…").format(n=len(self.plots)),
                           fix_checked_job if checked else operations.fix_job, data=data, services=services,
                           on_success=self.on_fixed)

    def on_fixed(self, outcome: dict) -> None:
        changes = outcome.get("changes") or []
        source = self._plots_layer()
        source_name = source.name() if source is not None else Path(outcome["uri"].split("|")[0]).stem
        layer = self.load_layer(outcome["uri"], tr("{layer} (fixed)").format(layer=source_name))
        if outcome.get("issues_uri"):
            self.load_layer(outcome["issues_uri"], tr("Remaining problems"), apply_issue_style)
        text = tr("{n} fixes applied; the fixed plots are in a new layer.").format(n=len(changes))
        level = Qgis.MessageLevel.Success
        if outcome.get("not_written"):
            text += " " + operations.describe_not_written(outcome["not_written"], outcome["uri"].split("|")[0])
            level = Qgis.MessageLevel.Warning
        self.set_status(text, level)
        self._message_bar(text, level)
        if layer is not None:
            self.layer_combo.setLayer(layer)

    def load_layer(self, uri: str, name: str,
                   style: Optional[Callable[[QgsVectorLayer], None]] = None) -> Optional[QgsVectorLayer]:
        """Add the GeoPackage layer at ``uri`` to the project, styled by ``style`` when given."""
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            self.set_status(tr("The output could not be opened: {uri}").format(uri=uri), Qgis.MessageLevel.Critical)
            return None
        if style is not None:
            style(layer)
        QgsProject.instance().addMapLayer(layer)
        return layer

    def _remember_folder(self, path: str) -> None:
        folder = os.path.dirname(path)
        if folder:
            self.settings.last_output_folder = folder

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
        engine = self.check_tab.engine()
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
        confirm: Optional[tasks.MainThreadConfirm] = None
        if engine == ENGINE_API:
            dry_run = self.dry_run.isChecked()
            data["api"] = {
                "dry_run": dry_run,
                "harvest_date": harvest,
                "commodity": commodity,
                "state_path": state_path_for(path),
                "checks": self.check_tab.checks(),
                "run_again": self.run_again.isChecked() and not dry_run,
            }
            confirm = tasks.MainThreadConfirm(self.confirm_spend)
            services["api_client"] = client
            services["confirm"] = confirm
        else:
            data["bundled"] = {"catalog_path": self.settings.catalog_file(), "harvest_date": harvest,
                               "commodity": commodity}
        # the result layer is opened in the task too (opening 100,000 rows must not hold the GUI thread)
        data["result_layer"] = {"id_field": self.result_id_field(layer), "labels": self.results_view.labels_wanted(),
                                "field_names": self.result_field_names(layer)}
        services["transform_context"] = QgsProject.instance().transformContext()
        self._drop_check()
        self.check_summary.setText("")
        layer_id = layer.id()
        task = self._start(
            tr("Checking {n} plots…").format(n=max(0, source.count)),
            check_and_count,
            data=data,
            services=services,
            on_success=lambda outcome: self.on_checked(outcome, source.name, layer_id),
        )
        if confirm is not None:
            confirm.is_cancelled = task.feedback.is_cancelled
        return task

    def confirm_spend(self, cost: int, free_tokens: int, plot_count: int) -> bool:
        """The service's ``confirm`` callback: a dialog, Cancel by default."""
        return confirm_spend(cost, free_tokens, plot_count, self)

    def on_checked(self, outcome: dict, source_name: str, layer_id: Optional[str] = None) -> None:
        """Show a check's outcome a step per event-loop turn (each short: the GUI thread stays responsive
        at 100,000 plots): the status now, then the problems, the result layer and the message bar."""
        if self.last_check is not outcome:
            self._drop_check()
        self.last_check = outcome
        if outcome.get("plots") is not None:
            self._set_plots(outcome["plots"], layer_id)
        summary = outcome.get("summary") or {}
        output = outcome.get("output")
        self.check_summary.setText(summary_text(summary))
        # counted in the task (check_outcome.check_and_count); an outcome of check_job alone is counted here
        status_text, level = outcome.get("status") or check_status(
            getattr(output, "results", None), summary, getattr(getattr(output, "run", None), "status", ""))
        if outcome.get("not_written"):
            status_text += " " + operations.describe_not_written(outcome["not_written"], outcome["uri"].split("|")[0])
            level = Qgis.MessageLevel.Warning if level != Qgis.MessageLevel.Critical else level
        self.set_status(status_text, level)
        self.result_layer = None
        report = getattr(output, "report", None)
        steps: list[Callable[[], None]] = []
        if report is not None:
            steps.append(lambda: self._show_check_report(report, outcome.get("groups")))
        steps += [lambda: self._open_checked(outcome, source_name), lambda: self._message_bar(status_text, level)]
        self._opening = outcome
        self._next_step(outcome, steps)
        self._update_buttons()
        if self.check_tab.engine() == ENGINE_API and self.api_client is not None:
            self.refresh_balance()

    def _next_step(self, outcome: dict, steps: list[Callable[[], None]]) -> None:
        """Run ``steps`` of showing ``outcome`` one per event-loop turn (dropped when another check came).
        Each turn is a ``partial`` of :meth:`_step`, not a closure that schedules itself: such a closure is
        a reference cycle holding the outcome, which only a full collection would free once the panel
        lets it go (``tasks.FROZEN``)."""
        QTimer.singleShot(0, partial(self._step, outcome, steps))

    def _step(self, outcome: dict, steps: list[Callable[[], None]]) -> None:
        if not self._alive() or self._opening is not outcome:
            return
        steps.pop(0)()
        if steps:
            self._next_step(outcome, steps)
        else:
            self._opening = None
            self._update_buttons()

    def _show_check_report(self, report: Any, grouped: Optional[tuple[list, Tally]]) -> None:
        self.show_report(report, announce=False, grouped=grouped)  # the check's status stays
        self.tabs.setCurrentIndex(1)

    def _open_checked(self, outcome: dict, source_name: str) -> None:
        self.result_layer = self.open_results(outcome, source_name)

    def show_summary(self) -> None:
        if not self.last_check:
            return
        run = getattr(self.last_check.get("output"), "run", None)
        dialog = ResultsSummaryDialog(
            self.last_check.get("summary") or {},
            run_summary=run.summary() if run is not None else None,
            output=self.last_check.get("uri", "").split("|")[0],
            tally=self.results_view.tally,
            choose=self._choose_results,
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    def result_field_names(self, layer: Optional[QgsVectorLayer] = None) -> Optional[list[str]]:
        """The field names of the result layer of ``layer`` (the plots on show by default): the user's (in
        order, ``src_fid`` for a ``fid``), then the plugin's (``vantage_`` prefixed when a user field has
        the name), or None."""
        layer = layer or self._plots_layer()
        if layer is None:
            return None
        names = source_output_names(layer.fields())
        return names + plugin_output_names(names, [name for name, _ in analysis.FIXED_RESULT_FIELDS])

    def result_id_field(self, layer: Optional[QgsVectorLayer] = None) -> Optional[str]:
        """The name the user's plot-id field has in the result layer of ``layer`` (the plots on show by
        default; ``src_`` prefixed on a clash)."""
        field = self.mapping().plot_id
        layer = layer or self._plots_layer()
        if not field or layer is None:
            return field
        names = layer.fields().names()
        if field not in names:
            return None
        return (self.result_field_names(layer) or names)[names.index(field)]

    def open_results(self, outcome: dict, source_name: str) -> Optional[QgsVectorLayer]:
        """Add a check's result layer: its own name and group, read-only, styled (dry runs apart)."""
        output = outcome.get("output")
        summary = outcome.get("summary") or {}
        results = getattr(output, "results", None) or []
        engine = outcome.get("engine") or (getattr(results[0], "engine", None) if results else None)
        engine = engine or self.check_tab.engine()
        dry_run = bool((summary.get("by_status") or {}).get("simulated"))
        opened = outcome.get("layer")  # opened in the task (check_and_count)
        layer = add_result_layer(outcome["uri"], source_name, engine, dry_run=dry_run, layer=opened,
                                 id_field=self.result_id_field(), labels=self.results_view.labels_wanted(),
                                 field_names=self.result_field_names())
        if layer is None:
            self.set_status(tr("The output could not be opened: {uri}").format(uri=outcome["uri"]),
                            Qgis.MessageLevel.Critical)
            return None
        self.results_view.set_result(layer, summary, results, dry_run=dry_run, tally=outcome.get("tally"))
        self.tabs.setCurrentWidget(self.results_view)
        return layer

    def _choose_results(self, key: str) -> None:
        """A summary action: show the Results tab with those plots selected and zoomed to."""
        self.tabs.setCurrentWidget(self.results_view)
        self.results_view.choose(key)
