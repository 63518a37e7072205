"""A check's outcome shown by the panel is freed by reference counting once the panel lets it go: the
steps that show it leave no reference cycle holding it (such a cycle waits for a full collection, and
objects frozen by a task's run are collected only by ``tasks.FROZEN``'s rules)."""

from __future__ import annotations

import gc
import weakref

from qgis.PyQt.QtCore import QCoreApplication, QEvent


class _Marker:
    """Something held by the outcome, to see when the outcome is freed."""


def _shown(dock, outcome: dict, steps: list) -> None:
    dock._opening = outcome
    dock._next_step(outcome, steps)
    for _ in range(200):
        if dock._opening is None:
            return
        QCoreApplication.processEvents()
    raise AssertionError("the steps were not all run")


def test_the_outcome_is_freed_without_a_collection_once_shown(dock):
    marker = _Marker()
    held = weakref.ref(marker)
    ran = []
    outcome = {"marker": marker}
    del marker
    gc.disable()
    try:
        _shown(dock, outcome, [lambda: ran.append(1), lambda: ran.append(2), lambda: ran.append(3)])
        del outcome
        # PyQt frees a fired single-shot's slot with a deferred delete: what the event loop does next
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert ran == [1, 2, 3]
        assert held() is None  # freed by reference counting alone
    finally:
        gc.enable()


def test_a_newer_check_drops_the_steps_of_the_older_one(dock):
    ran = []
    older, newer = {"n": 1}, {"n": 2}
    dock._opening = older
    dock._next_step(older, [lambda: ran.append("older 1"), lambda: ran.append("older 2")])
    _shown(dock, newer, [lambda: ran.append("newer 1"), lambda: ran.append("newer 2")])
    assert ran == ["newer 1", "newer 2"]
