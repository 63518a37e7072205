"""Checking a layer chunk by chunk in bounded memory: what has to be kept across chunks.

Each chunk of plots is validated, analysed and written on its own, so memory does not grow with
the number of plots. Two validation rules compare plots with each other: duplicate plot ids and
overlapping (or identical) geometries. Both are warnings, so they never change a result row, but the
report must count them over the whole layer. :class:`CrossChunk` keeps what they need of every plot:

- its own id and feature id (a reference to the id text and 8 bytes: ~70 bytes a plot), so that after
  the last chunk the plots sharing an id are validated together as small stand-ins (id only);
- the bounding box and bounding octagon of every point or polygon (8 floats, 2 integers and a flag:
  ~90 bytes a plot), so that after the last chunk the pairs of plots in *different* chunks whose boxes
  meet are found with a grid in numpy (:func:`meeting_boxes`) and kept when they may give an issue
  (two polygons whose octagons meet, or two equal points: :meth:`CrossChunk.candidate_pairs`); only
  those plots are read again (their geometry alone), in runs that are compact in space (a Hilbert
  curve over their boxes), so each is read about once, and only the pair rules run on the run's pairs
  (:mod:`.validation.pairs`), with the plots validation compares (a flag a plot, from its own issues
  in its chunk: ``validation.pairs.NOT_COMPARED``).

So 1,000,000 plots cost ~160 MB across chunks, not the ~1.3 GB of their geometries. Within a chunk,
validation itself finds duplicates and overlaps; the chunk's duplicate-id issues are dropped (they
name only the chunk's plots) and made again over the whole layer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence

import numpy as np
import shapely

from .analysis import AREA_HA, DEFORESTATION, RISK_LEVEL, TOTAL
from .plots import Plot, geometry_array
from .validation.checks import octagons_apart
from .validation.issues import Severity
from .validation.pairs import not_compared
from .validation.rules import RULES

#: Plots read, validated, analysed and written at a time by the chunked check. A chunk of 50,000 plots
#: (~100 vertices each) briefly took ~800 MB while it was checked; 20,000 keep 1,000,000 plots under 1.5 GB.
CHUNK_PLOTS = 20_000
#: Plots read again and validated together to find the overlaps between chunks (with their partners in
#: later runs). The peak memory of a chunked check is in this phase: at 100,000 plots 20,000 took it to
#: 797 MB, 10,000 to 725 MB, at the same CPU time (5,000: no lower).
CROSS_BLOCK_PLOTS = 10_000
#: Degrees by which two plots' bounding octagons must be apart to be judged apart across chunks: wider
#: than validation's own margin (:data:`.validation.checks.SEPARATION_MARGIN`), so no pair validation
#: would compare is left out.
CROSS_SEPARATION_MARGIN = 1e-7

DUPLICATE_ID = "DUPLICATE_PLOT_ID"
#: The rules that compare two plots' geometries.
PAIR_CODES = ("DUPLICATE_GEOMETRY", "PLOTS_OVERLAP")
_POINT_OR_POLYGON = (0, 3, 4, 6)
#: shapely type ids of Point and MultiPoint.
_POINT_KINDS = (0, 4)


@dataclass
class IssueCounts:
    """The validation report of a check whose issues were not kept (counts over every chunk)."""

    plot_count: int = 0
    error_count: int = 0
    warning_count: int = 0
    issues: list = field(default_factory=list)
    blocked: set = field(default_factory=set)

    def add(self, issues: Sequence[Any]) -> None:
        for issue in issues:
            if issue.is_error:
                self.error_count += 1
            else:
                self.warning_count += 1

    def add_counts(self, codes: Mapping[str, int]) -> None:
        """Count issues known by their code alone (``{code: how many}``)."""
        for code, count in codes.items():
            if RULES[code].severity is Severity.ERROR:
                self.error_count += count
            else:
                self.warning_count += count

    def issues_for(self, index: int) -> list:
        return []


@dataclass
class Tally:
    """:func:`analysis.summarise` over every chunk, as if over all plots in their order (``plot_index``):
    the chunks may come in any order (a layer read in spatial order), so the totals are summed in plot
    order at the end (the same float sums) and the counts' keys come in the order their first plot does."""

    plots: int = 0
    by_risk: dict = field(default_factory=dict)
    by_status: dict = field(default_factory=dict)
    _first: dict = field(default_factory=dict)  # (which count, key) -> the first plot index with it
    _parts: list = field(default_factory=list)  # per chunk: (plot indexes, areas, deforestation)

    def add(self, results: Sequence[Any]) -> None:
        # summarise's counts and sums in one pass over the chunk (its loop kept as the reference in the tests)
        by_risk, by_status, first = self.by_risk, self.by_status, self._first
        indexes, areas, lost = [], [], []
        for result in results:
            a = result.analysis or {}
            index, status, risk = result.plot_index, result.status, a.get(RISK_LEVEL)
            by_status[status] = by_status.get(status, 0) + 1
            if first.get((1, status), index) >= index:
                first[(1, status)] = index
            if risk:
                by_risk[risk] = by_risk.get(risk, 0) + 1
                if first.get((0, risk), index) >= index:
                    first[(0, risk)] = index
            indexes.append(index)
            areas.append(a.get(AREA_HA) or 0.0)  # the unrounded totals, as summarise adds them
            lost.append((a.get(DEFORESTATION) or {}).get(TOTAL) or 0.0)
        self.plots += len(results)
        self._parts.append((np.asarray(indexes, dtype=np.int64), np.asarray(areas, dtype=np.float64),
                            np.asarray(lost, dtype=np.float64)))

    def _totals(self) -> tuple[float, float]:
        """The areas and the deforestation added one by one from 0.0 in plot order (as summarise does)."""
        if not self._parts:
            return 0.0, 0.0
        indexes, areas, lost = (np.concatenate(column) for column in zip(*self._parts))
        order = np.argsort(indexes, kind="stable")
        # np.cumsum adds strictly left to right: the very sum of a loop
        return tuple(float(np.cumsum(np.r_[0.0, values[order]])[-1]) for values in (areas, lost))  # type: ignore

    def summary(self) -> dict[str, Any]:
        def ordered(counts: dict, which: int) -> dict:
            return dict(sorted(counts.items(), key=lambda item: self._first.get((which, item[0]), 0)))

        area, lost = self._totals()
        return {"plots": self.plots, "by_risk": ordered(self.by_risk, 0), "by_status": ordered(self.by_status, 1),
                "area_ha": round(area, 4), "deforestation_ha": round(lost, 4)}


