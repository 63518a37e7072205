"""Run core functions off the UI thread in a :class:`QgsTask`, the way the QGIS cookbook asks.

- The data a task works on is **copied before it starts** (``data=`` is deep-copied); layers, the
  project and widgets never reach :meth:`CoreTask.run`.
- ``run()`` never raises: an exception is stored and handed to ``on_failure`` in :meth:`finished`,
  which QGIS calls on the main thread.
- :meth:`CoreTask.cancel` cancels the core :class:`~vantage_plugin.core.runs.Feedback` the function
  polls, so cancelling really stops the work between steps.
- Running tasks are kept in a module registry until they finish (the task manager owns the C++ object,
  but a Python subclass whose wrapper is collected crashes QGIS: qgis/QGIS#38583);
  :func:`cancel_all` is what ``unload()`` calls.
- :class:`MainThreadConfirm` lets a function running in a task ask the user a question (the API's
  "spend N tokens?") on the main thread and wait for the answer.
"""

from __future__ import annotations

import copy
import threading
import traceback
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, Qt, QThread, pyqtSignal, pyqtSlot

LOG_TAG = "Vantage"

_ALIVE: "set[CoreTask]" = set()


class CoreTask(QgsTask):
    """``fn(**data, **services, feedback=Feedback)`` in a background thread.

    ``data`` holds plain values (plots, options, paths): it is deep-copied when the task is made.
    ``services`` holds objects that must be shared, not copied (an API client, a confirm callback).
    ``on_success(result)``, ``on_failure(error, details)`` and ``on_cancelled()`` run on the main thread.
    """

    messageReceived = pyqtSignal(str)  # noqa: N815 (Qt naming)

    def __init__(
        self,
        description: str,
        fn: Callable[..., Any],
        *,
        data: Optional[dict[str, Any]] = None,
        services: Optional[dict[str, Any]] = None,
        on_success: Optional[Callable[[Any], None]] = None,
        on_failure: Optional[Callable[[BaseException, str], None]] = None,
        on_cancelled: Optional[Callable[[], None]] = None,
        can_cancel: bool = True,
    ) -> None:
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
        from ..core.runs import Feedback

        self.fn = fn
        self.data = copy.deepcopy(data or {})
        self.services = dict(services or {})
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_cancelled = on_cancelled
        self.feedback = Feedback(
            on_progress=self.setProgress,
            on_message=self.messageReceived.emit,
            is_cancelled=self.isCanceled,
        )
        self.result: Any = None
        self.error: Optional[BaseException] = None
        self.details = ""
        self.was_cancelled = False

    # --- worker thread ---------------------------------------------------------------------
    def run(self) -> bool:  # noqa: D401 - QgsTask API
        from ..core.runs import Cancelled

        try:
            self.result = self.fn(**self.data, **self.services, feedback=self.feedback)
        except Cancelled:
            self.was_cancelled = True
            return False
        except BaseException as error:  # noqa: BLE001 - an exception escaping run() takes QGIS down
            self.error = error
            self.details = traceback.format_exc()
            return False
        if self.feedback.is_cancelled():
            self.was_cancelled = True
            return False
        return True

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    # --- main thread -----------------------------------------------------------------------
    def finished(self, result: bool) -> None:  # noqa: D401 - QgsTask API
        _ALIVE.discard(self)
        try:
            if result:
                if self.on_success:
                    self.on_success(self.result)
            elif self.error is not None:
                QgsMessageLog.logMessage(self.details, LOG_TAG, Qgis.MessageLevel.Critical)
                if self.on_failure:
                    self.on_failure(self.error, self.details)
            else:
                self.was_cancelled = True
                if self.on_cancelled:
                    self.on_cancelled()
        except Exception:  # noqa: BLE001 - a failing callback must not crash the task manager
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)

    def detach(self) -> None:
        """Forget the callbacks (their widgets are going away)."""
        self.on_success = self.on_failure = self.on_cancelled = None


def start(task: CoreTask) -> CoreTask:
    """Keep a reference to ``task`` and hand it to the QGIS task manager."""
    _ALIVE.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def running() -> list[CoreTask]:
    return [task for task in _ALIVE if not sip.isdeleted(task)]


def cancel_all() -> None:
    """Cancel every task this plugin started and drop their callbacks (``unload()``)."""
    for task in list(_ALIVE):
        if sip.isdeleted(task):
            _ALIVE.discard(task)
            continue
        task.detach()
        task.cancel()


