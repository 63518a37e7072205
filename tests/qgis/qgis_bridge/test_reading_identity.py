"""The lean reader (qgis_bridge.layers.plots_from_features, plot_chunks, operations.read_plots and
``tests/fixtures/read_again.py``) gives exactly the plots the previous reader gave: the previous reader is kept
in tests/fixtures/reading.py, unchanged, as the reference, and both read the same layers written with OGR: points,
multipolygons, null and empty geometries, curves, Z/M, another CRS, GeoJSON (with its raw geometries
and a feature OGR cannot read), a selection, and attributes of every type GeoPackage and GeoJSON hold.
Every field of every plot is compared, values with their types, geometries by their WKB."""

from __future__ import annotations

import json

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)

from tests.fixtures.gpkg_files import TYPED_FIELDS, epsg_srs, field_defn, set_value, typed_values
from tests.fixtures.read_again import read_again
from tests.fixtures.reading import PLAIN_TYPES, assert_same_plots, open_layer, reference_plots
from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.qgis_bridge import layers, operations
from vantage_plugin.qgis_bridge.layers import (
    WGS84,
    _geometry_type_name,
    _label_value,
    _raw_for_layer,
    _unchanged_wkb,
    guess_mapping,
    is_lonlat_wgs84,
    json_value,
    to_shapely,
)

ogr.UseExceptions()
osr.UseExceptions()




# --- layers written with OGR ---------------------------------------------------------------------------
LONLAT_SHAPES = [
    "POINT (10.1 -3.2)", "MULTIPOINT ((10.2 -3.2), (10.3 -3.3))",
    "POLYGON ((10 -3, 10.01 -3, 10.01 -2.99, 10 -2.99, 10 -3))",
    "MULTIPOLYGON (((11 -3, 11.01 -3, 11.01 -2.99, 11 -3)), ((12 -3, 12.01 -3, 12.01 -2.99, 12 -3)))",
    "POLYGON Z ((13 -3 5, 13.01 -3 5, 13.01 -2.99 6, 13 -3 5))",
    "POLYGON M ((14 -3 1, 14.01 -3 2, 14.01 -2.99 3, 14 -3 1))",
    "MULTIPOLYGON ZM (((15 -3 1 2, 15.01 -3 1 2, 15.01 -2.99 1 2, 15 -3 1 2)))",
    "POINT Z (10.5 -3.5 100)",
    "CURVEPOLYGON (CIRCULARSTRING (16 -3, 16.01 -2.99, 16.02 -3, 16.01 -3.01, 16 -3))",
    "MULTISURFACE (CURVEPOLYGON (COMPOUNDCURVE (CIRCULARSTRING (17 -3, 17.01 -2.99, 17.02 -3), (17.02 -3, 17 -3))))",
    None, "POLYGON EMPTY", "POINT EMPTY", "LINESTRING (18 -3, 18.1 -3.1)",
    "GEOMETRYCOLLECTION (POINT (19 -3), POLYGON ((19 -3, 19.01 -3, 19.01 -2.99, 19 -3)))",
    "POLYGON ((20 -3, 20.01 -2.99, 20.01 -3, 20 -2.99, 20 -3))",  # a bow tie: read as it is (invalid)
    "POLYGON ((21 -3, 21.01 -3, 21.01 -2.99, 21 -2.99, 21 -3), (21.002 -2.998, 21.004 -2.998, 21.004 -2.996, 21.002 -2.998))",
]


