"""Letting go of 100,000s of objects without freezing QGIS: freeing them all at once (their last
reference) holds the GUI thread for a tenth of a second or more, so the lists the panel no longer
shows are emptied a chunk per event-loop turn."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import QObject, QTimer

#: Objects freed per event-loop turn (a few milliseconds of work).
CHUNK = 5000


class SlicedRelease(QObject):
    """Empties the lists handed to :meth:`release` from their end, :data:`CHUNK` items a turn.

    The lists must be the panel's own, no longer read by anyone: they are emptied in place."""

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._lists: list[list] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)

    def release(self, *lists: list) -> None:
        self._lists.extend(items for items in lists if items)
        if self._lists:
            self.timer.start()

    def pending(self) -> int:
        """How many items are still to be let go of."""
        return sum(len(items) for items in self._lists)

    def _step(self) -> None:
        items = self._lists[-1]
        del items[-CHUNK:]
        if not items:
            self._lists.pop()
        if self._lists:
            self.timer.start()