def run_now(task: CoreTask) -> bool:
    """Run ``task`` synchronously on this thread (tests, ``qgis_process``): run, then finished."""
    ok = task.run()
    task.finished(ok)
    return ok


class _Question:
    def __init__(self, args: tuple) -> None:
        self.args = args
        self.answer = False
        self.done = threading.Event()


class MainThreadConfirm(QObject):
    """A callable for a worker thread that asks ``handler(*args) -> bool`` on the main thread.

    Make it on the main thread. Called from the main thread it calls the handler directly; from a
    worker it queues the question and waits, giving up (answer ``False``) when ``is_cancelled()``
    becomes true, so a cancelled task never hangs on an unanswered dialog.
    """

    _asked = pyqtSignal(object)

    def __init__(self, handler: Callable[..., bool], is_cancelled: Optional[Callable[[], bool]] = None) -> None:
        super().__init__()
        self.handler = handler
        self.is_cancelled = is_cancelled
        self._asked.connect(self._on_asked, Qt.ConnectionType.QueuedConnection)

    def __call__(self, *args: Any) -> bool:
        if QThread.currentThread() == self.thread():
            return bool(self.handler(*args))
        question = _Question(args)
        self._asked.emit(question)
        while not question.done.wait(0.1):
            if self.is_cancelled and self.is_cancelled():
                return False
        return question.answer

    @pyqtSlot(object)
    def _on_asked(self, question: _Question) -> None:
        try:
            question.answer = bool(self.handler(*question.args))
        except Exception:  # noqa: BLE001 - no answer means no spending
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            question.answer = False
        finally:
            question.done.set()


# --- the work the dock hands to tasks ----------------------------------------------------------
# Plain functions of plain data (``feedback`` last, as :class:`CoreTask` calls them). They only glue
# core functions and the result writer together; the logic lives in ``core``.


def apply_defaults(plots: list, commodity: Optional[str] = None, harvest_date: Optional[str] = None) -> list:
    """Copies of ``plots`` where a missing commodity / harvest date takes the dock's default."""
    import dataclasses

    def missing(value: Any) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    out = []
    for plot in plots:
        changes = {}
        if commodity and missing(plot.commodity):
            changes["commodity"] = commodity
        if harvest_date and missing(plot.harvest_date):
            changes["harvest_date"] = harvest_date
        out.append(dataclasses.replace(plot, **changes) if changes else plot)
    return out


def validate_job(plots: list, feedback: Any = None) -> Any:
    """The :class:`ValidationReport` of ``plots``."""
    from ..core.validation import validate

    return validate(plots, feedback=feedback)


def fix_job(
    plots: list,
    path: str,
    layer_name: str,
    feedback: Any = None,
    source_fields: Any = None,
    transform_context: Any = None,
) -> dict:
    """Apply the safe fixes, write the fixed plots (with the user's attributes) and validate again.

    Returns ``{"uri", "issues_uri", "changes", "report", "plots"}``: ``uri`` is the fixed plots'
    layer ``layer_name``; ``issues_uri`` the issues still left (``<layer_name>_issues``), or ``None``.
    """
    from qgis.core import QgsFields

    from ..core.validation import validate
    from ..core.validation.fixes import apply_fixes
    from . import results

    fields = source_fields if source_fields is not None else QgsFields()
    fixed = apply_fixes(plots)
    if feedback is not None:
        feedback.check()
        feedback.set_progress(30)
    write_plots = getattr(results, "write_plots", None)
    if write_plots is not None:
        uri = write_plots(path, layer_name, fixed.plots, fields, transform_context=transform_context)
    else:
        wkb_type = results.output_wkb_type(fixed.plots)
        fields = _with_new_attributes(fields, fixed.plots)  # e.g. the part number of split plots
        field_list = list(fields)
        rows = (
            (
                [results._source_value(f, plot.attributes.get(f.name())) for f in field_list],
                results.fit_geometry(plot.geometry, wkb_type),
            )
            for plot in fixed.plots
        )
        uri = results.write_layer(path, layer_name, fields, wkb_type, rows, transform_context)
    if feedback is not None:
        feedback.check()
        feedback.set_progress(60)
    report = validate(fixed.plots)
    issues_uri = None
    if report.issues:
        issues_uri = results.write_issues_layer(
            path, f"{layer_name}_issues", fixed.plots, report, transform_context=transform_context
        )
    if feedback is not None:
        feedback.set_progress(100)
    return {"uri": uri, "issues_uri": issues_uri, "changes": list(fixed.changes), "report": report,
            "plots": fixed.plots}


