"""Never "Low" when the data or the dates cannot show the loss (issue 8): the loss data's years, rasters
checked for what they are, dates before the cut-off.

Rasters are written here with GDAL on 10 m cells of EPSG:6933 (cylindrical equal area), where every
cell is exactly 100 m² on the ellipsoid, so the expected areas are counts of cells; the expected levels
come from the Vantage rule (High > 15 % or > 1 ha, Medium > 10 % or > 0.5 ha), and, where years are
missing, from the rule applied to the bound "the rest of the plot's 2020 forest lost in those years".
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import gdal, osr

from tests.conftest import shared_file
from vantage_plugin.core import analysis, risk
from vantage_plugin.core.engine.bundled import run_bundled
from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.core.engine.kinds import (
    FOREST_MIN_DEFAULTS,
    ForestKind,
    LossEncoding,
    RasterKindError,
    forest_kind_of,
    hansen_last_year,
    loss_encoding_of,
    metadata_last_year,
)
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import Feedback

X0, Y0, D = -5_000_000.0, -600_000.0, 10.0
ROWS, COLS = 20, 50  # the plot: 20 × 50 cells of 100 m² = 10 ha
PLOT_HA = ROWS * COLS * 100 / 10_000


def _write(path, array, gdal_type=gdal.GDT_Byte, nodata=None, metadata=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, gdal_type)
    ds.SetGeoTransform((X0, D, 0, Y0, 0, -D))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6933)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    if metadata:
        ds.SetMetadata(metadata)
    band.WriteArray(array)
    ds = None
    return str(path)


def _plot() -> shapely.Polygon:
    """The lon/lat rectangle of cells rows 5..25, columns 5..55."""
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(6933)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    (lon0, lat0, _), (lon1, lat1, _) = ct.TransformPoints(
        [(X0 + 5 * D, Y0 - 5 * D), (X0 + (5 + COLS) * D, Y0 - (5 + ROWS) * D)])
    return shapely.box(min(lon0, lon1), min(lat0, lat1), max(lon0, lon1), max(lat0, lat1))


def _grid(fill=0, dtype=np.uint8):
    return np.full((ROWS + 10, COLS + 10), fill, dtype)


def _inside_cells(grid: np.ndarray, count: int, value) -> np.ndarray:
    """``grid`` with the first ``count`` cells inside the plot (row by row) set to ``value``."""
    inside = np.zeros(grid.shape, bool)
    inside[5 : 5 + ROWS, 5 : 5 + COLS] = True
    grid.reshape(-1)[np.flatnonzero(inside.reshape(-1))[:count]] = value
    return grid


def _mask(tmp_path):
    return _write(tmp_path / "JRC_GFC2020_mask.tif", _grid(1), nodata=255)


def _run(tmp_path, loss_path, harvest, forest=None, **options):
    opts = BundledOptions(forest_2020=DataSource(forest or _mask(tmp_path)), loss_year=DataSource(loss_path),
                          harvest_date=harvest, **options)
    messages: list[str] = []
    (result,), run = run_bundled([Plot(0, _plot())], opts, Feedback(on_message=messages.append))
    return result, messages


# --- the loss data's last year ---------------------------------------------------------------
@pytest.mark.parametrize("name, year", [
    ("Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif", 2023),
    ("Hansen_GFC-2018-v1.6_lossyear_crop.tif", 2018),
    ("Hansen_GFC2015_lossyear_10N_010E.tif", 2015),
    ("hansen_lossyear_v1.9.tif", 2021),  # v1.k ends in 2012 + k (v1.9 = GFC-2021)
    ("lossyear.tif", None),
    ("treecover2000.tif", None),
])
def test_last_year_from_hansen_names(name, year):
    assert hansen_last_year(name) == year


def test_last_year_from_metadata():
    assert metadata_last_year([("AREA_OR_POINT", "Area"), ("LAST_YEAR", "2022")]) == 2022
    assert metadata_last_year([("source", "UMD Hansen_GFC-2019-v1.7 lossyear")]) == 2019
    assert metadata_last_year([("AREA_OR_POINT", "Area")]) is None


def test_old_loss_data_never_gives_low(tmp_path):
    # v1.6 ends in 2018; the window 2021 → 2024 is not covered at all. Measured loss: 0 ha (Low), but
    # the plot's 10 ha of forest could all have gone in 2019–2024 (High): the risk cannot be assessed.
    loss = _write(tmp_path / "Hansen_GFC-2018-v1.6_lossyear_test.tif", _inside_cells(_grid(), 30, 17), nodata=255)
    result, messages = _run(tmp_path, loss, "2024-06-30")
    assert result.analysis["risk_level"] == risk.UNKNOWN
    assert result.status == analysis.STATUS_NO_DATA
    assert result.limits == (risk.Limit.YEARS_NOT_COVERED.value,)
    assert "loss data ends 2018; 2019–2024 not covered" in result.error
    assert result.extra[analysis.LOSS_DATA_YEARS] == "2001–2018 (file name)"
    assert "2001–2018" in result.analysis["version"]
    assert any("loss data up to 2018 (file name)" in m for m in messages)
    row = analysis.result_row(result, [])
    assert row["loss_data_years"] == "2001–2018 (file name)" and row["limits"] == "years_not_covered"
    # the user says the data reach 2024 (catalog): covered, and 0 ha post-2020 loss is Low
    covered, _ = _run(tmp_path, loss, "2024-06-30", loss_last_year=2024)
    assert covered.analysis["risk_level"] == risk.LOW and covered.status == analysis.STATUS_OK
    assert covered.limits == () and covered.extra[analysis.LOSS_DATA_YEARS] == "2001–2024 (catalog)"
    # a harvest inside the data's years: nothing is missing
    inside, _ = _run(tmp_path, loss, "2018-06-30")
    assert "years_not_covered" not in inside.limits


@pytest.mark.parametrize("cells, expected, minimum, status", [
    (60, risk.MEDIUM, True, analysis.STATUS_NO_DATA),  # 0.6 ha seen: Medium; + 9.4 ha unseen: High
    (150, risk.HIGH, False, analysis.STATUS_OK),  # 1.5 ha seen: High whatever 2024 holds
])
def test_a_level_found_before_the_gap_is_a_minimum(tmp_path, cells, expected, minimum, status):
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_t.tif", _inside_cells(_grid(), cells, 22), nodata=255)
    result, _ = _run(tmp_path, loss, "2024-03-01")
    assert result.analysis["deforestation"]["total"] == pytest.approx(cells * 100 / 10_000, abs=1e-6)
    assert result.analysis["risk_level"] == expected
    assert result.level_is_minimum is minimum and result.status == status
    if minimum:
        assert result.limits == (risk.Limit.YEARS_NOT_COVERED.value,)
        assert "loss data ends 2023; 2024 not covered" in result.error and "at least" in result.error
    else:  # the level holds whatever the missing year holds: said in a note, no limit
        assert result.limits == () and "2024 not covered" in result.extra["note"]


def test_last_year_from_the_data_where_the_plots_are(tmp_path):
    # no name, no metadata: the largest code inside the plot (22 → 2022) is the last year
    loss = _write(tmp_path / "loss.tif", _inside_cells(_grid(), 10, 22), nodata=255)
    result, _ = _run(tmp_path, loss, "2023-05-01")
    assert result.extra[analysis.LOSS_DATA_YEARS].startswith("2001–2022 (")
    assert result.analysis["risk_level"] == risk.UNKNOWN  # 0.1 ha seen (Low), 2023 not covered
    same_year, _ = _run(tmp_path, loss, "2022-12-31")
    assert same_year.analysis["risk_level"] == risk.LOW and same_year.status == analysis.STATUS_OK
    tagged = _write(tmp_path / "loss_tagged.tif", _inside_cells(_grid(), 10, 22), nodata=255,
                    metadata={"LAST_YEAR": "2024"})
    meta, _ = _run(tmp_path, tagged, "2024-05-01")
    assert meta.analysis["risk_level"] == risk.LOW and meta.extra[analysis.LOSS_DATA_YEARS] == "2001–2024 (metadata)"


# --- loss rasters checked for what they are ---------------------------------------------------
def test_calendar_years_are_decoded(tmp_path):
    # 60 cells lost in 2022, 40 in 2019 (before the cut-off), written as calendar years in UInt16
    years = _inside_cells(_inside_cells(_grid(0, np.uint16), 100, 2019), 60, 2022)
    calendar = _write(tmp_path / "loss_calendar.tif", years, gdal.GDT_UInt16, nodata=65535)
    result, messages = _run(tmp_path, calendar, "2022-12-31")
    assert result.analysis["deforestation"]["total_yearly"] == {"2022": pytest.approx(0.6, abs=1e-6)}
    assert result.analysis["risk_level"] == risk.MEDIUM  # 0.6 ha > 0.5 ha, 6 % ≤ 10 %
    assert any("calendar years" in m for m in messages)
    codes = _write(tmp_path / "loss_codes.tif", np.where(years > 0, years - 2000, 0).astype(np.uint8), nodata=255)
    same, _ = _run(tmp_path, codes, "2022-12-31")
    assert same.analysis["deforestation"] == result.analysis["deforestation"]


@pytest.mark.parametrize("name, values, found", [
    ("Hansen_GFC-2018-v1.6_lossyear_bad.tif", [0, 22], "{0, 22}"),  # codes past the data's 2018
    ("loss_codes_60.tif", [0, 60], "{0, 60}"),  # 2060?
    ("treecover_as_loss.tif", list(range(0, 101, 5)), "from 0 to 100"),  # tree cover given as loss
])
def test_loss_values_out_of_range_are_refused(tmp_path, name, values, found):
    grid = _grid()
    flat = grid.reshape(-1)
    flat[:] = np.resize(np.array(values, np.uint8), flat.size)
    path = _write(tmp_path / name, grid, nodata=255)
    result, _ = _run(tmp_path, path, "2023-06-30", forest=None)
    assert result.analysis["risk_level"] == risk.UNKNOWN and result.status == analysis.STATUS_NO_DATA
    assert result.limits == (risk.Limit.DATA_UNREADABLE.value,)
    assert name in result.error and found in result.error and "expected Hansen lossyear codes" in result.error


def test_loss_encoding_rules():
    assert loss_encoding_of("x", np.array([0, 1, 21, 23]), 2023) is LossEncoding.CODES
    assert loss_encoding_of("x", np.array([0, 2001, 2023]), 2023) is LossEncoding.CALENDAR
    with pytest.raises(RasterKindError, match="values .*0, 24"):
        loss_encoding_of("x", np.array([0, 24]), 2023)
    with pytest.raises(RasterKindError, match="not whole numbers"):
        loss_encoding_of("x", np.array([0.0, 0.5]), 2023)


# --- forest rasters: percent, mask, fraction ---------------------------------------------------
def test_forest_kinds_and_their_default_thresholds():
    assert forest_kind_of("f.tif", np.array([0, 35, 100], np.uint8), False) is ForestKind.PERCENT
    assert forest_kind_of("f.tif", np.array([0, 1], np.uint8), False) is ForestKind.MASK
    assert forest_kind_of("f.tif", np.array([0.0, 0.25, 1.0], np.float32), True) is ForestKind.FRACTION
    assert forest_kind_of("treecover2000.tif", np.array([0, 1], np.uint8), False) is ForestKind.PERCENT
    with pytest.raises(RasterKindError, match="values .*300"):
        forest_kind_of("f.tif", np.array([0, 300], np.uint16), False)
    assert FOREST_MIN_DEFAULTS == {ForestKind.PERCENT: 10.0, ForestKind.MASK: 1.0, ForestKind.FRACTION: 0.1}


def test_forest_fraction_with_the_default_threshold(tmp_path):
    # the plot's top half at 0.8 (forest at ≥ 0.1), bottom half at 0.05 (not forest); 60 cells of 2022
    # loss in its first rows (forest): forest 5 ha, deforestation 0.6 ha (6 % of 10 ha, > 0.5 ha): Medium.
    fraction = np.full((ROWS + 10, COLS + 10), 0.8, np.float32)
    fraction[5 + ROWS // 2 :, :] = 0.05
    fpath = _write(tmp_path / "forest_fraction.tif", fraction, gdal.GDT_Float32, nodata=-1)
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_f.tif", _inside_cells(_grid(), 60, 22), nodata=255)
    result, messages = _run(tmp_path, loss, "2023-06-30", forest=fpath)
    assert result.analysis["forest_area_2020"] == pytest.approx(PLOT_HA / 2, abs=1e-6)
    assert result.analysis["deforestation"]["total"] == pytest.approx(0.6, abs=1e-6)
    assert result.analysis["risk_level"] == risk.MEDIUM
    assert any("0.1 (default for a 0–1 forest fraction)" in m for m in messages)


def test_percent_default_is_ten(tmp_path):
    # 40 % of the plot's cells at 9 % canopy (not forest at the default 10), the rest at 10 % (forest)
    cover = _grid(10)
    cover[:, 5 : 5 + 20] = 9
    fpath = _write(tmp_path / "tree_cover_percent.tif", cover, nodata=255)
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_p.tif", _grid(), nodata=255)
    result, messages = _run(tmp_path, loss, "2023-06-30", forest=fpath)
    assert result.analysis["forest_area_2020"] == pytest.approx(PLOT_HA * (COLS - 20) / COLS, abs=1e-6)
    assert any("10 (default for tree cover in percent" in m for m in messages)


def test_the_run_records_the_threshold_the_kind_gave(tmp_path):
    # no threshold given: FAO's forest definition (10 % canopy) for tree cover in percent, 1 for a mask;
    # a given threshold is recorded as given
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_r.tif", _grid(), nodata=255)
    percent = _write(tmp_path / "tree_cover_percent.tif", _grid(50), nodata=255)
    for forest, given, expected in ((percent, None, 10.0), (_mask(tmp_path), None, 1.0), (percent, 30.0, 30.0)):
        opts = BundledOptions(forest_2020=DataSource(forest), loss_year=DataSource(loss),
                              harvest_date="2023-06-30", forest_2020_min=given)
        _, run = run_bundled([Plot(0, _plot())], opts)
        assert run.forest_2020_min == pytest.approx(expected)


def test_sparse_tree_cover_where_the_plots_are_is_not_taken_for_a_mask(tmp_path):
    # no name hint; 0/1 % canopy in the plot, 80 % elsewhere: a percent raster, so 1 % is not forest
    cover = np.full((ROWS + 10, COLS + 10), 80, np.uint8)
    cover[5 : 5 + ROWS, 5 : 5 + COLS] = 1
    fpath = _write(tmp_path / "cover.tif", cover, nodata=255)
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_s.tif", _grid(), nodata=255)
    result, messages = _run(tmp_path, loss, "2023-06-30", forest=fpath)
    assert result.analysis["forest_area_2020"] == 0.0
    assert any("tree cover in percent" in m for m in messages)


def test_catalog_default_threshold_follows_the_kind():
    assert Catalog().forest_2020_min is None
    assert Catalog.from_json(Catalog(loss_last_year=2018).to_json()).loss_last_year == 2018
    assert Catalog().merged({"loss_last_year": "2020"}).loss_last_year == 2020
    assert Catalog(loss_last_year=1999).validate(open_files=False)


# --- dates -------------------------------------------------------------------------------------
def test_default_end_date_before_the_cutoff_is_not_low(tmp_path):
    loss = _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_d.tif", _inside_cells(_grid(), 150, 22), nodata=255)
    result, _ = _run(tmp_path, loss, "2020-12-31")
    assert result.analysis["risk_level"] == risk.UNKNOWN
    assert result.limits == (risk.Limit.HARVEST_BEFORE_CUTOFF.value,)
    assert result.extra[analysis.ANALYSIS_END_FROM] == analysis.END_FROM_DEFAULT
    first_day, _ = _run(tmp_path, loss, "2021-01-01")
    assert first_day.limits == () and first_day.analysis["risk_level"] == risk.LOW  # 2022 loss after it


# --- real Hansen crops (skipped without ../shared/data) ---------------------------------------
def test_real_v1_6_crop_is_never_low_for_2024():
    vn = "hansen-vietnam/Hansen_GFC-2018-v1.6_"
    cover, loss = shared_file(vn + "treecover2000_crop.tif"), shared_file(vn + "lossyear_crop.tif")
    ds = gdal.Open(str(loss))
    gt = ds.GetGeoTransform()
    plots = [Plot(k, shapely.box(gt[0] + x, gt[3] - 0.02 - y, gt[0] + x + 0.01, gt[3] - 0.01 - y))
             for k, (x, y) in enumerate([(0.01, 0.01), (0.05, 0.03), (0.1, 0.05), (0.13, 0.08)])]
    opts = BundledOptions(forest_2020=DataSource(str(cover)), loss_year=DataSource(str(loss)),
                          harvest_date="2024-12-31")
    results, _ = run_bundled(plots, opts)
    assert len(results) == len(plots)
    for r in results:
        assert r.analysis["risk_level"] != risk.LOW
        # Unknown or a minimum because of the years, or High whatever 2019–2024 hold
        assert "years_not_covered" in r.limits or (
            r.analysis["risk_level"] == risk.HIGH and "2019–2024 not covered" in r.extra["note"])
        assert r.extra[analysis.LOSS_DATA_YEARS] == "2001–2018 (file name)"


def test_real_v1_11_crop_covers_2023():
    dr = "hansen-dominican-republic/Hansen_GFC-2023-v1.11_"
    cover, loss = shared_file(dr + "treecover2000_20N_080W.tif"), shared_file(dr + "lossyear_20N_080W.tif")
    plot = shapely.box(-71.72, 18.645, -71.70, 18.67)
    opts = BundledOptions(forest_2020=DataSource(str(cover)), loss_year=DataSource(str(loss)),
                          harvest_date="2023-12-31")
    (r,), _ = run_bundled([Plot(0, plot)], opts)
    assert "years_not_covered" not in r.limits
    assert r.extra[analysis.LOSS_DATA_YEARS] == "2001–2023 (file name)"
