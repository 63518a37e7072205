"""The pure parts of evidence and reports: provenance from file names, a result row's facts, the run
record stored in a GeoPackage's metadata (written and read back with GDAL)."""

from __future__ import annotations

import json

from osgeo import ogr, osr

from vantage_plugin.core import analysis, risk
from vantage_plugin.core import evidence_data as ed
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.run_record import (
    RunRecord,
    make_run_record,
    read_run_record,
    source_provenance,
    write_run_record,
)


def test_provenance_from_published_file_names():
    # Hansen GFC file names: Hansen_GFC-<year>-v<version>_<layer>_<tile>.tif
    hansen = "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"
    assert source_provenance(hansen) == {"version": "1.11", "year": "2023"}
    # WDPA downloads: WDPA_<Mon><year>_Public
    wdpa = "WDPA_Nov2024_Public.gdb|WDPA_poly_Nov2024"
    assert source_provenance(wdpa) == {"version": None, "year": "Nov 2024"}
    assert source_provenance("JRC_GFC2020_V2_N10_W80.tif") == {"version": None, "year": "2020"}
    assert source_provenance("my_forest.tif") == {"version": None, "year": None}


def test_plot_evidence_reads_every_number_of_a_result_row():
    pa = analysis.overlap_block("pa", 2.0, 10.0, [{"area_name": "Parque A", "overlap_area_ha": 2.0}])
    result = analysis.PlotResult(0, "bundled", analysis.STATUS_OK, analysis.make_analysis(
        area_ha=10.0, analysis_end="2024-05-01", forest_ha=8.0, deforestation_ha=1.5,
        deforestation_yearly={2021: 0.5, 2023: 1.0}, risk_level=risk.HIGH, risk_reason=risk.REASON_HIGH,
        version="v", protected_areas=pa), country="Ghana", state="Ashanti")
    years = analysis.loss_years_of([result])
    row = analysis.result_row(result, years)
    row["farm"] = "F-7"
    facts = ed.plot_evidence(row, ed.plot_label(row, "farm", 3))
    assert facts.label == "F-7"
    assert (facts.area_ha, facts.forest_ha, facts.forest_pct) == (10.0, 8.0, 80.0)
    assert (facts.deforestation_ha, facts.deforestation_pct) == (1.5, 15.0)
    assert facts.yearly == {2021: 0.5, 2023: 1.0}
    assert (facts.protected_ha, facts.protected_pct, facts.protected_names) == (2.0, 20.0, ["Parque A"])
    assert facts.flagged and facts.reasons() == [risk.REASON_HIGH]
    assert (facts.country, facts.state, facts.analysis_end) == ("Ghana", "Ashanti", "2024-05-01")
    assert ed.plot_label({}, "farm", 3) == "#3"


def test_an_invalid_plot_is_flagged_with_its_error():
    invalid = analysis.PlotResult(0, "bundled", analysis.STATUS_INVALID, error="open ring")
    row = analysis.result_row(invalid, [])
    facts = ed.plot_evidence(row, "x")
    assert facts.flagged and facts.reasons() == ["open ring"] and facts.area_ha is None
    assert ed.hectares(None) == "–" and ed.hectares(1.234, 12.34) == "1.23 ha (12.3 %)"


def test_loss_colours_run_from_first_to_last_year_and_file_names_are_safe():
    assert ed.loss_year_colour(2021, 2021, 2025) == ed.LOSS_RAMP[0]
    assert ed.loss_year_colour(2025, 2021, 2025) == ed.LOSS_RAMP[-1]
    assert len({ed.loss_year_colour(y, 2021, 2026) for y in range(2021, 2027)}) == 6
    assert ed.safe_file_name("a/b c:d", 7) == "a_b_c_d_7.png"
    assert ed.safe_file_name("../..", 2) == "plot_2.png"


def test_run_record_round_trips_through_geopackage_metadata(tmp_path):
    path = str(tmp_path / "results.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("results", srs, ogr.wkbMultiPolygon)
    ds = None
    options = BundledOptions(forest_2020=DataSource("/data/Hansen_GFC-2023-v1.11_treecover2000_10N_010W.tif"),
                             forest_2020_min=30,
                             loss_year=DataSource("/data/Hansen_GFC-2023-v1.11_lossyear.tif"))
    record = make_run_record("bundled", plugin_version="1.2", input_name="plots", plot_id_field="farm",
                             plots=5, options=options,
                             parameters={"commodity": "cocoa", "harvest_date": None})
    write_run_record(path, "results", record)
    back = read_run_record(path, "results")
    assert back == record
    assert back.sources["forest_2020"]["version"] == "1.11" and back.sources["protected_areas"] is None
    assert back.parameters == {"commodity": "cocoa", "forest_2020_min": 30, "forest_is_jrc": False}
    # stored where GDAL keeps layer metadata (the gpkg_metadata table), as JSON
    ds = ogr.Open(path)
    rows = ds.ExecuteSQL("SELECT metadata FROM gpkg_metadata")
    texts = [feature.GetField(0) for feature in rows]
    ds.ReleaseResultSet(rows)
    assert any("VANTAGE_RUN" in text for text in texts)
    assert json.loads(RunRecord.from_json(record.to_json()).to_json())["plot_id_field"] == "farm"
    assert read_run_record(str(tmp_path / "missing.gpkg")) is None


def test_the_id_field_is_found_from_the_values():
    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.run_record import id_field_of

    plots = [Plot(index=i, geometry=None, user_id=f"F{i}", attributes={"name": "same", "code": f"F{i}"})
             for i in range(3)]
    assert id_field_of(plots) == "code"
    plots[1].attributes["code"] = "other"
    assert id_field_of(plots) is None
    assert id_field_of([Plot(index=0, geometry=None, attributes={"code": "x"})]) is None


def test_the_record_says_how_the_threshold_was_chosen_when_none_was_given():
    from vantage_plugin.core.run_record import make_run_record

    given = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                            options=BundledOptions(forest_2020_min=25.0))
    assert given.parameters["forest_2020_min"] == 25.0
    by_kind = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                              options=BundledOptions(forest_2020_min=None))
    text = by_kind.parameters["forest_2020_min"]
    assert text.startswith("by the raster's kind") and "10 for tree cover" in text and "0.1 for" in text
