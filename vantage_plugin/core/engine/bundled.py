"""The bundled offline engine: Vantage ``Analysis`` results for plots from local or remote data.

Steps (``core.runs.Run``): prepare, forest, loss, protected areas, indigenous lands, admin, risk,
write. Plots are sorted spatially and processed in chunks; each chunk goes through every step, so a
cancel (checked between chunks) keeps complete results for the chunks already done. A chunk that fails
is retried plot by plot, so one bad plot never sinks the batch (``run.fail_plot``, status failed).
Inside a chunk the raster part runs in batches of about ``options.batch_cells`` window cells (small
arrays stay in the CPU cache: 2-3x faster than whole-chunk arrays), each read block by block
(:func:`rasters.read_windows`); GDAL's block cache is capped at ``options.gdal_cache_mb`` meanwhile.
With a tile cache (``options.tile_cache``, a check's), the next batch's tiles are decoded into it on a
thread meanwhile (:mod:`.read_ahead`: GDAL releases the GIL; the same bytes).
The opened rasters and the area/admin indexes are kept for the next call with the same files
(:mod:`reuse`: a check streamed chunk by chunk opens and builds them once). Each plot's validity is
checked only where it matters (near protected areas, near an admin outline: :meth:`_Context.validity`),
or not at all when the caller gives it (``run_bundled(valid=...)``, e.g. validation's verdicts).
Each chunk's protected-area / indigenous-land overlaps and country/state lookup run on a second thread
(``options.parallel_overlaps``) beside the raster statistics: every chunk's are queued at the start, so
the thread works through them without waiting for this one, which takes each chunk's when it needs them
and computes itself those the thread has not started yet (:class:`_Queued`). GEOS and numpy release the
GIL, and each plot's overlaps and place depend on that plot alone, so the results are the one-thread
path's.

Per plot:

- the analysed shape: a polygon as given; a point as a disc of its ``point_ha`` (else the run's default);
  a MultiPoint as the union of one disc of ``point_ha / n`` per point (so the declared area is shared
  between the points; where discs overlap, the union is a little smaller);
- ``areaHa``: geodesic (WGS84 ellipsoid) area of that shape;
- forest and loss: every raster cell weighted by the exact fraction of it inside the plot
  (:mod:`coverage`) times its exact ellipsoidal area; the finer of the two rasters is the grid, the
  other is sampled at its cells' centres (:mod:`rasters`, :mod:`zonal`);
- missing data (outside a raster or nodata) is never Low: when the covered part's level could change
  with the uncovered part (which is assumed fully deforested for the upper bound), the level is
  Unknown if the covered part says Low, else the covered part's level (a lower bound), and the status
  is ``no_data`` with the covered fraction in ``error`` and ``extra["data_coverage"]``;
- missing years are handled the same way: when the analysis window (1 Jan 2021 → harvest date) reaches
  past the loss data's last year (:class:`kinds.LossYears`), the rest of the plot's 2020 forest is
  assumed lost in the years not covered for the upper bound, and a Low becomes Unknown (a higher level
  is kept as a minimum), with ``limits`` saying why (:class:`risk.Limit`);
- each raster is checked for what it is before it is used (:mod:`kinds`): the forest raster's kind sets
  the default threshold, the loss raster must hold Hansen codes or calendar years.
"""

from __future__ import annotations

import datetime as _dt
import functools
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Sequence

import numpy as np
import shapely

from .. import analysis, geodesy, risk
from ..engines import ENGINE_BUNDLED
from ..geodesy import point_discs
from ..plots import Plot, geometry_array, normalise_commodity, parse_harvest_date, parse_point_ha
from ..runs import (
    STEP_DONE,
    STEP_FAILED,
    STEP_PENDING,
    STEP_RUNNING,
    Cancelled,
    Feedback,
    Run,
    Step,
    gc_paused,
)
from . import reuse
from .admin import AdminIndex, Place
from .coverage import exact_coverage, polygon_rings
from .kinds import (
    LOSS_YEAR_BASE,
    ForestKind,
    LossEncoding,
    LossYears,
    RasterKindError,
    forest_kind_of,
    forest_threshold,
    hansen_last_year,
    loss_encoding_of,
    metadata_last_year,
)
from .options import BundledOptions
from .overlaps import OverlapIndex
from .rasters import (
    DEFAULT_BLOCK_CELLS,
    AlignedReader,
    Raster,
    RasterError,
    cell_area_flat,
    plan_blocks,
    read_windows,
)
from .read_ahead import ReadAhead
from .tiles import TileCache
from .vectors import geometry_bbox, pad_bbox
from .zonal import FIRST_LOSS_CODE, zonal_stats

ENGINE = ENGINE_BUNDLED
ENGINE_NAME = "vantage-qgis-bundled"
STEPS: tuple[str, ...] = (
    "prepare",
    "forest",
    "loss",
    "protected areas",
    "indigenous lands",
    "admin",
    "risk",
    "write",
)
#: Highest Hansen loss code read (v1.13 reaches 2025; later versions add years).
MAX_LOSS_CODE = 50
#: Below this uncovered fraction the data is taken as complete (floating-point noise).
FULL_COVERAGE_TOLERANCE = 1e-9


def engine_version() -> str:
    try:
        from ... import about

        return about.version()
    except Exception:  # noqa: BLE001 - metadata missing in odd installs  # pragma: no cover
        return "0"


# --- preparation --------------------------------------------------------------------------------
def _analysed_shapes(plots: Sequence[Plot], options: BundledOptions, run: Run) -> tuple[np.ndarray, list[str]]:
    """The polygon analysed for each plot (None when the plot cannot be analysed) and how it was made."""
    n = len(plots)
    geoms = geometry_array(plots)
    out = np.empty(n, dtype=object)
    how = ["polygon"] * n
    types = shapely.get_type_id(geoms)
    point_ha = np.full(n, np.nan)
    for k in np.flatnonzero((types == shapely.GeometryType.POINT) | (types == shapely.GeometryType.MULTIPOINT)):
        ha = parse_point_ha(plots[k].point_ha)
        point_ha[k] = ha if ha is not None and ha > 0 else options.point_ha
    polygonal = (types == shapely.GeometryType.POLYGON) | (types == shapely.GeometryType.MULTIPOLYGON)
    out[polygonal] = geoms[polygonal]
    single = np.flatnonzero(types == shapely.GeometryType.POINT)
    single = single[~shapely.is_empty(geoms[single])]
    if len(single):
        out[single] = point_discs(shapely.get_x(geoms[single]), shapely.get_y(geoms[single]), point_ha[single])
        for k in single:
            how[k] = f"disc of {point_ha[k]:g} ha around the point"
    for k in np.flatnonzero(types == shapely.GeometryType.MULTIPOINT):
        pts = shapely.get_parts(geoms[k])
        if len(pts) == 0:
            continue
        discs = point_discs(shapely.get_x(pts), shapely.get_y(pts), np.full(len(pts), point_ha[k] / len(pts)))
        out[k] = discs[0] if len(discs) == 1 else shapely.union_all(discs)
        how[k] = f"union of {len(pts)} discs of {point_ha[k] / len(pts):g} ha around the points"
    for k in np.flatnonzero(shapely.is_missing(out) | shapely.is_empty(out)):
        out[k] = None
        tname = geoms[k].geom_type if geoms[k] is not None else "no geometry"
        run.fail_plot(plots[k].index, f"cannot analyse this geometry ({tname})")
    return out, how


#: Plots around which the rasters are sampled to check what they hold (a few small reads).
SAMPLE_PLOTS = 16


