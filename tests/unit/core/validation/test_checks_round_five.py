"""Round five's validation against round four's code kept unchanged as the reference
(``round_four_reference``): the same issues in the same order, every field equal (code, severity,
message, plot, label, fix, other plot, location, params). The plots exercise holes, multi-part plots,
plots inside others, touching and identical plots, spikes, invalid and non-star rings, points,
sliver overlaps, the antimeridian, geometries on a precision grid, a dense field of overlapping
star-shaped plots (most pairs through the crossings of their outlines), and the runs' boundaries."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, box

from tests.fixtures.issue_compare import assert_same_issues
from tests.fixtures.validation_plots import mixed_plots
from tests.unit.core.validation.round_four_reference import checks as old_checks
from tests.unit.core.validation.round_four_reference import overlap_area as old_overlap_area
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import checks, overlap_area

TODAY = dt.date(2025, 6, 30)
_FIELDS = ("code", "severity", "message", "plot_index", "plot_label", "fix", "other_plot_index", "location", "params")


def _star(rng: np.random.Generator, cx: float, cy: float, r: float, m: int, rough: float = 0.2) -> Polygon:
    angle = np.sort(rng.uniform(0, 2 * math.pi, m))
    radius = r * (1 + rng.uniform(-rough, rough, m))
    return Polygon(np.column_stack([cx + radius * np.cos(angle), cy + radius * np.sin(angle)]))


def _dense_plots(n: int, seed: int) -> list[Plot]:
    """``n`` rough star-shaped plots (a third clockwise) packed so that most overlap a few others, with
    the edge cases among them."""
    rng = np.random.default_rng(seed)
    side = 0.0025 * math.sqrt(n)
    shapes: list = []
    for k in range(n):
        shape = _star(rng, -60.0 + rng.uniform(0, side), -10.0 + rng.uniform(0, side), rng.uniform(4e-4, 3e-3),
                      int(rng.integers(4, 80)))
        shapes.append(shape.reverse() if k % 3 == 0 else shape)
    c = shapes[0].centroid
    shapes += [
        # A plot with a hole, a two-part plot, a plot inside another, its copy started elsewhere.
        Polygon(box(c.x - 1e-3, c.y - 1e-3, c.x + 1e-3, c.y + 1e-3).exterior.coords,
                [box(c.x - 2e-4, c.y - 2e-4, c.x + 2e-4, c.y + 2e-4).exterior.coords]),
        MultiPolygon([box(c.x, c.y, c.x + 5e-4, c.y + 5e-4), box(c.x + 1e-3, c.y, c.x + 1.5e-3, c.y + 5e-4)]),
        _star(rng, c.x, c.y, 5e-5, 9, rough=0.05),
        Polygon(list(shapes[1].exterior.coords)[:-1][2:] + list(shapes[1].exterior.coords)[:-1][:2]),
        shapes[2],
        # Touching boxes (a shared edge, a shared corner), a sliver overlap of 1e-9 degrees.
        box(-59.9, -9.9, -59.899, -9.899), box(-59.899, -9.9, -59.898, -9.899), box(-59.898, -9.899, -59.897, -9.898),
        box(-59.89, -9.9, -59.889, -9.899), box(-59.889 - 1e-9, -9.9, -59.888, -9.899),
        # A bow tie, a spike, a sharp spike, a zero-area ring, a comb (not star-shaped: GEOS decides).
        Polygon([(-59.8, -9.8), (-59.79, -9.79), (-59.8, -9.79), (-59.79, -9.8)]),
        Polygon([(-59.7, -9.7), (-59.69, -9.7), (-59.69, -9.69), (-59.695, -9.69), (-59.695, -9.68),
                 (-59.695, -9.69), (-59.7, -9.69)]),
        Polygon([(-59.6, -9.6), (-59.59, -9.6), (-59.595, -9.5), (-59.5951, -9.6 + 1e-3), (-59.6, -9.59)]),
        Polygon([(-59.5, -9.5), (-59.49, -9.5), (-59.48, -9.5)]),
        Polygon([(0, 0), (4, 0), (4, 4), (3, 4), (3, 1), (2, 1), (2, 4), (1, 4), (1, 1), (0.5, 1), (0.5, 4),
                 (0, 4)]),
        # Across the antimeridian, and next to it.
        Polygon([(179.9, 10), (-179.9, 10), (-179.9, 10.1), (179.9, 10.1)]),
        box(179.8, 10.0, 179.95, 10.05),
        # Points: duplicates, one inside a plot, a multipoint.
        Point(c.x, c.y), Point(c.x, c.y), Point(c.x + 1e-4, c.y), MultiPoint([(c.x, c.y), (c.x + 1, c.y)]),
        # Coarse coordinates (5 decimals), and out of range.
        box(-59.4, -9.4, -59.39, -9.39), box(500000.0, 9000000.0, 500100.0, 9000100.0),
    ]
    # Geometries on a precision grid (GEOS snaps their intersections to the grid), overlapping others.
    shapes += [shapely.set_precision(shapes[k], 1e-6, mode="pointwise") for k in range(3, 12)]
    return [Plot(index=k, geometry=g, user_id=str(k % (n - 3)), commodity="cocoa" if k % 7 else "rubber?",
                 harvest_date="2024-01-01" if k % 11 else "2019-12-31") for k, g in enumerate(shapes)]


def _fields(issues: list) -> list[tuple]:
    return [tuple(getattr(issue, name) for name in _FIELDS) for issue in issues]


def _both(plots: list[Plot], **kwargs) -> tuple[list[tuple], list[tuple]]:
    new = checks.validate(plots, today=TODAY, **kwargs)
    old = old_checks.validate(plots, today=TODAY, **kwargs)
    assert new.blocked == old.blocked
    return _fields(new.issues), _fields(old.issues)


@pytest.mark.parametrize("seed", [3, 4])
def test_dense_field_gives_round_four_issues(seed: int) -> None:
    plots = _dense_plots(1500, seed)
    new, old = _both(plots)
    codes = {issue[0] for issue in old}
    assert {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "POLYGON_HOLE", "MULTIPART", "POLYGON_SELF_INTERSECTION",
            "POLYGON_CROSSES_ANTIMERIDIAN", "DUPLICATE_PLOT_ID"} <= codes
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in old) > 1500  # most plots overlap another
    assert_same_issues(new, old)


def test_mixed_plots_give_round_four_issues() -> None:
    new, old = _both(mixed_plots())
    assert len(old) > 100
    assert_same_issues(new, old)


def test_small_runs_give_round_four_issues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of a few plots, vertices and pairs at a time (every run boundary crossed many times)."""
    plots = _dense_plots(400, 5)
    for module in (checks, old_checks):
        monkeypatch.setattr(module, "_CHUNK", 257)
        monkeypatch.setattr(module, "_RAGGED_RUN", 37)
    for module in (overlap_area, old_overlap_area):
        monkeypatch.setattr(module, "PAIR_RUN", 19)
        monkeypatch.setattr(module, "_VERTEX_RUN", 301)
    new, old = _both(plots)
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in old) > 300
    assert_same_issues(new, old)


