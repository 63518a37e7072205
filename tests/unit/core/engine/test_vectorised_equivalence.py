"""The engine's vectorised pieces against straightforward per-plot references written here.

- the risk rule on arrays (``risk.assess_many``) against the scalar rule applied value by value;
- exact coverage (edges split at rows then columns, no sort) against shapely's intersection area of
  each cell's box with the polygon, and the splitting itself against sorted crossings;
- the bulk rounding and percentages of the Analysis against ``round`` / ``analysis.percent``;
- the overlaps with the plots' validity given against the overlaps checking it themselves, and the
  overlap areas against shapely intersections of whole polygons;
- ``run_bundled`` on many plots at once (results built per chunk on arrays) against the same plots run
  one at a time, on GeoTIFFs written here (tree cover + loss years, part of one plot off the raster,
  harvest dates before 2021, inside the data's years and past its last year, points).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from osgeo import gdal, osr

from tests.fixtures.shapes import star, write_areas, write_tif
from vantage_plugin.core import analysis, geodesy, risk
from vantage_plugin.core.engine.bundled import run_bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.coverage import _split_at_integers, exact_coverage, polygon_rings
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.engine.overlaps import OverlapIndex
from vantage_plugin.core.plots import Plot


# --- the risk rule ------------------------------------------------------------------------------
def test_risk_on_arrays_matches_the_scalar_rule_value_by_value():
    rng = np.random.default_rng(5)
    edges = [0.0, 0.5, 0.5000001, 1.0, 1.0000001, 10.0, 10.0001, 15.0, 15.0001, 100.0]
    pct = np.concatenate([rng.uniform(0, 40, 2000), edges, [np.nan, 3.0]])
    ha = np.concatenate([rng.uniform(0, 3, 2000), edges[::-1], [1.0, np.nan]])
    got = risk.assess_many(pct, ha)
    for k in range(len(pct)):
        p = None if math.isnan(pct[k]) else float(pct[k])
        h = None if math.isnan(ha[k]) else float(ha[k])
        assert risk.OUTCOMES[got[k]] == risk.assess(p, h), (pct[k], ha[k])


# --- exact coverage -----------------------------------------------------------------------------
def _reference_coverage(polygon, row0, col0, nrows, ncols):
    """Coverage of each cell (u = column, v = row) by shapely: area of the polygon ∩ the cell's box."""
    out = np.zeros((nrows, ncols))
    for i in range(nrows):
        for j in range(ncols):
            box = shapely.box(col0 + j, row0 + i, col0 + j + 1, row0 + i + 1)
            out[i, j] = shapely.area(shapely.intersection(polygon, box))
    return out


def test_exact_coverage_matches_shapely_cell_intersections():
    rng = np.random.default_rng(7)
    shapes = [star(rng, rng.uniform(3, 20), rng.uniform(3, 20), rng.uniform(1, 6), int(rng.integers(5, 60)))
              for _ in range(12)]
    # a polygon with a hole, a multipolygon, one with vertices exactly on cell lines, a clockwise one
    shapes.append(shapely.Polygon([(1, 1), (9, 1), (9, 8), (1, 8)], [[(3, 3), (6.5, 3.5), (5, 6)]]))
    shapes.append(shapely.MultiPolygon([star(rng, 5, 5, 2, 9), star(rng, 12.3, 4.7, 1.5, 7)]))
    shapes.append(shapely.Polygon([(2, 2), (7, 2), (7, 5), (4, 7), (2, 5)]))
    shapes.append(shapely.Polygon([(0.5, 0.5), (0.5, 6.25), (7.75, 6.25), (7.75, 0.5)]))
    geoms = np.array(shapes, dtype=object)
    rings = polygon_rings(geoms)
    cov = exact_coverage(rings.xy[:, 0], rings.xy[:, 1], rings)  # pixel coordinates: x = column, y = row
    w = cov.windows
    for p, polygon in enumerate(shapes):
        expected = _reference_coverage(polygon, int(w.row0[p]), int(w.col0[p]), int(w.nrows[p]), int(w.ncols[p]))
        np.testing.assert_allclose(w.view(cov.fraction, p), expected, atol=1e-9)
        assert w.view(cov.fraction, p).sum() == pytest.approx(polygon.area, rel=1e-12)


