"""Exact fraction of every raster cell covered by every plot, vectorised over all plots at once.

Work in pixel coordinates ``u = (x - x0) / dx`` (columns, to the right) and ``v = (y0 - y) / |dy|``
(rows, downwards). For a closed ring oriented positively in the (u, v) plane, Green's theorem gives

    area(P ∩ row i) = ∮ H_i(v) du,  H_i(v) = clamp(i + 1 - v, 0, 1)

and restricting the integral to ``u ∈ [j, j + 1]`` gives the area inside cell (i, j) (vertical pieces
of the strip's boundary have ``du = 0``). Every edge is split at every integer ``u`` and ``v`` crossing
(vectorised: crossings counted per edge, ``np.repeat``, parameters sorted per edge), so each piece lies
in one cell (i, j). A piece of width ``w = Δu`` and mid-height ``vm`` adds ``w·(i + 1 - vm)`` to cell
(i, j) and ``w`` to every cell below it in column j: the latter goes to a difference array at (i+1, j)
and one cumulative sum finishes it. Each plot's window is laid out in a single flat buffer with one
spare cell per line, so one ``np.bincount`` per array and one ``np.cumsum`` serve every plot (a closed
ring's net ``Δu`` in a column is zero, so the running sum returns to zero at each line's spare cell).

The implementation applies this with the roles of u and v swapped (integrating ``clamp(j+1-u)`` along
``dv``), so that the running sum goes along raster rows: the buffer is then row-major with one spare
column per row, exactly the layout of the raster windows GDAL reads, and values line up with coverage
without any per-cell index arithmetic.

Holes get the opposite sign of their shell whatever the input orientation (each ring's sign is taken
from its own shoelace area), so there is no need to orient the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from ..geodesy import simple_polygons

#: Coverage below this is treated as zero (floating-point noise of the running sums).
EPSILON = 1e-9


@dataclass
class Rings:
    """Every ring of a batch of (multi)polygons as flat vertex arrays (closed rings, lon/lat or any CRS)."""

    xy: np.ndarray
    """(N, 2) vertices; each ring's vertices are consecutive and the ring is closed (last = first)."""
    ring_of_vertex: np.ndarray
    """(N,) ring number of each vertex."""
    ring_plot: np.ndarray
    """(R,) plot number (position in the batch) of each ring."""
    ring_is_hole: np.ndarray
    """(R,) True for interior rings."""
    n_plots: int


def polygon_rings(geometries: np.ndarray) -> Rings:
    """The rings of an array of Polygon/MultiPolygon geometries (None or empty give no rings)."""
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    if n and simple_polygons(geometries):  # each plot's coordinates are its one ring: no parts, rings to make
        xy, ring_of_vertex = shapely.get_coordinates(geometries, return_index=True)
        return Rings(xy=xy, ring_of_vertex=ring_of_vertex.astype(np.int64), ring_plot=np.arange(n, dtype=np.int64),
                     ring_is_hole=np.zeros(n, dtype=bool), n_plots=n)
    parts, part_plot = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    # get_rings lists the exterior first, then the holes, of each polygon.
    first = np.ones(len(rings), dtype=bool)
    first[1:] = ring_part[1:] != ring_part[:-1]
    xy, ring_of_vertex = shapely.get_coordinates(rings, return_index=True)
    return Rings(
        xy=xy,
        ring_of_vertex=ring_of_vertex.astype(np.int64),
        ring_plot=part_plot[ring_part].astype(np.int64),
        ring_is_hole=~first,
        n_plots=n,
    )


@dataclass
class Windows:
    """Each plot's window of cells and its place in the flat buffer.

    Cell (i, j) of plot p (raster row ``row0[p] + i``, column ``col0[p] + j``) is at
    ``base[p] + i * (ncols[p] + 1) + j``; the spare cell ``j = ncols[p]`` of each row holds nothing.
    """

    row0: np.ndarray
    col0: np.ndarray
    nrows: np.ndarray
    ncols: np.ndarray
    base: np.ndarray
    size: int
    _row_of_cell: Optional[np.ndarray] = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, row0, col0, nrows, ncols) -> Windows:
        row0, col0 = np.asarray(row0, np.int64), np.asarray(col0, np.int64)
        nrows, ncols = np.asarray(nrows, np.int64), np.asarray(ncols, np.int64)
        lengths = np.where(nrows > 0, nrows * (ncols + 1), 0)
        base = np.zeros(len(lengths), np.int64)
        if len(lengths):
            np.cumsum(lengths[:-1], out=base[1:])
        return cls(row0, col0, nrows, ncols, base, int(lengths.sum()))

    @property
    def lengths(self) -> np.ndarray:
        return np.where(self.nrows > 0, self.nrows * (self.ncols + 1), 0)

    def row_of_cells(self) -> np.ndarray:
        """Row number of every entry of the flat buffer (every plot's rows in buffer order, numbered
        from 0; computed once): ``np.take(per_row, row_of_cells())`` is ``np.repeat(per_row, ncols + 1
        of each row)``, faster."""
        if self._row_of_cell is None:
            row_len = np.repeat(self.ncols + 1, self.nrows)  # one entry per row (each at least 1)
            rows = np.zeros(self.size, dtype=np.int64)
            if len(row_len) > 1:
                rows[np.cumsum(row_len[:-1])] = 1
            self._row_of_cell = np.cumsum(rows, out=rows)
        return self._row_of_cell

    def plot_of_cells(self) -> np.ndarray:
        """Plot number of every entry of the flat buffer."""
        return np.repeat(np.arange(len(self.base), dtype=np.int32), self.lengths)

    def spare(self) -> np.ndarray:
        """True at the spare cell of every row of the flat buffer."""
        mask = np.zeros(self.size + 1, dtype=bool)
        ends = (self.base[:, None] + (np.arange(1, self.nrows.max(initial=0) + 1)[None, :])
                * (self.ncols[:, None] + 1) - 1)
        valid = np.arange(self.nrows.max(initial=0))[None, :] < self.nrows[:, None]
        mask[ends[valid]] = True
        return mask[: self.size]

    def view(self, flat: np.ndarray, plot: int) -> np.ndarray:
        """Plot ``plot``'s (nrows, ncols) cells of a flat buffer (a view, spare column dropped)."""
        h, w = int(self.nrows[plot]), int(self.ncols[plot])
        b = int(self.base[plot])
        return flat[b : b + h * (w + 1)].reshape(h, w + 1)[:, :w]


