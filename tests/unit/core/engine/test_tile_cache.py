"""Round five of the engine's speed work (issue 13): decoded raster tiles kept across the calls of one
check (:class:`tiles.TileCache`), every other call sweeping its plots backwards.

- the cache itself: least recently used dropped first within the budget, a tile larger than the budget
  never kept, read-only tiles, the sweep alternating, ``close``;
- ``read_windows`` through the cache against GDAL's own reads and the one-read-per-plot reference
  (:func:`rasters.read_windows_per_plot`), bit for bit: tiled and striped GeoTIFFs whose size is not a
  multiple of the block (padded edge blocks), nodata (byte and NaN float), no nodata, the same grid and a
  coarser one, windows across the raster's edges and across block edges, a budget so small that
  tiles are dropped between reads;
- ``run_bundled`` over chunks of a batch in shuffled order sharing one cache (so later chunks read
  tiles an earlier one decoded, and sweep backwards) against each chunk run without a cache: every
  result field and the Run, bit for bit, with tree cover and JRC, with and without protected areas,
  points and polygons on block edges, with a roomy and a tiny budget.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import gdal

from tests.fixtures.shapes import write_areas, write_tif
from vantage_plugin.core.engine import rasters
from vantage_plugin.core.engine.bundled import run_bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.coverage import Windows
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.engine.tiles import TileCache
from vantage_plugin.core.plots import Plot


# --- the cache ----------------------------------------------------------------------------------
def test_cache_keeps_the_most_recently_used_tiles_within_its_budget():
    tile = 100 * 1024  # bytes per test tile
    cache = TileCache(budget_mb=3.5 * tile / 2 ** 20)  # room for three
    loads: list[str] = []

    def get(key: str) -> np.ndarray:
        def load() -> np.ndarray:
            loads.append(key)
            return np.full(tile, ord(key[0]), dtype=np.uint8)
        return cache.tile(key, load)

    for key in ("a", "b", "c"):
        get(key)
    assert get("a")[0] == ord("a") and loads == ["a", "b", "c"]  # a hit: "a" is now the most recent
    get("d")  # over budget: the least recently used ("b") goes
    assert cache.nbytes == 3 * tile and len(cache) == 3
    get("c"), get("a"), get("d")
    assert loads == ["a", "b", "c", "d"]
    get("b")
    assert loads == ["a", "b", "c", "d", "b"]
    assert (cache.hits, cache.misses) == (4, 5)
    with pytest.raises(ValueError):
        get("a")[0] = 1  # tiles are read-only: a window is always a copy
    huge = cache.tile("huge", lambda: np.zeros(4 * tile, dtype=np.uint8))
    assert len(huge) == 4 * tile and len(cache) == 3 and cache.nbytes == 3 * tile  # given, not kept
    cache.close()
    assert len(cache) == 0 and cache.nbytes == 0


def test_sweep_alternates_from_call_to_call():
    cache = TileCache()
    assert [cache.sweep() for _ in range(5)] == [False, True, False, True, False]


# --- reading windows through the cache ----------------------------------------------------------
def _write_tif(path, array, gt, nodata=None, dtype=gdal.GDT_Byte, block=None):
    """Compressed, in ``block`` tiles when given, else in strips of 7 rows (blocks that are not square)."""
    return write_tif(path, array, gt, nodata=nodata, dtype=dtype, block=block, strip_rows=7, compress="DEFLATE")


def _windows(rng, n, height, width, block):
    """Windows anywhere, many of them starting or ending on a block edge or across the raster's edge."""
    nrows = rng.integers(1, 30, n)
    ncols = rng.integers(1, 30, n)
    nrows[::11] = 0
    row0 = rng.integers(-20, height, n)
    col0 = rng.integers(-20, width, n)
    edge = rng.random(n) < 0.4
    row0[edge] = (row0[edge] // block[0]) * block[0] - rng.integers(0, 2, int(edge.sum()))
    col0[edge] = (col0[edge] // block[1]) * block[1] - rng.integers(0, 2, int(edge.sum()))
    return Windows.of(row0, col0, nrows, ncols)


def _same(a: np.ndarray, b: np.ndarray, what: str) -> None:
    assert a.dtype == b.dtype and a.shape == b.shape, what
    assert a.tobytes() == b.tobytes(), what


@pytest.mark.parametrize("kind", ["byte-nodata", "byte-none", "float-nan", "int16-strips"])
@pytest.mark.parametrize("budget_mb", [64, 0.01])
def test_read_windows_through_the_cache_are_gdal_reads_bit_for_bit(tmp_path, kind, budget_mb):
    rng = np.random.default_rng(71)
    shape, coarse_shape = (203, 157), (68, 53)  # not multiples of the blocks: padded edge blocks
    dtype, gtype, nodata, block = {
        "byte-nodata": (np.uint8, gdal.GDT_Byte, 255, (32, 48)),
        "byte-none": (np.uint8, gdal.GDT_Byte, None, (64, 64)),
        "float-nan": (np.float32, gdal.GDT_Float32, float("nan"), (48, 32)),
        "int16-strips": (np.int16, gdal.GDT_Int16, -1, None),
    }[kind]

    def values(s):
        array = rng.integers(0, 250, s).astype(dtype)
        if nodata is not None:
            array[:25, :25] = nodata
            array[rng.random(s) < 0.1] = nodata
        return array

    fine = _write_tif(tmp_path / "fine.tif", values(shape), (10.0, 0.001, 0, 5.0, 0, -0.001), nodata, gtype, block)
    coarse = _write_tif(tmp_path / "coarse.tif", values(coarse_shape), (10.0, 0.003, 0, 5.0, 0, -0.003), nodata,
                        gtype, block)
    primary, other = rasters.Raster(fine), rasters.Raster(coarse)
    cache = TileCache(budget_mb)
    try:
        for reader in (primary, rasters.AlignedReader(primary, primary), rasters.AlignedReader(other, primary)):
            for seed in range(3):
                windows = _windows(np.random.default_rng(seed), 150, shape[0], shape[1], primary.block)
                blocks = rasters.plan_blocks(windows, 3000, primary.block)
                got = rasters.read_windows(reader, windows, np.dtype(dtype), blocks=blocks, tiles=cache)
                gdal_reads = rasters.read_windows(reader, windows, np.dtype(dtype), blocks=blocks)
                per_plot = rasters.read_windows_per_plot(reader, windows, np.dtype(dtype))
                for a, b, what in ((got, gdal_reads, "block reads"), (got, per_plot, "per-plot reads")):
                    _same(a[1], b[1], f"{what}: valid")
                    _same(np.where(a[1], a[0], 0), np.where(b[1], b[0], 0), f"{what}: values")
                _same(got[0], gdal_reads[0], "values, invalid cells included")
                assert got[1].any() and not got[1].all()
        assert cache.hits > 0 and cache.misses > 0
        assert cache.nbytes <= cache.budget
        if budget_mb < 1:  # a few tiles at most: tiles were dropped and read again
            assert cache.misses > len({(r, t) for r in ("fine", "coarse") for t in range(30)})
    finally:
        primary.close()
        other.close()


# --- the whole engine over chunks sharing one cache ---------------------------------------------
X0, Y0, RES, SIZE, BLOCK = 20.0, 5.0, 0.00025, 300, 64


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tile_cache")
    rng = np.random.default_rng(73)
    cover = rng.integers(0, 101, (SIZE, SIZE)).astype(np.uint8)
    loss = np.where(rng.random((SIZE, SIZE)) < 0.3, rng.integers(1, 24, (SIZE, SIZE)), 0).astype(np.uint8)
    loss[:40, :40] = 255  # nodata: plots there are only partly covered
    jrc = (rng.random((3 * SIZE, 3 * SIZE)) < 0.6).astype(np.uint8)  # a finer grid: loss read through lookups
    gt = (X0, RES, 0, Y0, 0, -RES)
    files = {
        "cover": _write_tif(folder / "Hansen_GFC-2023-v1.11_treecover2000_t.tif", cover, gt, block=(BLOCK, BLOCK)),
        "loss": _write_tif(folder / "Hansen_GFC-2023-v1.11_lossyear_t.tif", loss, gt, 255, block=(BLOCK, BLOCK)),
        "jrc": _write_tif(folder / "JRC_GFC2020_V2_t.tif", jrc, (X0, RES / 3, 0, Y0, 0, -RES / 3),
                          block=(BLOCK, BLOCK)),
    }
    areas = [shapely.box(X0 + RES * 50, Y0 - RES * 140, X0 + RES * 130, Y0 - RES * 60),
             shapely.box(X0 + RES * 180, Y0 - RES * 260, X0 + RES * 280, Y0 - RES * 170)]
    files["pa"] = write_areas(folder / "pa.gpkg", [shapely.MultiPolygon([polygon]) for polygon in areas])
    return files


def _plots() -> list[Plot]:
    """Points and polygons all over the rasters, many on block edges (cells 64, 128, …), a few off the
    rasters or on nodata, in shuffled order (as a file's plots are)."""
    rng = np.random.default_rng(79)
    dates = ["2019-06-01", "2021-03-15", "2022-12-31", "2023-07-01", "2025-05-01", None]
    plots = []
    for k in range(150):
        col, row = rng.uniform(-4, SIZE + 4, 2)
        if k % 2:  # on a block edge
            col = BLOCK * rng.integers(1, SIZE // BLOCK + 1) + rng.uniform(-3, 3)
        lon, lat = X0 + RES * col, Y0 - RES * row
        if k % 5 == 1:
            geometry = shapely.Point(lon, lat)
        elif k % 5 == 3:
            geometry = shapely.MultiPoint([(lon, lat), (lon + 6 * RES, lat - 5 * RES)])
        else:
            angles = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(5, 40))))
            radius = RES * rng.uniform(1, 12) * rng.uniform(0.5, 1.0, len(angles))
            geometry = shapely.Polygon(np.column_stack([lon + radius * np.cos(angles), lat + radius * np.sin(angles)]))
        plots.append(Plot(k, geometry, user_id=str(k), commodity=["cocoa", None, "coffee"][k % 3],
                          harvest_date=dates[k % len(dates)], point_ha=[None, 0.5, 3.0][k % 3]))
    return plots


