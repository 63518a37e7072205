"""Results, fixed plots and validation issues written to GeoPackage layers, styled by risk / severity.

Outputs are always files (never memory-only layers: those are lost when the project closes). Writing
never lies and never loses the work:

- every layer is first written completely to a temporary GeoPackage (``<output>.<pid>-<token>.tmp.gpkg``
  beside the output), checked by reading it back, then published: moved into place for a new file, or
  copied in one transaction into an existing GeoPackage (only that layer is replaced, then the file is
  vacuumed so the old layer's space is reclaimed);
- a write that fails raises :class:`ResultWriteError` naming the reason and the file; the finished
  rows are kept in a *recovery* GeoPackage beside the requested output (or in the temp folder when
  that folder cannot be written), named in the message;
- one row that cannot be written (a value the format refuses…) is skipped and reported with its
  plot, the others are written (:attr:`WriteOutcome.skipped`);
- temporary files of runs that were killed are removed by the next write into that folder.

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
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from dataclasses import field as dataclass_field
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
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QVariant

from ..core import analysis
from ..core.analysis import PlotResult
from ..core.plots import Plot
from ..i18n import tr
from .messages import issue_message, risk_reason_text
from .operations import OperationError
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

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: Fields a GeoPackage (or QGIS) reserves: a source field of that name is renamed ``src_<name>``.
RESERVED_NAMES = {"fid", "geom", "geometry"}
#: Suffix of the temporary GeoPackages a write goes through (``<output>.<pid>-<token>.tmp.gpkg``).
TEMP_SUFFIX = ".tmp.gpkg"
_TEMP_PATTERN = re.compile(r"\.(?:(\d+)-)?[0-9a-f]{8}\.tmp\.gpkg(-wal|-shm|-journal)?$")
"""A temporary GeoPackage of a write; without a pid, one left by an earlier version of the plugin."""
#: How long (ms) publishing waits for another program's lock on the GeoPackage before giving up.
BUSY_TIMEOUT_MS = 2000

_QT_TYPES = {str: QVariant.String, float: QVariant.Double, int: QVariant.LongLong, bool: QVariant.Bool}
#: QGIS field types a GeoPackage has no column type for: written as (JSON) text.
_TEXT_TYPES = {QVariant.Map, QVariant.List, QVariant.StringList, QVariant.Invalid}


class ResultWriteError(OperationError, RuntimeError):
    """The layer could not be written. ``path`` is the requested output; ``recovery`` the GeoPackage
    that holds the finished rows instead (or ``None``)."""

    def __init__(self, message: str, path: Optional[str] = None, recovery: Optional[str] = None) -> None:
        super().__init__(message)
        self.path = path
        self.recovery = recovery


@dataclass
class WriteOutcome:
    """What a write did: the layer's URI, how many rows it holds and the rows it could not write."""

    uri: str
    written: int = 0
    skipped: list[tuple[str, str]] = dataclass_field(default_factory=list)
    """(plot label, reason) of every row that could not be written."""


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
    except Exception:  # noqa: BLE001 - a geometry QGIS cannot take is written without one
        return None
    return None if qgeom.isNull() else qgeom


def output_wkb_type(plots: Sequence[Plot]) -> int:
    """MultiPoint when every plot with a geometry is a point, else MultiPolygon."""
    import numpy as np
    import shapely

    geoms = np.empty(len(plots), dtype=object)
    geoms[:] = [plot.geometry if isinstance(plot.geometry, shapely.Geometry) else None for plot in plots]
    types = shapely.get_type_id(geoms)[~shapely.is_empty(geoms)]
    types = types[types >= 0]
    if len(types) and np.isin(types, (0, 4)).all():
        return QgsWkbTypes.MultiPoint
    return QgsWkbTypes.MultiPolygon


def plots_wkb_type(plots: Sequence[Plot], fallback: int = QgsWkbTypes.MultiPolygon) -> int:
    """Multi type of the plots' kind (points or polygons) for a copy of the plots; Unknown (any) when
    they mix kinds, so points stay points beside polygons; ``fallback`` when no plot has a geometry."""
    kinds = {p.geometry.geom_type for p in plots if p.geometry is not None and not p.geometry.is_empty}
    if kinds and kinds <= {"Point", "MultiPoint"}:
        return QgsWkbTypes.MultiPoint
    if kinds and kinds <= {"Polygon", "MultiPolygon"}:
        return QgsWkbTypes.MultiPolygon
    if kinds:
        return QgsWkbTypes.Unknown
    return fallback


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


