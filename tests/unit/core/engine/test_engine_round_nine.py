"""Round nine of the engine's speed work (issue 13).

Reading ahead (``read_ahead.ReadAhead``): a thread decodes the next batch's raster tiles into the run's
tile cache through its own GDAL handle on each file. The values are the bytes the engine's own reads
give: the tiles read ahead, gathered by ``read_windows``, equal GDAL's reads of the same windows without
any cache (no tile decoded twice, none missed), and whole runs with reading ahead equal runs without it
(``read_ahead=False``: round eight's path, kept as the reference) field for field, with a cache given
empty (the first call of a check), none given (the run's own), a tiny cache (tiles dropped and read
again) and a coarser loss grid (read through lookups). A tile another thread is loading is waited for,
not decoded twice (``TileCache.tile``).

Protected-area overlays on pieces cut to the plot's box (``overlaps.clipped_pieces``): each plot's
overlap with each area and the union of its overlaps equal, within 1e-9 relative, GEOS on the whole
undivided areas (round eight's reference) and round eight's overlay of the uncut pieces; the blocks as
written (rounded figures) are round eight's; a cut that is not a valid polygon keeps the piece whole.
"""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest
import shapely

from tests.fixtures.shapes import write_areas, write_tif
from vantage_plugin.core.engine import bundled, overlaps, read_ahead, reuse
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.coverage import exact_coverage, polygon_rings
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.engine.overlaps import OverlapIndex
from vantage_plugin.core.engine.rasters import AlignedReader, Raster, plan_blocks, read_windows
from vantage_plugin.core.engine.tiles import TileCache
from vantage_plugin.core.plots import Plot

from .test_engine_round_eight import _big_areas_and_plots, _reference

X0, Y0, RES, SIZE, BLOCK = 30.0, -2.0, 0.00025, 480, 64
WAIT_S = 20.0  # a safety bound on the events below (never reached when the code is right)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("read_ahead")
    rng = np.random.default_rng(91)
    cover = rng.integers(0, 101, (SIZE, SIZE)).astype(np.uint8)
    cover[200:230, 10:60] = 255  # nodata
    loss = np.where(rng.random((SIZE, SIZE)) < 0.3, rng.integers(1, 24, (SIZE, SIZE)), 0).astype(np.uint8)
    loss[:40, :40] = 255
    coarse = np.where(rng.random((SIZE // 3, SIZE // 3)) < 0.3, rng.integers(1, 24, (SIZE // 3, SIZE // 3)),
                      0).astype(np.uint8)
    gt = (X0, RES, 0, Y0, 0, -RES)
    files = {
        "cover": write_tif(folder / "Hansen_GFC-2023-v1.11_treecover2000_r9.tif", cover, gt, nodata=255,
                           block=BLOCK, compress="DEFLATE"),
        "loss": write_tif(folder / "Hansen_GFC-2023-v1.11_lossyear_r9.tif", loss, gt, nodata=255, block=BLOCK,
                          compress="DEFLATE"),
        "coarse": write_tif(folder / "Hansen_GFC-2023-v1.11_lossyear_r9c.tif", coarse,
                            (X0, 3 * RES, 0, Y0, 0, -3 * RES), block=32, compress="DEFLATE"),
    }
    areas = [shapely.box(X0 + RES * 50, Y0 - RES * 140, X0 + RES * 130, Y0 - RES * 60),
             shapely.box(X0 + RES * 300, Y0 - RES * 400, X0 + RES * 420, Y0 - RES * 290)]
    files["pa"] = write_areas(folder / "pa.gpkg", [shapely.MultiPolygon([a]) for a in areas])
    return files


def _plots(n: int = 260, seed: int = 5) -> list[Plot]:
    """Polygons, points and multipoints all over the rasters, many on tile edges, some off the rasters
    or on nodata, in shuffled order."""
    rng = np.random.default_rng(seed)
    dates = ["2019-06-01", "2021-03-15", "2022-12-31", "2023-07-01", "2025-05-01", None]
    plots = []
    for k in range(n):
        col, row = rng.uniform(-5, SIZE + 5, 2)
        if k % 2:
            row = BLOCK * rng.integers(1, SIZE // BLOCK + 1) + rng.uniform(-3, 3)  # on a tile edge
        lon, lat = X0 + RES * col, Y0 - RES * row
        if k % 7 == 1:
            geometry = shapely.Point(lon, lat)
        elif k % 7 == 3:
            geometry = shapely.MultiPoint([(lon, lat), (lon + 6 * RES, lat - 5 * RES)])
        else:
            angles = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(5, 40))))
            radius = RES * rng.uniform(1, 14) * rng.uniform(0.5, 1.0, len(angles))
            geometry = shapely.Polygon(np.column_stack([lon + radius * np.cos(angles), lat + radius * np.sin(angles)]))
        plots.append(Plot(k, geometry, user_id=str(k), commodity=["cocoa", None][k % 2],
                          harvest_date=dates[k % len(dates)], point_ha=[None, 0.5, 3.0][k % 3]))
    return plots


