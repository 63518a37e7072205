"""core.gpkg_rows: GeoPackage blobs written by GDAL/OGR (every envelope kind, empty, NULL, big-endian,
extended) give their WKB or ``None``; tables are recognised only when OGR reads them as plain tables;
rows come in feature-id order, chunk by chunk; unusual values are found."""

from __future__ import annotations

import sqlite3
import struct

import pytest
import shapely
from osgeo import ogr, osr

from vantage_plugin.core import gpkg_rows

ogr.UseExceptions()
osr.UseExceptions()

SHAPES = [
    "POINT (10.1 -3.2)",
    "LINESTRING (1 2, 3 4)",
    "POLYGON ((10 -3, 10.01 -3, 10.01 -2.99, 10 -2.99, 10 -3))",
    "MULTIPOINT ((10.2 -3.2), (10.3 -3.3))",
    "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))",
    "MULTIPOLYGON (((11 -3, 11.01 -3, 11.01 -2.99, 11 -3)), ((12 -3, 12.01 -3, 12.01 -2.99, 12 -3)))",
    "GEOMETRYCOLLECTION (POINT (19 -3), POLYGON ((19 -3, 19.01 -3, 19.01 -2.99, 19 -3)))",
]
NOT_PLAIN = [
    "POINT Z (10.5 -3.5 100)", "POLYGON Z ((13 -3 5, 13.01 -3 5, 13.01 -2.99 6, 13 -3 5))",
    "POLYGON M ((14 -3 1, 14.01 -3 2, 14.01 -2.99 3, 14 -3 1))",
    "MULTIPOLYGON ZM (((15 -3 1 2, 15.01 -3 1 2, 15.01 -2.99 1 2, 15 -3 1 2)))",
    "CURVEPOLYGON (CIRCULARSTRING (16 -3, 16.01 -2.99, 16.02 -3, 16.01 -3.01, 16 -3))",
    "POLYGON EMPTY", "POINT EMPTY", "MULTIPOLYGON EMPTY",
]


def _write(path, shapes, name="plots", gaps=()) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    layer = ds.CreateLayer(name, srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("s", ogr.OFTString))
    for k, wkt in enumerate(shapes):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("n", k)
        feature.SetField("s", f"é{k}")
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    for fid in gaps:
        layer.DeleteFeature(fid)
    ds = None


def _blobs(path, name="plots") -> list:
    with sqlite3.connect(str(path)) as connection:
        return [row[0] for row in connection.execute(f'SELECT geom FROM "{name}" ORDER BY fid')]


@pytest.fixture()
def gpkg(tmp_path):
    path = tmp_path / "shapes.gpkg"
    _write(path, SHAPES + NOT_PLAIN + [None])
    return path


def test_gdal_blobs_give_their_iso_wkb(gpkg):
    blobs = _blobs(gpkg)
    for wkt, blob in zip(SHAPES, blobs):
        expected = ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR)
        assert gpkg_rows.blob_wkb(blob) == bytes(expected), wkt
        flags = blob[3]
        assert (flags >> 1) & 7 == (0 if wkt.startswith("POINT") else 1)  # GDAL: no envelope for points
    for wkt, blob in zip(NOT_PLAIN, blobs[len(SHAPES):]):
        assert gpkg_rows.blob_wkb(blob) is None, wkt
    empties = [blob for wkt, blob in zip(NOT_PLAIN, blobs[len(SHAPES):]) if "EMPTY" in wkt]
    assert empties and all(blob[3] & 0x10 for blob in empties)  # GDAL sets the "empty" flag
    assert blobs[-1] is None and gpkg_rows.blob_wkb(None) is None


def _header(flags: int, envelope: tuple, big: bool = False) -> bytes:
    order = ">" if big else "<"
    return b"GP\x00" + bytes([flags]) + struct.pack(order + "i", 4326) + struct.pack(order + f"{len(envelope)}d", *envelope)


@pytest.mark.parametrize("indicator, size", [(0, 0), (1, 4), (2, 6), (3, 6), (4, 8)])
@pytest.mark.parametrize("big", [False, True])
def test_every_envelope_kind_and_byte_order(indicator, size, big):
    """The envelope sizes of GeoPackage 1.3 §2.1.3 in either byte order, around big- and little-endian WKB."""
    geometry = ogr.CreateGeometryFromWkt(SHAPES[2])
    for wkb_order in (ogr.wkbNDR, ogr.wkbXDR):
        wkb = bytes(geometry.ExportToIsoWkb(wkb_order))
        blob = _header((indicator << 1) | (0 if big else 1), tuple(float(k) for k in range(size)), big) + wkb
        assert gpkg_rows.blob_wkb(blob) == wkb
        assert shapely.from_wkb(gpkg_rows.blob_wkb(blob)).equals_exact(shapely.from_wkt(SHAPES[2]), 0)