_POSITIONS = np.arange(0, dtype=np.int64)


def positions(n: int) -> np.ndarray:
    """``np.arange(n)`` (int64) from a shared read-only buffer (batches are alike in size)."""
    global _POSITIONS
    if n > 4_000_000:  # an odd huge batch: not kept
        return np.arange(n, dtype=np.int64)
    if len(_POSITIONS) < n:
        shared = np.arange(min(max(n, 2 * len(_POSITIONS)), 4_000_000), dtype=np.int64)
        shared.setflags(write=False)
        _POSITIONS = shared
    return _POSITIONS[:n]


@dataclass
class Coverage:
    """Coverage fractions (0–1) of every plot's window, one flat row-major buffer (see :class:`Windows`)."""

    fraction: np.ndarray
    windows: Windows

    def cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Sparse form: (plot, raster row, raster column, fraction) of every cell covered above
        :data:`EPSILON`, sorted by plot."""
        w = self.windows
        cells = np.flatnonzero(self.fraction > EPSILON)
        plot = np.searchsorted(w.base, cells, side="right") - 1
        off = cells - w.base[plot]
        width = w.ncols[plot] + 1
        row = off // width
        col = off - row * width
        inside = col < w.ncols[plot]
        plot, row, col = plot[inside], row[inside], col[inside]
        return plot, row + w.row0[plot], col + w.col0[plot], self.fraction[cells[inside]]


def windows_for(u: np.ndarray, v: np.ndarray, vertex_plot: np.ndarray, n_plots: int) -> Windows:
    """The smallest cell window holding each plot's vertices (pixel coordinates u = column, v = row)."""
    umin = np.full(n_plots, np.inf)
    vmin = np.full(n_plots, np.inf)
    umax = np.full(n_plots, -np.inf)
    vmax = np.full(n_plots, -np.inf)
    if len(u):
        # Vertices of a plot are consecutive: reduce per run instead of ufunc.at (much faster).
        starts = np.flatnonzero(np.r_[True, vertex_plot[1:] != vertex_plot[:-1]])
        p = vertex_plot[starts]
        umin[p] = np.minimum.reduceat(u, starts)
        vmin[p] = np.minimum.reduceat(v, starts)
        umax[p] = np.maximum.reduceat(u, starts)
        vmax[p] = np.maximum.reduceat(v, starts)
    empty = ~np.isfinite(umin)
    umin[empty] = vmin[empty] = umax[empty] = vmax[empty] = 0.0
    col0 = np.floor(umin).astype(np.int64)
    row0 = np.floor(vmin).astype(np.int64)
    ncols = np.maximum(np.ceil(umax).astype(np.int64) - col0, 1)
    nrows = np.maximum(np.ceil(vmax).astype(np.int64) - row0, 1)
    ncols[empty] = 0
    nrows[empty] = 0
    return Windows.of(row0, col0, nrows, ncols)


def clip_windows(windows: Windows, height: int, width: int) -> Windows:
    """Windows cut to a raster's extent (rows 0..height-1, columns 0..width-1); plots wholly outside
    get an empty window."""
    r0 = np.clip(windows.row0, 0, height)
    c0 = np.clip(windows.col0, 0, width)
    r1 = np.clip(windows.row0 + windows.nrows, 0, height)
    c1 = np.clip(windows.col0 + windows.ncols, 0, width)
    nrows, ncols = r1 - r0, c1 - c0
    empty = (nrows <= 0) | (ncols <= 0)
    nrows[empty] = 0
    ncols[empty] = 0
    return Windows.of(r0, c0, nrows, ncols)


