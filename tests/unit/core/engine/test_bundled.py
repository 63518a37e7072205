"""The bundled engine end to end (core/engine/bundled.py) on synthetic and real rasters."""

from __future__ import annotations

import datetime as dt
import json
import os

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr, osr

from tests.conftest import shared_file
from tests.fixtures.geodesy import geod_area_ha
from tests.fixtures.shapes import write_tif
from vantage_plugin.core import analysis, geodesy, risk
from vantage_plugin.core.engine import bundled
from vantage_plugin.core.engine.bundled import point_discs, run_bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import CANCELLED, PARTIAL, SUCCESS, Feedback

DR = "hansen-dominican-republic/"
DR_COVER = DR + "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif"
DR_LOSS = DR + "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"


def dr_options(**kw):
    values = dict(
        forest_2020=DataSource(str(shared_file(DR_COVER))),
        forest_2020_min=10,
        loss_year=DataSource(str(shared_file(DR_LOSS))),
        harvest_date="2023-06-30",  # the data (v1.11) end in 2023
    )
    values.update(kw)
    return BundledOptions(**values)


DR_PLOT = shapely.Polygon([(-71.7301, 18.6412), (-71.7012, 18.6405), (-71.6985, 18.6733), (-71.7277, 18.6791)])


# --- risk thresholds through the engine, on an equal-area grid where areas are exact -----------
class EqualAreaGrid:
    """10 m cells of EPSG:6933 (cylindrical equal area): cell areas are exactly 100 m² on the ellipsoid,
    and a rectangle of cells is a lon/lat rectangle."""

    X0, Y0, D = -5_000_000.0, -600_000.0, 10.0

    def __init__(self, tmp_path, loss_cells, size=(40, 60)):
        self.loss = np.zeros(size, np.uint8)
        self.tmp = tmp_path
        rows, cols = size
        # fill loss row by row inside the plot rectangle (rows 5.., cols 5..)
        self.plot_rows, self.plot_cols = None, None
        self.loss_cells = loss_cells

    def build(self, plot_rows, plot_cols, loss_cells, year=22):
        loss = np.zeros((plot_rows + 10, plot_cols + 10), np.uint8)
        inside = np.zeros_like(loss, dtype=bool)
        inside[5 : 5 + plot_rows, 5 : 5 + plot_cols] = True
        idx = np.flatnonzero(inside.reshape(-1))[:loss_cells]
        loss.reshape(-1)[idx] = year
        gt = (self.X0, self.D, 0, self.Y0, 0, -self.D)
        lpath = write_tif(self.tmp / f"loss_{loss_cells}.tif", loss, gt, epsg=6933, nodata=255)
        fpath = write_tif(self.tmp / "JRC_GFC2020_forest.tif", np.ones_like(loss), gt, epsg=6933, nodata=255)
        src = osr.SpatialReference()
        src.ImportFromEPSG(6933)
        src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        dst = osr.SpatialReference()
        dst.ImportFromEPSG(4326)
        dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(src, dst)
        x0, x1 = self.X0 + 5 * self.D, self.X0 + (5 + plot_cols) * self.D
        y0, y1 = self.Y0 - 5 * self.D, self.Y0 - (5 + plot_rows) * self.D
        (lon0, lat0, _), (lon1, lat1, _) = ct.TransformPoints([(x0, y0), (x1, y1)])
        plot = shapely.box(min(lon0, lon1), min(lat0, lat1), max(lon0, lon1), max(lat0, lat1))
        return fpath, lpath, plot


