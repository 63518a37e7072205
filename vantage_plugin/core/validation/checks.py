"""Validation of a batch of plots, vectorised with shapely 2 array functions and numpy.

Geometry checks run over the whole batch (coordinates of every ring in one array, the per-vertex
and coordinate checks in cache-sized runs of whole plots, rows gathered with ``take``/``compress``,
the costly measures only where a cheap certain test cannot decide); only the plots that have a
problem cost Python time. GEOS is asked only where numpy cannot decide: validity only for rings
that are not star-shaped around their centre, containment only where bounding boxes and the ranges
of x + y and x − y nest, intersections only for the pairs
that may overlap partly (on two threads). Issues that come in pairs (overlaps, duplicates) are made
in bulk. Every code, severity, message and threshold comes from :mod:`.rules`.
"""

from __future__ import annotations

import datetime as _dt
import gc
import math
import os
import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from itertools import chain
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import numpy as np
import shapely

from ..geodesy import geodesic_area_ha
from ..plots import (
    COORDINATE_DECIMALS,
    EUDR_CUTOFF,
    POINT_MAX_HA,
    Plot,
    geometry_array,
    normalise_commodity,
    parse_harvest_date,
    parse_point_ha,
)
from ..runs import Feedback, gc_paused
from .geojson_raw import raw_problems, well_formed_polygon
from .issues import Issue, Severity
from .overlap_area import (
    SharedParts,
    StarRings,
    map_on_threads,
    shared_rings,
    star_inside,
    star_rings,
    steady_star_rings,
    take_rows,
)
from .rules import INSIDE_OTHER_PLOT, OVERLAP_MIN_AREA, make_issue, make_issues

_VALID = "Valid Geometry"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_REASON = re.compile(r"^(?P<reason>[^\[]*)(\[(?P<x>\S+) (?P<y>\S+)\])?")
POINT_TYPES = (0, 4)  # Point, MultiPoint
_LINE_TYPES = (1, 2, 5)  # LineString, LinearRing, MultiLineString
POLYGON_TYPES = (3, 6)  # Polygon, MultiPolygon
_TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
               5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
#: |x| or |y| at least this large (and out of range) reads as projected metres, not degrees.
PROJECTED_MIN = 1000.0
#: Relative tolerance for "the outline turns back on itself" (sine of the turning angle).
SPIKE_SINE = 1e-9
#: A vertex whose two edges meet at less than this angle (degrees, on the ground) is a sharp spike.
SHARP_SPIKE_DEGREES = 2.0
#: ... when its shorter edge is at least this long (metres): a long thin sliver, not vertex jitter.
SHARP_SPIKE_MIN_EDGE_M = 1.0
_M_PER_DEGREE = 111_320.0
#: tan(SHARP_SPIKE_DEGREES) widened by 1 %: vertices whose edges' cross and dot products are beyond it
#: cannot be sharp spikes, and their angles are not computed.
_SHARP_TAN = math.tan(math.radians(SHARP_SPIKE_DEGREES)) * 1.01
#: Absolute margin (degrees) of the separation tests between plots' outlines: far above rounding error.
SEPARATION_MARGIN = 1e-9
#: Threads for the GEOS calls over many pairs (shapely releases the GIL), and the least work worth splitting.
_WORKERS = max(1, min(2, os.cpu_count() or 1))
_SPLIT_MIN = 2000
_RAGGED_RUN = 10_000  # plots per call to shapely.to_ragged_array
#: Held while plots' geometries are prepared, tested and unprepared (:func:`_overlap_checks`): a prepared
#: index lives on the geometry object, GEOS builds it on first use without a guard, and two validations
#: of the same Plot objects at once (two tasks) would test one index together or free it in use.
_PREPARED_LOCK = threading.Lock()
#: Coordinates per run of the per-vertex checks (a run's arrays stay in the processor's cache).
_CHUNK = 1 << 16
#: The most rounding to COORDINATE_DECIMALS moves a coordinate in range (|x| ≤ 180): half a unit of the
#: last decimal, plus far more than numpy's ``round`` (a product, ``rint``, a quotient) errs by there.
_ROUNDING_MOVE = 0.5 * 10.0 ** -COORDINATE_DECIMALS + 1e-12


@dataclass
class ValidationReport:
    """Issues of a batch, sorted by plot. ``blocked`` are the plots with an error."""

    issues: list[Issue]
    plot_count: int
    plot_indices: list[int] = field(default_factory=list)
    blocked: set[int] = field(init=False)
    #: Per plot of the batch (by position, as ``plot_indices``): 1 where its geometry is a valid polygon by
    #: GEOS's rules (``shapely.is_valid``), 0 where it is a polygon that is not, −1 where not checked (not a
    #: polygon: points, lines, empty or null geometries); None when not known (a report made from issues).
    geometry_validity: Optional[np.ndarray] = field(default=None, repr=False, compare=False)
    _by_plot: Optional[dict[int, list[Issue]]] = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        error = Severity.ERROR
        self.blocked = {issue.plot_index for issue in self.issues if issue.severity is error}
        if not self.plot_indices:
            self.plot_indices = list(range(self.plot_count))

    @property
    def valid_indices(self) -> list[int]:
        """Indexes of the plots without any error (they may have warnings), in batch order."""
        return [index for index in self.plot_indices if index not in self.blocked]

    @property
    def error_count(self) -> int:
        return sum(issue.severity is Severity.ERROR for issue in self.issues)

    @property
    def warning_count(self) -> int:
        return sum(issue.severity is Severity.WARNING for issue in self.issues)

    def issues_for(self, index: int) -> list[Issue]:
        """The issues of the plot whose ``Plot.index`` is ``index``."""
        if self._by_plot is None:  # made at the first question (many callers never ask)
            by_plot: dict[int, list[Issue]] = {}
            for issue in self.issues:
                group = by_plot.get(issue.plot_index)
                if group is None:
                    by_plot[issue.plot_index] = [issue]
                else:
                    group.append(issue)
            self._by_plot = by_plot
        return list(self._by_plot.get(index, ()))


def validate(
    plots: Sequence[Plot],
    *,
    today: Optional[_dt.date] = None,
    check_overlaps: bool = True,
    feedback: Optional[Feedback] = None,
) -> ValidationReport:
    """Check every plot and the batch as a whole; never raises on bad input."""
    feedback = feedback or Feedback()
    today = today or _dt.date.today()
    plots = list(plots)
    issues: list[Issue] = []
    validity = np.full(len(plots), -1, dtype=np.int8)
    stages: list[Callable[[], None]] = [
        lambda: issues.extend(_attribute_issues(plots, today)),
        lambda: issues.extend(_geometry_issues(plots, overlaps=check_overlaps, validity=validity)),
    ]
    # The batch holds millions of small objects (raw coordinate lists): pausing the cyclic garbage
    # collector while issues are created and gathered avoids rescanning them all (nothing here makes cycles).
    with gc_paused(), small_pages():
        for number, stage in enumerate(stages):
            feedback.check()
            stage()
            feedback.set_progress(100.0 * (number + 1) / len(stages))
        issues.sort(key=_PLOT_INDEX)
        report = ValidationReport(issues, len(plots), [plot.index for plot in plots], validity)
        _promote_young()
        return report


_PLOT_INDEX = attrgetter("plot_index")