def _split_at_integers(
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
    head = np.cumsum(pieces) - pieces
    total = int(head[-1] + pieces[-1]) if m else 0
    if total == m:  # no crossing
        return np.arange(m, dtype=np.int64), s0.copy(), s1.copy()
    # the segment of each piece: a running count of the segments' first pieces (np.repeat with
    # small counts is slower)
    seg = _runs(head, total)
    # the crossings (every piece's end but each segment's last, which is s1), of the crossing segments
    crossing = np.flatnonzero(n)
    count = n[crossing]
    first_of = np.cumsum(count) - count
    which = _runs(first_of, int(first_of[-1] + count[-1]))  # position in ``crossing`` of each crossing
    up = dx[crossing] > 0
    inv = 1.0 / dx[crossing]
    origin = np.where(up, first[crossing], last[crossing]) - x0[crossing]
    step = np.where(up, 1.0, -1.0)
    k = positions(len(which)) - np.take(first_of, which)
    cut = (np.take(origin, which) + np.take(step, which) * k) * np.take(inv, which)
    np.clip(cut, 0.0, 1.0, out=cut)
    end = np.empty(total)
    end[np.take(head[crossing], which) + k] = cut
    end[head + n] = s1
    start = np.empty(total)
    start[1:] = end[:-1]
    start[head] = s0
    return seg, start, end


def _runs(starts: np.ndarray, total: int) -> np.ndarray:
    """``np.repeat(np.arange(len(starts)), lengths)`` for runs starting at ``starts`` (increasing, the
    first 0, none empty) and covering ``total`` entries: a running count of the runs' starts."""
    out = np.zeros(total, dtype=np.int64)
    out[starts[1:]] = 1
    return np.cumsum(out, out=out)


def exact_coverage(
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
    la = v - np.take(windows.row0, vertex_plot)
    lb = u - np.take(windows.col0, vertex_plot)

    e0 = np.flatnonzero(vertex_ring[:-1] == vertex_ring[1:])
    e1 = e0 + 1
    edge_ring = np.take(vertex_ring, e0)
    a0, b0 = np.take(la, e0), np.take(lb, e0)
    a1, b1 = np.take(la, e1), np.take(lb, e1)
    cross = a0 * b1 - a1 * b0
    signed = np.bincount(edge_ring, weights=cross, minlength=len(rings.ring_plot))
    ring_sign = np.where(signed >= 0, 1.0, -1.0) * np.where(rings.ring_is_hole, -1.0, 1.0)
    da, db = a1 - a0, b1 - b0
    keep = np.flatnonzero(da)  # edges along b (da = 0) contribute nothing
    a0, b0, da, db = np.take(a0, keep), np.take(b0, keep), np.take(da, keep), np.take(db, keep)
    # the signed extent along a of each edge (× ±1 is exact: the same products as signing each piece)
    sda = da * np.take(ring_sign, np.take(edge_ring, keep))
    eplot = np.take(vertex_plot, np.take(e0, keep))
    n_edges = len(a0)
    if n_edges == 0:
        return Coverage(fraction, windows)

    # Edges within one cell are pieces as they are. Split the others where they cross an integer row
    # (pieces within one row), then each of those pieces where it crosses an integer column: the
    # crossings come out in order along the edge, so no sort is needed.
    a1, b1 = a0 + da, b0 + db
    within = (np.floor(a0) == np.floor(a1)) & (np.floor(b0) == np.floor(b1))
    cut = np.flatnonzero(~within)
    e, ta, tb = _split_at_integers(np.zeros(len(cut)), np.ones(len(cut)), np.take(a0, cut), np.take(da, cut))
    ec = np.take(cut, e)
    piece, ta, tb = _split_at_integers(ta, tb, np.take(b0, ec), np.take(db, ec))
    whole = np.flatnonzero(within)
    e = np.concatenate([whole, np.take(ec, piece)])
    ta = np.concatenate([np.zeros(len(whole)), ta])
    tb = np.concatenate([np.ones(len(whole)), tb])
    tm = 0.5 * (ta + tb)
    am = np.take(a0, e) + tm * np.take(da, e)
    bm = np.take(b0, e) + tm * np.take(db, e)
    w = (tb - ta) * np.take(sda, e)
    p = np.take(eplot, e)
    nrows = np.take(windows.nrows, p)
    ncols = np.take(windows.ncols, p)
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
    shifted = np.compress(inside, np.take(windows.base, p) + i * (ncols + 1) + j + 1)
    pw = np.compress(inside, partial_w)
    diff = np.bincount(np.concatenate([shifted, shifted + 1]),
                       weights=np.concatenate([pw, np.compress(inside, w) - pw]),
                       minlength=windows.size + 2).astype(float, copy=False)  # int64 when empty
    fraction = np.cumsum(diff, out=diff)[1 : windows.size + 1]
    np.minimum(fraction, 1.0, out=fraction)
    fraction[fraction <= EPSILON] = 0.0
    return Coverage(fraction, windows)