@pytest.mark.parametrize(
    "plot_rows, plot_cols, loss_cells, expected",
    [
        (20, 50, 50, risk.LOW),  # 10 ha plot, exactly 0.5 ha (5 %): not > 0.5 ha
        (20, 50, 51, risk.MEDIUM),  # 0.51 ha
        (20, 50, 100, risk.MEDIUM),  # exactly 1 ha (10 %)
        (20, 50, 101, risk.HIGH),  # 1.01 ha
        (20, 20, 40, risk.LOW),  # 4 ha plot, 0.4 ha = exactly 10 %
        (20, 20, 41, risk.MEDIUM),  # 10.25 %
        (10, 20, 30, risk.LOW),  # 2 ha, 0.3 ha = exactly 15 %: Medium needs > 10 % → Medium
        (10, 20, 31, risk.HIGH),  # 15.5 %
        (20, 50, 0, risk.LOW),
    ],
)
def test_risk_thresholds_through_the_engine(tmp_path, plot_rows, plot_cols, loss_cells, expected):
    if (plot_rows, plot_cols, loss_cells) == (10, 20, 30):
        expected = risk.MEDIUM  # 15 % exactly is not High but is > 10 %
    fpath, lpath, plot = EqualAreaGrid(tmp_path, loss_cells).build(plot_rows, plot_cols, loss_cells)
    results, run = run_bundled([Plot(0, plot)], BundledOptions(forest_2020=DataSource(fpath), loss_year=DataSource(lpath),
                                                               harvest_date="2024-01-01", loss_last_year=2024))
    (r,) = results
    a = r.analysis
    assert r.status == analysis.STATUS_OK, r.error
    assert a["areaHa"] == pytest.approx(plot_rows * plot_cols / 100, abs=1e-4)
    assert a["deforestation"]["total"] == pytest.approx(loss_cells / 100, abs=1e-6)
    assert a["risk_level"] == expected
    # JRC guessed from the file name: the _jrc variants are filled
    assert a["deforestation"]["total_jrc"] == a["deforestation"]["total"]
    assert a["forest_area_2020"] == pytest.approx(plot_rows * plot_cols / 100, abs=1e-4)
    assert run.status == SUCCESS


# --- real data --------------------------------------------------------------------------------
def test_real_plot_fields_and_version():
    (r,), run = run_bundled([Plot(7, DR_PLOT, harvest_date="2023-12-31")], dr_options())
    a = r.analysis
    assert r.plot_index == 7 and r.engine == "bundled" and r.status == analysis.STATUS_OK
    assert a["areaHa"] == pytest.approx(geod_area_ha(DR_PLOT), rel=1e-5)  # Karney (pyproj), independent
    assert a["analysis_end"] == "2023-12-31" == a["analysisEnd"]
    assert 0 < a["forest_area_2020"] <= a["areaHa"]
    assert a["deforestation"]["total"] == pytest.approx(sum(a["deforestation"]["total_yearly"].values()), abs=1e-3)
    assert a["deforestation_percentage"] == pytest.approx(100 * a["deforestation"]["total"] / a["areaHa"], abs=1e-3)
    assert a["deforestation"]["total_jrc"] is None  # Hansen is not JRC
    assert "vantage-qgis-bundled" in a["version"] and "treecover2000" in a["version"] and "lossyear" in a["version"]
    assert [s.name for s in run.steps] == list(bundled.STEPS)


def test_harvest_year_cuts_off_later_loss():
    (late,), _ = run_bundled([Plot(0, DR_PLOT, harvest_date="2023-03-01")], dr_options())
    (early,), _ = run_bundled([Plot(0, DR_PLOT, harvest_date="2022-12-31")], dr_options())
    late_years = late.analysis["deforestation"]["total_yearly"]
    early_years = early.analysis["deforestation"]["total_yearly"]
    assert "2023" in late_years and "2023" not in early_years
    assert set(early_years) <= {"2021", "2022"}
    for y in early_years:
        assert early_years[y] == late_years[y]


def test_default_analysis_end_is_today():
    (r,), _ = run_bundled([Plot(0, DR_PLOT)], dr_options(harvest_date=None))
    assert r.analysis["analysis_end"] == dt.date.today().isoformat()
    assert r.extra[analysis.ANALYSIS_END_FROM] == analysis.END_FROM_TODAY