def _promote_young() -> None:
    """Every object the cyclic garbage collector tracks moved to its oldest generation at once, without
    scanning them (``gc.freeze`` then ``gc.unfreeze``), unless some caller keeps objects frozen.

    With the collector paused, the issues, their parameters and the report (about ten objects per
    issue) all pile up in the youngest generation: the first collection once it is on again would scan
    each of them (0.3–0.5 s for 160,000 issues), then the middle generation's would scan them again,
    only to move them to the oldest generation, where they would be anyway. They hold no cycles."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def _hugepage_switch() -> Optional[Callable[[bool], bool]]:
    """numpy's switch for asking the kernel for huge pages for large arrays (returns the previous
    setting), or None when this numpy has none."""
    for name in ("numpy._core.multiarray", "numpy.core.multiarray"):
        try:
            module = import_module(name)
        except ImportError:
            continue
        switch = getattr(module, "_set_madvise_hugepage", None)
        if switch is not None:
            return switch
    return None


@contextmanager
def small_pages() -> Iterator[None]:
    """numpy's large arrays on ordinary memory pages for the duration (then back as it was).

    numpy asks Linux for transparent huge pages on every array of 4 MB or more; where the kernel
    answers such requests by compacting memory on the spot (``defrag`` set to ``madvise``, Debian's
    default), memory touched for the first time costs several times more: 1.56 s CPU against 0.33 s
    per 500 MB measured on the project's VM. Validation fills hundreds of megabytes of fresh arrays
    once each, where huge pages save nothing."""
    switch = _hugepage_switch()
    if switch is None:
        yield
        return
    was = switch(False)
    try:
        yield
    finally:
        switch(was)


# ---------------------------------------------------------------- attributes


class _Memo(dict):
    """Parse results keyed by raw value (values repeat a lot across a batch)."""

    def get_or(self, value: Any, parse: Callable[[Any], Any]) -> Any:
        try:
            return self[value] if value in self else self.setdefault(value, parse(value))
        except TypeError:  # unhashable
            return parse(value)


def _attribute_issues(plots: list[Plot], today: _dt.date) -> list[Issue]:
    issues: list[Issue] = []
    commodities, dates = _Memo(), _Memo()
    # Values already found to give no issue (values repeat a lot): such a plot is passed over at once.
    fine_commodities: set[Any] = set()
    fine_dates: set[Any] = set()
    for plot in plots:
        value = plot.commodity
        try:
            fine = value in fine_commodities and plot.harvest_date in fine_dates
        except TypeError:  # unhashable
            fine = False
        if fine:
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            issues.append(make_issue("COMMODITY_MISSING", plot))
        elif commodities.get_or(value, normalise_commodity) is None:
            issues.append(make_issue("COMMODITY_UNKNOWN", plot, value=value))
        else:
            _remember(fine_commodities, value)
        value = plot.harvest_date
        if value is None or (isinstance(value, str) and not value.strip()):
            issues.append(make_issue("HARVEST_DATE_MISSING", plot))
            continue
        date = dates.get_or(value, _parse_date)
        if date is None:
            issues.append(make_issue("HARVEST_DATE_INVALID", plot, value=value))
        elif date > today:
            issues.append(make_issue("HARVEST_DATE_FUTURE", plot, value=date.isoformat(), today=today.isoformat()))
        elif date <= EUDR_CUTOFF:
            issues.append(make_issue("HARVEST_DATE_BEFORE_CUTOFF", plot, value=date.isoformat()))
        else:
            _remember(fine_dates, value)
    issues += _duplicate_id_issues(plots)
    return issues


def _parse_date(value: Any) -> Optional[_dt.date]:
    """:func:`..plots.parse_harvest_date`, with ``yyyy-MM-dd`` text (ASCII digits) read by
    ``date.fromisoformat`` (the same dates, several times faster than ``strptime``)."""
    if type(value) is str and _ISO_DATE.fullmatch(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return parse_harvest_date(value)


def _remember(values: set[Any], value: Any) -> None:
    """``value`` added to ``values`` when it is hashable."""
    try:
        values.add(value)
    except TypeError:
        pass


def _feature_name(plot: Plot) -> str:
    """A plot's feature, not by its id (for duplicate ids): its feature id, else its position."""
    return f"fid {plot.source_fid}" if plot.source_fid is not None else f"feature #{plot.index + 1}"


def _duplicate_id_issues(plots: list[Plot]) -> list[Issue]:
    """A warning on each plot whose own id another plot also has, naming both features."""
    keys = [None if plot.user_id is None else str(plot.user_id).strip() for plot in plots]
    # Ids are mostly unique: the plots are grouped for the repeated ones alone (in order of first use).
    repeated = {key for key, count in Counter(keys).items() if count > 1 and key}
    if not repeated:
        return []
    by_id: dict[str, list[Plot]] = {}
    for plot, key in zip(plots, keys):
        if key in repeated:
            by_id.setdefault(key, []).append(plot)
    issues: list[Issue] = []
    for value, same in by_id.items():
        if len(same) < 2:
            continue
        distinct = len({id(plot) for plot in same}) == len(same)
        first = same[:4] if distinct else same  # distinct plots: the 3 others named are among the first 4
        for plot in same:
            others = [other for other in first if other is not plot]
            more = " …" if (len(same) - 1 if distinct else len(others)) > 3 else ""
            names = ", ".join(_feature_name(other) for other in others[:3]) + more
            issues.append(make_issue("DUPLICATE_PLOT_ID", plot, other=others[0], value=value,
                                     feature=_feature_name(plot), other_feature=names))
    return issues


def _point_issues(plot: Plot) -> list[Issue]:
    value = plot.point_ha
    if value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and np.isnan(value)
    ):
        return [make_issue("POINT_HA_MISSING", plot)]
    number = parse_point_ha(value)
    if number is None:
        return [make_issue("POINT_HA_NOT_NUMBER", plot, value=value)]
    if number <= 0:
        return [make_issue("POINT_HA_NOT_POSITIVE", plot, value=number)]
    if number >= POINT_MAX_HA:
        return [make_issue("POINT_TOO_LARGE", plot, value=number)]
    return []


# ---------------------------------------------------------------- geometry


