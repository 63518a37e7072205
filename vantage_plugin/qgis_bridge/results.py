"""Results and validation issues written to GeoPackage layers, styled by risk level / severity.

Outputs are always files (never memory-only layers: those are lost when the project closes). A layer
is first written under a temporary name (or, for a new file, to a temporary file) and only renamed
into place once complete, so a failure never leaves a half-written output; only that one layer of an
existing GeoPackage is replaced, its other layers are kept. The style is saved into the GeoPackage as
its default (``layer_styles``), so the file opens styled in any QGIS.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..core import analysis
from ..core.analysis import PlotResult
from ..core.plots import Plot
from .messages import issue_message
from .styles import (  # noqa: F401 - the styles live in styles.py; these names stay importable from here
    RISK_COLOURS,
    RISK_STYLE_EXPRESSION,
    SEVERITY_COLOURS,
    SOURCE_PREFIX,
    STATUS_HATCHED,
    apply_issue_style,
    apply_risk_style,
    issue_renderer,
    risk_renderer,
    save_default_style,
    style_document,
    write_style_presets,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: Fields a GeoPackage (or QGIS) reserves: a source field of that name is renamed like a clash.
RESERVED_NAMES = {"fid", "geom", "geometry"}

_QT_TYPES = {str: QVariant.String, float: QVariant.Double, int: QVariant.LongLong, bool: QVariant.Bool}


class ResultWriteError(RuntimeError):
    """The GeoPackage layer could not be written."""


# --- fields -----------------------------------------------------------------------------------
def _field(name: str, kind: type) -> QgsField:
    field = QgsField(name, _QT_TYPES[kind])
    if kind is bool:
        field.setTypeName("boolean")
    return field


def output_field_names(source_fields: QgsFields, our_names: Sequence[str]) -> list[str]:
    """The output names of ``source_fields``: kept, unless they clash with ``our_names`` or a reserved
    name (case-insensitive, as in SQLite), then prefixed ``src_`` (then ``src2_``… if still taken)."""
    taken = {name.lower() for name in our_names} | RESERVED_NAMES
    names: list[str] = []
    for field in source_fields:
        name = field.name()
        candidate, n = name, 1
        while candidate.lower() in taken:
            candidate = f"{SOURCE_PREFIX if n == 1 else f'src{n}_'}{name}"
            n += 1
        taken.add(candidate.lower())
        names.append(candidate)
    return names


def _copy_field(field: QgsField, name: str) -> QgsField:
    copy = QgsField(field)
    copy.setName(name)
    return copy


def _source_value(field: QgsField, value: Any) -> Any:
    """A plot attribute (JSON-able, dates as ISO text) back as a value for ``field``."""
    if value is None:
        return None
    if field.type() == QVariant.Date and isinstance(value, str):
        date = QDate.fromString(value[:10], Qt.ISODate)
        return date if date.isValid() else value
    if field.type() == QVariant.DateTime and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.ISODate)
        return moment if moment.isValid() else value
    if isinstance(value, (dict, list)) and field.type() == QVariant.String:
        import json

        return json.dumps(value, ensure_ascii=False)
    return value


# --- geometry ---------------------------------------------------------------------------------
def qgs_geometry(geometry) -> Optional[QgsGeometry]:
    """A shapely geometry as a ``QgsGeometry`` (``None`` for ``None``/empty/unreadable)."""
    if geometry is None:
        return None
    try:
        if geometry.is_empty:
            return None
        qgeom = QgsGeometry()
        qgeom.fromWkb(geometry.wkb)
    except Exception:
        return None
    return None if qgeom.isNull() else qgeom


def output_wkb_type(plots: Sequence[Plot]) -> int:
    """MultiPoint when every plot with a geometry is a point, else MultiPolygon."""
    kinds = {plot.geometry.geom_type for plot in plots if plot.geometry is not None and not plot.geometry.is_empty}
    if kinds and kinds <= {"Point", "MultiPoint"}:
        return QgsWkbTypes.MultiPoint
    return QgsWkbTypes.MultiPolygon


def fit_geometry(geometry, wkb_type: int) -> Optional[QgsGeometry]:
    """``geometry`` (shapely) as a multi geometry of ``wkb_type``'s kind, or ``None`` if it is not one.

    ``wkb_type`` Unknown keeps any geometry as it is (a mixed GeoPackage layer)."""
    qgeom = qgs_geometry(geometry)
    if qgeom is None:
        return None
    if QgsWkbTypes.flatType(wkb_type) == QgsWkbTypes.Unknown:
        return qgeom
    if QgsWkbTypes.geometryType(qgeom.wkbType()) != QgsWkbTypes.geometryType(wkb_type):
        return None
    qgeom.convertToMultiType()
    return qgeom


def plot_geometry(plot: Plot, wkb_type: int) -> Optional[QgsGeometry]:
    """The plot's geometry for an output of ``wkb_type``; in a polygon output (a batch mixing points
    and polygons) a point plot is drawn as the disc of its ``point_ha`` (4 ha when unknown), the
    area the engines analyse for it."""
    geometry = plot.geometry
    if (
        geometry is not None
        and not geometry.is_empty
        and geometry.geom_type in ("Point", "MultiPoint")
        and QgsWkbTypes.geometryType(wkb_type) == QgsWkbTypes.PolygonGeometry
    ):
        try:
            from shapely.geometry import MultiPolygon

            from ..core.geodesy import point_disc
            from ..core.plots import POINT_MAX_HA, parse_point_ha

            area = parse_point_ha(plot.point_ha)
            area = area if area is not None and area > 0 else POINT_MAX_HA
            points = list(geometry.geoms) if geometry.geom_type == "MultiPoint" else [geometry]
            discs = [point_disc(p.x, p.y, area) for p in points]
            geometry = MultiPolygon([d for disc in discs for d in getattr(disc, "geoms", [disc])])
        except Exception:  # noqa: BLE001 - no disc: the row keeps no geometry
            return None
    return fit_geometry(geometry, wkb_type)


# --- writing ----------------------------------------------------------------------------------
def _split_uri(path: str) -> tuple[str, Optional[str]]:
    if "|layername=" in path:
        file_path, layer = path.split("|layername=", 1)
        return file_path, layer.split("|", 1)[0]
    return path, None


def layer_uri(path: str, layer_name: str) -> str:
    return f"{path}|layername={layer_name}"


def _ogr_layer_names(path: str) -> list[str]:
    from osgeo import ogr

    ds = ogr.Open(path)
    if ds is None:
        return []
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def write_layer(
    path: str,
    layer_name: str,
    fields: QgsFields,
    wkb_type: int,
    rows: Iterable[tuple[list, Optional[QgsGeometry]]],
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> str:
    """Write ``rows`` (attributes, geometry) as layer ``layer_name`` of the GeoPackage ``path``.

    Written completely under a temporary name first, then moved into place (replacing only that
    layer). Returns the layer's URI ``path|layername=name``.
    """
    path = str(path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    new_file = not os.path.exists(path)
    token = uuid.uuid4().hex[:8]
    target_file = f"{path}.{token}.tmp.gpkg" if new_file else path
    temp_name = layer_name if new_file else f"{layer_name}__tmp_{token}"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = temp_name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteFile if new_file else QgsVectorFileWriter.CreateOrOverwriteLayer
    )
    context = transform_context or QgsCoordinateTransformContext()
    writer = QgsVectorFileWriter.create(target_file, fields, wkb_type, WGS84, context, options)
    try:
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise ResultWriteError(f"Cannot create {layer_name} in {path}: {writer.errorMessage()}")
        for attributes, geometry in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(attributes)
            if geometry is not None:
                feature.setGeometry(geometry)
            if not writer.addFeature(feature):
                raise ResultWriteError(f"Cannot write a feature to {path}: {writer.errorMessage()}")
    except BaseException:
        del writer
        _discard(target_file if new_file else None, path, temp_name)
        raise
    del writer  # flushes and closes the file
    try:
        _null_empty_geometries(target_file, temp_name)
    except Exception:
        _discard(target_file if new_file else None, path, temp_name)
        raise
    if new_file:
        os.replace(target_file, path)
    else:
        _rename_layer(path, temp_name, layer_name)
    return layer_uri(path, layer_name)


def _null_empty_geometries(path: str, layer_name: str) -> None:
    """QGIS's writer stores a feature without geometry as an EMPTY geometry: make it NULL."""
    from osgeo import ogr

    ds = ogr.Open(path, 1)
    if ds is None:
        raise ResultWriteError(f"Cannot reopen {path}")
    try:
        layer = ds.GetLayerByName(layer_name)
        column = layer.GetGeometryColumn() if layer is not None else ""
        if column:
            ds.ExecuteSQL(f'UPDATE "{layer_name}" SET "{column}" = NULL WHERE ST_IsEmpty("{column}")')
    finally:
        ds = None


