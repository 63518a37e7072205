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
from qgis.core import QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QByteArray, QDate, QVariant
from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon

from vantage_plugin.core import analysis
from vantage_plugin.core.plots import Plot
from vantage_plugin.qgis_bridge import results, writing

ogr.UseExceptions()

LAYER = "results"
HOLED = Polygon([(10, 1), (10.02, 1), (10.02, 1.02), (10, 1.02)],
                [[(10.005, 1.005), (10.01, 1.005), (10.01, 1.01), (10.005, 1.01)]])


def _source_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (("name", QVariant.String), ("n", QVariant.Int), ("big", QVariant.LongLong),
                       ("x", QVariant.Double), ("fid", QVariant.LongLong), ("risk_level", QVariant.String),
                       ("planted", QVariant.Date), ("photo", QVariant.ByteArray)):
        fields.append(QgsField(name, kind))
    flag = QgsField("flag", QVariant.Bool)
    flag.setTypeName("boolean")
    fields.append(flag)
    return fields


TEXTS = ["Café – 東京 🌳", 'quote " and \\ backslash', "100% %s %(x)d", "", None, "tab\tnew\nline", "x" * 300]
INTS = [0, 2**31 - 1, -2**31 + 1, None, 7, -1]
BIGS = [2**62, -2**63, 2**63 - 1, None, 0, 12345678901]
FLOATS = [1.5, None, float("nan"), -0.0, 1e-300, 1e308, 7, 2.0**53, 0.1 + 0.2]
GEOMETRIES = [
    lambda k: Polygon([(10 + k * 0.01, 1), (10.005 + k * 0.01, 1), (10.005 + k * 0.01, 1.004), (10 + k * 0.01, 1)]),
    lambda k: Point(10.5 + k * 0.001, 1.5),  # drawn as the disc of its point_ha
    lambda k: MultiPolygon([HOLED, Polygon([(11, 1), (11.01, 1), (11.01, 1.01), (11, 1)])]),
    lambda k: None,
    lambda k: Polygon(),  # empty
    lambda k: LineString([(0, 0), (1, 1)]),  # not a polygon: written without geometry
    lambda k: MultiPoint([(12, 2), (12.001, 2.001)]),  # discs drawn one by one
    lambda k: HOLED,
    lambda k: Point(-60.1 - k * 0.001, -12.3),  # no point_ha: the 4 ha disc
]


def _analysis(k: int, years: list[int]) -> dict:
    yearly = {year: round(0.01 * (k % 5) + 0.001 * year % 1, 4) for year in years if (k + year) % 3}
    pa = None
    if k % 4 == 1:
        pa = analysis.overlap_block("pa", 0.5 + k, 10.0, [{"area_name": "Parque – Ñ", "overlap_area_ha": 0.5,
                                                           "extractive_activity_legality": "prohibited"}])
    return analysis.make_analysis(area_ha=10.0 + k, analysis_end="2024-12-31" if k % 2 else None,
                                  forest_ha=None if k % 7 == 3 else 5.5 + k / 3, deforestation_ha=None if k % 6 == 5
                                  else 0.1 * k, deforestation_yearly=None if k % 6 == 5 else yearly,
                                  risk_level=("High", "Low", "Unknown")[k % 3],
                                  risk_reason="Low: Low deforestation detection" if k % 3 == 1 else f"reason {k} %",
                                  version="vantage-qgis-bundled 0.1.0; forest=x.tif, years 2001–2023",
                                  jrc=k % 5 == 0, protected_areas=pa)


