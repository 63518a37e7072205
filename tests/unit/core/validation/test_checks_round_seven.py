"""Round seven of validation's speed work: containment of star-shaped single-ring plots decided by numpy
(``overlap_area.star_inside``: the outlines' contacts certified as for the shared parts, then a
point-in-star test), GEOS's prepared ``contains`` only where numpy is not sure.

The references: GEOS's own predicates (``shapely.contains``) for the verdicts, and round six's code kept
unchanged (``round_six_reference``) for the issues, every field, in the same order, on plots nested in
others both ways round, touching the other's outline from inside, sharing a vertex, crossing it,
nested in holes and in non-star-shaped plots, on a precision grid, duplicated, and points.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from tests.fixtures.issue_compare import assert_same_issues
from tests.fixtures.pair_plots import plots_for_pairs
from tests.fixtures.shapes import comb, rough_star
from tests.fixtures.validation_plots import mixed_plots
from tests.unit.core.validation.round_six_reference import checks as old_checks
from tests.unit.core.validation.round_six_reference import overlap_area as old_overlap_area
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import checks, overlap_area

TODAY = dt.date(2025, 6, 30)
_FIELDS = ("code", "severity", "message", "plot_index", "plot_label", "fix", "other_plot_index", "location", "params")


def _nested_shapes(rng: np.random.Generator, n: int) -> list:
    """``n`` groups around random centres: a rough star with plots inside it (small stars, some clockwise),
    one touching its outline from inside (a vertex on its edge), one sharing its vertex, one crossing
    it, one just outside, and one covering it."""
    shapes: list = []
    for k in range(n):
        cx, cy = -70.0 + rng.uniform(0, 0.05 * math.sqrt(n)), 5.0 + rng.uniform(0, 0.05 * math.sqrt(n))
        r = rng.uniform(2e-3, 6e-3)
        outer = rough_star(rng, cx, cy, r, int(rng.integers(6, 60)), rough=0.15)
        shapes.append(outer.reverse() if k % 2 else outer)
        ring = np.asarray(outer.exterior.coords)[:-1]
        for _ in range(int(rng.integers(1, 4))):  # inside, somewhere
            angle, dist = rng.uniform(0, 2 * math.pi), rng.uniform(0, 0.5) * r
            inner = rough_star(rng, cx + dist * math.cos(angle), cy + dist * math.sin(angle), r * rng.uniform(0.05, 0.3),
                               int(rng.integers(4, 20)), rough=0.1)
            shapes.append(inner.reverse() if rng.random() < 0.3 else inner)
        # Inside, one vertex on the outer's edge (its midpoint), or at the outer's vertex.
        a, b = ring[0], ring[1]
        mid = (a + b) / 2
        towards = np.array([cx, cy]) - mid
        tip = mid if k % 3 else a
        shapes.append(Polygon([tuple(tip), tuple(tip + 0.3 * towards + [1e-4, 0]), tuple(tip + 0.3 * towards - [1e-4, 0])]))
        # Crossing the outline, just outside it (beyond a vertex), and covering the whole plot.
        shapes.append(rough_star(rng, *(a + 0.05 * (a - [cx, cy])), r * 0.2, 9, rough=0.05))
        beyond = a + 0.3 * (a - [cx, cy])
        shapes.append(box(beyond[0] - 1e-5, beyond[1] - 1e-5, beyond[0] + 1e-5, beyond[1] + 1e-5))
        if k % 5 == 0:
            shapes.append(rough_star(rng, cx, cy, r * 2.5, 30, rough=0.05))
    return shapes


def _containment_plots(n: int, seed: int) -> list[Plot]:
    rng = np.random.default_rng(seed)
    shapes = _nested_shapes(rng, n)
    c = shapes[0].centroid
    shapes += [
        # In a hole, around a hole, in a two-part plot, in a comb (not star-shaped: GEOS decides), a copy.
        Polygon(box(c.x - 0.02, c.y - 0.02, c.x + 0.02, c.y + 0.02).exterior.coords,
                [box(c.x - 0.015, c.y - 0.015, c.x + 0.015, c.y + 0.015).exterior.coords]),
        box(c.x - 0.012, c.y - 0.012, c.x - 0.01, c.y - 0.01),
        box(c.x - 0.018, c.y - 0.018, c.x - 0.017, c.y - 0.017),
        MultiPolygon([box(-69.0, 4.0, -68.99, 4.01), box(-68.98, 4.0, -68.97, 4.01)]),
        box(-68.998, 4.002, -68.995, 4.005),
        comb(-69.5, 4.5, 0.01), box(-69.4999, 4.5001, -69.4991, 4.5009),
        shapes[1],
        # Two points inside a plot (one duplicated), and the same plot inside another on a precision grid.
        Point(c.x, c.y), Point(c.x, c.y),
        shapely.set_precision(shapes[2], 1e-7, mode="pointwise"),
        # Nested boxes sharing an edge (inside, touching: GEOS says contains), and a sliver inside a box.
        box(-68.5, 4.5, -68.49, 4.51), box(-68.5, 4.5, -68.495, 4.505),
        box(-68.4, 4.5, -68.39, 4.51), box(-68.399, 4.501, -68.399 + 1e-9, 4.509),
    ]
    return [Plot(index=k, geometry=g, user_id=str(k), commodity="cocoa", harvest_date="2024-01-01")
            for k, g in enumerate(shapes)]


def _fields(issues: list) -> list[tuple]:
    return [tuple(getattr(issue, name) for name in _FIELDS) for issue in issues]


def _both(plots: list[Plot]) -> tuple[list[tuple], list[tuple]]:
    new = checks.validate(plots, today=TODAY)
    old = old_checks.validate(plots, today=TODAY)
    assert new.blocked == old.blocked
    return _fields(new.issues), _fields(old.issues)


def _candidate_pairs(shapes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (inner, outer) of different shapes whose bounding boxes meet, both ways round."""
    left, right = shapely.STRtree(shapes).query(shapes, predicate="intersects")
    keep = left != right
    return left[keep], right[keep]