def test_edges_split_at_integers_as_sorted_crossings_would_split_them():
    rng = np.random.default_rng(11)
    n = 400
    s0 = rng.uniform(0, 0.5, n)
    s1 = s0 + rng.uniform(0, 0.5, n)
    x0 = rng.uniform(-5, 5, n)
    dx = rng.normal(0, 4, n)
    dx[:20] = 0.0  # along the axis: never cut
    x0[20:40] = np.round(x0[20:40])  # starting on a line
    seg, start, end = _split_at_integers(s0, s1, x0, dx)
    for k in range(n):
        a, b = start[seg == k], end[seg == k]
        # reference: the parameters where x(t) is an integer, strictly inside (s0, s1), sorted
        if dx[k] == 0:
            cuts = np.array([])
        else:
            xa, xb = x0[k] + s0[k] * dx[k], x0[k] + s1[k] * dx[k]
            ints = np.arange(math.ceil(min(xa, xb)), math.floor(max(xa, xb)) + 1)
            cuts = np.sort((ints - x0[k]) / dx[k])
        points = np.concatenate([[s0[k]], np.clip(cuts, s0[k], s1[k]), [s1[k]]])
        np.testing.assert_allclose(a, points[:-1], atol=1e-12)
        np.testing.assert_allclose(b, points[1:], atol=1e-12)
        # every piece lies within one integer interval of x
        mid = x0[k] + 0.5 * (a + b) * dx[k]
        lo, hi = x0[k] + a * dx[k], x0[k] + b * dx[k]
        assert np.all(np.floor(mid) <= np.minimum(lo, hi) + 1e-9)
        assert np.all(np.maximum(lo, hi) <= np.floor(mid) + 1 + 1e-9)


# --- rounding and percentages in bulk -----------------------------------------------------------
def test_bulk_rounding_and_percentages_match_the_scalar_helpers():
    rng = np.random.default_rng(3)
    part = np.concatenate([rng.uniform(0, 50, 3000), [np.nan, 0.0, 1.23455, 2.5e-5]])
    whole = np.concatenate([rng.uniform(0, 60, 3000), [5.0, 0.0, 10.0, -1.0]])
    got = analysis.rounded(analysis.percents(part, whole))
    for k in range(len(part)):
        p = None if math.isnan(part[k]) else float(part[k])
        expected = analysis.percent(p, float(whole[k]))
        assert got[k] == (None if expected is None else round(expected, 4))
    assert analysis.rounded(part, 6) == [None if math.isnan(v) else round(float(v), 6) for v in part]


# --- overlaps -----------------------------------------------------------------------------------
def test_overlaps_with_validity_given_match_the_overlaps_checking_it(tmp_path):
    rng = np.random.default_rng(21)
    areas = [star(rng, 10.0, 5.0, 0.02, 600), star(rng, 10.03, 5.01, 0.015, 400)]
    path = write_areas(tmp_path / "areas.gpkg", areas)
    plots = [star(rng, 10 + rng.uniform(-0.04, 0.05), 5 + rng.uniform(-0.03, 0.03), 0.002, 40) for _ in range(80)]
    plots.append(shapely.Polygon([(10.0, 5.0), (10.004, 5.004), (10.004, 5.0), (10.0, 5.004)]))  # a bow tie
    plots.append(shapely.box(10.0, 5.0, 10.001, 5.001))  # deep inside the first area
    geoms = np.array(plots, dtype=object)
    area_ha = geodesy.geodesic_area_ha(geoms)
    valid = shapely.is_valid(geoms)
    assert not valid.all() and valid.sum() > 50
    index = OverlapIndex.for_plots(DataSource(path), "pa", geoms)
    union_a, pairs_a, geom_a = index.overlap_areas(geoms, area_ha)
    union_b, pairs_b, geom_b = OverlapIndex.for_plots(DataSource(path), "pa", geoms).overlap_areas(
        geoms, area_ha, valid)
    np.testing.assert_allclose(union_b, union_a, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(geom_b, geom_a, rtol=1e-12)
    assert [p[:2] for p in pairs_b] == [p[:2] for p in pairs_a]
    np.testing.assert_allclose([p[2] for p in pairs_b], [p[2] for p in pairs_a], rtol=1e-12)
    # reference: whole polygons intersected by shapely in the equal-area projection
    fixed = np.array([g if g.is_valid else shapely.make_valid(g) for g in plots], dtype=object)
    ea_plots = geodesy.equal_area_geometry(fixed)
    ea_areas = geodesy.equal_area_geometry(np.array(areas, dtype=object))
    got = {(p, r): ha for p, r, ha in pairs_b}
    for p in range(len(plots)):
        pieces = [shapely.intersection(ea_plots[p], a) for a in ea_areas]
        for r, piece in enumerate(pieces):
            ha = shapely.area(piece) / geodesy.M2_PER_HA
            if ha * geodesy.M2_PER_HA > 0.01:
                assert got[(p, r)] == pytest.approx(ha, rel=1e-7)
            else:
                assert (p, r) not in got
        union = shapely.area(shapely.union_all(pieces)) / geodesy.M2_PER_HA
        assert union_b[p] == pytest.approx(union, rel=1e-7, abs=1e-9)


# --- the whole engine: many plots at once vs one at a time -------------------------------------
X0, Y0, RES = 20.0, 5.0, 0.00025  # lon/lat cells of ~28 m
SIZE = 400
GT = (X0, RES, 0, Y0, 0, -RES)


@pytest.fixture(scope="module")
def rasters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("equivalence")
    rng = np.random.default_rng(17)
    cover = rng.integers(0, 101, (SIZE, SIZE)).astype(np.uint8)
    loss = np.where(rng.random((SIZE, SIZE)) < 0.25, rng.integers(1, 24, (SIZE, SIZE)), 0).astype(np.uint8)
    loss[:40, :40] = 255  # nodata in a corner: plots there are only partly covered
    return (write_tif(folder / "Hansen_GFC-2023-v1.11_treecover2000_test.tif", cover, GT, block=128),
            write_tif(folder / "Hansen_GFC-2023-v1.11_lossyear_test.tif", loss, GT, nodata=255, block=128))


def _plots():
    rng = np.random.default_rng(29)
    dates = ["2020-06-01", "2021-03-15", "2022-12-31", "2023-07-01", "2024-05-01", None, "31/12/2022"]
    plots = []
    for k in range(60):
        lon = X0 + RES * rng.uniform(10, SIZE - 10)
        lat = Y0 - RES * rng.uniform(10, SIZE - 10)
        if k % 7 == 3:
            geometry = shapely.Point(lon, lat)
        else:
            geometry = star(rng, lon, lat, RES * rng.uniform(2, 12), int(rng.integers(8, 80)))
        plots.append(Plot(k, geometry, user_id=str(k), commodity="cocoa" if k % 2 else None,
                          harvest_date=dates[k % len(dates)], point_ha=1.5 if k % 14 == 3 else None))
    # partly off the raster, and partly on the nodata corner
    plots.append(Plot(60, shapely.box(X0 - 5 * RES, Y0 - 200 * RES, X0 + 6 * RES, Y0 - 190 * RES),
                      harvest_date="2023-01-01"))
    plots.append(Plot(61, shapely.box(X0 + 30 * RES, Y0 - 50 * RES, X0 + 50 * RES, Y0 - 30 * RES),
                      harvest_date="2022-01-01"))
    return plots


def _comparable(result):
    return (result.plot_index, result.status, result.analysis, result.error, result.country, result.state,
            result.extra, result.limits, result.level_is_minimum)


def _assert_same(a, b, where=""):
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), where
        for key in a:
            _assert_same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b)):
            _assert_same(x, y, f"{where}[{k}]")
    elif isinstance(a, float) and isinstance(b, float):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-9), where
    else:
        assert a == b, where