def _chunk(start: int, count: int, years: list[int], dates: bool = False, refused: bool = False):
    plots, outcomes = [], []
    for k in range(start, start + count):
        attributes = {"name": TEXTS[k % len(TEXTS)], "n": INTS[k % len(INTS)], "big": BIGS[k % len(BIGS)],
                      "x": FLOATS[k % len(FLOATS)], "fid": k + 100, "risk_level": "mine" if k % 2 else None,
                      "planted": ("2021-03-04", "0099-12-31", None)[k % 3] if dates else None,
                      "photo": ("AAEC/w==", None, "w6k=")[k % 3] if dates else None,
                      "flag": (True, False, None)[k % 3]}
        if refused and k == start + 2:
            attributes["n"] = "not a number"  # the format refuses it: the row is skipped and reported
        plots.append(Plot(k, GEOMETRIES[k % len(GEOMETRIES)](k), source_fid=k + 100, user_id=f"P{k}",
                          point_ha=None if k % len(GEOMETRIES) == 8 else 1.5 + k % 3, attributes=attributes))
        if k % 11 == 10:
            continue  # a plot without a result: its result columns are NULL
        status = (analysis.STATUS_OK, analysis.STATUS_INVALID, analysis.STATUS_FAILED, analysis.STATUS_NO_DATA)[k % 4]
        outcomes.append(analysis.PlotResult(
            k, "bundled", status, analysis=None if status == analysis.STATUS_INVALID else _analysis(k, years),
            error="boom ✗" if status == analysis.STATUS_FAILED else None, country="Côte d'Ivoire" if k % 2 else None,
            country_iso2="C'I", state=f"Région {k} %", limits=("loss_years",) if k % 3 == 0 else (),
            level_is_minimum=k % 5 == 0, extra={analysis.ANALYSIS_END_FROM: "plot", analysis.LOSS_DATA_YEARS: "2001–2023"}))
    return plots, outcomes


def _write(path, chunks, bulk: bool, monkeypatch) -> tuple[writing.WriteOutcome, list[bool]]:
    """The layer of ``chunks`` written by a ResultStream; ``bulk`` False: row by row (the reference)."""
    used: list[bool] = []
    original = writing.StreamedLayer.add_columns

    def spy(self, columns, shapes, wrap=None):
        done = original(self, columns, shapes, wrap) if bulk else False
        used.append(done)
        return done

    with monkeypatch.context() as patch:
        patch.setattr(writing.StreamedLayer, "add_columns", spy)
        stream = results.ResultStream(str(path), LAYER, _source_fields(), QgsWkbTypes.MultiPolygon)
        for plots, outcomes in chunks:
            stream.add(plots, outcomes)
        return stream.finish(), used


def _dump(path) -> dict:
    """Everything of the layer that must not differ, read with SQLite."""
    connection = sqlite3.connect(str(path))
    try:
        table, geometry = connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        info = list(connection.execute(f'PRAGMA table_info("{table}")'))
        names = [row[1] for row in info]
        typed = ", ".join(f'"{name}", typeof("{name}")' for name in names)
        return {
            "columns": [(row[1], row[2]) for row in info],
            "rows": connection.execute(f'SELECT {typed} FROM "{table}" ORDER BY fid').fetchall(),
            "rtree": connection.execute(f'SELECT * FROM "rtree_{table}_{geometry}" ORDER BY id').fetchall(),
            "extent": connection.execute("SELECT min_x, max_x, min_y, max_y, srs_id FROM gpkg_contents "
                                         "WHERE table_name = ?", (table,)).fetchone(),
            "count": connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                        (table,)).fetchone(),
            "triggers": sorted(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")),
            "extensions": sorted(connection.execute("SELECT table_name, column_name, extension_name "
                                                    "FROM gpkg_extensions")),
            "styles": connection.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall(),
        }
    finally:
        connection.close()


def _same(a, b) -> None:
    for key in a:
        if key == "rows":
            assert len(a[key]) == len(b[key])
            for fid, (x, y) in enumerate(zip(a[key], b[key]), start=1):
                assert x == y, (fid, [(i, u, v) for i, (u, v) in enumerate(zip(x, y)) if u != v])
        else:
            assert a[key] == b[key], key


def _chunks() -> list:
    return [_chunk(0, 40, [2021, 2022]),
            _chunk(40, 30, [2019, 2021, 2023]),  # loss years the first chunk did not have: columns added
            _chunk(70, 25, [2021], refused=True),  # a row the format refuses: this chunk row by row
            _chunk(95, 20, [2022], dates=True),  # dates and bytes (base64 in the plots' attributes)
            _chunk(115, 10, [2022], dates=True, refused=True),  # with a row the format refuses: row by row
            _chunk(125, 30, [2020, 2022])]


