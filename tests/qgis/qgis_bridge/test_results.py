"""qgis_bridge.results: the result and issue GeoPackages, written atomically and styled; checked by
reading them back with OGR (independent of QGIS) and with QGIS (the saved default style)."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field

import pytest
from osgeo import ogr
from qgis.core import QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import Point, Polygon

from tests.fixtures.geodesy import geod_area_ha
from vantage_plugin.core import analysis
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation.issues import Issue, Severity
from vantage_plugin.qgis_bridge import results

ogr.UseExceptions()

SQUARE = Polygon([(10, 1), (10.01, 1), (10.01, 1.01), (10, 1.01)])
OTHER = Polygon([(11, 1), (11.01, 1), (11.01, 1.01), (11, 1.01)])


def _source_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (("plot_code", QVariant.String), ("risk_level", QVariant.String), ("fid", QVariant.Int),
                       ("yield_t", QVariant.Double), ("STATUS", QVariant.String)):
        fields.append(QgsField(name, kind))
    return fields


def _plots() -> list[Plot]:
    return [
        Plot(0, SQUARE, source_fid=10, user_id="A-1",
             attributes={"plot_code": "A-1", "risk_level": "mine", "fid": 10, "yield_t": 1.5, "STATUS": "x"}),
        Plot(1, OTHER, source_fid=11, user_id="B-2",
             attributes={"plot_code": "B-2", "risk_level": None, "fid": 11, "yield_t": None, "STATUS": "y"}),
        Plot(2, None, source_fid=12, user_id="C-3",
             attributes={"plot_code": "C-3", "risk_level": "z", "fid": 12, "yield_t": 3.0, "STATUS": None}),
    ]


def _results() -> list[analysis.PlotResult]:
    high = analysis.make_analysis(area_ha=123.0, analysis_end="2024-12-31", forest_ha=100.0, deforestation_ha=20.0,
                                  deforestation_yearly={2021: 15.0, 2023: 5.0}, risk_level="High",
                                  risk_reason="High: Deforestation > 15% or > 1 ha", version="test")
    low = analysis.make_analysis(area_ha=120.0, analysis_end="2024-12-31", forest_ha=50.0, deforestation_ha=0.0,
                                 deforestation_yearly={}, risk_level="Low", risk_reason="Low", version="test")
    return [
        analysis.PlotResult(0, "bundled", analysis.STATUS_OK, analysis=high, country="CMR"),
        analysis.PlotResult(1, "bundled", analysis.STATUS_OK, analysis=low),
        analysis.PlotResult(2, "bundled", analysis.STATUS_INVALID, error="no geometry"),
    ]


def _ogr_rows(path, layer_name):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        rows.append(({n: feature.GetField(n) for n in names}, geometry.ExportToWkt() if geometry else None))
    geom_type = ogr.GeometryTypeToName(layer.GetGeomType())
    srs = layer.GetSpatialRef().GetAuthorityCode(None) if layer.GetSpatialRef() else None
    return names, rows, geom_type, srs


def test_write_results_round_trip(tmp_path):
    path = tmp_path / "out.gpkg"
    uri = results.write_results(str(path), "results", _plots(), _results(), _source_fields())
    assert uri == f"{path}|layername=results"
    names, rows, geom_type, srs = _ogr_rows(path, "results")
    # the user's names are kept (only GeoPackage's fid is prefixed src_); our clashing columns are renamed
    assert names[:5] == ["plot_code", "risk_level", "src_fid", "yield_t", "STATUS"]
    ours = [name for name, _ in analysis.result_fields([2021, 2023])]
    renamed = {"risk_level": "vantage_risk_level", "status": "vantage_status"}
    assert names[5:] == [renamed.get(name, name) for name in ours]
    assert "deforestation_2021_ha" in names and "deforestation_2023_ha" in names
    assert geom_type == "Multi Polygon" and srs == "4326"
    by_code = {r["plot_code"]: (r, g) for r, g in rows}
    a, a_geom = by_code["A-1"]
    assert a["risk_level"] == "mine" and a["src_fid"] == 10 and a["yield_t"] == 1.5 and a["STATUS"] == "x"
    assert a["vantage_risk_level"] == "High" and a["deforestation_ha"] == 20.0 and a["deforestation_2021_ha"] == 15.0
    assert a["deforestation_2023_ha"] == 5.0 and a["country"] == "CMR" and a["vantage_status"] == "ok"
    assert json.loads(a["analysis_json"])["risk_level"] == "High"
    assert ogr.CreateGeometryFromWkt(a_geom).GetArea() == pytest.approx(SQUARE.area)
    b, _ = by_code["B-2"]
    assert b["vantage_risk_level"] == "Low" and b["deforestation_2021_ha"] == 0.0  # loss data, no loss that year
    c, c_geom = by_code["C-3"]
    assert c["vantage_status"] == "invalid" and c["error"] == "no geometry" and c["vantage_risk_level"] is None
    assert c_geom is None and c["risk_level"] == "z"


def test_style_saved_as_default_and_loaded_by_qgis(tmp_path):
    path = tmp_path / "styled.gpkg"
    uri = results.write_results(str(path), "results", _plots(), _results(), _source_fields())
    ds = ogr.Open(str(path))
    styles = ds.ExecuteSQL("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles")
    rows = [(f.GetField(0), f.GetField(1), f.GetField(2)) for f in styles]
    ds.ReleaseResultSet(styles)
    ds = None
    assert [(name, bool(default)) for name, default, _ in rows] == [("results", True)]
    assert 'type="categorizedSymbol"' in rows[0][2]
    layer = QgsVectorLayer(uri, "r", "ogr")
    assert layer.isValid()
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours["High"] == "#d7191c" and colours["Low"] == "#1a9641" and colours["Unknown"] == "#9e9e9e"
    assert "invalid" in colours and "failed" in colours


def test_rewrite_replaces_only_that_layer(tmp_path):
    path = tmp_path / "multi.gpkg"
    results.write_results(str(path), "first", _plots(), _results(), _source_fields())
    results.write_results(str(path), "second", _plots()[:1], _results()[:1], _source_fields())
    results.write_results(str(path), "first", _plots()[:2], _results()[:2], _source_fields())
    ds = ogr.Open(str(path))
    layers = {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount() for i in range(ds.GetLayerCount())}
    ds = None
    assert layers.get("first") == 2 and layers.get("second") == 1
    assert not [name for name in layers if "tmp" in name]


def test_failure_leaves_no_half_written_output(tmp_path):
    class Boom(Exception):
        pass

    def rows():
        yield [1, "a", 1, "C", "error", "m", None, None, None, None, None], None
        raise Boom()

    new = tmp_path / "new.gpkg"
    with pytest.raises(Boom):
        results.write_layer(str(new), "issues", results.issue_fields(), 6, rows())
    assert not new.exists()
    assert not [p for p in os.listdir(tmp_path) if p.startswith("new.gpkg")]

    existing = tmp_path / "existing.gpkg"
    results.write_results(str(existing), "results", _plots(), _results(), _source_fields())
    with pytest.raises(Boom):
        results.write_layer(str(existing), "results", results.issue_fields(), 6, rows())
    names, table, _, _ = _ogr_rows(existing, "results")
    assert len(table) == 3 and "risk_level" in names  # the old layer is intact
    ds = ogr.Open(str(existing))
    assert sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())) == ["layer_styles", "results"]


@dataclass
class _Report:
    issues: list = field(default_factory=list)


def test_issues_layer_one_row_per_issue(tmp_path):
    plots = _plots()
    report = _Report([
        Issue("SELF_INTERSECTION", Severity.ERROR, "crosses itself", 0, "A-1", fix="REPAIR_GEOMETRY",
              location=(10.005, 1.005)),
        Issue("OVERLAP", Severity.WARNING, "overlaps B-2", 0, "A-1", other_plot_index=1),
        Issue("GEOMETRY_MISSING", Severity.ERROR, "no geometry", 2, "C-3"),
    ])
    path = tmp_path / "issues.gpkg"
    uri = results.write_issues_layer(str(path), "issues", plots, report)
    names, rows, geom_type, _ = _ogr_rows(path, "issues")
    assert len(rows) == 3 and geom_type == "Multi Polygon"
    first, second, third = (r for r, _ in rows)
    assert (first["plot_id"], first["code"], first["severity"], first["fix"]) == ("A-1", "SELF_INTERSECTION", "error",
                                                                               "REPAIR_GEOMETRY")
    assert (first["location_lon"], first["location_lat"]) == (10.005, 1.005)
    assert second["other_plot"] == "B-2" and second["other_plot_index"] == 1 and second["severity"] == "warning"
    assert third["source_fid"] == 12 and rows[2][1] is None
    assert rows[0][1] is not None
    layer = QgsVectorLayer(uri, "i", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"
    assert {c.value() for c in layer.renderer().categories()} == {"error", "warning"}


def test_points_in_a_polygon_batch_are_drawn_as_their_disc(tmp_path):
    plots = [Plot(0, SQUARE, user_id="poly"), Plot(1, Point(10.5, 1.5), user_id="pt", point_ha="2.5")]
    fields = QgsFields()
    path = tmp_path / "mixed.gpkg"
    results.write_results(str(path), "r", plots, [], fields)
    _, rows, geom_type, _ = _ogr_rows(path, "r")
    assert geom_type == "Multi Polygon"
    disc = ogr.CreateGeometryFromWkt(rows[1][1])
    from shapely import wkt

    assert geod_area_ha(wkt.loads(disc.ExportToWkt())) == pytest.approx(2.5, rel=0.01)  # Karney (pyproj)


def test_all_points_give_a_multipoint_layer(tmp_path):
    plots = [Plot(0, Point(1, 2)), Plot(1, Point(3, 4))]
    path = tmp_path / "points.gpkg"
    results.write_results(str(path), "r", plots, [], QgsFields())
    _, rows, geom_type, _ = _ogr_rows(path, "r")
    assert geom_type == "Multi Point"
    assert [g for _, g in rows] == ["MULTIPOINT (1 2)", "MULTIPOINT (3 4)"]


def test_shipped_qml_presets_match_the_code(tmp_path, repo):
    written = results.write_style_presets(tmp_path)
    for path in written:
        shipped = repo / "resources" / "styles" / os.path.basename(path)
        assert shipped.exists(), shipped
        fresh = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=risk_level:string&field=status:string"
                               "&field=severity:string", "x", "memory")
        old = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=risk_level:string&field=status:string"
                             "&field=severity:string", "y", "memory")
        fresh.loadNamedStyle(path)
        old.loadNamedStyle(str(shipped))
        a = {(c.value(), c.symbol().color().name()) for c in fresh.renderer().categories()}
        b = {(c.value(), c.symbol().color().name()) for c in old.renderer().categories()}
        assert a == b and a


def test_batch_geometries_match_the_plot_by_plot_ones():
    """plot_geometries (vectorised discs, multi types, WKB) draws what plot_geometry draws plot by plot."""
    import shapely
    from qgis.core import QgsWkbTypes
    from shapely.geometry import GeometryCollection, LineString, MultiPoint, MultiPolygon

    holed = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)], [[(0.2, 0.2), (0.4, 0.2), (0.4, 0.4)]])
    geometries = [SQUARE, Point(10.5, 1.5), Point(-60.1, -12.3), MultiPoint([(1, 1), (1.01, 1.0)]),
                  MultiPolygon([SQUARE, holed]), holed, None, Polygon(), Point(), LineString([(0, 0), (1, 1)]),
                  GeometryCollection([SQUARE])]
    point_ha = [None, "2.5", None, 3, None, None, None, None, None, None, None]
    plots = [Plot(k, g, point_ha=h) for k, (g, h) in enumerate(zip(geometries, point_ha))]
    for wkb_type in (QgsWkbTypes.MultiPolygon, QgsWkbTypes.MultiPoint, QgsWkbTypes.Unknown,
                     QgsWkbTypes.MultiLineString):
        batch = results.plot_geometries(plots, wkb_type)
        for plot, got in zip(plots, batch):
            one = results.plot_geometry(plot, wkb_type)
            assert (got is None) == (one is None), (plot.index, wkb_type)
            if one is not None:
                assert got.wkbType() == one.wkbType(), (plot.index, wkb_type)
                a, b = shapely.from_wkb(bytes(got.asWkb())), shapely.from_wkb(bytes(one.asWkb()))
                assert shapely.equals_exact(a, b, tolerance=1e-9), (plot.index, wkb_type)


def test_result_rows_values_are_those_of_the_one_by_one_conversion():
    """The fast path for plain attribute values gives what _source_value gives for every field type."""
    fields = QgsFields()
    for name, kind in (("n", QVariant.Int), ("x", QVariant.Double), ("s", QVariant.String),
                       ("d", QVariant.Date), ("b", QVariant.ByteArray), ("j", QVariant.Map)):
        fields.append(QgsField(name, kind))
    values = [{"n": 3, "x": 1.5, "s": "a", "d": "2024-01-02", "b": "AAE=", "j": {"k": 1}},
              {"n": None, "x": float("nan"), "s": 2.5, "d": None, "b": None, "j": [1, 2]},
              {"n": float("inf"), "x": 7, "s": True, "d": "not a date", "b": b"\x00", "j": "text"}]
    plots = [Plot(k, SQUARE, attributes=a) for k, a in enumerate(values)]
    out, _ = results.result_layer_fields(fields, [])
    rows = list(results.result_rows(plots, [], fields, out, [], results.output_wkb_type(plots)))
    for plot, row in zip(plots, rows):
        expected = [results._source_value(out.at(i), plot.attributes.get(name))
                    for i, name in enumerate(fields.names())]
        got = row[0][:len(expected)]
        assert [type(v) for v in got] == [type(v) for v in expected]
        def same(v):
            return "nan" if isinstance(v, float) and math.isnan(v) else v

        assert [same(v) for v in got] == [same(v) for v in expected]


def test_output_type_ignores_missing_and_empty_geometries():
    from qgis.core import QgsWkbTypes

    points = [Plot(0, Point(1, 2)), Plot(1, None), Plot(2, Polygon()), Plot(3, Point(3, 4))]
    assert results.output_wkb_type(points) == QgsWkbTypes.MultiPoint
    assert results.output_wkb_type(points + [Plot(4, SQUARE)]) == QgsWkbTypes.MultiPolygon
    assert results.output_wkb_type([Plot(0, None)]) == QgsWkbTypes.MultiPolygon


def test_result_rows_draw_geometries_batch_by_batch(monkeypatch):
    """Rows made with geometries drawn a few plots at a time keep each plot's own geometry."""
    import shapely

    monkeypatch.setattr(results, "GEOMETRY_BATCH", 2)
    plots = [Plot(k, Point(10 + k, 1) if k % 2 else Polygon([(k, 0), (k + 0.5, 0), (k, 0.5)]), point_ha=1 + k)
             for k in range(7)]
    fields, _ = results.result_layer_fields(QgsFields(), [])
    wkb_type = results.output_wkb_type(plots)
    rows = list(results.result_rows(plots, [], QgsFields(), fields, [], wkb_type))
    assert len(rows) == len(plots)
    for plot, row in zip(plots, rows):
        one = results.plot_geometry(plot, wkb_type)
        a, b = shapely.from_wkb(bytes(row[1].asWkb())), shapely.from_wkb(bytes(one.asWkb()))
        assert shapely.equals_exact(a, b, tolerance=1e-9)
