"""Round four of the engine's speed work (issue 13) against the code it replaced, kept here verbatim as
the reference: every result must be the same bit for bit.

- ``coverage.exact_coverage`` and ``_split_at_integers`` (gathers with ``np.take``/``np.compress``, the
  pieces' segments from a running count instead of ``np.repeat``) against the previous versions on
  random stars, holes, multipolygons, vertices on cell lines, repeated vertices, axis-parallel edges and
  windows cut by the raster's extent;
- ``rasters.read_windows`` and ``cell_area_flat`` (per-row repeats as ``np.take`` over
  ``Windows.row_of_cells``) against the previous versions on GeoTIFFs written here: the same grid and a
  coarser one, nodata, windows crossing the raster's edges;
- ``run_bundled`` with the new code against ``run_bundled`` with the previous functions patched back in,
  every result field and the Run (steps, plot errors, messages, status) compared exactly: tree-cover
  and JRC forest, with and without protected areas, points, multipolygons, holes, plots off the raster
  and on nodata, harvest dates before 2021, inside the loss data's years and past its last year;
- the "not assessed" protected-area/indigenous-land blocks: equal to the previous copies, and
  independent objects per plot;
- ``geodesy.to_equal_area`` / ``equal_area_geometry`` moving long arrays block by block against the
  previous whole-array code (coordinates and areas bit for bit).
"""

from __future__ import annotations

import math
from typing import Any, Optional

import numpy as np
import pytest
import shapely

from tests.fixtures.shapes import star, write_areas, write_tif
from vantage_plugin.core import analysis, geodesy
from vantage_plugin.core.engine import bundled, rasters
from vantage_plugin.core.engine.bundled import run_bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.coverage import (
    EPSILON,
    Coverage,
    Rings,
    Windows,
    _split_at_integers,
    clip_windows,
    exact_coverage,
    polygon_rings,
    windows_for,
)
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.plots import Plot


