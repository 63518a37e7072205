"""Round nine: the spatial order of a GeoPackage's plots is found faster with the very same answer.

- ``gpkg_rows.rtree_entries`` decodes the spatial index's node blobs in numpy: the rows SQLite's
  ``SELECT id, minx, maxx, miny, maxy`` gives (compared as sets of exact values), on trees one, two and
  three levels deep, after deletes and updates, with null and empty geometries left out of the index;
  ``None`` (ask SQLite) for a table that is not a 2-D float R-tree or whose nodes do not add up.
- ``gpkg_rows.feature_ids`` is the scan of the feature ids, with gaps and without, and on an empty table.
- ``chunks.hilbert_keys`` (four levels at a time) gives round eight's keys (its loop kept here) at every
  order, and ``chunks.spatial_chunks`` round eight's chunks (its lexsort kept here), positions increasing
  or not.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from osgeo import ogr

from tests.fixtures.chunks_round_eight import core_spatial_chunks as spatial_chunks_r8
from tests.fixtures.chunks_round_eight import hilbert_keys as hilbert_keys_r8
from tests.fixtures.gpkg_files import epsg_srs, field_defn
from vantage_plugin.core import chunks, gpkg_rows

ogr.UseExceptions()


# --- files ------------------------------------------------------------------------------------------
def _write(path: str, count: int, *, every: int = 1, seed: int = 0) -> None:
    """``count`` plots (points, polygons, multipolygons; some null or empty) with OGR, which keeps the
    layer's R-tree; only every ``every``-th feature id is used (gaps)."""
    rng = np.random.default_rng(seed)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("plots", epsg_srs(4326), ogr.wkbUnknown)
    layer.CreateField(field_defn("plot_id", ogr.OFTString))
    layer.StartTransaction()
    for k in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(1 + k * every)
        feature.SetField("plot_id", f"P{k}")
        x, y = rng.uniform(-60, 40), rng.uniform(-20, 20)
        kind = k % 7
        wkt = (None if kind == 5 else "POLYGON EMPTY" if kind == 6 else f"POINT ({x} {y})" if kind == 0 else
               f"MULTIPOLYGON ((({x} {y},{x + 0.01} {y},{x} {y + 0.02},{x} {y})),(({x + 1} {y},{x + 1.01} {y},"
               f"{x + 1} {y + 0.01},{x + 1} {y})))" if kind == 1 else
               f"POLYGON (({x} {y},{x + 0.003} {y},{x + 0.003} {y + 0.001},{x} {y}))")
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None


def _sql_entries(connection: sqlite3.Connection, rtree: str) -> list[tuple]:
    return sorted(connection.execute(f'SELECT id, minx, maxx, miny, maxy FROM "{rtree}"').fetchall())


def _decoded(entries) -> list[tuple]:
    ids, boxes = entries
    assert ids.dtype == np.int64 and boxes.dtype == np.float64
    return sorted((int(i), *map(float, box)) for i, box in zip(ids, boxes))


def _depth(connection: sqlite3.Connection, rtree: str) -> int:
    root = connection.execute(f'SELECT data FROM "{rtree}_node" WHERE nodeno = 1').fetchone()[0]
    return int.from_bytes(root[:2], "big")


@pytest.mark.parametrize("count, depth", [(30, 0), (400, 1), (4000, 2)])
def test_rtree_entries_are_sqlites_rows(tmp_path, count, depth):
    path = str(tmp_path / "plots.gpkg")
    _write(path, count)
    connection = gpkg_rows.connect(path)
    try:
        assert _depth(connection, "rtree_plots_geom") == depth
        expected = _sql_entries(connection, "rtree_plots_geom")
        assert len(expected) == count - count // 7 - (count + 1) // 7  # no null or empty geometry indexed
        assert _decoded(gpkg_rows.rtree_entries(connection, "rtree_plots_geom")) == expected
    finally:
        connection.close()


def test_rtree_entries_after_deletes_and_updates(tmp_path):
    path = str(tmp_path / "plots.gpkg")
    _write(path, 3000, every=3)
    ds = ogr.Open(path, 1)
    layer = ds.GetLayer(0)
    layer.StartTransaction()
    for fid in range(1, 9000, 9):  # a third of the plots deleted, others moved
        layer.DeleteFeature(fid)
    for fid in range(4, 9000, 27):
        feature = layer.GetFeature(fid)
        if feature is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({fid / 1000} {-fid / 2000})"))
            layer.SetFeature(feature)
    layer.CommitTransaction()
    ds = None
    connection = gpkg_rows.connect(path)
    try:
        expected = _sql_entries(connection, "rtree_plots_geom")
        assert len(expected) > 1500
        assert _decoded(gpkg_rows.rtree_entries(connection, "rtree_plots_geom")) == expected
    finally:
        connection.close()


