"""``vantage:exporteudr`` through ``processing.run``: layers written by the test with OGR (in a projected
CRS), the EU files read back and checked by the test's own reader (tests/unit/core/test_eudr_export.py)."""

from __future__ import annotations

import base64
import json
import os

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingContext
from shapely.geometry import Point, Polygon
from shapely.ops import transform

from tests.fixtures.eu_files import read_eu_file, shoelace2
from tests.fixtures.world import WORLD_MAP, ogr_iso2_at

WEB_MERCATOR = 3857


def _to_mercator(geometry):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(WEB_MERCATOR)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.CoordinateTransformation(source, target)
    return transform(lambda x, y: tuple(zip(*[t.TransformPoint(a, b)[:2] for a, b in zip(x, y)])), geometry)


def _layer(path, name, epsg, kind, rows):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, kind)
    for field in ("farm", "producer", "place", "country"):
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("ha", ogr.OFTReal))
    for values, geometry in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry.wkt))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def _table(path):
    ds = ogr.Open(str(path).split("|")[0])
    layer = ds.GetLayer(0)
    d = layer.GetLayerDefn()
    names = [d.GetFieldDefn(i).GetName() for i in range(d.GetFieldCount())]
    return {f.GetField("plot_id"): {n: f.GetField(n) for n in names} for f in layer}


DOUGHNUT_LL = Polygon([(-5.51, 7.51), (-5.49, 7.51), (-5.49, 7.53), (-5.51, 7.53)],
                      [[(-5.503, 7.516), (-5.496, 7.517), (-5.495, 7.524), (-5.504, 7.522)]])
BOWTIE_LL = Polygon([(-5.6, 7.6), (-5.59, 7.61), (-5.59, 7.6), (-5.6, 7.61)])


def test_polygons_in_a_projected_crs(vantage, tmp_path):
    if not os.path.exists(WORLD_MAP):
        pytest.skip("QGIS world_map.gpkg not installed")
    brazil = shapely.box(-55.01, -12.01, -55.0, -12.0)
    source = _layer(tmp_path / "plots.gpkg", "plots", WEB_MERCATOR, ogr.wkbPolygon, [
        ({"farm": "doughnut", "producer": "Kouassi", "place": "Daloa"}, _to_mercator(DOUGHNUT_LL)),
        ({"farm": "bowtie", "producer": "Kouassi"}, _to_mercator(BOWTIE_LL)),
        ({"farm": "brazil", "producer": "Silva", "place": "Sinop"}, _to_mercator(brazil)),
    ])
    out = tmp_path / "eu.geojson"
    result = vantage.run("vantage:exporteudr", {
        "INPUT": source, "PLOT_ID_FIELD": "farm", "PRODUCER_NAME_FIELD": "producer", "PRODUCTION_PLACE_FIELD": "place",
        "COMMODITY": "cocoa", "OUTPUT": str(out), "PRODUCERS": str(tmp_path / "eu.producers.json"),
        "TABLE": str(tmp_path / "table.gpkg"),
    })
    assert (result["WRITTEN"], result["CHANGED"], result["LEFT_OUT"]) == (1, 1, 1)
    assert result["FILES"] == str(out)
    features = read_eu_file(out)
    countries = {f["properties"]["ProducerName"]: f["properties"]["ProducerCountry"] for f in features}
    assert countries == {"Kouassi": ogr_iso2_at(-5.5, 7.52)[0], "Silva": ogr_iso2_at(-55.005, -12.005)[0]}
    assert countries == {"Kouassi": "CI", "Silva": "BR"}
    kouassi = [f for f in features if f["properties"]["ProducerName"] == "Kouassi"]
    assert len(kouassi) >= 2  # the doughnut's half-moons
    # the area, read back, is the doughnut's (as reprojected and truncated: compare in micro-degrees² with
    # a tolerance of the truncation's worst case, 1e-6° over the ring's length)
    expected = shoelace2([(round(x, 6), round(y, 6)) for x, y in DOUGHNUT_LL.exterior.coords]) - shoelace2(
        [(round(x, 6), round(y, 6)) for x, y in DOUGHNUT_LL.interiors[0].coords])
    got = sum(shoelace2(f["geometry"]["coordinates"][0]) for f in kouassi)
    assert abs(got - expected) / expected < 1e-3
    table = _table(tmp_path / "table.gpkg")
    assert table["bowtie"]["status"] == "left out" and "validation" in table["bowtie"]["message"]
    assert table["doughnut"]["status"] == "changed" and "hole" in table["doughnut"]["message"]
    assert table["brazil"]["status"] == "written" and table["brazil"]["file"] == "eu.geojson"
    payload = json.loads((tmp_path / "eu.producers.json").read_text())
    assert {(e["name"], e["country"]) for e in payload["producers"]} == {("Kouassi", "CI"), ("Silva", "BR")}
    decoded = json.loads(base64.b64decode(payload["producers"][0]["geometryGeojson"]))
    assert decoded["type"] == "FeatureCollection" and decoded["features"]