def _record(results, run) -> str:
    """Every result field and the Run, as text (``repr`` of a float is exact: bit for bit)."""
    return repr(([vars(r) for r in results], run.status, [(s.name, s.status, s.detail) for s in run.steps],
                 dict(run.plot_errors), list(run.feedback.messages)))


@pytest.mark.parametrize("forest,with_pa,budget_mb", [("cover", False, 64), ("cover", True, 0.02),
                                                      ("jrc", False, 0.02), ("jrc", True, 64)])
def test_chunks_sharing_a_cache_are_the_engine_without_it_bit_for_bit(data, forest, with_pa, budget_mb):
    options = BundledOptions(forest_2020=DataSource(data[forest]), forest_is_jrc=forest == "jrc",
                             loss_year=DataSource(data["loss"]), chunk_size=17,
                             protected_areas=DataSource(data["pa"]) if with_pa else None)
    plots = _plots()
    parts = [plots[k : k + 50] for k in range(0, len(plots), 50)]
    cache = TileCache(budget_mb)
    cached = BundledOptions(**{**vars(options), "tile_cache": cache})
    hits = []
    for part in parts:
        before = cache.hits
        with_cache = _record(*run_bundled(part, cached))
        hits.append(cache.hits - before)
        assert with_cache == _record(*run_bundled(part, options))
    statuses = {r.status for part in parts for r in run_bundled(part, options)[0]}
    assert {"ok", "no_data"} <= statuses
    if budget_mb > 1:  # the chunks share blocks: later calls read tiles earlier ones decoded
        assert hits[1] > 0 and hits[2] > 0 and len(cache) > 0
    else:
        assert cache.nbytes <= cache.budget
    cache.close()