def _sample_points(geoms: np.ndarray) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """The centres of up to :data:`SAMPLE_PLOTS` plots spread over the batch (None without plots)."""
    if not len(geoms):
        return None
    pick = geoms[np.unique(np.linspace(0, len(geoms) - 1, min(SAMPLE_PLOTS, len(geoms))).astype(int))]
    b = shapely.bounds(pick)
    return (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2


def _harvest(plot: Plot, default: Optional[_dt.date], today: _dt.date) -> tuple[_dt.date, str]:
    """The end of the plot's analysis window and where it comes from (``analysis.END_FROM_*``)."""
    own = parse_harvest_date(plot.harvest_date)
    if own is not None:
        return own, analysis.END_FROM_PLOT
    if default is not None:
        return default, analysis.END_FROM_DEFAULT
    return today, analysis.END_FROM_TODAY


def _harvests(plots: Sequence[Plot], default: Optional[_dt.date], today: _dt.date) -> list[tuple[_dt.date, str]]:
    """:func:`_harvest` of every plot, each distinct harvest value parsed once (dates repeat a lot)."""
    seen: dict[Any, tuple[_dt.date, str]] = {}
    out = []
    for plot in plots:
        value = plot.harvest_date
        try:
            end = seen.get(value)
        except TypeError:  # an unhashable value: parsed on its own
            out.append(_harvest(plot, default, today))
            continue
        if end is None:
            iso = _iso_date(value)
            end = seen[value] = (iso, analysis.END_FROM_PLOT) if iso is not None else _harvest(plot, default, today)
        out.append(end)
    return out


def _iso_date(value: Any) -> Optional[_dt.date]:
    """``parse_harvest_date`` of plain ``yyyy-mm-dd`` text (ASCII digits, nothing around them) without
    ``strptime`` (the same date: ``%Y-%m-%d`` reads such text as these three numbers); None for anything
    else, a real date included (those go the long way, which knows every case)."""
    if type(value) is not str or len(value) != 10 or not value.isascii() or value[4] != "-" or value[7] != "-":
        return None
    year, month, day = value[:4], value[5:7], value[8:]
    if not (year.isdigit() and month.isdigit() and day.isdigit()):
        return None
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:  # no such day: the long way says so
        return None


# --- steps bookkeeping --------------------------------------------------------------------------
def _started(run: Run, name: str) -> Step:
    """The step ``name``, marked running (and said so) on its first chunk."""
    step = run.step_named(name)
    if step.status == STEP_PENDING:
        step.status = STEP_RUNNING
        run.feedback.info(f"{name}…")
    return step


@contextmanager
def _timed(run: Run, name: str) -> Iterator[None]:
    """Accumulate a step's time over chunks (a step runs once per chunk)."""
    step = _started(run, name)
    start = time.perf_counter()
    try:
        yield
    finally:
        step.seconds += time.perf_counter() - start


def _fail_step(run: Run, name: str, detail: str) -> None:
    step = run.step_named(name)
    step.status = STEP_FAILED
    step.detail = detail
    run.feedback.info(f"{name}: {detail}")


def _unknown_block(kind: str, why: str) -> dict[str, Any]:
    """A protected-area / indigenous-land object saying "not assessed" (never a made-up no-overlap);
    a fresh copy of a cached template (its dicts and lists copied too)."""
    return _unknown_maker(kind, why)()


@functools.lru_cache(maxsize=64)
def _unknown_maker(kind: str, why: str) -> Callable[[], dict[str, Any]]:
    """A function making :func:`_unknown_block` ``(kind, why)`` (one per plot: the template's keys
    and which of its values to copy looked up once)."""
    template = _unknown_template(kind, why)
    nested = [(key, value) for key, value in template.items() if isinstance(value, (dict, list))]

    def make() -> dict[str, Any]:
        block = template.copy()
        for key, value in nested:
            block[key] = value.copy()
        return block

    return make


@functools.lru_cache(maxsize=64)
def _unknown_template(kind: str, why: str) -> dict[str, Any]:
    block = analysis.overlap_block(kind, 0.0, 1.0, [])
    summary_key = analysis.PA_SUMMARY if kind == "pa" else analysis.IL_SUMMARY
    block[summary_key] = {key: None for key in block[summary_key]}
    block["not_assessed"] = why
    return block


# --- the engine ---------------------------------------------------------------------------------
class _Context:
    def __init__(self, plots: Sequence[Plot], options: BundledOptions, run: Run) -> None:
        self.plots = plots
        self.options = options
        self.run = run
        self.forest: Optional[Raster] = None
        self.loss: Optional[Raster] = None
        self.forest_error: Optional[str] = None
        self.loss_error: Optional[str] = None
        self.primary: Optional[Raster] = None
        self.forest_reader: Optional[AlignedReader] = None
        self.loss_reader: Optional[AlignedReader] = None
        self.jrc = options.is_jrc()
        self.tile = (512, 512)
        self.pa_index: Optional[OverlapIndex] = None
        self.il_index: Optional[OverlapIndex] = None
        self.admin_index: Optional[AdminIndex] = None
        self.pa_note: Optional[str] = None
        #: the pool keys of what was opened (None: not kept for the next call)
        self.raster_key: Optional[tuple] = None
        self.index_keys: dict[str, Optional[tuple]] = {}
        self.il_note: Optional[str] = None
        self.admin_note: Optional[str] = None
        self.forest_min = options.forest_2020_min
        self.forest_kind: Optional[ForestKind] = None
        self.loss_years = LossYears(None, "unknown")
        self.loss_calendar = False
        self.max_code_seen: Optional[int] = None
        self.end_from: list[str] = []
        #: per plot: its analysed shape is a valid geometry (where ``valid_known``; see :meth:`validity`).
        self.valid = np.zeros(len(plots), dtype=bool)
        self.valid_known = np.zeros(len(plots), dtype=bool)
        #: ``shapely.is_valid`` of each plot's geometry when the caller gave it (``run_bundled(valid=)``)
        self.given_valid: Optional[np.ndarray] = None
        self.geoms: Optional[np.ndarray] = None
        #: per plot position: (deforestation ha, forest ha or None, area ha, data coverage, level of
        #: the loss seen) for the year-gap pass once the loss data's last year is known.
        self.gap_inputs: dict[int, tuple[float, Optional[float], float, float, risk.Risk]] = {}
        #: the thread computing a chunk's overlaps beside its raster statistics (made on first use)
        self.overlap_thread: Optional[ThreadPoolExecutor] = None
        #: the thread decoding the next batch's raster tiles into ``options.tile_cache`` (:mod:`.read_ahead`)
        self.ahead: Optional[ReadAhead] = None
        #: the analysed shapes of the chunk after the one being analysed (its tiles are read ahead during
        #: this chunk's last batch)
        self.next_chunk: Optional[np.ndarray] = None

    def open_rasters(self, where: Optional[tuple[np.ndarray, np.ndarray]] = None) -> None:
        """Open the rasters (or take them, already open, from the previous call's :data:`reuse.POOL`),
        then check what they hold around ``where``."""
        opts = self.options
        forest_key, loss_key = reuse.source_key(opts.forest_2020), reuse.source_key(opts.loss_year)
        key = None if forest_key is None or loss_key is None else ("rasters", forest_key, loss_key)
        kept = reuse.POOL.take(key)
        if kept is not None:
            self.forest, self.loss, self.primary, self.forest_reader, self.loss_reader, self.tile = kept
            self.raster_key = key
        else:
            self._open_rasters()
            if not self.forest_error and not self.loss_error:
                self.raster_key = key
        if where is not None:
            self.check_rasters(*where)

    def _open_rasters(self) -> None:
        opts = self.options
        if opts.forest_2020 is not None:
            try:
                self.forest = Raster(opts.forest_2020)
            except (RasterError, RuntimeError) as error:
                self.forest_error = f"forest 2020 data could not be read: {error}"
        if opts.loss_year is not None:
            try:
                self.loss = Raster(opts.loss_year)
            except (RasterError, RuntimeError) as error:
                self.loss_error = f"tree-cover loss data could not be read: {error}"
        candidates = [r for r in (self.forest, self.loss) if r is not None]
        if candidates:
            self.primary = min(candidates, key=lambda r: r.pixel_size_m())
        if self.primary is not None:
            bw, bh = self.primary.band.GetBlockSize()
            self.tile = (int(bh), int(bw))
        if self.forest is not None and self.primary is not None:
            self.forest_reader = AlignedReader(self.forest, self.primary)
        if self.loss is not None and self.primary is not None:
            self.loss_reader = AlignedReader(self.loss, self.primary)

    def validity(self, idx: np.ndarray) -> np.ndarray:
        """Whether the analysed shapes of plots ``idx`` are valid, each checked once (on demand: the
        overlaps need it only near the areas, the admin lookup only near outlines)."""
        idx = np.asarray(idx, dtype=np.int64)
        todo = idx[~self.valid_known[idx]]
        if len(todo) and self.geoms is not None:
            todo = np.unique(todo)
            self.valid[todo] = shapely.is_valid(self.geoms[todo])
            self.valid_known[todo] = True
        return self.valid[idx]

    def check_rasters(self, lon: np.ndarray, lat: np.ndarray) -> None:
        """What each raster is, from its name, metadata and values where the plots are (around the
        points ``lon``, ``lat``):
        the forest kind and threshold, the loss encoding and last year; a raster that is not what its
        role expects is refused (``forest_error`` / ``loss_error``)."""
        info = self.run.feedback.info
        opts = self.options
        if self.forest is not None:
            try:
                sample = self.forest.sample_valid(lon, lat)
                if not sample.size or (sample.max() <= 1 and self.forest.numpy_dtype.kind != "f"):
                    # nothing, or only 0/1, where the plots are: a mask or sparse tree cover? the whole
                    # raster (coarsely) tells
                    sample = np.concatenate([sample, self.forest.sample_overview()])
                kind = forest_kind_of(self.forest.name, sample, self.forest.numpy_dtype.kind == "f", is_jrc=self.jrc)
                self.forest_kind = kind
                self.forest_min, how = forest_threshold(kind, opts.forest_2020_min)
                self.run.forest_2020_min = self.forest_min
                info(f"forest 2020: {self.forest.name}: {how}")
            except (RasterKindError, RasterError) as error:
                self.forest_error = f"forest 2020 data refused: {error}"
        if self.loss is not None:
            last, source = opts.loss_last_year, "catalog"
            if last is None:
                last = next((y for y in map(hansen_last_year, self.loss.hint_names) if y is not None), None)
                source = "file name"
            if last is None:
                last, source = metadata_last_year(self.loss.metadata_items()), "metadata"
            self.loss_years = LossYears(last, source if last is not None else "unknown")
            try:
                sample = self.loss.sample_valid(lon, lat)
                if not sample.size:
                    sample = self.loss.sample_overview()
                encoding = loss_encoding_of(self.loss.name, sample, last)
                self.loss_calendar = encoding is LossEncoding.CALENDAR
                coded = "calendar years (decoded)" if self.loss_calendar else "Hansen lossyear codes"
                years = (f"loss data up to {last} ({source})" if last is not None
                         else "last year not given: taken from the largest code where the plots are")
                info(f"tree-cover loss: {self.loss.name}: {coded}; {years}")
            except (RasterKindError, RasterError) as error:
                self.loss_error = f"tree-cover loss data refused: {error}"

    def start_reading_ahead(self, tiles: TileCache) -> Optional[ReadAhead]:
        """The thread decoding the next batch's raster tiles (:mod:`.read_ahead`) into ``tiles``, or None
        when there is nothing to read ahead."""
        ahead = ReadAhead((self.forest_reader, self.loss_reader), tiles)
        self.ahead = ahead if ahead else None
        return self.ahead

    def close(self) -> None:
        """Give the rasters and indexes back to :data:`reuse.POOL` for the next call (or close them)."""
        if self.ahead is not None:  # done with the rasters' second handles before they are handed on
            self.ahead.close()
            self.ahead = None
        if self.overlap_thread is not None:  # done with the indexes before they are given back
            self.overlap_thread.shutdown(wait=True, cancel_futures=True)
            self.overlap_thread = None
        opened = (self.forest, self.loss, self.primary, self.forest_reader, self.loss_reader, self.tile)
        self.forest = self.loss = self.primary = self.forest_reader = self.loss_reader = None
        if self.raster_key is not None:
            reuse.POOL.give(self.raster_key, opened, _close_rasters)
        else:
            _close_rasters(opened)
        for name in ("pa_index", "il_index", "admin_index"):
            index = getattr(self, name)
            key = self.index_keys.get(name)
            if index is not None and key is not None:
                reuse.POOL.give(key, index, _drop)
            setattr(self, name, None)

    def version(self) -> str:
        forest = self.forest.name if self.forest else "none"
        loss = f"{self.loss.name}, years {self.loss_years_text()}" if self.loss else "none"
        return f"{ENGINE_NAME} {engine_version()}; forest={forest}; loss={loss}"

    def loss_years_text(self) -> Optional[str]:
        """The years the loss data covers and where its last year comes from, e.g. ``2001–2018 (file name)``."""
        if self.loss is None:
            return None
        source = {"data": "largest code where the plots are"}.get(self.loss_years.source, self.loss_years.source)
        return f"{self.loss_years.text()} ({source})"


def _close_rasters(opened: tuple) -> None:
    forest, loss, _, forest_reader, loss_reader, _ = opened
    for reader in (forest_reader, loss_reader):
        if reader is not None:
            reader.close()
    for raster in (forest, loss):
        if raster is not None:
            raster.close()


def _drop(_: Any) -> None:
    """Nothing to close (an index held in memory)."""


#: A kept index is widened to the union of its box and the plots' only while that union is at most
#: this many times the two boxes' areas together (plots scattered far apart: a new index for the box).
_WIDEN_AT_MOST = 4.0


def _kept_index(ctx: _Context, name: str, key: Optional[tuple], bbox: Optional[tuple], build) -> Any:
    """The index of the previous call (from :data:`reuse.POOL`) when it was read for a box holding
    ``bbox``, else ``build(box)``: for the union of both boxes when that stays compact (chunks of one
    batch of plots, in any order, then soon share one index), else for ``bbox``."""
    kept = reuse.POOL.take(key)
    ctx.index_keys[name] = key
    if kept is not None:
        if reuse.bbox_covers(kept.bbox, bbox):
            return kept
        wider = reuse.bbox_union(kept.bbox, bbox)
        if wider is None or _box_area(wider) <= _WIDEN_AT_MOST * (_box_area(kept.bbox) + _box_area(bbox)):
            bbox = wider
    return build(bbox)


def _box_area(b: Optional[tuple]) -> float:
    return float("inf") if b is None else max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _raster_stats(ctx: _Context, geoms: np.ndarray, cutoff: np.ndarray) -> dict[str, Optional[np.ndarray]]:
    """Forest/loss statistics (m²) of a chunk of analysed lon/lat polygons, in batches of about
    ``options.batch_cells`` window cells (plots stay in the chunk's spatial order)."""
    n = len(geoms)
    nan = np.full(n, np.nan)
    out: dict[str, Optional[np.ndarray]] = {
        "area": nan.copy(), "forest": nan.copy(), "forest_valid": nan.copy(), "loss_valid": nan.copy(),
        "data_valid": nan.copy(), "loss": None}
    primary = ctx.primary
    if primary is None or n == 0:
        return out
    # Window cells of each plot, from its bounds (a batch boundary only needs an estimate).
    b = shapely.bounds(geoms)
    u0, v0 = primary.to_pixel(b[:, 0], b[:, 1])
    u1, v1 = primary.to_pixel(b[:, 2], b[:, 3])
    cells = (np.abs(u1 - u0) + 2) * (np.abs(v1 - v0) + 1)
    cells = np.where(np.isfinite(cells), cells, 1.0)
    limit = max(1, ctx.options.batch_cells)
    edges = [0]
    total = 0.0
    for k, c in enumerate(cells.tolist()):
        if total + c > limit and k > edges[-1]:
            edges.append(k)
            total = 0.0
        total += c
    edges.append(n)
    ahead = ctx.ahead
    if ahead is not None:  # the first batch's tiles (the thread starts on them while its coverage is computed)
        ahead.queue(geoms[edges[0]:edges[1]])
    for j, (lo, hi) in enumerate(zip(edges[:-1], edges[1:])):
        if ahead is not None:  # the next batch's tiles, decoded while this one is done (after the last
            # batch, the next chunk's first tiles)
            following = geoms[edges[j + 1]:edges[j + 2]] if j + 2 < len(edges) else ctx.next_chunk
            if following is not None:
                ahead.queue(following)
        part = _raster_batch(ctx, primary, geoms[lo:hi], cutoff[lo:hi])
        for key, value in part.items():
            if value is None:
                continue
            target = out[key]
            if target is None:
                target = out[key] = np.full((n,) + value.shape[1:], np.nan)
            target[lo:hi] = value
    return out


def _raster_batch(ctx: _Context, primary: Raster, geoms: np.ndarray,
                  cutoff: np.ndarray) -> dict[str, Optional[np.ndarray]]:
    out: dict[str, Optional[np.ndarray]] = {}
    with _timed(ctx.run, "forest"):
        rings = polygon_rings(geoms)
        u, v = primary.to_pixel(rings.xy[:, 0], rings.xy[:, 1])
        cov = exact_coverage(u, v, rings, extent=(primary.height, primary.width))
        windows = cov.windows
        weight = cov.fraction
        weight *= cell_area_flat(primary, windows)
        blocks = plan_blocks(windows, DEFAULT_BLOCK_CELLS, ctx.tile)
        forest = None
        if ctx.forest_reader is not None and ctx.forest is not None:
            forest = read_windows(ctx.forest_reader, windows, ctx.forest.numpy_dtype, blocks=blocks,
                                  tiles=ctx.options.tile_cache)
    with _timed(ctx.run, "loss"):
        loss = None
        if ctx.loss_reader is not None and ctx.loss is not None:
            loss = read_windows(ctx.loss_reader, windows, ctx.loss.numpy_dtype, blocks=blocks,
                                tiles=ctx.options.tile_cache)
        stats = zonal_stats(
            weight,
            windows,
            forest=forest,
            forest_min=ctx.forest_min if ctx.forest_min is not None else 0.0,
            forest_is_jrc=ctx.jrc,
            loss=loss,
            cutoff_code=cutoff,
            max_code=MAX_LOSS_CODE,
            loss_calendar=ctx.loss_calendar,
            track_max=ctx.loss_years.last is None,
        )
        if stats.max_code is not None:
            ctx.max_code_seen = max(stats.max_code, ctx.max_code_seen or 0)
    out["area"] = stats.area_m2
    out["data_valid"] = stats.data_valid_m2
    if stats.forest_m2 is not None:
        out["forest"], out["forest_valid"] = stats.forest_m2, stats.forest_valid_m2
    if stats.loss_m2 is not None:
        out["loss"], out["loss_valid"] = stats.loss_m2, stats.loss_valid_m2
    return out



class _CacheCap:
    """GDAL's block cache size is one per process, and two runs (two checks' tasks) may overlap: the
    first run in saves it, the last one out restores it (each restoring what it found would leave the
    cap of the first in place when the first ends before the second)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs = 0
        self.before = 0


_CACHE_CAP = _CacheCap()


@contextmanager
def _gdal_cache(limit_mb: Optional[int]) -> Iterator[None]:
    """GDAL's block cache capped at ``limit_mb`` for the duration (then restored once no run caps it)."""
    if limit_mb is None:
        yield
        return
    from osgeo import gdal

    cap = _CACHE_CAP
    with cap.lock:
        if cap.runs == 0:
            cap.before = gdal.GetCacheMax()
        cap.runs += 1
        if gdal.GetCacheMax() > limit_mb * 1024 * 1024:
            gdal.SetCacheMax(int(limit_mb) * 1024 * 1024)
    try:
        yield
    finally:
        with cap.lock:
            cap.runs -= 1
            if cap.runs == 0 and gdal.GetCacheMax() != cap.before:
                gdal.SetCacheMax(cap.before)


def _robust(run: Run, plots: Sequence[Plot], idx: np.ndarray, func, what: str):
    """``func(idx)`` for a chunk; if it raises, again plot by plot, recording the plots that fail.

    Returns ``{position in idx: per-plot value}`` via ``func``'s list/array result."""
    try:
        return func(idx), np.ones(len(idx), dtype=bool)
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001 - the batch failed: plot by plot below, to isolate the bad one
        pass
    results = [None] * len(idx)
    ok = np.zeros(len(idx), dtype=bool)
    for k, i in enumerate(idx):
        run.feedback.check()
        try:
            results[k] = func(np.array([i]))
            ok[k] = True
        except Cancelled:
            raise
        except Exception as error:  # noqa: BLE001 - one bad plot never sinks the batch
            run.fail_plot(plots[i].index, f"{what} failed: {error}")
    return results, ok


def run_bundled(
    plots: Sequence[Plot], options: BundledOptions, feedback: Optional[Feedback] = None,
    *, valid: Optional[Sequence[bool]] = None,
) -> tuple[list[analysis.PlotResult], Run]:
    """Analyse validated plots offline. Returns one :class:`PlotResult` per finished plot (all of them
    unless cancelled), in the order given, and the :class:`Run` with its steps and final status.

    ``valid``: when the caller already knows it (e.g. from validation), ``shapely.is_valid`` of each
    plot's geometry as given, one per plot: the engine then does not check it again (it is used only for
    polygons; the results are those the engine's own check gives)."""
    feedback = feedback or Feedback()
    run = Run(engine=ENGINE, step_names=STEPS, feedback=feedback)
    plots = list(plots)
    results: dict[int, analysis.PlotResult] = {}
    ctx = _Context(plots, options, run)
    if valid is not None:
        if len(valid) != len(plots):
            raise ValueError(f"valid: {len(valid)} verdicts for {len(plots)} plots")
        ctx.given_valid = np.asarray(valid, dtype=bool)
    cancelled = False
    try:
        with _gdal_cache(options.gdal_cache_mb), gc_paused(options.pause_gc):
            _run(ctx, plots, options, run, results)
    except Cancelled:
        cancelled = True
        for step in run.steps:
            if step.status == STEP_RUNNING:
                step.status = "cancelled"
    finally:
        ctx.close()
    run.finish(len(plots), cancelled=cancelled)
    ordered = [results[k] for k in range(len(plots)) if k in results]
    return ordered, run


def _run(ctx: _Context, plots: list[Plot], options: BundledOptions, run: Run,
         results: dict[int, analysis.PlotResult]) -> None:
    n = len(plots)
    today = _dt.date.today()
    with run.step("prepare"):
        default_harvest = parse_harvest_date(options.harvest_date) if options.harvest_date else None
        geoms, how = _analysed_shapes(plots, options, run)
        ctx.geoms = geoms
        ok = np.array([g is not None for g in geoms], dtype=bool)
        area_ha = np.full(n, np.nan)
        # validity: checked once, and only where the overlaps and the admin lookup need it
        # (:meth:`_Context.validity`); discs made from points are valid as built
        ctx.valid = np.zeros(n, dtype=bool)
        ctx.valid_known = ~ok
        if ok.any():
            area_ha[ok] = geodesy.geodesic_area_ha(geoms[ok])
            discs = ok & np.array([h != "polygon" for h in how], dtype=bool)
            ctx.valid[discs] = True
            ctx.valid_known[discs] = True
            if ctx.given_valid is not None:  # the caller's verdicts on the plots' own polygons
                polygons = ok & ~discs
                ctx.valid[polygons] = ctx.given_valid[polygons]
                ctx.valid_known[polygons] = True
        ends = _harvests(plots, default_harvest, today)
        harvest = [end for end, _ in ends]
        ctx.end_from = [source for _, source in ends]
        if any(source == analysis.END_FROM_TODAY for source in ctx.end_from):
            run.feedback.info(f"plots without a harvest date (and no default given) are analysed up to "
                              f"today, {today.isoformat()}")
        elif default_harvest is not None:
            run.feedback.info(f"plots without a harvest date are analysed up to {default_harvest.isoformat()}")
        cutoff = np.array([h.year - 2000 for h in harvest], dtype=np.int64)
        ctx.open_rasters(_sample_points(geoms[ok]))
        # Spatial order (rows of 256 cells of the primary grid, then columns) so reads share blocks.
        order = np.flatnonzero(ok)
        if len(order):
            b = shapely.bounds(geoms[order])
            cx, cy = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2
            if ctx.primary is not None:
                u, v = ctx.primary.to_pixel(cx, cy)
                size = np.abs((b[:, 2] - b[:, 0]) / ctx.primary.dx) * np.abs((b[:, 3] - b[:, 1]) / ctx.primary.dy)
            else:
                u, v, size = cx, -cy, np.ones(len(order))
            key = np.lexsort((u, np.floor(v / 256)))
            if options.tile_cache is not None and options.tile_cache.sweep():
                key = key[::-1]  # back over the tiles the previous call read last (:class:`tiles.TileCache`)
            order, size = order[key], (size[key] + 2 * np.sqrt(size[key]) + 4) * 1.2
        # Chunks bounded by plots and by cells (memory).
        chunks: list[np.ndarray] = []
        start, cells = 0, 0.0
        for k in range(len(order)):
            cells += size[k]
            if k + 1 - start >= max(1, options.chunk_size) or (cells > options.chunk_cells and k > start):
                chunks.append(order[start : k + 1])
                start, cells = k + 1, 0.0
        if start < len(order):
            chunks.append(order[start:])
    if ctx.forest_error:
        _fail_step(run, "forest", ctx.forest_error)
    if ctx.loss_error:
        _fail_step(run, "loss", ctx.loss_error)
    if options.forest_2020 is None:
        run.skip("forest", "no forest 2020 data: every post-2020 loss counts as deforestation")
    if options.loss_year is None:
        run.skip("loss", "no tree-cover loss data: risk is Unknown")
    _open_vectors(ctx, geoms[ok] if ok.any() else geoms[:0])

    version = ctx.version()
    total = max(1, len(order))
    done = 0
    # the overlaps of every chunk are queued on the overlap thread now, in chunk order: the thread works
    # through them without waiting for this one, which takes each chunk's when it needs them (and
    # computes itself those the thread has not started yet: :class:`_Queued`)
    queued = [_overlaps_beside(ctx, chunk, geoms, area_ha) for chunk in chunks]
    pending = queued[0] if queued else {}
    # raster tiles decoded a batch ahead on a thread into the check's tile cache (:func:`_raster_stats`,
    # :mod:`.read_ahead`)
    if options.read_ahead and options.tile_cache is not None and len(order) >= _PARALLEL_MIN_PLOTS:
        ctx.start_reading_ahead(options.tile_cache)
    for k, chunk in enumerate(chunks):
        run.feedback.check()
        following = queued[k + 1] if k + 1 < len(chunks) else {}
        ctx.next_chunk = geoms[chunks[k + 1]] if ctx.ahead is not None and k + 1 < len(chunks) else None
        queued[k] = {}  # a chunk's overlaps are let go once taken
        pending = _chunk(ctx, plots, chunk, geoms, how, area_ha, harvest, cutoff, version, results, pending,
                         following)
        done += len(chunk)
        run.feedback.set_progress(100.0 * done / total)
    _year_gaps(ctx, results, harvest)
    # Plots that could not be analysed at all.
    for k in np.flatnonzero(~ok):
        results[k] = analysis.PlotResult(
            plot_index=plots[k].index, engine=ENGINE, status=analysis.STATUS_FAILED,
            error=run.plot_errors.get(plots[k].index, "cannot analyse this plot"), plot_id=None,
        )
    for step in run.steps:
        if step.status in (STEP_RUNNING, STEP_PENDING):
            step.status = STEP_DONE
    run.feedback.set_progress(100.0)


def _open_vectors(ctx: _Context, all_geoms: np.ndarray) -> None:
    """The protected-area, indigenous-land and country/state indexes, reading only the areas whose box
    touches the plots' (padded) box, or the previous call's (:func:`_kept_index`)."""
    run, opts = ctx.run, ctx.options
    bbox = pad_bbox(geometry_bbox(all_geoms), 0.01)
    for name, source, kind in (("protected areas", opts.protected_areas, "pa"),
                               ("indigenous lands", opts.indigenous_lands, "il")):
        if source is None:
            run.skip(name, f"no {name} data configured")
            setattr(ctx, f"{kind}_note", f"no {name} data configured")
            continue
        with _timed(run, name):
            try:
                stamp = reuse.source_key(source)
                key = (kind, stamp) if stamp is not None else None
                setattr(ctx, f"{kind}_index", _kept_index(
                    ctx, f"{kind}_index", key, bbox,
                    lambda box, source=source, kind=kind: OverlapIndex(source, kind, box)))
            except Exception as error:  # noqa: BLE001 - unreadable data: the plots say so, the run goes on
                setattr(ctx, f"{kind}_note", f"{name} data could not be read: {error}")
                _fail_step(run, name, str(error))
    if opts.admin is None:
        run.skip("admin", "no country/state data configured")
    else:
        with _timed(run, "admin"):
            try:
                stamp = reuse.source_key(opts.admin)
                key = ("admin", stamp) if stamp is not None else None
                ctx.admin_index = _kept_index(ctx, "admin_index", key, bbox,
                                              lambda box: AdminIndex(opts.admin, bbox=box))
            except Exception as error:  # noqa: BLE001 - unreadable data: the plots say so, the run goes on
                ctx.admin_note = f"country/state data could not be read: {error}"
                _fail_step(run, "admin", str(error))


def _raster_part(ctx: _Context, plots, idx, geoms, cutoff) -> tuple[dict, np.ndarray]:
    """Raster statistics of a chunk and which of its plots have them (a failing chunk is retried plot
    by plot)."""
    stats, ok = _robust(ctx.run, plots, idx, lambda sub: _raster_stats(ctx, geoms[sub], cutoff[sub]),
                        "raster analysis")
    if not ok.all():  # plot-by-plot: stitch the per-plot dicts together
        parts = stats
        stats = {}
        for key in ("area", "forest", "forest_valid", "loss_valid", "data_valid"):
            stats[key] = np.array([p[key][0] if p is not None else np.nan for p in parts])
        width = next((p["loss"].shape[1] for p in parts if p is not None and p["loss"] is not None), 0)
        stats["loss"] = None if width == 0 else np.vstack(
            [p["loss"] if p is not None and p["loss"] is not None else np.zeros((1, width)) for p in parts])
    return stats, ok


#: Chunks of fewer plots compute their overlaps on the calling thread (a thread's start costs more).
_PARALLEL_MIN_PLOTS = 32


def _overlaps_of(ctx: _Context, index: OverlapIndex, sub: np.ndarray, geoms: np.ndarray,
                 area_ha: np.ndarray) -> tuple[Optional[tuple], float]:
    """:meth:`OverlapIndex.overlap_areas` of plots ``sub`` (None when the batch raises: the caller then
    takes the one-thread path, which isolates the failing plot) and the seconds taken. The blocks are
    made from it on the calling thread (:func:`_overlap_blocks`): plain Python, it would hold the GIL."""
    start = time.perf_counter()
    try:
        areas: Optional[tuple] = index.overlap_areas(geoms[sub], area_ha[sub], lambda pos: ctx.validity(sub[pos]))
    except Exception:  # noqa: BLE001 - retried on the calling thread, plot by plot if need be
        areas = None
    return areas, time.perf_counter() - start


def _overlap_blocks(index: OverlapIndex, areas: tuple, area_ha: np.ndarray, good: np.ndarray,
                    gpos: np.ndarray, n: int) -> list:
    """The blocks of plots ``good`` (at positions ``gpos`` of the ``n`` plots ``areas`` was computed
    for): what ``index.overlaps`` of those plots gives, each plot's figures being its own."""
    union_ha, pairs, geom_ha = areas
    if len(gpos) < n:
        new = np.full(n, -1, dtype=np.int64)
        new[gpos] = np.arange(len(gpos))
        where = new.tolist()
        pairs = [(where[plot], rec, ha) for plot, rec, ha in pairs if where[plot] >= 0]
        union_ha, geom_ha = union_ha[gpos], geom_ha[gpos]
    return index.blocks(np.asarray(area_ha[good], dtype=float), union_ha, pairs, geom_ha)


def _places(ctx: _Context, sub: np.ndarray, geoms: np.ndarray) -> list[Place]:
    """Country and state of plots ``sub``."""
    admin_index = ctx.admin_index
    assert admin_index is not None
    if ctx.valid_known[sub].mean() > 0.5:  # mostly checked already (near protected areas)
        return admin_index.places(geoms[sub], ctx.validity(sub))
    # validity only for the plots not placed by their box
    return admin_index.places(geoms[sub], lambda pos: ctx.validity(sub[pos]))


def _places_of(ctx: _Context, sub: np.ndarray, geoms: np.ndarray) -> tuple[Optional[list], float]:
    """:func:`_places` of plots ``sub`` (None when the batch raises) and the seconds taken."""
    start = time.perf_counter()
    try:
        places: Optional[list] = _places(ctx, sub, geoms)
    except Exception:  # noqa: BLE001 - retried on the calling thread, plot by plot if need be
        places = None
    return places, time.perf_counter() - start


class _Queued:
    """A job queued on the overlap thread. :meth:`result` waits for it, or, when the thread has not
    started it yet (it is still busy with the jobs before it), runs it on the calling thread instead:
    the same function on the same arguments, so the same result, while the thread goes on."""

    def __init__(self, pool: ThreadPoolExecutor, func: Callable[..., Any], *args: Any) -> None:
        self.func = func
        self.args = args
        self.future: Future = pool.submit(func, *args)

    def result(self) -> Any:
        if self.future.cancel():  # never started: it runs here (once; ``future`` then holds its result)
            done: Future = Future()
            done.set_result(self.func(*self.args))
            self.future = done
        return self.future.result()


def _overlaps_beside(ctx: _Context, idx: np.ndarray, geoms: np.ndarray,
                     area_ha: np.ndarray) -> dict[str, _Queued]:
    """The overlaps (then the country/state lookup) of every plot of the chunk queued on the overlap
    thread, to run beside the raster statistics on this one; empty when not wanted.
    Each plot's block and place depend on that plot alone, so those of the plots the raster part keeps
    are what the one-thread path gives them, whichever thread computes them and in whichever order."""
    indexes = [(name, kind, getattr(ctx, f"{kind}_index")) for name, kind in _OVERLAP_KINDS]
    indexes = [(name, kind, index) for name, kind, index in indexes if index is not None]
    if (not indexes and ctx.admin_index is None) or not ctx.options.parallel_overlaps or len(idx) < _PARALLEL_MIN_PLOTS:
        return {}
    if ctx.overlap_thread is None:
        ctx.overlap_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vantage-overlaps")
    pending: dict[str, _Queued] = {}
    for name, kind, index in indexes:
        _started(ctx.run, name)
        pending[kind] = _Queued(ctx.overlap_thread, _overlaps_of, ctx, index, idx, geoms, area_ha)
    if ctx.admin_index is not None:  # after the overlaps: their validity checks serve it too
        _started(ctx.run, "admin")
        pending["admin"] = _Queued(ctx.overlap_thread, _places_of, ctx, idx, geoms)
    return pending


_OVERLAP_KINDS = (("protected areas", "pa"), ("indigenous lands", "il"))


def _chunk(ctx: _Context, plots, idx, geoms, how, area_ha, harvest, cutoff, version, results,
           pending: dict[str, _Queued], following: dict[str, _Queued]) -> dict[str, _Queued]:
    """Analyse the plots ``idx``; ``pending``: their overlaps, already queued (:func:`_overlaps_beside`);
    ``following``: the next chunk's (returned)."""
    run = ctx.run
    stats, ok = _raster_part(ctx, plots, idx, geoms, cutoff)
    # the last queued first: a job the thread has not started yet (the thread is on the one before
    # it) is done here meanwhile rather than waited for
    for job in reversed(list(pending.values())):
        job.result()
    good = idx[ok]
    gpos = np.flatnonzero(ok)

    blocks: dict[str, list] = {}
    for name, kind in _OVERLAP_KINDS:
        index = getattr(ctx, f"{kind}_index")
        if index is None:
            blocks[kind] = [None] * len(good)
            continue
        if kind in pending:
            areas, seconds = pending[kind].result()
            step = run.step_named(name)
            step.seconds += seconds
            if areas is not None:
                start = time.perf_counter()
                try:
                    blocks[kind] = _overlap_blocks(index, areas, area_ha, good, gpos, len(idx))
                except Exception:  # noqa: BLE001 - the one-thread path below isolates the failing plot
                    pass
                step.seconds += time.perf_counter() - start
                if kind in blocks:
                    continue
        with _timed(run, name):
            res, fine = _robust(run, plots, good,
                                lambda sub, index=index: index.overlaps(geoms[sub], area_ha[sub],
                                                                        lambda pos, sub=sub: ctx.validity(sub[pos])),
                                name)
            if fine.all():
                blocks[kind] = list(res)
            else:
                blocks[kind] = [r[0] if r is not None else None for r in res]
                ok[gpos[~fine]] = False
    nowhere = Place(None, None, None, None)
    admin: list = [nowhere] * len(good)
    if ctx.admin_index is not None:
        every = None
        if "admin" in pending:
            every, seconds = pending["admin"].result()
            run.step_named("admin").seconds += seconds
        if every is not None:
            admin = [every[k] for k in gpos.tolist()]
        else:
            with _timed(run, "admin"):
                res, fine = _robust(run, plots, good, lambda sub: _places(ctx, sub, geoms), "admin lookup")
                admin = list(res) if fine.all() else [r[0] if r is not None else nowhere for r in res]
                ok[gpos[~fine]] = False

    with _timed(run, "risk"):
        keep = ok[gpos]
        kk = np.flatnonzero(keep)
        pos, sel = gpos[keep], good[keep]
        verdicts = _assess_chunk(ctx, stats, pos, sel, area_ha, cutoff, harvest)
    with _timed(run, "write"):
        jrc = ctx.jrc and ctx.forest is not None
        area_r = analysis.rounded(area_ha[sel])
        forest_r = analysis.rounded(verdicts.forest_ha)
        forest_pct = analysis.rounded(analysis.percents(verdicts.forest_ha, area_ha[sel]))
        defo_r = analysis.rounded(verdicts.deforestation_ha)
        defo_pct = analysis.rounded(analysis.percents(verdicts.deforestation_ha, area_ha[sel]))
        default_commodity = normalise_commodity(ctx.options.commodity)
        commodities: dict[Any, Optional[str]] = {}
        pa_blocks, il_blocks = blocks["pa"], blocks["il"]
        pa_unknown = _unknown_maker("pa", ctx.pa_note or "not assessed")
        il_unknown = _unknown_maker("il", ctx.il_note or "not assessed")
        analysis_dict, plot_result, end_from_key, end_from = (analysis.analysis_dict, analysis.PlotResult,
                                                             analysis.ANALYSIS_END_FROM, ctx.end_from)
        end_texts: dict[_dt.date, str] = {}
        rows = zip(kk.tolist(), sel.tolist(), area_r, forest_r, forest_pct, defo_r, defo_pct, verdicts.yearly,
                   verdicts.level, verdicts.status, verdicts.error, verdicts.extra, verdicts.limits, verdicts.minimum)
        for (k, i, area_v, forest_v, forest_p, defo_v, defo_p, yearly, level, status, error, extra, limits,
             minimum) in rows:
            plot = plots[i]
            pa = pa_blocks[k] or pa_unknown()
            il = il_blocks[k] or il_unknown()
            country, state, iso2, iso3 = admin[k] if admin[k] is not None else nowhere
            try:
                commodity = commodities[plot.commodity]
            except (KeyError, TypeError):
                commodity = normalise_commodity(plot.commodity) or default_commodity
                try:
                    commodities[plot.commodity] = commodity
                except TypeError:  # an unhashable value: normalised on its own
                    pass
            extra["analysed_as"] = how[i]
            extra["commodity"] = commodity
            extra[end_from_key] = end_from[i]
            end = harvest[i]
            end_text = end_texts.get(end)
            if end_text is None:
                end_text = end_texts[end] = end.isoformat()
            results[i] = plot_result(
                plot_index=plot.index,
                engine=ENGINE,
                status=status,
                analysis=analysis_dict(
                    area_ha=area_v,
                    analysis_end=end_text,
                    forest_ha=forest_v,
                    forest_percent=forest_p,
                    deforestation_ha=defo_v,
                    deforestation_percent=defo_p,
                    yearly=yearly,
                    risk_level=level.level,
                    risk_reason=level.reason,
                    version=version,
                    jrc=jrc,
                    protected_areas=pa,
                    indigenous_land=il,
                ),
                error=error,
                country=country,
                state=state,
                country_iso2=iso2,
                country_iso3=iso3,
                extra=extra,
                limits=limits,
                level_is_minimum=minimum,
            )
        for pos in np.flatnonzero(~ok):
            i = idx[pos]
            results[i] = analysis.PlotResult(
                plot_index=plots[i].index, engine=ENGINE, status=analysis.STATUS_FAILED,
                error=run.plot_errors.get(plots[i].index, "analysis failed"),
            )
    return following


@dataclass
class _Verdicts:
    """The assessment of a chunk's plots, one entry per plot (lists, in the chunk's order)."""

    forest_ha: np.ndarray
    """Forest 2020 (ha), NaN when unknown."""
    deforestation_ha: np.ndarray
    """Deforestation (ha), NaN when unknown."""
    yearly: list[Optional[dict[str, Optional[float]]]]
    """``{"2021": ha rounded, …}`` in year order (None without a deforestation figure)."""
    level: list[risk.Risk]
    status: list[str]
    error: list[Optional[str]]
    extra: list[dict[str, Any]]
    limits: list[tuple[str, ...]]
    minimum: list[bool]


def _fractions(stats: dict, key: str, pos: np.ndarray, whole_m2: np.ndarray) -> np.ndarray:
    """The part of each plot's geodesic area that a statistic covers (min 1; 0 where the statistic is
    missing; NaN where the plot has no area: the scalar rule's None)."""
    value = stats[key][pos]
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(np.isfinite(value), np.minimum(1.0, value / whole_m2), 0.0)
    out[~(whole_m2 > 0)] = np.nan
    return out


def _assess_chunk(ctx: _Context, stats: dict, pos: np.ndarray, idx: np.ndarray, area_ha: np.ndarray,
                  cutoff: np.ndarray, harvest: Sequence[_dt.date]) -> _Verdicts:
    """The verdict of each plot (``idx``, at ``pos`` in the chunk's statistics), on arrays: forest and
    deforestation, data coverage, the rule on the loss seen, the status and the limits. Years the loss
    data does not cover are handled after the run (:func:`_year_gaps`); plots only partly covered
    go through :func:`_verdict` one by one."""
    m2 = geodesy.M2_PER_HA
    n = len(idx)
    area = area_ha[idx]
    cut = cutoff[idx]
    whole_m2 = area * m2  # fractions of the plot's geodesic area (the grid sees only its inside part)
    grid_m2 = stats["area"][pos]
    grid_m2 = np.where(np.isfinite(grid_m2), grid_m2, 0.0)
    columns: dict[str, list] = {"raster_area_ha": analysis.rounded(grid_m2 / m2, 6)}
    problems = [p for p in (ctx.forest_error, ctx.loss_error) if p]
    nan = np.full(n, np.nan)

    forest_ha = nan.copy()
    if ctx.forest is not None:
        forest_cov = _fractions(stats, "forest_valid", pos, whole_m2)
        columns["forest_coverage"] = analysis.rounded(forest_cov, 6)
        has_forest = np.nan_to_num(forest_cov) != 0
        forest_ha[has_forest] = stats["forest"][pos][has_forest] / m2
    data_cov = nan.copy()
    if ctx.forest is not None or ctx.loss is not None:
        data_cov = _fractions(stats, "data_valid", pos, whole_m2)
    if ctx.forest_error:
        data_cov = np.zeros(n)
    defo = nan.copy()
    loss_cov = nan.copy()
    yearly: list[Optional[dict[str, Optional[float]]]] = [None] * n
    loss = stats.get("loss")
    if ctx.loss is not None and not ctx.forest_error and not ctx.loss_error:
        loss_cov = _fractions(stats, "loss_valid", pos, whole_m2)
        columns["loss_coverage"] = analysis.rounded(loss_cov, 6)
        counted = np.nan_to_num(data_cov) != 0
        if loss is not None:
            codes = FIRST_LOSS_CODE + np.arange(loss.shape[1])
            ha = loss[pos] / m2
            ha[~((loss[pos] > 0) & (codes[None, :] <= cut[:, None]))] = 0.0
            # the sum in year order, as the yearly figures add up (cumsum is sequential)
            total = np.cumsum(ha, axis=1)[:, -1] if ha.shape[1] else np.zeros(n)
            defo[counted] = total[counted]
            rows, cols = np.nonzero(ha)
            keep = counted[rows]
            rows, cols = rows[keep], cols[keep]
            for r in np.flatnonzero(counted).tolist():
                yearly[r] = {}
            values = analysis.rounded(ha[rows, cols])
            for r, year, value in zip(rows.tolist(), (2000 + codes[cols]).tolist(), values):
                yearly[r][str(year)] = value
        else:
            defo[counted] = 0.0
            for r in np.flatnonzero(counted).tolist():
                yearly[r] = {}
    columns["data_coverage"] = analysis.rounded(data_cov, 6)

    # the rule on the loss seen, as reported (4 decimals), so floating-point noise in an exact 0.5 ha
    # never tips a plot over a threshold
    measured_pct = np.array(analysis.rounded(analysis.percents(defo, area)), dtype=float)
    measured_ha = np.array(analysis.rounded(defo), dtype=float)
    measured = risk.assess_many(measured_pct, measured_ha)
    missing_ha = np.maximum(0.0, 1.0 - data_cov) * area
    partial = missing_ha > FULL_COVERAGE_TOLERANCE * np.maximum(area, 1e-12)
    last = ctx.loss_years.last
    unknown = risk.assess(None, None)
    counted_years = {}
    note_all = ("no forest 2020 data: every post-2020 loss counted as deforestation (upper bound)"
                if ctx.forest is None and ctx.loss is not None and ctx.options.forest_2020 is None else None)
    no_limits: tuple[str, ...] = ()
    out = _Verdicts(forest_ha, defo, yearly, [unknown] * n, [analysis.STATUS_OK] * n, [None] * n, [],
                    [no_limits] * n, [False] * n)
    names = list(columns)
    values_by_plot = zip(*(columns[name] for name in names))
    defo_list = defo.tolist()
    for j, (row, c) in enumerate(zip(values_by_plot, cut.tolist())):
        extra: dict[str, Any] = dict(zip(names, row))
        if c not in counted_years:
            counted_years[c] = f"{2000 + FIRST_LOSS_CODE}–{2000 + c}" if c >= FIRST_LOSS_CODE else "none"
        extra["loss_years_counted"] = counted_years[c]
        if note_all:
            extra["note"] = note_all
        out.extra.append(extra)
        i = int(idx[j])
        if c < FIRST_LOSS_CODE:
            out.status[j] = analysis.STATUS_NO_DATA
            out.limits[j] = (risk.Limit.HARVEST_BEFORE_CUTOFF.value,)
            out.error[j] = (f"harvest date {harvest[i].isoformat()} is before 1 January 2021: there is no period "
                            "after the EUDR cut-off (31 December 2020) to assess")
            out.yearly[j] = None
            defo[j] = np.nan
        elif defo_list[j] != defo_list[j]:  # no deforestation figure
            out.status[j] = analysis.STATUS_NO_DATA
            if problems:
                out.error[j] = "; ".join(problems)
                out.limits[j] = (risk.Limit.DATA_UNREADABLE.value,)
            elif ctx.loss is None:
                out.error[j] = "no tree-cover loss data configured"
                out.limits[j] = (risk.Limit.NO_LOSS_DATA.value,)
            else:
                which = "tree-cover loss" if not np.nan_to_num(loss_cov[j]) else "forest 2020"
                out.error[j] = f"no {which} data covers the plot (outside the raster or nodata)"
                out.limits[j] = (risk.Limit.NOT_COVERED.value,)
        else:
            level = risk.OUTCOMES[measured[j]]
            out.level[j] = level
            if partial[j]:
                level, out.status[j], out.error[j], out.limits[j], out.minimum[j], note = _verdict(
                    level, defo_list[j], float(area[j]), float(data_cov[j]))
                out.level[j] = level
                if note:
                    extra["note"] = note
            if last is None or harvest[i].year > last:
                forest = forest_ha[j]
                ctx.gap_inputs[i] = (defo_list[j], None if forest != forest else float(forest), float(area[j]),
                                     float(data_cov[j]), risk.OUTCOMES[measured[j]])
    return out


def _verdict(level: risk.Risk, deforestation_ha: float, area_ha: float, data_cov: float):
    """(risk, status, error, limits, minimum, note) of a plot whose loss seen gives ``level``, on the
    part of it the data cover (``data_cov``); years missing from the loss data are handled by
    :func:`_year_gaps`."""
    missing_ha = max(0.0, 1.0 - data_cov) * area_ha
    if not missing_ha > FULL_COVERAGE_TOLERANCE * max(area_ha, 1e-12):
        return level, analysis.STATUS_OK, None, (), False, None
    upper_ha = deforestation_ha + missing_ha
    upper_pct = 100.0 * upper_ha / area_ha if area_ha > 0 else 0.0  # analysis.percent of known values
    upper = risk.assess(round(upper_pct, 4), round(upper_ha, 4)).level
    return _decide(level, upper, None, upper, _covered_text(data_cov))


def _covered_text(data_cov: float) -> str:
    return f"{100 * data_cov:.1f} %" if data_cov < 0.9995 else f"{100 * data_cov:.4f} %"


def _decide(level: risk.Risk, upper_all: str, upper_years: Optional[str], upper_space: Optional[str],
            covered: Optional[str], years_gap: Optional[str] = None):
    """The verdict from the level of the loss seen (``level``) and the levels it would have if what the
    data could not see had all been lost: everything (``upper_all``), only the years missing
    (``upper_years``, None without a gap in years) or only the part of the plot not covered
    (``upper_space``, None when all of it is covered). The level holds when ``upper_all`` is the same
    (then no limit, only a note); otherwise a Low is Unknown and a higher level is a minimum, with the
    gaps that can change it named. Returns (risk, status, error, limits, minimum, note)."""
    if upper_all == level.level:
        if years_gap:
            note = f"{years_gap}; the level holds even if the rest of the forest had been lost then"
        else:
            note = f"data cover {covered} of the plot; the level holds even if the rest were deforested"
        return level, analysis.STATUS_OK, None, (), False, note
    years_matter = upper_years is not None and upper_years != level.level
    space_matters = upper_space is not None and upper_space != level.level
    if not years_matter and not space_matters:  # only together can they change the level
        years_matter, space_matters = upper_years is not None, upper_space is not None
    why: list[str] = []
    limits: list[str] = []
    if years_matter:
        why.append(str(years_gap))
        limits.append(risk.Limit.YEARS_NOT_COVERED.value)
    if space_matters:
        why.append(f"data cover only {covered} of the plot")
        limits.append(risk.Limit.PARTIAL_COVERAGE.value)
    text = "; ".join(why)
    if level.level == risk.LOW:
        return (risk.Risk(risk.UNKNOWN, risk.REASON_UNKNOWN_INCOMPLETE), analysis.STATUS_NO_DATA,
                f"{text}: the risk cannot be assessed", tuple(limits), False, None)
    return (level, analysis.STATUS_NO_DATA,
            f"{text}: {level.level} at least (deforestation counted on what the data cover)",
            tuple(limits), True, None)


_LEVEL_NAMES = np.array([outcome.level for outcome in risk.OUTCOMES], dtype=object)


def _levels(hectares: np.ndarray, area_ha: np.ndarray) -> np.ndarray:
    """The rule's level names for arrays of hypothetical deforestation (the upper bounds)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.round(np.where(area_ha > 0, 100.0 * hectares / area_ha, 0.0), 4)
    return _LEVEL_NAMES[risk.assess_many(pct, np.round(hectares, 4))]


def _year_gaps(ctx: _Context, results: dict[int, analysis.PlotResult], harvest: Sequence[_dt.date]) -> None:
    """Once the loss data's last year is known (given, or the largest code seen in the plots): the
    verdict of every plot whose analysis window reaches past it (the rest of its 2020 forest, all of
    the covered part without forest data, assumed lost in the years not covered for the upper bound),
    and the loss data's years in every result."""
    if ctx.loss is None:
        return
    if ctx.loss_years.last is None and ctx.max_code_seen:
        ctx.loss_years = LossYears(LOSS_YEAR_BASE + ctx.max_code_seen, "data")
        ctx.run.feedback.info(f"tree-cover loss: the data's last year taken as {ctx.loss_years.last}, the "
                              "largest year found where the plots are (set it in the data catalog if later)")
    last = ctx.loss_years.last
    version = ctx.version()
    text = ctx.loss_years_text()
    for result in results.values():
        result.extra[analysis.LOSS_DATA_YEARS] = text
        if result.analysis is not None:
            result.analysis[analysis.VERSION] = version
    todo = [i for i in ctx.gap_inputs
            if (last is None or harvest[i].year > last) and results.get(i) is not None
            and results[i].analysis is not None]
    if not todo:
        return
    values = np.array([ctx.gap_inputs[i][:4] for i in todo], dtype=float)  # None forest → nan
    seen, forest, area, cov = values.T
    missing = np.maximum(0.0, 1.0 - cov) * area
    space = missing > FULL_COVERAGE_TOLERANCE * np.maximum(area, 1e-12)
    missing = np.where(space, missing, 0.0)
    standing = np.nan_to_num(forest) if ctx.forest is not None else cov * area
    unseen = np.maximum(0.0, standing - seen)
    upper_all = _levels(seen + missing + unseen, area)
    upper_years = _levels(seen + unseen, area)
    upper_space = _levels(seen + missing, area)
    base = np.array([ctx.gap_inputs[i][4].level for i in todo], dtype=object)
    gaps: dict[int, str] = {}

    def gap_text(end_year: int) -> str:
        if end_year not in gaps:
            if last is None:
                gaps[end_year] = "the loss data's last year is unknown (set it in the data catalog)"
            else:
                span = f"{last + 1}–{end_year}" if end_year > last + 1 else f"{last + 1}"
                gaps[end_year] = f"loss data ends {last}; {span} not covered"
        return gaps[end_year]

    holds = upper_all == base
    notes: dict[int, str] = {}
    for k in np.flatnonzero(holds).tolist():  # the level holds whatever the missing years hold
        end_year = harvest[todo[k]].year
        if end_year not in notes:
            notes[end_year] = f"{gap_text(end_year)}; the level holds even if the rest of the forest had been " \
                              "lost then"
        results[todo[k]].extra["note"] = notes[end_year]
    for k in np.flatnonzero(~holds).tolist():
        i = todo[k]
        level, status, error, limits, minimum, _ = _decide(
            ctx.gap_inputs[i][4], upper_all[k], upper_years[k], upper_space[k] if space[k] else None,
            _covered_text(float(cov[k])) if space[k] else None, gap_text(harvest[i].year))
        result = results[i]
        result.status, result.error, result.limits, result.level_is_minimum = status, error, limits, minimum
        if result.analysis is not None:
            result.analysis[analysis.RISK_LEVEL] = level.level
            result.analysis[analysis.RISK_REASON] = level.reason
        result.extra.pop("note", None)