class CrossChunk:
    """What the rules comparing plots need of every plot of every chunk (see the module)."""

    def __init__(self) -> None:
        self.chunks = 0
        self.ids: list[Optional[str]] = []
        self.fids: list[Optional[int]] = []
        self._boxes: list[np.ndarray] = []
        self._owners: list[np.ndarray] = []
        self._points: list[np.ndarray] = []
        self._ranges: list[np.ndarray] = []
        self._compared: list[np.ndarray] = []
        self._seen = np.zeros(0, dtype=bool)  # by plot index: recorded
        # (chunks, rows by owner, owners sorted, compared by row): made once for the rows of all chunks
        self._joined: Optional[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = None

    def add(self, plots: Sequence[Plot], issues: Sequence[Any]) -> list:
        """Record a chunk (its plots' indexes are their positions in the layer, increasing within the
        chunk; the chunks may come in any order, a layer read in spatial order, but together number
        the plots ``0 … n − 1``); returns its issues without the duplicate ids (made over all plots later)."""
        indexes = np.fromiter((plot.index for plot in plots), dtype=np.int64, count=len(plots))
        if len(indexes) and (indexes[0] < 0 or (np.diff(indexes) <= 0).any()):
            raise ValueError("plots of a chunk must be numbered by their position in the layer, increasing")
        if len(indexes) and int(indexes[-1]) >= len(self.ids):
            grow = int(indexes[-1]) + 1 - len(self.ids)
            self.ids.extend([None] * grow)
            self.fids.extend([None] * grow)
            self._seen = np.concatenate([self._seen, np.zeros(grow, dtype=bool)])
        if self._seen[indexes].any():
            raise ValueError("a plot of this chunk was in an earlier chunk")
        self._seen[indexes] = True
        for plot in plots:
            self.ids[plot.index] = plot.user_id
            self.fids[plot.index] = plot.source_fid
        geoms = geometry_array(plots)
        geoms[~shapely.is_geometry(geoms)] = None
        type_id = shapely.get_type_id(geoms)
        kind = np.isin(type_id, _POINT_OR_POLYGON) & ~shapely.is_empty(geoms)
        boxes = shapely.bounds(geoms[kind])
        finite = np.isfinite(boxes).all(axis=1)
        self._boxes.append(boxes[finite])
        self._owners.append(indexes[np.flatnonzero(kind)[finite]])
        self._points.append(np.isin(type_id[kind][finite], _POINT_KINDS))
        self._ranges.append(outline_ranges(geoms[kind][finite]))
        left_out = not_compared(issues)
        self._compared.append(~np.isin(self._owners[-1], list(left_out)) if left_out
                              else np.ones(len(self._owners[-1]), dtype=bool))
        self.chunks += 1
        return [issue for issue in issues if issue.code != DUPLICATE_ID]

    # --- duplicate ids ----------------------------------------------------------------------------
    def duplicate_id_issues(self, validate: Callable[..., Any]) -> list:
        """The duplicate-id issues of the whole layer: the plots whose id another plot has, validated
        together as stand-ins that carry only their id and feature id (what the rule reads)."""
        keys = [str(value).strip() if value is not None else "" for value in self.ids]
        counts = Counter(key for key in keys if key)
        shared = {key for key, count in counts.items() if count > 1}
        if not shared:
            return []
        stand_ins = [Plot(index=k, geometry=None, source_fid=self.fids[k], user_id=self.ids[k])
                     for k, key in enumerate(keys) if key in shared]
        report = validate(stand_ins, check_overlaps=False)
        return [issue for issue in report.issues if issue.code == DUPLICATE_ID]

    # --- overlaps between chunks -------------------------------------------------------------------
    def _meeting_rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows a, b of plots in different chunks whose bounding boxes meet, the boxes of all rows);
        a row is a position in the concatenated ``_boxes`` / ``_owners``."""
        empty = np.zeros(0, dtype=np.int64)
        if self.chunks < 2 or not self._boxes:
            return empty, empty, np.zeros((0, 4))
        boxes = np.concatenate(self._boxes)
        chunk_of = np.concatenate([np.full(len(o), c, dtype=np.int64) for c, o in enumerate(self._owners)])
        a, b = meeting_boxes(boxes)
        other = chunk_of[a] != chunk_of[b]
        return a[other], b[other], boxes

    def cross_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(i, j) plot indexes, i < j, of plots in different chunks whose bounding boxes meet."""
        a, b, _ = self._meeting_rows()
        owners = np.concatenate(self._owners) if self._owners else np.zeros(0, dtype=np.int64)
        return owners[a], owners[b]

    def candidate_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The :meth:`cross_pairs` whose plots may give an issue: two polygons whose bounding octagons
        (box, and the ranges of x + y and x − y over the vertices) meet, or two points (or multipoints)
        with the same box. A point and a polygon never do (only polygons overlap; equal geometries are
        of the same kind, with the same box); polygons whose octagons are apart share no point (as
        validation judges them, with a wider margin)."""
        a, b, boxes = self._meeting_rows()
        if not len(a):
            return a, b
        owners = np.concatenate(self._owners)
        points = np.concatenate(self._points)
        keep = points[a] == points[b]
        both_points = np.flatnonzero(keep & points[a])  # boxes compared for those alone: (pairs, 4) copies
        keep[both_points] = (boxes[a[both_points]] == boxes[b[both_points]]).all(axis=1)  # of every pair are big
        a, b = a[keep], b[keep]
        ranges = np.concatenate(self._ranges)
        # The boxes meet already: the ranges of x + y and x − y alone can set the octagons apart.
        apart = octagons_apart(None, ranges, a, b, CROSS_SEPARATION_MARGIN)
        return owners[a[~apart]], owners[b[~apart]]

    def pair_blocks(self, max_plots: int = CROSS_BLOCK_PLOTS) -> Iterator[tuple[list[int], set[tuple[int, int]]]]:
        """:meth:`pair_runs` as (the plots to validate together, sorted; the set of pairs (i, j), i < j)."""
        for indexes, left, right in self.pair_runs(max_plots):
            yield indexes.tolist(), set(zip(left.tolist(), right.tolist()))

    def compared(self, indexes: np.ndarray) -> np.ndarray:
        """Whether validation compares each plot of ``indexes`` (plots of :meth:`candidate_pairs`) with
        others, as its own issues in its chunk said (``validation.pairs.NOT_COMPARED``)."""
        rows = self._rows_of(indexes)
        assert self._joined is not None
        return self._joined[3][rows]

    def _rows_of(self, indexes: np.ndarray) -> np.ndarray:
        """The rows (positions in the concatenated ``_boxes`` / ``_owners``) of the plots ``indexes``
        (each one with a row): chunks may come in any order, so the owners are sorted once."""
        if self._joined is None or self._joined[0] != self.chunks:
            owners = np.concatenate(self._owners)
            by_owner = np.argsort(owners, kind="stable")
            self._joined = (self.chunks, by_owner, owners[by_owner], np.concatenate(self._compared))
        _, by_owner, sorted_owners, _ = self._joined
        return by_owner[np.searchsorted(sorted_owners, indexes)]

    def pair_runs(self, max_plots: int = CROSS_BLOCK_PLOTS) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Blocks of the :meth:`candidate_pairs`: (the plots to validate together, sorted; the pairs
        (``left[k]``, ``right[k]``), left < right, whose issues the block gives), each pair in one block.

        The plots of the pairs are put in the order of their boxes' centres along a Hilbert curve and
        cut into runs of ``max_plots``: a block gives the pairs whose first plot (in that order) is in
        its run, and reads the run's plots with their partners in later runs. Runs are compact in
        space, so each plot is read about once (most pairs lie inside a run), not once per pair."""
        left, right = self.candidate_pairs()
        if not len(left):
            return
        boxes = np.concatenate(self._boxes)
        involved = np.unique(np.concatenate([left, right]))
        rows = self._rows_of(involved)
        centres = (boxes[rows, :2] + boxes[rows, 2:]) / 2.0
        order = np.argsort(hilbert_keys(centres), kind="stable")
        run_of = np.empty(len(involved), dtype=np.int64)
        run_of[order] = np.arange(len(involved)) // max(1, int(max_plots))
        run_left = run_of[np.searchsorted(involved, left)]
        run_right = run_of[np.searchsorted(involved, right)]
        owner_run = np.minimum(run_left, run_right)
        by_run = np.argsort(owner_run, kind="stable")
        bounds = np.searchsorted(owner_run[by_run], np.arange(int(owner_run.max()) + 2))
        for run in range(len(bounds) - 1):
            pick = by_run[bounds[run]:bounds[run + 1]]
            if not len(pick):
                continue
            yield np.unique(np.concatenate([left[pick], right[pick]])), left[pick], right[pick]


