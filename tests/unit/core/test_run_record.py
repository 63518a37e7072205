"""core/run_record.py: provenance from published file names, the run record stored in a GeoPackage's
metadata (written and read back with GDAL), the id field and the threshold it names."""

from __future__ import annotations

import json

from osgeo import ogr, osr

from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.run_record import (
    RunRecord,
    id_field_of,
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
    plots = [Plot(index=i, geometry=None, user_id=f"F{i}", attributes={"name": "same", "code": f"F{i}"})
             for i in range(3)]
    assert id_field_of(plots) == "code"
    plots[1].attributes["code"] = "other"
    assert id_field_of(plots) is None
    assert id_field_of([Plot(index=0, geometry=None, attributes={"code": "x"})]) is None


def test_the_record_says_how_the_threshold_was_chosen_when_none_was_given():
    given = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                            options=BundledOptions(forest_2020_min=25.0))
    assert given.parameters["forest_2020_min"] == 25.0
    by_kind = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                              options=BundledOptions(forest_2020_min=None))
    text = by_kind.parameters["forest_2020_min"]
    assert text.startswith("by the raster's kind") and "10 for tree cover" in text and "0.1 for" in text


def test_the_record_keeps_the_threshold_the_engine_used_beside_how_it_was_chosen():
    record = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                             options=BundledOptions(forest_2020_min=None), forest_2020_min_used=10.0)
    assert record.parameters["forest_2020_min"].startswith("by the raster's kind")
    assert record.parameters["forest_2020_min_used"] == 10.0
