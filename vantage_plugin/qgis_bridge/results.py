"""Result rows: the user's fields and values kept, the plugin's result columns beside them, one row per
plot; fixed plots and validation issues as rows too. Written to GeoPackage layers styled by risk /
severity (``writing`` writes and publishes, ``styles`` styles, ``output_geometry`` draws the geometries).

Field names: the user's fields keep their names (only GeoPackage's reserved ``fid``/``geom`` are
prefixed ``src_``); a plugin column whose name a user field already has is renamed ``vantage_<name>``
(then ``<name>_2``, ``_3``…), so a user's ``plot_id`` or an earlier ``vantage_fixes`` are never
overwritten. Values keep their types (BLOB stays BLOB); values a GeoPackage cannot hold (a JSON
object or list) are written as JSON text. The style is saved into the GeoPackage as its default
(``layer_styles``), so the file opens styled in any QGIS.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from operator import attrgetter
from typing import Any, Callable, Iterable, Optional, Sequence

from qgis.core import QgsCoordinateTransformContext, QgsField, QgsFields
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QVariant

from ..core import analysis
from ..core.analysis import PlotResult
from ..core.plots import Plot
from ..core.runs import gc_paused
from ..core.validation.issues import PART_FIELD
from .messages import issue_message, risk_reason_text
from .output_geometry import (  # noqa: F401 - re-exported: results.<name> as before the split
    fit_geometry,
    output_wkb_type,
    plot_geometries,
    plot_geometry,
    plot_shapes,
    plots_wkb_type,
    qgs_geometry,
)
from .styles import (  # noqa: F401 - the styles live in styles.py; these names stay importable from here
    PLUGIN_PREFIX,
    RISK_COLOURS,
    RISK_STYLE_EXPRESSION,
    SEVERITY_COLOURS,
    SOURCE_PREFIX,
    STATUS_HATCHED,
    apply_dry_run_style,
    apply_issue_style,
    apply_risk_style,
    issue_renderer,
    risk_renderer,
    save_default_style,
    style_document,
    write_style_presets,
)
from .writing import (  # noqa: F401 - re-exported: results.<name> as before the split
    WGS84,
    GdalErrors,
    ResultWriteError,
    StreamedLayer,
    WriteOutcome,
    count_problem,
    discard_file,
    failed_write,
    layer_uri,
    lock_problem,
    output_problem,
    recovery_path,
    same_file,
    verify_written,
    write_layer,
    write_rows,
)

#: Fields a GeoPackage (or QGIS) reserves: a source field of that name is renamed ``src_<name>``.
RESERVED_NAMES = {"fid", "geom", "geometry"}

_QT_TYPES = {str: QVariant.String, float: QVariant.Double, int: QVariant.LongLong, bool: QVariant.Bool}
#: QGIS field types a GeoPackage has no column type for: written as (JSON) text.
_TEXT_TYPES = {QVariant.Map, QVariant.List, QVariant.StringList, QVariant.Invalid}


# --- fields -----------------------------------------------------------------------------------
def _field(name: str, kind: type) -> QgsField:
    field = QgsField(name, _QT_TYPES[kind])
    if kind is bool:
        field.setTypeName("boolean")
    return field


def source_output_names(source_fields: QgsFields) -> list[str]:
    """The output names of the user's fields: kept, except GeoPackage's reserved names (``src_fid``)."""
    taken = {field.name().lower() for field in source_fields}
    names = []
    for field in source_fields:
        name = field.name()
        if name.lower() in RESERVED_NAMES:
            candidate, n = f"{SOURCE_PREFIX}{name}", 2
            while candidate.lower() in taken:
                candidate, n = f"{SOURCE_PREFIX}{name}_{n}", n + 1
            taken.add(candidate.lower())
            name = candidate
        names.append(name)
    return names


def plugin_output_names(taken: Iterable[str], our_names: Sequence[str]) -> list[str]:
    """The output names of the plugin's columns ``our_names`` beside the user's ``taken`` names: kept,
    or ``vantage_<name>`` (``<name>_2``, ``_3``… when that is taken too) when a user field has it."""
    used = {name.lower() for name in taken} | RESERVED_NAMES
    names = []
    for name in our_names:
        candidate = name
        if candidate.lower() in used and not name.startswith(PLUGIN_PREFIX):
            candidate = f"{PLUGIN_PREFIX}{name}"
        n = 2
        base = candidate
        while candidate.lower() in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate.lower())
        names.append(candidate)
    return names


def output_field(field: QgsField, name: str) -> QgsField:
    """A copy of the user's ``field`` named ``name``, as a type a GeoPackage can hold (JSON as text)."""
    if field.type() in _TEXT_TYPES:
        copy = QgsField(name, QVariant.String, "JSON" if field.type() == QVariant.Map else "string")
        copy.setComment(field.comment())
        return copy
    copy = QgsField(field)
    copy.setName(name)
    return copy


