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
- A run pauses Python's collector and freezes what survives it (:class:`FrozenObjects`: collected after
  all once let go of); small work (``pause_gc=False``, :class:`LatestTask`) leaves the collector alone.
- :class:`MainThreadConfirm` lets a function running in a task ask the user a question (the API's
  "spend N tokens?") on the main thread and wait for the answer.
"""

from __future__ import annotations

import copy
import gc
import threading
import traceback
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, Qt, QThread, pyqtSignal, pyqtSlot

from ..about import LOG_TAG
from ..core.runs import Cancelled, Feedback, gc_paused

_ALIVE: set[CoreTask] = set()


class FrozenObjects:
    """The objects :meth:`CoreTask.run` freezes (``gc.freeze``), and when they are collected after all.

    Frozen, a run's results (100,000s of objects the panel shows) are never rescanned by a collection
    holding the GIL. But a frozen object that later becomes part of a garbage cycle is never collected
    either: the panel's outcome of a check is such a cycle once dropped, and 20 checks of 3,000 plots
    in a row kept 531,000 dead objects, 3.5 MB more each time. A collection can only find them by
    scanning every object alive (the GUI thread waits for it), so it is done when it pays, by rules like
    CPython's for its oldest generation, at the start of a run (one the user just asked for, never in
    the middle of work): once the objects let go of since the last collection are :data:`LET_GO_SHARE`
    of those still frozen (the panel dropped a result: its cycles are dead too), or the frozen objects
    grew by :data:`GROWTH_SHARE` of those frozen just after it (garbage nothing let go of: a result
    that is one cycle), everything is unfrozen and collected; the run's end freezes the survivors again.
    A collection that finds next to nothing (what was let go of held no cycle, the growth was results
    kept) doubles both shares for the next one, up to :data:`MAX_BACKOFF` times; one that finds garbage
    brings them back. The dead objects kept thus stay within a bounded multiple of those alive."""

    #: Let go of, this share of the frozen objects makes the next run collect.
    LET_GO_SHARE = 0.25
    #: Grown by this share of the frozen objects of just after the last collection, likewise.
    GROWTH_SHARE = 1.0
    #: The shares grow at most this many times after collections that found next to nothing.
    MAX_BACKOFF = 32
    #: A collection finding fewer dead objects than this share of those it scanned found next to nothing.
    FOUND_LITTLE = 0.01

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.let_go = 0  # frozen objects freed since the last collection (counted at each run's ends)
        self.counted = 0  # gc.get_freeze_count() when last counted
        self.base = 0  # gc.get_freeze_count() after the first freeze since the last collection
        self.backoff = 1
        self.collections = 0

    def _count(self) -> int:
        frozen = gc.get_freeze_count()
        self.let_go += max(0, self.counted - frozen)
        self.counted = frozen
        return frozen

    def due(self, frozen: int) -> bool:
        """Whether enough was let go of, or the frozen objects grew enough, to collect."""
        if not frozen:
            return False
        grown = frozen - self.base if self.base else 0
        return (self.let_go >= self.LET_GO_SHARE * self.backoff * frozen
                or grown >= self.GROWTH_SHARE * self.backoff * self.base)

    def collect_if_let_go(self) -> int:
        """At a run's start: unfreeze and collect when :meth:`due`; the number of dead objects found (0 when
        nothing was done)."""
        with self.lock:
            frozen = self._count()
            if not frozen:  # nothing frozen (someone unfroze): nothing of ours left uncollectable
                self.let_go = self.base = 0
            if not self.due(frozen):
                return 0
            gc.unfreeze()
            found = gc.collect()
            self.let_go = self.counted = self.base = 0
            self.collections += 1
            little = found < self.FOUND_LITTLE * frozen
            self.backoff = min(self.backoff * 2, self.MAX_BACKOFF) if little else 1
            return found

    def freeze(self) -> None:
        """At a run's end: what the run let go of counted, then every object alive frozen."""
        with self.lock:
            self._count()
            gc.freeze()
            self.counted = gc.get_freeze_count()
            if not self.base:
                self.base = self.counted


#: The one record of what tasks froze (the freeze is the whole interpreter's).
FROZEN = FrozenObjects()


