"""The lean reader (qgis_bridge.layers.plots_from_features, plot_chunks, operations.read_plots and
operations._read_again) gives exactly the plots the previous reader gave: the previous reader is kept
here, unchanged, as the reference, and both read the same layers written with OGR: points,
multipolygons, null and empty geometries, curves, Z/M, another CRS, GeoJSON (with its raw geometries
and a feature OGR cannot read), a selection, and attributes of every type GeoPackage and GeoJSON hold.
Every field of every plot is compared, values with their types, geometries by their WKB."""

from __future__ import annotations

import json
import math
from typing import Any, Iterable, Optional, Sequence

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFields,
    QgsProject,
    QgsVectorLayer,
)

from vantage_plugin.core.plots import FieldMapping, Plot
from vantage_plugin.core.runs import Cancelled
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

_PLAIN = frozenset({int, str, bool, type(None)})


# --- the previous reader (commit 46fc18f), kept as the reference --------------------------------------
def reference_plots(
    features: Iterable,
    fields: QgsFields,
    crs: QgsCoordinateReferenceSystem,
    mapping: FieldMapping,
    *,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    raw: Optional[Sequence[Optional[dict]]] = None,
    raw_position: Optional[dict[int, int]] = None,
    total: Optional[int] = None,
    feedback=None,
    start: int = 0,
) -> list[Plot]:
    """Plots from an iterable of ``QgsFeature`` (the common core of the layer and source readers).

    ``raw`` are the GeoJSON geometries in file order and ``raw_position`` maps a feature id to its
    position in the file (by default the feature id is the position). The plots are numbered from
    ``start`` (a chunk of a longer layer); progress counts from ``start`` of ``total`` too.
    """
    if transform_context is None:
        transform_context = QgsProject.instance().transformContext()
    transform = None
    if crs.isValid() and crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, transform_context)
    lonlat = is_lonlat_wgs84(crs) if crs.isValid() else True
    names = list(fields.names())
    n_names = len(names)
    plots: list[Plot] = []
    pending = _ReferenceWkb(plots)
    type_names: dict[int, str] = {}

    def mapped(attributes: dict, name: Optional[str]) -> Any:
        return attributes.get(name) if name else None

    for feature in features:
        local = len(plots)
        index = start + local
        if feedback is not None and local % 200 == 0:
            if feedback.is_cancelled():
                raise Cancelled()
            if total:
                feedback.set_progress(100.0 * index / total)
        attrs = feature.attributes()
        if len(attrs) < n_names:
            attrs = list(attrs) + [None] * (n_names - len(attrs))
        attributes = dict(zip(names, attrs))
        for name, value in attributes.items():
            if type(value) not in _PLAIN:
                attributes[name] = json_value(value)
        qgeom = feature.geometry() if feature.hasGeometry() else None
        fid = int(feature.id())
        raw_geometry = None
        if raw is not None:
            position = raw_position.get(fid, fid) if raw_position is not None else fid
            if 0 <= position < len(raw):
                raw_geometry = raw[position]
        geometry = None
        read_error = None
        wkb = None
        if qgeom is not None and not qgeom.isNull():
            wkb = _unchanged_wkb(qgeom) if transform is None else None
            if wkb is None:
                try:
                    geometry = to_shapely(qgeom, transform)
                except Exception as error:  # noqa: BLE001 - one bad feature never stops the batch
                    read_error = f"The geometry could not be read: {error}"
        elif raw_geometry is not None:
            gtype = raw_geometry.get("type") if isinstance(raw_geometry, dict) else None
            read_error = (
                f"QGIS/OGR could not read the {gtype or 'GeoJSON'} geometry of this feature "
                "(its coordinates do not match its declared type)"
            )
        type_name = ""
        if qgeom is not None:
            code = int(qgeom.wkbType())
            type_name = type_names.get(code)
            if type_name is None:
                type_name = type_names[code] = _geometry_type_name(qgeom)

        plots.append(
            Plot(
                index=index,
                geometry=geometry,
                source_fid=fid,
                user_id=_label_value(mapped(attributes, mapping.plot_id)),
                name=_label_value(mapped(attributes, mapping.plot_name)),
                commodity=mapped(attributes, mapping.commodity),
                harvest_date=mapped(attributes, mapping.harvest_date),
                point_ha=mapped(attributes, mapping.point_ha),
                attributes=attributes,
                source_geometry_type=type_name,
                source_is_lonlat=lonlat,
                raw_geometry=raw_geometry,
                read_error=read_error,
            )
        )
        if wkb is not None:
            pending.add(local, wkb)
    pending.flush()
    if feedback is not None and (not total or start + len(plots) >= total):
        feedback.set_progress(100.0)
    return plots


