"""A panel's slots on a :class:`CoreTask` are disconnected by ``detach`` (finished, cancelled, panel closed), on
the main thread with the GIL held, so no PyQt slot proxy still connected to the Python-made task is destroyed
later without the GIL (the deadlock ``network._release`` prevents for upload devices; see ``CoreTask.detach``)."""

from __future__ import annotations

import pytest

from vantage_plugin.qgis_bridge import tasks


def _work(feedback=None) -> int:
    feedback.set_progress(40.0)
    feedback.info("half way")
    return 7


@pytest.fixture
def followed(qgis_app):
    task = tasks.CoreTask("slots", _work)
    before = task.receivers(task.progressChanged)
    progress: list = []
    messages: list = []
    task.follow(progress.append, messages.append)
    assert task.receivers(task.progressChanged) == before + 1 and task.receivers(task.messageReceived) == 1
    return task, before, progress, messages


def test_a_finished_task_keeps_no_panel_slot(followed):
    task, before, progress, messages = followed
    assert tasks.run_now(task) and task.result == 7
    assert progress == [40.0] and messages == ["half way"]  # the slots were called while it ran
    assert task.receivers(task.progressChanged) == before and task.receivers(task.messageReceived) == 0


def test_a_cancelled_task_keeps_no_panel_slot(followed):
    task, before, _, _ = followed
    tasks._ALIVE.add(task)  # as tasks.start does, without running it
    try:
        tasks.cancel_all()
    finally:
        tasks._ALIVE.discard(task)
    assert task.receivers(task.progressChanged) == before and task.receivers(task.messageReceived) == 0
    task.detach()  # twice is harmless