def test_bulk_layer_equals_the_per_feature_layer(tmp_path, monkeypatch):
    chunks = _chunks()
    bulk, used = _write(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    reference, never = _write(tmp_path / "reference.gpkg", chunks, False, monkeypatch)
    assert used == [True, True, False, True, False, True]  # bulk, around two row-by-row chunks
    assert not any(never)
    assert bulk.written == reference.written == sum(len(plots) for plots, _ in chunks) - 2
    assert bulk.skipped == reference.skipped and [label for label, _ in bulk.skipped] == ["P72", "P117"]
    a, b = _dump(tmp_path / "bulk.gpkg"), _dump(tmp_path / "reference.gpkg")
    _same(a, b)
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
    chunks = [_chunk(0, 60, [2021, 2022]), _chunk(60, 60, [2022])]  # no column added: the file as written
    outcome, used = _write(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
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
    chunks = [_chunk(0, 30, [2021]), _chunk(30, 30, [2022])]
    with pytest.raises(writing.ResultWriteError) as failure:
        _write(target, chunks, True, monkeypatch)
    recovery = failure.value.recovery
    assert recovery and str(recovery) in str(failure.value)
    assert target.read_text() == "plain text"
    _, reference_dir = None, tmp_path / "ref"
    reference_dir.mkdir()
    _write(reference_dir / "reference.gpkg", chunks, False, monkeypatch)
    _same(_dump(recovery), _dump(reference_dir / "reference.gpkg"))
    assert not list(tmp_path.glob(f"*{writing.TEMP_SUFFIX}"))


def test_a_failed_insert_writes_nothing_and_the_chunk_goes_row_by_row(tmp_path, monkeypatch):
    """A value SQLite cannot take (a lone surrogate) makes the insert fail: rolled back, the chunk is
    written row by row (as QGIS writes that value), the file as the reference."""
    plots, outcomes = _chunk(0, 20, [2021])
    plots[3].attributes["name"] = "bad \ud800 text"
    bulk, used = _write(tmp_path / "bulk.gpkg", [(plots, outcomes), _chunk(20, 10, [2021])], True, monkeypatch)
    reference, _ = _write(tmp_path / "reference.gpkg", [(plots, outcomes), _chunk(20, 10, [2021])], False,
                          monkeypatch)
    assert used == [False, True]
    assert bulk.written == reference.written == 30 and bulk.skipped == reference.skipped
    _same(_dump(tmp_path / "bulk.gpkg"), _dump(tmp_path / "reference.gpkg"))


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
    plots, outcomes = _chunk(0, 50, [2020, 2022])
    used = []
    original = writing.StreamedLayer.add_columns
    monkeypatch.setattr(writing.StreamedLayer, "add_columns",
                        lambda self, *args: used.append(original(self, *args)) or used[-1])
    bulk = results.write_result_layer(str(tmp_path / "bulk.gpkg"), LAYER, plots, outcomes, _source_fields())
    monkeypatch.setattr(writing.StreamedLayer, "add_columns", lambda self, *args: False)
    reference = results.write_result_layer(str(tmp_path / "reference.gpkg"), LAYER, plots, outcomes,
                                           _source_fields())
    assert used == [True]
    assert bulk.written == reference.written == 50 and bulk.skipped == reference.skipped == []
    _same(_dump(tmp_path / "bulk.gpkg"), _dump(tmp_path / "reference.gpkg"))


def test_many_bulk_chunks_give_the_extent_of_one_writer_session(tmp_path, monkeypatch):
    """Chunk after chunk, the extent grows on every side; it is stored as GDAL stores the extent of one
    writer session (its exact extent printed once), not rounded again at every chunk."""
    chunks = [_chunk(start, 27, [2021]) for start in range(0, 27 * 6, 27)]
    # the lowest point, in the first chunk: SQLite prints -13.237964627091891 as -13.23796462709189, and
    # that as -13.23796462709188 (printing the stored extent again at every chunk would move it)
    y = -13.237964627091891
    chunks[0][0][0].geometry = Polygon([(10.0, y), (10.001, y), (10.001, y + 0.001), (10.0, y)])
    bulk, used = _write(tmp_path / "bulk.gpkg", chunks, True, monkeypatch)
    reference, _ = _write(tmp_path / "reference.gpkg", chunks, False, monkeypatch)
    assert used == [True] * 6 and bulk.written == reference.written == 27 * 6
    a, b = _dump(tmp_path / "bulk.gpkg"), _dump(tmp_path / "reference.gpkg")
    _same(a, b)
    assert a["extent"][2] == -13.23796462709189
