"""The result layer written in bulk (``ResultStream`` → ``StreamedLayer.add_columns``: columns built per
chunk, geometries as GeoPackage blobs, one ``executemany``) is the layer the per-feature path writes
(``QgsVectorFileWriter.addFeature`` row by row, kept as the reference: ``add_columns`` switched off).

Both GeoPackages are written from the same chunks and read back with SQLite, GDAL and QGIS: every value
and its SQLite type, every geometry blob byte for byte, NULL geometries, feature ids, the column order
(columns added by a later chunk included), the spatial index, the feature count, the extent, the style.
The chunks hold edge cases: unicode and ``%`` in text, NULLs, the integer bounds, NaN and -0.0, points
drawn as discs, multipolygons with holes, empty and missing geometries, a line in a polygon layer, a
date column (written row by row), a row the format refuses (skipped and reported with its plot).
"""

from __future__ import annotations

import sqlite3
import struct

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QByteArray, QDate, QVariant
from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon

from tests.fixtures.bulk_write import (
    HOLED,
    LAYER,
    assert_same_layer,
    dump_layer,
    result_chunk,
    result_chunks,
    source_fields,
    write_results,
)
from vantage_plugin.qgis_bridge import results, writing

ogr.UseExceptions()

def test_bulk_layer_equals_the_per_feature_layer(tmp_path, monkeypatch):
    chunks = result_chunks()
    bulk, used = write_results(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    reference, never = write_results(tmp_path / "reference.gpkg", chunks, False, monkeypatch)
    assert used == [True, True, False, True, False, True]  # bulk, around two row-by-row chunks
    assert not any(never)
    assert bulk.written == reference.written == sum(len(plots) for plots, _ in chunks) - 2
    assert bulk.skipped == reference.skipped and [label for label, _ in bulk.skipped] == ["P72", "P117"]
    a, b = dump_layer(tmp_path / "bulk.gpkg"), dump_layer(tmp_path / "reference.gpkg")
    assert_same_layer(a, b)
    names = [name for name, _ in a["columns"]]
    # the columns of the later chunks' loss years sit in year order among the result columns
    years = [name for name in names if name[len("deforestation_"):-len("_ha")].isdigit()]
    assert years == [f"deforestation_{year}_ha" for year in (2019, 2020, 2021, 2022, 2023)]
    assert names[:11] == ["fid", "geom", "name", "n", "big", "x", "src_fid", "risk_level", "planted", "photo", "flag"]
    planted = names.index("planted")
    assert {row[2 * planted] for row in a["rows"]} == {None, "2021-03-04", "0099-12-31"}  # dates reached the file
    # the edge cases reached the file: NULL and empty geometries stored as NULL, NaN as NULL, -0.0 kept
    geometries = [row[2] for row in a["rows"]]
    assert None in geometries and all(g is None or g[:2] == b"GP" for g in geometries)
    assert len(a["rtree"]) == sum(g is not None for g in geometries)
    assert a["count"] == (bulk.written,)


MIXED = ([Point(1.25, -3.5), MultiPoint([(0, 0), (1, 2)]), HOLED, MultiPolygon([HOLED]), LineString([(0, 0), (3, -1)]),
          None, Polygon(), Point(0.1 + 0.2, 1e-300), HOLED, Point(5, 6), LineString([(1, 1), (2, 0)])],
         [False] * 8 + [True] * 3)
#: Polygons written as multipolygons and multipolygons only: the blobs built from the coordinates at once.
POLYGONS = ([HOLED, MultiPolygon([HOLED, Polygon([(20, 20), (21, 20), (20.5, 21), (20, 20)])]), None,
             Polygon([(-1e-300, 0), (1e300, 0), (0.1 + 0.2, 1 / 3), (-1e-300, 0)]), Polygon(),
             MultiPolygon([Polygon([(0, 0), (1, 0), (1, 1), (0, 0)])]), HOLED],
            [True, False, True, True, True, False, True])


@pytest.mark.parametrize("shapes, wrap", [MIXED, POLYGONS], ids=["mixed", "polygons"])
def test_blobs_are_gdals(tmp_path, shapes, wrap, monkeypatch):
    """gpkg_blobs gives the bytes GDAL writes for the same geometries (points without an envelope); a
    single part marked ``wrap`` gives the blob of the one-part multi geometry."""
    import numpy as np

    made = []
    original = writing._multipolygon_blobs
    monkeypatch.setattr(writing, "_multipolygon_blobs", lambda *args: made.append(original(*args)) or made[-1])
    multi = {"Polygon": shapely.multipolygons, "Point": shapely.multipoints, "LineString": shapely.multilinestrings}
    written = [multi[s.geom_type]([s]) if w and s is not None and not s.is_empty else s for s, w in zip(shapes, wrap)]
    path = str(tmp_path / "gdal.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = ogr.osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("g", srs, ogr.wkbUnknown)
    for shape in written:
        feature = ogr.Feature(layer.GetLayerDefn())
        if shape is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shape)))
        layer.CreateFeature(feature)
    ds = None
    connection = sqlite3.connect(path)
    stored = [row[0] for row in connection.execute("SELECT geom FROM g ORDER BY fid")]
    connection.close()
    blobs = writing.gpkg_blobs(np.array(shapes, dtype=object), 4326, np.array(wrap))
    assert len(blobs) == len(stored) == len(shapes)
    assert bool(made and made[0]) == (shapes is POLYGONS[0])  # the polygons took the path built at once
    for shape, blob, gdal_blob in zip(written, blobs, stored):
        if shape is None or shape.is_empty:
            assert blob is None
        else:
            assert blob == gdal_blob, shape.wkt
            assert struct.unpack("<i", blob[4:8])[0] == 4326