def _source_value(field: QgsField, value: Any) -> Any:
    """A plot attribute (JSON-able: dates as ISO text, binary as base64) back as a value for ``field``."""
    if value is None:
        return None
    kind = field.type()
    if kind == QVariant.Date and isinstance(value, str):
        date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
        return date if date.isValid() else value
    if kind == QVariant.DateTime and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        return moment if moment.isValid() else value
    if kind == QVariant.ByteArray and isinstance(value, str):
        try:
            return QByteArray(base64.b64decode(value.encode("ascii"), validate=True))
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return value
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value) and kind != QVariant.Double:
        return None
    return value



def result_layer_fields(source_fields: QgsFields, loss_years: Iterable[int]) -> tuple[QgsFields, list[str]]:
    """(all output fields, output names of the plugin's result columns, in ``result_fields`` order)."""
    ours = analysis.result_fields(loss_years)
    source_names = source_output_names(source_fields)
    our_names = plugin_output_names(source_names, [name for name, _ in ours])
    fields = QgsFields()
    for field, name in zip(source_fields, source_names):
        fields.append(output_field(field, name))
    for (_, kind), name in zip(ours, our_names):
        fields.append(_field(name, kind))
    return fields, our_names


#: Plots whose output geometries are made at once (:func:`plot_geometries`) while rows are written.
GEOMETRY_BATCH = 4096


def result_rows(plots: Sequence[Plot], results: Sequence[PlotResult], source_fields: QgsFields,
                fields: QgsFields, loss_years: Sequence[int], wkb_type: int):
    """(values, geometry, plot label[, reason]) of every plot, in plot order."""
    ours = [name for name, _ in analysis.result_fields(loss_years)]
    by_index = {result.plot_index: result for result in results}
    made = _flat_values(results, loss_years)
    names = list(source_fields.names())
    out_fields = [fields.at(i) for i in range(len(names))]
    # Values of these types go to their field unchanged (_source_value would return them as they are).
    plain = [_plain_types(field) for field in out_fields]
    geometries: Optional[list] = None
    for k, plot in enumerate(plots):
        if k % GEOMETRY_BATCH == 0:  # drawn a batch at a time: memory does not grow with the plots
            try:
                geometries = plot_geometries(plots[k : k + GEOMETRY_BATCH], wkb_type)
            except Exception:  # noqa: BLE001 - the batch could not be drawn at once: one plot at a time
                geometries = None
        try:
            attributes = plot.attributes
            values = []
            for f, name, simple in zip(out_fields, names, plain):
                value = attributes.get(name)
                values.append(value if type(value) in simple else _source_value(f, value))
            result = by_index.get(plot.index)
            flat = ({} if result is None else dict(made[plot.index]) if plot.index in made
                    else analysis.result_row(result, loss_years))
            flat["risk_reason"] = risk_reason_text(flat.get("risk_reason"))  # in the user's language
            values.extend(flat.get(name) for name in ours)
            geometry = geometries[k % GEOMETRY_BATCH] if geometries is not None else plot_geometry(plot, wkb_type)
            yield values, geometry, plot.label
        except Exception as error:  # noqa: BLE001 - one plot never sinks the batch
            yield None, None, plot.label, str(error)