def spatial_chunks(count: int, positions: np.ndarray, centres: np.ndarray, size: int) -> list[np.ndarray]:
    """The positions ``0 … count − 1`` of a layer's plots cut into chunks of ``size`` that are compact in
    space: the plots at ``positions`` in the order of their boxes' ``centres`` along a Hilbert curve
    (ties in file order), then every other plot (no box: null or empty geometry) in file order. Each
    chunk is sorted (its plots in file order); together the chunks are a permutation of the positions."""
    positions = np.asarray(positions, dtype=np.int64)
    boxed = np.zeros(count, dtype=bool)
    boxed[positions] = True
    if len(positions):
        keys = hilbert_keys(np.asarray(centres, dtype=np.float64).reshape(-1, 2))
        if (np.diff(positions) > 0).all():  # increasing: a stable sort of the keys breaks ties in file order
            along = positions[np.argsort(keys, kind="stable")]
        else:
            along = positions[np.lexsort((positions, keys))]
    else:
        along = positions
    order = np.concatenate([along, np.flatnonzero(~boxed)])
    size = max(1, int(size))
    return [np.sort(order[at:at + size]) for at in range(0, count, size)]


def outline_ranges(geoms: np.ndarray) -> np.ndarray:
    """Per geometry: (min, max) of x + y and (min, max) of x − y over its vertices, shape (n, 4); a
    geometry without vertices gets (−inf, inf) ranges (it is never apart)."""
    ranges = np.empty((len(geoms), 4))
    ranges[:, 0::2], ranges[:, 1::2] = -np.inf, np.inf
    counts = shapely.get_num_coordinates(geoms)  # each geometry's first vertex from the counts (no index per vertex)
    coords = shapely.get_coordinates(geoms)
    if not len(coords):
        return ranges
    has = np.flatnonzero(counts)
    starts = (np.cumsum(counts) - counts)[has]
    x, y = coords[:, 0], coords[:, 1]
    with np.errstate(invalid="ignore", over="ignore"):
        for column, values in ((0, x + y), (2, x - y)):
            ranges[has, column] = np.minimum.reduceat(values, starts)
            ranges[has, column + 1] = np.maximum.reduceat(values, starts)
    return ranges


