"""The spatial index of a layer written in bulk is packed once, when the layer is finished
(``writing._index_rows`` → ``gpkg_rtree``), instead of SQLite's R-tree insert per row at every chunk (the
writer before, kept here as the reference: ``_old_insert``). The files are the same (every row, blob, feature
id, the extent, the count and the R-tree's rows and boxes); only the R-tree's node layout differs, and
SQLite (``rtreecheck``), GDAL and QGIS read it as before: spatial filters give the same features, and a
feature added by QGIS afterwards is indexed and found."""

from __future__ import annotations

import random
import sqlite3
from typing import Any, Optional, Sequence

from osgeo import ogr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from shapely.geometry import Polygon

from tests.fixtures.bulk_write import (
    LAYER,
    assert_same_layer,
    dump_layer,
    result_chunk,
    result_chunks,
    write_results,
)
from vantage_plugin.core.gpkg_rows import quoted
from vantage_plugin.qgis_bridge import writing

ogr.UseExceptions()


def _old_insert(connection: sqlite3.Connection, layer_name: str, names: list[str], columns: Sequence[Sequence[Any]],
            shapes: Any, wrap: Any = None, extent: Optional[list[float]] = None,
            stored_extent: bool = True, row_fids: Optional[Sequence[int]] = None) -> Optional[list[float]]:
    """(``row_fids``, added since, only ``None`` here: rows numbered on.) Insert the rows into the GeoPackage layer ``layer_name`` (inside the caller's transaction) and
    update what GDAL's triggers and writer keep beside them: the spatial index, the feature count, the
    extent. The triggers doing it row by row (they call GDAL's SQL functions, which this connection
    does not have) are set aside for the insert and put back as they were. ``extent``: the exact
    extent of the rows inserted before (``stored_extent``: rows written by GDAL count too, with the
    extent it stored); returns the exact extent with these rows."""
    found = connection.execute("SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns "
                               "WHERE lower(table_name) = lower(?)", (layer_name,)).fetchone()
    if found is None:
        raise ValueError(f"no layer {layer_name}")
    table, geometry, srs_id = str(found[0]), str(found[1]), int(found[2])
    blobs, bounds = writing.gpkg_blobs(shapes, srs_id, wrap, with_bounds=True)
    rtree = f"rtree_{table}_{geometry}"
    set_aside = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(name) IN (lower(?), lower(?))",
        (f"{rtree}_insert", f"trigger_insert_feature_count_{table}")).fetchall()
    for name, _ in set_aside:
        connection.execute(f"DROP TRIGGER {quoted(name)}")
    last = connection.execute(f"SELECT max(coalesce((SELECT max(fid) FROM {quoted(table)}), 0), coalesce("
                              "(SELECT seq FROM sqlite_sequence WHERE name = ?), 0))", (table,)).fetchone()[0]
    assert row_fids is None
    fids = range(int(last) + 1, int(last) + 1 + len(blobs))
    # a column NULL in every row is left out (it has no default: NULL all the same), fewer values to bind
    defaults = {str(row[1]): row[4] for row in connection.execute(f"PRAGMA table_info({quoted(table)})")}
    kept = [k for k, (name, column) in enumerate(zip(names, columns))
            if defaults.get(name) is not None or column.count(None) != len(column)]
    # a text or boolean column with one value in every row is written as a literal of the statement
    same = {k: writing._sql_literal(columns[k][0]) for k in kept
            if type(columns[k][0]) in (str, bool) and columns[k].count(columns[k][0]) == len(columns[k])}
    values = ["?", "?"] + [same.get(k, "?") for k in kept]
    names = ["fid", geometry] + [names[k] for k in kept]
    bound = [columns[k] for k in kept if k not in same]
    connection.executemany(f"INSERT INTO {quoted(table)} ({', '.join(map(quoted, names))}) "
                           f"VALUES ({', '.join(values)})", zip(fids, blobs, *bound))
    drawn = [k for k, blob in enumerate(blobs) if blob is not None]
    if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()[0]:
        connection.executemany(f"INSERT OR REPLACE INTO {quoted(rtree)} VALUES (?, ?, ?, ?, ?)",
                               zip([fids[k] for k in drawn], *zip(*[bounds[k] for k in drawn])))
    for _, sql in set_aside:
        connection.execute(sql)
    # counted once (a new layer's count is NULL), then kept up to date: a chunk does not scan the layer
    connection.execute(f"UPDATE gpkg_ogr_contents SET feature_count = CASE WHEN feature_count IS NULL THEN "
                       f"(SELECT count(*) FROM {quoted(table)}) ELSE feature_count + ? END "
                       "WHERE lower(table_name) = lower(?)", (len(blobs), table))
    if not drawn:
        return extent
    boxes = [[bounds[k] for k in drawn]]
    if extent is not None:
        boxes.append([tuple(extent)])
    if stored_extent:
        old = connection.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents "
                                 "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        if old is not None and None not in old:
            boxes.append([tuple(old)])
    every = [box for group in boxes for box in group]
    extent = [min(b[0] for b in every), max(b[1] for b in every), min(b[2] for b in every), max(b[3] for b in every)]
    # written as GDAL writes it when it closes the layer: SQLite's printf('%.18g') of the exact extent
    connection.execute("UPDATE gpkg_contents SET min_x = CAST(printf('%.18g', ?) AS REAL), "
                       "max_x = CAST(printf('%.18g', ?) AS REAL), min_y = CAST(printf('%.18g', ?) AS REAL), "
                       "max_y = CAST(printf('%.18g', ?) AS REAL) WHERE lower(table_name) = lower(?)",
                       (*extent, table))
    return extent