#: shapely type ids of each QGIS geometry type (a shapely LinearRing is written as a LineString).
_SHAPELY_KINDS = {
    QgsWkbTypes.PointGeometry: (0, 4),
    QgsWkbTypes.LineGeometry: (1, 2, 5),
    QgsWkbTypes.PolygonGeometry: (3, 6),
}


def _disc_ha(point_ha: Any) -> float:
    """The area of the disc drawn for a point plot: its ``point_ha``, else :data:`POINT_MAX_HA`."""
    from ..core.plots import POINT_MAX_HA, parse_point_ha

    area = parse_point_ha(point_ha)
    return area if area is not None and area > 0 else POINT_MAX_HA


def plot_geometries(plots: Sequence[Plot], wkb_type: int) -> list[Optional[QgsGeometry]]:
    """:func:`plot_geometry` of every plot, made for the whole batch at once: the point discs
    (``geodesy.point_discs``, the construction the engine analyses), the multi types and the WKB
    in a few vectorised calls; only multipoints drawn as discs are made one by one."""
    import numpy as np
    import shapely

    from ..core.geodesy import point_discs

    n = len(plots)
    out: list[Optional[QgsGeometry]] = [None] * n
    shapes = np.empty(n, dtype=object)
    shapes[:] = [plot.geometry for plot in plots]
    known = np.array([isinstance(g, shapely.Geometry) for g in shapes], dtype=bool)
    for k in np.flatnonzero(~known & np.array([g is not None for g in shapes], dtype=bool)):
        out[k] = plot_geometry(plots[k], wkb_type)  # not a shapely geometry: the careful one-by-one path
    shapes[~known] = None
    types = shapely.get_type_id(shapes)
    usable = known & ~shapely.is_empty(shapes)
    kind = QgsWkbTypes.geometryType(wkb_type)
    if kind == QgsWkbTypes.PolygonGeometry:
        single = np.flatnonzero(usable & (types == 0))
        if len(single):
            ha = np.array([_disc_ha(plots[k].point_ha) for k in single], dtype=float)
            shapes[single] = point_discs(shapely.get_x(shapes[single]), shapely.get_y(shapes[single]), ha)
            types[single] = 3
        for k in np.flatnonzero(usable & (types == 4)):
            out[k] = plot_geometry(plots[k], wkb_type)
            usable[k] = False
    if QgsWkbTypes.flatType(wkb_type) != QgsWkbTypes.Unknown:
        usable &= np.isin(types, _SHAPELY_KINDS.get(kind, ()))
        for single_type, make in ((0, shapely.multipoints), (1, shapely.multilinestrings),
                                  (2, shapely.multilinestrings), (3, shapely.multipolygons)):
            at = np.flatnonzero(usable & (types == single_type))
            if len(at):
                shapes[at] = make(shapes[at][:, None])
    at = np.flatnonzero(usable)
    for k, wkb in zip(at, shapely.to_wkb(shapes[at])):
        qgeom = QgsGeometry()
        qgeom.fromWkb(wkb)
        out[k] = None if qgeom.isNull() else qgeom
    return out


# --- paths ------------------------------------------------------------------------------------
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