def hilbert_keys(points: np.ndarray, order: int = 16) -> np.ndarray:
    """The position of each (x, y) row of ``points`` along a Hilbert curve over their extent (a
    ``2**order`` grid): rows close on the curve are close in space.

    Four levels of the curve at a time through :func:`_hilbert_table` (a level at a time, with the
    coordinates flipped and swapped in place, was round eight's way, kept as the reference in the tests:
    the same keys, 3× the time)."""
    n = 1 << order
    if not len(points):
        return np.zeros(0, dtype=np.int64)
    low = points.min(axis=0)
    span = np.maximum(points.max(axis=0) - low, 1e-300)
    cells = np.clip(((points - low) / span * (n - 1)).astype(np.int64), 0, n - 1)
    x, y = cells[:, 0], cells[:, 1]
    key = np.zeros(len(points), dtype=np.int64)
    state = np.zeros(len(points), dtype=np.int64)
    done = 0
    while done < order:
        bits = min(_HILBERT_BITS, order - done) if done else (order % _HILBERT_BITS or _HILBERT_BITS)
        done += bits
        mask = (1 << bits) - 1
        digits, states = _hilbert_table(bits)
        at = (state << (2 * bits)) | (((x >> (order - done)) & mask) << bits) | ((y >> (order - done)) & mask)
        key = (key << (2 * bits)) | digits[at]
        state = states[at]
    return key


