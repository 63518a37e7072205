"""The pure GeoJSON reader: compared with OGR, tolerant of bad features, keeps the raw geometry."""

from __future__ import annotations

import json

import pytest
import shapely
from osgeo import ogr

from tests.conftest import shared_file
from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.core.sources import plots_from_geojson, raw_geometries


def write(tmp_path, features, **extra):
    path = tmp_path / "plots.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features, **extra}))
    return path


def ogr_geometries(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    out = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        out.append(shapely.force_2d(shapely.from_wkb(bytes(geometry.ExportToIsoWkb()))) if geometry else None)
    return out


@pytest.mark.parametrize("name", ["whisp_50plots.geojson", "nicaragua_coffee_1124plots.geojson",
                                  "brazil_1plot.geojson", "ghana_2plots.geojson"])
def test_geometries_match_ogr(name):
    path = shared_file(f"plots/{name}")
    plots = plots_from_geojson(path)
    expected = ogr_geometries(path)
    assert len(plots) == len(expected)
    for plot, geometry in zip(plots, expected):
        assert not plot.geometry.has_z
        assert shapely.equals_exact(plot.geometry, geometry, 0), plot.index


def test_fields_mapping_attributes_and_raw():
    path = shared_file("plots/nicaragua_coffee_1124plots.geojson")
    with open(path) as stream:
        features = json.load(stream)["features"]
    plots = plots_from_geojson(path, FieldMapping(plot_id="Plot ID", plot_name="Acorn ID"))
    for k in (0, 500, 1123):
        assert plots[k].index == plots[k].source_fid == k
        assert plots[k].user_id == features[k]["properties"]["Plot ID"]
        assert plots[k].name == features[k]["properties"]["Acorn ID"]
        assert plots[k].attributes == features[k]["properties"]
        assert plots[k].raw_geometry == features[k]["geometry"]
        assert plots[k].source_geometry_type == "MultiPolygonZ" and plots[k].source_is_lonlat
    assert raw_geometries(path) == [f["geometry"] for f in features]


def test_cameroon_plots_are_read_with_an_error_not_an_exception():
    plots = plots_from_geojson(shared_file("plots/cameroon_cocoa_18plots_malformed.geojson"))
    assert len(plots) == 18
    assert all(p.geometry is None and "nested" in p.read_error for p in plots)


def test_bad_features_never_raise(tmp_path):
    path = write(tmp_path, [
        {"type": "Feature", "properties": {"c": "cocoa", "d": "2024-01-01", "ha": 2}, "geometry": None},
        {"type": "Feature", "properties": None, "geometry": {"type": "Polygon", "coordinates": [[["a", "b"]]]}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}},
        "not a feature",
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}},
    ])
    plots = plots_from_geojson(path, FieldMapping(commodity="c", harvest_date="d", point_ha="ha"))
    assert len(plots) == 5
    assert plots[0].geometry is None and plots[0].read_error is None
    assert (plots[0].commodity, plots[0].harvest_date, plots[0].point_ha) == ("cocoa", "2024-01-01", 2)
    assert all(p.geometry is None and p.read_error for p in plots[1:4])
    assert plots[4].geometry.equals(shapely.Polygon([(0, 0), (1, 0), (1, 1)]))  # open ring closed …
    assert plots[4].raw_geometry["coordinates"][0][-1] == [1, 1]  # … but kept as written


def test_projected_crs_member_turns_lonlat_off(tmp_path):
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    path = write(tmp_path, [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1e6, 2e6]}}],
                 crs=crs)
    assert plots_from_geojson(path)[0].source_is_lonlat is False


def test_not_a_feature_collection_is_a_clear_error(tmp_path):
    path = tmp_path / "x.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": 3}))
    with pytest.raises(ValueError, match="features"):
        plots_from_geojson(path)
