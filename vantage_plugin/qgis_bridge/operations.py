"""The one path from a layer to written results, taken by the panel and every Processing algorithm.

Read plots (from a layer or a Processing source), resolve the data catalog, validate, fix, check,
write, summarise: each step is one function here, and the dock and the algorithms only gather their
inputs and show the outcome. The pure parts live in ``core`` (``core.service``); this module adds
what needs QGIS (feature sources, the catalog's QGIS resources, the GeoPackage writer).

Threading: :func:`source_from_layer` runs on the main thread (it takes a thread-safe snapshot of the
layer, ``QgsVectorLayerFeatureSource``); everything else may run in a task. Failures the user can act
on raise :class:`OperationError` (or ``results.ResultWriteError``, its message names the file and the
recovery GeoPackage) with a message that says what to do; no traceback is meant for the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import partial
from operator import attrgetter
from typing import Any, Callable, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFields,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from .. import about
from ..core import analysis, service
from ..core.api.checks import normalise_checks
from ..core.api.workflow import ApiOptions
from ..core.engine.catalog import Catalog
from ..core.engine.options import BundledOptions
from ..core.engine.tiles import TileCache
from ..core.engines import ENGINE_API, ENGINE_BUNDLED
from ..core.plots import Plot
from ..core.run_record import record_check as core_record_check
from ..core.runs import Feedback, Span, gc_paused, release_free_memory
from ..core.service import apply_defaults
from ..dependencies import problem_text
from ..i18n import tr
from . import results
from .errors import OperationError
from .gpkg_reading import FastFeatures, fast_table
from .layers import (
    _clean_path,
    _raw_geometries,
    is_geojson_source,
    plot_chunks,
    plots_from_features,
)
from .results import (
    ResultStream,
    ResultWriteError,
    fixed_layer_fields,
    fixed_rows,
    output_problem,
    plots_wkb_type,
    same_file,
)
from .settings import PluginSettings
from .writing import ascending

__all__ = ["ENGINE_API", "ENGINE_BUNDLED", "OperationError"]  # re-exported: the panel and Processing read them here


def require_core() -> None:
    """Raise an :class:`OperationError` saying what to install when a package the core needs is missing."""

    problem = problem_text()
    if problem:
        raise OperationError(problem)


# --- progress ---------------------------------------------------------------------------------
def span(feedback: Any, start: float, width: float) -> Any:
    """``feedback`` restricted to ``start``…``start + width`` percent (``core.runs.Span``; ``None`` stays
    ``None``). Any parent with ``set_progress`` and ``is_cancelled`` works (a QGIS-side feedback too)."""
    return None if feedback is None else Span(feedback, start, width)


# --- reading ----------------------------------------------------------------------------------
@dataclass
class PlotSource:
    """Where plots are read from: made on the main thread, read in any thread (:func:`read_plots`)."""

    features: Any
    """A ``QgsFeatureSource`` (a layer's thread-safe snapshot, or a Processing source)."""
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    mapping: Any
    name: str = "plots"
    file_path: Optional[str] = None
    """The file holding the input plots (never written over)."""
    feature_ids: Optional[list[int]] = None
    """Only these features (the layer's selection), else all."""
    geojson_path: Optional[str] = None
    transform_context: Optional[QgsCoordinateTransformContext] = None
    wkb_type: int = QgsWkbTypes.Unknown
    count: int = -1
    """How many plots will be read (-1 when unknown)."""
    commodity: Optional[str] = None
    harvest_date: Optional[str] = None
    """Defaults for plots whose own field is empty."""
    fast: Any = None
    """``gpkg_reading.FastLayer`` when the plots can be read straight from the GeoPackage (``gpkg_reading``)."""


def input_file(layer: Any) -> Optional[str]:
    """The file behind a file-based layer (GeoPackage, Shapefile, GeoJSON…), else ``None``."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    path = layer.source().split("|", 1)[0]
    return path if os.path.isfile(path) else None


def source_from_layer(
    layer: QgsVectorLayer,
    mapping: Any,
    selected_only: bool = False,
    *,
    commodity: Optional[str] = None,
    harvest_date: Optional[str] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> PlotSource:
    """A snapshot of ``layer`` (main thread) to read its plots in a task."""

    if selected_only and layer.selectedFeatureCount() == 0:
        raise OperationError(tr("No feature is selected in {layer}.").format(layer=layer.name()))
    geojson = _clean_path(layer.source()) if is_geojson_source(layer.providerType(), layer.source()) else None
    return PlotSource(
        features=QgsVectorLayerFeatureSource(layer),
        fields=QgsFields(layer.fields()),
        crs=QgsCoordinateReferenceSystem(layer.crs()),
        mapping=mapping,
        name=layer.name(),
        file_path=input_file(layer),
        feature_ids=sorted(layer.selectedFeatureIds()) if selected_only else None,
        geojson_path=geojson,
        transform_context=transform_context or QgsProject.instance().transformContext(),
        wkb_type=layer.wkbType(),
        count=len(layer.selectedFeatureIds()) if selected_only else layer.featureCount(),
        commodity=commodity,
        harvest_date=harvest_date,
        fast=None if selected_only else fast_table(layer, layer.fields(), layer.crs()),
    )


def source_from_processing(source: Any, mapping: Any, layer: Any = None, context: Any = None,
                           unfiltered: bool = False, **defaults: Any) -> PlotSource:
    """A Processing feature source (which already honours "selected features only") as a :class:`PlotSource`.

    ``unfiltered``: the source gives every feature of ``layer`` as the layer does
    (``gpkg_reading.unfiltered_input``), so a plain GeoPackage may be read straight from the file."""

    geojson = None
    if isinstance(layer, QgsVectorLayer) and is_geojson_source(layer.providerType(), layer.source()):
        geojson = _clean_path(layer.source())
    return PlotSource(
        features=source,
        fields=QgsFields(source.fields()),
        crs=source.sourceCrs(),
        mapping=mapping,
        name=layer.name() if isinstance(layer, QgsVectorLayer) else "plots",
        file_path=input_file(layer),
        geojson_path=geojson,
        transform_context=context.transformContext() if context is not None else None,
        wkb_type=source.wkbType(),
        count=source.featureCount(),
        fast=fast_table(layer, source.fields(), source.sourceCrs()) if unfiltered else None,
        **defaults,
    )


def read_plots(source: PlotSource, feedback: Any = None) -> list:
    """The plots of ``source`` in file order, with the default commodity and harvest date filled in.

    Unreadable features become plots with a ``read_error`` (validation reports them); an empty
    input is an :class:`OperationError`."""
    require_core()
    # needs shapely: imported when used, so the plugin loads without it
    from ..core.chunks import CHUNK_PLOTS

    # the features as the streamed check reads them (a plain GeoPackage straight from the file, the
    # selection in file order, a GeoJSON file's geometries as written), in one chunk when the count is known
    total = source.count if source.count and source.count > 0 else None
    context = source.transform_context or QgsCoordinateTransformContext()
    plots = [plot for chunk in plot_chunks(*_features(source), total or CHUNK_PLOTS, source.fields, source.crs,
                                           source.mapping, transform_context=context, total=total, feedback=feedback,
                                           **_raw(source))
             for plot in chunk]
    if not plots:
        raise OperationError(tr("{layer} has no features: there is no plot to work on.").format(layer=source.name))
    return apply_defaults(plots, source.commodity, source.harvest_date)


# --- outputs ----------------------------------------------------------------------------------
def check_output(path: str, input_path: Optional[str]) -> None:
    """Refuse an output that would overwrite the input plots, or that cannot be written (before any work)."""

    refuse_input(path, input_path)
    problem = output_problem(str(path).split("|", 1)[0])
    if problem:
        raise OperationError(problem)


def refuse_input(path: str, input_path: Optional[str]) -> None:
    """Raise when ``path`` (a file or URI) is the file that holds the input plots."""

    path = str(path).split("|", 1)[0]
    if input_path and same_file(path, input_path):
        raise OperationError(tr(
            "The output {path} is the file that holds the input plots: writing there could destroy them. "
            "Choose another file.").format(path=path))


def gpkg_path(path: str) -> str:
    """``path`` ending in ``.gpkg``."""
    return path if path.lower().endswith(".gpkg") else path + ".gpkg"


# --- the data catalog -------------------------------------------------------------------------
def load_catalog(catalog_path: Optional[str] = None) -> Any:
    """The user's data catalog (else the default one), with QGIS's own resources for the admin data."""

    try:
        return Catalog.load_or_default(catalog_path or None, QgsApplication.pkgDataPath())
    except ValueError as error:
        raise OperationError(tr("The data catalog {path} cannot be read: {error}. Fix it in the Vantage settings."
                                ).format(path=catalog_path, error=error)) from error


def bundled_options(catalog_path: Optional[str] = "", harvest_date: Optional[str] = None,
                    commodity: Optional[str] = None, overrides: Optional[dict] = None,
                    forest_is_jrc: bool = False, forest_2020_min: Optional[float] = None) -> Any:
    """``BundledOptions`` of the catalog at ``catalog_path`` with per-run ``overrides`` (``{role: source}``),
    after the catalog's validation (files readable, layers present). A forest raster given in ``overrides``
    without ``forest_2020_min`` uses the default threshold of its kind (``core.engine.kinds``)."""

    catalog = load_catalog(catalog_path)
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    forest_given = "forest_2020" in overrides
    if forest_2020_min is not None and forest_given:
        overrides["forest_2020_min"] = forest_2020_min
    if overrides:
        catalog = catalog.merged(overrides)
    problems = catalog.validate()
    if problems:
        if catalog.missing_files():  # remembered files moved or deleted since they were chosen: what to do
            problems.append(tr("Data files named in the Vantage data catalog were moved or deleted since they were "
                               "chosen. Choose them again in the Vantage settings (or give them as this run's data), "
                               "or use the demo data."))
        raise OperationError("\n".join(problems))
    extra: dict[str, Any] = {"commodity": commodity or None, "harvest_date": harvest_date or None}
    if forest_is_jrc:
        extra["forest_is_jrc"] = True
    options = BundledOptions.from_catalog(catalog, **{k: v for k, v in extra.items() if v is not None})
    if forest_given and forest_2020_min is None:
        options.forest_2020_min = None  # a raster given for this run: its kind's default, not the catalog's
    return options


def api_options(dry_run: bool = True, harvest_date: Optional[str] = None, commodity: Optional[str] = None,
                state_path: Optional[str] = None, poll_deadline_minutes: Optional[float] = None,
                checks: Optional[tuple] = None, run_again: bool = False) -> Any:
    """``core.api.workflow.ApiOptions`` for a job (dry run unless the user turned it off).

    ``state_path`` keeps registered plots and job ids beside the results, so checking again into the
    same output resumes the same job instead of paying for a new one. ``poll_deadline_minutes`` defaults
    to the setting; ``checks`` are the check types (``eudr`` always runs); ``run_again`` starts a new
    (paid, confirmed) job with the same settings instead of resuming the finished one."""

    minutes = poll_deadline_minutes if poll_deadline_minutes else PluginSettings().poll_deadline_minutes
    return ApiOptions(dry_run=bool(dry_run), harvest_date=harvest_date or None, commodity=commodity or None,
                      state_path=state_path or None, max_wait=float(minutes) * 60.0,
                      checks=normalise_checks(checks), reuse_finished_jobs=not run_again)


# --- validate ---------------------------------------------------------------------------------
def validate(plots: Sequence, check_overlaps: bool = True, feedback: Any = None) -> Any:
    """The :class:`ValidationReport` of ``plots``."""
    # needs shapely: imported when used, so the plugin loads without it
    from ..core.validation import validate as core_validate

    return core_validate(plots, check_overlaps=check_overlaps, feedback=feedback)


def read_and_validate(source: PlotSource, check_overlaps: bool = True, feedback: Any = None) -> dict:
    """``{"plots", "report"}``: the plots of ``source`` read and validated (a task of the dock)."""
    plots = read_plots(source, span(feedback, 0, 30))
    report = validate(plots, check_overlaps, span(feedback, 30, 70))
    return {"plots": plots, "report": report}


# --- fix --------------------------------------------------------------------------------------
@dataclass
class FixedLayer:
    """The fixed plots as rows: what the dock writes to a GeoPackage and ``fixplots`` to its sink."""

    fixed: Any
    """The ``core.validation.fixes.FixResult``."""
    fields: QgsFields
    wkb_type: int
    fixes_field: str
    part_field: Optional[str]

    def rows(self, source_fields: QgsFields):

        return fixed_rows(source_fields, self.fields, self.fixed, self.wkb_type, self.part_field is not None)


def fix(plots: Sequence, source_fields: QgsFields, fixes: Optional[Sequence[str]] = None,
        fallback_wkb_type: int = QgsWkbTypes.MultiPolygon) -> FixedLayer:
    """Apply the safe ``fixes`` (``None``: all) and lay the fixed plots out as rows of a new layer:
    the user's fields (values unchanged), ``vantage_fixes`` and, after a split, ``vantage_part``
    (renamed when the user already has such a field); points stay points beside polygons."""
    # needs shapely: imported when used, so the plugin loads without it
    from ..core.validation.fixes import apply_fixes

    fixed = apply_fixes(plots, None if fixes is None else list(fixes))
    split = any(part is not None for part in fixed.parts)
    fields, fixes_field, part_field = fixed_layer_fields(source_fields, split)
    return FixedLayer(fixed, fields, plots_wkb_type(fixed.plots, fallback_wkb_type), fixes_field, part_field)


def sink_wkb_type(source_wkb_type: int) -> int:
    """MultiPoint for point sources, MultiPolygon otherwise (plots are points or polygons)."""
    if QgsWkbTypes.geometryType(source_wkb_type) == QgsWkbTypes.PointGeometry:
        return QgsWkbTypes.MultiPoint
    return QgsWkbTypes.MultiPolygon


def fix_job(plots: list, source_fields: Any, path: str, layer_name: str, input_path: Optional[str] = None,
            fixes: Optional[list] = None, source_wkb_type: int = QgsWkbTypes.Unknown, feedback: Any = None,
            transform_context: Any = None) -> dict:
    """Fix, write the fixed plots (layer ``layer_name`` of ``path``) and validate them again.

    Returns ``{"uri", "issues_uri", "changes", "skipped", "not_written", "report", "plots"}``:
    ``issues_uri`` is the layer of the problems still left (``<layer_name>_issues``) or ``None``;
    ``not_written`` the (plot, reason) of rows the file refused."""

    check_output(path, input_path)
    fields = source_fields if source_fields is not None else QgsFields()
    layer = fix(plots, fields, fixes, sink_wkb_type(source_wkb_type))
    if feedback is not None:
        feedback.check()
        feedback.set_progress(30)
    outcome = results.write_rows(path, layer_name, layer.fields, layer.wkb_type, layer.rows(fields),
                                 transform_context)
    if feedback is not None:
        feedback.check()
        feedback.set_progress(60)
    report = validate(layer.fixed.plots)
    issues_uri = None
    if report.issues:
        issues_uri = results.write_issues_layer(path, f"{layer_name}_issues", layer.fixed.plots, report,
                                                transform_context=transform_context)
    if feedback is not None:
        feedback.set_progress(100)
    return {"uri": outcome.uri, "issues_uri": issues_uri, "changes": list(layer.fixed.changes),
            "skipped": list(layer.fixed.skipped), "not_written": list(outcome.skipped), "report": report,
            "plots": layer.fixed.plots}


# --- check ------------------------------------------------------------------------------------
def check(plots: Sequence, engine: str, *, bundled: Any = None, api_client: Any = None, api: Any = None,
          confirm: Optional[Callable[[int, int, int], bool]] = None, feedback: Any = None) -> Any:
    """Validate, then run the valid plots through ``engine`` (``core.service.check_plots``)."""

    kwargs: dict[str, Any] = {"feedback": feedback}
    if engine == ENGINE_BUNDLED:
        kwargs["bundled_options"] = bundled
    else:
        kwargs.update(api_client=api_client, api_options=api, confirm=confirm)
    return service.check_plots(plots, engine, **kwargs)


@dataclass
class CheckedFile:
    """What :func:`check_to_file` did."""

    uri: str
    output: Any
    """``core.service.CheckOutput``: the run, the validation report and, when kept, every result."""
    summary: dict
    """``analysis.summarise`` of every result (counts by risk and status, totals)."""
    plot_count: int
    unreadable: int
    """Plots whose geometry QGIS could not read (validation reports them as errors)."""
    not_written: list
    plots: Optional[list] = None
    """Every plot, when kept (the panel shows them); ``None`` otherwise."""


def check_to_file(source: PlotSource, engine: str, path: str, layer_name: str, *, feedback: Any = None,
                  bundled: Any = None, api: Any = None, api_client: Any = None,
                  confirm: Optional[Callable[[int, int, int], bool]] = None, keep: bool = True,
                  chunk_size: Optional[int] = None, transform_context: Any = None) -> CheckedFile:
    """Read, validate, check and write the styled result layer: THE check of the panel and of
    ``vantage:checkplots``.

    The bundled engine (``bundled``: ``BundledOptions``) goes chunk by chunk (``chunk_size`` plots,
    ``core.chunks.CHUNK_PLOTS`` by default): each chunk is read, validated, analysed and written before
    the next is read, so memory does not grow with the plots; the rules comparing plots still see them
    all (``core.chunks``). ``keep`` keeps every plot, result and issue for the caller; without it only
    counts are kept; a keeper (the panel's ``gui.check_outcome.PanelKeeper``) is handed each chunk's plots
    and results (``add(plots, results)``) and every issue with its order key (``add_issues(issues,
    order)``), keeps what it needs of them and gives the report's issues in that order (``issues()``,
    ``core.chunks.IssueCounts.issues``). The API engine (``api``: ``ApiOptions``) checks all plots in one
    job."""
    check_output(path, source.file_path)
    context = transform_context or source.transform_context
    if engine == ENGINE_BUNDLED:
        return _check_in_chunks(source, path, layer_name, bundled, feedback, keep, chunk_size, context)
    plots = read_plots(source, span(feedback, 0, 10))
    output = check(plots, engine, feedback=span(feedback, 10, 85), api=api, api_client=api_client, confirm=confirm)
    if feedback is not None:
        feedback.check()
    written = write_check(path, layer_name, plots, output, source.fields, context)
    return CheckedFile(written.uri, output, analysis.summarise(output.results), len(plots),
                       sum(plot.read_error is not None for plot in plots), list(written.skipped), plots)


#: Read a plain GeoPackage of more than one chunk in chunks compact in space (``gpkg_reading.spatial_chunks``):
#: each chunk's raster tiles and overlapping pairs stay within it. False: in file order (the reference).
SPATIAL_ORDER = True
#: Rows of a chunk read out of file order written at a time (one transaction each) when its plots are not
#: in file order (``writing.SideTables`` takes a chunk whose are, whole): such rows land among the rows
#: written before, on pages SQLite's in-memory journal copies (up to one page a row).
SHUFFLED_WRITE_ROWS = 2_000
#: Plots checked between two hand-backs of free memory to the system (``runs.release_free_memory``): the
#: engine's threads' arenas keep what they freed, and each hand-back makes the next chunks fault pages in
#: again: at 1,000,000 plots, every 200,000 plots gave 1,189 MB at the peak against 1,388 MB, in the same
#: time (after every chunk of 20,000: 1,124-1,166 MB, but 5 % more time).
TRIM_EVERY_PLOTS = 200_000


class _FileOrderNeeded(Exception):
    """A chunk read out of file order must be written row by row (QGIS's writer numbers the rows
    itself): start again reading in file order."""


class _PositionedStream(ResultStream):
    """The result stream of chunks that may come out of file order: the rows of such chunks are given
    the feature ids numbering them in file order gives (their plots' index + 1), so the layer is the
    same; a chunk the bulk path refuses (row-by-row writing) then raises :class:`_FileOrderNeeded`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.next_index = 0
        self.shuffled = False
        self.by_rows = False

    def add(self, plots: Sequence[Plot], results: Sequence[Any]) -> None:
        if plots and not self.shuffled:  # a chunk's plots are in file order: its ends say where it is
            end = self.next_index + len(plots) - 1
            self.shuffled = plots[0].index != self.next_index or plots[-1].index != end
            if self.shuffled and self.by_rows:
                raise _FileOrderNeeded()
        self.next_index += len(plots)
        if not self.shuffled or ascending([plot.index for plot in plots]):
            super().add(plots, results)
            return
        # Rows put among those written before change pages all over the table, which SQLite's
        # journal (in memory) copies in each transaction: a few thousand rows at a time bound it.
        for at in range(0, len(plots), SHUFFLED_WRITE_ROWS):
            super().add(plots[at:at + SHUFFLED_WRITE_ROWS], results[at:at + SHUFFLED_WRITE_ROWS])

    def _add_columns(self, plots: Sequence[Plot], results: Sequence[Any]) -> bool:
        if self.shuffled and self.layer is not None:
            self.layer.fids = [plot.index + 1 for plot in plots]
        try:
            written = super()._add_columns(plots, results)
        finally:
            if self.layer is not None:
                self.layer.fids = None
        if not written and plots:
            if self.shuffled:
                raise _FileOrderNeeded()
            self.by_rows = True
        return written


def _issue_order(issue: Any, pair_codes: Sequence[str]) -> tuple:
    """Issues of a check in chunks in one order whatever the chunks were: by plot, each plot's own issues
    first (in the order found), then its pair issues (``pair_codes``) by the other plot (found in a
    chunk or across chunks)."""
    if issue.code in pair_codes and issue.other_plot_index is not None:
        return (issue.plot_index, 1, issue.other_plot_index, pair_codes.index(issue.code))
    return (issue.plot_index, 0)


class _OtherGeometryType(Exception):
    """The output's geometry type chosen at the start is not the whole layer's: start again with it."""

    def __init__(self, wkb_type: int) -> None:
        super().__init__(wkb_type)
        self.wkb_type = wkb_type


def _check_in_chunks(source: PlotSource, path: str, layer_name: str, options: Any, feedback: Any, keep: bool,
                     chunk_size: Optional[int], context: Any) -> CheckedFile:
    require_core()
    # needs shapely: imported when used, so the plugin loads without it
    from ..core.chunks import CHUNK_PLOTS

    # The output's geometry type is that of the whole layer (``output_geometry.output_wkb_type``): it
    # is chosen with the first chunk and checked on; when a later chunk proves it wrong, the check
    # starts again with the right one (a layer said to be of points that holds polygons further on).
    # A plain GeoPackage is read in chunks compact in space (SPATIAL_ORDER) unless a chunk must be
    # written row by row: then it starts again in file order.
    size = chunk_size or CHUNK_PLOTS
    wkb_type: Optional[int] = None
    spatial = SPATIAL_ORDER
    try:
        for _ in range(3):  # each restart settles one of the two for good
            try:
                return _stream_check(source, path, layer_name, options, feedback, keep, size, context, wkb_type,
                                     spatial)
            except _OtherGeometryType as other:  # the next pass knows the whole layer's type: it cannot differ
                wkb_type = other.wkb_type
            except _FileOrderNeeded:
                spatial = False
        return _stream_check(source, path, layer_name, options, feedback, keep, size, context, wkb_type, False)
    finally:
        # what the check freed, back to the system once it ends (QGIS runs on); again once the pass has
        # returned, as its own records (the cross-chunk boxes and ids, the counts) are freed then: at
        # 1,000,000 plots 130 MB more
        release_free_memory()


def _stream_check(source: PlotSource, path: str, layer_name: str, options: Any, feedback: Any, keep: bool,
                  size: int, context: Any, wkb_type: Optional[int], spatial: bool = False) -> CheckedFile:
    """One pass of :func:`_check_in_chunks` writing a ``wkb_type`` layer (``None``: chosen with the
    first chunk: points when the layer says so and the chunk has only points, else polygons);
    ``spatial``: a plain GeoPackage read in chunks compact in space (every output as in file order)."""
    # needs shapely: imported when used, so the plugin loads without it
    from ..core import chunks
    from ..core.validation import ValidationReport
    from ..core.validation import validate as core_validate

    total = source.count if source.count and source.count > 0 else None
    issue_order = partial(_issue_order, pair_codes=chunks.PAIR_CODES)
    quiet = Feedback(is_cancelled=feedback.is_cancelled) if feedback is not None else None  # cancel, no progress
    cross, tally, counts = chunks.CrossChunk(), chunks.Tally(), chunks.IssueCounts()
    kept_plots: list = []
    kept_results: list = []
    kept_issues: list = []
    run = None
    stream = None
    done = unreadable = analysed = 0
    seen_points = seen_other = False
    tiles = TileCache()  # raster tiles decoded by one chunk's engine run, kept for the next ones
    trimmed = 0  # plots analysed since the allocator last gave free memory back
    if isinstance(options, BundledOptions):
        options = replace(options, tile_cache=tiles)
    try:
        # chunks make many small objects and no cycles: no rescans while they are made; the tiles are
        # dropped once the last chunk is analysed, or when one fails
        with gc_paused(), tiles:
            for chunk in plot_chunks(*_features(source, spatial), size, source.fields, source.crs, source.mapping,
                                     transform_context=source.transform_context or QgsCoordinateTransformContext(),
                                     total=total, feedback=quiet, **_raw(source)):
                chunk = apply_defaults(chunk, source.commodity, source.harvest_date)
                share = 90.0 * len(chunk) / (total or done + len(chunk) + size)
                start = 90.0 * done / (total or done + len(chunk) + size)
                output = service.check_plots(chunk, ENGINE_BUNDLED, bundled_options=options,
                                             feedback=span(feedback, start, share))
                report = output.report
                issues = cross.add(chunk, report.issues)
                points, other = chunks.geometry_kinds(chunk)
                seen_points, seen_other = seen_points or points, seen_other or other
                if wkb_type is None:
                    said_points = QgsWkbTypes.geometryType(source.wkb_type) == QgsWkbTypes.PointGeometry
                    wkb_type = QgsWkbTypes.MultiPoint if said_points and not other else QgsWkbTypes.MultiPolygon
                if seen_other and wkb_type != QgsWkbTypes.MultiPolygon:
                    raise _OtherGeometryType(QgsWkbTypes.MultiPolygon)
                if stream is None:
                    stream = _PositionedStream(path, layer_name, source.fields, wkb_type, transform_context=context)
                stream.add(chunk, output.results)
                tally.add(output.results)
                counts.add(issues)
                if run is None:
                    run = output.run
                else:
                    run.absorb(output.run)
                analysed += len(chunk) - len(report.blocked)
                unreadable += sum(plot.read_error is not None for plot in chunk)
                done += len(chunk)
                if keep is True:
                    kept_plots.extend(chunk)
                    kept_results.extend(output.results)
                    kept_issues.extend(issues)
                elif keep:  # the caller's keeper takes what it needs of the chunk
                    keep.add(chunk, output.results)
                    keep.add_issues(issues, issue_order)
                trimmed += len(chunk)
                del chunk, report, output, issues
                if trimmed >= TRIM_EVERY_PLOTS:  # what the chunks' threads freed (their arenas keep it)
                    release_free_memory()
                    trimmed = 0
        if stream is None:
            raise OperationError(tr("{layer} has no features: there is no plot to work on.").format(layer=source.name))
        final = QgsWkbTypes.MultiPoint if seen_points and not seen_other else QgsWkbTypes.MultiPolygon
        if final != wkb_type:
            raise _OtherGeometryType(final)
        if feedback is not None:
            feedback.check()
            feedback.info(tr("Looking for duplicate ids and overlaps across the whole layer…"))
        between = cross.duplicate_id_issues(core_validate)
        counts.add(between)
        between += _cross_pair_issues(source, cross, counts, keep, feedback)
        counts.plot_count = done
        if feedback is not None:
            feedback.set_progress(95)
        written = stream.finish(check=feedback.check if feedback is not None else None)
    except BaseException:
        if stream is not None:
            stream.discard()
        raise
    finally:
        # what the chunks' threads freed, back to the system before the report is built: their arenas'
        # free memory cannot serve this thread's allocations (without this, the panel's 1,000,000-plot
        # check peaked 140 MB higher, building its issues)
        release_free_memory()
    run.plot_errors = dict(sorted(run.plot_errors.items()))  # in plot order, whatever the chunks' order
    run.finish(analysed)
    if keep is True:  # in plot order, whatever the chunks' order
        kept_plots.sort(key=attrgetter("index"))
        kept_results.sort(key=attrgetter("plot_index"))
        issues = sorted(kept_issues + between, key=issue_order)
        report = ValidationReport(issues, done, list(range(done)))
    else:
        report = counts
        if keep:  # the keeper's issues, in the same order
            keep.add_issues(between, issue_order)
            counts.issues = keep.issues()
    output = service.CheckOutput(results=kept_results, run=run, report=report)
    return CheckedFile(written.uri, output, tally.summary(), done, unreadable, list(written.skipped),
                       kept_plots if keep is True else None)


def _features(source: PlotSource, spatial: bool = False) -> tuple[Any]:
    """The features of ``source`` in file order (its selection only when it has one); for a plain
    GeoPackage, read straight from the file by ``layers.plot_chunks`` (``gpkg_reading``), in chunks
    compact in space when ``spatial``."""
    if source.fast is not None and source.feature_ids is None:
        return (FastFeatures(source.fast, source.features, source.wkb_type, spatial=spatial),)
    if source.feature_ids is None:
        return (source.features.getFeatures(),)
    order = _positions(source) or {}
    request = QgsFeatureRequest().setFilterFids(source.feature_ids)
    return (sorted(source.features.getFeatures(request), key=lambda f: order.get(f.id(), f.id())),)


def _raw(source: PlotSource) -> dict:
    """``raw`` and ``raw_position`` for the reader: a GeoJSON file's geometries as written."""

    if not source.geojson_path:
        return {}
    raw = _raw_geometries(source.geojson_path)
    return {} if raw is None else {"raw": raw, "raw_position": _positions(source)}


def _positions(source: PlotSource) -> Optional[dict]:
    if not source.geojson_path:
        return None
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setNoAttributes()
    return {int(f.id()): i for i, f in enumerate(source.features.getFeatures(request))}


def _cross_pair_issues(source: PlotSource, cross: Any, counts: Any, keep: Any, feedback: Any) -> list:
    """The duplicate-geometry and overlap issues of the pairs of plots in different chunks
    (``cross``: a ``core.chunks.CrossChunk``), counted in ``counts``; the issues themselves only when
    ``keep`` is True (else ``[]``; a keeper is handed them block by block). Block by block
    (``CrossChunk.pair_runs``), the plots validation compares are read again (geometry alone) and only
    their pairs' rules run (``core.validation.pairs``)."""
    # needs shapely: imported when used, so the plugin loads without it
    from ..core.chunks import PAIR_CODES
    from ..core.validation import pairs

    found: list = []
    order = partial(_issue_order, pair_codes=PAIR_CODES)
    for indexes, left, right in cross.pair_runs():
        if feedback is not None:
            feedback.check()
        compared = cross.compared(indexes)
        fids = [cross.fids[k] for k in indexes.tolist()]
        geometries = _geometries_again(source, [fid for fid, yes in zip(fids, compared.tolist()) if yes])
        geoms = np.empty(len(fids), dtype=object)
        geoms[:] = [geometries.get(fid) for fid in fids]
        compared &= np.array([geometry is not None for geometry in geoms.tolist()], dtype=bool)
        first, second = np.searchsorted(indexes, left), np.searchsorted(indexes, right)
        if keep:
            plots = [Plot(index=k, geometry=geometry, source_fid=fid, user_id=cross.ids[k])
                     for k, fid, geometry in zip(indexes.tolist(), fids, geoms.tolist())]
            issues = pairs.pair_issues(plots, compared, first, second)
            counts.add(issues)
            if keep is True:
                found += issues
            else:  # the caller's keeper takes them now: a block's issues at a time
                keep.add_issues(issues, order)
            del plots, issues
        else:
            counts.add_counts(pairs.pair_issue_counts(geoms, compared, first, second))
        del geoms, geometries
    return found


def _geometries_again(source: PlotSource, fids: Sequence[int]) -> dict:
    """The geometries of features ``fids`` of ``source`` read again, by feature id (``None`` for a null
    geometry or one that cannot be read; a feature no longer there is left out): as the plots were read."""
    if not fids:
        return {}
    context = source.transform_context or QgsCoordinateTransformContext()
    if source.fast is not None:
        fast = FastFeatures(source.fast, source.features, source.wkb_type)
        return fast.geometries_again(fids, source.fields, source.crs, source.mapping, transform_context=context)
    request = QgsFeatureRequest().setNoAttributes().setFilterFids(list(fids))
    plots = plots_from_features(source.features.getFeatures(request), source.fields, source.crs, source.mapping,
                                transform_context=context)
    return {plot.source_fid: plot.geometry for plot in plots}


def check_job(
    source: PlotSource,
    engine: str,
    path: str,
    layer_name: str,
    feedback: Any = None,
    bundled: Optional[dict] = None,
    api: Optional[dict] = None,
    api_client: Any = None,
    confirm: Optional[Callable[[int, int, int], bool]] = None,
    keep: Any = True,
) -> dict:
    """Read, validate, check and write: the whole of the dock's Check, in a task (:func:`check_to_file`).

    ``bundled`` holds the keyword arguments of :func:`bundled_options`, ``api`` those of
    :func:`api_options`; ``keep`` as :func:`check_to_file`'s (a keeper's ``id_field``, when it has one, is
    the plot-id field of the run record). Returns ``{"uri", "output": CheckOutput, "summary", "plots",
    "not_written"}``."""
    check_output(path, source.file_path)
    options = {"bundled": bundled_options(**(bundled or {}))} if engine == ENGINE_BUNDLED else {
        "api": api_options(**(api or {})), "api_client": api_client, "confirm": confirm}
    done = check_to_file(source, engine, path, layer_name, feedback=feedback, keep=keep, **options)
    plots = done.plots or []
    record_check(path, layer_name, engine, done.output, plots, source,
                 bundled_options=options.get("bundled"), api_options=options.get("api"),
                 plot_count=done.plot_count, plot_id_field=getattr(keep, "id_field", None))
    if feedback is not None:
        feedback.set_progress(100)
    return {"uri": done.uri, "output": done.output, "summary": done.summary, "plots": plots,
            "not_written": done.not_written}


def write_check(path: str, layer_name: str, plots: Sequence, output: Any, source_fields: QgsFields,
                transform_context: Any = None) -> Any:
    """Write the results of a check (``results.WriteOutcome``); a failure keeps them in a recovery file."""

    return results.write_result_layer(path, layer_name, plots, output.results, source_fields,
                                      transform_context=transform_context)


def record_check(path: str, layer_name: str, engine: str, output: Any, plots: Sequence, source: PlotSource,
                 bundled_options: Any = None, api_options: Any = None,
                 plot_count: Optional[int] = None, plot_id_field: Optional[str] = None) -> Optional[str]:
    """Store the run's record (engine, input, data sources, parameters) in its result layer, for the report
    and the evidence maps; an error message instead of raising (the results are written already).
    ``plot_count``: how many plots were checked when ``output`` did not keep their results;
    ``plot_id_field``: the plot-id field found from plots not kept (else from ``plots``)."""

    if plot_count is not None and len(output.results) != plot_count:
        output = CheckCount(range(plot_count), output.run)
    return core_record_check(path, layer_name, engine, output, plugin_version=about.version(),
                             input_name=source.name, plots=plots, bundled_options=bundled_options,
                             api_options=api_options,
                             plot_id_field=getattr(source.mapping, "plot_id", None) or plot_id_field,
                             guessed_fields=source.mapping.guessed_fields() if source.mapping else None)


@dataclass
class CheckCount:
    """A check's output seen by the run record when its results were not kept: how many, and the run."""

    results: range
    run: Any


def describe_not_written(skipped: Sequence[tuple[str, str]], path: str) -> str:
    """One message naming the plots a file refused, and why."""
    shown = "; ".join(f"{label}: {reason}" for label, reason in list(skipped)[:5])
    more = len(skipped) - 5
    text = tr("{n} plots could not be written to {path} ({plots}). The others were written: correct these "
              "plots' values in your layer, or write to a GeoPackage (.gpkg).").format(
        n=len(skipped), path=path, plots=shown)
    if more > 0:
        text += " " + tr("And {n} more.").format(n=more)
    return text


def describe_error(error: BaseException) -> str:
    """The message for the user of a failed operation: its own for ours, the install hint for a
    missing package, else the error's type and text (the traceback goes to the log only)."""

    if isinstance(error, (OperationError, ResultWriteError)):
        return str(error)
    if isinstance(error, ImportError):

        return problem_text() or tr("A part of the plugin is missing: {error}").format(error=error)
    return f"{type(error).__name__}: {error}"