def _record(results, run) -> str:
    """Every result field and the run's steps and messages, as text (``repr`` of a float is exact)."""
    return repr(([dataclasses.asdict(r) for r in results], run.status,
                 [(s.name, s.status, s.detail) for s in run.steps], dict(run.plot_errors),
                 list(run.feedback.messages)))


# --- reading ahead ------------------------------------------------------------------------------
@pytest.mark.parametrize("loss", ["loss", "coarse"])
def test_tiles_read_ahead_are_what_the_windows_read(data, loss):
    """Every tile the windows need is decoded ahead (the reads then decode nothing), and the windows'
    values are GDAL's reads of them without a cache."""
    primary, other = Raster(data["cover"]), Raster(data[loss])
    try:
        geoms = np.array([p.geometry.buffer(RES) if p.geometry.geom_type != "Polygon" else p.geometry
                          for p in _plots(30, seed=8)], dtype=object)
        rings = polygon_rings(geoms)
        u, v = primary.to_pixel(rings.xy[:, 0], rings.xy[:, 1])
        windows = exact_coverage(u, v, rings, extent=(primary.height, primary.width)).windows
        blocks = plan_blocks(windows, 40_000, primary.block)
        readers = (AlignedReader(primary, primary), AlignedReader(other, primary))
        cache = TileCache()
        ahead = read_ahead.ReadAhead(readers, cache)
        assert len(ahead.rasters) == 2
        try:
            ahead.queue(geoms)
            for job in ahead._jobs:
                assert job.result(timeout=WAIT_S) > 0
        finally:
            ahead.close()
        loaded = cache.misses
        assert 10 < loaded < 64 + 16 * 16  # some of the tiles (64 fine, 256 coarse)
        for reader, raster in zip(readers, (primary, other)):
            got = read_windows(reader, windows, raster.numpy_dtype, blocks=blocks, tiles=cache)
            plain = read_windows(reader, windows, raster.numpy_dtype, blocks=blocks)
            np.testing.assert_array_equal(got[1], plain[1])
            np.testing.assert_array_equal(got[0], plain[0])
            assert got[1].any() and not got[1].all()
        assert cache.misses == loaded  # nothing decoded twice, nothing missed
    finally:
        primary.close()
        other.close()


@pytest.mark.parametrize("loss,cache_mb,with_pa", [("loss", 64, True), ("loss", None, False),
                                                    ("coarse", 0.05, True), ("coarse", None, False)])
def test_runs_reading_ahead_are_the_runs_without_it(data, loss, cache_mb, with_pa, monkeypatch):
    options = BundledOptions(forest_2020=DataSource(data["cover"]), loss_year=DataSource(data[loss]),
                             protected_areas=DataSource(data["pa"]) if with_pa else None, chunk_size=60,
                             batch_cells=1500)
    plots = _plots()
    decoded_ahead, into = [], []
    load_ahead = Raster.load_ahead

    def counted(self, keys, tiles, *args, **kwargs):
        done = load_ahead(self, keys, tiles, *args, **kwargs)
        decoded_ahead.append(done)
        into.append(tiles)
        return done

    monkeypatch.setattr(Raster, "load_ahead", counted)
    parts = [plots[:130], plots[130:]]
    cache = TileCache(cache_mb) if cache_mb is not None else None  # given empty: a check's first call
    for part in parts:
        reuse.POOL.clear()
        ahead = _record(*bundled.run_bundled(part, dataclasses.replace(options, tile_cache=cache)))
        reuse.POOL.clear()
        plain = _record(*bundled.run_bundled(part, dataclasses.replace(options, read_ahead=False)))
        assert ahead == plain
    if cache is not None:
        assert len(decoded_ahead) >= 8  # every batch's tiles were queued (two rasters)
        assert sum(decoded_ahead) > 0
        assert all(tiles is cache for tiles in into)  # the cache the reads take their tiles from
    else:  # no cache given: GDAL's block reads, nothing read ahead (round eight's path)
        assert not decoded_ahead
    assert not [t for t in threading.enumerate() if t.name.startswith("vantage-read-ahead")]
    statuses = {r.status for r in bundled.run_bundled(plots, options)[0]}
    assert {"ok", "no_data"} <= statuses
    reuse.POOL.clear()