def _flat_values(results: Sequence[PlotResult], loss_years: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Plot index → :func:`analysis.result_row` of its result, made for all results at once; empty when
    some result cannot be read (each row is then made on its own, and only that plot is skipped)."""
    try:
        columns = analysis.result_columns(results, loss_years)
    except Exception:  # noqa: BLE001 - some result needs the careful one-by-one path
        return {}
    names = list(columns)
    return {result.plot_index: dict(zip(names, values))
            for result, values in zip(results, zip(*columns.values()))}


def result_columns(plots: Sequence[Plot], results: Sequence[PlotResult], source_fields: QgsFields,
                   fields: QgsFields, loss_years: Sequence[int]) -> list[Sequence]:
    """The values of :func:`result_rows`, one list per field of ``fields`` (in plot order; the Analysis
    JSON may be :class:`analysis.TailedTexts`, which :meth:`StreamedLayer.add_columns` takes), built a
    column at a time for the whole chunk. Raises where :func:`result_rows` would give up on a plot
    (the caller then makes the rows one by one, which skips and reports that plot)."""
    names = list(source_fields.names())
    columns: list[Sequence] = []
    for i, column in enumerate(analysis.dict_columns([plot.attributes for plot in plots], names)):
        field = fields.at(i)
        simple = _plain_types(field)
        if not set(map(type, column)) <= set(simple):
            column = [value if type(value) in simple else _source_value(field, value) for value in column]
        columns.append(column)
    by_index = {result.plot_index: result for result in results}
    matched = [by_index.get(plot.index) for plot in plots]
    present = [result for result in matched if result is not None]
    ours = analysis.result_columns(present, loss_years, json_tail=True)
    reasons = ours["risk_reason"]
    in_language = {reason: risk_reason_text(reason) for reason in set(reasons)}  # in the user's language
    ours["risk_reason"] = [in_language[reason] for reason in reasons]
    places = [result is not None for result in matched]
    for name, _ in analysis.result_fields(loss_years):
        column = ours[name]
        if len(present) < len(plots):  # a plot without a result: its columns are empty
            column = analysis.spread(column, places)
        columns.append(column)
    return columns


def _plain_types(field: QgsField) -> tuple[type, ...]:
    """The value types :func:`_source_value` returns unchanged for ``field``."""
    kind = field.type()
    if kind in (QVariant.Date, QVariant.DateTime, QVariant.ByteArray):
        return (type(None), int, bool)
    return (type(None), str, int, bool, float) if kind == QVariant.Double else (type(None), str, int, bool)


def write_result_layer(
    path: str,
    layer_name: str,
    plots: Sequence[Plot],
    results: Sequence[PlotResult],
    source_fields: QgsFields,
    *,
    style: bool = True,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> WriteOutcome:
    """Write one row per plot: the user's attributes, the flat result fields and the WGS84 geometry
    (through :class:`ResultStream`, in one chunk: written in bulk when the values allow it).

    The risk style is saved in the GeoPackage as the layer's default unless ``style`` is false (in
    the recovery GeoPackage too when the write fails)."""
    stream = ResultStream(path, layer_name, source_fields, output_wkb_type(plots), style=style,
                          transform_context=transform_context)
    try:
        stream.add(plots, results)
    except BaseException:
        stream.discard()
        raise
    return stream.finish()


def write_results(
    path: str,
    layer_name: str,
    plots: Sequence[Plot],
    results: Sequence[PlotResult],
    source_fields: QgsFields,
    *,
    style: bool = True,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> str:
    """:func:`write_result_layer`, returning the URI of the written layer (``path|layername=layer_name``)."""
    return write_result_layer(path, layer_name, plots, results, source_fields, style=style,
                              transform_context=transform_context).uri


class ResultStream:
    """The result layer of a check written chunk by chunk (:class:`writing.StreamedLayer`), the same
    layer :func:`write_result_layer` writes for all plots at once: a per-year loss column first seen in
    a later chunk is added then, filled for the earlier rows as :func:`analysis.result_row` fills it
    (0 where the plot has loss data) and put in its place among the columns at the end."""

    def __init__(self, path: str, layer_name: str, source_fields: QgsFields, wkb_type: int, *,
                 style: bool = True, transform_context: Optional[QgsCoordinateTransformContext] = None) -> None:
        self.source_fields, self.wkb_type, self.style = source_fields, wkb_type, style
        self.path, self.layer_name, self.transform_context = path, layer_name, transform_context
        self.loss_years: list[int] = []
        self.simulated = False
        self.fields, self.names = result_layer_fields(source_fields, self.loss_years)
        self.layer: Optional[StreamedLayer] = None
        """Made with the first chunk (its loss years give the first columns)."""
        self._order: Optional[list[int]] = None
        """Where each value of a row goes in the layer's columns, once columns were added (else None)."""

    def add(self, plots: Sequence[Plot], results: Sequence[PlotResult]) -> None:
        """Write the rows of a chunk (``results``: the chunk's, one per plot)."""
        years = set(analysis.loss_years_of(results)) - set(self.loss_years)
        if years:
            self.loss_years = sorted(set(self.loss_years) | years)
            self.fields, self.names = result_layer_fields(self.source_fields, self.loss_years)
        if self.layer is None:
            self.layer = StreamedLayer(self.path, self.layer_name, self.fields, self.wkb_type, self.transform_context)
        elif years:
            self.layer.add_fields([field for field in self.fields if self.layer.fields.indexFromName(field.name()) < 0])
            physical = [field.name() for field in self.layer.fields]
            self._order = [physical.index(field.name()) for field in self.fields]
        self.simulated = self.simulated or analysis.STATUS_SIMULATED in map(attrgetter("status"), results)
        # a chunk's columns are hundreds of thousands of new lists and texts without cycles: the
        # collector's full runs over every object alive were a fifth of the bulk writing at 100,000 plots
        with gc_paused():
            written = self._add_columns(plots, results)
        if not written:
            rows = result_rows(plots, results, self.source_fields, self.fields, self.loss_years, self.wkb_type)
            self.layer.add(rows if self._order is None else self._reordered(rows))

    def _add_columns(self, plots: Sequence[Plot], results: Sequence[PlotResult]) -> bool:
        """Write the chunk in bulk (:meth:`StreamedLayer.add_columns`); False, with nothing written,
        when it must be written row by row."""
        assert self.layer is not None
        if not plots:
            return False
        try:
            columns = result_columns(plots, results, self.source_fields, self.fields, self.loss_years)
            shapes, wrap = plot_shapes(plots, self.wkb_type)
        except Exception:  # noqa: BLE001 - some plot needs the careful row-by-row path
            return False
        if self._order is not None:
            physical: list[list] = [[]] * len(columns)
            for column, at in zip(columns, self._order):
                physical[at] = column
            columns = physical
        return self.layer.add_columns(columns, shapes, wrap)

    def _reordered(self, rows: Iterable[tuple]):
        order, width = self._order, len(self._order or ())
        for row in rows:
            if row[0] is None:
                yield row
                continue
            values = [None] * width
            for value, at in zip(row[0], order or ()):
                values[at] = value
            yield (values, *row[1:])

    def discard(self) -> None:
        if self.layer is not None:
            self.layer.discard()

    def finish(self, check: Optional[Callable[[], None]] = None) -> WriteOutcome:
        """Publish the layer (styled by risk unless ``style`` is false; the recovery file too when the
        layer cannot be put in place); ``check`` (e.g. ``Feedback.check``): see :meth:`StreamedLayer.finish`."""
        if self.layer is None:
            self.add([], [])
        assert self.layer is not None
        statements = []
        if self.layer.added_fields:
            ours = dict(zip([name for name, _ in analysis.result_fields(self.loss_years)], self.names))
            loss_data = ours["deforestation_ha"]
            for year in self.loss_years:
                column = ours[analysis.loss_year_field(year)]
                if column in self.layer.added_fields:
                    statements.append(f'UPDATE "{self.layer_name}" SET "{column}" = 0.0 '
                                      f'WHERE "{column}" IS NULL AND "{loss_data}" IS NOT NULL')
        styler = apply_dry_run_style if self.simulated else apply_risk_style
        try:
            outcome = self.layer.finish(statements, [field.name() for field in self.fields], check)
        except ResultWriteError as error:
            if self.style and error.recovery:
                save_default_style(layer_uri(error.recovery, self.layer_name), self.layer_name, styler)
            raise
        if self.style:
            save_default_style(outcome.uri, self.layer_name, styler)
        return outcome


