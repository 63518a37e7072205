"""The shared parts built from the outlines' crossings (overlap_area) against GEOS's intersection, pair by
pair, on thousands of random pairs: rough star-shaped plots both ways round, plots cut from one grid
(collinear shared edges, shared corners), plots sharing a vertex or with a vertex on the other's edge,
near-misses by 1e-13 degrees, coordinates rounded to few decimals, and plots the fast path must leave to
GEOS (holes, several parts, rings that are not star-shaped). Every pair the fast path builds must be
exactly GEOS's polygon (same coordinates once normalised), with the same point on surface."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from tests.fixtures.shapes import comb, rough_star
from vantage_plugin.core.geodesy import geodesic_area_ha
from vantage_plugin.core.validation import checks
from vantage_plugin.core.validation.overlap_area import SharedParts, StarRings, shared_rings, star_rings


def _pairs() -> tuple[list, list[tuple[int, int]]]:
    """Shapes and the pairs of them to intersect."""
    rng = np.random.default_rng(13)
    shapes: list = []
    pairs: list[tuple[int, int]] = []

    def add(a, b) -> None:
        shapes.extend([a, b])
        pairs.append((len(shapes) - 2, len(shapes) - 1))

    for k in range(3000):
        cx, cy = rng.uniform(-80, 80), rng.uniform(-60, 60)
        r1 = 10.0 ** rng.uniform(-4, -2)
        r2 = r1 * 10.0 ** rng.uniform(-0.5, 0.5)
        m1, m2 = int(rng.integers(4, 80)), int(rng.integers(4, 80))
        rough = rng.choice([0.0, 0.05, 0.2, 0.3])
        a = rough_star(rng, cx, cy, r1, m1, rough, even=k % 6 != 0)
        direction = rng.uniform(0, 2 * math.pi)
        distance = (r1 + r2) * rng.uniform(0.3, 1.05)
        b = rough_star(rng, cx + distance * math.cos(direction), cy + distance * math.sin(direction), r2, m2, rough,
                       even=True)
        if k % 5 == 0:
            a = a.reverse()
        if k % 7 == 0:
            b = b.reverse()
        if k % 11 == 0:  # coordinates rounded to a coarse grid: collinear and shared pieces turn up
            grid = r1 / 20
            a, b = (shapely.transform(g, lambda c, s=grid: np.round(c / s) * s) for g in (a, b))
        elif k % 23 == 1:  # a precision grid kept in the geometry (GEOS then snaps its result to it)
            a, b = (shapely.set_precision(g, r1 / 20) for g in (a, b))
        add(a, b)
    for _ in range(400):
        # Plots cut from one grid: shared edges, collinear overlapping edges, shared corners.
        x0, y0, s = rng.integers(-1000, 1000) * 1e-3, rng.integers(-1000, 1000) * 1e-3, 1e-3
        i, j, w, h = (int(v) for v in rng.integers(0, 3, 4))
        add(box(x0, y0, x0 + 2 * s, y0 + 2 * s), box(x0 + i * s, y0 + j * s, x0 + (i + w + 1) * s, y0 + (h + 1) * s))
    for k in range(400):
        # A vertex shared, or one plot's vertex on the other's edge (exactly or by 1e-13), or just apart.
        a = rough_star(rng, rng.uniform(-80, 80), rng.uniform(-60, 60), 1e-3, int(rng.integers(5, 30)), 0.1, even=True)
        ring = np.asarray(a.exterior.coords)[:-1]
        v = int(rng.integers(len(ring)))
        point = ring[v] if k % 3 == 0 else (ring[v] + ring[(v + 1) % len(ring)]) / 2
        point = point + (0.0 if k % 3 == 1 else rng.choice([-1e-13, 1e-13, 0.0], 2))
        centre = np.asarray(a.centroid.coords[0])
        outward = point + (point - centre) * rng.uniform(0.2, 1.5)
        b = rough_star(rng, *outward, float(np.hypot(*(outward - point))), int(rng.integers(5, 30)), 0.0, even=True)
        b_ring = np.asarray(b.exterior.coords)[:-1]
        b_ring[int(np.argmin(np.hypot(*(b_ring - point).T)))] = point
        add(a, Polygon(b_ring))
    # Shapes the fast path must leave to GEOS.
    for k in range(100):
        outer = box(0, 0, 1e-3, 1e-3)
        holed = Polygon(outer.exterior.coords, [box(3e-4, 3e-4, 7e-4, 7e-4).exterior.coords])
        add(holed, box(5e-4, 5e-4 + k * 1e-6, 1.5e-3, 1.5e-3))
        add(MultiPolygon([box(0, 0, 1e-3, 1e-3), box(2e-3, 0, 3e-3, 1e-3)]), box(5e-4, 2e-4 + k * 1e-6, 2.5e-3, 8e-4))
        add(comb(0, 0, 4e-3), comb(1e-3 + k * 1e-6, 5e-4, 4e-3))
    return shapes, pairs


@pytest.fixture(scope="module")
def computed():
    shapes, pairs = _pairs()
    geoms = np.array(shapes, dtype=object)
    left, right = np.array(pairs).T
    # As in the overlap check: only pairs of valid plots where neither lies inside the other.
    valid = shapely.is_valid(geoms[left]) & shapely.is_valid(geoms[right])
    left, right = left[valid], right[valid]
    keep = ~shapely.contains(geoms[left], geoms[right]) & ~shapely.contains(geoms[right], geoms[left])
    left, right = left[keep], right[keep]
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    stars = StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    # Plots with a fixed precision grid (GEOS snaps the result to it) are the caller's to keep from it.
    plain = (shapely.get_precision(geoms[left]) == 0) & (shapely.get_precision(geoms[right]) == 0)
    assert (~plain).sum() > 100
    parts = SharedParts.empty(len(left))
    parts.put(plain, shared_rings(stars, left[plain], right[plain], geometries=True))
    reference = shapely.intersection(geoms[left], geoms[right])
    return geoms, left, right, parts, reference


def test_every_built_shared_part_is_geos_intersection_exactly(computed):
    geoms, left, right, parts, reference = computed
    shared, done, hectares = parts.polygons, parts.done, parts.hectares
    mine, theirs = shared[done], reference[done]
    assert done.sum() > 2000
    # Normalised (rings started at their smallest point, shells clockwise), coordinate for coordinate.
    same = shapely.equals_exact(shapely.normalize(mine), shapely.normalize(theirs), tolerance=0.0)
    assert same.all(), [(a.wkt, b.wkt) for a, b in zip(mine[~same][:2], theirs[~same][:2])]
    positive = shapely.area(theirs) > 0
    assert ((shapely.area(mine) > 0) == positive).all()
    assert positive.sum() > 2000
    assert (shapely.get_type_id(theirs[positive]) == 6).sum() > 10  # several parts
    # The planar area (compared with the threshold), the point on the surface the issue shows (computed
    # without the polygon) and the geodesic area it reports.
    np.testing.assert_allclose(parts.area[done], shapely.area(theirs), rtol=1e-9, atol=0)
    assert ((parts.area[done] > 0) == positive).all()
    on_theirs = shapely.get_coordinates(shapely.point_on_surface(theirs[positive]))
    assert (parts.location[done][positive] == on_theirs).all()
    assert np.isnan(parts.location[done][~positive]).all()
    # The geodesic area computed along the way: geodesy's, on GEOS's polygon, within 1e-9 (and the same
    # to the 4 decimals the message shows).
    expected = geodesic_area_ha(theirs[positive])
    np.testing.assert_allclose(hectares[done][positive], expected, rtol=1e-9)
    assert [f"{h:.4f}" for h in hectares[done][positive]] == [f"{h:.4f}" for h in expected]
    assert np.isnan(hectares[~done]).all()


def test_degenerate_and_unsupported_pairs_are_left_to_geos(computed):
    geoms, left, right, parts, reference = computed
    done = parts.done
    kinds = shapely.get_num_interior_rings(geoms[left]) + shapely.get_num_interior_rings(geoms[right])
    multi = (shapely.get_type_id(geoms[left]) == 6) | (shapely.get_type_id(geoms[right]) == 6)
    assert (kinds > 0).sum() >= 50 and multi.sum() >= 50
    assert not done[(kinds > 0) | multi].any()
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    star, _, _, _ = star_rings(rings.coords, rings.ring_of, len(rings.owner))
    not_star = ~star[np.searchsorted(rings.owner, left)] | ~star[np.searchsorted(rings.owner, right)]
    assert not_star.sum() >= 100 and not done[not_star].any()
    # Pairs that share a corner or an edge, or touch a vertex, where GEOS's arithmetic decides: not built here.
    touching = shapely.touches(geoms[left], geoms[right])
    assert touching.sum() >= 50 and not done[touching].any()
    shares_vertex = np.array([bool(set(map(tuple, shapely.get_coordinates(geoms[i])))
                                   & set(map(tuple, shapely.get_coordinates(geoms[j]))))
                              for i, j in zip(left.tolist(), right.tolist())])
    assert shares_vertex.sum() >= 100 and not done[shares_vertex].any()
    assert (~done).sum() < len(done) // 2


def test_the_overlap_check_takes_geos_where_the_fast_path_cannot(computed):
    geoms, left, right, _parts, reference = computed
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    result = checks._intersections(rings, len(geoms), left, right, geoms[left], geoms[right])
    fast, slow = result.done, ~result.done
    assert slow.sum() > 100 and fast.sum() > 2000
    same = shapely.equals_exact(shapely.normalize(result.polygons[slow]), shapely.normalize(reference[slow]),
                                tolerance=0.0)
    assert same.all()
    np.testing.assert_allclose(result.area[fast], shapely.area(reference[fast]), rtol=1e-9, atol=0)
    np.testing.assert_allclose(result.hectares[fast], geodesic_area_ha(reference[fast]), rtol=1e-9, atol=0)
    positive = shapely.area(reference[fast]) > 0
    assert (result.location[fast][positive]
            == shapely.get_coordinates(shapely.point_on_surface(reference[fast][positive]))).all()


def test_pairs_whose_crossings_are_all_unsure_are_left_to_geos():
    """Boxes near (0, 0): the crossing points' rounding cannot be certified, so no pair is built here."""
    geoms = np.array([box(0, 0, 0.01, 0.01), box(0.005, 0.005, 0.015, 0.015)], dtype=object)
    rings = checks._Rings.of(geoms, np.arange(2))
    parts = shared_rings(StarRings(rings.coords, rings.ring_of, rings.owner, 2), np.array([0]), np.array([1]))
    assert not parts.done.any()
    result = checks._intersections(rings, 2, np.array([0]), np.array([1]), geoms[:1], geoms[1:])
    assert shapely.equals_exact(result.polygons[0], shapely.intersection(geoms[0], geoms[1]), tolerance=0.0)