def test_without_overlap_checks_gives_round_four_issues() -> None:
    new, old = _both(_dense_plots(300, 6), check_overlaps=False)
    assert old
    assert_same_issues(new, old)


@pytest.mark.parametrize("shuffled", [False, True])
def test_report_groups_issues_as_round_four(shuffled: bool) -> None:
    """ValidationReport's blocked plots and issues per plot, on issues sorted by plot (as validate makes
    them) and shuffled (as a report may be given them)."""
    issues = checks.validate(_dense_plots(200, 7), today=TODAY).issues
    assert any(issue.is_error for issue in issues) and not all(issue.is_error for issue in issues)
    if shuffled:
        issues = [issues[k] for k in np.random.default_rng(8).permutation(len(issues))]
    indices = list(range(210, -1, -1))
    new = checks.ValidationReport(list(issues), len(indices), indices)
    old = old_checks.ValidationReport(list(issues), len(indices), indices)
    assert new.blocked == old.blocked and new.valid_indices == old.valid_indices
    for index in indices:
        assert new.issues_for(index) == old.issues_for(index)
        assert [id(issue) for issue in new.issues_for(index)] == [id(issue) for issue in old.issues_for(index)]


def _tiny_rings(rng: np.random.Generator, count: int) -> list:
    """Star-shaped rings a few millionths of a degree across (so rounding to 6 decimals moves their
    vertices by a good part of their size), some with a vertex nearly on the line of its neighbours."""
    shapes = []
    for k in range(count):
        m = int(rng.integers(3, 12))
        angles = np.sort(rng.uniform(0, 2 * math.pi, m))
        radius = 10.0 ** rng.uniform(-6.3, -4.5) * (1 + rng.uniform(-0.5, 0.5, m))
        x = rng.uniform(-179, 179) + radius * np.cos(angles)
        y = rng.uniform(-80, 80) + radius * np.sin(angles)
        if k % 4 == 0 and m > 3:  # a vertex pulled next to the chord of its neighbours
            x[1], y[1] = (x[0] + x[2]) / 2 + rng.normal(0, 1e-7), (y[0] + y[2]) / 2 + rng.normal(0, 1e-7)
        shapes.append(Polygon(np.column_stack([x, y])))
    return shapes


