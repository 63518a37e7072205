"""Round five of the engine's speed work (issue 13): ``rasters.plan_blocks`` counting a block's tiles
from rectangles instead of sets, against the previous code kept here verbatim as the reference (the
same blocks, bit for bit), on windows in spatial and in random order, across the raster's edges
(negative offsets), empty windows, one-cell and non-square tiles, small and large cell limits.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np
import pytest

from vantage_plugin.core.engine import rasters
from vantage_plugin.core.engine.coverage import Windows


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