def test_points_for_cattle_with_codes_in_a_field(vantage, tmp_path):
    source = _layer(tmp_path / "points.gpkg", "points", 4326, ogr.wkbPoint, [
        ({"farm": "big", "producer": "Fazenda", "country": "BR", "ha": 12.0}, Point(-50.1, -10.1)),
        ({"farm": "named", "producer": "Fazenda", "country": "Brazil", "ha": 2.0}, Point(-50.2, -10.1)),
        ({"farm": "no area", "producer": "Fazenda", "country": "BR"}, Point(-50.3, -10.1)),
        ({"farm": "bad code", "producer": "Fazenda", "country": "ZZ", "ha": 1.0}, Point(-50.4, -10.1)),
    ])
    out = tmp_path / "cattle.geojson"
    index = ["wood", "soy", "cocoa", "coffee", "palm_oil", "beef", "rubber"].index("beef")
    result = vantage.run("vantage:exporteudr", {
        "INPUT": source, "PLOT_ID_FIELD": "farm", "PRODUCER_NAME_FIELD": "producer", "PRODUCER_COUNTRY_FIELD": "country",
        "POINT_AREA_FIELD": "ha", "COMMODITY": index, "OUTPUT": str(out), "TABLE": str(tmp_path / "t.gpkg"),
    })
    features = read_eu_file(out, cattle=True)
    assert sorted(f["properties"]["Area"] for f in features) == [2.0, 12.0]
    assert {f["properties"]["ProducerCountry"] for f in features} == {"BR"}
    table = _table(tmp_path / "t.gpkg")
    assert {k for k, row in table.items() if row["status"] == "left out"} == {"no area", "bad code"}
    assert result["LEFT_OUT"] == 2


def test_commodity_names_and_indexes_are_checked(vantage, tmp_path):
    algorithm = QgsApplication.processingRegistry().algorithmById("vantage:exporteudr")
    context = QgsProcessingContext()
    source = _layer(tmp_path / "one.gpkg", "one", 4326, ogr.wkbPoint, [({"farm": "a", "ha": 1.0}, Point(0, 0))])
    base = {"INPUT": source, "OUTPUT": str(tmp_path / "x.geojson")}
    for value in ("banana", 99, None):
        ok, message = algorithm.checkParameterValues(dict(base, COMMODITY=value), context)
        assert not ok, value
    for value in ("cocoa", "Palm oil", "cattle", 2, "2"):
        ok, message = algorithm.checkParameterValues(dict(base, COMMODITY=value), context)
        assert ok, (value, message)


def test_dock_opens_the_export_dialog_on_the_result_layer(dock, vantage, tmp_path, monkeypatch):
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    source = _layer(tmp_path / "d.gpkg", "d", 4326, ogr.wkbPoint, [({"farm": "a", "ha": 1.0}, Point(0, 0))])
    plots, results = QgsVectorLayer(source, "plots", "ogr"), QgsVectorLayer(source, "results", "ogr")
    QgsProject.instance().addMapLayers([plots, results])
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params=None: opened.append((alg, params)))
    try:
        dock.layer_combo.setLayer(plots)
        dock.open_eudr_export()  # no run yet: the chosen layer
        dock.result_layer = results
        dock.open_eudr_export()  # after a run: its result layer
        assert opened == [("vantage:exporteudr", {"INPUT": plots.id()}), ("vantage:exporteudr", {"INPUT": results.id()})]
    finally:
        dock.result_layer = None
        QgsProject.instance().removeMapLayers([plots.id(), results.id()])


def test_point_area_field_guessed_from_its_name(vantage, tmp_path):
    source = _layer(tmp_path / "g.gpkg", "g", 4326, ogr.wkbPoint, [({"farm": "a", "ha": 1.25}, Point(-1.5, 6.5))])
    out = tmp_path / "g.geojson"
    vantage.run("vantage:exporteudr", {"INPUT": source, "PRODUCER_COUNTRY_FIELD": "country", "COMMODITY": "cocoa",
                                       "OUTPUT": str(out)})
    (feature,) = read_eu_file(out)  # "ha" on a point layer is the point's area
    assert feature["properties"]["Area"] == 1.25


def test_output_over_the_input_geojson_is_refused_and_the_input_kept(vantage, tmp_path):
    """Writing the EU file over the GeoJSON that holds the input plots would destroy them: refused."""
    from qgis.core import QgsProcessingException

    source = tmp_path / "plots.geojson"
    text = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"farm": "a", "ha": 1.0}, "geometry": {"type": "Point", "coordinates": [0.5, 6.5]}},
    ]})
    source.write_text(text)
    with pytest.raises(QgsProcessingException, match="holds the input plots"):
        vantage.run("vantage:exporteudr", {"INPUT": str(source), "PLOT_ID_FIELD": "farm", "POINT_AREA_FIELD": "ha",
                                           "COMMODITY": "cocoa", "OUTPUT": str(source)})
    assert source.read_text() == text
