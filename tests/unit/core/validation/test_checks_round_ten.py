"""Round ten: the shared parts of overlapping pairs made with less numpy work, every value unchanged.

``overlap_area._shared_run`` orders crossings and interior-point sections by a stable argsort of integer
keys and lexsorts only the runs of equal keys (:func:`overlap_area._lexsort`), builds each shared ring's
coordinates with one gather, finds the rings piece by piece, and ``StarRings._last_at`` steps its
searches on arrays kept together. The reference: round six's module kept unchanged
(``round_six_reference``: its own rows, searches and ``shared_rings``), whose results today's must equal
bit for bit on dense generated fields (both orientations, rough outlines, nested and crossing pairs):
the polygons (``geometries``), areas, geodesic areas, points and which pairs are done; and the issues of
``validate`` under round nine's rule (``tests.fixtures.issue_compare``).
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely

from tests.fixtures.issue_compare import ISSUE_FIELDS, assert_same_issues
from tests.fixtures.shapes import rough_star
from tests.unit.core.validation.round_six_reference import checks as old_checks
from tests.unit.core.validation.round_six_reference import overlap_area as old_overlap_area
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import checks, overlap_area

TODAY = dt.date(2025, 6, 30)


def _dense_shapes(n: int, seed: int) -> list:
    """``n`` rough stars (5 to 150 vertices, a third clockwise) dropped densely (each overlaps a few
    others), some of them with a small star inside (nested pairs)."""
    rng = np.random.default_rng(seed)
    side = 0.0035 * math.sqrt(n)
    shapes: list = []
    for k in range(n):
        cx, cy = -60.0 + rng.uniform(0, side), -10.0 + rng.uniform(0, side)
        r = rng.uniform(5e-4, 3e-3)
        shape = rough_star(rng, cx, cy, r, int(rng.integers(5, 150)), rough=float(rng.choice([0.05, 0.3])),
                           even=bool(k % 2))
        shapes.append(shape.reverse() if k % 3 == 0 else shape)
        if k % 7 == 0:
            shapes.append(rough_star(rng, cx, cy, 0.2 * r, int(rng.integers(4, 30)), rough=0.1))
    return shapes


def _pairs(shapes: list, module) -> tuple:
    """``module``'s rows of every plot (``module.StarRings``) and the pairs whose boxes meet (first < second)."""
    geoms = np.array(shapes, dtype=object)
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    stars = module.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    left, right = shapely.STRtree(geoms).query(geoms)
    keep = left < right
    return stars, left[keep], right[keep]


def _assert_equal(new: overlap_area.SharedParts, old) -> None:
    assert np.array_equal(new.done, old.done)
    for name in ("area", "hectares", "location"):
        assert np.array_equal(getattr(new, name), getattr(old, name), equal_nan=True), name


@pytest.fixture(scope="module", params=[3, 11])
def field(request) -> tuple:
    shapes = _dense_shapes(1500, request.param)
    new_stars, left, right = _pairs(shapes, overlap_area)
    old_stars, _, _ = _pairs(shapes, old_overlap_area)
    return shapes, new_stars, old_stars, left, right


def test_shared_parts_are_round_six_parts_bit_for_bit(field) -> None:
    """The polygons (``geometries``: GEOS's vertex order) and every measure equal round six's; without
    ``geometries`` (each pair from its plot of fewer vertices, round nine) round six's run on the pairs
    so ordered."""
    _, new_stars, old_stars, left, right = field
    new = overlap_area.shared_rings(new_stars, left, right, geometries=True)
    old = old_overlap_area.shared_rings(old_stars, left, right, geometries=True)
    _assert_equal(new, old)
    assert [None if g is None else g.wkb for g in new.polygons] == [None if g is None else g.wkb for g in old.polygons]
    several = [g for g in new.polygons[new.done] if shapely.get_num_geometries(g) > 1]
    assert new.done.sum() > 1500 and (new.area[new.done] > 0).sum() > 1000 and len(several) > 100
    fewer = new_stars.size[new_stars.rank[right]] < new_stars.size[new_stars.rank[left]]
    ra, rb = new_stars.rank[left], new_stars.rank[right]
    fewer &= (ra >= 0) & (rb >= 0)
    first, second = np.where(fewer, right, left), np.where(fewer, left, right)
    assert fewer.sum() > 700 and (~fewer).sum() > 700
    _assert_equal(overlap_area.shared_rings(new_stars, left, right, workers=2),
                  old_overlap_area.shared_rings(old_stars, first, second))