def _write_old(path, chunks, monkeypatch):
    """The layer as the writer before wrote it: each chunk's R-tree rows inserted by SQLite with the rows."""
    def old_insert(*args, into=None):
        assert into is None  # the old writer had no side tables
        return _old_insert(*args), None

    with monkeypatch.context() as patch:
        patch.setattr(writing, "_insert", old_insert)
        return write_results(path, chunks, True, monkeypatch)


def _spread_chunks(count: int, size: int) -> list:
    """Chunks of plots scattered at random over 2°×2° (in random order, as the benchmark's plots are)."""
    rng = random.Random(count)
    chunks = []
    for start in range(0, count, size):
        plots, outcomes = result_chunk(start, size, [2021])
        for plot in plots:
            if plot.geometry is not None and not plot.geometry.is_empty and plot.geometry.geom_type == "Polygon":
                x, y, w = rng.uniform(10, 12), rng.uniform(0, 2), rng.uniform(1e-4, 2e-3)
                plot.geometry = Polygon([(x, y), (x + w, y), (x + w, y + w), (x, y)])
        chunks.append((plots, outcomes))
    return chunks


def _rtreecheck(path) -> Any:
    connection = sqlite3.connect(str(path))
    try:
        table, column = connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        return connection.execute("SELECT rtreecheck(?)", (f"rtree_{table}_{column}",)).fetchone()
    finally:
        connection.close()


def test_the_layer_is_the_old_writers_with_columns_added_and_chunks_row_by_row(tmp_path, monkeypatch):
    chunks = result_chunks()  # loss years added by later chunks, two chunks row by row (the R-tree's triggers)
    new, used = write_results(tmp_path / "new.gpkg", chunks, True, monkeypatch)
    old, _ = _write_old(tmp_path / "old.gpkg", chunks, monkeypatch)
    assert used == [True, True, False, True, False, True]
    assert new.written == old.written and new.skipped == old.skipped
    a, b = dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg")
    assert_same_layer(a, b)
    assert len(a["rtree"]) > 50 and _rtreecheck(tmp_path / "new.gpkg") == ("ok",)


def _fids_in(layer: Any, box: Sequence[float]) -> list[int]:
    layer.SetSpatialFilterRect(box[0], box[2], box[1], box[3])
    fids = sorted(feature.GetFID() for feature in layer)
    layer.SetSpatialFilter(None)
    return fids