def _with_new_attributes(fields: Any, plots: list) -> Any:
    """``fields`` plus a field for every attribute a fix added to the plots (e.g. ``vantage_part``)."""
    from qgis.core import QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    out = QgsFields(fields)
    for plot in plots:
        for name, value in plot.attributes.items():
            if out.lookupField(name) >= 0 or value is None:
                continue
            kind = (
                QVariant.LongLong if isinstance(value, int) and not isinstance(value, bool)
                else QVariant.Double if isinstance(value, float) else QVariant.String
            )
            out.append(QgsField(name, kind))
    return out


def bundled_options(catalog_path: str = "", harvest_date: Optional[str] = None, commodity: Optional[str] = None) -> Any:
    """``BundledOptions.from_catalog`` of the catalog at ``catalog_path`` (else the default catalog)."""
    from ..core.engine.catalog import Catalog
    from ..core.engine.options import BundledOptions

    catalog = Catalog.load_or_default(catalog_path or None)
    overrides = {k: v for k, v in {"harvest_date": harvest_date, "commodity": commodity}.items() if v}
    return BundledOptions.from_catalog(catalog, **overrides)


def api_options(
    dry_run: bool = True,
    harvest_date: Optional[str] = None,
    commodity: Optional[str] = None,
    state_path: Optional[str] = None,
) -> Any:
    """``core.api.workflow.ApiOptions`` for a job (dry run unless the user turned it off).

    ``state_path`` keeps registered plots and job ids beside the results, so checking again into the
    same output resumes the same job instead of paying for a new one."""
    from ..core.api.workflow import ApiOptions

    return ApiOptions(
        dry_run=bool(dry_run),
        harvest_date=harvest_date or None,
        commodity=commodity or None,
        state_path=state_path or None,
    )


def check_job(
    plots: list,
    engine: str,
    path: str,
    layer_name: str,
    feedback: Any = None,
    bundled: Optional[dict] = None,
    api: Optional[dict] = None,
    api_client: Any = None,
    confirm: Optional[Callable[[int, int, int], bool]] = None,
    source_fields: Any = None,
    transform_context: Any = None,
) -> dict:
    """``core.service.check_plots`` then ``results.write_results``.

    Returns ``{"uri", "output": CheckOutput, "summary": analysis.summarise(results)}``.
    """
    from qgis.core import QgsFields

    from ..core import analysis, service
    from . import results as writer

    kwargs: dict[str, Any] = {"feedback": feedback}
    if engine == service.ENGINE_BUNDLED:
        kwargs["bundled_options"] = bundled_options(**(bundled or {}))
    else:
        kwargs["api_client"] = api_client
        kwargs["api_options"] = api_options(**(api or {}))
        kwargs["confirm"] = confirm
    output = service.check_plots(plots, engine, **kwargs)
    if feedback is not None:
        feedback.check()
    uri = writer.write_results(
        path, layer_name, plots, output.results, source_fields if source_fields is not None else QgsFields(),
        transform_context=transform_context,
    )
    from .. import about  # issue 11: the run record the report and evidence maps read
    from ..core.run_record import record_check

    record_check(path, layer_name, engine, output, plugin_version=about.version(), input_name=layer_name,
                 plots=plots, bundled_options=kwargs.get("bundled_options"), api_options=kwargs.get("api_options"))
    return {"uri": uri, "output": output, "summary": analysis.summarise(output.results)}


def make_api_client(base_url: str, authcfg: str, is_cancelled: Optional[Callable[[], bool]] = None) -> Any:
    """A :class:`VantageClient` over the QGIS network stack (proxies, SSL settings) whose credentials
    are read from auth config ``authcfg`` at each login (``qgis_bridge.auth.credentials_source``)."""
    from ..core.api.client import VantageClient
    from .auth import credentials_source
    from .network import QgisTransport

    return VantageClient(base_url, credentials_source(authcfg), QgisTransport(is_cancelled=is_cancelled),
                         is_cancelled=is_cancelled)


def balance_job(api_client: Any, feedback: Any = None) -> Any:
    """``client.check_tokens()`` (a :class:`TokenBalance`)."""
    return api_client.check_tokens()


def jobs_page_job(api_client: Any, cursor: Optional[str] = None, limit: int = 20, feedback: Any = None) -> Any:
    """One page of the user's jobs, newest first (``client.list_jobs_page``)."""
    return api_client.list_jobs_page(limit=limit, cursor=cursor)
