"""Round nine: a plain GeoPackage read in chunks compact in space (``gpkg_reading.FastFeatures``) gives
the very chunks and plots round eight's reading gave (kept as the reference in
``tests.fixtures.reading_round_eight``): every field of every plot (``assert_same_plots``), the chunks'
membership and order, and the progress, on layers of points, multipolygons, null and empty
geometries, Z/M, curves and blobs QGIS reads, values against their column's type, fids with gaps; on a
layer whose R-tree is two levels deep; and on a layer without a spatial index (file order)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from tests.fixtures import reading_round_eight
from tests.fixtures.gpkg_files import epsg_srs, field_defn, write_gpkg
from tests.fixtures.reading import assert_same_plots
from vantage_plugin.qgis_bridge import gpkg_reading, layers
from vantage_plugin.qgis_bridge.gpkg_reading import FastFeatures, fast_table

ogr.UseExceptions()


class _Progress:
    def __init__(self) -> None:
        self.said: list[float] = []

    def is_cancelled(self) -> bool:
        return False

    def set_progress(self, value: float) -> None:
        self.said.append(round(value, 9))


def _chunks(uri: str, size: int) -> tuple[list[list], list[float]]:
    layer = QgsVectorLayer(uri, "plots", "ogr")
    assert layer.isValid(), uri
    fast = fast_table(layer, layer.fields(), layer.crs())
    assert fast is not None, uri
    features = FastFeatures(fast, layer, layer.wkbType(), spatial=True)
    progress = _Progress()
    chunks = list(features.plot_chunks(size, layer.fields(), layer.crs(), layers.guess_mapping(layer.fields()),
                                       total=layer.featureCount(), feedback=progress))
    return chunks, progress.said


def _same_as_round_eight(uri: str, size: int, monkeypatch) -> list[list]:
    new, new_progress = _chunks(uri, size)
    with monkeypatch.context() as patch:
        reading_round_eight.use_round_eight(patch)
        old, old_progress = _chunks(uri, size)
    assert [[plot.index for plot in chunk] for chunk in new] == [[plot.index for plot in chunk] for chunk in old]
    for a, b in zip(new, old):
        assert_same_plots(a, b)
    assert new_progress == old_progress
    return new


@pytest.mark.parametrize("name", ["mixed", "multi", "multiz", "multipoint", "t_flag", "t_harvest_date", "points"])
def test_edge_case_layers_read_in_space_as_round_eight(gpkg_files, name, monkeypatch):
    chunks = _same_as_round_eight(gpkg_files[name], 4, monkeypatch)
    assert len(chunks) > 1
    if name in ("mixed", "multi"):  # out of file order: the spatial path was taken
        assert [plot.index for chunk in chunks for plot in chunk] != sorted(plot.index for c in chunks for plot in c)


def _write_many(path, count: int, every: int) -> str:
    rng = np.random.default_rng(5)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", epsg_srs(4326), ogr.wkbUnknown)
    for defn in (field_defn("plot_id", ogr.OFTInteger), field_defn("commodity", ogr.OFTString),
                 field_defn("point_ha", ogr.OFTReal)):
        layer.CreateField(defn)
    layer.StartTransaction()
    for k in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(7 + k * every)
        feature.SetField("plot_id", k)
        feature.SetField("commodity", "cocoa")
        x, y = rng.uniform(0, 20), rng.uniform(-5, 5)
        wkt = (None if k % 97 == 3 else f"POINT ({x} {y})" if k % 3 == 0 else
               f"POLYGON (({x} {y},{x + 0.002} {y},{x + 0.002} {y + 0.002},{x} {y}))")
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        feature.SetField("point_ha", 1.0 if k % 3 == 0 else None)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return f"{path}|layername=plots"


@pytest.mark.parametrize("every", [1, 2])
def test_a_deep_index_with_and_without_gaps_reads_as_round_eight(tmp_path, every, monkeypatch):
    path = tmp_path / "plots.gpkg"
    uri = _write_many(path, 3000, every)
    connection = sqlite3.connect(str(path))
    depth = int.from_bytes(connection.execute("SELECT data FROM rtree_plots_geom_node WHERE nodeno = 1")
                           .fetchone()[0][:2], "big")
    connection.close()
    assert depth >= 2
    chunks = _same_as_round_eight(uri, 700, monkeypatch)
    assert [len(chunk) for chunk in chunks] == [700] * 4 + [200]


def test_a_layer_without_spatial_index_reads_in_file_order_as_round_eight(tmp_path, monkeypatch):
    path = tmp_path / "plain.gpkg"
    uri = write_gpkg(path, ["POINT (1 2)", None, "POINT (3 4)"] * 5, name="plots", first_fid=10)
    connection = sqlite3.connect(str(path))
    connection.execute("DROP TABLE rtree_plots_geom")
    connection.commit()
    connection.close()
    chunks = _same_as_round_eight(uri, 4, monkeypatch)
    assert [plot.index for chunk in chunks for plot in chunk] == list(range(15))


@pytest.mark.parametrize("column", [
    [1, None, -7, 2 ** 40, 0], [" P1 ", "", "  ", None, "x", "é\n"], [None, None], [],
    [1, 2.0, 2.5, True, None, "a "], [True, False, None], [float("nan"), 3.0], [1, "12abc", None],
])
def test_labels_of_a_column_are_each_values_label(column):
    assert gpkg_reading._labels(column) == [layers._label_value(value) for value in column]