def _discard(temp_file: Optional[str], path: str, temp_name: str) -> None:
    if temp_file:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.remove(temp_file + suffix)
            except OSError:
                pass
        return
    from osgeo import ogr

    ds = ogr.Open(path, 1)
    if ds is None:
        return
    for i in range(ds.GetLayerCount()):
        if ds.GetLayer(i).GetName() == temp_name:
            ds.DeleteLayer(i)
            break
    ds = None


def _rename_layer(path: str, temp_name: str, layer_name: str) -> None:
    """Replace ``layer_name`` by ``temp_name`` in one transaction (old styles of the layer kept)."""
    from osgeo import ogr

    ds = ogr.Open(path, 1)
    if ds is None:
        raise ResultWriteError(f"Cannot reopen {path} to finish writing {layer_name}")
    try:
        ds.StartTransaction()
        for i in range(ds.GetLayerCount()):
            if ds.GetLayer(i).GetName() == layer_name:
                ds.DeleteLayer(i)
                break
        ds.ExecuteSQL(f'ALTER TABLE "{temp_name}" RENAME TO "{layer_name}"')
        ds.CommitTransaction()
    except Exception as error:
        ds.RollbackTransaction()
        raise ResultWriteError(f"Cannot replace {layer_name} in {path}: {error}") from error
    finally:
        ds = None
    if layer_name not in _ogr_layer_names(path):
        raise ResultWriteError(f"Cannot replace {layer_name} in {path}")


