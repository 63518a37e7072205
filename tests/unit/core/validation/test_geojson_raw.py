"""Checks of the GeoJSON geometry as written (open rings, mis-nested Polygons), which OGR hides."""

from __future__ import annotations

import json

import pytest
from osgeo import gdal, ogr

from tests.conftest import shared_file
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.sources import plots_from_geojson
from vantage_plugin.core.validation import Severity, validate
from vantage_plugin.core.validation.geojson_raw import build_geometry, coordinate_depth, raw_problems

OPEN = {"type": "Polygon", "coordinates": [[[10.000001, 5.000001], [10.010001, 5.000001], [10.010001, 5.010001],
                                             [10.000001, 5.010001]]]}


def raw_plot(raw, index=0):
    geometry, error = build_geometry(raw)
    return Plot(index=index, geometry=geometry, raw_geometry=raw, read_error=error, commodity="cocoa",
                harvest_date="2024-12-31")


def test_ogr_accepts_an_open_ring_so_the_raw_geometry_is_needed(tmp_path):
    path = tmp_path / "open.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection",
                                "features": [{"type": "Feature", "properties": {}, "geometry": OPEN}]}))
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        source = ogr.Open(str(path))
        feature = source.GetLayer(0).GetNextFeature()
        geometry = feature.GetGeometryRef().Clone()
    finally:
        gdal.PopErrorHandler()
    assert geometry is not None and not geometry.IsEmpty()  # read without an error: nothing tells the user
    assert sorted(i.code for i in validate(plots_from_geojson(path)).issues) == ["COMMODITY_MISSING", "HARVEST_DATE_MISSING", "RING_NOT_CLOSED"]


def test_open_ring_is_reported_from_the_raw_geometry():
    report = validate([raw_plot(OPEN)])
    [issue] = report.issues
    assert (issue.code, issue.severity, issue.fix) == ("RING_NOT_CLOSED", Severity.ERROR, "CLOSE_RINGS")
    assert issue.location == (10.000001, 5.010001)


def test_ring_with_too_few_positions():
    raw = {"type": "Polygon", "coordinates": [[[10.000001, 5.000001], [10.010001, 5.000001], [10.000001, 5.000001]]]}
    report = validate([raw_plot(raw)])
    assert "RING_TOO_FEW_POSITIONS" in [i.code for i in report.issues] and report.blocked == {0}


def test_mismatched_nesting_and_unknown_types_are_malformed():
    for raw in ({"type": "Point", "coordinates": [[1.0, 2.0]]}, {"type": "Circle", "coordinates": [1, 2]},
                {"type": "Polygon", "coordinates": [[["x", "y"]]]}, {"type": "Polygon"}):
        problems = raw_problems(raw)
        assert [p.code for p in problems] == ["RAW_GEOMETRY_MALFORMED"], raw
        assert build_geometry(raw)[0] is None and build_geometry(raw)[1]


def test_cameroon_polygons_nested_like_multipolygons_are_clear_per_plot_errors():
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    with open(path) as stream:
        features = json.load(stream)["features"]
    mis_nested = {k for k, f in enumerate(features)
                  if f["geometry"]["type"] == "Polygon" and coordinate_depth(f["geometry"]["coordinates"]) == 4}
    assert len(mis_nested) == 18  # as the data README says
    report = validate(plots_from_geojson(path))
    assert report.blocked == mis_nested
    for index in mis_nested:
        [issue] = [i for i in report.issues_for(index) if i.severity is Severity.ERROR]
        assert issue.code == "POLYGON_NESTED_AS_MULTIPOLYGON"
        assert "Polygon" in issue.message and "MultiPolygon" in issue.message
        assert issue.fix == "REINTERPRET_AS_MULTIPOLYGON"


@pytest.mark.parametrize("kind", [["Polygon"], {"name": "Polygon"}, 7, None])
def test_a_type_that_is_not_a_name_is_reported_never_raised(kind):
    raw = {"type": kind, "coordinates": [[[10.0, 5.0], [10.1, 5.0], [10.1, 5.1], [10.0, 5.0]]]}
    report = validate([raw_plot(raw)])
    codes = {issue.code for issue in report.issues}
    assert "RAW_GEOMETRY_MALFORMED" in codes or "GEOMETRY_NULL" in codes
    assert report.blocked == {0}