def test_steady_rings_stay_valid_once_rounded() -> None:
    """``steady_star_rings``' steady rings, rounded to 6 decimals, are valid polygons by GEOS; they are star
    rings; and the shortcut is not vacuous: there are steady rings, and star rings that rounding breaks."""
    shapes = np.array(_tiny_rings(np.random.default_rng(11), 4000), dtype=object)
    rings = checks._Rings.of(shapes, np.arange(len(shapes)))
    star, ccw, cx, cy, steady = overlap_area.steady_star_rings(rings.coords, rings.ring_of, len(rings.owner),
                                                                rings.ring_start(), checks._ROUNDING_MOVE)
    plain = overlap_area.star_rings(rings.coords, rings.ring_of, len(rings.owner), rings.ring_start())
    for got, expected in zip((star, ccw, cx, cy), plain):
        assert np.array_equal(got, expected)
    rounded = shapely.transform(shapes, lambda c: np.round(c, 6))
    valid_rounded = shapely.is_valid(rounded)
    assert valid_rounded[steady].all()
    assert not (steady & ~star).any()
    assert steady.sum() > 500
    assert (star & ~valid_rounded).sum() > 20  # star rings rounding breaks: never called steady


def test_plots_rounding_breaks_give_round_four_issues() -> None:
    plots = [Plot(index=k, geometry=g, user_id=str(k), commodity="cocoa", harvest_date="2024-01-01")
             for k, g in enumerate(_tiny_rings(np.random.default_rng(12), 3000))]
    new, old = _both(plots)
    assert sum(issue[0] == "ROUNDING_MAKES_INVALID" for issue in old) > 20
    assert_same_issues(new, old)


@pytest.mark.parametrize("workers", [1, 2])
def test_shared_parts_on_threads_match_round_four(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """The star rings' rows and the shared parts computed run by run on one or two threads: those of round
    four's code, every field."""
    shapes = np.array([plot.geometry for plot in _dense_plots(600, 9)][:600], dtype=object)
    rings = checks._Rings.of(shapes, np.arange(len(shapes)))
    left, right = shapely.STRtree(shapes).query(shapes, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    monkeypatch.setattr(overlap_area, "PAIR_RUN", 23)
    monkeypatch.setattr(old_overlap_area, "PAIR_RUN", 23)
    monkeypatch.setattr(overlap_area, "_VERTEX_RUN", 307)
    new_stars = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(shapes), workers=workers)
    new = overlap_area.shared_rings(new_stars, left, right, geometries=True, workers=workers)
    old_stars = old_overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(shapes))
    old = old_overlap_area.shared_rings(old_stars, left, right, geometries=True)
    assert new.done.sum() > 150
    for name in ("rank", "size", "first", "centre", "vertex", "angle", "key", "bucket", "theta0", "bounds"):
        assert np.array_equal(getattr(new_stars, name), getattr(old_stars, name)), name
    for name in ("done", "area", "hectares", "location"):
        assert np.array_equal(getattr(new, name), getattr(old, name), equal_nan=True)
    assert [None if g is None else g.wkb for g in new.polygons] == [None if g is None else g.wkb for g in old.polygons]


def test_small_pages_turns_numpy_huge_pages_off_and_back() -> None:
    switch = checks._hugepage_switch()
    if switch is None:
        pytest.skip("this numpy has no huge-page switch")
    original = switch(True)
    try:
        with checks.small_pages():
            assert switch(False) is False  # off inside
            with checks.small_pages():  # nested: still off, and left off for the outer one
                pass
            assert switch(False) is False
        assert switch(True) is True  # back on after
    finally:
        switch(original)