def test_gdal_and_qgis_read_the_bulk_layer(tmp_path, monkeypatch):
    chunks = [result_chunk(0, 60, [2021, 2022]), result_chunk(60, 60, [2022])]  # no column added: the file as written
    outcome, used = write_results(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    assert used == [True, True]
    ds = ogr.Open(str(tmp_path / "bulk.gpkg"))
    layer = ds.GetLayerByName(LAYER)
    assert layer.GetFeatureCount() == outcome.written == 120
    envelopes = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            envelopes[feature.GetFID()] = geometry.GetEnvelope()  # minx, maxx, miny, maxy
    union = (min(e[0] for e in envelopes.values()), max(e[1] for e in envelopes.values()),
             min(e[2] for e in envelopes.values()), max(e[3] for e in envelopes.values()))
    assert layer.GetExtent() == pytest.approx(union, abs=1e-12)
    found = ds.ExecuteSQL(f"SELECT HasSpatialIndex('{LAYER}', 'geom')")
    assert found.GetNextFeature().GetField(0) == 1
    ds.ReleaseResultSet(found)
    box = (10.0, 10.2, 0.9, 1.6)  # minx, maxx, miny, maxy
    expected = sorted(fid for fid, e in envelopes.items()
                      if e[0] <= box[1] and e[1] >= box[0] and e[2] <= box[3] and e[3] >= box[2])
    layer.SetSpatialFilterRect(box[0], box[2], box[1], box[3])
    assert expected and sorted(f.GetFID() for f in layer) == expected
    ds = None
    qlayer = QgsVectorLayer(outcome.uri, "r", "ogr")
    assert qlayer.isValid() and qlayer.featureCount() == 120
    extent = qlayer.extent()
    assert (extent.xMinimum(), extent.xMaximum(), extent.yMinimum(), extent.yMaximum()) == pytest.approx(union)
    assert qlayer.renderer() is not None and qlayer.renderer().type() != "singleSymbol"  # the saved risk style
    connection = sqlite3.connect(str(tmp_path / "bulk.gpkg"))
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA page_size").fetchone() == (writing.BULK_PAGE_SIZE,)
    connection.close()


def test_a_failed_publish_keeps_the_bulk_rows_in_the_recovery_file(tmp_path, monkeypatch):
    target = tmp_path / "not_a_geopackage.gpkg"
    target.write_text("plain text")
    chunks = [result_chunk(0, 30, [2021]), result_chunk(30, 30, [2022])]
    with pytest.raises(writing.ResultWriteError) as failure:
        write_results(target, chunks, True, monkeypatch)
    recovery = failure.value.recovery
    assert recovery and str(recovery) in str(failure.value)
    assert target.read_text() == "plain text"
    _, reference_dir = None, tmp_path / "ref"
    reference_dir.mkdir()
    write_results(reference_dir / "reference.gpkg", chunks, False, monkeypatch)
    assert_same_layer(dump_layer(recovery), dump_layer(reference_dir / "reference.gpkg"))
    assert not list(tmp_path.glob(f"*{writing.TEMP_SUFFIX}"))


def test_a_failed_insert_writes_nothing_and_the_chunk_goes_row_by_row(tmp_path, monkeypatch):
    """A value SQLite cannot take (a lone surrogate) makes the insert fail: rolled back, the chunk is
    written row by row (as QGIS writes that value), the file as the reference."""
    plots, outcomes = result_chunk(0, 20, [2021])
    plots[3].attributes["name"] = "bad \ud800 text"
    bulk, used = write_results(tmp_path / "bulk.gpkg", [(plots, outcomes), result_chunk(20, 10, [2021])], True, monkeypatch)
    reference, _ = write_results(tmp_path / "reference.gpkg", [(plots, outcomes), result_chunk(20, 10, [2021])], False,
                          monkeypatch)
    assert used == [False, True]
    assert bulk.written == reference.written == 30 and bulk.skipped == reference.skipped
    assert_same_layer(dump_layer(tmp_path / "bulk.gpkg"), dump_layer(tmp_path / "reference.gpkg"))


@pytest.mark.parametrize("field_type, values, fits", [
    (QVariant.String, ["a", None, "é"], True),
    (QVariant.String, ["a", 1], False),
    (QVariant.String, ["a\x00b"], False),
    (QVariant.Int, [1, None, 2**31 - 1, -2**31 + 1], True),
    (QVariant.Int, [2**31], False),
    (QVariant.Int, [-2**31], False),  # QGIS's writer refuses it
    (QVariant.Int, [True], False),
    (QVariant.LongLong, [2**63 - 1, -2**63], True),
    (QVariant.LongLong, [2**63], False),
    (QVariant.Double, [1.5, 2, None, float("nan")], True),
    (QVariant.Double, [2**53 + 1], False),
    (QVariant.Double, ["1.5"], False),
    (QVariant.Bool, [True, False, None], True),
    (QVariant.Bool, [1], False),
    (QVariant.Date, [None, None], True),
    (QVariant.Date, ["2024-01-01"], False),
])
def test_bulk_column_fits(field_type, values, fits):
    assert writing.bulk_column_fits(QgsField("f", field_type), values) is fits


@pytest.mark.parametrize("field_type, values, stored", [
    (QVariant.Date, [QDate(2024, 2, 29), None, QDate(99, 1, 5)], ["2024-02-29", None, "0099-01-05"]),
    (QVariant.Date, [QDate()], None),  # invalid: row by row
    (QVariant.Date, [QDate(2024, 1, 1), "2024-01-02"], None),
    (QVariant.ByteArray, [QByteArray(b"\x00\x01"), None], [b"\x00\x01", None]),
    (QVariant.ByteArray, [QByteArray()], None),
    (QVariant.DateTime, [None], [None]),
])
def test_bulk_column(field_type, values, stored):
    assert writing.bulk_column(QgsField("f", field_type), values) == stored


def test_whole_layer_write_is_bulk_and_equals_the_per_feature_layer(tmp_path, monkeypatch):
    """write_result_layer (the panel's check) goes through the same bulk path, with the same result."""
    plots, outcomes = result_chunk(0, 50, [2020, 2022])
    used = []
    original = writing.StreamedLayer.add_columns
    monkeypatch.setattr(writing.StreamedLayer, "add_columns",
                        lambda self, *args: used.append(original(self, *args)) or used[-1])
    bulk = results.write_result_layer(str(tmp_path / "bulk.gpkg"), LAYER, plots, outcomes, source_fields())
    monkeypatch.setattr(writing.StreamedLayer, "add_columns", lambda self, *args: False)
    reference = results.write_result_layer(str(tmp_path / "reference.gpkg"), LAYER, plots, outcomes,
                                           source_fields())
    assert used == [True]
    assert bulk.written == reference.written == 50 and bulk.skipped == reference.skipped == []
    assert_same_layer(dump_layer(tmp_path / "bulk.gpkg"), dump_layer(tmp_path / "reference.gpkg"))


def test_many_bulk_chunks_give_the_extent_of_one_writer_session(tmp_path, monkeypatch):
    """Chunk after chunk, the extent grows on every side; it is stored as GDAL stores the extent of one
    writer session (its exact extent printed once), not rounded again at every chunk."""
    chunks = [result_chunk(start, 27, [2021]) for start in range(0, 27 * 6, 27)]
    # the lowest point, in the first chunk: SQLite prints -13.237964627091891 as -13.23796462709189, and
    # that as -13.23796462709188 (printing the stored extent again at every chunk would move it)
    y = -13.237964627091891
    chunks[0][0][0].geometry = Polygon([(10.0, y), (10.001, y), (10.001, y + 0.001), (10.0, y)])
    bulk, used = write_results(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    reference, _ = write_results(tmp_path / "reference.gpkg", chunks, False, monkeypatch)
    assert used == [True] * 6 and bulk.written == reference.written == 27 * 6
    a, b = dump_layer(tmp_path / "bulk.gpkg"), dump_layer(tmp_path / "reference.gpkg")
    assert_same_layer(a, b)
    assert a["extent"][2] == -13.23796462709189