class _ReferenceWkb:
    """WKB of plots' geometries decoded by shapely in batches (one call per batch, not per plot)."""

    BATCH = 4096

    def __init__(self, plots: list[Plot]) -> None:
        self.plots = plots
        self.at: list[int] = []
        self.wkb: list[bytes] = []

    def add(self, index: int, wkb: bytes) -> None:
        self.at.append(index)
        self.wkb.append(wkb)
        if len(self.wkb) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.wkb:
            return
        import shapely

        try:
            decoded = shapely.from_wkb(self.wkb, on_invalid="ignore")
        except Exception:  # noqa: BLE001 - the batch refused: one by one, each with its reason
            decoded = [None] * len(self.wkb)
        for index, wkb, geometry in zip(self.at, self.wkb, decoded):
            plot = self.plots[index]
            if geometry is None:
                try:
                    geometry = shapely.from_wkb(wkb)
                except Exception as error:  # noqa: BLE001 - one bad feature never stops the batch
                    plot.read_error = f"The geometry could not be read: {error}"
                    continue
            plot.geometry = geometry
        self.at, self.wkb = [], []




# --- layers written with OGR ---------------------------------------------------------------------------
def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _field(name: str, kind: int, subtype: int = ogr.OFSTNone) -> ogr.FieldDefn:
    defn = ogr.FieldDefn(name, kind)
    defn.SetSubType(subtype)
    return defn


#: Every field type a GeoPackage holds (boolean and JSON as subtypes), and the mapped fields.
GPKG_FIELDS = [
    _field("plot_id", ogr.OFTString), _field("name", ogr.OFTString), _field("commodity", ogr.OFTString),
    _field("harvest_date", ogr.OFTDate), _field("point_ha", ogr.OFTReal), _field("n", ogr.OFTInteger),
    _field("big", ogr.OFTInteger64), _field("x", ogr.OFTReal), _field("flag", ogr.OFTInteger, ogr.OFSTBoolean),
    _field("small", ogr.OFTInteger, ogr.OFSTInt16), _field("f32", ogr.OFTReal, ogr.OFSTFloat32),
    _field("when", ogr.OFTDateTime), _field("blob", ogr.OFTBinary), _field("js", ogr.OFTString, ogr.OFSTJSON),
    _field("text", ogr.OFTString),
]

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


def _values(k: int) -> dict:
    """Attribute values of row ``k`` (some NULL on every field, at different rows)."""
    values = {
        "plot_id": None if k == 3 else f"P-{k % 7}" if k % 5 else f" p{k} ", "name": f"Parcelle é{k}" if k % 4 else "",
        "commodity": ["cocoa", "Palm oil", "coffee", None][k % 4], "harvest_date": None if k % 6 == 1 else (2022, 1 + k % 12, 3),
        "point_ha": [None, 1.5, 0.0, 3.25][k % 4], "n": None if k % 7 == 2 else k - 8, "big": None if k == 4 else 2**40 + k,
        "x": [None, -0.0, 1e308, 2.5, float("inf")][k % 5], "flag": None if k % 3 == 0 else k % 2,
        "small": None if k == 5 else -k, "f32": None if k == 6 else 0.25 * k,
        "when": None if k % 4 == 2 else (2021, 3, 4, 5, 6, 7.125 if k % 2 else 7, 100 if k % 3 else 0),
        "blob": None if k % 2 else bytes([k, 0, 255, 10]), "js": None if k % 3 == 1 else json.dumps({"k": k, "l": [1, "a"]}),
        "text": "" if k == 0 else None if k == 1 else f"line\n{k}",
    }
    return values


def _set(feature: ogr.Feature, name: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(name)
    elif isinstance(value, tuple):
        if len(value) == 3:
            feature.SetField(name, *value, 0, 0, 0, 0)
        else:
            feature.SetField(name, *value)
    elif isinstance(value, bytes):
        feature.SetFieldBinaryFromHexString(name, value.hex())
    else:
        feature.SetField(name, value)


def _gpkg(path, epsg: int, shapes: list, layer_name: str = "plots") -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, _srs(epsg), ogr.wkbUnknown)
    for defn in GPKG_FIELDS:
        layer.CreateField(defn)
    for k, wkt in enumerate(shapes):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in _values(k).items():
            _set(feature, name, value)
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
    layer = ds.CreateLayer("plots", _srs(4326), ogr.wkbPolygon)
    for defn in (_field("plot_id", ogr.OFTReal), _field("day", ogr.OFTDate), _field("commodity", ogr.OFTString)):
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