def test_unusual_blobs_are_refused():
    wkb = bytes(ogr.CreateGeometryFromWkt(SHAPES[0]).ExportToIsoWkb(ogr.wkbNDR))
    good = _header(1, ()) + wkb
    assert gpkg_rows.blob_wkb(good) == wkb
    assert gpkg_rows.blob_wkb(_header(1 | 0x20, ()) + wkb) is None  # extended GeoPackage geometry
    assert gpkg_rows.blob_wkb(_header(1 | 0x10, ()) + wkb) is None  # empty flag
    for indicator in (5, 6, 7):
        assert gpkg_rows.blob_wkb(_header(1 | indicator << 1, ()) + wkb) is None
    assert gpkg_rows.blob_wkb(b"GP\x01" + good[3:]) is None  # another version
    assert gpkg_rows.blob_wkb(wkb) is None  # bare WKB (OGR would try it: QGIS reads such rows)
    assert gpkg_rows.blob_wkb(good[:10]) is None
    assert gpkg_rows.blob_wkb("GP text") is None
    ewkb_z = bytes([1]) + struct.pack("<I", 0x80000001) + struct.pack("<3d", 1, 2, 3)
    assert gpkg_rows.blob_wkb(_header(1, ()) + ewkb_z) is None


def test_as_multi_wraps_single_parts():
    for wkt, multi in [(SHAPES[0], "MultiPoint"), (SHAPES[1], "MultiLineString"), (SHAPES[2], "MultiPolygon")]:
        for order in (ogr.wkbNDR, ogr.wkbXDR):
            wkb = bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(order))
            geometry = shapely.from_wkb(gpkg_rows.as_multi(wkb))
            assert geometry.geom_type == multi and len(geometry.geoms) == 1
            assert geometry.geoms[0].equals_exact(shapely.from_wkt(wkt), 0)
            assert gpkg_rows.wkb_type(gpkg_rows.as_multi(wkb)) == gpkg_rows.wkb_type(wkb) + 3
    for wkt in SHAPES[3:]:
        wkb = bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR))
        assert gpkg_rows.as_multi(wkb) == wkb


def test_tables_and_rows(tmp_path):
    path = tmp_path / "two.gpkg"
    _write(path, SHAPES, gaps=(2, 5))
    _write(path, SHAPES[:3], name='other "layer" é')
    connection = gpkg_rows.connect(str(path))
    assert gpkg_rows.table_of(connection, str(path), None) is None  # two layers: which one OGR opens is not ours
    table = gpkg_rows.table_of(connection, str(path), "plots")
    assert (table.fid_column, table.geometry_column, table.columns, table.types) == ("fid", "geom", ("n", "s"),
                                                                                     ("MEDIUMINT", "TEXT"))
    other = gpkg_rows.table_of(connection, str(path), 'other "layer" é')
    assert other is not None and other.table == 'other "layer" é'
    assert gpkg_rows.table_of(connection, str(path), "missing") is None
    ds = ogr.Open(str(path))
    expected = [(f.GetFID(), f.GetField("n"), f.GetField("s")) for f in ds.GetLayerByName("plots")]
    ds = None
    assert [fid for fid, *_ in expected] == [1, 3, 4, 6, 7]
    for size in (1, 2, 3, 5, 100):
        chunks = list(gpkg_rows.row_chunks(connection, table, size))
        assert all(len(chunk) <= size for chunk in chunks)
        rows = [row for chunk in chunks for row in chunk]
        assert [(row[0], row[3], row[4]) for row in rows] == expected and all(row[2] == row[0] for row in rows)
    again = gpkg_rows.rows_by_fid(connection, table, [7, 1, 2], ["s"])
    assert sorted((row[0], row[3]) for row in again) == [(1, "é0"), (7, "é6")]
    connection.close()


def test_views_and_other_tables_are_not_read(tmp_path):
    path = tmp_path / "view.gpkg"
    _write(path, SHAPES)
    with sqlite3.connect(str(path)) as connection:
        connection.execute('CREATE VIEW "v" AS SELECT fid, geom, n FROM plots WHERE n > 2')
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('v', 'features', 4326)")
        connection.execute("INSERT INTO gpkg_geometry_columns VALUES ('v', 'geom', 'GEOMETRY', 4326, 0, 0)")
        connection.execute('CREATE TABLE "nr" (fid INTEGER PRIMARY KEY, geom BLOB, n INT) WITHOUT ROWID')
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('nr', 'features', 4326)")
        connection.execute("INSERT INTO gpkg_geometry_columns VALUES ('nr', 'geom', 'GEOMETRY', 4326, 0, 0)")
        connection.execute('CREATE TABLE "pk" (fid INT PRIMARY KEY, geom BLOB)')  # not the rowid
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('pk', 'features', 4326)")
        connection.execute("INSERT INTO gpkg_geometry_columns VALUES ('pk', 'geom', 'GEOMETRY', 4326, 0, 0)")
    connection = gpkg_rows.connect(str(path))
    for name in ("v", "nr", "pk"):
        assert gpkg_rows.table_of(connection, str(path), name) is None, name
    assert gpkg_rows.table_of(connection, str(path), "plots") is not None
    connection.close()