def _qgis_fids_in(layer: QgsVectorLayer, box: Sequence[float]) -> list[int]:
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(box[0], box[2], box[1], box[3]))
    request.setNoAttributes()
    return sorted(feature.id() for feature in layer.getFeatures(request))


def test_gdal_and_qgis_find_the_same_features_in_a_larger_layer(tmp_path, monkeypatch):
    chunks = _spread_chunks(1200, 400)  # ~1000 boxes: an R-tree of two levels
    new, used = write_results(tmp_path / "new.gpkg", chunks, True, monkeypatch)
    old, _ = _write_old(tmp_path / "old.gpkg", chunks, monkeypatch)
    assert used == [True] * 3 and new.written == old.written == 1200
    a, b = dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg")
    assert_same_layer(a, b)
    assert _rtreecheck(tmp_path / "new.gpkg") == ("ok",)
    connection = sqlite3.connect(str(tmp_path / "new.gpkg"))
    depth = connection.execute(f"SELECT data FROM {quoted('rtree_' + LAYER + '_geom_node')} WHERE nodeno = 1"
                               ).fetchone()[0][:2]
    connection.close()
    assert int.from_bytes(depth, "big") >= 1
    rng = random.Random(3)
    boxes = [(10.9, 11.3, 0.2, 0.9), (-200.0, 200.0, -100.0, 100.0), (11.0, 11.0, 1.0, 1.0)]
    for _ in range(25):
        x, y, size = rng.uniform(9.9, 12.1), rng.uniform(-0.1, 2.1), rng.choice([0.001, 0.05, 0.4])
        boxes.append((x, x + size, y, y + size))
    sources = [ogr.Open(str(tmp_path / name)) for name in ("new.gpkg", "old.gpkg")]
    layers = [ds.GetLayerByName(LAYER) for ds in sources]
    qlayers = [QgsVectorLayer(f"{tmp_path / name}|layername={LAYER}", name, "ogr") for name in ("new.gpkg", "old.gpkg")]
    found = 0
    for box in boxes:
        fids = _fids_in(layers[1], box)
        assert _fids_in(layers[0], box) == fids
        assert _qgis_fids_in(qlayers[0], box) == _qgis_fids_in(qlayers[1], box) == fids
        found += len(fids)
    assert found > 1000
    sources = layers = None


def test_qgis_edits_the_layer_afterwards(tmp_path, monkeypatch):
    """A feature QGIS adds to the written layer (GDAL's triggers: SQLite's R-tree insert into the packed
    tree) is indexed and found by a spatial filter; the tree stays sound."""
    new, _ = write_results(tmp_path / "new.gpkg", _spread_chunks(300, 150), True, monkeypatch)
    layer = QgsVectorLayer(new.uri, "new", "ogr")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(50, 50), QgsPointXY(50.1, 50),
                                                    QgsPointXY(50.1, 50.1), QgsPointXY(50, 50)]]))
    assert layer.dataProvider().addFeatures([feature])[0]
    assert layer.dataProvider().deleteFeatures([1, 2, 3])
    del layer
    layer = QgsVectorLayer(new.uri, "new", "ogr")
    assert [f["fid"] if "fid" in f.fields().names() else f.id() for f in
            layer.getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(49.9, 49.9, 50.2, 50.2)))] == [301]
    assert layer.featureCount() == 298
    del layer
    assert _rtreecheck(tmp_path / "new.gpkg") == ("ok",)


def test_a_layer_without_rows_in_bulk_keeps_an_empty_index(tmp_path, monkeypatch):
    chunks = [result_chunk(0, 4, [2021])]
    for plot in chunks[0][0]:
        plot.geometry = None
    new, used = write_results(tmp_path / "new.gpkg", chunks, True, monkeypatch)
    old, _ = _write_old(tmp_path / "old.gpkg", chunks, monkeypatch)
    assert used == [True]
    assert_same_layer(dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg"))
    assert dump_layer(tmp_path / "new.gpkg")["rtree"] == [] and _rtreecheck(tmp_path / "new.gpkg") == ("ok",)
