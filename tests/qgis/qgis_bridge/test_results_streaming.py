"""The check written chunk by chunk (operations.check_to_file with the bundled engine) gives the same
result layer and the same validation report as the same check over the whole layer at once.

The plots are generated here (valid and invalid polygons, points, a null geometry, a line, duplicate
ids and geometries, overlaps inside a chunk and between chunks) with rasters written by GDAL whose
loss years differ from west to east, so a later chunk brings loss years the first one did not have
(columns added while writing). Both result GeoPackages are read back with OGR and compared row by row:
every attribute (risk, areas, JSON), the column order and the geometry's WKB.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsVectorLayer

from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.qgis_bridge import operations
from vantage_plugin.qgis_bridge.layers import guess_mapping

ogr.UseExceptions()

LON0, LAT0, RES, SIZE = -60.0, -10.0, 0.0003, 400  # 0.12° × 0.12°
#: Plots that overlap another plot of a different chunk (of 7), and inside the same chunk.
CROSS_PAIR, SAME_CHUNK_PAIR = (3, 40), (10, 11)
DUPLICATE_IDS = (5, 30)
IDENTICAL = (2, 50)


def _tif(path, array) -> str:
    ds = gdal.GetDriverByName("GTiff").Create(str(path), SIZE, SIZE, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((LON0, RES, 0, LAT0 + SIZE * RES, 0, -RES))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return str(path)


def _rasters(folder) -> BundledOptions:
    rng = np.random.default_rng(5)
    cover = rng.integers(0, 101, (SIZE, SIZE)).astype(np.uint8)
    loss = np.zeros((SIZE, SIZE), np.uint8)
    patches = rng.random((SIZE, SIZE)) < 0.2
    third = SIZE // 3  # west: 2022 only; middle: 2021; east: 2023 (and 2005, before the cut-off)
    loss[:, :third][patches[:, :third]] = 22
    loss[:, third:2 * third][patches[:, third:2 * third]] = 21
    loss[:, 2 * third:][patches[:, 2 * third:]] = 23
    loss[::7, 2 * third::5] = 5
    return BundledOptions(forest_2020=DataSource(_tif(folder / "treecover2000.tif", cover)), forest_2020_min=10,
                          loss_year=DataSource(_tif(folder / "Hansen_GFC-2023-v1.11_lossyear.tif", loss)),
                          harvest_date="2023-06-30")


def _square(x: float, y: float, d: float) -> str:
    return f"POLYGON(({x} {y},{x + d} {y},{x + d} {y + d},{x} {y + d},{x} {y}))"


def _plot_rows() -> list[list]:
    """[plot_id, wkt or None, point_ha, harvest date] of 60 plots in file order."""
    rng = np.random.default_rng(9)
    corners = []
    rows = []
    for k in range(60):
        # the first chunk (0-6) lies in the west third only (loss of 2022 only)
        x = LON0 + 0.005 + (0.03 if k < 7 else 0.11) * rng.random()
        y = LAT0 + 0.005 + 0.1 * rng.random()
        corners.append((x, y))
        point = k % 6 == 4 and k not in CROSS_PAIR + SAME_CHUNK_PAIR
        rows.append([f"P{k}", f"POINT({x} {y})" if point else _square(x, y, 0.002 + 0.004 * rng.random()),
                     1.5 if point else None, "2022-05-01" if k < 7 else "2023-09-01"])
    x, y = corners[CROSS_PAIR[0]]
    rows[CROSS_PAIR[1]][1] = _square(x + 0.001, y + 0.001, 0.003)  # overlaps plot 3, five chunks later
    x, y = corners[SAME_CHUNK_PAIR[0]]
    rows[SAME_CHUNK_PAIR[0]][1] = _square(x, y, 0.006)
    rows[SAME_CHUNK_PAIR[1]][1] = _square(x + 0.001, y + 0.001, 0.002)  # inside plot 10
    rows[IDENTICAL[1]][1] = rows[IDENTICAL[0]][1]
    rows[DUPLICATE_IDS[1]][0] = rows[DUPLICATE_IDS[0]][0]
    rows[13][1] = f"POLYGON(({LON0 + 0.02} {LAT0 + 0.02},{LON0 + 0.03} {LAT0 + 0.03},{LON0 + 0.03} {LAT0 + 0.02},"\
                  f"{LON0 + 0.02} {LAT0 + 0.03},{LON0 + 0.02} {LAT0 + 0.02}))"  # a bow tie: invalid, blocked
    rows[21][1] = None  # no geometry: blocked
    rows[22][1] = f"LINESTRING({LON0 + 0.05} {LAT0 + 0.05},{LON0 + 0.06} {LAT0 + 0.06})"  # a line: blocked
    rows[28][2] = None  # a point without its area: blocked
    rows[29][3] = "2019-01-01"  # harvested before the cut-off: blocked
    return rows


def _layer(path, rows, geometry_type=ogr.wkbUnknown) -> QgsVectorLayer:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", srs, geometry_type)
    for name, kind in (("plot_id", ogr.OFTString), ("point_ha", ogr.OFTReal), ("harvest_date", ogr.OFTString),
                       ("commodity", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for plot_id, wkt, point_ha, harvest in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot_id", plot_id)
        if point_ha is not None:
            feature.SetField("point_ha", point_ha)
        feature.SetField("harvest_date", harvest)
        feature.SetField("commodity", "cocoa")
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    qlayer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    assert qlayer.isValid() and qlayer.featureCount() == len(rows)
    return qlayer


def _read(uri: str) -> tuple[list[str], int, list[tuple]]:
    path, name = uri.split("|layername=")
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(name)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        rows.append((feature.GetFID(), tuple(feature.GetField(i) for i in range(len(names))),
                     bytes(geometry.ExportToWkb()) if geometry is not None else None))
    return names, layer.GetGeomType(), rows


def _issues(report) -> Counter:
    return Counter((i.code, i.plot_index, i.other_plot_index, i.message) for i in report.issues)


def _check(layer, tmp_path, name, options, chunk_size, keep=True):
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    return operations.check_to_file(source, operations.ENGINE_BUNDLED, str(tmp_path / f"{name}.gpkg"), "results",
                                    bundled=options, keep=keep, chunk_size=chunk_size)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("streaming")
    options = _rasters(tmp_path)
    layer = _layer(tmp_path / "plots.gpkg", _plot_rows())
    whole = _check(layer, tmp_path, "whole", options, 100_000)
    chunked = _check(layer, tmp_path, "chunked", options, 7)
    return whole, chunked, options, tmp_path


def _plots_layer(tmp_path) -> QgsVectorLayer:
    return QgsVectorLayer(f"{tmp_path / 'plots.gpkg'}|layername=plots", "plots", "ogr")


def test_chunks_write_the_same_rows_as_the_whole_layer(both):
    whole, chunked, *_ = both
    names, kind, rows = _read(whole.uri)
    chunk_names, chunk_kind, chunk_rows = _read(chunked.uri)
    assert chunk_names == names  # the per-year columns in their place, though added while writing
    assert chunk_kind == kind
    assert len(rows) == len(chunk_rows) == 60
    for row, chunk_row in zip(rows, chunk_rows):
        assert chunk_row == row
    status = names.index("status")
    assert Counter(row[1][status] for row in rows)["invalid"] == 5
    assert len({row[1][names.index("risk_level")] for row in rows} - {None}) >= 2


def test_later_chunks_bring_loss_years_the_first_did_not_have(both):
    from vantage_plugin.core import analysis

    _, chunked, *_ = both
    results = chunked.output.results
    first = set(analysis.loss_years_of(results[:7]))
    assert first == {2022}
    assert set(analysis.loss_years_of(results)) == {2021, 2022, 2023}


def test_chunks_find_the_same_issues_as_the_whole_layer(both):
    whole, chunked, *_ = both
    assert _issues(chunked.output.report) == _issues(whole.output.report)
    assert chunked.output.report.blocked == whole.output.report.blocked
    found = _issues(whole.output.report)
    pairs = {(code, i, j) for code, i, j, _ in found}
    assert ("PLOTS_OVERLAP", *CROSS_PAIR) in pairs and ("PLOTS_OVERLAP", *reversed(CROSS_PAIR)) in pairs
    assert ("PLOTS_OVERLAP", *SAME_CHUNK_PAIR) in pairs
    assert ("DUPLICATE_GEOMETRY", *IDENTICAL) in pairs
    assert ("DUPLICATE_PLOT_ID", *DUPLICATE_IDS) in pairs and ("DUPLICATE_PLOT_ID", *reversed(DUPLICATE_IDS)) in pairs
    assert chunked.summary == whole.summary
    assert [plot.index for plot in chunked.plots] == list(range(60))


def test_counts_only_are_the_same_counts(both):
    whole, _, options, tmp_path = both
    counted = _check(_plots_layer(tmp_path), tmp_path, "counted", options, 7, keep=False)
    assert counted.plots is None and counted.output.results == []
    assert counted.output.report.error_count == whole.output.report.error_count
    assert counted.output.report.warning_count == whole.output.report.warning_count
    assert counted.summary == whole.summary and counted.plot_count == 60
    assert _read(counted.uri)[2] == _read(whole.uri)[2]


def test_points_only_in_an_untyped_layer_stay_points(tmp_path, both):
    *_, options, _ = both
    rows = [[f"Q{k}", f"POINT({LON0 + 0.01 + 0.01 * k} {LAT0 + 0.05})", 2.0, "2022-05-01"] for k in range(9)]
    layer = _layer(tmp_path / "points.gpkg", rows)
    whole = _check(layer, tmp_path, "points_whole", options, 100)
    chunked = _check(layer, tmp_path, "points_chunked", options, 3)
    assert _read(whole.uri)[1] == ogr.wkbMultiPoint
    assert _read(chunked.uri) == _read(whole.uri)


def test_polygons_after_points_in_a_layer_said_to_be_of_points(tmp_path, both):
    *_, options, _ = both
    rows = [[f"R{k}", f"POINT({LON0 + 0.01 + 0.01 * k} {LAT0 + 0.05})", 2.0, "2022-05-01"] for k in range(4)]
    rows += [[f"S{k}", _square(LON0 + 0.01 + 0.01 * k, LAT0 + 0.07, 0.003), None, "2022-05-01"] for k in range(4)]
    layer = _layer(tmp_path / "mixed.gpkg", rows)
    whole = _check(layer, tmp_path, "mixed_whole", options, 100)
    chunked = _check(layer, tmp_path, "mixed_chunked", options, 3)  # the first chunk: points only
    assert _read(whole.uri)[1] == ogr.wkbMultiPolygon
    assert _read(chunked.uri) == _read(whole.uri)