def test_the_file_is_opened_read_only(tmp_path):
    path = tmp_path / "ro.gpkg"
    _write(path, SHAPES)
    before = path.read_bytes()
    connection = gpkg_rows.connect(str(path))
    with pytest.raises(sqlite3.Error):
        connection.execute("DELETE FROM plots")
    connection.close()
    assert path.read_bytes() == before


def test_unusual_values_are_found():
    rows = [
        (1, b"", 1, 5, 1.5, "a", 7),
        (2, b"", 2, "5", 2.0, "b", 2 ** 40),  # a text in an integer column
        (3, b"", 3, None, None, None, None),
        (4, b"", 4, 2 ** 31, 1, "c\x00d", -2 ** 15 - 1),  # out of 32-bit range; an int in a real column; NUL
        (5, b"", 5, -2 ** 31, float("inf"), "", 2 ** 15 - 1),
        (6, b"", 6, 1.5, b"x", "é", 0),
    ]
    assert gpkg_rows.unusual_rows(rows, ["int32", "real", "text", "int64"], first=3) == {1, 3, 5}
    assert gpkg_rows.unusual_rows(rows, ["int32", "real", "text", "int16"], first=3) == {1, 3, 5}
    assert gpkg_rows.unusual_rows([r[:4] + (None, None, r[6]) for r in rows], ["int64", "real", "text", "int64"],
                                  first=3) == {1, 5}
    assert gpkg_rows.unusual_rows([], ["int64"]) == set()


def test_column_kinds():
    assert gpkg_rows.column_kind("INTEGER", "int64") == "int64"
    assert gpkg_rows.column_kind("MEDIUMINT", "int") == "int32"
    assert gpkg_rows.column_kind("SMALLINT", "int") == "int16"
    assert gpkg_rows.column_kind("real", "real") == "real"
    assert gpkg_rows.column_kind("TEXT(20)", "text") == "text"
    assert gpkg_rows.column_kind("DATE", "date") == "date" and gpkg_rows.column_kind("BOOLEAN", "bool") == "bool"
    for declared, qgis in [("DATE", "text"), ("DATETIME", "text"), ("DATETIME", "date"), ("BOOLEAN", "int"),
                           ("BLOB", "text"), ("JSON", "text"), ("TEXT", "int64"), ("INTEGER", "int"), ("NUMERIC", "real"),
                           ("TEXT", "date"), ("INTEGER", "bool")]:
        assert gpkg_rows.column_kind(declared, qgis) is None


def test_split_blobs_gives_wkb_and_type_or_says_why_not(gpkg):
    blobs = _blobs(gpkg)
    split = gpkg_rows.split_blobs(blobs)
    for wkt, blob, parts in zip(SHAPES + NOT_PLAIN + [None], blobs, split):
        if wkt is None:
            assert parts is None
        elif wkt in NOT_PLAIN:
            assert parts is False, wkt
        else:
            assert parts == (gpkg_rows.blob_wkb(blob), SHAPES.index(wkt) + 1)
    multi = gpkg_rows.split_blobs(blobs[:len(SHAPES)], multi=True)
    for wkt, (wkb, code) in zip(SHAPES, multi):
        expected = shapely.from_wkt(wkt)
        if SHAPES.index(wkt) + 1 in (1, 2, 3):
            assert code == SHAPES.index(wkt) + 4
            assert shapely.from_wkb(wkb).geoms[0].equals_exact(expected, 0) and wkb == gpkg_rows.as_multi(
                gpkg_rows.blob_wkb(blobs[SHAPES.index(wkt)]))
        else:
            assert shapely.from_wkb(wkb).equals_exact(expected, 0)
    reserved = bytearray(blobs[0])
    reserved[3] |= 0x40
    assert gpkg_rows.split_blobs([bytes(reserved), b"GP", b""]) == [False, False, False]


def test_dates_and_booleans():
    days = ["2022-01-03", "2022-1-3", "2022-02-30", "2024-02-29", "0999-12-31", "1000-01-01", " 2022-01-03",
            "2022-01-03T00:00:00", "20220103", 20220103, None, "2022-W01-1", "9999-12-31"]
    rows = [(k, b"", k, day) for k, day in enumerate(days)]
    assert gpkg_rows.unusual_rows(rows, ["date"], first=3) == {1, 2, 4, 6, 7, 8, 9, 11}
    flags = [0, 1, None, 2, -1, "1", 1.0, True]
    rows = [(k, b"", k, flag) for k, flag in enumerate(flags)]
    assert gpkg_rows.unusual_rows(rows, ["bool"], first=3) == {3, 4, 5, 6, 7}  # (SQLite gives no bool)
    converted = gpkg_rows.with_bools(rows[:3], [3])
    assert [row[3] for row in converted] == [False, True, None]
    assert [type(row[3]) for row in converted] == [bool, bool, type(None)] and converted[1][:3] == rows[1][:3]
    assert gpkg_rows.with_bools(rows, []) is rows