def test_plot_across_tile_edge_same_as_single_raster(tmp_path):
    folder = tmp_path / "loss_tiles"
    folder.mkdir()
    src = gdal.Open(str(shared_file(DR_LOSS)))
    w, h = src.RasterXSize, src.RasterYSize
    gdal.Translate(str(folder / "Hansen_GFC-2023-v1.11_lossyear_left.tif"), src, srcWin=[0, 0, 116, h])
    gdal.Translate(str(folder / "Hansen_GFC-2023-v1.11_lossyear_right.tif"), src, srcWin=[116, 0, w - 116, h])
    gt = src.GetGeoTransform()
    edge_lon = gt[0] + 116 * gt[1]
    plot = shapely.Point(edge_lon + 0.00003, gt[3] + 115.7 * gt[5]).buffer(0.0015, 16)  # loss 2021+ there
    (single,), _ = run_bundled([Plot(0, plot)], dr_options())
    (tiled,), _ = run_bundled([Plot(0, plot)], dr_options(loss_year=DataSource(str(folder))))
    assert tiled.status == single.status == analysis.STATUS_OK
    assert tiled.analysis["deforestation"] == single.analysis["deforestation"]
    assert tiled.analysis["forest_area_2020"] == single.analysis["forest_area_2020"]
    assert single.analysis["deforestation"]["total"] > 0


def test_outside_coverage_and_nodata_are_never_low(tmp_path):
    arr = np.zeros((100, 100), np.uint8)
    arr[:, 50:] = 255  # nodata on the right half
    gt = (10.0, 0.001, 0, 1.0, 0, -0.001)
    lpath = write_tif(tmp_path / "loss.tif", arr, gt, nodata=255)
    fpath = write_tif(tmp_path / "JRC_GFC2020.tif", np.ones_like(arr), gt, nodata=255)
    opts = BundledOptions(forest_2020=DataSource(fpath), loss_year=DataSource(lpath), harvest_date="2024-01-01",
                          loss_last_year=2024)
    plots = [
        Plot(0, shapely.box(10.01, 0.95, 10.02, 0.96)),  # all data, no loss -> Low
        Plot(1, shapely.box(10.07, 0.95, 10.08, 0.96)),  # on nodata
        Plot(2, shapely.box(20.0, 5.0, 20.01, 5.01)),  # outside the rasters
        Plot(3, shapely.box(10.045, 0.95, 10.055, 0.96)),  # half on nodata
    ]
    results, run = run_bundled(plots, opts)
    by = {r.plot_index: r for r in results}
    assert by[0].analysis["risk_level"] == risk.LOW and by[0].status == analysis.STATUS_OK
    for k in (1, 2, 3):
        assert by[k].analysis["risk_level"] == risk.UNKNOWN
        assert by[k].status == analysis.STATUS_NO_DATA
        assert by[k].error
    assert by[1].analysis["deforestation"]["total"] is None
    assert by[3].extra["data_coverage"] == pytest.approx(0.5, abs=1e-6)
    assert "50.0 %" in by[3].error


def test_partial_coverage_keeps_a_level_that_cannot_be_lower(tmp_path):
    arr = np.full((100, 100), 22, np.uint8)
    arr[:, 50:] = 255
    gt = (10.0, 0.001, 0, 1.0, 0, -0.001)
    lpath = write_tif(tmp_path / "loss.tif", arr, gt, nodata=255)
    (r,), _ = run_bundled([Plot(0, shapely.box(10.045, 0.95, 10.055, 0.96))],
                          BundledOptions(loss_year=DataSource(lpath), harvest_date="2024-01-01"))
    assert r.analysis["risk_level"] == risk.HIGH  # half the plot deforested already
    assert r.extra["data_coverage"] == pytest.approx(0.5, abs=1e-6)