# --- fixed plots ------------------------------------------------------------------------------
#: The plugin's columns of a fixed layer: what was changed, and the part number of a split plot.
FIXES_FIELD = "vantage_fixes"


def fixed_layer_fields(source_fields: QgsFields, split: bool) -> tuple[QgsFields, str, Optional[str]]:
    """(fields, name of the fixes column, name of the part column or ``None``) of a fixed copy."""
    source_names = source_output_names(source_fields)
    ours = [FIXES_FIELD] + ([PART_FIELD] if split else [])
    our_names = plugin_output_names(source_names, ours)
    fields = QgsFields()
    for field, name in zip(source_fields, source_names):
        fields.append(output_field(field, name))
    fields.append(QgsField(our_names[0], QVariant.String))
    if split:
        fields.append(QgsField(our_names[1], QVariant.Int))
    return fields, our_names[0], our_names[1] if split else None


def fixed_rows(source_fields: QgsFields, fields: QgsFields, fixed: Any, wkb_type: int, split: bool):
    """(values, geometry, plot label[, reason]) of every fixed plot (a ``FixResult``)."""
    names = list(source_fields.names())
    out_fields = [fields.at(i) for i in range(len(names))]
    by_plot: dict[int, list[str]] = {}
    for change in fixed.changes:
        by_plot.setdefault(change.plot_index, []).append(f"{change.fix}: {change.message}")
    origin = fixed.origin or [plot.index for plot in fixed.plots]
    parts = getattr(fixed, "parts", None) or [None] * len(fixed.plots)
    for plot, source_index, part in zip(fixed.plots, origin, parts):
        try:
            values = [_source_value(f, plot.attributes.get(n)) for f, n in zip(out_fields, names)]
            values.append("; ".join(by_plot.get(source_index, [])) or None)
            if split:
                values.append(part)
            yield values, fit_geometry(plot.geometry, wkb_type), plot.label
        except Exception as error:  # noqa: BLE001 - one plot never sinks the batch
            yield None, None, plot.label, str(error)