def result_layer_fields(source_fields: QgsFields, loss_years: Iterable[int]) -> tuple[QgsFields, list[str]]:
    """(all output fields, output names of the source fields)."""
    ours = analysis.result_fields(loss_years)
    our_names = [name for name, _ in ours]
    source_names = output_field_names(source_fields, our_names)
    fields = QgsFields()
    for field, name in zip(source_fields, source_names):
        fields.append(_copy_field(field, name))
    for name, kind in ours:
        fields.append(_field(name, kind))
    return fields, source_names


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
    """Write one row per plot: the user's attributes, the flat result fields and the WGS84 geometry.

    Returns the URI of the written layer (``path|layername=layer_name``). The risk style is saved in
    the GeoPackage as the layer's default unless ``style`` is false.
    """
    loss_years = analysis.loss_years_of(results)
    fields, _ = result_layer_fields(source_fields, loss_years)
    ours = [name for name, _ in analysis.result_fields(loss_years)]
    by_index = {result.plot_index: result for result in results}
    wkb_type = output_wkb_type(plots)
    source_list = list(source_fields)

    def rows():
        for plot in plots:
            values = [_source_value(field, plot.attributes.get(field.name())) for field in source_list]
            result = by_index.get(plot.index)
            flat = analysis.result_row(result, loss_years) if result is not None else {}
            values.extend(flat.get(name) for name in ours)
            yield values, plot_geometry(plot, wkb_type)

    uri = write_layer(path, layer_name, fields, wkb_type, rows(), transform_context)
    if style:
        save_default_style(uri, layer_name, apply_risk_style)
    return uri


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
            other.label if other is not None else (str(issue.other_plot_index) if issue.other_plot_index is not None else None),
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
    uri = write_layer(path, layer_name, issue_fields(), wkb_type, issue_rows(plots, report, wkb_type), transform_context)
    if style:
        save_default_style(uri, layer_name, apply_issue_style)
    return uri