def test_points_and_multipoints():
    (disc,) = point_discs(np.array([-71.71]), np.array([18.66]), np.array([2.5]))
    reference = geodesy.point_disc(-71.71, 18.66, 2.5)
    assert shapely.equals_exact(disc, reference, tolerance=1e-10)  # vectorised = scalar construction
    assert geod_area_ha(disc) == pytest.approx(2.5, rel=1e-4)  # the declared area, measured independently
    plots = [
        Plot(0, shapely.Point(-71.71, 18.66)),
        Plot(1, shapely.Point(-71.72, 18.65), point_ha=1.5),
        Plot(2, shapely.MultiPoint([(-71.73, 18.64), (-71.70, 18.67)]), point_ha=2),
    ]
    results, _ = run_bundled(plots, dr_options())
    assert results[0].analysis["areaHa"] == pytest.approx(4.0, abs=1e-4)
    assert results[1].analysis["areaHa"] == pytest.approx(1.5, abs=1e-4)
    assert results[2].analysis["areaHa"] == pytest.approx(2.0, abs=1e-4)  # two discs of 1 ha
    assert "disc" in results[0].extra["analysed_as"] and "2 discs" in results[2].extra["analysed_as"]
    assert all(r.status == analysis.STATUS_OK for r in results)


def test_half_hectare_plot_on_30m_pixels():
    pyproj = pytest.importorskip("pyproj")
    plot = shapely.Polygon([(-71.71003, 18.66001), (-71.70940, 18.66008), (-71.70935, 18.66057), (-71.71000, 18.66060)])
    ha = abs(pyproj.Geod(ellps="WGS84").geometry_area_perimeter(plot)[0]) / 1e4
    assert 0.3 < ha < 0.7
    (r,), _ = run_bundled([Plot(0, plot)], dr_options())
    assert r.analysis["areaHa"] == pytest.approx(ha, abs=1e-4)
    assert r.extra["raster_area_ha"] == pytest.approx(ha, rel=1e-5)
    assert 0 <= r.analysis["forest_area_2020"] <= r.analysis["areaHa"] + 1e-6


def test_one_bad_plot_never_sinks_the_batch(monkeypatch):
    real = bundled._raster_stats
    bad = shapely.box(-71.70, 18.65, -71.699, 18.651)

    def flaky(ctx, geoms, cutoff):
        if any(g.equals(bad) for g in geoms):
            raise ValueError("boom")
        return real(ctx, geoms, cutoff)

    monkeypatch.setattr(bundled, "_raster_stats", flaky)
    plots = [Plot(0, DR_PLOT), Plot(1, bad), Plot(2, shapely.Point(-71.71, 18.66)), Plot(3, shapely.LineString([(0, 0), (1, 1)]))]
    results, run = run_bundled(plots, dr_options())
    status = {r.plot_index: r.status for r in results}
    assert status == {0: "ok", 1: "failed", 2: "ok", 3: "failed"}
    assert "boom" in results[1].error
    assert run.status == PARTIAL and set(run.plot_errors) == {1, 3}


def test_cancel_keeps_finished_chunks():
    feedback = Feedback()
    calls = {"n": 0}
    real_progress = feedback.set_progress

    def progress(p):
        real_progress(p)
        calls["n"] += 1
        if calls["n"] == 3:
            feedback.cancel()

    feedback.set_progress = progress
    plots = [Plot(k, shapely.Point(-71.73 + 0.004 * k, 18.66)) for k in range(8)]
    results, run = run_bundled(plots, dr_options(chunk_size=1), feedback)
    assert run.status == CANCELLED
    assert 0 < len(results) < 8
    assert all(r.status == analysis.STATUS_OK for r in results)


def test_unreadable_source_fails_the_step_not_the_batch(tmp_path):
    (r,), run = run_bundled([Plot(0, DR_PLOT)], dr_options(loss_year=DataSource(str(tmp_path / "missing.tif"))))
    assert r.analysis["risk_level"] == risk.UNKNOWN and r.status == analysis.STATUS_NO_DATA
    assert "could not be read" in r.error
    assert run.step_named("loss").status == "failed" and run.status == PARTIAL


