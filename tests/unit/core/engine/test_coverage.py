"""Exact cell coverage (core/engine/coverage.py) against brute force: shapely intersection of the
polygon with every cell box, and plot areas from pyproj's geodesic (Karney) computations."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from vantage_plugin.core.engine.coverage import exact_coverage, polygon_rings


def brute_force(geom, extent=None):
    """{(row, col): area} of geom ∩ each unit cell, geometry given in (u=col, v=row) coordinates."""
    minx, miny, maxx, maxy = geom.bounds
    out = {}
    for i in range(math.floor(miny), math.ceil(maxy) + 1):
        for j in range(math.floor(minx), math.ceil(maxx) + 1):
            if extent is not None and not (0 <= i < extent[0] and 0 <= j < extent[1]):
                continue
            a = geom.intersection(box(j, i, j + 1, i + 1)).area
            if a > 1e-12:
                out[(i, j)] = a
    return out


def engine_cells(geoms, extent=None):
    rings = polygon_rings(np.array(geoms, dtype=object))
    cov = exact_coverage(rings.xy[:, 0], rings.xy[:, 1], rings, extent=extent)
    plot, row, col, frac = cov.cells()
    per_plot = [dict() for _ in geoms]
    for p, r, c, f in zip(plot, row, col, frac):
        per_plot[p][(int(r), int(c))] = float(f)
    return per_plot


def assert_same(got, expected, tol=1e-9):
    keys = set(got) | set(expected)
    worst = max((abs(got.get(k, 0.0) - expected.get(k, 0.0)) for k in keys), default=0.0)
    assert worst < tol, f"max cell difference {worst}"


def random_star(rng, cx, cy, r, n):
    """A concave star-shaped polygon (random radii) around (cx, cy)."""
    angles = np.sort(rng.uniform(0, 2 * math.pi, n))
    radii = rng.uniform(0.3 * r, r, n)
    return shapely.Polygon(np.column_stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)]))


def test_random_concave_polygons_with_holes_and_multipolygons():
    rng = np.random.default_rng(42)
    geoms = []
    for k in range(40):
        cx, cy = rng.uniform(-50, 50, 2)
        shell = random_star(rng, cx, cy, rng.uniform(1, 8), rng.integers(5, 30))
        if k % 3 == 0:
            hole = shapely.Point(cx, cy).buffer(0.25 * shapely.minimum_bounding_radius(shell) * 0.5, 5)
            shell = shell.difference(hole) if shell.contains(hole) else shell
        if k % 4 == 1:
            other = random_star(rng, cx + 20, cy - 7, 3, 12)
            shell = shapely.MultiPolygon([shell, other]) if not shell.intersects(other) else shell
        if shell.is_valid:
            geoms.append(shell)
    assert len(geoms) > 30
    assert any(g.geom_type == "MultiPolygon" for g in geoms)
    assert any(g.geom_type == "Polygon" and len(g.interiors) for g in geoms)
    got = engine_cells(geoms)
    for g, cells in zip(geoms, got):
        assert_same(cells, brute_force(g))
        assert sum(cells.values()) == pytest.approx(g.area, rel=1e-12, abs=1e-12)


def test_orientation_does_not_matter():
    shell = [(0.2, 0.3), (6.7, 0.1), (5.9, 4.4), (3.1, 2.2), (0.5, 5.5)]
    hole = [(4.0, 1.0), (5.0, 1.0), (5.0, 2.0)]
    variants = [
        shapely.Polygon(shell, [hole]),
        shapely.Polygon(shell[::-1], [hole]),
        shapely.Polygon(shell, [hole[::-1]]),
        shapely.Polygon(shell[::-1], [hole[::-1]]),
    ]
    expected = brute_force(variants[0])
    for cells in engine_cells(variants):
        assert_same(cells, expected)


def test_vertices_and_edges_exactly_on_grid_lines():
    geoms = [
        box(2, 3, 7, 9),  # whole cells only
        shapely.Polygon([(0, 0), (4, 0), (4, 4), (2, 2), (0, 4)]),  # diagonal through cell corners
        shapely.Polygon([(1, 1), (3, 1), (3, 2), (5, 2), (5, 5), (1, 5)], [[(2, 3), (3, 3), (3, 4), (2, 4)]]),
        shapely.Polygon([(0.5, 0), (1.5, 0), (1.5, 1), (0.5, 1)]),  # horizontal edges on grid lines
    ]
    for g, cells in zip(geoms, engine_cells(geoms)):
        assert_same(cells, brute_force(g))
    assert all(f == pytest.approx(1.0, abs=1e-12) for f in engine_cells([box(2, 3, 7, 9)])[0].values())


def test_windows_cut_to_a_raster_extent():
    g = shapely.Point(5.3, 5.1).buffer(4.7)
    shifted = shapely.affinity.translate(g, -6, -3)  # sticks out left and above
    for geom in (g, shifted):
        for extent in ((7, 8), (4, 3), (20, 20), (6, 100), (1, 1)):
            assert_same(engine_cells([geom], extent)[0], brute_force(geom, extent))
    far = shapely.affinity.translate(g, 500, 500)
    assert engine_cells([far], (50, 50))[0] == {}


def test_empty_and_missing_geometries_do_not_disturb_the_others():
    a = shapely.Polygon([(0.3, 0.3), (2.7, 0.4), (1.1, 2.9)])
    geoms = [None, a, shapely.Polygon(), a]
    got = engine_cells(geoms)
    assert got[0] == {} and got[2] == {}
    assert_same(got[1], brute_force(a))
    assert_same(got[3], brute_force(a))


def test_half_hectare_plot_on_30m_pixels_matches_geodesic_area():
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    # A 0.5 ha irregular plot in Cote d'Ivoire on a Hansen-like grid (0.00025 deg, ~27.7 m).
    lon0, lat0, d = -5.50000, 6.80000, 0.00025
    pts = np.array([(0, 0), (72, 8), (80, 61), (31, 75), (-5, 40)], dtype=float)  # metres, ~0.5 ha
    m_per_deg_lat = 110_574.0
    m_per_deg_lon = 111_320.0 * math.cos(math.radians(lat0))
    lonlat = np.column_stack([lon0 + 0.0000313 + pts[:, 0] / m_per_deg_lon, lat0 - 0.0000177 + pts[:, 1] / m_per_deg_lat])
    plot = shapely.Polygon(lonlat)
    area_m2 = abs(geod.geometry_area_perimeter(plot)[0])
    assert 4000 < area_m2 < 6000
    x0, y0 = -5.6, 7.0  # grid origin
    u = (lonlat[:, 0] - x0) / d
    v = (y0 - lonlat[:, 1]) / d
    pix = shapely.Polygon(np.column_stack([u, v]))
    got = engine_cells([pix])[0]
    assert 6 <= len(got) <= 20  # only a handful of pixels
    assert_same(got, brute_force(pix))

    # Σ coverage × cell area (cells measured by pyproj) = the plot's geodesic area.
    def cell_area(row, col):
        w, e = x0 + col * d, x0 + (col + 1) * d
        n, s = y0 - row * d, y0 - (row + 1) * d
        lons = np.linspace(w, e, 20)
        ring_lon = np.r_[lons, np.full(20, e), lons[::-1], np.full(20, w)]
        ring_lat = np.r_[np.full(20, n), np.linspace(n, s, 20), np.full(20, s), np.linspace(s, n, 20)]
        return abs(geod.polygon_area_perimeter(ring_lon, ring_lat)[0])

    total = sum(f * cell_area(r, c) for (r, c), f in got.items())
    assert total == pytest.approx(area_m2, rel=2e-4)