#: Levels of the Hilbert curve :func:`hilbert_keys` takes at a time (tables of 4 × 4**bits entries).
_HILBERT_BITS = 4


@cache
def _hilbert_table(bits: int) -> tuple[np.ndarray, np.ndarray]:
    """(key digits, next state) by ``(state, x bits, y bits)`` for ``bits`` levels of the Hilbert curve.

    The state is how the cell's coordinates are turned below the levels done (swapped: 2, both
    complemented: 1); per level from the top, as the level-by-level walk does: the quadrant ``3x ^ y`` of
    the turned bits, then a swap when y's bit is 0, with both complemented when x's bit is 1 too."""
    size = 1 << bits
    digits = np.zeros(4 * size * size, dtype=np.int64)
    states = np.zeros(4 * size * size, dtype=np.int64)
    for state in range(4):
        for x_bits in range(size):
            for y_bits in range(size):
                swapped, complemented = state >> 1, state & 1
                key = 0
                for level in range(bits - 1, -1, -1):
                    bx, by = (x_bits >> level) & 1, (y_bits >> level) & 1
                    ex, ey = (by, bx) if swapped else (bx, by)
                    ex, ey = ex ^ complemented, ey ^ complemented
                    key = key * 4 + ((3 * ex) ^ ey)
                    if ey == 0:
                        complemented ^= ex
                        swapped ^= 1
                at = (state * size + x_bits) * size + y_bits
                digits[at], states[at] = key, swapped << 1 | complemented
    return digits, states


def geometry_kinds(plots: Sequence[Plot]) -> tuple[bool, bool]:
    """(some plot is a point, some plot has another non-empty geometry): what decides the output's
    geometry type over the whole layer (MultiPoint when every geometry is a point, as
    ``output_geometry.output_wkb_type`` decides for one batch). One vectorised pass over the plots."""
    geoms = geometry_array(plots)
    geoms[~shapely.is_geometry(geoms)] = None  # anything but a geometry has no kind
    kinds = shapely.get_type_id(geoms)
    kinds = kinds[(kinds >= 0) & ~shapely.is_empty(geoms)]
    points = np.isin(kinds, _POINT_KINDS)
    return bool(points.any()), bool((~points).any())