def test_without_vector_data_overlaps_are_not_assessed():
    (r,), run = run_bundled([Plot(0, DR_PLOT)], dr_options())
    summary = r.analysis["protected_areas"]["protected_area_overlap_summary"]
    assert summary["protected_area_overlap"] is None  # never a made-up "no overlap"
    assert run.step_named("protected areas").status == "skipped"


def test_protected_area_overlap_via_overlap_index(tmp_path):
    pytest.importorskip("vantage_plugin.core.engine.overlaps")
    path = str(tmp_path / "pa.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("wdpa", srs, ogr.wkbPolygon)
    for name, kind in (("WDPAID", ogr.OFTInteger), ("NAME", ogr.OFTString), ("IUCN_CAT", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetField("WDPAID", 1)
    feat.SetField("NAME", "Demo park")
    feat.SetField("IUCN_CAT", "II")
    feat.SetGeometry(ogr.CreateGeometryFromWkt(shapely.box(-71.74, 18.60, -71.72, 18.70).wkt))
    layer.CreateFeature(feat)
    ds = None
    (r,), run = run_bundled([Plot(0, DR_PLOT)], dr_options(protected_areas=DataSource(path)))
    block = r.analysis["protected_areas"]
    assert block["protected_area_overlap_summary"]["protected_area_overlap"] is True
    expected = geod_area_ha(DR_PLOT.intersection(shapely.box(-71.74, 18.60, -71.72, 18.70)))  # Karney (pyproj)
    assert block["protected_area_overlap_summary"]["total_overlap_area_ha"] == pytest.approx(expected, rel=1e-3)
    assert run.step_named("protected areas").status == "done"


# --- execution plans give the same results -------------------------------------------------------
def _many_plots(n=40, seed=11):
    rng = np.random.default_rng(seed)
    plots = []
    for k in range(n):
        lon, lat = -71.74 + rng.uniform(0, 0.06), 18.64 + rng.uniform(0, 0.04)
        if k % 5 == 0:
            plots.append(Plot(k, shapely.Point(lon, lat), point_ha=float(rng.choice([0.5, 4, 50]))))
        else:
            r = rng.uniform(0.0005, 0.004)
            ang = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(5, 30))))
            ring = np.column_stack([lon + r * np.cos(ang), lat + r * np.sin(ang)])
            plots.append(Plot(k, shapely.Polygon(ring)))
    return plots


def _fingerprint(results):
    return [(r.plot_index, r.status, r.error, json.dumps(r.analysis, sort_keys=True, default=str),
             json.dumps(r.extra, sort_keys=True, default=str)) for r in results]


def test_chunks_batches_and_block_reads_change_nothing(monkeypatch):
    plots = _many_plots()
    reference, run = run_bundled(plots, dr_options(chunk_size=10**6, batch_cells=10**12))
    assert run.status == "success" and sum(r.status == "ok" for r in reference) >= len(plots) // 2
    assert any((r.analysis["deforestation"] or {}).get("total") for r in reference)  # loss is exercised
    expected = _fingerprint(reference)
    for kw in (dict(chunk_size=7), dict(batch_cells=2000), dict(chunk_size=3, batch_cells=1)):
        results, _ = run_bundled(plots, dr_options(**kw))
        assert _fingerprint(results) == expected, kw
    # Block reads against one GDAL read per plot.
    from vantage_plugin.core.engine import rasters

    def per_plot(reader, windows, dtype, blocks=None, tiles=None):
        return rasters.read_windows_per_plot(reader, windows, dtype)

    monkeypatch.setattr(bundled, "read_windows", per_plot)
    results, _ = run_bundled(plots, dr_options())
    assert _fingerprint(results) == expected