def test_run_bundled_on_many_plots_matches_the_plots_run_one_by_one(rasters):
    forest, loss = rasters
    options = BundledOptions(forest_2020=DataSource(forest), loss_year=DataSource(loss), commodity="coffee",
                             harvest_date="2023-06-30", chunk_size=16)
    plots = _plots()
    together, run = run_bundled(plots, options)
    assert len(together) == len(plots)
    statuses = {r.status for r in together}
    assert analysis.STATUS_OK in statuses and analysis.STATUS_NO_DATA in statuses
    limits = {code for r in together for code in r.limits}
    assert risk.Limit.HARVEST_BEFORE_CUTOFF.value in limits and risk.Limit.PARTIAL_COVERAGE.value in limits
    assert any(r.analysis["deforestation"]["total"] for r in together)
    for plot, result in zip(plots, together):
        (alone,), _ = run_bundled([plot], options)
        _assert_same(_comparable(result), _comparable(alone), f"plot {plot.index}")
        # the Analysis has the shape analysis.make_analysis gives (every key, nested ones too)
        shape = analysis.make_analysis(area_ha=1.0, analysis_end="2023-01-01", forest_ha=0.5, deforestation_ha=0.1,
                                       deforestation_yearly={2021: 0.1}, risk_level=risk.LOW, risk_reason="",
                                       version="v", jrc=False)
        assert set(result.analysis) == set(shape)
        assert set(result.analysis["deforestation"]) == set(shape["deforestation"])


# --- the whole-raster sample of a big raster without overviews ---------------------------------
def test_overview_sample_of_a_big_raster_reads_blocks_spread_over_it(tmp_path):
    from vantage_plugin.core.engine.rasters import OVERVIEW_BLOCKS, Raster

    blocks, size = 20, 16  # 20 × 20 blocks of 16 px: more than OVERVIEW_BLOCKS² blocks, no overviews
    values = np.zeros((blocks * size, blocks * size), np.uint8)
    for by in range(blocks):
        for bx in range(blocks):
            values[by * size:(by + 1) * size, bx * size:(bx + 1) * size] = (by * blocks + bx) % 250
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "big.tif"), values.shape[1], values.shape[0], 1,
                                              gdal.GDT_Byte, options=["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"])
    ds.SetGeoTransform((0, 0.001, 0, 0, 0, -0.001))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    raster = Raster(str(tmp_path / "big.tif"))
    sample = raster.sample_overview()
    seen = set(np.unique(sample).tolist())
    # reference: the blocks a regular OVERVIEW_BLOCKS × OVERVIEW_BLOCKS grid over the raster picks
    picked = np.unique(np.linspace(0, blocks - 1, OVERVIEW_BLOCKS).round().astype(int))
    expected = {(by * blocks + bx) % 250 for by in picked for bx in picked}
    assert seen == expected
    assert {0, (blocks * blocks - 1) % 250} <= seen  # both corners
    raster.close()
