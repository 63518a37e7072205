"""A plain GeoPackage read in chunks compact in space (``operations.SPATIAL_ORDER``,
``gpkg_reading.spatial_chunks``) gives the user exactly what reading it in file order gives: the result
layer (fids, attributes, geometry blobs, risk columns, in the same order), the issues (codes, plots,
order), the counts, the summary, the run and the kept plots and results (in input order).

The plots lie in shuffled file order (neighbours in space far apart in the file), so every chunk of
the file-order reading touches the whole area and the spatial chunks differ from the file's; overlaps
and identical plots fall within and across chunks; points, invalid and blocked plots, a null geometry
and attributes of several types (integer, real, text, date, boolean) are among them.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from tests.fixtures.gpkg_files import epsg_srs, field_defn
from tests.fixtures.streaming import LAT0, LON0, rasters, read_layer, square
from vantage_plugin.qgis_bridge import gpkg_reading, operations
from vantage_plugin.qgis_bridge.layers import guess_mapping

ogr.UseExceptions()

COUNT, CHUNK = 320, 40


def _plots() -> list[dict]:
    """The plots in file order: a 16 × 20 grid of squares shuffled, overlapping neighbours among them."""
    rng = np.random.default_rng(13)
    cells = [(i, j) for i in range(16) for j in range(20)]
    order = rng.permutation(len(cells))
    plots = []
    for k, cell in enumerate(order.tolist()):
        i, j = cells[cell]
        x, y = LON0 + 0.005 + 0.0065 * i, LAT0 + 0.005 + 0.0055 * j
        side = 0.007 if (i + j) % 5 == 0 else 0.004  # one in five reaches over its neighbours: overlaps
        wkt = f"POINT({x + 0.002} {y + 0.002})" if k % 9 == 4 else square(x, y, side)
        plots.append({"plot_id": f"P{k}", "wkt": wkt, "point_ha": 1.5 if k % 9 == 4 else None,
                      "harvest_date": "2023-09-01", "trees": k * 7, "yield_t": 0.25 * k, "planted": "2015-03-02",
                      "organic": k % 3 == 0})
    plots[5]["wkt"] = plots[200]["wkt"]  # identical plots far apart in the file
    plots[31]["plot_id"] = plots[270]["plot_id"]  # a duplicate id
    plots[17]["wkt"] = (f"POLYGON(({LON0 + 0.02} {LAT0 + 0.02},{LON0 + 0.03} {LAT0 + 0.03},{LON0 + 0.03} "
                        f"{LAT0 + 0.02},{LON0 + 0.02} {LAT0 + 0.03},{LON0 + 0.02} {LAT0 + 0.02}))")  # a bow tie
    plots[44]["wkt"] = None  # no geometry
    plots[90]["harvest_date"] = "2019-01-01"  # harvested before the cut-off: blocked
    plots[121]["trees"] = None
    return plots


def _write(path) -> QgsVectorLayer:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", epsg_srs(4326), ogr.wkbUnknown)
    for name, kind, *sub in (("plot_id", ogr.OFTString), ("point_ha", ogr.OFTReal), ("harvest_date", ogr.OFTString),
                             ("commodity", ogr.OFTString), ("trees", ogr.OFTInteger), ("yield_t", ogr.OFTReal),
                             ("planted", ogr.OFTDate), ("organic", ogr.OFTInteger, ogr.OFSTBoolean)):
        layer.CreateField(field_defn(name, kind, *sub))
    for plot in _plots():
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in ("plot_id", "point_ha", "harvest_date", "trees", "yield_t", "planted", "organic"):
            if plot[name] is not None:
                feature.SetField(name, plot[name])
        feature.SetField("commodity", "cocoa")
        if plot["wkt"]:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(plot["wkt"]))
        layer.CreateFeature(feature)
    ds = None
    qlayer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    assert qlayer.isValid() and qlayer.featureCount() == COUNT
    return qlayer


@pytest.fixture(scope="module")
def checks(tmp_path_factory):
    """(file order, spatial order) × (kept, counted): the checks of the same layer; the chunks read; the
    layer's file."""
    tmp = tmp_path_factory.mktemp("spatial")
    options = rasters(tmp)
    layer = _write(tmp / "plots.gpkg")
    assert gpkg_reading.fast_table(layer, layer.fields(), layer.crs()) is not None  # the reader this is about
    chunks_read: list = []
    original = gpkg_reading.spatial_chunks

    def spy(*args, **kwargs):
        found = original(*args, **kwargs)
        chunks_read.append(found)
        return found

    done = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gpkg_reading, "spatial_chunks", spy)
        patch.setattr(operations, "SHUFFLED_WRITE_ROWS", 15)  # a shuffled chunk written in parts
        for spatial in (False, True):
            patch.setattr(operations, "SPATIAL_ORDER", spatial)
            for keep in (True, False):
                source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
                name = f"{'spatial' if spatial else 'file'}_{keep}"
                done[spatial, keep] = operations.check_to_file(
                    source, operations.ENGINE_BUNDLED, str(tmp / f"{name}.gpkg"), "results", bundled=options,
                    keep=keep, chunk_size=CHUNK)
    return done, chunks_read, tmp / "plots.gpkg"