def _first_per_group(groups: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the groups having a True in ``mask``: group ids, position of their first True, True count."""
    where = np.flatnonzero(mask)
    ids, first, counts = np.unique(groups[where], return_index=True, return_counts=True)
    return ids, where[first], counts


def _parse_reason(text: str) -> tuple[str, Optional[tuple[float, float]]]:
    match = _REASON.match(text)
    reason = match.group("reason").strip() if match else text
    try:
        location = (float(match.group("x")), float(match.group("y"))) if match and match.group("x") else None
    except ValueError:
        location = None
    return reason, location


class IssueBatch:
    """The issues found while the batch is checked (plots by position in the batch), in the order found."""

    def __init__(self, plots: list[Plot]) -> None:
        self.plots = plots
        self._positions: list[int] = []
        self._issues: list[Issue] = []
        self._labels: Optional[list[str]] = None
        self._indices: Optional[list[int]] = None

    def add(self, position: int, code: str, **kwargs: Any) -> None:
        self._positions.append(position)
        self._issues.append(make_issue(code, self.plots[position], **kwargs))

    @property
    def positions(self) -> list[int]:
        """The position of each issue's plot, in the order found."""
        return self._positions

    @property
    def found(self) -> list[Issue]:
        """The issues, in the order found."""
        return self._issues

    def extend(self, positions: Sequence[int], issues: Sequence[Issue]) -> None:
        self._positions.extend(positions)
        self._issues.extend(issues)

    @property
    def label_list(self) -> list[str]:
        """Every plot's label, by position (made once, when issues name other plots in bulk)."""
        if self._labels is None:
            self._labels = [plot.label for plot in self.plots]
        return self._labels

    @property
    def index_list(self) -> list[int]:
        """Every plot's ``Plot.index``, by position (made once)."""
        if self._indices is None:
            self._indices = [plot.index for plot in self.plots]
        return self._indices

    def add_pairs(self, code: str, first: np.ndarray, second: np.ndarray, *,
                  locations: Optional[np.ndarray] = None, **columns: Sequence[Any]) -> None:
        """Issue ``code`` on both plots of every pair (``first[k]``, ``second[k]``), each naming the other:
        the first plot's issue, then the second's, pair after pair. A column value ``(a, b)`` gives the
        first plot's value and the second's."""
        firsts, seconds = np.asarray(first, dtype=np.int64).tolist(), np.asarray(second, dtype=np.int64).tolist()
        labels, indices = self.label_list, self.index_list
        first_indices, second_indices = [indices[p] for p in firsts], [indices[p] for p in seconds]
        first_labels, second_labels = [labels[p] for p in firsts], [labels[p] for p in seconds]
        # The other plot of issue 2k is the plot of issue 2k + 1 and the other way round.
        positions = _interleave(firsts, seconds)
        plot_indices = _interleave(first_indices, second_indices)
        other_indices = _interleave(second_indices, first_indices)
        plot_labels = _interleave(first_labels, second_labels)
        other_labels = _interleave(second_labels, first_labels)
        lonlat = None
        if locations is not None:  # each pair's place, the same float objects for both of its issues
            places = np.asarray(locations, dtype=float).reshape(-1, 2)
            lon, lat = places[:, 0].tolist(), places[:, 1].tolist()
            lonlat = (_interleave(lon, lon), _interleave(lat, lat))
        values = {name: [v for pair in column for v in pair] for name, column in columns.items()}
        issues = make_issues(code, plot_indices, plot_labels, lonlat=lonlat,
                             other_columns=(other_indices, other_labels), **values)
        self.extend(positions, issues)

    def issues(self) -> list[Issue]:
        """The issues by position, each plot's in the order found."""
        order = np.argsort(np.asarray(self._positions, dtype=np.int64), kind="stable")
        issues = self._issues
        return [issues[k] for k in order.tolist()]


def _interleave(first: list[Any], second: list[Any]) -> list[Any]:
    """``[first[0], second[0], first[1], second[1], …]`` (lists of one length)."""
    both: list[Any] = [None] * (2 * len(first))
    both[0::2], both[1::2] = first, second
    return both


def _geometry_issues(plots: list[Plot], overlaps: bool, validity: Optional[np.ndarray] = None) -> list[Issue]:
    """The geometry issues of ``plots``; ``validity`` (one int8 per plot, when given) receives GEOS's
    validity of each polygon checked (see :attr:`ValidationReport.geometry_validity`)."""
    batch = IssueBatch(plots)
    geoms = geometry_array(plots)

    raw_errors = _raw_checks(batch)
    type_id = shapely.get_type_id(geoms)
    empty = shapely.is_empty(geoms)
    for position in np.flatnonzero(type_id < 0):
        if position in raw_errors:
            continue  # the raw check already said why there is no geometry
        error = plots[position].read_error
        batch.add(position, "GEOMETRY_NULL", detail=f": {error}" if error else "")
    for position in np.flatnonzero((type_id >= 0) & empty):
        batch.add(position, "GEOMETRY_EMPTY")
    for position in np.flatnonzero(np.isin(type_id, _LINE_TYPES) & ~empty):
        batch.add(position, "GEOMETRY_LINE", geometry_type=_TYPE_NAMES[int(type_id[position])])
    for position in np.flatnonzero((type_id == 7) & ~empty):
        batch.add(position, "GEOMETRY_UNSUPPORTED", geometry_type="GeometryCollection")

    points = np.flatnonzero(np.isin(type_id, POINT_TYPES) & ~empty)
    polygons = np.flatnonzero(np.isin(type_id, POLYGON_TYPES) & ~empty)
    subset = np.concatenate([points, polygons])
    parts = shapely.get_num_geometries(geoms[subset])
    for position, count in zip(subset[parts > 1], parts[parts > 1]):
        batch.add(int(position), "MULTIPART", parts=int(count))
    for position in points:
        found = _point_issues(plots[position])
        batch.extend([int(position)] * len(found), found)

    rings = _Rings.of(geoms, polygons)
    chunks = _ring_chunks(rings, polygons, _CHUNK)
    point_coords, which = shapely.get_coordinates(geoms[points], return_index=True)
    # Coordinates with their plot positions, a run of whole plots at a time (each plot's issues come
    # from one run: the same issues, in the same order for each plot, as over the whole batch at once).
    runs = chain([(point_coords, points[which])], ((part.coords, part.owner[part.ring_of]) for _, part in chunks))
    in_range = _coordinate_checks(batch, subset, runs)
    stars: list[tuple[np.ndarray, ...]] = []
    steady: list[np.ndarray] = []
    geos_valid: list[np.ndarray] = []
    valid = np.concatenate([np.zeros(0, dtype=bool)]
                           + _polygon_checks_in_runs(batch, geoms, chunks, stars, steady, geos_valid))
    if validity is not None:
        validity[polygons] = np.concatenate([np.zeros(0, dtype=bool)] + geos_valid)
    ring_stars = tuple(np.concatenate(column) for column in zip(*stars)) if stars else None
    crossing = _antimeridian_checks(batch, rings, in_range)
    good = valid & in_range[polygons] & ~np.isin(polygons, crossing)
    _rounding_checks(batch, geoms, polygons, chunks, good, steady)
    if overlaps:
        _overlap_checks(batch, geoms, polygons[good], points[in_range[points]], rings, ring_stars)
    return batch.issues()


@dataclass
class _Rings:
    """Every ring of a set of polygonal plots, as flat arrays (shapely.to_ragged_array)."""

    coords: np.ndarray
    ring_of: np.ndarray  # ring number of each coordinate (int32: half the memory of int64)
    owner: np.ndarray  # plot position of each ring
    exterior: np.ndarray  # is each ring an exterior ring
    start: Optional[np.ndarray] = None  # first coordinate of each ring, then the count (made when needed)

    def ring_start(self) -> np.ndarray:
        """The first coordinate of each ring and, last, the count of coordinates (n_rings + 1 values)."""
        if self.start is None:
            self.start = np.searchsorted(self.ring_of, np.arange(len(self.owner) + 1, dtype=self.ring_of.dtype))
        return self.start

    @classmethod
    def of(cls, geoms: np.ndarray, polygons: np.ndarray) -> _Rings:
        """The rings of ``geoms[polygons]``, extracted :data:`_RAGGED_RUN` plots at a time: each call into
        shapely holds the GIL, and short calls let the panel's thread run between them. Polygons without
        holes (one ring each) are read with ``shapely.get_coordinates``; the others (holes, several parts)
        with ``shapely.to_ragged_array`` (:meth:`_ragged`), the rings then put back in plot order."""
        # The coordinates go straight into one array (each run's own copy is freed before the next run's
        # is made); a count that differs from GEOS's (none known) falls back to joining the runs.
        counts = shapely.get_num_coordinates(geoms[polygons])
        total = int(counts.sum()) if len(polygons) else 0
        coords = np.empty((total, 2))
        filled = 0
        spilled: list[np.ndarray] = []
        sizes_of, owner, exterior = [np.zeros(0, dtype=np.int64)], [], []
        for lo in range(0, len(polygons), _RAGGED_RUN):
            run = polygons[lo:lo + _RAGGED_RUN]
            shapes = geoms[run]
            simple = (shapely.get_type_id(shapes) == 3) & (shapely.get_num_interior_rings(shapes) == 0)
            simple_coords = shapely.get_coordinates(shapes[simple])
            simple_sizes = counts[lo:lo + _RAGGED_RUN][simple]
            if simple.all():
                run_coords, sizes, run_owner = simple_coords, simple_sizes, run
                run_exterior = np.ones(len(run), dtype=bool)
            else:
                other_coords, other_sizes, other_owner, other_exterior = cls._ragged(shapes[~simple], run[~simple])
                all_sizes = np.concatenate([simple_sizes, other_sizes])
                all_owner = np.concatenate([run[simple], other_owner])
                source_start = np.concatenate([[0], np.cumsum(all_sizes)[:-1]])
                order = np.argsort(all_owner, kind="stable")  # a plot's rings stay in their order
                sizes, run_owner = all_sizes[order], all_owner[order]
                run_exterior = np.concatenate([np.ones(int(simple.sum()), dtype=bool), other_exterior])[order]
                start = np.concatenate([[0], np.cumsum(sizes)[:-1]])
                take = np.repeat(source_start[order] - start, sizes) + np.arange(int(sizes.sum()))
                run_coords = take_rows(np.concatenate([simple_coords, other_coords]), take)
            if not spilled and filled + len(run_coords) <= total:
                coords[filled:filled + len(run_coords)] = run_coords
                filled += len(run_coords)
            else:
                spilled.append(run_coords)
            del run_coords, simple_coords
            sizes_of.append(sizes)
            owner.append(run_owner)
            exterior.append(run_exterior)
        sizes = np.concatenate(sizes_of)
        none = np.zeros(0, dtype=np.int64)
        return cls(np.concatenate([coords[:filled], *spilled]) if spilled else coords[:filled],
                   np.repeat(np.arange(len(sizes), dtype=np.int32), sizes), np.concatenate([none, *owner]),
                   np.concatenate([none.astype(bool), *exterior]), np.r_[0, np.cumsum(sizes)])

    @staticmethod
    def _ragged(shapes: np.ndarray, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The rings of polygonal ``shapes`` (plot positions ``positions``) by ``shapely.to_ragged_array``:
        coordinates, coordinates per ring, owner and whether exterior, per ring."""
        if not len(shapes):
            return np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
        _kind, coords, offsets = shapely.to_ragged_array(shapes, include_z=False)
        ring_offsets, part_rings = offsets[0], offsets[1]
        plot_parts = offsets[2] if len(offsets) > 2 else np.arange(len(part_rings))
        n_rings, n_parts = len(ring_offsets) - 1, len(part_rings) - 1
        part_of_ring = np.repeat(np.arange(n_parts), np.diff(part_rings))
        plot_of_part = np.repeat(np.arange(len(plot_parts) - 1), np.diff(plot_parts))
        exterior = np.zeros(n_rings, dtype=bool)
        exterior[part_rings[:-1][np.diff(part_rings) > 0]] = True
        return coords, np.diff(ring_offsets), positions[plot_of_part[part_of_ring]], exterior


def _in_runs(function: Callable[[np.ndarray], np.ndarray], array: np.ndarray) -> np.ndarray:
    """``function(array)`` called on runs of :data:`_RAGGED_RUN` items: a long call into shapely holds the
    GIL, and short ones let the panel's thread run between them."""
    if len(array) <= _RAGGED_RUN:
        return function(array)
    return np.concatenate([function(array[lo:lo + _RAGGED_RUN]) for lo in range(0, len(array), _RAGGED_RUN)])


def _parallel(function: Callable[..., np.ndarray], *arrays: np.ndarray) -> np.ndarray:
    """``function(*arrays)`` (a vectorised shapely call) computed in chunks on :data:`_WORKERS` threads."""
    n = len(arrays[0])
    if _WORKERS < 2 or n < _SPLIT_MIN:
        return function(*arrays)
    cuts = np.linspace(0, n, _WORKERS + 1).astype(int)
    with ThreadPoolExecutor(_WORKERS) as pool:
        parts = list(pool.map(lambda k: function(*(a[cuts[k]:cuts[k + 1]] for a in arrays)), range(_WORKERS)))
    return np.concatenate(parts)


def _surely_valid(rings: _Rings, polygons: np.ndarray, coords: np.ndarray,
                  star: Optional[np.ndarray] = None) -> np.ndarray:
    """For ``polygons`` (with their rings in ``rings``, coordinates ``coords``): True where the plot is
    one ring passing :func:`.overlap_area.star_rings` (``star``: its answer per ring, when known), hence
    a valid polygon without asking GEOS."""
    if not len(rings.owner):
        return np.zeros(len(polygons), dtype=bool)
    if star is None:
        star = star_rings(coords, rings.ring_of, len(rings.owner), rings.start)[0]
    return _one_ring(rings, polygons, star)


def _one_ring(rings: _Rings, polygons: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """For ``polygons`` (with their rings in ``rings``): True where the plot has one ring and its ``flags`` is True."""
    n_rings = len(rings.owner)
    if not n_rings:
        return np.zeros(len(polygons), dtype=bool)
    per_plot = np.bincount(np.searchsorted(polygons, rings.owner), minlength=len(polygons))
    first = np.minimum(np.cumsum(per_plot) - per_plot, n_rings - 1)
    return (per_plot == 1) & flags[first]


def _ring_chunks(rings: _Rings, polygons: np.ndarray, size: int) -> list[tuple[np.ndarray, _Rings]]:
    """``polygons`` in runs of whole plots of about ``size`` coordinates, each with its rings (numbered from
    0): per-vertex work on one run stays in the processor's cache."""
    if not len(rings.owner):
        return [(polygons, rings)]
    ring_start = rings.ring_start()
    plot_first_ring = np.searchsorted(rings.owner, polygons)
    plot_coord = ring_start[plot_first_ring]
    cuts = np.unique(np.searchsorted(plot_coord, np.arange(0, len(rings.coords), size)))
    cuts = np.r_[cuts[cuts > 0] if len(cuts) else cuts, len(polygons)]
    chunks = []
    lo = 0
    for hi in cuts.tolist():
        if hi <= lo:
            continue
        r_lo, r_hi = int(plot_first_ring[lo]), int(plot_first_ring[hi]) if hi < len(polygons) else len(rings.owner)
        c_lo, c_hi = int(ring_start[r_lo]), int(ring_start[r_hi])
        part = _Rings(rings.coords[c_lo:c_hi], rings.ring_of[c_lo:c_hi] - rings.ring_of.dtype.type(r_lo),
                      rings.owner[r_lo:r_hi], rings.exterior[r_lo:r_hi], ring_start[r_lo:r_hi + 1] - c_lo)
        chunks.append((polygons[lo:hi], part))
        lo = hi
    return chunks


def _raw_checks(batch: IssueBatch) -> set[int]:
    """Structural checks of the geometries as written; the positions with an error there."""
    errors: set[int] = set()
    for position, plot in enumerate(batch.plots):
        if plot.raw_geometry is None or well_formed_polygon(plot.raw_geometry):
            continue
        for problem in raw_problems(plot.raw_geometry):
            batch.add(position, problem.code, location=problem.location, **problem.params)
            errors.add(position)
    return errors


def _coordinate_checks(batch: IssueBatch, subset: np.ndarray,
                       runs: Iterable[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Range, projected-metres and precision checks over ``runs`` of (coordinates, plot position of
    each), every plot's coordinates in one run; a mask of plots whose coordinates are all in range."""
    n = len(batch.plots)
    in_range = np.zeros(n, dtype=bool)
    in_range[subset] = True
    coarse_count, count = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    for coords, owner in runs:
        if not len(coords):
            continue
        ax, ay = np.abs(coords[:, 0]), np.abs(coords[:, 1])
        finite = np.isfinite(coords[:, 0]) & np.isfinite(coords[:, 1])
        with np.errstate(invalid="ignore"):
            out = finite & ((ax > 180) | (ay > 90))
            big = out & (np.maximum(ax, ay) >= PROJECTED_MIN)
            # Precision: at most 5 decimals.
            scaled = coords * 10.0 ** (COORDINATE_DECIMALS - 1)
            off = np.abs(scaled - np.rint(scaled)) < 1e-4
            coarse = off[:, 0] & off[:, 1]
        x, y = coords[:, 0], coords[:, 1]
        not_finite, _, _ = _first_per_group(owner, ~finite)
        for position in not_finite:
            batch.add(int(position), "COORDINATE_NOT_FINITE")
        projected, first, _ = _first_per_group(owner, big)
        for position, k in zip(projected, first):
            batch.add(int(position), "COORDINATES_LOOK_PROJECTED", x=x[k], y=y[k])
        outside, first, _ = _first_per_group(owner, out & ~big)
        for position, k in zip(outside, first):
            if position not in projected:
                batch.add(int(position), "COORDINATE_OUT_OF_RANGE", x=x[k], y=y[k])
        in_range[not_finite] = in_range[projected] = in_range[outside] = False
        coarse_count += np.bincount(owner[coarse], minlength=n)
        count += np.bincount(owner, minlength=n)

    # Precision: flag a plot when every coordinate has at most 5 decimals (lon/lat sources only).
    lonlat = np.fromiter((plot.source_is_lonlat for plot in batch.plots), dtype=bool, count=n)
    all_coarse = coarse_count == count
    for position in np.flatnonzero(all_coarse & lonlat & in_range):
        batch.add(int(position), "COORDINATE_PRECISION_LOW")
    return in_range


def _antimeridian_checks(batch: IssueBatch, rings: _Rings, in_range: np.ndarray) -> np.ndarray:
    """Polygons with an edge jumping more than 180° of longitude (drawn across the antimeridian, so
    read the long way round the world): an error each; returns their positions."""
    coords, ring_of = rings.coords, rings.ring_of
    if len(coords) < 2:
        return np.zeros(0, dtype=np.int64)
    found = [np.zeros(0, dtype=np.int64)]
    with np.errstate(invalid="ignore"):
        for lo in range(0, len(coords) - 1, _CHUNK):  # runs: the temporaries stay in the processor's cache
            x = coords[lo:lo + _CHUNK + 1, 0]
            found.append(np.flatnonzero(np.abs(x[1:] - x[:-1]) > 180.0) + lo)
    jump = np.concatenate(found)
    jump = jump[ring_of[jump + 1] == ring_of[jump]]
    owner = rings.owner[ring_of[jump + 1]]
    jump, owner = jump[in_range[owner]], owner[in_range[owner]]
    ids, first = np.unique(owner, return_index=True)
    for position, k in zip(ids, jump[first]):
        a, b = coords[k, 0], coords[k + 1, 0]
        batch.add(int(position), "POLYGON_CROSSES_ANTIMERIDIAN", west=a, east=b,
                  location=(float(coords[k, 0]), float(coords[k, 1])))
    return ids


def _sharp_spikes(batch: IssueBatch, vertices: np.ndarray, prev: np.ndarray, nxt: np.ndarray, owner: np.ndarray,
                  skip: np.ndarray) -> None:
    """A warning per plot with vertices whose two edges meet at less than :data:`SHARP_SPIKE_DEGREES`
    on the ground (longitudes scaled by cos(latitude)), both edges at least
    :data:`SHARP_SPIKE_MIN_EDGE_M` long; ``skip`` marks vertices already reported as exact spikes."""
    if not len(vertices):
        return
    scale = np.cos(np.radians(np.clip(vertices[:, 1], -89.9, 89.9)))
    with np.errstate(invalid="ignore", over="ignore"):
        ux, uy = (prev[:, 0] - vertices[:, 0]) * scale, prev[:, 1] - vertices[:, 1]
        wx, wy = (nxt[:, 0] - vertices[:, 0]) * scale, nxt[:, 1] - vertices[:, 1]
        cross, dot = np.abs(ux * wy - uy * wx), ux * wx + uy * wy
        # Candidates: an angle under SHARP_SPIKE_DEGREES needs a dot product ≥ 0 and a cross product at
        # most tan(angle) times it (widened by far more than rounding), or a value that is not finite.
        maybe = np.flatnonzero(((dot >= 0) & (cross <= _SHARP_TAN * dot)) | ~np.isfinite(cross) | ~np.isfinite(dot))
        maybe = maybe[~skip[maybe]]
        ux, uy, wx, wy = ux[maybe], uy[maybe], wx[maybe], wy[maybe]
        angle = np.degrees(np.arctan2(cross[maybe], dot[maybe]))
        shorter = np.minimum(np.hypot(ux, uy), np.hypot(wx, wy)) * _M_PER_DEGREE
        sharp = (angle < SHARP_SPIKE_DEGREES) & (shorter >= SHARP_SPIKE_MIN_EDGE_M)
    if not sharp.any():
        return
    ids, first, counts = _first_per_group(owner[maybe], sharp)
    for position, k, count in zip(ids, first, counts):
        j = maybe[k]
        batch.add(int(position), "POLYGON_SHARP_SPIKE", count=int(count), angle=float(angle[k]),
                  location=(float(vertices[j, 0]), float(vertices[j, 1])))


def _polygon_checks(batch: IssueBatch, geoms: np.ndarray, polygons: np.ndarray, rings: _Rings,
                    stars: Optional[list[tuple[np.ndarray, ...]]] = None,
                    steady: Optional[list[np.ndarray]] = None,
                    geos_valid: Optional[list[np.ndarray]] = None) -> np.ndarray:
    """Ring-level and GEOS validity checks; returns, for ``polygons``, which are valid. The star-shape
    test of every ring (:func:`.overlap_area.star_rings`) is appended to ``stars``; to ``steady``, for
    ``polygons``, which are one ring that stays valid when rounded for export
    (:func:`.overlap_area.steady_star_rings`); to ``geos_valid``, for ``polygons``, GEOS's validity
    (before zero-area rings and spikes are counted invalid)."""
    if not len(polygons):
        if steady is not None:
            steady.append(np.zeros(0, dtype=bool))
        if geos_valid is not None:
            geos_valid.append(np.zeros(0, dtype=bool))
        return np.zeros(0, dtype=bool)
    coords, ring_of, ring_owner = rings.coords, rings.ring_of, rings.owner
    n_rings = len(ring_owner)
    holes = np.bincount(ring_owner[~rings.exterior], minlength=len(geoms))

    # Consecutive duplicate vertices.
    dup = np.zeros(len(coords), dtype=bool)
    dup[1:] = (ring_of[1:] == ring_of[:-1]) & (coords[1:, 0] == coords[:-1, 0]) & (coords[1:, 1] == coords[:-1, 1])
    if dup.any():
        ids, first, counts = _first_per_group(ring_owner[ring_of], dup)
        for position, k, count in zip(ids, first, counts):
            batch.add(int(position), "DUPLICATE_VERTEX", count=int(count), location=tuple(coords[k]))
        kept, kept_ring = take_rows(coords, ~dup), ring_of[~dup]
    else:
        kept, kept_ring = coords, ring_of

    # Cyclic vertex lists: without repeats and without the closing position.
    last = np.ones(len(kept), dtype=bool)
    last[:-1] = kept_ring[1:] != kept_ring[:-1]
    vertices, vertex_ring = take_rows(kept, ~last), kept_ring[~last]
    m = np.bincount(vertex_ring, minlength=n_rings)
    prev, nxt = _neighbours(vertices, m)
    with np.errstate(invalid="ignore", over="ignore"):
        a, b = vertices - prev, nxt - vertices
        cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
        straight = _straight(a, b, cross)
        spike = straight & (a[:, 0] * b[:, 0] + a[:, 1] * b[:, 1] < 0)
    # A ring encloses no area when it has fewer than 3 distinct corners or all of them lie on one line.
    zero_ring = (m < 3) | (np.bincount(vertex_ring[straight], minlength=n_rings) == m)
    spike &= ~zero_ring[vertex_ring]
    zero_plots = set(np.unique(ring_owner[zero_ring]).tolist())
    for position in sorted(zero_plots):
        batch.add(int(position), "POLYGON_ZERO_AREA")
    spike_at: dict[int, np.ndarray] = {}
    if spike.any():
        spike_owner = ring_owner[vertex_ring[spike]]
        legs = np.stack([prev[spike], vertices[spike], nxt[spike]], axis=1)  # (k, 3, 2)
        for position in np.unique(spike_owner):
            mine = legs[spike_owner == position]
            batch.add(int(position), "POLYGON_SPIKE", count=len(mine), location=tuple(mine[0, 1]))
            spike_at[int(position)] = mine

    vertex_owner = ring_owner[vertex_ring]
    exact = spike | zero_ring[vertex_ring] | np.isin(vertex_owner, list(spike_at))
    # A turn whose edges run on in both x and y (a · b > 0 in each component, whatever positive scale x
    # is given) is wider than 90 degrees: never a sharp spike. The others are measured.
    with np.errstate(invalid="ignore", over="ignore"):
        wide = (a[:, 0] * b[:, 0] > 0) & (a[:, 1] * b[:, 1] > 0)
    turns = np.flatnonzero(~(wide | exact))
    _sharp_spikes(batch, take_rows(vertices, turns), take_rows(prev, turns), take_rows(nxt, turns),
                  vertex_owner[turns], np.zeros(len(turns), dtype=bool))

    for position in np.flatnonzero(holes):
        batch.add(int(position), "POLYGON_HOLE", count=int(holes[position]))

    *star, steady_rings = steady_star_rings(coords, ring_of, n_rings, rings.start, _ROUNDING_MOVE)
    if stars is not None:
        stars.append(tuple(star))
    if steady is not None:
        steady.append(_one_ring(rings, polygons, steady_rings))
    valid = _surely_valid(rings, polygons, coords, star[0])
    unsure = ~valid
    if unsure.any():
        valid[unsure] = _parallel(shapely.is_valid, geoms[polygons[unsure]])
    invalid = polygons[~valid]
    for position, text in zip(invalid, _in_runs(shapely.is_valid_reason, geoms[invalid])):
        _report_reason(batch, int(position), str(text), zero_plots, spike_at.get(int(position)))
    if geos_valid is not None:
        geos_valid.append(valid.copy())
    if zero_plots or spike_at:
        valid &= ~np.isin(polygons, list(zero_plots) + list(spike_at))
    return valid


def _polygon_checks_in_runs(batch: IssueBatch, geoms: np.ndarray, chunks: list[tuple[np.ndarray, _Rings]],
                            stars: list[tuple[np.ndarray, ...]], steady: list[np.ndarray],
                            geos_valid: Optional[list[np.ndarray]] = None) -> list[np.ndarray]:
    """:func:`_polygon_checks` of every run of ``chunks`` (each run's ``stars`` and ``steady`` appended in
    run order), on :data:`_WORKERS` threads: numpy releases the GIL on a run's arrays. Each run's issues
    are gathered apart and added to ``batch`` in run order: the same issues in the same order as one
    run after the other (the runs hold different plots)."""

    def one(run: tuple[np.ndarray, _Rings]) -> tuple[IssueBatch, np.ndarray, list, list, list]:
        found = IssueBatch(batch.plots)
        run_stars: list[tuple[np.ndarray, ...]] = []
        run_steady: list[np.ndarray] = []
        run_geos: list[np.ndarray] = []
        valid = _polygon_checks(found, geoms, run[0], run[1], run_stars, run_steady, run_geos)
        return found, valid, run_stars, run_steady, run_geos

    valid = []
    for found, run_valid, run_stars, run_steady, run_geos in map_on_threads(one, chunks, _WORKERS):
        batch.extend(found.positions, found.found)
        if geos_valid is not None:
            geos_valid += run_geos
        stars += run_stars
        steady += run_steady
        valid.append(run_valid)
    return valid


def _neighbours(vertices: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For cyclic vertex lists stored one after the other (``sizes[r]`` vertices for ring ``r``): each
    vertex's previous and next vertex around its ring."""
    prev, nxt = np.empty_like(vertices), np.empty_like(vertices)
    prev[1:], nxt[:-1] = vertices[:-1], vertices[1:]
    sizes = sizes[sizes > 0]
    end = np.cumsum(sizes)
    start = end - sizes
    prev[start] = take_rows(vertices, end - 1)
    nxt[end - 1] = take_rows(vertices, start)
    return prev, nxt


#: Squared lengths in this range keep (SPIKE_SINE · |a| · |b|)² a normal number, far from overflow.
_SQUARE_RANGE = (1e-100, 1e100)


def _straight(a: np.ndarray, b: np.ndarray, cross: np.ndarray) -> np.ndarray:
    """Whether the turn from edge ``a`` to edge ``b`` (rows of (dx, dy); ``cross``: their cross product)
    is straight: ``|cross| <= SPIKE_SINE · |a| · |b|``. That test (with ``np.hypot``) is made only
    where the squares cannot decide: a cross product whose square exceeds 4 · SPIKE_SINE² · |a|² · |b|²
    is certainly beyond it (the squares' rounding is ~1e-16 of them, not a factor 4)."""
    a2 = a[:, 0] * a[:, 0] + a[:, 1] * a[:, 1]
    b2 = b[:, 0] * b[:, 0] + b[:, 1] * b[:, 1]
    low, high = _SQUARE_RANGE
    clear = ((cross * cross > (4 * SPIKE_SINE * SPIKE_SINE) * a2 * b2) & (a2 > low) & (a2 < high)
             & (b2 > low) & (b2 < high))
    unclear = np.flatnonzero(~clear)
    straight = np.zeros(len(cross), dtype=bool)
    ua, ub = take_rows(a, unclear), take_rows(b, unclear)
    straight[unclear] = np.abs(cross[unclear]) <= (SPIKE_SINE * np.hypot(ua[:, 0], ua[:, 1])
                                                   * np.hypot(ub[:, 0], ub[:, 1]))
    return straight


def _report_reason(batch: IssueBatch, position: int, text: str, zero_plots: set[int],
                   spikes: Optional[np.ndarray]) -> None:
    reason, location = _parse_reason(text)
    if position in zero_plots and (reason.startswith("Too few points") or reason.endswith("Self-intersection")):
        return  # the zero-area ring is the cause
    if reason == "Invalid Coordinate":
        return  # reported by the coordinate checks
    if spikes is not None and location is not None and reason.endswith("Self-intersection"):
        if _on_legs(np.asarray(location), spikes):
            return  # the spike is the cause
    if reason.endswith("Self-intersection"):
        batch.add(position, "POLYGON_SELF_INTERSECTION", location=location or (float("nan"),) * 2)
    elif reason.startswith("Too few points"):
        batch.add(position, "POLYGON_ZERO_AREA", location=location)
    else:
        batch.add(position, "POLYGON_INVALID", reason=reason, location=location)


def _on_legs(point: np.ndarray, legs: np.ndarray, tolerance: float = 1e-9) -> bool:
    """Whether ``point`` lies on one of the spikes' two legs (``legs``: (k, 3, 2) prev, tip, next)."""
    for start, end in ((legs[:, 0], legs[:, 1]), (legs[:, 1], legs[:, 2])):
        d = end - start
        t = np.clip(((point - start) * d).sum(axis=1) / np.maximum((d * d).sum(axis=1), 1e-300), 0, 1)
        if (np.hypot(*(start + t[:, None] * d - point).T) <= tolerance).any():
            return True
    return False


def _rounding_checks(batch: IssueBatch, geoms: np.ndarray, polygons: np.ndarray,
                     chunks: list[tuple[np.ndarray, _Rings]], good: np.ndarray,
                     steady: Optional[list[np.ndarray]] = None) -> None:
    """Plots valid as read that become invalid once rounded for export (``good``: valid and in range);
    ``chunks``: ``polygons`` in runs with their rings (:func:`_ring_chunks`); ``steady``: per run, the
    plots that certainly stay valid once rounded (:func:`_polygon_checks`), not checked again."""
    if not good.any():
        return
    todo_parts = [np.zeros(0, dtype=bool)]
    for number, (chunk, part) in enumerate(chunks):
        sure = steady[number] if steady is not None else np.zeros(len(chunk), dtype=bool)
        if sure.all():
            todo_parts.append(np.zeros(len(chunk), dtype=bool))
            continue
        scaled = part.coords * 10.0**COORDINATE_DECIMALS
        whole = np.rint(scaled)
        with np.errstate(invalid="ignore"):
            off = np.abs(scaled - whole) > 1e-6
        finer = off[:, 0] | off[:, 1]
        needs = np.zeros(len(chunk), dtype=bool)
        finer_rings = np.bincount(part.ring_of[finer], minlength=len(part.owner)) > 0
        needs[np.searchsorted(chunk, part.owner[finer_rings])] = True
        rounded = np.divide(whole, 10.0**COORDINATE_DECIMALS, out=whole)  # np.round's own steps, done once
        todo_parts.append(needs & ~sure & ~_surely_valid(part, chunk, rounded))
    todo = good & np.concatenate(todo_parts)
    if not todo.any():
        return
    rounded = shapely.transform(shapely.force_2d(geoms[polygons[todo]]), lambda c: np.round(c, COORDINATE_DECIMALS))
    broken = ~_parallel(shapely.is_valid, rounded)
    for position, text in zip(polygons[todo][broken], shapely.is_valid_reason(rounded[broken])):
        reason, location = _parse_reason(str(text))
        batch.add(int(position), "ROUNDING_MAKES_INVALID", reason=reason, location=location)


def _outline_ranges(rings: _Rings, n: int) -> np.ndarray:
    """Per plot position: the (min, max) of x + y and of x − y over the coordinates of its rings, shape
    (n, 4); a plot without rings gets (−inf, inf) ranges."""
    ranges = np.empty((n, 4))
    ranges[:, 0::2], ranges[:, 1::2] = -np.inf, np.inf
    coords, owner = rings.coords, rings.owner
    if not len(coords):
        return ranges
    ring_start = rings.ring_start()[:-1]
    first_ring = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    starts, plots = ring_start[first_ring], owner[first_ring]
    # In runs of whole plots of about _CHUNK coordinates: the temporaries stay in the processor's cache.
    cuts = np.unique(np.r_[np.searchsorted(starts, np.arange(0, len(coords), _CHUNK)), len(starts)])
    for lo, hi in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
        base, end = int(starts[lo]), int(starts[hi]) if hi < len(starts) else len(coords)
        part, local = coords[base:end], starts[lo:hi] - base
        with np.errstate(invalid="ignore", over="ignore"):
            for column, values in ((0, part[:, 0] + part[:, 1]), (2, part[:, 0] - part[:, 1])):
                ranges[plots[lo:hi], column] = np.minimum.reduceat(values, local)
                ranges[plots[lo:hi], column + 1] = np.maximum.reduceat(values, local)
    return ranges


def octagons_apart(bounds: Optional[np.ndarray], ranges: np.ndarray, left: np.ndarray, right: np.ndarray,
                   margin: float = SEPARATION_MARGIN) -> np.ndarray:
    """For the pairs (``left[k]``, ``right[k]``): True where the two outlines certainly share no point,
    because their bounding octagons (bounding box ``bounds``, and the ranges of x + y and x − y of
    :func:`_outline_ranges`) are apart by more than ``margin`` degrees. Without ``bounds`` only the
    ranges are compared (for pairs whose boxes are known to meet)."""
    apart = np.zeros(len(left), dtype=bool)
    tables = [(ranges, ((0, 1), (2, 3)))]
    if bounds is not None:
        tables.insert(0, (bounds, ((0, 2), (1, 3))))
    for table, columns in tables:
        for low, high in columns:
            apart |= (table[left, high] + margin < table[right, low]) | (table[right, high] + margin < table[left, low])
    return apart


def _inside_box(bounds: np.ndarray, inner: np.ndarray, outer: np.ndarray) -> np.ndarray:
    """Whether each ``inner`` plot's bounding box lies within the ``outer`` one's (needed to lie inside it)."""
    a, b = bounds[inner], bounds[outer]
    return (a[:, 0] >= b[:, 0]) & (a[:, 1] >= b[:, 1]) & (a[:, 2] <= b[:, 2]) & (a[:, 3] <= b[:, 3])


def _inside_ranges(ranges: np.ndarray, inner: np.ndarray, outer: np.ndarray,
                   margin: float = SEPARATION_MARGIN) -> np.ndarray:
    """False where the ``inner`` plot certainly does not lie inside the ``outer`` one: its range of
    x + y or of x − y (:func:`_outline_ranges`) reaches beyond the other's by more than ``margin``
    (a plot inside another lies inside its convex hull, hence within its ranges, up to rounding)."""
    inside = np.ones(len(inner), dtype=bool)
    for low, high in ((0, 1), (2, 3)):
        inside &= ((ranges[inner, low] + margin >= ranges[outer, low])
                   & (ranges[inner, high] <= ranges[outer, high] + margin))
    return inside


def _intersections(rings: _Rings, n_plots: int, first: np.ndarray, second: np.ndarray, a: np.ndarray,
                   b: np.ndarray, ring_stars: Optional[tuple[np.ndarray, ...]] = None, *,
                   stars: Optional[StarRings] = None, plain: Optional[np.ndarray] = None) -> SharedParts:
    """The shared parts of plots ``first[k]`` and ``second[k]`` (positions; geometries ``a[k]``, ``b[k]``),
    pairs where neither lies inside the other: their area, geodesic area and point on surface from
    the crossings of their outlines where :func:`.overlap_area.shared_rings` can (GEOS's values), the
    polygon by GEOS's overlay otherwise (``polygons`` where not ``done``). ``stars`` and ``plain`` (the
    pairs without a fixed precision grid, :func:`_plain_stars`), when already made."""
    if stars is None or plain is None:
        plain, stars = _plain_stars(rings, n_plots, first, second, a, b, ring_stars)
    plain = np.flatnonzero(plain)
    result = SharedParts.empty(len(a))
    result.put(plain, shared_rings(stars, first[plain], second[plain], workers=_WORKERS))
    # An area next to the overlap threshold is compared on GEOS's own polygon.
    area = result.area
    with np.errstate(invalid="ignore"):
        result.done &= ~((area > 0) & (np.abs(area - OVERLAP_MIN_AREA) <= 1e-9 * area))
    rest = np.flatnonzero(~result.done)
    if len(rest):
        result.polygons[rest] = _parallel(shapely.intersection, a[rest], b[rest])
    return result


def _plain_stars(rings: _Rings, n_plots: int, first: np.ndarray, second: np.ndarray, a: np.ndarray, b: np.ndarray,
                 ring_stars: Optional[tuple[np.ndarray, ...]] = None) -> tuple[np.ndarray, StarRings]:
    """For pairs of plots ``first[k]``, ``second[k]`` (positions; geometries ``a[k]``, ``b[k]``): which are
    plain (neither geometry on a fixed precision grid: GEOS snaps their overlay to the grid, so those
    are left to GEOS), and the :class:`.overlap_area.StarRings` of the plain pairs' plots."""
    plain = (shapely.get_precision(a) == 0) & (shapely.get_precision(b) == 0)
    stars = StarRings(rings.coords, rings.ring_of, rings.owner, n_plots,
                      np.unique(np.concatenate([first[plain], second[plain]])), ring_stars, rings.ring_start(),
                      workers=_WORKERS)
    return plain, stars


def tree_pairs(shapes: np.ndarray, rows: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (``rows[k]``, ``j``) of rows of ``shapes`` whose bounding boxes meet (each pair both ways,
    a row with itself too), from one STRtree over ``shapes`` queried with ``shapes[rows]`` (every row when
    ``rows`` is None) :data:`_RAGGED_RUN` at a time: queried rows ascending when ``rows`` is, each one's
    partners in the tree's order, the order the overlap checks report pairs in."""
    queried = np.arange(len(shapes)) if rows is None else np.asarray(rows, dtype=np.int64)
    if not len(queried):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    tree = shapely.STRtree(shapes)
    found = [tree.query(shapes[queried[lo:lo + _RAGGED_RUN]]) + [[lo], [0]]
             for lo in range(0, len(queried), _RAGGED_RUN)]
    at, right = np.concatenate(found, axis=1)
    return queried[at], right


def pair_rules(batch: IssueBatch, geoms: np.ndarray, polygons: np.ndarray, points: np.ndarray,
               pairs: tuple[np.ndarray, np.ndarray]) -> None:
    """The rules comparing two plots (duplicate geometries, overlaps) on the given candidate pairs only,
    issues into ``batch``: ``polygons`` and ``points`` are the positions in ``geoms`` validation compares
    (each ascending), ``pairs`` rows of their concatenation (first < second, in the order to report them).
    Each ring's star test is made as validation makes it (in runs of whole plots: the same values)."""
    rings = _Rings.of(geoms, polygons)
    stars = [star_rings(part.coords, part.ring_of, len(part.owner), part.start)
             for _, part in _ring_chunks(rings, polygons, _CHUNK)] if len(polygons) else []
    ring_stars = tuple(np.concatenate(column) for column in zip(*stars)) if stars else None
    _overlap_checks(batch, geoms, polygons, points, rings, ring_stars, pairs=pairs)


def _overlap_checks(batch: IssueBatch, geoms: np.ndarray, polygons: np.ndarray, points: np.ndarray,
                    rings: _Rings, ring_stars: Optional[tuple[np.ndarray, ...]] = None, *,
                    pairs: Optional[tuple[np.ndarray, np.ndarray]] = None) -> None:
    """Duplicate geometries (points and polygons) and overlapping polygons, each pair once.

    Candidate pairs come from the bounding boxes (STRtree). Equal geometries have equal boxes, so
    only those are compared for equality. Polygon pairs whose bounding octagons are apart cannot
    overlap; a polygon can lie inside another only if its box and its ranges of x + y and x − y do,
    so containment (prepared geometries) is tested on those pairs alone, and an intersection is
    computed only for the pairs
    left: those that may overlap partly. A pair overlaps when its shared part's area is more than
    :data:`.rules.OVERLAP_MIN_AREA`. ``pairs``: the candidate pairs (positions in ``polygons`` then
    ``points``, first < second, in the order to report them) instead of the STRtree's (:mod:`.pairs`).
    """
    subset = np.concatenate([polygons, points])
    if len(subset) < 2:
        return
    shapes = geoms[subset]
    if pairs is None:
        left, right = tree_pairs(shapes)
        keep = left < right
        left, right = left[keep], right[keep]
    else:
        left, right = pairs
    bounds = shapely.bounds(shapes)
    same_box = (bounds[left] == bounds[right]).all(axis=1)
    equal = np.zeros(len(left), dtype=bool)
    equal[same_box] = shapely.equals(shapes[left[same_box]], shapes[right[same_box]])
    if equal.any():
        batch.add_pairs("DUPLICATE_GEOMETRY", subset[left[equal]], subset[right[equal]])
    both_polygons = ~equal & (left < len(polygons)) & (right < len(polygons))
    left, right = left[both_polygons], right[both_polygons]
    if not len(left):
        return
    ranges = _outline_ranges(rings, len(geoms))[subset]
    near = ~octagons_apart(bounds, ranges, left, right)
    left, right = left[near], right[near]
    a, b = shapes[left], shapes[right]

    plain, stars = _plain_stars(rings, len(geoms), subset[left], subset[right], a, b, ring_stars)

    # Containment first, on the pairs whose octagons allow it: a plot inside the other one is itself the
    # shared part, so the intersection is computed only for the other pairs. Star-shaped single rings are
    # decided by numpy where it is sure (.overlap_area.star_inside), the rest by GEOS (prepared geometries).
    a_inside = _inside_box(bounds, left, right) & _inside_ranges(ranges, left, right)
    b_inside = _inside_box(bounds, right, left) & _inside_ranges(ranges, right, left)
    by_geos_inside = []
    for inside, inner, outer_of in ((a_inside, left, right), (b_inside, right, left)):
        candidates = np.flatnonzero(inside & plain)
        verdict = star_inside(stars, subset[inner[candidates]], subset[outer_of[candidates]], workers=_WORKERS)
        inside[candidates[verdict < 0]] = False
        unsure = inside.copy()
        unsure[candidates[verdict > 0]] = False
        by_geos_inside.append(unsure)
    a_geos, b_geos = by_geos_inside
    outer = np.unique(np.concatenate([right[a_geos], left[b_geos]]))
    with _PREPARED_LOCK:
        shapely.prepare(shapes[outer])
        try:
            a_inside[a_geos] = shapely.contains(b[a_geos], a[a_geos])
            b_inside[b_geos] = shapely.contains(a[b_geos], b[b_geos])
        finally:
            shapely.destroy_prepared(shapes[outer])  # the plots' geometries live on: not their prepared indexes
    partly = ~(a_inside | b_inside)
    shared = np.empty(len(a), dtype=object)
    shared[a_inside] = a[a_inside]
    shared[b_inside & ~a_inside] = b[b_inside & ~a_inside]
    positive = np.zeros(len(a), dtype=bool)
    hectares = np.full(len(a), np.nan)
    where = np.full((len(a), 2), np.nan)
    by_geos = np.ones(len(a), dtype=bool)  # pairs whose shared part is a geometry to measure
    if partly.any():
        some = np.flatnonzero(partly)
        parts = _intersections(rings, len(geoms), subset[left[some]], subset[right[some]], a[some], b[some],
                               stars=stars, plain=plain[some])
        fast = some[parts.done]
        by_geos[fast] = False
        positive[fast] = parts.area[parts.done] > OVERLAP_MIN_AREA
        hectares[fast], where[fast] = parts.hectares[parts.done], parts.location[parts.done]
        shared[some[~parts.done]] = parts.polygons[~parts.done]
    measured = np.flatnonzero(by_geos)
    positive[measured] = shapely.area(shared[measured]) > OVERLAP_MIN_AREA
    measured = measured[positive[measured]]
    if len(measured):
        hectares[measured] = geodesic_area_ha(shared[measured])
        where[measured] = shapely.get_coordinates(shapely.point_on_surface(shared[measured]))
    if not positive.any():
        return
    a_inside, b_inside, where = a_inside[positive], b_inside[positive], where[positive]
    hectares = hectares[positive].tolist()
    inside, outside = INSIDE_OTHER_PLOT, ""
    batch.add_pairs("PLOTS_OVERLAP", subset[left[positive]], subset[right[positive]], locations=where,
                    area_ha=[(h, h) for h in hectares],
                    detail=[(inside if i else outside, inside if j else outside)
                            for i, j in zip(a_inside.tolist(), b_inside.tolist())])