def test_a_tile_being_loaded_is_waited_for_not_loaded_twice():
    cache = TileCache(1)
    started, release = threading.Event(), threading.Event()
    loads = []

    def slow():
        loads.append("first")
        started.set()
        assert release.wait(WAIT_S)
        return np.arange(16, dtype=np.uint8).reshape(4, 4)

    def again():
        loads.append("second")
        return np.zeros((4, 4), dtype=np.uint8)

    got = {}
    first = threading.Thread(target=lambda: got.setdefault("first", cache.tile("k", slow)))
    first.start()
    assert started.wait(WAIT_S)
    assert cache.has("k")  # being loaded: reading ahead skips it
    second = threading.Thread(target=lambda: got.setdefault("second", cache.tile("k", again)))
    second.start()
    second.join(0.05)  # the second is waiting for the first (it never loads)
    release.set()
    first.join(WAIT_S)
    second.join(WAIT_S)
    assert loads == ["first"]
    assert got["second"] is got["first"]
    assert (cache.hits, cache.misses) == (1, 1)


def test_a_failed_load_lets_the_next_caller_load_it():
    cache = TileCache(1)

    def broken():
        raise OSError("unreadable")

    with pytest.raises(OSError):
        cache.tile("k", broken)
    assert not cache.has("k")
    assert cache.tile("k", lambda: np.ones((2, 2), dtype=np.uint8)).sum() == 4


# --- protected areas: pieces cut to the plot's box ----------------------------------------------
def test_cut_pieces_give_the_overlaps_of_the_whole_areas_and_of_round_eight(tmp_path, monkeypatch):
    path, geoms, area_ha = _big_areas_and_plots(tmp_path)
    ref_pairs, ref_union = _reference(path, geoms, area_ha)
    assert len(ref_pairs) >= 40
    cut_vertices = []
    clip = overlaps.clipped_pieces

    def spy(pieces, plots):
        cut = clip(pieces, plots)
        cut_vertices.append((shapely.get_num_coordinates(cut).sum(), shapely.get_num_coordinates(pieces).sum()))
        return cut

    found = {}
    for name, cutter in (("round eight", lambda pieces, plots: pieces), ("cut", spy)):
        monkeypatch.setattr(overlaps, "clipped_pieces", cutter)
        index = OverlapIndex(DataSource(path), "pa")
        union_ha, pairs, geom_ha = index.overlap_areas(geoms, area_ha)
        got = {(p, r): ha * 10_000 for p, r, ha in pairs}
        assert got.keys() == ref_pairs.keys()
        for key, m2 in ref_pairs.items():
            assert got[key] == pytest.approx(m2, rel=1e-9)
        np.testing.assert_allclose(union_ha * 10_000, ref_union, rtol=1e-9, atol=1e-6)
        found[name] = (index.blocks(area_ha, union_ha, pairs, geom_ha), got, union_ha)
    assert cut_vertices and all(cut < whole for cut, whole in cut_vertices)  # the overlays had less to do
    assert found["cut"][0] == found["round eight"][0]  # the blocks as written
    for key, value in found["round eight"][1].items():
        assert found["cut"][1][key] == pytest.approx(value, rel=1e-9)
    np.testing.assert_allclose(found["cut"][2], found["round eight"][2], rtol=1e-9, atol=1e-12)


def test_a_cut_that_is_not_a_valid_polygon_keeps_the_piece_whole():
    bow_tie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # invalid: its cut is too
    square = shapely.box(0, 0, 4, 4)
    plots = np.array([shapely.box(0.5, 0.5, 1.5, 1.5), shapely.box(1, 1, 2, 2)], dtype=object)
    cut = overlaps.clipped_pieces(np.array([bow_tie, square], dtype=object), plots)
    assert cut[0] is bow_tie
    assert shapely.equals(cut[1], shapely.box(1, 1, 2, 2))
    assert len(overlaps.clipped_pieces(np.empty(0, dtype=object), np.empty(0, dtype=object))) == 0
