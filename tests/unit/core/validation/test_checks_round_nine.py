"""Round nine: the overlap issues held to GEOS directly, the contract any faster overlap path must keep.

The lead's rule for this round: issues need not be bit for bit round eight's, but they must be the same
issues (codes, plots, other plots, severities, fixes, order), each overlap's area GEOS's own area of
the pair's intersection (``shapely.area(shapely.intersection(a, b))`` in the equal-area projection the
plugin measures in) within 1e-9 relative (1e-6 m² for tiny ones), and the messages the same up to the
last printed digit of such an area. Everything expected here is computed independently, pair by pair,
with GEOS (shapely) and the projection's formula written out again (Snyder's authalic latitude), on
plots that touch, lie inside others (and in holes), are duplicated or nearly so, have holes or several
parts, are slivers, points, invalid rings, and pairs whose boxes overlap while their shapes do not.
The thread split of the pair work (``checks._WORKERS``) must not change any issue either.

Round nine's change: ``overlap_area.shared_rings`` takes each pair from its plot of fewer vertices.
Against round eight's (``round_eight_reference.shared_pairs``, put back by ``round_eight()``): the same
issues by that rule (``tests.fixtures.issue_compare``), the same points, the areas within rounding, and
the polygons (asked for with ``geometries``) still GEOS's, vertex for vertex.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from tests.fixtures.issue_compare import ISSUE_FIELDS, assert_same_issues
from tests.fixtures.shapes import comb, rough_star
from tests.unit.core.validation.round_eight_reference.shared_pairs import round_eight
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import checks, overlap_area
from vantage_plugin.core.validation.rules import RULES

TODAY = dt.date(2025, 6, 30)
_FIELDS = ISSUE_FIELDS
#: WGS84, written out again (not imported from the plugin's geodesy module).
_A, _F = 6378137.0, 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)
_AREA = re.compile(r"by ([0-9.]+) ha")
_HAND_BUILT = 19


def _equal_area(coords: np.ndarray) -> np.ndarray:
    """Lon/lat degrees → Lambert cylindrical equal-area metres of the WGS84 ellipsoid (Snyder, eq. 3-12)."""
    lam, phi = np.radians(coords[:, 0]), np.radians(coords[:, 1])
    s = np.sin(phi)
    q = (1 - _E2) * (s / (1 - _E2 * s * s) - 1 / (2 * _E) * np.log((1 - _E * s) / (1 + _E * s)))
    return np.column_stack([_A * lam, _A * q / 2])


def _shapes(n: int, seed: int) -> list:
    """A dense field of rough stars (a third clockwise) with every edge case beside them."""
    rng = np.random.default_rng(seed)
    side = 0.004 * math.sqrt(n)
    x0, y0 = -60.0, -10.0
    shapes: list = []
    for k in range(n):
        shape = rough_star(rng, x0 + rng.uniform(0, side), y0 + rng.uniform(0, side), rng.uniform(5e-4, 3e-3),
                           int(rng.integers(5, 80)), rough=0.3)
        shapes.append(shape.reverse() if k % 3 == 0 else shape)
    for k in range(0, n, 12):
        shapes.append(shapes[k])  # a duplicate
        shapes.append(shapely.transform(shapes[k + 1], lambda c: c + 1e-9))  # nearly a duplicate
        c = shapes[k + 2].centroid
        shapes.append(rough_star(rng, c.x, c.y, 1e-4, 9, rough=0.05))  # inside it, most likely
        c = shapes[k + 3].centroid  # a sliver across it: a long thin triangle
        shapes.append(Polygon([(c.x - 4e-3, c.y), (c.x + 4e-3, c.y + 2e-6), (c.x + 4e-3, c.y + 3e-6)]))
    x, y = x0 + side + 0.01, y0 + side + 0.01  # beside the field: the cases built by hand
    before = len(shapes)
    shapes += [
        box(x, y, x + 1e-3, y + 1e-3), box(x + 1e-3, y, x + 2e-3, y + 1e-3),  # a shared edge
        box(x + 2e-3, y + 1e-3, x + 3e-3, y + 2e-3),  # a shared corner
        box(x + 5e-4, y + 5e-4, x + 1.5e-3, y + 1.5e-3),  # overlapping three of them
        Polygon(box(x, y + 0.01, x + 0.01, y + 0.02).exterior.coords,
                [box(x + 0.002, y + 0.012, x + 0.008, y + 0.018).exterior.coords]),
        box(x + 0.003, y + 0.013, x + 0.004, y + 0.014),  # in the hole: boxes meet, shapes do not
        box(x + 0.0075, y + 0.0175, x + 0.0085, y + 0.0185),  # across the hole's corner
        MultiPolygon([box(x + 0.02, y, x + 0.021, y + 0.001), box(x + 0.0205, y + 0.0005, x + 0.03, y + 0.002)]
                     ).buffer(0),
        MultiPolygon([box(x + 0.02, y + 0.01, x + 0.021, y + 0.011), box(x + 0.025, y + 0.01, x + 0.026, y + 0.011)]),
        box(x + 0.0205, y + 0.0105, x + 0.0255, y + 0.0106),  # overlapping both parts
        # Two crescents whose boxes overlap while the shapes do not.
        Polygon([(x + 0.04, y), (x + 0.05, y), (x + 0.05, y + 0.01), (x + 0.049, y + 0.01), (x + 0.049, y + 0.001),
                 (x + 0.04, y + 0.001)]),
        Polygon([(x + 0.041, y + 0.002), (x + 0.048, y + 0.002), (x + 0.048, y + 0.009), (x + 0.041, y + 0.009)]),
        comb(x + 0.06, y, 0.004), box(x + 0.0605, y + 0.003, x + 0.0635, y + 0.005),  # not star-shaped
        Polygon([(x, y + 0.03), (x + 0.01, y + 0.04), (x + 0.01, y + 0.03), (x, y + 0.04)]),  # a bow tie
        box(x + 0.002, y + 0.032, x + 0.004, y + 0.034),  # overlapping the bow tie (not compared)
        Point(x + 5e-4, y + 5e-4), Point(x + 5e-4, y + 5e-4), Point(x + 0.5, y),
    ]
    assert len(shapes) - before == _HAND_BUILT
    return shapes


def _plots(n: int = 360, seed: int = 9) -> list[Plot]:
    return [Plot(index=k, geometry=g, user_id=f"P{k}", commodity="cocoa", harvest_date="2024-01-01")
            for k, g in enumerate(_shapes(n, seed))]


def _expected_pairs(geoms: np.ndarray, compared: np.ndarray) -> tuple[set, dict]:
    """By GEOS, pair by pair over every pair of compared plots: the duplicate pairs and, for the others,
    the overlapping pairs' geodesic area (m²), shared part and whether either plot lies inside the other."""
    duplicates: set = set()
    overlaps: dict = {}
    idx = np.flatnonzero(compared)
    for a_pos, i in enumerate(idx):
        for j in idx[a_pos + 1:]:
            a, b = geoms[i], geoms[j]
            if not a.intersects(b):
                continue
            if a.equals(b):
                duplicates.add((int(i), int(j)))
                continue
            if a.geom_type == "Point" or b.geom_type == "Point":
                continue
            shared = a.intersection(b)
            if shapely.area(shared) > 0:
                m2 = shapely.area(shapely.transform(shared, _equal_area))
                overlaps[(int(i), int(j))] = (m2, shared, b.contains(a), a.contains(b))
    return duplicates, overlaps


