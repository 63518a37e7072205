"""validation.pairs: the pair rules run on given pairs only give exactly the duplicate-geometry and
overlap issues a full validation gives for those pairs, in its order.

The reference is the cross-chunk step as it was before (kept here, :func:`_previous`): every block of
plots validated in full (``validate``) and its pairs' issues kept (``chunks.pair_issues``). The plots
exercise identical polygons and points (a multipoint equal to a point), overlaps, containment, equal
boxes, holes, multipolygons, invalid (bow tie), spiked and zero-area polygons, coordinates out of
range or projected or not finite, polygons across the antimeridian (boxes spanning the world), null,
empty geometries and lines, in chunks of several sizes. Which plots validation compares is taken
from their own issues (``pairs.NOT_COMPARED``): checked against what validation hands its overlap
step.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
import shapely

from tests.fixtures.pair_plots import plots_for_pairs
from vantage_plugin.core import chunks
from vantage_plugin.core.chunks import CrossChunk
from vantage_plugin.core.plots import Plot, geometry_array
from vantage_plugin.core.validation import checks, pairs, validate

PAIR_CODES = ("DUPLICATE_GEOMETRY", "PLOTS_OVERLAP")


def _key(issue) -> tuple:
    return (issue.code, issue.severity, issue.message, issue.plot_index, issue.plot_label, issue.fix,
            issue.other_plot_index, repr(issue.location), repr(issue.params))


def _cross(plots: list[Plot], chunk: int) -> CrossChunk:
    cross = CrossChunk()
    for start in range(0, len(plots), chunk):
        part = plots[start:start + chunk]
        cross.add(part, validate(part).issues)
    return cross


def _previous(plots: list[Plot], cross: CrossChunk, block: int) -> list:
    """The cross-chunk pair issues as found before: each block validated in full."""
    found = []
    for indexes, pair_set in cross.pair_blocks(max_plots=block):
        again = [plots[k] for k in indexes]
        found += chunks.pair_issues(validate(again, check_overlaps=True).issues, pair_set)
    return found


def _light(plots: list[Plot], cross: CrossChunk, indexes: np.ndarray) -> list[Plot]:
    """The block's plots as read again: geometry, feature id and id only."""
    return [Plot(index=k, geometry=plots[k].geometry, source_fid=cross.fids[k], user_id=cross.ids[k])
            for k in indexes.tolist()]


@pytest.mark.parametrize("n, chunk, block, seed", [(240, 37, 50, 1), (300, 60, 7, 2), (200, 13, 1000, 3),
                                                   (160, 5, 1, 4)])
def test_given_pairs_give_the_issues_of_whole_block_validation_in_its_order(n, chunk, block, seed):
    plots = plots_for_pairs(n, seed)
    cross = _cross(plots, chunk)
    reference = _previous(plots, cross, block)
    found: list = []
    counted: Counter = Counter()
    for indexes, left, right in cross.pair_runs(max_plots=block):
        first, second = np.searchsorted(indexes, left), np.searchsorted(indexes, right)
        compared = cross.compared(indexes)
        light = _light(plots, cross, indexes)
        found += pairs.pair_issues(light, compared, first, second)
        counted += pairs.pair_issue_counts(geometry_array(light), compared, first, second)
    assert [_key(issue) for issue in found] == [_key(issue) for issue in reference]
    assert counted == Counter(issue.code for issue in reference)
    codes = Counter(issue.code for issue in reference)
    assert codes["DUPLICATE_GEOMETRY"] > 0 and codes["PLOTS_OVERLAP"] > 0
    # the plots validation leaves out of the pair rules are in candidate pairs here, and give nothing
    involved = np.unique(np.concatenate([np.concatenate([lft, rgt]) for _, lft, rgt in cross.pair_runs(block)]))
    not_compared = set(involved[~cross.compared(involved)].tolist())
    assert not_compared
    assert not {issue.plot_index for issue in found} & not_compared


@pytest.mark.parametrize("seed", [5, 6])
def test_every_pair_of_a_batch_gives_its_whole_validation(seed):
    """Given every pair of a batch (unordered, most not meeting), the pair rules give exactly the pair
    issues of ``validate`` over the batch, in its order."""
    plots = plots_for_pairs(150, seed)
    report = validate(plots)
    left_out = pairs.not_compared(report.issues)
    compared = np.array([k not in left_out for k in range(len(plots))])
    first, second = np.triu_indices(len(plots), 1)
    order = np.random.default_rng(seed).permutation(len(first))
    found = pairs.pair_issues(plots, compared, first[order], second[order])
    expected = [issue for issue in report.issues if issue.code in PAIR_CODES]
    assert expected and [_key(issue) for issue in found] == [_key(issue) for issue in expected]


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_the_plots_compared_are_those_validation_compares(seed, monkeypatch):
    """NOT_COMPARED read from a plot's own issues says exactly which plots validation hands its overlap
    step (the polygons valid, in range and not across the antimeridian; the points in range)."""
    handed: list = []
    original = checks._overlap_checks

    def spy(batch, geoms, polygons, points, *args, **kwargs):
        handed.append((polygons.copy(), points.copy()))
        return original(batch, geoms, polygons, points, *args, **kwargs)

    monkeypatch.setattr(checks, "_overlap_checks", spy)
    plots = plots_for_pairs(400, seed)
    report = validate(plots)
    (polygons, points), = handed
    geoms = geometry_array(plots)
    kind = shapely.get_type_id(geoms)
    left_out = pairs.not_compared(report.issues)
    compared = np.array([k not in left_out for k in range(len(plots))]) & ~shapely.is_empty(geoms)
    assert polygons.tolist() == np.flatnonzero(compared & np.isin(kind, (3, 6))).tolist()
    assert points.tolist() == np.flatnonzero(compared & np.isin(kind, (0, 4))).tolist()
    assert len(polygons) < np.isin(kind, (3, 6)).sum() and len(points) < np.isin(kind, (0, 4)).sum()


def test_issue_counts_add_counts_by_severity():
    counts = chunks.IssueCounts()
    counts.add_counts({"PLOTS_OVERLAP": 4, "DUPLICATE_GEOMETRY": 2, "GEOMETRY_NULL": 3})
    reference = chunks.IssueCounts()
    plots = [Plot(k, None) for k in range(3)] + [Plot(3, shapely.box(0, 0, 1, 1)), Plot(4, shapely.box(0, 0, 1, 1)),
                                                  Plot(5, shapely.box(0.5, 0.5, 2, 2))]
    reference.add([i for i in validate(plots).issues if i.code in ("PLOTS_OVERLAP", "DUPLICATE_GEOMETRY",
                                                                     "GEOMETRY_NULL")])
    assert (counts.error_count, counts.warning_count) == (reference.error_count, reference.warning_count) == (3, 6)
