"""The GeoPackage fast reader (qgis_bridge.gpkg_reading) gives exactly the plots QGIS's reader gives.

The reference is the previous QGIS reader kept in test_reading_identity (``reference_plots`` over the
layer's ``QgsFeature`` s). GeoPackages are written here with OGR: points, polygons, multipolygons (and
single polygons in a MultiPolygon layer, which QGIS makes multi), NULL and empty geometries, Z/M and
curves, deleted rows and feature ids far from 1, unicode and quotes in layer and field names, integer,
64-bit, 16-bit, real, float32, text and NULL values, values SQLite stores against their column's type,
blobs OGR reads but this reader leaves to QGIS (bare WKB, extended), two layers in one file. Every
field of every plot is compared (types too; geometry by WKB) for chunk sizes that split the file
unevenly. Each condition that must fall back (subset string, selection, another CRS, a view, types
read by QGIS, edits, a Processing source definition that filters) is shown to fall back, and to give
the same plots. The whole check writes the same result file with and without the fast reader."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)

from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.core.runs import Cancelled, Feedback
from vantage_plugin.qgis_bridge import layers, operations
from vantage_plugin.qgis_bridge.gpkg_reading import fast_table, unfiltered_input
from vantage_plugin.qgis_bridge.layers import guess_mapping

from .test_reading_identity import GPKG_FIELDS as TYPED_FIELDS
from .test_reading_identity import _assert_same, _field, _fields, _set, _srs, _values, reference_plots
from .test_results_streaming import _layer as _streaming_layer
from .test_results_streaming import _plot_rows, _rasters, _read

ogr.UseExceptions()
osr.UseExceptions()

LAYER = 'parcelles "é" l\'autre'
FIELDS = [
    _field("plot_id", ogr.OFTString), _field('na"me é', ogr.OFTString), _field("commodity", ogr.OFTString),
    _field("harvest_date", ogr.OFTString), _field("point_ha", ogr.OFTReal), _field("n", ogr.OFTInteger),
    _field("big", ogr.OFTInteger64), _field("small", ogr.OFTInteger, ogr.OFSTInt16),
    _field("f32", ogr.OFTReal, ogr.OFSTFloat32), _field("text", ogr.OFTString),
]
SHAPES = [
    "POINT (10.1 -3.2)", "MULTIPOINT ((10.2 -3.2), (10.3 -3.3))",
    "POLYGON ((10 -3, 10.01 -3, 10.01 -2.99, 10 -2.99, 10 -3))",
    "MULTIPOLYGON (((11 -3, 11.01 -3, 11.01 -2.99, 11 -3)), ((12 -3, 12.01 -3, 12.01 -2.99, 12 -3)))",
    None, "POLYGON EMPTY", "POINT EMPTY", "MULTIPOLYGON EMPTY",
    "POLYGON Z ((13 -3 5, 13.01 -3 5, 13.01 -2.99 6, 13 -3 5))", "POINT M (10.5 -3.5 100)",
    "CURVEPOLYGON (CIRCULARSTRING (16 -3, 16.01 -2.99, 16.02 -3, 16.01 -3.01, 16 -3))",
    "LINESTRING (18 -3, 18.1 -3.1)",
    "GEOMETRYCOLLECTION (POINT (19 -3), POLYGON ((19 -3, 19.01 -3, 19.01 -2.99, 19 -3)))",
    "POLYGON ((20 -3, 20.01 -2.99, 20.01 -3, 20 -2.99, 20 -3))",  # a bow tie
    "POLYGON ((21 -3, 21.01 -3, 21.01 -2.99, 21 -2.99, 21 -3), (21.002 -2.998, 21.004 -2.998, 21.004 -2.996, 21.002 -2.998))",
    "POLYGON ((22 -3, 22.01 -3, 22.01 -2.99))",  # an open ring: GEOS refuses it, QGIS reads it
    "POLYGON ((23 -3, 23.01 -3, 23 -3))",  # a ring of three points
    "MULTIPOLYGON (((24 -3, 24.01 -3, 24.01 -2.99, 24 -3)), EMPTY)",
] + [f"POLYGON (({x} 1, {x}.5 1, {x}.5 1.5, {x} 1))" for x in range(30, 52)] + ["POINT (1 2)"] * 5 + [
    "LINESTRING (25 -3)", "POLYGON ((26 -3, 26.01 -3))"]  # GEOS refuses these: QGIS's error


def _row_values(k: int) -> dict:
    return {
        "plot_id": None if k == 3 else f"P-{k % 7}" if k % 5 else f" p{k} ", 'na"me é': f"Parcelle é{k}" if k % 4 else "",
        "commodity": ["cocoa", "Palm oil", "coffee", None][k % 4], "harvest_date": None if k % 6 == 1 else "2023-01-02",
        "point_ha": [None, 1.5, 0.0, 3.25, 12.0][k % 5], "n": None if k % 7 == 2 else k - 8,
        "big": None if k == 4 else 2 ** 40 + k, "small": None if k == 5 else -k, "f32": None if k == 6 else 0.1 * k,
        "text": "" if k == 0 else None if k == 1 else f"line\n{k} ‘q’",
    }


def _write(path, shapes, name=LAYER, fields=FIELDS, values=_row_values, geometry_type=ogr.wkbUnknown, epsg=4326,
           first_fid=None, delete=()) -> str:
    ds = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, _srs(epsg), geometry_type)
    for defn in fields:
        layer.CreateField(defn)
    for k, wkt in enumerate(shapes):
        feature = ogr.Feature(layer.GetLayerDefn())
        if first_fid is not None:
            feature.SetFID(first_fid + 3 * k)
        for field, value in values(k).items():
            _set(feature, field, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    for fid in delete:
        layer.DeleteFeature(fid)
    ds = None
    return f"{path}|layername={name}"


def _sql(path, *statements) -> None:
    """Run SQL on the file, without the spatial index's triggers (they call GDAL's SQLite functions; the
    index is not used here)."""
    connection = sqlite3.connect(str(path))
    with connection:
        for (trigger,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                             "name LIKE 'rtree%'").fetchall():
            quoted = trigger.replace('"', '""')
            connection.execute(f'DROP TRIGGER "{quoted}"')
        for statement in statements:
            connection.execute(statement)
    connection.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("gpkg_reading")
    mixed = folder / "mixed.gpkg"
    out = {"mixed": _write(mixed, SHAPES, delete=(26, 31, 40))}
    table = LAYER.replace('"', '""')
    _sql(mixed,  # values against their column's type, and blobs OGR reads that this reader leaves to QGIS
         f'UPDATE "{table}" SET n = \'12abc\' WHERE fid = 5', f'UPDATE "{table}" SET big = 2.5 WHERE fid = 6',
         f'UPDATE "{table}" SET text = \'a\' || char(0) || \'b\' WHERE fid = 7',
         f'UPDATE "{table}" SET text = X\'0102\' WHERE fid = 8', f'UPDATE "{table}" SET n = 2147483648 WHERE fid = 12',
         f'UPDATE "{table}" SET small = 40000 WHERE fid = 13', f'UPDATE "{table}" SET point_ha = 7 WHERE fid = 14',
         f'UPDATE "{table}" SET geom = substr(geom, 41) WHERE fid = 20',  # bare WKB, no GeoPackage header
         f'UPDATE "{table}" SET geom = X\'4750002101000000\' || substr(geom, 41) WHERE fid = 21',  # not UTF-8 text
         f'UPDATE "{table}" SET geom = CAST(X\'4750002101000000\' || substr(geom, 41) AS BLOB) WHERE fid = 22',  # extended
         f'UPDATE "{table}" SET plot_id = CAST(X\'FF41\' AS TEXT) WHERE fid = 23')
    out["second"] = _write(mixed, SHAPES[::-1][:20], name="second")
    out["multi"] = _write(folder / "multi.gpkg", [s for s in SHAPES if s is None or ("POLYGON" in s and "Z" not in s and "CURVE" not in s)],
                          name="plots", geometry_type=ogr.wkbMultiPolygon, first_fid=1000, delete=(1003,))
    out["multiz"] = _write(folder / "multiz.gpkg", [s for s in SHAPES if s is None or "POLYGON" in s or "POINT" in s],
                           name="plots", geometry_type=ogr.wkbMultiPolygon25D)
    out["multipoint"] = _write(folder / "multipoint.gpkg", [s for s in SHAPES if s is None or "POINT" in s],
                               name="plots", geometry_type=ogr.wkbMultiPoint)
    out["single"] = str(folder / "single.gpkg")
    _write(folder / "single.gpkg", SHAPES[:8], name="only")
    out["utm"] = _write(folder / "utm.gpkg", ["POINT (500000 8900000)", "POINT (500100 8900100)"], epsg=32721)
    typed = folder / "typed.gpkg"
    for defn in TYPED_FIELDS:
        if defn.GetType() not in (ogr.OFTString, ogr.OFTInteger64, ogr.OFTReal) or defn.GetSubType() != ogr.OFSTNone:
            name = f"t_{defn.GetName()}"
            out[name] = _write(typed, SHAPES[:6], name=name, fields=[_field("plot_id", ogr.OFTString), defn],
                               values=_typed_values(defn.GetName()))
    _sql(typed, "UPDATE t_harvest_date SET harvest_date = '2022-1-3' WHERE fid = 2",
         "UPDATE t_harvest_date SET harvest_date = '2022-02-30' WHERE fid = 3",
         "UPDATE t_harvest_date SET harvest_date = 'abc' WHERE fid = 4",
         "UPDATE t_harvest_date SET harvest_date = 20220103 WHERE fid = 5",
         "UPDATE t_harvest_date SET harvest_date = '0999-12-31' WHERE fid = 6",
         "UPDATE t_flag SET flag = 2 WHERE fid = 2", "UPDATE t_flag SET flag = 'x' WHERE fid = 3")
    out["points"] = _write(folder / "points.gpkg", [f"POINT ({k * 0.01} 1)" for k in range(450)], name="points",
                           fields=FIELDS[:1], values=lambda k: {"plot_id": f"P{k}"})
    return out


def _typed_values(name: str):
    return lambda k: {"plot_id": f"P{k}", name: _values(k)[name]}


def _layer(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "plots", "ogr")
    assert layer.isValid(), uri
    return layer


def _reference(layer, mapping, **options) -> list:
    return reference_plots(layer.getFeatures(), layer.fields(), layer.crs(), mapping, **options)


def _chunks(source, size, **options) -> list:
    return list(layers.plot_chunks(*operations._features(source), size, source.fields, source.crs, source.mapping,
                                   transform_context=source.transform_context, **options))


def _flat(chunks) -> list:
    return [plot for chunk in chunks for plot in chunk]


FAST = ["mixed", "second", "multi", "multiz", "multipoint", "single", "points"]


@pytest.mark.parametrize("name", FAST)
@pytest.mark.parametrize("size", [1, 7, 10_000])  # one plot a chunk, uneven chunks, one chunk
def test_the_fast_reader_gives_the_plots_of_qgis(files, name, size):
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    source = operations.source_from_layer(layer, mapping)
    assert source.fast is not None
    old = _reference(layer, mapping)
    assert len(old) == layer.featureCount()
    chunks = _chunks(source, size)
    assert [len(chunk) for chunk in chunks][:-1] == [size] * (len(chunks) - 1) and 0 < len(chunks[-1]) <= size
    _assert_same(_flat(chunks), old)
    # the edge cases are there, and read as QGIS reads them
    if name == "mixed":
        kinds = {plot.source_geometry_type for plot in old}
        assert {"Point", "MultiPoint", "Polygon", "MultiPolygon", "PolygonZ", "PointM", "CurvePolygon", "",
                "LineString", "GeometryCollection"} <= kinds
        assert any(plot.geometry is not None and plot.geometry.is_empty for plot in old)
        assert any(plot.read_error for plot in old)
        fids = [plot.source_fid for plot in old]
        assert 26 not in fids and 27 in fids and fids == sorted(fids)
        assert {type(v) for plot in old for v in plot.attributes.values()} == {int, float, str, type(None)}
        by_fid = {plot.source_fid: plot for plot in old}
        assert by_fid[5].attributes["n"] == 12 and by_fid[6].attributes["big"] == 2
        assert by_fid[7].attributes["text"] == "a" and by_fid[14].attributes["point_ha"] == 7.0
        assert by_fid[12].attributes["n"] == -2 ** 31 and by_fid[23].attributes["plot_id"] == "\ufffdA"
        assert by_fid[20].geometry is None and by_fid[21].geometry is not None and by_fid[22].geometry is not None
        assert list(old[0].attributes) == ["fid", *[f.GetName() for f in FIELDS]]
    if name == "multi":
        kinds = {plot.source_geometry_type for plot in old}
        assert "MultiPolygon" in kinds and "Polygon" not in kinds  # QGIS makes single polygons multi
        assert old[0].source_fid == 1000 and 1003 not in [plot.source_fid for plot in old]


def test_two_layers_in_one_file_are_told_apart(files):
    first = _flat(_chunks(operations.source_from_layer(_layer(files["mixed"]), FieldMapping(plot_id="plot_id")), 5))
    second = _flat(_chunks(operations.source_from_layer(_layer(files["second"]), FieldMapping(plot_id="plot_id")), 5))
    assert len(second) == 20 != len(first)
    assert [p.source_geometry_type for p in second] == [p.source_geometry_type for p in
                                                        _reference(_layer(files["second"]), FieldMapping())]


def _progress(source, size, cancel_after=None):
    seen = []
    calls = [0]

    def cancelled():
        calls[0] += 1
        return cancel_after is not None and calls[0] > cancel_after

    feedback = Feedback(on_progress=seen.append, is_cancelled=cancelled)
    got = []
    try:
        for chunk in layers.plot_chunks(*operations._features(source), size, source.fields, source.crs,
                                        source.mapping, total=source.count, feedback=feedback):
            got.append(len(chunk))
    except Cancelled:
        got.append("cancelled")
    return seen, got, calls[0]


@pytest.mark.parametrize("size", [150, 450, 1000])
@pytest.mark.parametrize("cancel_after", [None, 0, 2])
def test_progress_and_cancelling_are_those_of_qgis(files, size, cancel_after):
    layer = _layer(files["points"])
    fast = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    slow = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    slow.fast = None
    assert fast.fast is not None
    assert _progress(fast, size, cancel_after) == _progress(slow, size, cancel_after)


@pytest.mark.parametrize("name", ["mixed", "multi"])
def test_plots_read_again_are_those_qgis_reads_again(files, name):
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    fast = operations.source_from_layer(layer, mapping)
    slow = operations.source_from_layer(layer, mapping)
    slow.fast = None
    old = _reference(layer, mapping)
    indexes = [k for k in range(len(old)) if k % 3 != 1]
    fids = [old[k].source_fid for k in indexes]
    again = operations._read_again(fast, indexes, fids)
    _assert_same(again, operations._read_again(slow, indexes, fids))
    assert [plot.index for plot in again] == indexes
    mapped = {getattr(mapping, key) for key in FieldMapping.KEYS} - {None}
    assert mapped and all(set(k for k, v in plot.attributes.items() if v is not None) <= mapped for plot in again)


def test_read_again_keeps_a_mapped_feature_id(files):
    layer = _layer(files["mixed"])
    mapping = FieldMapping(plot_id="fid", commodity="commodity")
    fast = operations.source_from_layer(layer, mapping)
    slow = operations.source_from_layer(layer, mapping)
    slow.fast = None
    fids = [plot.source_fid for plot in _reference(layer, mapping)][:9]
    _assert_same(operations._read_again(fast, range(9), fids), operations._read_again(slow, range(9), fids))


def _falls_back(layer, mapping=None, **source_options) -> None:
    """``layer``'s source takes QGIS's path and still gives the reference plots."""
    mapping = mapping or guess_mapping(layer.fields())
    source = operations.source_from_layer(layer, mapping, **source_options)
    assert source.fast is None
    assert not hasattr(operations._features(source)[0], "plot_chunks")  # (the iterator goes before its source)


@pytest.mark.parametrize("name", ["t_when", "t_blob", "t_js"])
def test_types_qgis_converts_fall_back(files, name):
    layer = _layer(files[name])
    _falls_back(layer)
    mapping = guess_mapping(layer.fields())
    _assert_same(_flat(_chunks(operations.source_from_layer(layer, mapping), 4)), _reference(layer, mapping))


@pytest.mark.parametrize("name", ["t_small", "t_f32", "t_n", "t_harvest_date", "t_flag"])
@pytest.mark.parametrize("size", [2, 100])
def test_typed_fields_read_fast_give_the_values_of_qgis(files, name, size):
    """16-bit integers, 32-bit reals, dates (as their text) and booleans are read fast, with odd values
    (a date not zero-padded, an impossible date, text, a number, a year before 1000; a boolean of 2, a
    text in a boolean) read by QGIS."""
    layer = _layer(files[name])
    assert fast_table(layer, layer.fields(), layer.crs()) is not None
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    _assert_same(_flat(_chunks(operations.source_from_layer(layer, mapping), size)), old)
    values = [plot.attributes[name[2:]] for plot in old]
    if name == "t_harvest_date":
        assert values == ["2022-01-03", "2022-01-03", None, None, None, "0999-12-31"]
        assert old[0].harvest_date == "2022-01-03"
    if name == "t_flag":
        assert values == [None, True, False, None, False, True]


def test_a_subset_string_falls_back(files):
    layer = _layer(files["mixed"])
    assert layer.setSubsetString("fid > 4")
    _falls_back(layer)
    uri_subset = _layer(files["mixed"] + "|subset=fid > 4")
    _falls_back(uri_subset)
    for other in ("|geometrytype=Polygon", "|option:LIST_ALL_TABLES=NO"):  # a filter by type, open options
        _falls_back(_layer(files["mixed"] + other))


def test_a_selection_falls_back(files):
    layer = _layer(files["mixed"])
    layer.selectByIds([1, 3, 4])
    _falls_back(layer, selected_only=True)
    assert operations.source_from_layer(layer, guess_mapping(layer.fields())).fast is not None


def test_another_crs_falls_back(files):
    _falls_back(_layer(files["utm"]))


def test_an_editable_layer_falls_back(files):
    layer = _layer(files["single"])
    assert operations.source_from_layer(layer, FieldMapping()).fast is not None
    layer.startEditing()
    try:
        _falls_back(layer)
    finally:
        layer.rollBack()


def test_a_view_falls_back(tmp_path):
    path = tmp_path / "view.gpkg"
    _write(path, SHAPES[:8], name="plots")
    _sql(path, 'CREATE VIEW "v" AS SELECT fid, geom, plot_id, commodity FROM plots WHERE fid > 2',
         "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('v', 'features', 'v', 4326)",
         "INSERT INTO gpkg_geometry_columns VALUES ('v', 'geom', 'GEOMETRY', 4326, 0, 0)")
    layer = _layer(f"{path}|layername=v")
    assert layer.featureCount() == 6
    _falls_back(layer)


def test_a_file_of_two_layers_without_a_layer_name_falls_back(files):
    path = files["mixed"].split("|")[0]
    layer = _layer(path)
    _falls_back(layer)
    single = _layer(files["single"])  # one layer: the layer QGIS opens is known
    source = operations.source_from_layer(single, guess_mapping(single.fields()))
    assert source.fast is not None and source.fast.table.table == "only"


def test_a_processing_source_takes_the_fast_reader_only_unfiltered(files):
    layer = _layer(files["mixed"])
    context = QgsProcessingContext()
    mapping = guess_mapping(layer.fields())
    source = QgsProcessingFeatureSource(layer, context)
    plain = operations.source_from_processing(source, mapping, layer, context, unfiltered=True)
    assert plain.fast is not None
    _assert_same(_flat(_chunks(plain, 6)), _reference(layer, mapping))
    assert operations.source_from_processing(source, mapping, layer, context).fast is None
    path = files["mixed"]
    assert unfiltered_input(path) and unfiltered_input(layer)
    assert unfiltered_input(QgsProcessingFeatureSourceDefinition(path))
    assert not unfiltered_input(QgsProcessingFeatureSourceDefinition(path, True))
    assert not unfiltered_input(QgsProcessingFeatureSourceDefinition(path, False, 10))
    for check, ok in ((QgsFeatureRequest.GeometrySkipInvalid, False), (QgsFeatureRequest.GeometryAbortOnInvalid, False),
                      (QgsFeatureRequest.GeometryNoCheck, True)):
        definition = QgsProcessingFeatureSourceDefinition(
            path, False, -1, QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck, check)
        assert unfiltered_input(definition) is ok
        definition = QgsProcessingFeatureSourceDefinition(path, False, -1, QgsProcessingFeatureSourceDefinition.Flags(),
                                                          check)
        assert unfiltered_input(definition)  # not overriding: the algorithm's own "no check" applies


def test_the_file_is_not_changed_by_reading(files, tmp_path):
    path = files["single"]
    before = open(path, "rb").read()
    layer = _layer(path)
    _flat(_chunks(operations.source_from_layer(layer, guess_mapping(layer.fields())), 3))
    assert open(path, "rb").read() == before


@pytest.mark.parametrize("size", [7, 100_000])
def test_the_check_writes_the_same_file_with_and_without_the_fast_reader(tmp_path, size):
    options = _rasters(tmp_path)
    layer = _streaming_layer(tmp_path / "plots.gpkg", _plot_rows())
    done = {}
    for fast in (True, False):
        source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
        assert (source.fast is not None) is True
        if not fast:
            source.fast = None
        done[fast] = operations.check_to_file(source, operations.ENGINE_BUNDLED, str(tmp_path / f"out_{fast}.gpkg"),
                                              "results", bundled=options, keep=True, chunk_size=size)
    assert _read(done[True].uri) == _read(done[False].uri)
    assert done[True].summary == done[False].summary
    fast_issues = sorted((i.code, i.plot_index, i.other_plot_index, i.message) for i in done[True].output.report.issues)
    slow_issues = sorted((i.code, i.plot_index, i.other_plot_index, i.message) for i in done[False].output.report.issues)
    assert fast_issues == slow_issues and fast_issues
    assert [_fields(p) for p in done[True].plots] == [_fields(p) for p in done[False].plots]


@pytest.mark.parametrize("name", ["mixed", "multi", "points"])
def test_read_plots_takes_the_fast_reader_and_gives_the_plots_of_qgis(files, name, monkeypatch):
    layer = _layer(files[name])
    mapping = guess_mapping(layer.fields())
    source = operations.source_from_layer(layer, mapping, commodity="cocoa")
    assert source.fast is not None
    slow_source = operations.source_from_layer(layer, mapping, commodity="cocoa")
    slow_source.fast = None
    slow = operations.read_plots(slow_source)
    seen = []
    real = operations.FastFeatures.plot_chunks
    monkeypatch.setattr(operations.FastFeatures, "plot_chunks",
                        lambda self, *a, **k: seen.append(1) or real(self, *a, **k))
    fast = operations.read_plots(source)
    assert seen, "read_plots did not read through the fast reader"
    _assert_same(fast, slow)
    assert all(plot.commodity for plot in fast)  # the batch default filled in, as on the QGIS path
