"""core.runs: Feedback.span (a step's 0-100 on a sub-range of its parent) and Run.absorb (chunks' runs added)."""

from __future__ import annotations

import pytest

from vantage_plugin.core.runs import (
    FAILED,
    PARTIAL,
    STEP_DONE,
    STEP_FAILED,
    STEP_SKIPPED,
    SUCCESS,
    Cancelled,
    Feedback,
    Run,
    Span,
)


def test_span_maps_progress_and_shares_cancellation():
    seen, messages = [], []
    parent = Feedback(on_progress=seen.append, on_message=messages.append)
    step = parent.span(20, 50)
    step.set_progress(50)
    inner = step.span(0, 10)
    inner.set_progress(100)
    assert seen == [45.0, 25.0]
    assert step.progress == 10.0 and inner.progress == 100.0
    inner.info("hello")
    assert messages == ["hello"]
    parent.cancel()
    with pytest.raises(Cancelled):
        inner.check()


def test_span_cancel_reaches_the_parent_and_any_parent_works():
    class Bare:
        def __init__(self):
            self.progress, self.cancelled = None, False

        def set_progress(self, value):
            self.progress = value

        def is_cancelled(self):
            return self.cancelled

    bare = Bare()
    step = Span(bare, 10, 10)
    step.set_progress(250)  # clamped to 100
    step.warning("no warning or info on the parent: kept here")
    assert bare.progress == 20.0 and step.messages
    parent = Feedback()
    child = parent.span(0, 100)
    child.cancel()
    assert parent.is_cancelled()


def _run(status_by_step, errors=()):
    run = Run("bundled", tuple(status_by_step))
    for step in run.steps:
        step.status, step.seconds = status_by_step[step.name], 1.5
    for index in errors:
        run.fail_plot(index, f"plot {index} failed")
    return run


def test_absorb_adds_times_keeps_the_telling_status_and_errors():
    run = _run({"prepare": STEP_DONE, "forest": STEP_SKIPPED, "loss": STEP_DONE})
    run.absorb(_run({"prepare": STEP_DONE, "forest": STEP_DONE, "loss": STEP_FAILED}, errors=(7,)))
    run.absorb(_run({"prepare": STEP_DONE, "forest": STEP_SKIPPED, "loss": STEP_DONE, "admin": STEP_DONE}))
    assert [(s.name, s.status, s.seconds) for s in run.steps] == [
        ("prepare", STEP_DONE, 4.5), ("forest", STEP_DONE, 4.5), ("loss", STEP_FAILED, 4.5), ("admin", STEP_DONE, 1.5)]
    assert run.plot_errors == {7: "plot 7 failed"}
    assert run.finish(10) == PARTIAL


def test_absorb_then_finish_decides_over_all_chunks():
    ok = _run({"prepare": STEP_DONE})
    ok.absorb(_run({"prepare": STEP_DONE}))
    assert ok.finish(4) == SUCCESS
    bad = _run({"prepare": STEP_DONE}, errors=(0, 1))
    bad.absorb(_run({"prepare": STEP_DONE}, errors=(2,)))
    assert bad.finish(3) == FAILED


def test_absorb_keeps_the_forest_threshold_a_chunk_used():
    run = _run({"prepare": STEP_DONE})  # a chunk with no forest data: no threshold
    other = _run({"prepare": STEP_DONE})
    other.forest_2020_min = 10.0
    run.absorb(other)
    assert run.forest_2020_min == 10.0