@pytest.fixture(scope="module")
def case() -> tuple[list[Plot], list]:
    plots = _plots()
    return plots, checks.validate(plots, today=TODAY).issues


def test_overlaps_are_geos_overlaps(case) -> None:
    plots, issues = case
    geoms = np.array([plot.geometry for plot in plots], dtype=object)
    kind = shapely.get_type_id(geoms)
    # Compared: valid polygons and points (the field has no other reason to leave a plot out).
    compared = (kind == 0) | (np.isin(kind, [3, 6]) & shapely.is_valid(geoms))
    duplicates, overlaps = _expected_pairs(geoms, compared)
    found_dup = {(min(i.plot_index, i.other_plot_index), max(i.plot_index, i.other_plot_index))
                 for i in issues if i.code == "DUPLICATE_GEOMETRY"}
    assert found_dup == duplicates
    overlap_issues = [i for i in issues if i.code == "PLOTS_OVERLAP"]
    found = {}
    for issue in overlap_issues:
        pair = (min(issue.plot_index, issue.other_plot_index), max(issue.plot_index, issue.other_plot_index))
        found.setdefault(pair, []).append(issue)
    assert set(found) == set(overlaps)
    rule = RULES["PLOTS_OVERLAP"]
    inside_pairs = 0
    for pair, (m2, shared, first_inside, second_inside) in overlaps.items():
        both = found[pair]
        assert sorted(i.plot_index for i in both) == list(pair)  # one issue on each plot
        for issue in both:
            assert issue.severity is rule.severity and issue.fix == rule.fix
            ha = dict(issue.params)["area_ha"]
            assert abs(ha * 1e4 - m2) <= max(1e-9 * m2, 1e-6), (pair, ha * 1e4, m2)
            printed = float(_AREA.search(issue.message).group(1))
            assert abs(printed - m2 / 1e4) <= 0.5e-4 + 1e-9 * m2
            inside = first_inside if issue.plot_index == pair[0] else second_inside
            assert ("inside" in issue.message) == inside
            inside_pairs += inside
            # The place given lies in the shared part (GEOS's point on surface: within rounding of it).
            assert shapely.distance(shared, Point(issue.location)) <= 1e-12
    # Not vacuous: many overlaps, containment, duplicates, slivers among them.
    assert len(overlaps) > 400 and inside_pairs > 10 and len(duplicates) > 20
    slivers = {k for k, g in enumerate(geoms) if g.geom_type == "Polygon" and len(g.exterior.coords) == 4
               and g.area < 1e-7}
    assert sum(i in slivers or j in slivers for i, j in overlaps) > 20


