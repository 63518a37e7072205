"""qgis_bridge/tasks.py: core work in a QgsTask (errors, cancellation, copied data, the collector paused),
and questions asked on the main thread."""

from __future__ import annotations

import gc
import threading
import time

from tests.qgis.support import wait_for
from vantage_plugin.core.runs import Feedback
from vantage_plugin.qgis_bridge import tasks


def test_task_surfaces_exceptions_in_finished():
    failures = []

    def boom(feedback):
        raise ValueError("bad plot")

    task = tasks.CoreTask("boom", boom, on_failure=lambda error, details: failures.append((error, details)))
    tasks.start(task)
    wait_for(lambda: failures)
    assert isinstance(failures[0][0], ValueError) and "bad plot" in failures[0][1]
    assert task not in tasks.running()


def test_a_task_pauses_the_collector_and_freezes_what_it_made():
    """The objects a task makes are never rescanned by a later collection holding the GIL (GUI stalls)."""
    seen = {}

    def work(feedback=None):
        seen["collector_on"] = gc.isenabled()
        return [[i] for i in range(5000)]  # 5,001 tracked containers

    gc.unfreeze()
    try:
        before = gc.get_freeze_count()
        task = tasks.CoreTask("many objects", work)
        assert tasks.run_now(task)
        assert seen["collector_on"] is False and gc.isenabled()
        assert gc.get_freeze_count() >= before + 5001
        assert len(task.result) == 5000
    finally:
        gc.unfreeze()


def test_task_copies_its_data_and_cancel_reaches_the_core_feedback():
    seen = {}
    started = threading.Event()
    cancelled = []

    def slow(items, feedback: Feedback):
        seen["items"] = items
        started.set()
        for _ in range(2000):
            feedback.check()
            time.sleep(0.005)
        return "finished"

    data = {"items": [1, 2, 3]}
    task = tasks.CoreTask("slow", slow, data=data, on_cancelled=lambda: cancelled.append(True))
    assert task.data["items"] is not data["items"]
    tasks.start(task)
    assert task in tasks.running()
    assert started.wait(10)
    task.cancel()
    assert task.feedback.is_cancelled()
    wait_for(lambda: cancelled)
    assert seen["items"] == [1, 2, 3]


def test_cancel_all_detaches_callbacks():
    called = []
    started = threading.Event()

    def slow(feedback):
        started.set()
        while True:
            feedback.check()
            time.sleep(0.005)

    task = tasks.CoreTask("slow", slow, on_cancelled=lambda: called.append("cancelled"))
    tasks.start(task)
    assert started.wait(10)
    tasks.cancel_all()
    wait_for(lambda: task not in tasks.running())
    assert called == []


def test_main_thread_confirm_returns_false_when_cancelled_while_waiting():
    flag = threading.Event()
    confirm = tasks.MainThreadConfirm(lambda *args: True, is_cancelled=flag.is_set)
    answers = []

    def worker():
        answers.append(confirm(1, 2, 3))

    thread = threading.Thread(target=worker)
    flag.set()  # cancelled before the main thread ever answers
    thread.start()
    thread.join(5)
    assert answers == [False]
    assert confirm(1, 2, 3) is True  # on the main thread it asks directly