def test_vertex_search_by_buckets_is_a_binary_search():
    """The bucketed search for the last vertex at an angle (with its fallback when vertices crowd into a
    few buckets) against numpy's binary search, on rings with evenly spread and crowded vertices."""
    rng = np.random.default_rng(3)
    shapes = [rough_star(rng, 0, 0, 1e-3, 50, 0.2, even=True), rough_star(rng, 1, 1, 1e-3, 6, 0.0, even=True)]
    crowded = np.r_[np.linspace(0, 0.3, 200), [2.0, 4.0]]  # 200 vertices within 0.3 rad, then two more
    shapes.append(Polygon(np.column_stack([2 + 1e-3 * np.cos(crowded), 2 + 1e-3 * np.sin(crowded)])))
    geoms = np.array(shapes, dtype=object)
    rings = checks._Rings.of(geoms, np.arange(len(geoms)))
    stars = StarRings(rings.coords, rings.ring_of, rings.owner, len(geoms))
    assert (stars.rank >= 0).all()
    rows = np.repeat(np.arange(len(geoms)), 500)
    angle = np.concatenate([np.r_[rng.uniform(0, 2 * math.pi, 490), stars.angle[stars.first[r]:][:10]]
                            for r in range(len(geoms))])
    expected = np.array([np.searchsorted(stars.angle[stars.first[r]:stars.first[r] + stars.size[r]], a, "right") - 1
                         for r, a in zip(rows, angle)])
    assert (stars._last_at(rows, angle) == expected).all()
