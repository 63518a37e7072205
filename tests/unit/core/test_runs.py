"""Run bookkeeping: step statuses, progress, cancellation, final status."""

import pytest

from vantage_plugin.core import runs


def test_steps_progress_and_success():
    seen = []
    run = runs.Run("bundled", ("a", "b"), feedback=runs.Feedback(on_progress=seen.append))
    with run.step("a"):
        pass
    with run.step("b"):
        pass
    assert [s.status for s in run.steps] == ["done", "done"]
    assert seen == [50.0, 100.0]
    assert run.finish(3) == "success"


def test_one_failed_plot_makes_the_run_partial_and_all_failed_makes_it_failed():
    run = runs.Run("bundled", ("a",))
    run.fail_plot(1, "boom")
    assert run.finish(3) == "partial"
    run.fail_plot(0, "x")
    run.fail_plot(2, "y")
    assert run.finish(3) == "failed"


def test_cancel_stops_before_the_next_step_and_keeps_finished_ones():
    feedback = runs.Feedback()
    run = runs.Run("bundled", ("a", "b"), feedback=feedback)
    with run.step("a"):
        pass
    feedback.cancel()
    with pytest.raises(runs.Cancelled):
        with run.step("b"):
            pass
    assert run.step_named("a").status == "done"
    assert run.finish(1, cancelled=True) == "cancelled"


def test_a_failing_step_is_marked_and_reraised():
    run = runs.Run("bundled", ("a",))
    with pytest.raises(ValueError):
        with run.step("a"):
            raise ValueError("bad raster")
    assert run.step_named("a").status == "failed"
    assert run.step_named("a").detail == "bad raster"
