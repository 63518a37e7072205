"""The GeoPackage fast reader (qgis_bridge.gpkg_reading) gives exactly the plots QGIS's reader gives.

The reference is the previous QGIS reader kept in tests/fixtures/reading.py (``reference_plots`` over the
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

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
)

from tests.fixtures.gpkg_files import MIXED_FIELDS, MIXED_SHAPES, run_sql, write_gpkg
from tests.fixtures.read_again import read_again
from tests.fixtures.reading import assert_same_plots, fast_and_slow, open_layer, plot_fields, reference_plots
from tests.fixtures.streaming import plot_rows, rasters, read_layer, write_plots_layer
from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.core.runs import Cancelled, Feedback
from vantage_plugin.qgis_bridge import layers, operations
from vantage_plugin.qgis_bridge.gpkg_reading import fast_table, unfiltered_input
from vantage_plugin.qgis_bridge.layers import guess_mapping

ogr.UseExceptions()
osr.UseExceptions()

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
def test_the_fast_reader_gives_the_plots_of_qgis(gpkg_files, name, size):
    layer = open_layer(gpkg_files[name])
    mapping = guess_mapping(layer.fields())
    source = operations.source_from_layer(layer, mapping)
    assert source.fast is not None
    old = _reference(layer, mapping)
    assert len(old) == layer.featureCount()
    chunks = _chunks(source, size)
    assert [len(chunk) for chunk in chunks][:-1] == [size] * (len(chunks) - 1) and 0 < len(chunks[-1]) <= size
    assert_same_plots(_flat(chunks), old)
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
        assert list(old[0].attributes) == ["fid", *[f.GetName() for f in MIXED_FIELDS]]
    if name == "multi":
        kinds = {plot.source_geometry_type for plot in old}
        assert "MultiPolygon" in kinds and "Polygon" not in kinds  # QGIS makes single polygons multi
        assert old[0].source_fid == 1000 and 1003 not in [plot.source_fid for plot in old]


def test_two_layers_in_one_file_are_told_apart(gpkg_files):
    first = _flat(_chunks(operations.source_from_layer(open_layer(gpkg_files["mixed"]), FieldMapping(plot_id="plot_id")), 5))
    second = _flat(_chunks(operations.source_from_layer(open_layer(gpkg_files["second"]), FieldMapping(plot_id="plot_id")), 5))
    assert len(second) == 20 != len(first)
    assert [p.source_geometry_type for p in second] == [p.source_geometry_type for p in
                                                        _reference(open_layer(gpkg_files["second"]), FieldMapping())]


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
def test_progress_and_cancelling_are_those_of_qgis(gpkg_files, size, cancel_after):
    layer = open_layer(gpkg_files["points"])
    fast, slow = fast_and_slow(layer, guess_mapping(layer.fields()))
    assert _progress(fast, size, cancel_after) == _progress(slow, size, cancel_after)


@pytest.mark.parametrize("name", ["mixed", "multi"])
def test_plots_read_again_are_those_qgis_reads_again(gpkg_files, name):
    layer = open_layer(gpkg_files[name])
    mapping = guess_mapping(layer.fields())
    fast, slow = fast_and_slow(layer, mapping)
    old = _reference(layer, mapping)
    indexes = [k for k in range(len(old)) if k % 3 != 1]
    fids = [old[k].source_fid for k in indexes]
    again = read_again(fast, indexes, fids)
    assert_same_plots(again, read_again(slow, indexes, fids))
    assert [plot.index for plot in again] == indexes
    mapped = {getattr(mapping, key) for key in FieldMapping.KEYS} - {None}
    assert mapped and all(set(k for k, v in plot.attributes.items() if v is not None) <= mapped for plot in again)


def test_read_again_keeps_a_mapped_feature_id(gpkg_files):
    layer = open_layer(gpkg_files["mixed"])
    mapping = FieldMapping(plot_id="fid", commodity="commodity")
    fast, slow = fast_and_slow(layer, mapping)
    fids = [plot.source_fid for plot in _reference(layer, mapping)][:9]
    assert_same_plots(read_again(fast, range(9), fids), read_again(slow, range(9), fids))


def _falls_back(layer, mapping=None, **source_options) -> None:
    """``layer``'s source takes QGIS's path and still gives the reference plots."""
    mapping = mapping or guess_mapping(layer.fields())
    source = operations.source_from_layer(layer, mapping, **source_options)
    assert source.fast is None
    assert not hasattr(operations._features(source)[0], "plot_chunks")  # (the iterator goes before its source)


@pytest.mark.parametrize("name", ["t_when", "t_blob", "t_js"])
def test_types_qgis_converts_fall_back(gpkg_files, name):
    layer = open_layer(gpkg_files[name])
    _falls_back(layer)
    mapping = guess_mapping(layer.fields())
    assert_same_plots(_flat(_chunks(operations.source_from_layer(layer, mapping), 4)), _reference(layer, mapping))


@pytest.mark.parametrize("name", ["t_small", "t_f32", "t_n", "t_harvest_date", "t_flag"])
@pytest.mark.parametrize("size", [2, 100])
def test_typed_fields_read_fast_give_the_values_of_qgis(gpkg_files, name, size):
    """16-bit integers, 32-bit reals, dates (as their text) and booleans are read fast, with odd values
    (a date not zero-padded, an impossible date, text, a number, a year before 1000; a boolean of 2, a
    text in a boolean) read by QGIS."""
    layer = open_layer(gpkg_files[name])
    assert fast_table(layer, layer.fields(), layer.crs()) is not None
    mapping = guess_mapping(layer.fields())
    old = _reference(layer, mapping)
    assert_same_plots(_flat(_chunks(operations.source_from_layer(layer, mapping), size)), old)
    values = [plot.attributes[name[2:]] for plot in old]
    if name == "t_harvest_date":
        assert values == ["2022-01-03", "2022-01-03", None, None, None, "0999-12-31"]
        assert old[0].harvest_date == "2022-01-03"
    if name == "t_flag":
        assert values == [None, True, False, None, False, True]


def test_a_subset_string_falls_back(gpkg_files):
    layer = open_layer(gpkg_files["mixed"])
    assert layer.setSubsetString("fid > 4")
    _falls_back(layer)
    uri_subset = open_layer(gpkg_files["mixed"] + "|subset=fid > 4")
    _falls_back(uri_subset)
    for other in ("|geometrytype=Polygon", "|option:LIST_ALL_TABLES=NO"):  # a filter by type, open options
        _falls_back(open_layer(gpkg_files["mixed"] + other))


def test_a_selection_falls_back(gpkg_files):
    layer = open_layer(gpkg_files["mixed"])
    layer.selectByIds([1, 3, 4])
    _falls_back(layer, selected_only=True)
    assert operations.source_from_layer(layer, guess_mapping(layer.fields())).fast is not None


def test_another_crs_falls_back(gpkg_files):
    _falls_back(open_layer(gpkg_files["utm"]))


def test_an_editable_layer_falls_back(gpkg_files):
    layer = open_layer(gpkg_files["single"])
    assert operations.source_from_layer(layer, FieldMapping()).fast is not None
    layer.startEditing()
    try:
        _falls_back(layer)
    finally:
        layer.rollBack()


def test_a_view_falls_back(tmp_path):
    path = tmp_path / "view.gpkg"
    write_gpkg(path, MIXED_SHAPES[:8], name="plots")
    run_sql(path, 'CREATE VIEW "v" AS SELECT fid, geom, plot_id, commodity FROM plots WHERE fid > 2',
         "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('v', 'features', 'v', 4326)",
         "INSERT INTO gpkg_geometry_columns VALUES ('v', 'geom', 'GEOMETRY', 4326, 0, 0)")
    layer = open_layer(f"{path}|layername=v")
    assert layer.featureCount() == 6
    _falls_back(layer)


def test_a_file_of_two_layers_without_a_layer_name_falls_back(gpkg_files):
    path = gpkg_files["mixed"].split("|")[0]
    layer = open_layer(path)
    _falls_back(layer)
    single = open_layer(gpkg_files["single"])  # one layer: the layer QGIS opens is known
    source = operations.source_from_layer(single, guess_mapping(single.fields()))
    assert source.fast is not None and source.fast.table.table == "only"


def test_a_processing_source_takes_the_fast_reader_only_unfiltered(gpkg_files):
    layer = open_layer(gpkg_files["mixed"])
    context = QgsProcessingContext()
    mapping = guess_mapping(layer.fields())
    source = QgsProcessingFeatureSource(layer, context)
    plain = operations.source_from_processing(source, mapping, layer, context, unfiltered=True)
    assert plain.fast is not None
    assert_same_plots(_flat(_chunks(plain, 6)), _reference(layer, mapping))
    assert operations.source_from_processing(source, mapping, layer, context).fast is None
    path = gpkg_files["mixed"]
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


def test_the_file_is_not_changed_by_reading(gpkg_files, tmp_path):
    path = gpkg_files["single"]
    before = open(path, "rb").read()
    layer = open_layer(path)
    _flat(_chunks(operations.source_from_layer(layer, guess_mapping(layer.fields())), 3))
    assert open(path, "rb").read() == before


@pytest.mark.parametrize("size", [7, 100_000])
def test_the_check_writes_the_same_file_with_and_without_the_fast_reader(tmp_path, size):
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    done = {}
    for fast in (True, False):
        source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
        assert (source.fast is not None) is True
        if not fast:
            source.fast = None
        done[fast] = operations.check_to_file(source, operations.ENGINE_BUNDLED, str(tmp_path / f"out_{fast}.gpkg"),
                                              "results", bundled=options, keep=True, chunk_size=size)
    assert read_layer(done[True].uri) == read_layer(done[False].uri)
    assert done[True].summary == done[False].summary
    fast_issues = sorted((i.code, i.plot_index, i.other_plot_index, i.message) for i in done[True].output.report.issues)
    slow_issues = sorted((i.code, i.plot_index, i.other_plot_index, i.message) for i in done[False].output.report.issues)
    assert fast_issues == slow_issues and fast_issues
    assert [plot_fields(p) for p in done[True].plots] == [plot_fields(p) for p in done[False].plots]


@pytest.mark.parametrize("name", ["mixed", "multi", "points"])
def test_read_plots_takes_the_fast_reader_and_gives_the_plots_of_qgis(gpkg_files, name, monkeypatch):
    layer = open_layer(gpkg_files[name])
    mapping = guess_mapping(layer.fields())
    source, slow_source = fast_and_slow(layer, mapping, commodity="cocoa")
    slow = operations.read_plots(slow_source)
    seen = []
    real = operations.FastFeatures.plot_chunks
    monkeypatch.setattr(operations.FastFeatures, "plot_chunks",
                        lambda self, *a, **k: seen.append(1) or real(self, *a, **k))
    fast = operations.read_plots(source)
    assert seen, "read_plots did not read through the fast reader"
    assert_same_plots(fast, slow)
    assert all(plot.commodity for plot in fast)  # the batch default filled in, as on the QGIS path