def test_small_runs_are_round_six_parts(field, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of a few pairs, and searches handed to the binary search after one step."""
    _, new_stars, old_stars, left, right = field
    for module in (overlap_area, old_overlap_area):
        monkeypatch.setattr(module, "PAIR_RUN", 13)
        monkeypatch.setattr(module, "_STEPS", 1)
    _assert_equal(overlap_area.shared_rings(new_stars, left, right, geometries=True),
                  old_overlap_area.shared_rings(old_stars, left, right, geometries=True))


@pytest.mark.parametrize("steps", [1, 8])
def test_edge_searches_are_round_six_searches(field, monkeypatch: pytest.MonkeyPatch, steps: int) -> None:
    """``StarRings.edges_at`` (``_last_at`` from a bucket, then from a start) at vertices' own angles,
    next to them and anywhere, as round six's rows answer."""
    _, new_stars, old_stars, _, _ = field
    for module in (overlap_area, old_overlap_area):
        monkeypatch.setattr(module, "_STEPS", steps)
    rng = np.random.default_rng(steps)
    n_rows = len(new_stars.size)
    rows = rng.integers(0, n_rows, 40_000)
    vertex = new_stars.first[rows] + rng.integers(0, 1 << 30, len(rows)) % new_stars.size[rows]
    at_vertex = new_stars.angle[vertex] + new_stars.theta0[rows]
    theta = np.concatenate([at_vertex, np.nextafter(at_vertex, np.inf), at_vertex + 1e-7,
                            rng.uniform(-math.pi, math.pi, len(rows))])
    rows = np.tile(rows, 4)
    for got, expected in zip(new_stars.edges_at(rows, theta), old_stars.edges_at(rows, theta)):
        assert np.array_equal(got, expected)


def test_lexsort_is_numpy_lexsort() -> None:
    rng = np.random.default_rng(5)
    for n, groups in ((0, 1), (1, 1), (50, 3), (5000, 4000), (5000, 50)):
        key = rng.integers(0, groups, n)
        values = rng.choice([0.0, 1.0, 2.5, np.nan, -1.0], n) if n % 2 else rng.integers(0, 3, n)
        assert np.array_equal(overlap_area._lexsort(values, key), np.lexsort([values, key]))


@pytest.mark.parametrize("seed", [4, 9])
def test_validate_gives_round_six_issues(seed: int) -> None:
    plots = [Plot(index=k, geometry=g, user_id=f"P{k}", commodity="cocoa", harvest_date="2024-01-01")
             for k, g in enumerate(_dense_shapes(500, seed))]
    new = checks.validate(plots, today=TODAY)
    old = old_checks.validate(plots, today=TODAY)
    fields = [[tuple(getattr(issue, name) for name in ISSUE_FIELDS) for issue in report.issues] for report in (new, old)]
    assert sum(issue[0] == "PLOTS_OVERLAP" for issue in fields[1]) > 1000
    assert any("inside" in issue[2] for issue in fields[1])
    assert_same_issues(*fields)


def test_interior_points_are_round_six_points() -> None:
    """GEOS's InteriorPointArea section of rings (unclosed, counter-clockwise): rough stars, and rings whose
    y values are adjacent doubles, so that the scan line rounds onto vertices (the edges counted there)."""
    rng = np.random.default_rng(8)
    rings = [np.asarray(rough_star(rng, rng.uniform(-1, 1), rng.uniform(-1, 1), 1e-3, int(rng.integers(3, 40)),
                                   rough=0.4).exterior.coords)[:-1] for _ in range(300)]
    for _ in range(300):
        y = 10.0 + 1e-6 * rng.integers(0, 3, 6)
        y = np.where(rng.random(6) < 0.5, np.nextafter(y, np.inf), y)
        rings.append(np.column_stack([np.sort(rng.uniform(0, 1e-3, 6))[[0, 2, 4, 5, 3, 1]], y]))
    coords = np.concatenate(rings)
    sizes = np.array([len(ring) for ring in rings])
    starts = np.cumsum(sizes) - sizes
    ends = starts + sizes
    low, high = np.minimum.reduceat(coords[:, 1], starts), np.maximum.reduceat(coords[:, 1], starts)
    expected = old_overlap_area._interior_points(coords, starts, ends, low, high)
    ring = np.repeat(np.arange(len(rings)), sizes)
    for got in (overlap_area._interior_points(coords, starts, ends, low, high),
                overlap_area._interior_points(coords, starts, ends, low, high, ring)):
        assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(got, expected))
    assert (expected[0] > 0).sum() > 400
