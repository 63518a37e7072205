"""Runs, steps, progress and cancellation, shared by both engines, Processing and the dock.

Core functions take a :class:`Feedback`; QGIS adapts its ``QgsProcessingFeedback``/``QgsTask`` to it
(``qgis_bridge.feedback``), tests use :class:`Feedback` itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

SUCCESS = "success"
PARTIAL = "partial"
FAILED = "failed"
CANCELLED = "cancelled"

STEP_PENDING = "pending"
STEP_RUNNING = "running"
STEP_DONE = "done"
STEP_FAILED = "failed"
STEP_SKIPPED = "skipped"
STEP_CANCELLED = "cancelled"
#: Which status of a step says more when the runs of several chunks are added (:meth:`Run.absorb`).
_STATUS_WEIGHT = {STEP_PENDING: 0, STEP_SKIPPED: 1, STEP_DONE: 2, STEP_RUNNING: 3, STEP_CANCELLED: 4, STEP_FAILED: 5}


class Cancelled(Exception):
    """Raised by :meth:`Feedback.check` when the user cancelled."""


class Feedback:
    """Progress (0–100), messages and cancellation. Subclass or pass callbacks to forward them."""

    def __init__(
        self,
        on_progress: Optional[Callable[[float], None]] = None,
        on_message: Optional[Callable[[str], None]] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
    ) -> None:
        self._on_progress = on_progress
        self._on_message = on_message
        self._is_cancelled = is_cancelled
        self._cancelled = False
        self.progress = 0.0
        self.messages: list[str] = []

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled or bool(self._is_cancelled and self._is_cancelled())

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user cancelled."""
        if self.is_cancelled():
            raise Cancelled()

    def set_progress(self, percent: float) -> None:
        self.progress = max(0.0, min(100.0, percent))
        if self._on_progress:
            self._on_progress(self.progress)

    def info(self, message: str) -> None:
        self.messages.append(message)
        if self._on_message:
            self._on_message(message)

    def span(self, start: float, width: float) -> Span:
        """This feedback seen as ``start``…``start + width`` percent (cancellation shared)."""
        return Span(self, start, width)


class Span(Feedback):
    """A parent feedback (a :class:`Feedback`, or any object with ``set_progress``, ``is_cancelled`` and
    optionally ``cancel``, ``info``, ``warning``) seen as ``start``…``start + width`` percent of it: one
    step of a longer operation reports 0–100 on its own sub-range; cancelling either cancels both."""

    def __init__(self, parent: Any, start: float, width: float) -> None:
        super().__init__()
        self.parent, self.start, self.width = parent, float(start), float(width)

    def is_cancelled(self) -> bool:
        return self._cancelled or bool(self.parent is not None and self.parent.is_cancelled())

    def cancel(self) -> None:
        super().cancel()
        if self.parent is not None and hasattr(self.parent, "cancel"):
            self.parent.cancel()

    def set_progress(self, percent: float) -> None:
        super().set_progress(float(percent))
        if self.parent is not None:
            self.parent.set_progress(self.start + self.width * self.progress / 100.0)

    def info(self, message: str) -> None:
        self.messages.append(message)
        if self.parent is not None and hasattr(self.parent, "info"):
            self.parent.info(message)

    def warning(self, message: str) -> None:
        """A warning where the parent has them (Processing), else a message."""
        self.messages.append(message)
        if self.parent is not None and hasattr(self.parent, "warning"):
            self.parent.warning(message)
        elif self.parent is not None and hasattr(self.parent, "info"):
            self.parent.info(message)