def test_edge_cases_are_exercised(case) -> None:
    """The hand-built cases do what they are built for, checked by GEOS, so the comparison covers them."""
    plots, issues = case
    geoms = [plot.geometry for plot in plots]
    by_plot = {}
    for issue in issues:
        by_plot.setdefault(issue.plot_index, set()).add(issue.code)
    first = len(plots) - _HAND_BUILT  # the hand-built shapes, in the order _shapes lists them
    hole, in_hole = first + 4, first + 5
    assert shapely.intersects(shapely.box(*geoms[hole].bounds), geoms[in_hole])
    assert not geoms[hole].intersects(geoms[in_hole]) and "PLOTS_OVERLAP" not in by_plot.get(in_hole, set())
    assert "PLOTS_OVERLAP" in by_plot[first + 6]  # across the hole's corner
    moon, inner = first + 10, first + 11
    assert shapely.intersects(shapely.box(*geoms[moon].bounds), shapely.box(*geoms[inner].bounds))
    assert not geoms[moon].intersects(geoms[inner]) and "PLOTS_OVERLAP" not in by_plot.get(inner, set())
    bow_tie = first + 14
    assert not geoms[bow_tie].is_valid and "POLYGON_SELF_INTERSECTION" in by_plot[bow_tie]
    assert "PLOTS_OVERLAP" not in by_plot.get(first + 15, set())  # its only partner is not compared
    assert shapely.make_valid(geoms[bow_tie]).intersection(geoms[first + 15]).area > 0
    assert "DUPLICATE_GEOMETRY" in by_plot[first + 16] and "MULTIPART" in by_plot[first + 8]
    assert "PLOTS_OVERLAP" in by_plot[first + 8] and "PLOTS_OVERLAP" in by_plot[first + 13]  # two parts; the comb
    # The shared edge and the shared corner touch only: no overlap between them.
    assert not {(first, first + 1), (first + 1, first + 2)} & {
        (i.plot_index, i.other_plot_index) for i in issues if i.code == "PLOTS_OVERLAP"}