def test_gdal_cache_is_capped_during_the_run_and_restored():
    before = gdal.GetCacheMax()
    seen = {}
    real = bundled._raster_stats

    def spy(ctx, geoms, cutoff):
        seen["cache"] = gdal.GetCacheMax()
        return real(ctx, geoms, cutoff)

    gdal.SetCacheMax(512 * 1024 * 1024)
    try:
        bundled_raster_stats, bundled._raster_stats = bundled._raster_stats, spy
        try:
            run_bundled([Plot(0, DR_PLOT)], dr_options(gdal_cache_mb=64))
        finally:
            bundled._raster_stats = bundled_raster_stats
        assert seen["cache"] == 64 * 1024 * 1024
        assert gdal.GetCacheMax() == 512 * 1024 * 1024
    finally:
        gdal.SetCacheMax(before)


def test_gdal_cache_restored_when_two_runs_overlap():
    """GDAL's cache size is one per process: two checks' runs overlapping (the first ends while the
    second goes on) leave it as it was before both, and capped while either runs. The threads' steps are
    ordered by events: first in, second in, first out, second out."""
    import threading

    before = gdal.GetCacheMax()
    gdal.SetCacheMax(512 * 1024 * 1024)
    seen = {}
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first():
        with bundled._gdal_cache(64):
            seen["first"] = gdal.GetCacheMax()
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second():
        with bundled._gdal_cache(64):
            second_in.set()
            first_out.wait(10)
            seen["second, alone"] = gdal.GetCacheMax()

    try:
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        threads[0].start()
        first_in.wait(10)
        threads[1].start()
        for thread in threads:
            thread.join()
        assert seen == {"first": 64 * 1024 * 1024, "second, alone": 64 * 1024 * 1024}
        assert gdal.GetCacheMax() == 512 * 1024 * 1024
    finally:
        gdal.SetCacheMax(before)


def test_garbage_collector_paused_during_the_run_and_restored():
    import gc

    seen = {}
    real = bundled._raster_stats

    def spy(ctx, geoms, cutoff):
        seen["enabled"] = gc.isenabled()
        return real(ctx, geoms, cutoff)

    assert gc.isenabled()
    bundled._raster_stats, saved = spy, bundled._raster_stats
    try:
        run_bundled([Plot(0, DR_PLOT)], dr_options())
        assert seen["enabled"] is False and gc.isenabled()
        run_bundled([Plot(0, DR_PLOT)], dr_options(pause_gc=False))
        assert seen["enabled"] is True and gc.isenabled()
    finally:
        bundled._raster_stats = saved


def test_results_carry_the_country_iso_codes():
    world_map = "/usr/share/qgis/resources/data/world_map.gpkg"
    if not os.path.exists(world_map):
        pytest.skip("QGIS world_map.gpkg not installed")
    (r,), _ = run_bundled([Plot(0, DR_PLOT, harvest_date="2023-12-31")], dr_options(admin=DataSource(world_map)))
    # the Dominican Republic: ISO 3166-1 DO / DOM
    assert (r.country, r.country_iso2, r.country_iso3) == ("Dominican Republic", "DO", "DOM")
    row = analysis.result_row(r, analysis.loss_years_of([r]))
    assert (row["country_iso2"], row["country_iso3"]) == ("DO", "DOM")


def test_harvest_dates_parsed_once_per_value_match_plot_by_plot():
    import datetime as dt

    from vantage_plugin.core.engine.bundled import _harvest, _harvests

    values = ["2024-03-01", None, "", "2024-03-01", " 2023-12-31 ", dt.date(2022, 5, 1), dt.datetime(2022, 5, 1, 8),
              "not a date", ["2024-01-01"], 20240301, float("nan"), "2024-03-01", True, 1]
    plots = [Plot(k, shapely.Point(0, 0), harvest_date=v) for k, v in enumerate(values)]
    today = dt.date(2026, 1, 2)
    for default in (None, dt.date(2025, 6, 30)):
        assert _harvests(plots, default, today) == [_harvest(p, default, today) for p in plots]