def _blobs(uri: str) -> list[tuple]:
    path, name = uri.split("|layername=")
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT * FROM "{name}"').fetchall()  # in the table's (fid) order


def _issues(report) -> list[tuple]:
    return [(i.code, i.plot_index, i.other_plot_index, i.message, i.plot_label) for i in report.issues]


def test_the_chunks_are_compact_in_space_and_out_of_file_order(checks):
    _, chunks_read, _ = checks
    assert len(chunks_read) == 2  # the two spatial checks; file order never asks
    fids, chunks = chunks_read[0]
    assert sorted(np.concatenate(chunks).tolist()) == list(range(COUNT))
    assert any(chunk.tolist() != list(range(k * CHUNK, (k + 1) * CHUNK)) for k, chunk in enumerate(chunks))
    assert fids.tolist() == list(range(1, COUNT + 1))


def test_the_result_layer_is_the_same(checks):
    done, _, _ = checks
    for keep in (True, False):
        file_order, spatial = done[False, keep], done[True, keep]
        names, kind, rows = read_layer(file_order.uri)
        assert (names, kind, rows) == read_layer(spatial.uri)
        assert [row[0] for row in rows] == list(range(1, COUNT + 1))
        assert _blobs(file_order.uri) == _blobs(spatial.uri)
        assert "risk_level" in names and len({row[1][names.index("risk_level")] for row in rows}) > 1
        assert file_order.not_written == spatial.not_written == []


def test_issues_counts_summary_and_run_are_the_same(checks):
    done, _, _ = checks
    file_order, spatial = done[False, True], done[True, True]
    issues = _issues(file_order.output.report)
    codes = {issue[0] for issue in issues}
    assert {"PLOTS_OVERLAP", "DUPLICATE_GEOMETRY", "DUPLICATE_PLOT_ID"} <= codes and len(codes) > 4
    assert issues == _issues(spatial.output.report)
    for keep in (True, False):
        a, b = done[False, keep], done[True, keep]
        assert (a.output.report.error_count, a.output.report.warning_count, a.output.report.plot_count) == \
            (b.output.report.error_count, b.output.report.warning_count, b.output.report.plot_count)
        assert list(a.summary.items()) == list(b.summary.items())
        assert {k: list(v.items()) if isinstance(v, dict) else v for k, v in a.summary.items()} == \
            {k: list(v.items()) if isinstance(v, dict) else v for k, v in b.summary.items()}
        assert (a.plot_count, a.unreadable) == (b.plot_count, b.unreadable)
        assert (a.output.run.status, list(a.output.run.plot_errors.items())) == \
            (b.output.run.status, list(b.output.run.plot_errors.items()))
        assert [step.name for step in a.output.run.steps] == [step.name for step in b.output.run.steps]
    counted = done[False, True].output.report
    assert (counted.error_count, counted.warning_count) == \
        (done[True, False].output.report.error_count, done[True, False].output.report.warning_count)


def test_kept_plots_and_results_in_input_order(checks):
    done, _, _ = checks
    file_order, spatial = done[False, True], done[True, True]
    assert [p.index for p in spatial.plots] == list(range(COUNT))
    assert [(p.index, p.source_fid, p.user_id, p.attributes, p.geometry.wkb if p.geometry is not None else None)
            for p in file_order.plots] == \
        [(p.index, p.source_fid, p.user_id, p.attributes, p.geometry.wkb if p.geometry is not None else None)
         for p in spatial.plots]
    assert [(r.plot_index, r.status, r.analysis, r.error) for r in file_order.output.results] == \
        [(r.plot_index, r.status, r.analysis, r.error) for r in spatial.output.results]


def test_a_chunk_written_row_by_row_starts_again_in_file_order(checks, tmp_path, monkeypatch):
    """QGIS's writer numbers rows itself: a shuffled chunk the bulk path refuses restarts the check in
    file order, which writes the layer the file-order check writes."""
    from vantage_plugin.qgis_bridge import writing

    done, _, path = checks
    passes = []
    stream_check = operations._stream_check

    def spy(*args):
        passes.append(args[-1])
        return stream_check(*args)

    monkeypatch.setattr(operations, "_stream_check", spy)
    monkeypatch.setattr(writing.StreamedLayer, "add_columns", lambda self, *args, **kwargs: False)
    monkeypatch.setattr(operations, "SPATIAL_ORDER", True)
    layer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    again = operations.check_to_file(source, operations.ENGINE_BUNDLED, str(tmp_path / "rows.gpkg"), "results",
                                     bundled=rasters(tmp_path), keep=True, chunk_size=CHUNK)
    assert passes == [True, False]
    assert read_layer(again.uri) == read_layer(done[False, True].uri)
    assert _issues(again.output.report) == _issues(done[False, True].output.report)