def _gpkg(path, epsg: int, shapes: list, layer_name: str = "plots") -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, epsg_srs(epsg), ogr.wkbUnknown)
    for defn in TYPED_FIELDS:
        layer.CreateField(defn)
    for k, wkt in enumerate(shapes):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in typed_values(k).items():
            set_value(feature, name, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={layer_name}"


def _utm_shapes() -> list:
    """The same kinds of shapes in UTM 21S metres (and one far outside what it can express)."""
    x, y = 500000, 8900000
    sq = f"{x} {y}, {x + 300} {y}, {x + 300} {y + 300}, {x} {y + 300}, {x} {y}"
    return [f"POINT ({x} {y})", f"POLYGON (({sq}))", f"MULTIPOLYGON ((({sq})), (({x + 1000} {y}, {x + 1100} {y}, {x + 1100} {y + 100}, {x + 1000} {y})))",
            f"POLYGON Z (({x} {y} 3, {x + 300} {y} 3, {x + 300} {y + 300} 3, {x} {y} 3))",
            f"CURVEPOLYGON (CIRCULARSTRING ({x} {y}, {x + 100} {y + 100}, {x + 200} {y}, {x + 100} {y - 100}, {x} {y}))",
            None, "POLYGON EMPTY", "POINT (1e30 1e30)", f"LINESTRING ({x} {y}, {x + 10} {y + 10})"]


def _geojson(path) -> str:
    """A GeoJSON file with a feature OGR cannot read (a Polygon nested like a MultiPolygon), an open
    ring, and properties of every JSON type."""
    ring = [[30, -3], [30.01, -3], [30.01, -2.99], [30, -2.99], [30, -3]]
    geometries = [
        {"type": "Polygon", "coordinates": [ring]},
        {"type": "Polygon", "coordinates": [[ring]]},  # mis-nested: OGR gives no geometry
        {"type": "Point", "coordinates": [30.5, -3.5]},
        {"type": "MultiPolygon", "coordinates": [[[[31, -3], [31.01, -3], [31.01, -2.99], [31, -3]]]]},
        None,
        {"type": "Polygon", "coordinates": [[[32, -3], [32.01, -3], [32.01, -2.99], [32, -2.99]]]},  # open ring
        {"type": "Point", "coordinates": [33, -3, 12.5]},
    ]
    properties = [
        {"plot_id": 12, "n": 1, "x": 1.5, "ok": True, "s": "a", "ids": [1, 2], "names": ["a", "b"], "o": {"k": 1}},
        {"plot_id": 13, "n": None, "x": 2, "ok": False, "s": None, "ids": [], "names": ["c"], "o": None},
        {"plot_id": None, "n": -4, "x": None, "ok": None, "s": "é", "ids": None, "names": None, "o": {"a": [1]}},
        {"plot_id": 15, "n": 2**40, "x": -0.5, "ok": True, "s": "", "ids": [3], "names": [], "o": {}},
        {"plot_id": 16, "n": 0, "x": 0.0, "ok": False, "s": "z", "ids": [4, 5], "names": ["d"], "o": {"b": None}},
        {"plot_id": 17, "n": 7, "x": 1e-9, "ok": True, "s": "y", "ids": [6], "names": ["e"], "o": {"c": 2}},
        {"plot_id": 18, "n": 8, "x": 3.0, "ok": True, "s": "w", "ids": [7], "names": ["f"], "o": {"d": 3}},
    ]
    features = [{"type": "Feature", "properties": p, "geometry": g} for p, g in zip(properties, geometries)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return str(path)


def _shapefile(path) -> str:
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", epsg_srs(4326), ogr.wkbPolygon)
    for defn in (field_defn("plot_id", ogr.OFTReal), field_defn("day", ogr.OFTDate), field_defn("commodity", ogr.OFTString)):
        layer.CreateField(defn)
    for k in range(5):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot_id", 12.0 + k)
        if k != 2:
            feature.SetField("day", 2022, 1 + k, 9, 0, 0, 0, 0)
        feature.SetField("commodity", "cocoa")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON (({k} 1, {k}.5 1, {k}.5 1.5, {k} 1))"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("reading")
    return {
        "lonlat": _gpkg(folder / "lonlat.gpkg", 4326, LONLAT_SHAPES),
        "utm": _gpkg(folder / "utm.gpkg", 32721, _utm_shapes()),
        "mercator": _gpkg(folder / "mercator.gpkg", 3857, ["POINT (-8000000 2000000)", "POINT (1e30 1e30)", None]),
        "geojson": _geojson(folder / "plots.geojson"),
        "shapefile": _shapefile(folder / "plots.shp"),
    }


# --- comparing plots -----------------------------------------------------------------------------------
def _reference(layer: QgsVectorLayer, mapping: FieldMapping, features=None) -> list:
    raw, positions = _raw_for_layer(layer)
    return reference_plots(layer.getFeatures() if features is None else features, layer.fields(), layer.crs(),
                           mapping, transform_context=QgsProject.instance().transformContext(), raw=raw,
                           raw_position=positions)


# --- the tests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["lonlat", "utm", "mercator", "geojson", "shapefile"])
def test_the_reader_gives_the_plots_of_the_previous_reader(files, name):
    layer = open_layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    assert len(old) == layer.featureCount() >= 3
    assert_same_plots(layers.plots_from_layer(layer, mapping), old)
    # the layer's edge cases are there: otherwise the comparison proves little
    kinds = {plot.source_geometry_type for plot in old}
    if name == "lonlat":
        assert {"Point", "MultiPolygon", "PolygonZ", "PolygonM", "MultiPolygonZM", "CurvePolygon", ""} <= kinds
        assert any(plot.geometry is not None and plot.geometry.is_empty for plot in old)
        types = {type(v) for plot in old for v in plot.attributes.values()}
        assert {int, float, str, bool, type(None)} <= types
    if name in ("utm", "mercator"):
        assert any(plot.read_error for plot in old) and any(plot.geometry is not None for plot in old)
    if name == "geojson":
        assert any(plot.raw_geometry for plot in old) and any(plot.read_error for plot in old)


@pytest.mark.parametrize("name", ["lonlat", "utm", "geojson"])
@pytest.mark.parametrize("size", [1, 4, 100])
def test_chunks_give_the_plots_of_the_previous_reader(files, name, size):
    layer = open_layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    source = operations.source_from_layer(layer, mapping)
    chunks = list(layers.plot_chunks(*operations._features(source), size, source.fields, source.crs, mapping,
                                     transform_context=source.transform_context, **operations._raw(source)))
    assert all(len(chunk) <= size for chunk in chunks)
    assert_same_plots([plot for chunk in chunks for plot in chunk], old)


@pytest.mark.parametrize("name", ["lonlat", "geojson"])
def test_a_selection_gives_the_plots_of_the_previous_reader(files, name):
    layer = open_layer(files[name])
    mapping = guess_mapping(layer.fields())
    ids = sorted(f.id() for f in layer.getFeatures())
    chosen = [ids[k] for k in (len(ids) - 1, 1, 3, 4)]
    layer.selectByIds(chosen)
    raw, positions = _raw_for_layer(layer)
    features = sorted(layer.getFeatures(QgsFeatureRequest().setFilterFids(sorted(chosen))),
                      key=lambda f: positions.get(f.id(), f.id()) if positions else f.id())
    old = _reference(layer, mapping, features)
    assert len(old) == 4
    assert_same_plots(operations.read_plots(operations.source_from_layer(layer, mapping, selected_only=True)), old)
    assert_same_plots(layers.plots_from_layer(layer, mapping, selected_only=True), old)


@pytest.mark.parametrize("name", ["lonlat", "utm", "shapefile"])
def test_plots_read_again_are_those_read_first_but_for_unmapped_attributes(files, name):
    """read_again (the reference of the rules comparing plots across chunks) reads geometry and the mapped
    fields only: everything else of the plot is what the previous reader gave."""
    layer = open_layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    source = operations.source_from_layer(layer, mapping)
    indexes = [k for k in range(len(old)) if k % 2 == 0]
    again = read_again(source, indexes, [old[k].source_fid for k in indexes])
    mapped = {getattr(mapping, key) for key in FieldMapping.KEYS} - {None}
    assert mapped
    for plot in [old[k] for k in indexes]:
        plot.attributes = {name: (value if name in mapped else None) for name, value in plot.attributes.items()}
    assert_same_plots(again, [old[k] for k in indexes])


def test_the_reference_is_the_reader_this_test_was_written_against(files):
    """The kept reference still decodes a Z polygon through QGIS and a plain one through WKB, as the
    previous reader did (a guard that the reference is the old code path, not the new one)."""
    layer = open_layer(files["lonlat"])
    features = list(layer.getFeatures())
    assert _unchanged_wkb(features[2].geometry()) is not None
    assert _unchanged_wkb(features[4].geometry()) is None
    assert is_lonlat_wgs84(layer.crs()) and WGS84.isValid()
    transform = QgsCoordinateTransform(open_layer(files["utm"]).crs(), WGS84, QgsCoordinateTransformContext())
    assert to_shapely(next(open_layer(files["utm"]).getFeatures()).geometry(), transform).geom_type == "Point"
    assert json_value(None) is None and _label_value(12.0) == "12" and _geometry_type_name(None) == ""
    assert PLAIN_TYPES >= {int, str}