# --- the previous code (the reference) ---------------------------------------------------------
def _old_split_at_integers(
    s0: np.ndarray, s1: np.ndarray, x0: np.ndarray, dx: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Segments ``t ∈ [s0, s1]`` (within [0, 1]) of lines ``x(t) = x0 + t·dx`` cut wherever ``x``
    crosses an integer.

    Returns ``(segment, start, end)`` of every piece, the pieces of each segment consecutive and in
    increasing ``t``: the crossings are generated in that order (upwards in ``x`` when ``dx > 0``,
    downwards otherwise), so nothing is sorted. A crossing at an end gives an empty piece (harmless).
    Piece ``r`` of a segment ends at its crossing ``r`` (the last piece at ``s1``) and starts where the
    piece before it ends (the first at ``s0``): one pass over the pieces, no masks.
    """
    xa = x0 + s0 * dx
    xb = x0 + s1 * dx
    first = np.ceil(np.minimum(xa, xb))
    last = np.floor(np.maximum(xa, xb))
    moving = dx != 0
    n = np.where(moving, np.maximum(last - first + 1, 0), 0).astype(np.int64)
    m = len(n)
    pieces = n + 1
    seg = np.repeat(np.arange(m, dtype=np.int64), pieces)
    if len(seg) == m:  # no crossing
        return seg, s0.copy(), s1.copy()
    head = np.cumsum(pieces) - pieces
    up = dx > 0
    with np.errstate(divide="ignore", invalid="ignore"):  # segments without crossings: replaced below
        inv = 1.0 / dx
        origin = np.where(up, first, last) - x0
        step = np.where(up, 1.0, -1.0)
        k = np.arange(len(seg), dtype=np.int64) - head[seg]
        end = (origin[seg] + step[seg] * k) * inv[seg]
    np.clip(end, 0.0, 1.0, out=end)
    end[head + n] = s1
    start = np.empty(len(seg))
    start[1:] = end[:-1]
    start[head] = s0
    return seg, start, end


def _old_exact_coverage(
    u: np.ndarray,
    v: np.ndarray,
    rings: Rings,
    windows: Windows | None = None,
    extent: tuple[int, int] | None = None,
) -> Coverage:
    """Exact coverage fractions of every plot's rings given in pixel coordinates ``u`` (column) and
    ``v`` (row, downwards), one entry per vertex of ``rings.xy``.

    Plots' vertices must be grouped by plot (as :func:`polygon_rings` gives them). ``windows``
    defaults to each plot's bounding cells; ``extent=(height, width)`` cuts them to a raster (parts
    of a plot outside its window are still accounted for exactly: a piece left of the window
    covers the whole row from the window's first column on).
    """
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    vertex_ring = rings.ring_of_vertex
    vertex_plot = rings.ring_plot[vertex_ring] if len(vertex_ring) else np.zeros(0, np.int64)
    if windows is None:
        windows = windows_for(u, v, vertex_plot, rings.n_plots)
    if extent is not None:
        windows = clip_windows(windows, *extent)
    fraction = np.zeros(windows.size)
    if len(u) < 2:
        return Coverage(fraction, windows)
    # Swapped roles (see the module doc): "a" is integrated along (rows), "b" is the running-sum axis.
    la = v - windows.row0[vertex_plot]
    lb = u - windows.col0[vertex_plot]

    e0 = np.flatnonzero(vertex_ring[:-1] == vertex_ring[1:])
    edge_ring = vertex_ring[e0]
    cross = la[e0] * lb[e0 + 1] - la[e0 + 1] * lb[e0]
    signed = np.bincount(edge_ring, weights=cross, minlength=len(rings.ring_plot))
    ring_sign = np.where(signed >= 0, 1.0, -1.0) * np.where(rings.ring_is_hole, -1.0, 1.0)
    a0, b0 = la[e0], lb[e0]
    da, db = la[e0 + 1] - a0, lb[e0 + 1] - b0
    keep = da != 0  # edges along b (da = 0) contribute nothing
    a0, b0, da, db = a0[keep], b0[keep], da[keep], db[keep]
    # the signed extent along a of each edge (× ±1 is exact: the same products as signing each piece)
    sda = da * ring_sign[edge_ring[keep]]
    eplot = vertex_plot[e0[keep]]
    n_edges = len(a0)
    if n_edges == 0:
        return Coverage(fraction, windows)

    # Edges within one cell are pieces as they are. Split the others where they cross an integer row
    # (pieces within one row), then each of those pieces where it crosses an integer column: the
    # crossings come out in order along the edge, so no sort is needed.
    a1, b1 = a0 + da, b0 + db
    within = (np.floor(a0) == np.floor(a1)) & (np.floor(b0) == np.floor(b1))
    cut = np.flatnonzero(~within)
    e, ta, tb = _old_split_at_integers(np.zeros(len(cut)), np.ones(len(cut)), a0[cut], da[cut])
    piece, ta, tb = _old_split_at_integers(ta, tb, b0[cut][e], db[cut][e])
    whole = np.flatnonzero(within)
    e = np.concatenate([whole, cut[e[piece]]])
    ta = np.concatenate([np.zeros(len(whole)), ta])
    tb = np.concatenate([np.ones(len(whole)), tb])
    tm = 0.5 * (ta + tb)
    am = a0[e] + tm * da[e]
    bm = b0[e] + tm * db[e]
    w = (tb - ta) * sda[e]
    p = eplot[e]
    nrows = windows.nrows[p]
    ncols = windows.ncols[p]
    i = np.floor(am).astype(np.int64)
    j = np.floor(bm).astype(np.int64)
    # Pieces in rows outside the window add nothing to it. Pieces left of it add their full width to
    # every cell of their row (a running-sum entry at the row's first cell); pieces right of it add
    # nothing but still enter the running sum at the row's spare cell, which brings it back to zero.
    inside = (i >= 0) & (i < nrows)
    outside_cols = (j < 0) | (j >= ncols)
    partial_w = np.where(outside_cols, 0.0, w * (j + 1 - bm))
    j = np.clip(j, -1, ncols - 1)
    # One difference array for both parts (indexes shifted by one, as j = -1 points one cell back):
    # the partial weight enters at the piece's cell and leaves at the next one, the full width enters
    # at the next one and stays for the rest of the row.
    shifted = (windows.base[p] + i * (ncols + 1) + j + 1)[inside]
    pw = partial_w[inside]
    diff = np.bincount(np.concatenate([shifted, shifted + 1]), weights=np.concatenate([pw, w[inside] - pw]),
                       minlength=windows.size + 2).astype(float, copy=False)  # int64 when empty
    fraction = np.cumsum(diff, out=diff)[1 : windows.size + 1]
    np.minimum(fraction, 1.0, out=fraction)
    fraction[fraction <= EPSILON] = 0.0
    return Coverage(fraction, windows)


def _old_read_windows(reader: Any, windows: Windows, dtype: np.dtype, blocks: Optional[rasters.Blocks] = None,
                 max_cells: int = rasters.DEFAULT_BLOCK_CELLS) -> tuple[np.ndarray, np.ndarray]:
    """Values and validity of every plot's window, in the flat layout of :class:`Windows` (the spare
    column invalid, value 0; the value of another invalid cell is 0 or the nodata value).

    ``reader`` is a :class:`Raster` or an :class:`AlignedReader`. Plots are read block by block
    (:func:`plan_blocks`; pass ``blocks`` to share one plan between rasters): one GDAL read per block,
    then one vectorised gather puts every cell of every window in place (for a coarser raster, the row
    and column lookups of the primary cells' centres are gathered the same way)."""
    values = np.zeros(windows.size, dtype=dtype)
    valid = np.zeros(windows.size, dtype=bool)
    if windows.size == 0:
        return values, valid
    if blocks is None:
        blocks = rasters.plan_blocks(windows, max_cells, rasters._tile_shape(reader))
    if len(blocks) == 0:
        return values, valid
    # One entry per window row (every plot's rows, in buffer order).
    nrows = windows.nrows
    plot_of_row = np.repeat(np.arange(len(nrows), dtype=np.int64), nrows)
    row_start_of_plot = np.cumsum(nrows) - nrows
    i = np.arange(len(plot_of_row), dtype=np.int64) - row_start_of_plot[plot_of_row]
    rowlen = windows.ncols[plot_of_row] + 1
    row_pos = windows.base[plot_of_row] + i * rowlen  # flat position of each row's first cell
    block_of_plot = np.repeat(np.arange(len(blocks), dtype=np.int64), blocks.stop - blocks.start)
    g = block_of_plot[plot_of_row]
    local_row = windows.row0[plot_of_row] + i - blocks.row0[g]
    local_col = windows.col0[plot_of_row] - blocks.col0[g]  # of each row's first cell

    parts = [reader.read_block(int(blocks.row0[k]), int(blocks.col0[k]), int(blocks.nrows[k]),
                               int(blocks.ncols[k])) for k in range(len(blocks))]
    identity = all(part[2] is None for part in parts)
    if identity:
        # Same grid: block index = local row × block width + local column.
        width = blocks.ncols[g]
        idx = np.repeat(local_row * width + local_col - row_pos, rowlen)
        idx += np.arange(windows.size, dtype=np.int64)
    else:
        # Coarser grid: rows and columns map to the source block through per-block lookups.
        row_maps, col_maps = [], []
        for k, (vals, _, rmap, cmap) in enumerate(parts):
            h, w = int(blocks.nrows[k]), int(blocks.ncols[k])
            rmap = np.arange(h, dtype=np.int64) if rmap is None else rmap
            cmap = np.arange(w, dtype=np.int64) if cmap is None else cmap
            row_maps.append(rmap * vals.shape[1])
            col_maps.append(cmap)
        roff = np.cumsum(blocks.nrows) - blocks.nrows
        coff = np.cumsum(blocks.ncols) - blocks.ncols
        row_term = np.concatenate(row_maps)[roff[g] + local_row]
        col_map = np.concatenate(col_maps)
        idx = np.repeat(coff[g] + local_col - row_pos, rowlen)
        idx += np.arange(windows.size, dtype=np.int64)
        idx = col_map[idx]
        idx += np.repeat(row_term, rowlen)
    lo = windows.base[blocks.start]
    hi = np.r_[lo[1:], windows.size]
    for k, (vals, ok, _, _) in enumerate(parts):
        a, b = int(lo[k]), int(hi[k])
        if a == b:
            continue
        sel = idx[a:b]
        np.take(vals.ravel(), sel, out=values[a:b])
        if ok is None:
            valid[a:b] = reader.valid_values(values[a:b])
        else:
            np.take(ok.ravel(), sel, out=valid[a:b])
    spare = row_pos + rowlen - 1
    values[spare] = 0
    valid[spare] = False
    return values, valid


def _old_cell_area_flat(raster: rasters.Raster, windows: Windows) -> np.ndarray:
    """Exact cell areas (m²) of every plot's window in the flat layout of :class:`Windows`."""
    if raster.is_lonlat:
        total_rows = int(windows.nrows.sum())
        starts = np.cumsum(windows.nrows) - windows.nrows
        rows = np.repeat(windows.row0 - starts, windows.nrows) + np.arange(total_rows)
        per_row = raster.row_areas(rows.astype(float))
        return np.repeat(per_row, np.repeat(windows.ncols + 1, windows.nrows))
    areas = np.zeros(windows.size)
    for p in range(len(windows.base)):
        h, w = int(windows.nrows[p]), int(windows.ncols[p])
        if h:
            windows.view(areas, p)[:, :] = raster.cell_areas(int(windows.row0[p]), int(windows.col0[p]), h, w)
    return areas


def _old_unknown_block(kind: str, why: str) -> dict[str, Any]:
    template = bundled._unknown_template(kind, why)
    return {key: value.copy() if isinstance(value, (dict, list)) else value for key, value in template.items()}


def _bits_equal(a: Any, b: Any, where: str = "") -> None:
    """``a`` and ``b`` the same values of the same types, floats bit for bit (NaN equal to NaN)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, float):
        assert (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b)), f"{where}: {a!r} != {b!r}"
    elif isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} != {list(b)}"
        for key in a:
            _bits_equal(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), f"{where}: length {len(a)} != {len(b)}"
        for k, (x, y) in enumerate(zip(a, b)):
            _bits_equal(x, y, f"{where}[{k}]")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape, where
        assert np.array_equal(a.view(np.uint8), b.view(np.uint8)), where
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


# --- exact coverage -----------------------------------------------------------------------------
def _pixel_shapes(rng) -> list:
    shapes = [star(rng, rng.uniform(-3, 40), rng.uniform(-3, 30), rng.uniform(0.2, 7), int(rng.integers(3, 90)))
              for _ in range(150)]
    shapes += [
        shapely.Polygon([(1, 1), (9, 1), (9, 8), (1, 8)], [[(3, 3), (6.5, 3.5), (5, 6)], [(7, 6), (8, 6), (8, 7)]]),
        shapely.MultiPolygon([star(rng, 5, 5, 2, 9), star(rng, 12.3, 4.7, 1.5, 7),
                              shapely.box(20, 20, 23.5, 22).difference(shapely.box(21, 20.5, 22, 21.5))]),
        shapely.Polygon([(2, 2), (7, 2), (7, 5), (4, 7), (2, 5)]),  # vertices on cell lines
        shapely.Polygon([(0.5, 0.5), (0.5, 6.25), (7.75, 6.25), (7.75, 0.5)]),  # clockwise, axis-parallel
        shapely.Polygon([(3.2, 3.2), (3.2, 3.2), (3.7, 3.4), (3.7, 3.4), (3.3, 3.9)]),  # repeated vertices, one cell
        shapely.box(-5, -4, 2.5, 3.5),  # crossing the raster's top-left corner
        shapely.box(38, 28, 45, 33),  # crossing its bottom-right corner
        shapely.box(-20, -20, -10, -10),  # wholly outside
        shapely.Polygon(),  # nothing to cover
        shapely.box(10, 10, 10.0000001, 30),  # a sliver
    ]
    return shapes


@pytest.mark.parametrize("extent", [None, (30, 40)])
def test_exact_coverage_is_the_previous_code_bit_for_bit(extent):
    rng = np.random.default_rng(41)
    shapes = _pixel_shapes(rng)
    order = rng.permutation(len(shapes))
    for lo, hi in ((0, len(shapes)), (0, 1), (3, 40), (len(shapes) - 3, len(shapes))):
        geoms = np.array([shapes[k] for k in order[lo:hi]], dtype=object)
        rings = polygon_rings(geoms)
        u, v = rings.xy[:, 0], rings.xy[:, 1]
        got = exact_coverage(u, v, rings, extent=extent)
        expected = _old_exact_coverage(u, v, rings, extent=extent)
        for name in ("row0", "col0", "nrows", "ncols", "base", "size"):
            _bits_equal(getattr(got.windows, name), getattr(expected.windows, name), name)
        _bits_equal(got.fraction, expected.fraction, "fraction")
    assert got.fraction.any()


def test_split_at_integers_is_the_previous_code_bit_for_bit():
    rng = np.random.default_rng(43)
    n = 3000
    s0 = rng.uniform(0, 0.5, n)
    s1 = s0 + rng.uniform(0, 0.5, n)
    x0 = rng.uniform(-50, 50, n)
    dx = rng.normal(0, 8, n)
    dx[:50] = 0.0
    x0[50:200] = np.round(x0[50:200])
    s0[200:260], s1[200:260] = 0.0, 1.0
    for lo, hi in ((0, n), (0, 0), (0, 50), (10, 11)):
        got = _split_at_integers(s0[lo:hi], s1[lo:hi], x0[lo:hi], dx[lo:hi])
        expected = _old_split_at_integers(s0[lo:hi], s1[lo:hi], x0[lo:hi], dx[lo:hi])
        for g, e, name in zip(got, expected, ("segment", "start", "end")):
            _bits_equal(g, e, name)


def test_row_of_cells_numbers_every_cell_of_the_flat_buffer_by_its_row():
    rng = np.random.default_rng(47)
    nrows = rng.integers(0, 6, 40)
    ncols = np.where(nrows > 0, rng.integers(1, 9, 40), 0)
    windows = Windows.of(rng.integers(-5, 50, 40), rng.integers(-5, 50, 40), nrows, ncols)
    expected = np.repeat(np.arange(int(nrows.sum())), np.repeat(ncols + 1, nrows))
    _bits_equal(windows.row_of_cells(), expected)
    assert windows.row_of_cells() is windows.row_of_cells()  # computed once
    _bits_equal(Windows.of([], [], [], []).row_of_cells(), np.zeros(0, dtype=np.int64))


# --- raster windows -----------------------------------------------------------------------------
def _random_windows(rng, n, height, width):
    nrows = rng.integers(1, 25, n)
    ncols = rng.integers(1, 25, n)
    nrows[::9] = 0
    ncols[::9] = 0
    row0 = rng.integers(-20, height, n)
    col0 = rng.integers(-20, width, n)
    return Windows.of(row0, col0, nrows, ncols)


@pytest.mark.parametrize("nodata", [255, None])
def test_read_windows_and_cell_areas_are_the_previous_code_bit_for_bit(tmp_path, nodata):
    rng = np.random.default_rng(53)
    fine = rng.integers(0, 250, (200, 150)).astype(np.uint8)
    fine[:30, :30] = 255
    coarse = rng.integers(0, 250, (67, 50)).astype(np.uint8)
    coarse[-10:, -10:] = 255
    fine_path = write_tif(tmp_path / "fine.tif", fine, (10.0, 0.001, 0, 5.0, 0, -0.001), nodata=nodata, block=64)
    coarse_path = write_tif(tmp_path / "coarse.tif", coarse, (10.0, 0.003, 0, 5.0, 0, -0.003), nodata=nodata, block=64)
    primary = rasters.Raster(fine_path)
    other = rasters.Raster(coarse_path)
    try:
        for reader in (primary, rasters.AlignedReader(primary, primary), rasters.AlignedReader(other, primary)):
            for seed in range(3):
                windows = _random_windows(np.random.default_rng(seed), 120, 200, 150)
                blocks = rasters.plan_blocks(windows, 4000, (64, 64))
                got = rasters.read_windows(reader, windows, np.dtype(np.uint8), blocks=blocks)
                expected = _old_read_windows(reader, windows, np.dtype(np.uint8), blocks=blocks)
                _bits_equal(got[0], expected[0], "values")
                _bits_equal(got[1], expected[1], "valid")
                assert expected[1].any() and not expected[1].all()
        windows = _random_windows(rng, 200, 200, 150)
        _bits_equal(rasters.cell_area_flat(primary, windows), _old_cell_area_flat(primary, windows), "cell areas")
    finally:
        primary.close()
        other.close()


# --- the whole engine ---------------------------------------------------------------------------
X0, Y0, RES, SIZE = 20.0, 5.0, 0.00025, 240


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round_four")
    rng = np.random.default_rng(59)
    cover = rng.integers(0, 101, (SIZE, SIZE)).astype(np.uint8)
    loss = np.where(rng.random((SIZE, SIZE)) < 0.3, rng.integers(1, 24, (SIZE, SIZE)), 0).astype(np.uint8)
    loss[:30, :30] = 255  # nodata: plots there are only partly covered
    jrc = (rng.random((3 * SIZE, 3 * SIZE)) < 0.6).astype(np.uint8)  # a finer grid: loss read through lookups
    gt = (X0, RES, 0, Y0, 0, -RES)
    files = {
        "cover": write_tif(folder / "Hansen_GFC-2023-v1.11_treecover2000_t.tif", cover, gt, block=64),
        "loss": write_tif(folder / "Hansen_GFC-2023-v1.11_lossyear_t.tif", loss, gt, nodata=255, block=64),
        "jrc": write_tif(folder / "JRC_GFC2020_V2_t.tif", jrc, (X0, RES / 3, 0, Y0, 0, -RES / 3), block=64),
    }
    areas = [star(rng, X0 + RES * 80, Y0 - RES * 90, RES * 60, 300), shapely.box(X0 + RES * 150, Y0 - RES * 200,
                                                                                  X0 + RES * 230, Y0 - RES * 120)]
    files["pa"] = write_areas(folder / "pa.gpkg", [shapely.MultiPolygon([polygon]) for polygon in areas])
    return files


def _engine_plots() -> list[Plot]:
    rng = np.random.default_rng(61)
    dates = ["2019-06-01", "2021-03-15", "2022-12-31", "2023-07-01", "2025-05-01", None, "31/12/2022"]
    plots = []
    for k in range(90):
        lon = X0 + RES * rng.uniform(5, SIZE - 5)
        lat = Y0 - RES * rng.uniform(5, SIZE - 5)
        if k % 9 == 4:
            geometry = shapely.Point(lon, lat)
        elif k % 9 == 7:
            geometry = shapely.MultiPoint([(lon, lat), (lon + 8 * RES, lat - 3 * RES)])
        elif k % 9 == 2:
            geometry = shapely.MultiPolygon([star(rng, lon, lat, RES * 4, 12),
                                             star(rng, lon + 15 * RES, lat, RES * 3, 9)])
        elif k % 9 == 5:
            geometry = shapely.box(lon, lat, lon + 12 * RES, lat + 9 * RES).difference(
                shapely.box(lon + 3 * RES, lat + 2 * RES, lon + 7 * RES, lat + 6 * RES))
        else:
            geometry = star(rng, lon, lat, RES * rng.uniform(1, 14), int(rng.integers(5, 80)))
        plots.append(Plot(k, geometry, user_id=str(k), commodity=["cocoa", None, "Coffee", "soya"][k % 4],
                          harvest_date=dates[k % len(dates)], point_ha=[None, 0.7, 2.0][k % 3]))
    extra = [
        shapely.box(X0 - 5 * RES, Y0 - 100 * RES, X0 + 6 * RES, Y0 - 90 * RES),  # partly off the raster
        shapely.box(X0 + 10 * RES, Y0 - 25 * RES, X0 + 40 * RES, Y0 - 10 * RES),  # partly on nodata
        shapely.box(X0 + 5 * RES, Y0 - 20 * RES, X0 + 12 * RES, Y0 - 12 * RES),  # wholly on nodata
        shapely.box(X0 - 30 * RES, Y0 + 10 * RES, X0 - 20 * RES, Y0 + 20 * RES),  # wholly off the raster
        shapely.box(X0 + (SIZE - 4) * RES, Y0 - (SIZE - 4) * RES, X0 + (SIZE + 6) * RES, Y0 - (SIZE + 6) * RES),
        shapely.LineString([(X0, Y0), (X0 + RES, Y0 - RES)]),  # cannot be analysed
    ]
    for k, geometry in enumerate(extra):
        plots.append(Plot(90 + k, geometry, user_id=str(90 + k), harvest_date=["2023-01-01", "2022-06-30"][k % 2]))
    return plots


def _previous_code(monkeypatch) -> None:
    monkeypatch.setattr(bundled, "exact_coverage", _old_exact_coverage)
    # (the engine now passes ``tiles``, round five's tile cache: None here, so GDAL reads as before)
    monkeypatch.setattr(bundled, "read_windows", lambda *a, tiles=None, **k: _old_read_windows(*a, **k))
    monkeypatch.setattr(bundled, "cell_area_flat", _old_cell_area_flat)
    monkeypatch.setattr(bundled, "_unknown_maker", lambda kind, why: (lambda: _old_unknown_block(kind, why)))


def _run_record(results, run) -> dict:
    return {"results": [vars(r) for r in results], "status": run.status,
            "steps": [(s.name, s.status, s.detail) for s in run.steps], "plot_errors": dict(run.plot_errors),
            "messages": list(run.feedback.messages)}


@pytest.mark.parametrize("forest,with_pa,batch_cells", [("cover", False, None), ("cover", True, 700),
                                                        ("jrc", False, 900), ("jrc", True, None)])
def test_run_bundled_is_the_previous_code_bit_for_bit(data, monkeypatch, forest, with_pa, batch_cells):
    options = BundledOptions(forest_2020=DataSource(data[forest]), forest_is_jrc=forest == "jrc",
                             loss_year=DataSource(data["loss"]), commodity="coffee", chunk_size=23,
                             protected_areas=DataSource(data["pa"]) if with_pa else None,
                             **({"batch_cells": batch_cells} if batch_cells else {}))
    plots = _engine_plots()
    new = _run_record(*run_bundled(plots, options))
    with monkeypatch.context() as patch:
        _previous_code(patch)
        old = _run_record(*run_bundled(plots, options))
    _bits_equal(new, old, "run")
    # the data exercise what they should
    statuses = {r["status"] for r in new["results"]}
    assert {"ok", "no_data", "failed"} <= statuses
    assert any((r["analysis"] or {}).get("deforestation", {}).get("total") for r in new["results"])
    assert any("partial" in str(r["limits"]) for r in new["results"])
    overlapping = [r for r in new["results"] if r["analysis"] and r["analysis"][analysis.PROTECTED_AREAS_LEGACY]]
    assert bool(overlapping) == with_pa


def test_not_assessed_blocks_are_the_previous_copies_and_independent(data):
    for kind, why in (("pa", "no protected areas data configured"), ("il", "not assessed")):
        first, second = bundled._unknown_block(kind, why), bundled._unknown_block(kind, why)
        _bits_equal(first, _old_unknown_block(kind, why), kind)
        for key, value in first.items():
            if isinstance(value, (dict, list)):
                assert value is not second[key] and value is not bundled._unknown_template(kind, why)[key]
    options = BundledOptions(forest_2020=DataSource(data["cover"]), loss_year=DataSource(data["loss"]))
    results, _ = run_bundled(_engine_plots()[:6], options)
    a, b = results[0].analysis, results[1].analysis
    for key in (analysis.PROTECTED_AREAS, analysis.INDIGENOUS_LAND):
        assert a[key] == b[key] and a[key] is not b[key]
        for name, value in a[key].items():
            if isinstance(value, (dict, list)):
                assert value is not b[key][name]


# --- the equal-area projection in blocks ----------------------------------------------------------
def _old_to_equal_area(lon, lat):
    lam = np.radians(np.asarray(lon, dtype=float))
    phi = np.radians(np.asarray(lat, dtype=float))
    return geodesy.A * lam, geodesy.A * geodesy._q(np.sin(phi)) / 2


def _old_equal_area_geometry(geometry):
    def move(coords):
        x, y = _old_to_equal_area(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, move)


def test_equal_area_projection_in_blocks_is_the_previous_code_bit_for_bit():
    rng = np.random.default_rng(67)
    n = 3 * geodesy.BLOCK + 123  # several blocks and a partial one
    lon = rng.uniform(-180, 180, n)
    lat = rng.uniform(-90, 90, n)
    lon[:6] = [-180.0, 180.0, 0.0, -0.0, 1e-300, np.nan]
    lat[:6] = [-90.0, 90.0, 0.0, -0.0, 89.999999999, 45.0]
    for size in (n, geodesy.BLOCK, geodesy.BLOCK + 1, 5):
        got, expected = geodesy.to_equal_area(lon[:size], lat[:size]), _old_to_equal_area(lon[:size], lat[:size])
        _bits_equal(got[0], expected[0], "x")
        _bits_equal(got[1], expected[1], "y")
    grid = (lon[6:106].reshape(10, 10), lat[6:106].reshape(10, 10))  # 2-D and scalar inputs as before
    for a, b in zip(geodesy.to_equal_area(*grid), _old_to_equal_area(*grid)):
        _bits_equal(a, b, "grid")
    for a, b in zip(geodesy.to_equal_area(12.5, -3.25), _old_to_equal_area(12.5, -3.25)):
        _bits_equal(a, b, "scalar")
    # geometries: many plots of many vertices (more coordinates than a block), holes, multipolygons
    shapes = [star(rng, rng.uniform(-170, 170), rng.uniform(-80, 80), rng.uniform(1e-4, 0.5), int(rng.integers(3, 400)))
              for _ in range(600)]
    shapes += [shapely.box(10, 50, 10.01, 50.02).difference(shapely.box(10.002, 50.002, 10.004, 50.004)),
               shapely.MultiPolygon([shapes[0], shapes[1]]), shapely.Polygon(), shapely.Point(3, 4)]
    shapes.insert(300, None)
    shapes.insert(0, shapely.Point(0, 0).buffer(0.01, 3 * geodesy.BLOCK))  # one geometry of several blocks
    geoms = np.array(shapes, dtype=object)
    assert len(shapely.get_coordinates(geoms)) > 4 * geodesy.BLOCK
    for some in (geoms, geoms[:1], geoms[1:2], geoms[:0], geoms[299:303]):
        moved, reference = geodesy.equal_area_geometry(some), _old_equal_area_geometry(some)
        _bits_equal(shapely.get_coordinates(moved), shapely.get_coordinates(reference), "coordinates")
        assert list(shapely.get_type_id(moved)) == list(shapely.get_type_id(reference))
        _bits_equal(geodesy.geodesic_area_ha(some), shapely.area(reference) / geodesy.M2_PER_HA, "areas")
    _bits_equal(geodesy.geodesic_area_ha(shapes[5]), shapely.area(_old_equal_area_geometry(shapes[5])) / 1e4, "one")