def same_file(a: Optional[str], b: Optional[str]) -> bool:
    """True when the paths ``a`` and ``b`` (URIs allowed) name the same file."""
    if not a or not b:
        return False
    a, b = _split_uri(str(a))[0], _split_uri(str(b))[0]
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def output_problem(path: str) -> Optional[str]:
    """Why ``path`` cannot take a GeoPackage output (a folder that is a file, a read-only folder, an
    existing file that is not a GeoPackage), or ``None``. Checked before the work starts."""
    path = str(path)
    folder = Path(path).parent
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return tr("{file} is a file, not a folder: choose another place for {path}.").format(file=probe, path=path)
    if not os.access(str(probe), os.W_OK | os.X_OK):
        return tr("The folder {folder} cannot be written (permission denied): choose another place for {path}."
                  ).format(folder=probe, path=path)
    if os.path.isdir(path):
        return tr("{path} is a folder: give a file name ending in .gpkg.").format(path=path)
    if os.path.exists(path):
        if not os.access(path, os.W_OK):
            return tr("{path} is read-only: choose another file.").format(path=path)
        try:
            with open(path, "rb") as handle:
                header = handle.read(16)
        except OSError as error:
            return tr("{path} cannot be read: {error}").format(path=path, error=error)
        if header and not header.startswith(b"SQLite format 3"):
            return tr("{path} exists and is not a GeoPackage: choose another file.").format(path=path)
    return None


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process: an open temp file cannot be removed anyway
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale_temp_files(folder: str) -> list[str]:
    """Remove the temporary GeoPackages (and their journals) left in ``folder`` by runs that were
    killed (their process is gone); returns the paths removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMP_PATTERN.search(name)
        if match is None or (match.group(1) is not None and _pid_alive(int(match.group(1)))):
            continue
        try:
            os.remove(os.path.join(folder, name))
            removed.append(os.path.join(folder, name))
        except OSError:
            pass
    return removed


def _remove_file(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except OSError:
            pass


def _fallback_folder() -> str:
    fallback = os.path.join(tempfile.gettempdir(), "vantage")
    os.makedirs(fallback, exist_ok=True)
    return fallback


def _temp_folder(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
        return folder
    return _fallback_folder()


def recovery_path(path: str, folder: Optional[str] = None) -> str:
    """Where the finished rows of a failed write to ``path`` are kept: ``<stem>.recovered.gpkg`` beside
    it (``-2``, ``-3``… if taken), or in the temp folder when that folder cannot be written."""
    folder = folder or _temp_folder(path)
    stem = Path(path).stem or "vantage"
    candidate, n = os.path.join(folder, f"{stem}.recovered.gpkg"), 2
    while os.path.exists(candidate):
        candidate, n = os.path.join(folder, f"{stem}.recovered-{n}.gpkg"), n + 1
    return candidate


# --- writing ----------------------------------------------------------------------------------
def _row_parts(row: tuple) -> tuple[Optional[list], Optional[QgsGeometry], str, Optional[str]]:
    """(values, geometry, label, reason a row could not be made) of a row tuple."""
    values, geometry = row[0], row[1]
    label = str(row[2]) if len(row) > 2 and row[2] is not None else "?"
    reason = row[3] if len(row) > 3 else None
    return values, geometry, label, reason


def _write_temp(temp: str, layer_name: str, fields: QgsFields, wkb_type: int, rows: Iterable[tuple],
                transform_context: Optional[QgsCoordinateTransformContext]) -> tuple[int, list]:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = layer_name
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteFile
    context = transform_context or QgsCoordinateTransformContext()
    writer = QgsVectorFileWriter.create(temp, fields, wkb_type, WGS84, context, options)
    written, skipped = 0, []
    try:
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise _CreateFailed(tr("Cannot create the layer {layer}: {error}").format(
                layer=layer_name, error=writer.errorMessage()))
        for row in rows:
            values, geometry, label, reason = _row_parts(row)
            if values is None:
                skipped.append((label, reason or tr("the row could not be made")))
                continue
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            if geometry is not None:
                feature.setGeometry(geometry)
            if writer.addFeature(feature):
                written += 1
            else:
                skipped.append((label, writer.errorMessage() or tr("the format refused the row")))
    finally:
        del writer  # flushes and closes the file
    return written, skipped


def _null_empty_geometries(path: str, layer_name: str) -> None:
    """QGIS's writer stores a feature without geometry as an EMPTY geometry: make it NULL."""
    from osgeo import ogr

    ds = ogr.Open(path, 1)
    if ds is None:
        raise ResultWriteError(tr("Cannot reopen {path}").format(path=path))
    try:
        layer = ds.GetLayerByName(layer_name)
        column = layer.GetGeometryColumn() if layer is not None else ""
        if column:
            ds.ExecuteSQL(f'UPDATE "{layer_name}" SET "{column}" = NULL WHERE ST_IsEmpty("{column}")')
    finally:
        ds = None