def test_rtree_entries_refuse_what_is_not_a_float_rtree_of_whole_nodes(tmp_path):
    path = str(tmp_path / "plots.gpkg")
    _write(path, 200)
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIRTUAL TABLE ints USING rtree_i32(id, minx, maxx, miny, maxy)")
    connection.execute("INSERT INTO ints VALUES (1, 2, 3, 4, 5)")
    connection.execute("CREATE VIRTUAL TABLE three USING rtree(id, minx, maxx, miny, maxy, minz, maxz)")
    connection.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    connection = gpkg_rows.connect(path)
    try:
        for name in ("ints", "three", "plain", "missing"):
            assert gpkg_rows.rtree_entries(connection, name) is None
        assert gpkg_rows.rtree_entries(connection, "rtree_plots_geom") is not None
    finally:
        connection.close()
    connection = sqlite3.connect(path)  # a row of the index whose node is cut short: not read from the nodes
    nodeno = connection.execute("SELECT nodeno FROM rtree_plots_geom_rowid LIMIT 1").fetchone()[0]
    connection.execute("UPDATE rtree_plots_geom_node SET data = substr(data, 1, 40) WHERE nodeno = ?", (nodeno,))
    connection.commit()
    connection.close()
    connection = gpkg_rows.connect(path)
    try:
        assert gpkg_rows.rtree_entries(connection, "rtree_plots_geom") is None
    finally:
        connection.close()


@pytest.mark.parametrize("every", [1, 4])
def test_feature_ids_are_the_scan(tmp_path, every):
    path = str(tmp_path / "plots.gpkg")
    _write(path, 300, every=every)
    connection = gpkg_rows.connect(path)
    try:
        table = gpkg_rows.table_of(connection, path, None)
        scan = [row[0] for row in connection.execute("SELECT fid FROM plots ORDER BY fid")]
        assert gpkg_rows.feature_ids(connection, table).tolist() == scan
    finally:
        connection.close()
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM plots WHERE fid IN (1, 300)" if every == 1 else "DELETE FROM plots")
    connection.commit()
    connection.close()
    connection = gpkg_rows.connect(path)
    try:
        scan = [row[0] for row in connection.execute("SELECT fid FROM plots ORDER BY fid")]
        ids = gpkg_rows.feature_ids(connection, table)
        assert ids.dtype == np.int64 and ids.tolist() == scan and len(scan) == (298 if every == 1 else 0)
    finally:
        connection.close()


def test_feature_ids_with_one_gap_filled_by_nothing(tmp_path):
    """A table whose ids span as many integers as rows only when none is missing: one removed, one added
    past the end (same count, a gap): the scan's ids, not a range."""
    path = str(tmp_path / "plots.gpkg")
    _write(path, 50)
    ds = ogr.Open(path, 1)
    layer = ds.GetLayer(0)
    layer.DeleteFeature(20)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetFID(60)
    layer.CreateFeature(feature)
    ds = None
    connection = gpkg_rows.connect(path)
    try:
        table = gpkg_rows.table_of(connection, path, None)
        ids = gpkg_rows.feature_ids(connection, table).tolist()
        assert ids == [*range(1, 20), *range(21, 51), 60]
    finally:
        connection.close()


@pytest.mark.parametrize("order", [1, 2, 3, 5, 8, 16, 20, 30])
def test_hilbert_keys_are_round_eights(order):
    rng = np.random.default_rng(order)
    points = rng.uniform(-180, 180, (5000, 2))
    points[::5] = np.round(points[::5], 1)  # ties
    points[3] = points.min(axis=0)
    points[4] = points.max(axis=0)
    assert np.array_equal(chunks.hilbert_keys(points, order=order), hilbert_keys_r8(points, order=order))
    one = np.array([[2.0, 3.0]] * 4)
    assert np.array_equal(chunks.hilbert_keys(one), hilbert_keys_r8(one))


@pytest.mark.parametrize("increasing", [True, False])
def test_spatial_chunks_are_round_eights(increasing):
    rng = np.random.default_rng(7)
    count = 3000
    positions = np.sort(rng.choice(count, 2500, replace=False))
    if not increasing:
        positions = rng.permutation(positions)
    centres = np.round(rng.uniform(0, 1, (len(positions), 2)), 2)  # many equal centres: ties in file order
    new = chunks.spatial_chunks(count, positions, centres, 128)
    old = spatial_chunks_r8(count, positions, centres, 128)
    assert len(new) == len(old) == -(-count // 128)
    assert all(np.array_equal(a, b) for a, b in zip(new, old))
