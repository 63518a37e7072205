"""Round eight of validation's speed work: ``StarRings`` rows written in place (vertices gathered straight
into the rows by one index formula, angles and keys computed into them) and the star test's centres
gathered by ring number instead of repeated ring by ring.

The reference: round seven's code kept unchanged (``round_seven_reference.star_rows``: the two pieces of
``overlap_area`` round eight changed; ``round_seven()`` puts them back, so today's code runs as round
seven's). The rows it builds must be
the same arrays, value for value (clockwise and counter-clockwise rings, runs of any length), the star
test the same verdicts, and ``validate`` the same issues, every field, in the same order, on plots that
touch, lie inside others, are duplicated or nearly so (moved by a nanodegree), have holes or several
parts, are clockwise, invalid, points, and on a dense field of overlapping rough stars.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from tests.fixtures.pair_plots import plots_for_pairs
from tests.fixtures.shapes import rough_star
from tests.fixtures.validation_plots import mixed_plots
from tests.unit.core.validation.round_seven_reference.star_rows import round_seven
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import checks, overlap_area

TODAY = dt.date(2025, 6, 30)
_FIELDS = ("code", "severity", "message", "plot_index", "plot_label", "fix", "other_plot_index", "location", "params")
_ROWS = ("rank", "size", "first", "centre", "vertex", "angle", "key", "bucket", "theta0", "bounds")


def _field_plots(n: int, seed: int) -> list[Plot]:
    """A dense field of ``n`` rough stars (a third clockwise) overlapping each other, with copies, copies
    moved by a nanodegree, plots inside others, touching boxes, holed and two-part plots, and points."""
    rng = np.random.default_rng(seed)
    side = 0.004 * math.sqrt(n)
    shapes: list = []
    for k in range(n):
        shape = rough_star(rng, -60.0 + rng.uniform(0, side), -10.0 + rng.uniform(0, side), rng.uniform(5e-4, 3e-3),
                           int(rng.integers(5, 80)), rough=0.2)
        shapes.append(shape.reverse() if k % 3 == 0 else shape)
    for k in range(0, n, 10):
        shapes.append(shapes[k])  # a duplicate
        shapes.append(shapely.transform(shapes[k + 1], lambda c: c + 1e-9))  # nearly a duplicate
        c = shapes[k + 2].centroid
        shapes.append(rough_star(rng, c.x, c.y, 1e-4, 9, rough=0.05))  # inside it, most likely
    x, y = -60.0 + side / 2, -10.0 + side / 2
    shapes += [
        box(x, y, x + 1e-3, y + 1e-3), box(x + 1e-3, y, x + 2e-3, y + 1e-3),  # a shared edge
        box(x + 2e-3, y + 1e-3, x + 3e-3, y + 2e-3),  # a shared corner
        Polygon(box(x, y, x + 0.01, y + 0.01).exterior.coords, [box(x + 0.002, y + 0.002, x + 0.008, y + 0.008).exterior.coords]),
        box(x + 0.003, y + 0.003, x + 0.004, y + 0.004),  # in the hole
        MultiPolygon([box(x - 0.01, y, x - 0.009, y + 0.001), box(x + 0.005, y + 0.009, x + 0.011, y + 0.011)]),
        Polygon([(x, y), (x + 0.01, y + 0.01), (x + 0.01, y), (x, y + 0.01)]),  # a bow tie
        Point(x + 5e-4, y + 5e-4), Point(x + 5e-4, y + 5e-4),
    ]
    return [Plot(index=k, geometry=g, user_id=str(k), commodity="cocoa", harvest_date="2024-01-01")
            for k, g in enumerate(shapes)]


def _fields(issues: list) -> list[tuple]:
    return [tuple(getattr(issue, name) for name in _FIELDS) for issue in issues]


def _old_validate(plots: list[Plot]):
    with round_seven():
        return checks.validate(plots, today=TODAY)


def _both(plots: list[Plot]) -> tuple[list[tuple], list[tuple]]:
    new = checks.validate(plots, today=TODAY)
    old = _old_validate(plots)
    assert new.blocked == old.blocked
    assert np.array_equal(new.geometry_validity, old.geometry_validity)
    return _fields(new.issues), _fields(old.issues)


def _rings(plots: list[Plot]) -> tuple[np.ndarray, checks._Rings]:
    geoms = np.array([plot.geometry for plot in plots], dtype=object)
    polygons = np.flatnonzero(np.isin(shapely.get_type_id(geoms), [3, 6]) & ~shapely.is_empty(geoms))
    return geoms, checks._Rings.of(geoms, polygons)


@pytest.mark.parametrize("vertex_run", [overlap_area._VERTEX_RUN, 97])
def test_star_rows_are_round_seven_rows(monkeypatch: pytest.MonkeyPatch, vertex_run: int) -> None:
    geoms, rings = _rings(_field_plots(300, 1) + mixed_plots())
    start = rings.ring_start()
    stars = overlap_area.star_rings(rings.coords, rings.ring_of, len(rings.owner), start)
    with round_seven():
        old_stars = overlap_area.star_rings(rings.coords, rings.ring_of, len(rings.owner), start)
    for new_column, old_column in zip(stars, old_stars):
        assert np.array_equal(new_column, old_column)
    # Not vacuous: star-shaped rings both ways round, and rings that are not star-shaped.
    assert stars[0].sum() > 250 and (stars[0] & ~stars[1]).sum() > 80 and (~stars[0]).sum() > 5
    monkeypatch.setattr(overlap_area, "_VERTEX_RUN", vertex_run)
    wanted = np.arange(0, len(geoms), 2)
    for workers in (1, 2):
        new = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms), wanted, stars, start,
                                     workers=workers)
        with round_seven():
            old = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms), wanted, stars, start)
        for name in _ROWS:
            assert np.array_equal(getattr(new, name), getattr(old, name)), name
    # Without the ring starts and the star test given (each found again).
    new = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    with round_seven():
        old = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    for name in _ROWS:
        assert np.array_equal(getattr(new, name), getattr(old, name)), name


def test_steady_star_test_is_round_seven_test() -> None:
    _, rings = _rings(_field_plots(200, 2) + mixed_plots() + plots_for_pairs(300, 4))
    args = (rings.coords, rings.ring_of, len(rings.owner), rings.ring_start(), checks._ROUNDING_MOVE)
    new = overlap_area.steady_star_rings(*args)
    with round_seven():
        old = overlap_area.steady_star_rings(*args)
    for new_column, old_column in zip(new, old):
        assert np.array_equal(new_column, old_column, equal_nan=True)
    assert new[4].sum() > 100  # steady rings among them


@pytest.mark.parametrize("make", [lambda: _field_plots(600, 3), mixed_plots, lambda: plots_for_pairs(500, 8)])
def test_validate_gives_round_seven_issues(make) -> None:
    new, old = _both(make())
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in old) > 20
    assert new == old


def test_field_exercises_the_edge_cases() -> None:
    """The field plots give what they are made for (so that the comparison above covers them)."""
    plots = _field_plots(600, 3)
    codes = {issue.code for issue in checks.validate(plots, today=TODAY).issues}
    assert {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "POLYGON_HOLE", "MULTIPART", "POLYGON_SELF_INTERSECTION"} <= codes
    overlaps = [issue for issue in checks.validate(plots, today=TODAY).issues if issue.code == "PLOTS_OVERLAP"]
    assert len(overlaps) > 1000 and any("inside" in issue.message for issue in overlaps)


def test_small_runs_give_round_seven_issues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of a few plots, pairs and vertices at a time, on one and two threads (every run boundary crossed)."""
    plots = _field_plots(250, 5)
    monkeypatch.setattr(overlap_area, "PAIR_RUN", 7)
    monkeypatch.setattr(overlap_area, "_VERTEX_RUN", 101)
    monkeypatch.setattr(checks, "_SPLIT_MIN", 10)
    monkeypatch.setattr(checks, "_CHUNK", 257)
    new, old = _both(plots)
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in old) > 300
    assert new == old
    monkeypatch.setattr(checks, "_WORKERS", 1)
    assert _fields(checks.validate(plots, today=TODAY).issues) == old