def _count(path: str, layer_name: str) -> Optional[int]:
    from osgeo import ogr

    ds = ogr.Open(path)
    if ds is None:
        return None
    layer = ds.GetLayerByName(layer_name)
    count = layer.GetFeatureCount() if layer is not None else None
    ds = None
    return count


class _CreateFailed(ResultWriteError):
    """The temporary GeoPackage could not be created (no row was consumed yet)."""


class GdalErrors:
    """GDAL errors collected (not printed on stderr) while publishing or closing a writer; the last
    one is the reason."""

    def __enter__(self) -> GdalErrors:
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        gdal.ErrorReset()
        return self

    @staticmethod
    def reason(default: str) -> str:
        return GdalErrors.last() or default

    @staticmethod
    def last() -> str:
        """The last GDAL error message since entering, or an empty string."""
        from osgeo import gdal

        return gdal.GetLastErrorMsg() or ""

    def __exit__(self, *exc: Any) -> None:
        from osgeo import gdal

        gdal.PopErrorHandler()


def _publish(temp: str, path: str, layer_name: str, written: int) -> None:
    """Put the layer of ``temp`` in place as ``layer_name`` of ``path``; raise when it is not there after."""
    if not os.path.exists(path):
        try:
            os.replace(temp, path)
        except OSError:
            _copy_into_place(temp, path)  # another file system (the temp folder): copy, then rename
    else:
        _replace_layer(temp, path, layer_name)
        _vacuum(path)
    if _count(path, layer_name) != written:
        raise ResultWriteError(tr("the written layer could not be read back"))


def _lock_problem(path: str) -> Optional[str]:
    """Why another program keeps ``path`` from being written (e.g. an open read transaction), or ``None``."""
    import sqlite3

    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000.0, isolation_level=None)
    except sqlite3.Error as error:
        return str(error)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        return tr("{error}: another program (QGIS, a database browser…) has the file open").format(error=error)
    finally:
        connection.close()
    return None


def lock_problem(path: str) -> Optional[str]:
    """:func:`_lock_problem` for a SQLite file (GeoPackage, SpatiaLite); ``None`` for any other file."""
    try:
        with open(path, "rb") as handle:
            if not handle.read(16).startswith(b"SQLite format 3"):
                return None
    except OSError:
        return None
    return _lock_problem(path)


def count_problem(found: int, expected: int) -> str:
    """The reason of a write that left ``found`` rows of the ``expected`` ones."""
    return tr("{found} of {expected} rows are in the file after writing").format(found=found, expected=expected)


def verify_written(path: str, layer_name: Optional[str], expected: int) -> Optional[str]:
    """Why the file ``path`` does not hold ``expected`` rows in ``layer_name`` (its only layer, or the
    one named after the file, when ``None``) after a write, or ``None`` when it does. Read back with
    OGR, independently of the writer that wrote it."""
    from osgeo import ogr

    with GdalErrors() as errors:
        try:
            ds = ogr.Open(path)
        except RuntimeError:  # GDAL in exception mode
            ds = None
        if ds is None:
            reason = tr("{path} cannot be opened after writing").format(path=path)
            return f"{reason} ({errors.last()})" if errors.last() else reason
        layer = ds.GetLayerByName(layer_name or Path(path).stem)
        if layer is None and layer_name is None and ds.GetLayerCount() == 1:
            layer = ds.GetLayer(0)
        if layer is None:
            return tr("the layer {layer} is missing after writing").format(layer=layer_name or Path(path).stem)
        found = layer.GetFeatureCount()
        ds = None
    return None if found == expected else count_problem(found, expected)


def discard_file(path: str) -> None:
    """Remove a file a failed write left unfinished, with its sidecar files (best effort)."""
    from osgeo import ogr

    with GdalErrors():
        try:
            ds = ogr.Open(path)
            driver = ds.GetDriver() if ds is not None else None
            ds = None
            if driver is not None and driver.DeleteDataSource(path) == 0 and not os.path.exists(path):
                return
        except RuntimeError:  # GDAL in exception mode
            pass
    _remove_file(path)


