"""Round five of the engine's speed work (issue 13) against the code it replaced, kept here as the
reference: every result the same bit for bit.

- ``rasters.plan_blocks`` counting a block's tiles from rectangles instead of sets: the same blocks, on
  windows in spatial and in random order, across the raster's edges (negative offsets), empty windows,
  one-cell and non-square tiles, small and large cell limits;
- ``geodesy.geodesic_area_ha`` of polygons without holes from their coordinates against GEOS's area of
  the moved geometries: random stars of 3 to 400 vertices, both orientations, discs made from points,
  slivers, repeated vertices, large and tiny polygons, high latitudes; and everything else (holes,
  multipolygons, empty, missing, points) still through GEOS;
- ``coverage.polygon_rings`` of polygons without holes (their coordinates are their rings) against the
  previous parts-and-rings code, and on mixed batches.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np
import pytest
import shapely

from vantage_plugin.core import geodesy
from vantage_plugin.core.engine import rasters
from vantage_plugin.core.engine.coverage import Rings, Windows, polygon_rings


# --- the previous code (the reference) ---------------------------------------------------------
def _old_plan_blocks(windows: Windows, max_cells: int = rasters.DEFAULT_BLOCK_CELLS,
                     tile: tuple[int, int] = (512, 512)) -> rasters.Blocks:
    """Group consecutive plots (take them in spatial order) into blocks read at once.

    A plot joins the current block while the block's bounding window stays within ``max_cells`` and
    touches no storage tile (``tile`` = rows, columns; GDAL's block size) that none of its plots
    touches, so a block read decompresses nothing a plot-by-plot read would not."""
    th, tw = max(1, int(tile[0])), max(1, int(tile[1]))
    r0a = windows.row0
    c0a = windows.col0
    r1a = windows.row0 + windows.nrows
    c1a = windows.col0 + windows.ncols + 1  # the spare column
    tr0a, tc0a = r0a // th, c0a // tw
    tr1a, tc1a = (r1a - 1) // th, (c1a - 1) // tw
    starts: list[int] = []
    stops: list[int] = []
    brow0: list[int] = []
    bcol0: list[int] = []
    bnrows: list[int] = []
    bncols: list[int] = []
    n = len(windows.base)
    nonempty = (windows.nrows > 0).tolist()
    r0l, c0l, r1l, c1l = r0a.tolist(), c0a.tolist(), r1a.tolist(), c1a.tolist()
    tr0l, tc0l, tr1l, tc1l = tr0a.tolist(), tc0a.tolist(), tr1a.tolist(), tc1a.tolist()
    cur: Optional[list[Any]] = None  # [start, r0, c0, r1, c1, tiles(set)]

    def close(stop: int) -> None:
        assert cur is not None
        s, r0, c0, r1, c1, _ = cur
        starts.append(s)
        stops.append(stop)
        brow0.append(r0)
        bcol0.append(c0)
        bnrows.append(r1 - r0)
        bncols.append(c1 - c0)

    for p in range(n):
        if not nonempty[p]:
            continue
        ptiles = {(a, b) for a in range(tr0l[p], tr1l[p] + 1) for b in range(tc0l[p], tc1l[p] + 1)}
        if cur is not None:
            r0, c0 = min(cur[1], r0l[p]), min(cur[2], c0l[p])
            r1, c1 = max(cur[3], r1l[p]), max(cur[4], c1l[p])
            if (r1 - r0) * (c1 - c0) <= max_cells:
                tiles = cur[5] | ptiles
                if ((r1 - 1) // th - r0 // th + 1) * ((c1 - 1) // tw - c0 // tw + 1) <= len(tiles):
                    cur[1:] = [r0, c0, r1, c1, tiles]
                    continue
            close(p)
        cur = [p, r0l[p], c0l[p], r1l[p], c1l[p], ptiles]
    if cur is not None:
        close(n)
    as_int = lambda x: np.asarray(x, dtype=np.int64)  # noqa: E731
    if starts:  # empty windows between blocks belong to the block after them (they have no cells)
        starts[0] = 0
    return rasters.Blocks(as_int(starts), as_int(stops), as_int(brow0), as_int(bcol0), as_int(bnrows), as_int(bncols))


def _windows(rng: np.random.Generator, n: int, spatial: bool) -> Windows:
    nrows = rng.integers(1, 40, n)
    ncols = rng.integers(1, 40, n)
    nrows[rng.random(n) < 0.08] = 0
    row0 = rng.integers(-30, 600, n)
    col0 = rng.integers(-30, 600, n)
    if spatial:  # as the engine sorts them: bands of rows, then columns
        key = np.lexsort((col0, row0 // 64))
        row0, col0, nrows, ncols = row0[key], col0[key], nrows[key], ncols[key]
    return Windows.of(row0, col0, nrows, ncols)


@pytest.mark.parametrize("tile", [(64, 64), (32, 96), (1, 1), (7, 600), (512, 512)])
@pytest.mark.parametrize("max_cells", [50, 4000, rasters.DEFAULT_BLOCK_CELLS])
def test_plan_blocks_is_the_previous_code_bit_for_bit(tile, max_cells):
    for seed in range(4):
        rng = np.random.default_rng(seed)
        for spatial in (True, False):
            windows = _windows(rng, 400, spatial)
            new, old = rasters.plan_blocks(windows, max_cells, tile), _old_plan_blocks(windows, max_cells, tile)
            for name in ("start", "stop", "row0", "col0", "nrows", "ncols"):
                a, b = getattr(new, name), getattr(old, name)
                assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name
    assert len(old) > 1  # the data make several blocks
    empty = Windows.of([], [], [], [])
    assert len(rasters.plan_blocks(empty, max_cells, tile)) == len(_old_plan_blocks(empty, max_cells, tile)) == 0


def test_plan_blocks_joins_plots_sharing_tiles_and_never_reads_a_tile_no_plot_needs():
    # two plots in tile (0, 0), one in (0, 1): one block; then one in (1, 1): joining would make an
    # L of three tiles in a square of four, so a new block starts
    windows = Windows.of([2, 10, 5, 70], [3, 20, 70, 70], [5, 5, 5, 5], [5, 5, 5, 5])
    blocks = rasters.plan_blocks(windows, 10_000, (64, 64))
    assert blocks.start.tolist() == [0, 3] and blocks.stop.tolist() == [3, 4]
    assert (blocks.row0.tolist(), blocks.col0.tolist()) == ([2, 70], [3, 70])
    assert (blocks.nrows.tolist(), blocks.ncols.tolist()) == ([13, 5], [73, 6])


# --- geodesic areas from coordinates ------------------------------------------------------------
def _old_geodesic_area_ha(geometry):
    return shapely.area(geodesy.equal_area_geometry(geometry)) / geodesy.M2_PER_HA


def _old_polygon_rings(geometries: np.ndarray) -> Rings:
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    parts, part_plot = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    first = np.ones(len(rings), dtype=bool)
    first[1:] = ring_part[1:] != ring_part[:-1]
    xy, ring_of_vertex = shapely.get_coordinates(rings, return_index=True)
    return Rings(xy=xy, ring_of_vertex=ring_of_vertex.astype(np.int64), ring_plot=part_plot[ring_part].astype(np.int64),
                 ring_is_hole=~first, n_plots=n)


def _simple_polygons(rng: np.random.Generator, n: int) -> np.ndarray:
    out = []
    for k in range(n):
        lon, lat = rng.uniform(-179, 179), rng.uniform(-85, 85)
        size = 10.0 ** rng.uniform(-6, 0.5)  # from 10 cm to hundreds of km
        m = int(rng.integers(3, 400))
        angles = np.sort(rng.uniform(0, 2 * np.pi, m))
        if k % 2:
            angles = angles[::-1]  # clockwise
        radius = size * rng.uniform(0.05 if k % 7 == 0 else 0.5, 1.0, m)
        ring = np.column_stack([lon + radius * np.cos(angles), lat + radius * np.sin(angles) * (0.001 if k % 11 == 0
                                                                                               else 1.0)])
        if k % 5 == 0:
            ring = np.repeat(ring, 2, axis=0)  # repeated vertices
        out.append(shapely.Polygon(ring))
    out.append(shapely.box(10.0, 20.0, 10.0 + 1e-9, 20.0 + 1e-9))
    out.append(shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)]))  # a bow tie: invalid, signed areas cancel
    points = rng.uniform([-60, -30], [60, 30], (60, 2))
    discs = geodesy.point_discs(points[:, 0], points[:, 1], rng.uniform(0.01, 100, 60))
    return np.concatenate([np.array(out, dtype=object), discs])


def test_areas_from_coordinates_are_geos_areas_bit_for_bit():
    for seed in range(3):
        polygons = _simple_polygons(np.random.default_rng(seed), 300)
        assert geodesy.simple_polygons(polygons) and shapely.get_num_coordinates(polygons).max() <= geodesy.LONGEST_RING
        new, old = geodesy.geodesic_area_ha(polygons), _old_geodesic_area_ha(polygons)
        assert new.dtype == old.dtype and new.tobytes() == old.tobytes()
        assert (old > 0).sum() == len(old) - 1  # all but the bow tie
        for k in (0, 1, len(polygons) - 1):  # one at a time too
            assert geodesy.geodesic_area_ha(polygons[k : k + 1]).tobytes() == old[k : k + 1].tobytes()


def test_other_geometries_are_measured_by_geos_as_before():
    rng = np.random.default_rng(5)
    simple = list(_simple_polygons(rng, 20))
    holed = shapely.box(0, 0, 1, 1).difference(shapely.box(0.2, 0.2, 0.4, 0.4))
    multi = shapely.MultiPolygon([shapely.box(0, 0, 0.1, 0.1), shapely.box(1, 1, 1.3, 1.2)])
    long_ring = shapely.Point(5, 5).buffer(0.01, quad_segs=400)  # more vertices than the loop takes
    for extra in ([holed], [multi], [shapely.Polygon()], [None], [shapely.Point(1, 2)], [long_ring]):
        batch = np.array(simple + extra, dtype=object)
        assert not geodesy.simple_polygons(batch) or shapely.get_num_coordinates(batch).max() > geodesy.LONGEST_RING
        new, old = geodesy.geodesic_area_ha(batch), _old_geodesic_area_ha(batch)
        assert new.tobytes() == old.tobytes()
    assert geodesy.geodesic_area_ha(simple[0]) == _old_geodesic_area_ha(simple[0])  # a single geometry


@pytest.mark.parametrize("mixed", [False, True])
def test_polygon_rings_are_the_previous_code_bit_for_bit(mixed):
    polygons = list(_simple_polygons(np.random.default_rng(9), 200))
    if mixed:
        polygons[3] = shapely.box(0, 0, 1, 1).difference(shapely.box(0.2, 0.2, 0.4, 0.4))
        polygons[7] = shapely.MultiPolygon([shapely.box(0, 0, 0.1, 0.1), shapely.box(1, 1, 1.3, 1.2)])
        polygons[9] = None
    batch = np.array(polygons, dtype=object)
    new, old = polygon_rings(batch), _old_polygon_rings(batch)
    for name in ("xy", "ring_of_vertex", "ring_plot", "ring_is_hole"):
        a, b = getattr(new, name), getattr(old, name)
        assert a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes(), name
    assert new.n_plots == old.n_plots == len(batch)
    assert old.ring_is_hole.any() == mixed