def test_star_inside_agrees_with_geos_contains() -> None:
    shapes = np.array([plot.geometry for plot in _containment_plots(120, 1)], dtype=object)
    polygons = np.flatnonzero(shapely.get_type_id(shapes) == 3)
    shapes = shapes[polygons]
    rings = checks._Rings.of(shapes, np.arange(len(shapes)))
    stars = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(shapes))
    inner, outer = _candidate_pairs(shapes)
    verdict = overlap_area.star_inside(stars, inner, outer)
    geos = shapely.contains(shapes[outer], shapes[inner])
    decided = verdict != 0
    assert (geos[decided] == (verdict[decided] > 0)).all()
    # Not vacuous: both verdicts given often, and the touching, vertex-sharing and non-star pairs left to GEOS.
    assert (verdict > 0).sum() > 150 and (verdict < 0).sum() > 300
    assert (geos & ~decided).sum() > 50
    touching = shapely.touches(shapes[outer], shapes[inner]) | (
        shapely.intersects(shapely.boundary(shapes[outer]), shapely.boundary(shapes[inner])))
    assert touching.sum() > 100 and not decided[touching & geos].any()


def test_star_contains_points_agrees_with_geos() -> None:
    """Points around star rings (inside, outside, on vertices and on edges): a verdict only where GEOS
    says strictly inside or strictly outside, and that verdict."""
    rng = np.random.default_rng(5)
    shapes = [rough_star(rng, 10.0 * k, 0.0, 1.0, int(rng.integers(5, 40)), rough=0.3, even=True) for k in range(40)]
    shapes = np.array([s.reverse() if k % 2 else s for k, s in enumerate(shapes)], dtype=object)
    rings = checks._Rings.of(shapes, np.arange(len(shapes)))
    stars = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(shapes))
    assert (stars.rank >= 0).sum() >= 30
    coords = [np.asarray(s.exterior.coords)[:-1] for s in shapes]
    sizes = [len(c) for c in coords]
    scattered = np.repeat(np.arange(len(shapes)), 300)
    owner = np.r_[scattered, np.repeat(np.arange(len(shapes)), sizes), np.repeat(np.arange(len(shapes)), sizes)]
    points = np.concatenate([
        np.column_stack([10.0 * scattered + rng.uniform(-1.4, 1.4, len(scattered)),
                         rng.uniform(-1.4, 1.4, len(scattered))]),
        np.concatenate(coords),  # on the vertices
        np.concatenate([(c + np.roll(c, -1, axis=0)) / 2 for c in coords]),  # on (or next to) the edges
    ])
    on_outline = np.arange(len(owner)) >= len(scattered)
    ranked = stars.rank[owner] >= 0
    owner, points, on_outline = owner[ranked], points[ranked], on_outline[ranked]
    verdict = overlap_area.star_contains_points(stars, stars.rank[owner], points)
    point_shapes = shapely.points(points)
    inside = shapely.contains_properly(shapes[owner], point_shapes)
    outside = shapely.disjoint(shapes[owner], point_shapes)
    assert inside[verdict > 0].all() and outside[verdict < 0].all()
    assert (verdict > 0).sum() > 2000 and (verdict < 0).sum() > 2000
    # Points on the outline (vertices, and midpoints GEOS finds on an edge) get no verdict.
    assert not verdict[on_outline & ~inside & ~outside].any()
    assert (on_outline & ~inside & ~outside).sum() >= sum(sizes) // 2


