"""Round six of validation's speed work: the report's per-plot issues grouped at the first question,
the young objects promoted without a scan at the end, and the one STRtree query (``tree_pairs``)
shared by the overlap checks and ``pairs``.

The references are computed here independently: the grouping and the blocked set by a plain loop
over the issues, the candidate pairs by comparing every two bounding boxes.
"""

from __future__ import annotations

import gc

import numpy as np
import pytest
import shapely

from tests.fixtures.pair_plots import plots_for_pairs
from vantage_plugin.core.validation import checks, validate
from vantage_plugin.core.validation.issues import Severity


@pytest.mark.parametrize("seed", [3, 4])
def test_issues_for_and_blocked_match_a_plain_grouping(seed):
    plots = plots_for_pairs(300, seed)
    report = validate(plots)
    assert report._by_plot is None  # not made until asked
    expected: dict[int, list] = {}
    for issue in report.issues:
        expected.setdefault(issue.plot_index, []).append(issue)
    blocked = {index for index, group in expected.items() if any(i.severity is Severity.ERROR for i in group)}
    assert report.blocked == blocked and blocked
    assert report.valid_indices == [plot.index for plot in plots if plot.index not in blocked]
    for plot in plots:
        assert report.issues_for(plot.index) == expected.get(plot.index, [])
    assert report.issues_for(-1) == []
    # A copy each time: changing it leaves the report as it was.
    report.issues_for(plots[0].index).append(None)
    assert report.issues_for(plots[0].index) == expected.get(plots[0].index, [])


def test_promote_young_moves_tracked_objects_to_the_oldest_generation():
    was = gc.isenabled()
    gc.disable()
    try:
        made = [[k] for k in range(5000)]  # tracked objects, made while the collector is off
        assert gc.get_count()[0] >= 5000
        checks._promote_young()
        assert gc.get_count()[0] < 100
        oldest = {id(obj) for obj in gc.get_objects(generation=2)}
        assert all(id(obj) in oldest for obj in made)
    finally:
        if was:
            gc.enable()


def test_promote_young_leaves_a_callers_frozen_objects_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        checks._promote_young()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("run", [7, 10_000])
def test_tree_pairs_are_the_pairs_of_meeting_boxes(monkeypatch, run):
    monkeypatch.setattr(checks, "_RAGGED_RUN", run)
    rng = np.random.default_rng(11)
    x, y = rng.uniform(0, 10, 60), rng.uniform(0, 10, 60)
    shapes = shapely.box(x, y, x + rng.uniform(0, 2, 60), y + rng.uniform(0, 2, 60))
    bounds = shapely.bounds(shapes)
    meet = ((bounds[:, None, 0] <= bounds[None, :, 2]) & (bounds[None, :, 0] <= bounds[:, None, 2])
            & (bounds[:, None, 1] <= bounds[None, :, 3]) & (bounds[None, :, 1] <= bounds[:, None, 3]))
    for rows in (None, np.array([2, 5, 9, 30, 59])):
        left, right = checks.tree_pairs(shapes, rows)
        queried = np.arange(len(shapes)) if rows is None else rows
        expected = {(int(i), int(j)) for i in queried for j in np.flatnonzero(meet[i])}
        assert set(zip(left.tolist(), right.tolist())) == expected
        assert len(left) == len(expected)
        assert (np.diff(left) >= 0).all()  # queried rows in order
    left, right = checks.tree_pairs(shapes, np.zeros(0, dtype=np.int64))
    assert len(left) == len(right) == 0
