"""A task for small work (``pause_gc=False``, the Check tab's catalog read) leaves Python's collector
alone: on while it runs, nothing frozen after it (a frozen object is never collected)."""

from __future__ import annotations

import gc

from vantage_plugin.qgis_bridge import tasks


def test_small_work_neither_pauses_the_collector_nor_freezes():
    seen = {}

    def work(feedback=None):
        seen["collector_on"] = gc.isenabled()
        return [[i] for i in range(5000)]

    gc.unfreeze()
    try:
        task = tasks.CoreTask("small", work, pause_gc=False)
        assert tasks.run_now(task)
        assert seen["collector_on"] is True and gc.isenabled()
        assert gc.get_freeze_count() == 0 and len(task.result) == 5000
        assert tasks.run_now(tasks.CoreTask("large", work))  # the default, for comparison: frozen
        assert seen["collector_on"] is False and gc.get_freeze_count() >= 5001
    finally:
        gc.unfreeze()