class CoreTask(QgsTask):
    """``fn(**data, **services, feedback=Feedback)`` in a background thread.

    ``data`` holds plain values (plots, options, paths): it is deep-copied when the task is made.
    ``services`` holds objects that must be shared, not copied (an API client, a confirm callback).
    ``on_success(result)``, ``on_failure(error, details)`` and ``on_cancelled()`` run on the main thread.
    ``pause_gc=False`` for small work (reading a catalog): the collector is left alone, nothing frozen.
    """

    messageReceived = pyqtSignal(str)

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
        pause_gc: bool = True,
    ) -> None:
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
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
        self._followers: list[tuple[Callable[[float], None], Callable[[str], None]]] = []
        self.result: Any = None
        self.error: Optional[BaseException] = None
        self.details = ""
        self.was_cancelled = False
        self.pause_gc = pause_gc

    # --- worker thread ---------------------------------------------------------------------
    def run(self) -> bool:  # QgsTask API
        # Collected as they are made, the task's objects would be rescanned by every full collection
        # while it holds the GIL (a 205 ms stall of QGIS's window at 20,000 plots): the collector is
        # paused for the run, then the survivors are frozen, so later collections skip them. What
        # earlier runs froze and the panel let go of since is collected first (FROZEN).
        try:
            with gc_paused(self.pause_gc):
                if self.pause_gc:
                    FROZEN.collect_if_let_go()
                self.result = self.fn(**self.data, **self.services, feedback=self.feedback)
                if self.pause_gc:
                    FROZEN.freeze()
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
    def finished(self, result: bool) -> None:  # QgsTask API
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
        finally:
            self._let_go()

    def _let_go(self) -> None:
        """Break the cycles through the task once it is over: its callbacks and services usually hold
        it, its feedback holds its bound methods. Frozen by ``gc.freeze`` in :meth:`run`, such cycles
        would stay in memory, with every run's outcome (100,000s of plots), until :data:`FROZEN`
        collects them (a scan of every object alive)."""
        self.detach()
        self.services = {}
        self.feedback = Feedback()

    def follow(self, on_progress: Callable[[float], None], on_message: Callable[[str], None]) -> None:
        """Connect a panel's progress and message slots; :meth:`detach` disconnects them."""
        self.progressChanged.connect(on_progress)
        self.messageReceived.connect(on_message)
        self._followers.append((on_progress, on_message))

    def detach(self) -> None:
        """Forget the callbacks (their widgets are going away) and disconnect the slots of :meth:`follow`.

        Disconnected here, on the main thread with the GIL held, not left to Qt: PyQt's slot proxies are
        destroyed later by a deferred delete, without the GIL, and ``~QObject`` then calls
        ``disconnectNotify`` on this Python-made task (sip takes the GIL for it) while holding one of Qt's
        pooled signal/slot mutexes, the deadlock ``network._release`` prevents for upload devices."""
        self.on_success = self.on_failure = self.on_cancelled = None
        followers, self._followers = self._followers, []
        for on_progress, on_message in followers:
            for signal, slot in ((self.progressChanged, on_progress), (self.messageReceived, on_message)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):  # already disconnected, or the C++ task is gone
                    pass


class LatestTask:
    """At most one small task of a kind whose answer the panel waits for (a catalog read, a look for
    data files): each :meth:`ask` drops the late answer of the one before, and :meth:`close` drops the
    last (the panel closes). The work runs as ``CoreTask(pause_gc=False)``: the GUI thread never waits
    on it, however long a file on an unreachable share takes to answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.task: Optional[CoreTask] = None

    def ask(
        self,
        fn: Callable[..., Any],
        data: dict[str, Any],
        on_answer: Callable[[Any], None],
        on_failure: Optional[Callable[[BaseException, str], None]] = None,
    ) -> CoreTask:
        """Start ``fn(**data)``; ``on_answer(result)`` or ``on_failure(error, details)`` on the main thread,
        unless a newer question was asked or :meth:`close` was called meanwhile."""
        self.close()

        def answered(result: Any) -> None:
            if self.task is task:
                self.task = None
                on_answer(result)

        def failed(error: BaseException, details: str) -> None:
            if self.task is task:
                self.task = None
                if on_failure is not None:
                    on_failure(error, details)

        def cancelled() -> None:
            if self.task is task:
                self.task = None

        task = CoreTask(self.description, fn, data=data, on_success=answered, on_failure=failed,
                        on_cancelled=cancelled, pause_gc=False)
        self.task = task
        return start(task)

    def pending(self) -> bool:
        """Whether the last question is still waiting for its answer."""
        return self.task is not None

    def close(self) -> None:
        """Cancel the question on its way and forget its answer."""
        task, self.task = self.task, None
        if task is not None and not sip.isdeleted(task):
            task.detach()
            task.cancel()


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


# --- the API work the dock hands to tasks ------------------------------------------------------
# Plain functions of plain data (``feedback`` last, as :class:`CoreTask` calls them). Reading,
# validating, fixing, checking and writing plots are in ``qgis_bridge.operations``.


def balance_job(api_client: Any, feedback: Any = None) -> Any:
    """``client.check_tokens()`` (a :class:`TokenBalance`)."""
    return api_client.check_tokens()


def jobs_page_job(api_client: Any, cursor: Optional[str] = None, limit: int = 20, feedback: Any = None) -> Any:
    """One page of the user's jobs, newest first (``client.list_jobs_page``)."""
    return api_client.list_jobs_page(limit=limit, cursor=cursor)
