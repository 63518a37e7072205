"""The GeoPackage blobs of single-ring polygons (point discs, most plots) made by slicing one coordinate
buffer (``writing._single_ring_blobs``) are GDAL's bytes for the same geometries, and the general path's
(``writing._multipolygon_blobs``); geometries with holes or several parts are left to the general path."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
import shapely
from osgeo import ogr
from shapely.geometry import MultiPolygon, Polygon

from vantage_plugin.core.geodesy import point_discs
from vantage_plugin.qgis_bridge import writing

ogr.UseExceptions()

SQUARE = Polygon([(1, 1), (1.01, 1), (1.01, 1.01), (1, 1.01)])
HOLED = Polygon([(2, 1), (2.02, 1), (2.02, 1.02), (2, 1.02)],
                [[(2.005, 1.005), (2.01, 1.005), (2.01, 1.01), (2.005, 1.01)]])


def _discs() -> list:
    rng = np.random.default_rng(13)
    return list(point_discs(rng.uniform(-55, -53, 30), rng.uniform(-5, -3, 30), rng.uniform(0.1, 4, 30)))


def _gdal_blobs(tmp_path, shapes: list) -> list:
    """The blobs GDAL writes for ``shapes`` as multipolygons."""
    path = str(tmp_path / "gdal.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = ogr.osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("g", srs, ogr.wkbMultiPolygon)
    for shape in shapes:
        feature = ogr.Feature(layer.GetLayerDefn())
        multi = shape if shape.geom_type == "MultiPolygon" else shapely.multipolygons([shape])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(multi)))
        layer.CreateFeature(feature)
    ds = None
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT geom FROM g ORDER BY fid")]
    finally:
        connection.close()


SINGLE = _discs() + [SQUARE, MultiPolygon([SQUARE]), Polygon([(0, 0), (1e-9, 0), (0, -1e300), (0, 0)]),
                     MultiPolygon([Polygon([(-1, -1), (-2, -1), (-2, -2), (-1, -1)])])]


@pytest.mark.parametrize("shapes, fast", [
    (SINGLE, True),
    (SINGLE + [HOLED], False),  # a hole: the general path
    (SINGLE + [MultiPolygon([SQUARE, Polygon([(3, 3), (3.1, 3), (3.1, 3.1), (3, 3)])])], False),  # two parts
], ids=["single-ring", "with-a-hole", "with-two-parts"])
def test_single_ring_blobs_are_gdals(tmp_path, monkeypatch, shapes, fast):
    taken = []
    original = writing._single_ring_blobs
    monkeypatch.setattr(writing, "_single_ring_blobs", lambda *args: taken.append(original(*args)) or taken[-1])
    wrap = np.array([shape.geom_type == "Polygon" for shape in shapes])
    blobs = writing.gpkg_blobs(np.array(shapes, dtype=object), 4326, wrap)
    assert (taken[0] is not None) == fast
    assert blobs == _gdal_blobs(tmp_path, shapes)


def test_single_ring_blobs_equal_the_general_path():
    shapes = np.array(SINGLE, dtype=object)
    wrap = np.array([shape.geom_type == "Polygon" for shape in SINGLE])
    fast = writing.gpkg_blobs(shapes, 4326, wrap, with_bounds=True)
    header = None

    def general(geoms, types, head):
        nonlocal header
        header = head
        return None

    original = writing._single_ring_blobs
    writing._single_ring_blobs = general
    try:
        slow = writing.gpkg_blobs(shapes, 4326, wrap, with_bounds=True)
    finally:
        writing._single_ring_blobs = original
    assert header is not None  # the general path ran
    assert fast == slow