# --- issues -----------------------------------------------------------------------------------
ISSUE_FIELDS: tuple[tuple[str, type], ...] = (
    ("plot_index", int),
    ("plot_id", str),
    ("source_fid", int),
    ("code", str),
    ("severity", str),
    ("message", str),
    ("fix", str),
    ("other_plot", str),
    ("other_plot_index", int),
    ("location_lon", float),
    ("location_lat", float),
)


def issue_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in ISSUE_FIELDS:
        fields.append(_field(name, kind))
    return fields


def _severity_text(severity: Any) -> str:
    return getattr(severity, "value", None) or str(severity)


def issue_rows(plots: Sequence[Plot], report: Any, wkb_type: int):
    """(attributes, geometry) per issue of ``report``, the geometry being the plot's (or ``None``)."""
    by_index = {plot.index: plot for plot in plots}
    for issue in report.issues:
        plot = by_index.get(issue.plot_index)
        other = by_index.get(issue.other_plot_index) if issue.other_plot_index is not None else None
        location = issue.location or (None, None)
        values = [
            issue.plot_index,
            issue.plot_label if issue.plot_label is not None else (plot.label if plot else None),
            plot.source_fid if plot is not None else None,
            issue.code,
            _severity_text(issue.severity),
            issue_message(issue),  # in the user's language; ``code`` stays the stable key
            issue.fix,
            other.label if other is not None
            else (str(issue.other_plot_index) if issue.other_plot_index is not None else None),
            issue.other_plot_index,
            location[0],
            location[1],
        ]
        yield values, plot_geometry(plot, wkb_type) if plot is not None else None


def write_issues_layer(
    path: str,
    layer_name: str,
    plots: Sequence[Plot],
    report: Any,
    *,
    style: bool = True,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> str:
    """One row per validation issue, with the plot's id and geometry. Returns the layer URI."""
    wkb_type = output_wkb_type(plots)
    rows = issue_rows(plots, report, wkb_type)
    uri = write_layer(path, layer_name, issue_fields(), wkb_type, rows, transform_context)
    if style:
        save_default_style(uri, layer_name, apply_issue_style)
    return uri