@pytest.mark.parametrize("workers", [1, 2])
def test_thread_split_changes_nothing(case, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    plots, issues = case
    monkeypatch.setattr(checks, "_WORKERS", workers)
    monkeypatch.setattr(checks, "_SPLIT_MIN", 10)  # the GEOS calls split too, on this small field
    again = checks.validate(plots, today=TODAY).issues
    assert [tuple(getattr(i, f) for f in _FIELDS) for i in again] == [tuple(getattr(i, f) for f in _FIELDS)
                                                                      for i in issues]


def _fields(issues: list) -> list[tuple]:
    return [tuple(getattr(issue, name) for name in _FIELDS) for issue in issues]


def _pairs_of(plots: list[Plot]) -> tuple[overlap_area.StarRings, np.ndarray, np.ndarray]:
    """The star rows of ``plots`` and every pair of them whose boxes meet (i < j)."""
    geoms = np.array([plot.geometry for plot in plots], dtype=object)
    polygons = np.flatnonzero(np.isin(shapely.get_type_id(geoms), [3, 6]))
    rings = checks._Rings.of(geoms, polygons)
    stars = overlap_area.StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    left, right = shapely.STRtree(geoms).query(geoms)
    keep = left < right
    return stars, left[keep], right[keep]


def test_validate_gives_round_eight_issues(case) -> None:
    plots, issues = case
    with round_eight():
        old = checks.validate(plots, today=TODAY).issues
    assert_same_issues(_fields(issues), _fields(old))
    assert sum(issue.code == "PLOTS_OVERLAP" for issue in old) > 800


def test_shared_rings_match_round_eight() -> None:
    """Pair by pair: where both rounds compute the shared part, the same point and the areas within
    rounding; the polygons (``geometries``) unchanged; pairs of both orders (fewer vertices first or
    second) among them, so the new order is taken."""
    rng = np.random.default_rng(4)
    side = 0.003 * math.sqrt(300)
    shapes = [rough_star(rng, -60.0 + rng.uniform(0, side), -10.0 + rng.uniform(0, side), rng.uniform(5e-4, 2e-3),
                         int(rng.integers(5, 120)), rough=0.15, even=True) for _ in range(300)]
    shapes = [g.reverse() if k % 3 == 0 else g for k, g in enumerate(shapes)]
    stars, left, right = _pairs_of([Plot(index=k, geometry=g) for k, g in enumerate(shapes)])
    ra, rb = stars.rank[left], stars.rank[right]
    both = (ra >= 0) & (rb >= 0)
    assert (stars.size[rb[both]] < stars.size[ra[both]]).sum() > 150
    assert (stars.size[rb[both]] > stars.size[ra[both]]).sum() > 150
    new = overlap_area.shared_rings(stars, left, right, workers=2)
    with round_eight():
        old = overlap_area.shared_rings(stars, left, right)
        old_geometries = overlap_area.shared_rings(stars, left, right, geometries=True)
    new_geometries = overlap_area.shared_rings(stars, left, right, geometries=True)
    common = new.done & old.done
    assert common.sum() > 0.95 * old.done.sum() and (new.done & ~old.done).sum() < 0.05 * old.done.sum()
    np.testing.assert_allclose(new.area[common], old.area[common], rtol=1e-12, atol=0)
    np.testing.assert_allclose(new.hectares[common], old.hectares[common], rtol=1e-12, atol=0)
    positive = common & (old.area > 0)
    assert positive.sum() > 250
    assert np.array_equal(new.location[positive], old.location[positive])
    assert np.array_equal(new_geometries.done, old_geometries.done)
    assert [None if g is None else g.wkb for g in new_geometries.polygons] == [
        None if g is None else g.wkb for g in old_geometries.polygons]
    assert np.array_equal(new_geometries.area, old_geometries.area, equal_nan=True)