def pair_issues(issues: Sequence[Any], pairs: set[tuple[int, int]]) -> list:
    """The duplicate-geometry and overlap issues of ``issues`` that concern one of ``pairs``."""
    out = []
    for issue in issues:
        if issue.code in PAIR_CODES and issue.other_plot_index is not None:
            i, j = issue.plot_index, issue.other_plot_index
            if (min(i, j), max(i, j)) in pairs:
                out.append(issue)
    return out


#: Candidate pairs of boxes made at a time by :func:`meeting_boxes` (bounds its temporaries: ~50 MB).
_PAIR_RUN = 1_000_000


def meeting_boxes(boxes: np.ndarray, max_cells: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (a, b), a < b, of rows of ``boxes`` (xmin, ymin, xmax, ymax) whose boxes meet
    (touching counts), found on a grid in numpy: each box is entered in the cells it covers, pairs are
    made within a cell and kept in the one cell that holds the lower-left corner of their common part.
    Boxes covering more than ``max_cells`` cells are compared with every box. Pairs come in grid order."""
    n = len(boxes)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return empty, empty
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    extent = np.maximum(x1 - x0, y1 - y0)
    size = 2.0 * float(np.quantile(extent, 0.9))
    span = max(float(x1.max() - x0.min()), float(y1.max() - y0.min()))
    if not np.isfinite(size) or size <= span * 1e-6:
        size = max(span / 1000.0, 1e-9)
    ox, oy = float(x0.min()), float(y0.min())
    gx0, gx1 = np.floor((x0 - ox) / size).astype(np.int64), np.floor((x1 - ox) / size).astype(np.int64)
    gy0, gy1 = np.floor((y0 - oy) / size).astype(np.int64), np.floor((y1 - oy) / size).astype(np.int64)
    rows = int(gy1.max()) + 2
    nx, ny = gx1 - gx0 + 1, gy1 - gy0 + 1
    cells = nx * ny
    big = cells > max_cells
    small = np.flatnonzero(~big)
    count = cells[small]
    box_of = np.repeat(small, count)
    k = np.arange(len(box_of)) - np.repeat(np.cumsum(count) - count, count)
    key = (gx0[box_of] + k % nx[box_of]) * rows + gy0[box_of] + k // nx[box_of]
    order = np.argsort(key, kind="stable")
    key, box_of = key[order], box_of[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    lengths = np.diff(np.r_[starts, len(key)])
    partners = np.repeat(starts + lengths, lengths) - np.arange(len(key)) - 1
    lefts, rights = [], []
    # the pairs of the cells' entries, a run of entries at a time: their temporaries stay bounded
    ends = np.searchsorted(np.cumsum(partners), np.arange(1, 1 + int(partners.sum()) // _PAIR_RUN + 1) * _PAIR_RUN)
    for lo, hi in zip(np.r_[0, ends], np.r_[ends, len(key)]):
        if hi <= lo:
            continue
        count = partners[lo:hi]
        first = np.repeat(np.arange(lo, hi), count)
        second = first + np.arange(len(first)) - np.repeat(np.cumsum(count) - count, count) + 1
        a, b = box_of[first], box_of[second]
        meet = (x0[a] <= x1[b]) & (x0[b] <= x1[a]) & (y0[a] <= y1[b]) & (y0[b] <= y1[a])
        cx = np.floor((np.maximum(x0[a], x0[b]) - ox) / size).astype(np.int64)
        cy = np.floor((np.maximum(y0[a], y0[b]) - oy) / size).astype(np.int64)
        keep = meet & (cx * rows + cy == key[first])
        a, b = a[keep], b[keep]
        lefts.append(np.minimum(a, b))
        rights.append(np.maximum(a, b))
        del first, second, meet, cx, cy, keep
    for g in np.flatnonzero(big):
        other = np.flatnonzero((x0 <= x1[g]) & (x0[g] <= x1) & (y0 <= y1[g]) & (y0[g] <= y1))
        other = other[(other != g) & (~big[other] | (other > g))]
        lefts.append(np.minimum(other, g))
        rights.append(np.maximum(other, g))
    if not lefts:
        return empty, empty
    return np.concatenate(lefts), np.concatenate(rights)
