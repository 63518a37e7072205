"""Rasters and area indexes kept between calls of ``run_bundled`` (``engine.reuse``): a second call with
the same options opens nothing and builds nothing again, and gives the same results as a fresh call;
a changed file, a recent file or a remote path is never reused; the pool is bounded, expires idle
entries (injected clock) and never hands one entry to two users. Data: GeoTIFFs and a GeoPackage of
protected areas written here, QGIS's world map for the countries."""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

from tests.fixtures.shapes import write_tif
from vantage_plugin.core.engine import bundled, reuse
from vantage_plugin.core.engine.admin import AdminIndex
from vantage_plugin.core.engine.bundled import run_bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.engine.overlaps import OverlapIndex
from vantage_plugin.core.engine.rasters import Raster
from vantage_plugin.core.plots import Plot

WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
X0, Y0, D, SIDE = -55.0, -5.0, 0.00025, 800  # 30 m-ish cells over 0.2° in Brazil


def _tif(path, array):
    return write_tif(path, array, (X0, D, 0, Y0, 0, -D), block=256)


def _settle(*paths):
    """Files written more than reuse.SETTLED_SECONDS ago (only settled files are kept)."""
    old = time.time() - 60
    for p in paths:
        os.utime(p, (old, old))


@pytest.fixture
def data(tmp_path):
    rng = np.random.default_rng(3)
    cover = np.clip(rng.normal(60, 35, (SIDE, SIDE)), 0, 100).astype(np.uint8)
    years = np.where(rng.random((SIDE, SIDE)) < 0.1, rng.integers(1, 24, (SIDE, SIDE)), 0).astype(np.uint8)
    forest = _tif(tmp_path / "Hansen_GFC-2023-v1.11_treecover2000_test.tif", cover)
    loss = _tif(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_test.tif", years)
    pa = str(tmp_path / "pa.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(pa)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("wdpa", srs, ogr.wkbPolygon)
    for name, kind in (("WDPAID", ogr.OFTInteger), ("NAME", ogr.OFTString), ("IUCN_CAT", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for k, shape in enumerate([shapely.Point(X0 + 0.05, Y0 - 0.05).buffer(0.03, 64),
                               shapely.Point(X0 + 0.15, Y0 - 0.14).buffer(0.04, 200)]):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("WDPAID", k + 1)
        feat.SetField("NAME", f"park {k}")
        feat.SetField("IUCN_CAT", "II")
        feat.SetGeometry(ogr.CreateGeometryFromWkt(shape.wkt))
        layer.CreateFeature(feat)
    ds = None
    _settle(forest, loss, pa)
    admin = DataSource(WORLD_MAP) if os.path.exists(WORLD_MAP) else None
    options = BundledOptions(forest_2020=DataSource(forest), loss_year=DataSource(loss), protected_areas=DataSource(pa),
                             admin=admin, harvest_date="2023-06-30", chunk_size=7)
    reuse.clear()
    yield options
    reuse.clear()


def _plots(n, lon0, lat0, span, seed):
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        lon, lat = lon0 + rng.uniform(0, span), lat0 - rng.uniform(0, span)
        if k % 4 == 0:
            out.append(Plot(k, shapely.Point(lon, lat), point_ha=float(rng.choice([0.5, 2, 4]))))
        else:
            r = rng.uniform(0.001, 0.006)
            ang = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(6, 40))))
            out.append(Plot(k, shapely.Polygon(np.column_stack([lon + r * np.cos(ang), lat + r * np.sin(ang)]))))
    return out


def _fingerprint(results):
    return [(r.plot_index, r.status, r.error, r.country, r.state, r.country_iso2, tuple(r.limits),
             json.dumps(r.analysis, sort_keys=True, default=str), json.dumps(r.extra, sort_keys=True, default=str))
            for r in results]


class _Count:
    """Counts the constructions of the engine's rasters and indexes (the classes as bundled uses them)."""

    def __init__(self, monkeypatch):
        self.n = {"Raster": 0, "OverlapIndex": 0, "AdminIndex": 0}
        for name, cls in (("Raster", Raster), ("OverlapIndex", OverlapIndex), ("AdminIndex", AdminIndex)):
            def make(*args, cls=cls, name=name, **kw):
                self.n[name] += 1
                return cls(*args, **kw)
            monkeypatch.setattr(bundled, name, make)


def test_second_call_reuses_rasters_and_indexes_and_gives_the_same_results(data, monkeypatch):
    plots = _plots(60, X0 + 0.01, Y0 - 0.01, 0.18, seed=1)
    count = _Count(monkeypatch)
    first, run1 = run_bundled(plots, data)
    assert run1.status == "success"
    assert sum(r.analysis["protected_areas"]["protected_area_overlap_summary"]["protected_area_overlap"]
               for r in first) > 3  # the areas are exercised
    assert any((r.analysis["deforestation"] or {}).get("total") for r in first)  # and the loss
    opened = dict(count.n)
    assert opened == {"Raster": 2, "OverlapIndex": 1, "AdminIndex": 1 if data.admin else 0}
    assert len(reuse.POOL) == 2 + (1 if data.admin else 0)

    second, _ = run_bundled(plots, data)
    assert count.n == opened  # nothing opened or built again
    assert _fingerprint(second) == _fingerprint(first)
    if data.admin:
        assert {r.country for r in second} == {"Brazil"}

    reuse.clear()  # a fresh start gives the same too
    third, _ = run_bundled(plots, data)
    assert count.n["Raster"] == opened["Raster"] + 2
    assert _fingerprint(third) == _fingerprint(first)


def test_chunks_elsewhere_widen_the_index_and_match_fresh_calls(data, monkeypatch):
    west = _plots(30, X0 + 0.01, Y0 - 0.01, 0.06, seed=2)
    east = _plots(30, X0 + 0.11, Y0 - 0.10, 0.08, seed=3)
    fresh = []
    for chunk in (west, east):
        reuse.clear()
        fresh.append(_fingerprint(run_bundled(chunk, data)[0]))
    reuse.clear()
    count = _Count(monkeypatch)
    streamed = [_fingerprint(run_bundled(chunk, data)[0]) for chunk in (west, east, west, east)]
    assert streamed == fresh + fresh
    # the rasters opened once; the areas' index built for the west, then for both boxes, then kept
    assert count.n["Raster"] == 2
    assert count.n["OverlapIndex"] == 2


def test_a_changed_file_is_opened_again(data, monkeypatch):
    plots = _plots(12, X0 + 0.01, Y0 - 0.01, 0.1, seed=4)
    run_bundled(plots, data)
    count = _Count(monkeypatch)
    path = data.loss_year.path
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # "rewritten" a second later
    run_bundled(plots, data)
    assert count.n["Raster"] == 2  # the pair is keyed by both files
    assert count.n["OverlapIndex"] == 0


def test_recent_and_remote_files_are_never_kept(tmp_path):
    recent = tmp_path / "new.tif"
    recent.write_bytes(b"x")
    assert reuse.source_key(DataSource(str(recent))) is None
    _settle(recent)
    assert reuse.source_key(DataSource(str(recent))) is not None
    assert reuse.source_key(DataSource("/vsicurl/https://example.org/a.tif")) is None
    assert reuse.source_key(DataSource(str(tmp_path / "missing.tif"))) is None
    a = reuse.source_key(DataSource(str(recent), layer="a"))
    assert a != reuse.source_key(DataSource(str(recent), layer="b"))


def test_pool_is_bounded_expires_and_hands_an_entry_to_one_user():
    now = [0.0]
    closed = []
    pool = reuse.Pool(max_idle=2, idle_seconds=10, clock=lambda: now[0], timer=False)
    pool.give("a", "A", closed.append)
    pool.give("b", "B", closed.append)
    pool.give("c", "C", closed.append)
    assert closed == ["A"] and len(pool) == 2  # the least recently given back goes first
    assert pool.take("b") == "B"
    assert pool.take("b") is None  # taken: a second user gets nothing (and opens its own)
    pool.give("b", "B", closed.append)
    now[0] = 9.0
    assert pool.expire() == 0
    now[0] = 10.5
    assert pool.take("b") is None  # expired on the way
    assert sorted(closed) == ["A", "B", "C"] and len(pool) == 0
    pool.give(None, "X", closed.append)  # not keepable: closed at once
    assert closed[-1] == "X"


def test_bbox_helpers():
    assert reuse.bbox_covers(None, (0, 0, 1, 1))
    assert not reuse.bbox_covers((0, 0, 1, 1), None)
    assert reuse.bbox_covers((0, 0, 2, 2), (0.5, 0.5, 1, 1))
    assert not reuse.bbox_covers((0, 0, 1, 1), (0.5, 0.5, 1.5, 1))
    assert reuse.bbox_union((0, 0, 1, 1), (2, -1, 3, 0.5)) == (0, -1, 3, 1)
    assert reuse.bbox_union(None, (0, 0, 1, 1)) is None
