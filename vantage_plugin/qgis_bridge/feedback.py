"""Bridge between the core's :class:`~vantage_plugin.core.runs.Feedback` and QGIS feedback objects.

* :func:`core_feedback` wraps a ``QgsFeedback`` / ``QgsProcessingFeedback`` (or ``None``) as a core
  ``Feedback``: progress goes to ``setProgress``, messages to ``pushInfo`` (Processing log) and
  cancellation is read from ``isCanceled()``.
* :class:`QgsFeedbackAdapter` goes the other way: a ``QgsFeedback`` whose cancellation cancels a core
  ``Feedback`` (for QGIS calls such as ``QgsBlockingNetworkRequest`` made on behalf of core code).
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFeedback, QgsProcessingFeedback

from ..core.runs import Feedback


class ProcessingFeedback(Feedback):
    """A core ``Feedback`` forwarding to a ``QgsFeedback`` (Processing, tasks or a plain feedback).

    ``start``/``span`` map the core's 0–100 progress onto a slice of the QGIS progress bar, so an
    algorithm can run several core steps (read, validate, check, write) on one bar.
    """

    def __init__(self, qgs_feedback: Optional[QgsFeedback], start: float = 0.0, span: float = 100.0) -> None:
        super().__init__()
        self.qgs_feedback = qgs_feedback
        self.start = start
        self.width = span

    def is_cancelled(self) -> bool:
        if self.qgs_feedback is not None and self.qgs_feedback.isCanceled():
            return True
        return super().is_cancelled()

    def cancel(self) -> None:
        super().cancel()
        if self.qgs_feedback is not None:
            self.qgs_feedback.cancel()

    def set_progress(self, percent: float) -> None:
        super().set_progress(percent)
        if self.qgs_feedback is not None:
            self.qgs_feedback.setProgress(self.start + self.width * self.progress / 100.0)

    def info(self, message: str) -> None:
        super().info(message)
        if isinstance(self.qgs_feedback, QgsProcessingFeedback):
            self.qgs_feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        """A message Processing shows as a warning (plain info elsewhere)."""
        self.messages.append(message)
        if isinstance(self.qgs_feedback, QgsProcessingFeedback):
            self.qgs_feedback.reportError(message, fatalError=False)

    def slice(self, start: float, span: float) -> ProcessingFeedback:
        """A feedback for one stage, reporting into ``[start, start + span]`` of this one's range."""
        child = ProcessingFeedback(self.qgs_feedback, self.start + self.width * start / 100.0,
                                   self.width * span / 100.0)
        child._cancelled = self._cancelled
        return child


def core_feedback(qgs_feedback: Optional[QgsFeedback], start: float = 0.0, span: float = 100.0) -> ProcessingFeedback:
    """A core ``Feedback`` reporting to ``qgs_feedback`` (which may be ``None``)."""
    return ProcessingFeedback(qgs_feedback, start, span)


class QgsFeedbackAdapter(QgsFeedback):
    """A ``QgsFeedback`` that mirrors a core ``Feedback``: cancelling either cancels both."""

    def __init__(self, feedback: Feedback) -> None:
        super().__init__()
        self.core = feedback
        self.canceled.connect(feedback.cancel)
        self.progressChanged.connect(lambda value: feedback.set_progress(float(value)))

    def isCanceled(self) -> bool:
        if self.core.is_cancelled() and not super().isCanceled():
            super().cancel()
        return super().isCanceled()

    def sync(self) -> bool:
        """Propagate a core cancellation to this QGIS feedback; returns whether cancelled."""
        return self.isCanceled()
