"""qgis_bridge.layers: any vector layer QGIS opens → core plots in WGS84 (expected values computed
independently with OGR/osr, pyproj and json, never with the code under test)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFields, QgsVectorLayer

from tests.conftest import shared_file
from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.qgis_bridge.layers import guess_mapping, json_value, plots_from_layer

osr.UseExceptions()
ogr.UseExceptions()


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write(path, driver, epsg, geom_type, rows, fields=(("plot_id", ogr.OFTString),), layer_name="plots"):
    """Write ``rows`` = [(wkt, {field: value})] with OGR (independent of QGIS)."""
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, _srs(epsg), geom_type)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


def _layer(uri, provider="ogr") -> QgsVectorLayer:
    layer = QgsVectorLayer(str(uri), "plots", provider)
    assert layer.isValid(), uri
    return layer


def _coords(geometry):
    """Every (x, y) of a shapely geometry, exterior rings and points, in order."""
    out = []
    parts = getattr(geometry, "geoms", [geometry])
    for part in parts:
        if part.geom_type == "Point":
            out.append((part.x, part.y))
        else:
            out.extend(part.exterior.coords)
    return out


# --- formats and CRS ------------------------------------------------------------------------------
SQUARE_3857 = "POLYGON ((-8000000 2000000, -7999000 2000000, -7999000 2001000, -8000000 2001000, -8000000 2000000))"


def test_geopackage_in_web_mercator_is_reprojected_like_pyproj(tmp_path):
    pyproj = pytest.importorskip("pyproj")
    path = _write(tmp_path / "m.gpkg", "GPKG", 3857, ogr.wkbPolygon, [(SQUARE_3857, {"plot_id": "A"})])
    plots = plots_from_layer(_layer(path), FieldMapping(plot_id="plot_id"))
    assert len(plots) == 1
    plot = plots[0]
    transformer = pyproj.Transformer.from_crs(3857, 4326, always_xy=True)
    expected = [transformer.transform(x, y) for x, y in
                [(-8000000, 2000000), (-7999000, 2000000), (-7999000, 2001000), (-8000000, 2001000), (-8000000, 2000000)]]
    got = _coords(plot.geometry)
    assert len(got) == len(expected)
    for (gx, gy), (ex, ey) in zip(got, expected):
        assert gx == pytest.approx(ex, abs=1e-9) and gy == pytest.approx(ey, abs=1e-9)
    assert plot.user_id == "A"
    assert plot.source_is_lonlat is False
    assert plot.geometry.geom_type == "Polygon"


def test_shapefile_in_utm_is_reprojected_like_osr(tmp_path):
    wkt = "POLYGON ((500000 600000, 500100 600000, 500100 600100, 500000 600100, 500000 600000))"
    path = _write(tmp_path / "u.shp", "ESRI Shapefile", 32630, ogr.wkbPolygon, [(wkt, {"plot_id": "U1"})])
    plots = plots_from_layer(_layer(path), FieldMapping(plot_id="plot_id"))
    transform = osr.CoordinateTransformation(_srs(32630), _srs(4326))
    polygon = ogr.CreateGeometryFromWkt(wkt)  # keep the owner alive while its ring is used
    ring = polygon.GetGeometryRef(0)
    expected = [transform.TransformPoint(ring.GetX(i), ring.GetY(i))[:2] for i in range(ring.GetPointCount())]
    got = _coords(plots[0].geometry)
    # a shapefile ring is stored clockwise: compare as sets of vertices
    assert sorted((round(x, 9), round(y, 9)) for x, y in got) == sorted((round(x, 9), round(y, 9)) for x, y in expected)
    assert plots[0].user_id == "U1"


def test_csv_points_through_delimitedtext(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(
        "plot_id,name,crop,lon,lat,point_ha,harvest_date\n"
        "P1,First,cocoa,-1.5,6.25,2.5,2024-01-31\n"
        "P2,Second,coffee,-1.25,6.5,,2024-02-01\n",
        encoding="utf-8",
    )
    uri = f"file://{path}?delimiter=,&xField=lon&yField=lat&crs=EPSG:4326"
    layer = _layer(uri, "delimitedtext")
    mapping = guess_mapping(layer.fields(), points=True)
    assert mapping == FieldMapping("plot_id", "name", "crop", "harvest_date", "point_ha")
    plots = plots_from_layer(layer, mapping)
    assert [(p.geometry.x, p.geometry.y) for p in plots] == [(-1.5, 6.25), (-1.25, 6.5)]
    assert [p.user_id for p in plots] == ["P1", "P2"]
    assert [p.commodity for p in plots] == ["cocoa", "coffee"]
    assert plots[0].point_ha in (2.5, "2.5") and plots[1].point_ha in (None, "")
    assert str(plots[0].harvest_date).startswith("2024-01-31")
    assert plots[0].source_is_lonlat is True
    assert plots[0].raw_geometry is None  # not a GeoJSON source


def test_geojson_multipoint_keeps_raw_geometry(tmp_path):
    raw = {"type": "MultiPoint", "coordinates": [[10.1, 1.2], [10.2, 1.3]]}
    path = tmp_path / "mp.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": 7}, "geometry": raw}]}), encoding="utf-8")
    plots = plots_from_layer(_layer(path), FieldMapping(plot_id="id"))
    assert plots[0].geometry.geom_type == "MultiPoint"
    assert [(p.x, p.y) for p in plots[0].geometry.geoms] == [(10.1, 1.2), (10.2, 1.3)]
    assert plots[0].raw_geometry == raw
    assert plots[0].user_id == "7"


def test_polygon_zm_drops_z_and_m(tmp_path):
    wkt = "POLYGON ZM ((1 1 5 9, 2 1 5 9, 2 2 5 9, 1 1 5 9))"
    path = _write(tmp_path / "zm.gpkg", "GPKG", 4326, ogr.wkbPolygonZM, [(wkt, {"plot_id": "Z"})])
    plot = plots_from_layer(_layer(path), FieldMapping())[0]
    assert plot.geometry.has_z is False
    assert list(plot.geometry.exterior.coords) == [(1, 1), (2, 1), (2, 2), (1, 1)]
    assert plot.source_geometry_type == "PolygonZM"
    assert plot.source_is_lonlat is True


def test_selected_only(tmp_path):
    rows = [(f"POINT ({i} {i})", {"plot_id": f"S{i}"}) for i in range(6)]
    path = _write(tmp_path / "s.gpkg", "GPKG", 4326, ogr.wkbPoint, rows)
    layer = _layer(path)
    fids = sorted(f.id() for f in layer.getFeatures())
    layer.selectByIds([fids[1], fids[4]])
    plots = plots_from_layer(layer, FieldMapping(plot_id="plot_id"), selected_only=True)
    assert [p.user_id for p in plots] == ["S1", "S4"]
    assert [p.source_fid for p in plots] == [fids[1], fids[4]]
    assert [p.index for p in plots] == [0, 1]
    assert len(plots_from_layer(layer, FieldMapping())) == 6


def test_attribute_values_are_json_able(tmp_path):
    fields = (("plot_id", ogr.OFTInteger), ("day", ogr.OFTDate), ("when", ogr.OFTDateTime), ("note", ogr.OFTString))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "a.gpkg"))
    layer = ds.CreateLayer("plots", _srs(4326), ogr.wkbPoint)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("plot_id", 12)
    feature.SetField("day", 2023, 5, 17, 0, 0, 0, 0)
    feature.SetField("when", 2023, 5, 17, 10, 30, 0, 0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (1 2)"))
    layer.CreateFeature(feature)
    ds = None
    plot = plots_from_layer(_layer(tmp_path / "a.gpkg"), FieldMapping(plot_id="plot_id", harvest_date="day"))[0]
    json.dumps(plot.attributes)  # JSON-able
    assert plot.attributes["plot_id"] == 12 and plot.user_id == "12"
    assert plot.attributes["day"] == "2023-05-17" and plot.harvest_date == "2023-05-17"
    assert plot.attributes["when"].startswith("2023-05-17T10:30:00")
    assert plot.attributes["note"] is None


def test_extreme_coordinates_never_raise(tmp_path):
    # a point far outside Web Mercator's domain: reading must neither raise nor drop the feature
    rows = [("POINT (1e30 1e30)", {"plot_id": "bad"}), ("POINT (0 0)", {"plot_id": "ok"})]
    path = _write(tmp_path / "bad.gpkg", "GPKG", 3857, ogr.wkbPoint, rows)
    plots = plots_from_layer(_layer(path), FieldMapping(plot_id="plot_id"))
    assert [p.user_id for p in plots] == ["bad", "ok"]
    # PROJ clamps such a point to a corner of the world instead of failing: it must be reported, not placed.
    assert plots[0].geometry is None and "EPSG:3857" in plots[0].read_error
    assert "CRS" in plots[0].read_error
    assert plots[1].geometry.coords[0] == pytest.approx((0.0, 0.0), abs=1e-9)


def test_null_geometry_is_kept_without_error(tmp_path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "n.gpkg"))
    layer = ds.CreateLayer("plots", _srs(4326), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("plot_id", ogr.OFTString))
    for value in ("empty", "square"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot_id", value)
        if value == "square":
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))
        layer.CreateFeature(feature)
    ds = None
    plots = plots_from_layer(_layer(tmp_path / "n.gpkg"), FieldMapping(plot_id="plot_id"))
    assert [p.user_id for p in plots] == ["empty", "square"]
    assert plots[0].geometry is None and plots[0].read_error is None  # validation reports a missing geometry
    assert plots[1].geometry.area == pytest.approx(0.5)


# --- shared samples -------------------------------------------------------------------------------
def test_whisp_plots_ids_and_types():
    path = shared_file("plots/whisp_50plots.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    layer = _layer(path)
    mapping = guess_mapping(layer.fields())
    assert mapping.plot_id == "user_id"
    plots = plots_from_layer(layer, mapping)
    assert len(plots) == len(document["features"]) == 50
    assert [p.user_id for p in plots] == [str(f["properties"]["user_id"]) for f in document["features"]]
    assert [p.raw_geometry for p in plots] == [f["geometry"] for f in document["features"]]
    assert all(p.geometry is not None and p.read_error is None for p in plots)
    assert {p.geometry.geom_type for p in plots} == {f["geometry"]["type"] for f in document["features"]}


def test_nicaragua_z_dropped_and_plot_ids():
    path = shared_file("plots/nicaragua_coffee_1124plots.geojson")
    layer = _layer(path)
    mapping = guess_mapping(layer.fields())
    assert mapping.plot_id == "Plot ID"
    plots = plots_from_layer(layer, mapping)
    assert len(plots) == 1124
    assert not any(p.geometry.has_z for p in plots)
    assert plots[0].user_id == "N_AR_101_01"
    assert plots[0].source_geometry_type == "MultiPolygonZ"
    assert plots[0].attributes["Acorn ID"] == "N_AR_101"


def test_cameroon_malformed_plots_are_kept_with_errors():
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    layer = _layer(path)
    plots = plots_from_layer(layer, guess_mapping(layer.fields()))
    assert len(plots) == len(document["features"]) == 18  # none dropped
    for plot, feature in zip(plots, document["features"]):
        assert plot.raw_geometry == feature["geometry"]
        assert plot.raw_geometry["type"] == "Polygon"
        # OGR cannot read "Polygon" coordinates nested four deep: no geometry, a clear read error
        assert plot.geometry is None
        assert plot.read_error and "Polygon" in plot.read_error
        assert plot.user_id == str(feature["properties"]["UID"])


def test_guess_mapping_common_names():
    # a bare "Date" (a survey date?) is never taken as the harvest date; names saying "harvest" are
    assert guess_mapping(["Plot ID", "Name", "Crop", "Date"]) == FieldMapping("Plot ID", "Name", "Crop", None, None)
    for name in ("Fecha de cosecha", "date_récolte", "data_colheita", "Tanggal Panen", "HARVEST"):
        assert guess_mapping(["data", "date", "fecha", name]).harvest_date == name
    assert guess_mapping(["id", "plot_name", "commodity", "harvest_date", "area_ha"], points=True) == FieldMapping(
        "id", "plot_name", "commodity", "harvest_date", "area_ha")
    assert guess_mapping(["fid_x", "area_ha"], points=False) == FieldMapping()
    assert guess_mapping(["point_ha"], points=False).point_ha == "point_ha"
    fields = QgsFields()
    assert guess_mapping(fields) == FieldMapping()


def test_json_value_conversions():
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

    assert json_value(QVariant()) is None
    assert json_value(QDate(2021, 1, 2)) == "2021-01-02"
    assert json_value(QDateTime(QDate(2021, 1, 2), QTime(3, 4, 5))).startswith("2021-01-02T03:04:05")
    assert json_value(float("nan")) is None
    assert json_value([QDate(2020, 12, 31), 1]) == ["2020-12-31", 1]
    assert dt.date.fromisoformat(json_value(QDate(2024, 2, 29))) == dt.date(2024, 2, 29)


def test_lonlat_2d_geometries_read_as_ogr_writes_them(tmp_path):
    """WGS84 2D geometries take the no-copy path: the shapely geometry is the one OGR wrote, and plain
    attribute values are those json_value gives."""
    import shapely

    wkts = ["POLYGON ((10 1, 10.01 1, 10.01 1.01, 10 1.01, 10 1))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))",
            "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))"]
    fields = (("plot_id", ogr.OFTString), ("n", ogr.OFTInteger), ("x", ogr.OFTReal))
    rows = [(w, {"plot_id": f"p{k}", "n": k, "x": k + 0.5 if k else None}) for k, w in enumerate(wkts)]
    path = _write(tmp_path / "p.gpkg", "GPKG", 4326, ogr.wkbUnknown, rows, fields)
    layer = _layer(path)
    plots = plots_from_layer(layer, FieldMapping(plot_id="plot_id"))
    for plot, wkt, (_, values), feature in zip(plots, wkts, rows, layer.getFeatures()):
        assert shapely.equals_exact(plot.geometry, shapely.from_wkt(wkt), tolerance=0)
        assert plot.read_error is None
        assert plot.attributes == {name: json_value(feature[name]) for name in layer.fields().names()}
        assert plot.attributes["n"] == values["n"] and plot.attributes["x"] == values["x"]


def test_geometries_decoded_in_batches_stay_with_their_features(tmp_path, monkeypatch):
    """WKB decoded in batches (here of 3) beside geometries read one by one (Z dropped, nulls): every
    plot keeps its own geometry and attributes."""
    import shapely

    from vantage_plugin.qgis_bridge import layers

    monkeypatch.setattr(layers._PendingWkb, "BATCH", 3)
    wkts = [f"POLYGON (({k} 0, {k}.5 0, {k}.5 0.5, {k} 0))" if k % 4 else f"POLYGON Z (({k} 0 1, {k}.5 0 1, {k}.5 0.5 1, {k} 0 1))"
            for k in range(11)]
    path = tmp_path / "b.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", _srs(4326), ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("plot_id", ogr.OFTString))
    for k, wkt in enumerate(wkts + ["NULL"]):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot_id", f"p{k}")
        if wkt != "NULL":
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    plots = plots_from_layer(_layer(path), FieldMapping(plot_id="plot_id"))
    assert [p.user_id for p in plots] == [f"p{k}" for k in range(12)]
    for plot, wkt in zip(plots, wkts):
        expected = shapely.force_2d(shapely.from_wkt(wkt))
        assert shapely.equals_exact(plot.geometry, expected, tolerance=0) and plot.read_error is None
    assert plots[-1].geometry is None
    assert plots[0].source_geometry_type.startswith("Polygon") and "Z" in plots[0].source_geometry_type