def _layer(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "plots", "ogr")
    assert layer.isValid(), uri
    return layer


# --- comparing plots -----------------------------------------------------------------------------------
def _typed(value: Any) -> Any:
    """A value with the type of every part (1 == 1.0 == True must not pass for the same)."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_typed(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


def _fields(plot: Plot) -> dict:
    out = {name: _typed(getattr(plot, name)) for name in Plot.__dataclass_fields__ if name != "geometry"}
    geometry = plot.geometry
    out["geometry"] = None if geometry is None else (geometry.geom_type, shapely.to_wkb(geometry, hex=True))
    return out


def _assert_same(new: list, old: list) -> None:
    assert len(new) == len(old)
    for a, b in zip(new, old):
        assert _fields(a) == _fields(b)


def _reference(layer: QgsVectorLayer, mapping: FieldMapping, features=None) -> list:
    raw, positions = _raw_for_layer(layer)
    return reference_plots(layer.getFeatures() if features is None else features, layer.fields(), layer.crs(),
                           mapping, transform_context=QgsProject.instance().transformContext(), raw=raw,
                           raw_position=positions)


# --- the tests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["lonlat", "utm", "mercator", "geojson", "shapefile"])
def test_the_reader_gives_the_plots_of_the_previous_reader(files, name):
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    assert len(old) == layer.featureCount() >= 3
    _assert_same(layers.plots_from_layer(layer, mapping), old)
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
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    source = operations.source_from_layer(layer, mapping)
    chunks = list(layers.plot_chunks(*operations._features(source), size, source.fields, source.crs, mapping,
                                     transform_context=source.transform_context, **operations._raw(source)))
    assert all(len(chunk) <= size for chunk in chunks)
    _assert_same([plot for chunk in chunks for plot in chunk], old)


@pytest.mark.parametrize("name", ["lonlat", "geojson"])
def test_a_selection_gives_the_plots_of_the_previous_reader(files, name):
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    ids = sorted(f.id() for f in layer.getFeatures())
    chosen = [ids[k] for k in (len(ids) - 1, 1, 3, 4)]
    layer.selectByIds(chosen)
    raw, positions = _raw_for_layer(layer)
    features = sorted(layer.getFeatures(QgsFeatureRequest().setFilterFids(sorted(chosen))),
                      key=lambda f: positions.get(f.id(), f.id()) if positions else f.id())
    old = _reference(layer, mapping, features)
    assert len(old) == 4
    _assert_same(operations.read_plots(operations.source_from_layer(layer, mapping, selected_only=True)), old)
    _assert_same(layers.plots_from_layer(layer, mapping, selected_only=True), old)


@pytest.mark.parametrize("name", ["lonlat", "utm", "shapefile"])
def test_plots_read_again_are_those_read_first_but_for_unmapped_attributes(files, name):
    """operations._read_again (the rules comparing plots across chunks) reads geometry and the mapped
    fields only: everything else of the plot is what the previous reader gave."""
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    source = operations.source_from_layer(layer, mapping)
    indexes = [k for k in range(len(old)) if k % 2 == 0]
    again = operations._read_again(source, indexes, [old[k].source_fid for k in indexes])
    mapped = {getattr(mapping, key) for key in FieldMapping.KEYS} - {None}
    assert mapped
    for plot in [old[k] for k in indexes]:
        plot.attributes = {name: (value if name in mapped else None) for name, value in plot.attributes.items()}
    _assert_same(again, [old[k] for k in indexes])


def test_the_reference_is_the_reader_this_test_was_written_against(files):
    """The kept reference still decodes a Z polygon through QGIS and a plain one through WKB, as the
    previous reader did (a guard that the reference is the old code path, not the new one)."""
    layer = _layer(files["lonlat"])
    features = list(layer.getFeatures())
    assert _unchanged_wkb(features[2].geometry()) is not None
    assert _unchanged_wkb(features[4].geometry()) is None
    assert is_lonlat_wgs84(layer.crs()) and WGS84.isValid()
    transform = QgsCoordinateTransform(_layer(files["utm"]).crs(), WGS84, QgsCoordinateTransformContext())
    assert to_shapely(next(_layer(files["utm"]).getFeatures()).geometry(), transform).geom_type == "Point"
    assert json_value(None) is None and _label_value(12.0) == "12" and _geometry_type_name(None) == ""
    assert _PLAIN >= {int, str}
