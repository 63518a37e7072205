"""What a task freezes is collected after all once it is let go of: over repeated runs the frozen set
stays bounded and a garbage cycle made during a run is collected, where the old task (freeze after each
run, never undone: kept below as the reference) keeps every run's cycles; runs whose results are kept
pay no collection; garbage nothing let go of is collected once the frozen objects doubled; collections
that find nothing come less and less often."""

from __future__ import annotations

import gc
import weakref

import pytest

from tests.fixtures.round_seven_task import reference_run
from vantage_plugin.qgis_bridge import tasks

#: Objects in a run's garbage-to-be cycle (as the panel's outcome of a check holds its report and tallies):
#: more than ``FrozenObjects.FOUND_LITTLE`` of all frozen, as a check's are.
CYCLE = 10_000


class Node:
    """An object in a cycle with itself, holding :data:`CYCLE` more: only the cyclic collector frees them."""

    def __init__(self) -> None:
        self.me = self
        self.held = [[i] for i in range(CYCLE)]


@pytest.fixture
def payload_size():
    """Enough plain objects per run for letting go of them to be a quarter of all frozen (the rule)."""
    gc.unfreeze()
    gc.collect()
    yield max(20_000, len(gc.get_objects()) // 2)
    gc.unfreeze()


@pytest.fixture(autouse=True)
def fresh_record(monkeypatch):
    """A record of what tasks froze of this test's own (the share back-off of earlier tests forgotten)."""
    monkeypatch.setattr(tasks, "FROZEN", tasks.FrozenObjects())


def runs(count: int, size: int, cycle: bool = True) -> tuple[list[weakref.ref], list[int]]:
    """``count`` tasks, each making ``size`` plain objects and a garbage-to-be cycle; the caller shows a
    run's result until the next one comes, then lets go of it as the panel does (its lists emptied, its
    cycle dropped). The cycles' weak references and the freeze count after each run."""
    def work(feedback=None):
        return {"rows": [[i] for i in range(size)], "cycle": Node() if cycle else set()}

    cycles, frozen, shown = [], [], None
    for _ in range(count):
        task = tasks.CoreTask("run", work)
        assert tasks.run_now(task)
        if shown is not None:
            shown["rows"].clear()
        shown, task.result = task.result, None
        cycles.append(weakref.ref(shown["cycle"]) if cycle else None)
        frozen.append(gc.get_freeze_count())
    shown["rows"].clear()
    shown = None
    return cycles, frozen


def test_repeated_runs_keep_the_frozen_set_bounded_and_collect_their_cycles(payload_size, monkeypatch):
    cycles, frozen = runs(6, payload_size)
    # every run's cycle but those of the last two (the one on show, the one let go of meanwhile) is gone
    assert [ref() is None for ref in cycles[:-2]] == [True] * 4
    assert max(frozen[2:]) <= frozen[1] + CYCLE  # no growth from run to run
    assert tasks.FROZEN.collections >= 4

    gc.unfreeze()
    gc.collect()
    monkeypatch.setattr(tasks.CoreTask, "run", reference_run)
    old_cycles, old_frozen = runs(6, payload_size)
    assert [ref() is None for ref in old_cycles] == [False] * 6  # the reference keeps every cycle…
    growth = [b - a for a, b in zip(old_frozen, old_frozen[1:])]
    assert min(growth) >= CYCLE  # …and grows by a run's cycle every run
    gc.unfreeze()
    gc.collect()
    assert [ref() is None for ref in old_cycles] == [True] * 6  # they were garbage all along


def test_a_cycle_made_during_a_run_is_collected_after_it(payload_size):
    def make(feedback=None):
        return {"rows": [[i] for i in range(payload_size)], "cycle": Node()}

    task = tasks.CoreTask("makes a cycle", make)
    assert tasks.run_now(task)
    cycle = weakref.ref(task.result["cycle"])
    task.result["rows"].clear()  # the panel lets go of the result
    task.result = None
    assert cycle() is not None and gc.get_freeze_count() > 0  # frozen: no collection reaches it
    gc.collect()
    assert cycle() is not None
    assert tasks.run_now(tasks.CoreTask("next", lambda feedback=None: None))
    assert cycle() is None


def test_runs_whose_results_are_kept_pay_no_collection(payload_size):
    kept = []

    def work(feedback=None):
        return [[i] for i in range(payload_size // 4)]

    before = tasks.FROZEN.collections
    for _ in range(4):
        task = tasks.CoreTask("kept", work)
        assert tasks.run_now(task)
        kept.append(task.result)
    assert tasks.FROZEN.collections == before
    assert gc.get_freeze_count() >= payload_size  # all of it frozen: later collections skip it


def test_collections_that_find_nothing_come_less_and_less_often(payload_size):
    """Results without cycles let go of: each collection found nothing, so the next waits for twice as
    much let go of; a collection finding garbage brings the rules back."""
    runs(10, payload_size, cycle=False)
    assert 2 <= tasks.FROZEN.collections <= 4  # 9 results let go of, each a quarter or more of the frozen
    assert tasks.FROZEN.backoff >= 4
    gc.unfreeze()
    gc.collect()
    record = tasks.FROZEN
    record.backoff = 4
    cycles, _ = runs(8, payload_size)
    assert record.backoff == 1 and cycles[0]() is None


def test_garbage_nothing_let_go_of_is_collected_once_the_frozen_objects_doubled(payload_size):
    """Each run's result is one cycle, dropped whole: nothing is freed for the first rule to see, the
    frozen objects grow, and once they doubled a run collects them."""
    def one_cycle(feedback=None):
        node = Node()
        node.held = [[i] for i in range(payload_size // 2)]
        return node

    cycles, frozen = [], []
    for _ in range(8):
        task = tasks.CoreTask("one cycle", one_cycle)
        assert tasks.run_now(task)
        cycles.append(weakref.ref(task.result))
        task.result = None
        frozen.append(gc.get_freeze_count())
    assert tasks.FROZEN.collections >= 1
    assert [ref() is None for ref in cycles[:3]] == [True] * 3
    assert max(frozen) <= 2 * frozen[0] + payload_size  # never more than twice the first run's, and a run