def failed_write(path: str, layer_name: str, reason: str, fields: QgsFields, wkb_type: int, rows: Iterable[tuple],
                 transform_context: Optional[QgsCoordinateTransformContext] = None) -> ResultWriteError:
    """The error of a write to ``path`` that failed for ``reason`` (written by another writer, e.g. a
    Processing sink), with ``rows`` kept in a recovery GeoPackage named in its message."""
    try:
        recovery: Optional[str] = _split_uri(write_rows(recovery_path(path), layer_name, fields, wkb_type, rows,
                                                        transform_context).uri)[0]
    except ResultWriteError as error:
        recovery = error.recovery
    except Exception:  # noqa: BLE001 - the failure is reported all the same
        recovery = None
    return ResultWriteError(_failure_text(path, layer_name, reason, recovery), path, recovery)


def _copy_into_place(temp: str, path: str) -> None:
    import shutil

    staged = f"{path}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
    try:
        shutil.copyfile(temp, staged)
        os.replace(staged, path)
    except OSError as error:
        _remove_file(staged)
        raise ResultWriteError(str(error)) from error


def _replace_layer(temp: str, path: str, layer_name: str) -> None:
    """Copy the layer into ``path`` under a temporary name, then swap it in in one transaction."""
    from osgeo import ogr

    locked = _lock_problem(path)
    if locked:
        raise ResultWriteError(locked)

    staged = f"{layer_name}__tmp_{uuid.uuid4().hex[:8]}"
    with GdalErrors() as quiet:
        try:
            source = ogr.Open(temp)
            target = ogr.Open(path, 1)
        except RuntimeError as error:
            raise ResultWriteError(str(error)) from error
        if target is None or target.GetDriver().GetName() != "GPKG":
            raise ResultWriteError(quiet.reason(tr("it is not a GeoPackage that can be written")))
        try:
            target.ExecuteSQL(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            if target.CopyLayer(source.GetLayerByName(layer_name), staged) is None:
                raise ResultWriteError(quiet.reason(tr("cannot copy the layer")))
            if target.StartTransaction() != 0:
                raise ResultWriteError(quiet.reason(tr("cannot start a transaction")))
            try:
                for i in range(target.GetLayerCount()):
                    if target.GetLayer(i).GetName() == layer_name:
                        if target.DeleteLayer(i) != 0:
                            raise ResultWriteError(quiet.reason(tr("cannot replace the old layer")))
                        break
                target.ExecuteSQL(f'ALTER TABLE "{staged}" RENAME TO "{layer_name}"')
            except BaseException:
                target.RollbackTransaction()
                raise
            if target.CommitTransaction() != 0:
                raise ResultWriteError(quiet.reason(tr("the file is locked by another program")))
        except (RuntimeError, ResultWriteError) as error:  # RuntimeError: GDAL in exception mode
            _drop_layer(target, staged)
            raise ResultWriteError(_lock_problem(path) or str(error)) from error
        finally:
            target = source = None


def _drop_layer(ds: Any, name: str) -> None:
    try:
        try:
            ds.RollbackTransaction()
        except RuntimeError:
            pass
        for i in range(ds.GetLayerCount()):
            if ds.GetLayer(i).GetName() == name:
                ds.DeleteLayer(i)
                break
    except RuntimeError:
        pass


def _vacuum(path: str) -> None:
    """Reclaim the space of replaced layers (best effort: another program may hold the file)."""
    from osgeo import ogr

    with GdalErrors():
        try:
            ds = ogr.Open(path, 1)
            if ds is not None:
                ds.ExecuteSQL(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
                ds.ExecuteSQL("VACUUM")
        except RuntimeError:
            pass
        ds = None


def write_rows(
    path: str,
    layer_name: str,
    fields: QgsFields,
    wkb_type: int,
    rows: Iterable[tuple],
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> WriteOutcome:
    """Write ``rows`` as layer ``layer_name`` of the GeoPackage ``path`` (see the module's contract).

    A row is ``(values, geometry[, plot label[, reason]])``; ``values`` ``None`` means the row could
    not be made (``reason`` says why): it is reported in :attr:`WriteOutcome.skipped`.
    Raises :class:`ResultWriteError` (with ``recovery``) when the layer cannot be put in place.
    """
    path = str(path)
    problem = output_problem(path)
    if problem is None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    folder = _temp_folder(path)
    clean_stale_temp_files(folder)
    temp = os.path.join(folder, f"{Path(path).name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
    try:
        try:
            written, skipped = _write_temp(temp, layer_name, fields, wkb_type, rows, transform_context)
        except _CreateFailed:
            if folder == _fallback_folder():
                raise
            _remove_file(temp)  # e.g. a folder that says it is writable but is not: the temp folder then
            temp = os.path.join(_fallback_folder(), os.path.basename(temp))
            written, skipped = _write_temp(temp, layer_name, fields, wkb_type, rows, transform_context)
        _null_empty_geometries(temp, layer_name)
        if _count(temp, layer_name) != written:
            raise ResultWriteError(tr("the rows written could not be read back"))
    except BaseException:
        _remove_file(temp)
        raise
    try:
        if problem is not None:
            raise ResultWriteError(problem)
        _publish(temp, path, layer_name, written)
    except ResultWriteError as error:
        recovery = _keep(temp, path)
        raise ResultWriteError(_failure_text(path, layer_name, str(error), recovery), path, recovery) from error
    finally:
        _remove_file(temp)
    return WriteOutcome(layer_uri(path, layer_name), written, skipped)


def _keep(temp: str, path: str) -> Optional[str]:
    """Move the finished rows to a recovery GeoPackage (beside ``path``, else in the temp folder)."""
    import shutil

    for folder in (None, _fallback_folder()):
        recovery = recovery_path(path, folder)
        try:
            os.replace(temp, recovery)
            return recovery
        except OSError:
            try:
                shutil.copyfile(temp, recovery)
                return recovery
            except OSError:
                _remove_file(recovery)
    return None


def _failure_text(path: str, layer_name: str, reason: str, recovery: Optional[str]) -> str:
    text = tr("Could not write {layer} to {path}: {reason}.").format(layer=layer_name, path=path,
                                                                     reason=reason.rstrip("."))
    if recovery:
        text += " " + tr("The finished results are kept in {recovery}: open it in QGIS, or close the program "
                         "using {path} (or choose another file) and run again.").format(recovery=recovery, path=path)
    else:
        text += " " + tr("Close the program using {path} or choose another file, then run again.").format(path=path)
    return text


def write_layer(
    path: str,
    layer_name: str,
    fields: QgsFields,
    wkb_type: int,
    rows: Iterable[tuple],
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> str:
    """:func:`write_rows`, returning the layer's URI ``path|layername=name``."""
    return write_rows(path, layer_name, fields, wkb_type, rows, transform_context).uri


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
            flat = analysis.result_row(result, loss_years) if result is not None else {}
            flat["risk_reason"] = risk_reason_text(flat.get("risk_reason"))  # in the user's language
            values.extend(flat.get(name) for name in ours)
            geometry = geometries[k % GEOMETRY_BATCH] if geometries is not None else plot_geometry(plot, wkb_type)
            yield values, geometry, plot.label
        except Exception as error:  # noqa: BLE001 - one plot never sinks the batch
            yield None, None, plot.label, str(error)


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
    """Write one row per plot: the user's attributes, the flat result fields and the WGS84 geometry.

    The risk style is saved in the GeoPackage as the layer's default unless ``style`` is false (in
    the recovery GeoPackage too when the write fails)."""
    loss_years = analysis.loss_years_of(results)
    fields, _ = result_layer_fields(source_fields, loss_years)
    wkb_type = output_wkb_type(plots)
    rows = result_rows(plots, results, source_fields, fields, loss_years, wkb_type)
    styler = apply_dry_run_style if any(result.simulated for result in results) else apply_risk_style
    try:
        outcome = write_rows(path, layer_name, fields, wkb_type, rows, transform_context)
    except ResultWriteError as error:
        if style and error.recovery:
            save_default_style(layer_uri(error.recovery, layer_name), layer_name, styler)
        raise
    if style:
        save_default_style(outcome.uri, layer_name, styler)
    return outcome


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


# --- fixed plots ------------------------------------------------------------------------------
#: The plugin's columns of a fixed layer: what was changed, and the part number of a split plot.
FIXES_FIELD = "vantage_fixes"


def fixed_layer_fields(source_fields: QgsFields, split: bool) -> tuple[QgsFields, str, Optional[str]]:
    """(fields, name of the fixes column, name of the part column or ``None``) of a fixed copy."""
    from ..core.validation.fixes import PART_FIELD

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