@pytest.mark.parametrize("seed", [1, 2])
def test_nested_plots_give_round_six_issues(seed: int) -> None:
    plots = _containment_plots(150, seed)
    new, old = _both(plots)
    overlaps = [issue for issue in old if issue[0] == "PLOTS_OVERLAP"]
    inside = [issue for issue in overlaps if "inside" in issue[2]]
    assert len(overlaps) > 500 and len(inside) > 200
    assert {"DUPLICATE_GEOMETRY", "POLYGON_HOLE", "MULTIPART"} <= {issue[0] for issue in old}
    assert_same_issues(new, old)


@pytest.mark.parametrize("make", [mixed_plots, lambda: plots_for_pairs(500, 3), lambda: plots_for_pairs(500, 8)])
def test_other_plot_sets_give_round_six_issues(make) -> None:
    new, old = _both(make())
    assert any(issue[0] == "PLOTS_OVERLAP" for issue in old)
    assert_same_issues(new, old)


def test_small_runs_give_round_six_issues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of a few plots, pairs and vertices at a time, on one and two threads (every run boundary crossed)."""
    plots = _containment_plots(60, 3)
    for module in (overlap_area, old_overlap_area):
        monkeypatch.setattr(module, "PAIR_RUN", 7)
        monkeypatch.setattr(module, "_VERTEX_RUN", 101)
    for module in (checks, old_checks):
        monkeypatch.setattr(module, "_SPLIT_MIN", 10)
        monkeypatch.setattr(module, "_CHUNK", 257)  # the polygon checks in many runs (on two threads here)
    new, old = _both(plots)
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in old) > 100
    assert_same_issues(new, old)
    monkeypatch.setattr(checks, "_WORKERS", 1)
    assert_same_issues(_fields(checks.validate(plots, today=TODAY).issues), old)


def test_make_issues_by_columns_gives_the_issues_by_pairs() -> None:
    """``lonlat`` and ``other_columns`` (what ``IssueBatch.add_pairs`` now passes) against ``locations`` and
    ``others`` (what it passed in round six), every field."""
    from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT, make_issues

    rng = np.random.default_rng(4)
    n = 50
    places = rng.uniform(-80, 80, (n, 2))
    indices, labels = list(range(100, 100 + n)), [f"p{k}" for k in range(n)]
    others = [(k + 7, f"o{k}") for k in range(n)]
    columns = {"area_ha": rng.uniform(0, 3, n).tolist(), "detail": [INSIDE_OTHER_PLOT if k % 3 else "" for k in range(n)]}
    by_pairs = make_issues("PLOTS_OVERLAP", indices, labels, locations=places.tolist(), others=others, **columns)
    by_columns = make_issues("PLOTS_OVERLAP", indices, labels, lonlat=(places[:, 0].tolist(), places[:, 1].tolist()),
                             other_columns=([i for i, _ in others], [label for _, label in others]), **columns)
    assert _fields(by_columns) == _fields(by_pairs)
    assert [issue.params for issue in by_columns] == [issue.params for issue in by_pairs]
    assert by_pairs[1].location == tuple(places[1]) and "inside" in by_pairs[1].message


def test_geometry_validity_is_geos_is_valid_for_every_polygon() -> None:
    """The report's per-plot validity (for the engine, so that it need not ask GEOS again): GEOS's
    ``is_valid`` for every polygon (star-shaped ones decided without GEOS included), −1 for the rest."""
    plots = plots_for_pairs(400, 5) + mixed_plots()
    plots = [Plot(index=k, geometry=p.geometry, user_id=str(k), commodity="cocoa", harvest_date="2024-01-01")
             for k, p in enumerate(plots)]
    report = checks.validate(plots, today=TODAY)
    geoms = np.array([plot.geometry for plot in plots], dtype=object)
    polygon = np.isin(shapely.get_type_id(geoms), [3, 6]) & ~shapely.is_empty(geoms)
    validity = report.geometry_validity
    assert validity is not None and validity.shape == (len(plots),)
    assert (validity[~polygon] == -1).all()
    assert np.array_equal(validity[polygon] == 1, shapely.is_valid(geoms[polygon]))
    assert (validity[polygon] == 0).sum() > 20 and (validity[polygon] == 1).sum() > 200