@dataclass
class Step:
    name: str
    status: str = STEP_PENDING
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Run:
    """One engine run over a batch of plots: its steps, per-plot errors and final status."""

    engine: str
    step_names: tuple[str, ...]
    feedback: Feedback = field(default_factory=Feedback)
    steps: list[Step] = field(default_factory=list)
    plot_errors: dict[int, str] = field(default_factory=dict)
    status: str = ""
    forest_2020_min: Optional[float] = None
    """The forest threshold the bundled engine used (the raster kind's default when none was given)."""

    def __post_init__(self) -> None:
        if not self.steps:
            self.steps = [Step(name) for name in self.step_names]

    def step_named(self, name: str) -> Step:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(name)

    @contextmanager
    def step(self, name: str) -> Iterator[Step]:
        """Time a step, mark its status and move the overall progress on when it ends."""
        step = self.step_named(name)
        self.feedback.check()
        step.status = STEP_RUNNING
        self.feedback.info(f"{name}…")
        start = time.perf_counter()
        try:
            yield step
        except Cancelled:
            step.status = STEP_CANCELLED
            raise
        except Exception as error:
            step.status = STEP_FAILED
            step.detail = str(error)
            raise
        finally:
            step.seconds = time.perf_counter() - start
        if step.status == STEP_RUNNING:
            step.status = STEP_DONE
        done = sum(s.status in (STEP_DONE, STEP_SKIPPED, STEP_FAILED) for s in self.steps)
        self.feedback.set_progress(100.0 * done / len(self.steps))

    def skip(self, name: str, detail: str = "") -> None:
        step = self.step_named(name)
        step.status, step.detail = STEP_SKIPPED, detail

    def fail_plot(self, index: int, error: str) -> None:
        """Record that one plot failed; the batch goes on."""
        self.plot_errors.setdefault(index, error)

    def absorb(self, other: Run) -> None:
        """Add the run of another chunk of the same batch: step times summed, a step's status the
        most telling of the two (failed, cancelled, done, skipped, pending), per-plot errors merged.
        :meth:`finish` then decides the status of the whole batch."""
        for theirs in other.steps:
            try:
                mine = self.step_named(theirs.name)
            except KeyError:
                self.steps.append(Step(theirs.name, theirs.status, theirs.seconds, theirs.detail))
                continue
            mine.seconds += theirs.seconds
            if _STATUS_WEIGHT.get(theirs.status, 0) > _STATUS_WEIGHT.get(mine.status, 0):
                mine.status = theirs.status
                mine.detail = theirs.detail or mine.detail
            elif not mine.detail:
                mine.detail = theirs.detail
        for index, error in other.plot_errors.items():
            self.plot_errors.setdefault(index, error)
        if self.forest_2020_min is None:
            self.forest_2020_min = other.forest_2020_min

    def finish(self, plot_count: int, cancelled: bool = False) -> str:
        """Decide and return the final status."""
        if cancelled:
            self.status = CANCELLED
        elif plot_count and len(self.plot_errors) >= plot_count:
            self.status = FAILED
        elif self.plot_errors or any(s.status == STEP_FAILED for s in self.steps):
            self.status = PARTIAL
        else:
            self.status = SUCCESS
        return self.status

    def summary(self) -> dict:
        return {
            "engine": self.engine,
            "status": self.status,
            "steps": [
                {"name": s.name, "status": s.status, "seconds": round(s.seconds, 3), "detail": s.detail}
                for s in self.steps
            ],
            "failed_plots": len(self.plot_errors),
        }


@contextmanager
def gc_paused(pause: bool = True) -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration (then back as it was). A run makes
    hundreds of thousands of plots, result dicts and lists without cycles, which the collector would
    otherwise rescan again and again (13 % of the engine's time at 100,000 plots), each time holding
    the GIL, so that QGIS's window waits."""
    was_enabled = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause and was_enabled:
            gc.enable()


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Optional[Callable[[int], int]]:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, Windows, musl)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Hand the memory the C allocator holds free back to the system (glibc's ``malloc_trim``); whether it
    could be asked. Each thread that allocates gets an arena of its own, which keeps what the thread freed:
    at 1,000,000 plots the engine's read-ahead and overlap threads' arenas held 176 MB more at the peak
    (1,402 MB against 1,226 MB without read-ahead, 1,171 MB with one arena). Called between chunks
    (``qgis_bridge.operations.TRIM_EVERY_PLOTS``), when a check's chunks are done and once it has returned
    (``operations``), and last in the panel's task (``gui.check_outcome.check_and_count``)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
