"""Layers written to GeoPackages. Writing never lies and never loses the work:

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

Rows are ``(values, geometry[, plot label[, reason]])``: :func:`write_rows` writes a whole layer,
:class:`StreamedLayer` one chunk of rows at a time (one transaction per chunk), with the same
guarantees (temporary file, read back, published, recovery file). A chunk can also come as columns
(:meth:`StreamedLayer.add_columns`): inserted into the temporary GeoPackage in one ``executemany``
(geometries as GeoPackage blobs, :func:`gpkg_blobs`) when every value is of a plain type that the
column stores as QGIS's writer would store it (texts given as :class:`..core.analysis.TailedTexts`,
heads and one tail, are bound as their heads, the tail a literal of the statement: ``? || '<tail>'``);
otherwise nothing is written and the caller gives the chunk as rows. That insert keeps what GDAL keeps
beside the rows: the feature count (``gpkg_ogr_contents``), the extent (``gpkg_contents``) and the
spatial index (``rtree_…``: its entries are kept and the whole index is packed at once when the layer
is finished, :mod:`..core.gpkg_rtree`).
A chunk given with feature ids among those of the rows written before (a layer read in spatial
order) goes to a table of its own in a side database and is merged in at the end (:class:`SideTables`).
The temporary file is not synced at each such chunk (its rollback journal is kept in memory:
:data:`TEMP_FILE_PRAGMAS`); it is synced once, after it was read back, before it is published or kept as
the recovery file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import tempfile
import uuid
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from itertools import repeat
from operator import contains, eq, is_not, lt
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QVariant

from ..core import gpkg_rtree
from ..core.analysis import TailedTexts
from ..core.gpkg_rows import connect as connect_read_only
from ..core.gpkg_rows import quoted
from ..i18n import tr
from .errors import OperationError

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: Suffix of the temporary GeoPackages a write goes through (``<output>.<pid>-<token>.tmp.gpkg``).
TEMP_SUFFIX = ".tmp.gpkg"
_TEMP_PATTERN = re.compile(r"\.(?:(\d+)-)?[0-9a-f]{8}\.tmp\.gpkg(-wal|-shm|-journal)?$")
"""A temporary GeoPackage of a write; without a pid, one left by an earlier version of the plugin."""
#: How long (ms) publishing waits for another program's lock on the GeoPackage before giving up
#: (``VANTAGE_BUSY_TIMEOUT_MS`` overrides it, for tests of a locked file run through qgis_process).
_BUSY_OVERRIDE = os.environ.get("VANTAGE_BUSY_TIMEOUT_MS", "")
BUSY_TIMEOUT_MS = int(_BUSY_OVERRIDE) if _BUSY_OVERRIDE.isdigit() else 2000


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


# --- paths ------------------------------------------------------------------------------------
def _split_uri(path: str) -> tuple[str, Optional[str]]:
    if "|layername=" in path:
        file_path, layer = path.split("|layername=", 1)
        return file_path, layer.split("|", 1)[0]
    return path, None


def layer_uri(path: str, layer_name: str) -> str:
    return f"{path}|layername={layer_name}"


def _ogr_layer_names(path: str) -> list[str]:
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


def _writer(temp: str, layer_name: str, fields: QgsFields, wkb_type: int,
            transform_context: Optional[QgsCoordinateTransformContext], append: bool = False) -> Any:
    """A ``QgsVectorFileWriter`` creating layer ``layer_name`` in ``temp`` (or appending to it)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = layer_name
    options.actionOnExistingFile = (QgsVectorFileWriter.AppendToLayerNoNewFields if append
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    context = transform_context or QgsCoordinateTransformContext()
    writer = QgsVectorFileWriter.create(temp, fields, wkb_type, WGS84, context, options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        error = writer.errorMessage()
        del writer
        raise _CreateFailed(tr("Cannot create the layer {layer}: {error}").format(layer=layer_name, error=error))
    return writer


#: OGR column types of the fields :meth:`StreamedLayer.add_fields` adds (others are text).
_OGR_TYPES = {QVariant.Double: ogr.OFTReal, QVariant.Int: ogr.OFTInteger64, QVariant.LongLong: ogr.OFTInteger64}


class StreamedLayer:
    """A layer written to a temporary GeoPackage a batch of rows at a time, then read back and
    published by :meth:`finish` with :func:`write_rows`'s guarantees (see the module): memory holds
    one batch, never the layer. Fields can be added between batches (:meth:`add_fields`); rows
    written before hold NULL there."""

    def __init__(self, path: str, layer_name: str, fields: QgsFields, wkb_type: int,
                 transform_context: Optional[QgsCoordinateTransformContext] = None) -> None:
        self.path, self.layer_name = str(path), layer_name
        self.fields = QgsFields(fields)
        self.wkb_type = wkb_type
        self.transform_context = transform_context
        self.written = 0
        self.fids: Optional[Sequence[int]] = None
        """The feature ids of the rows of the next :meth:`add_columns` (``None``: numbered on)."""
        self.skipped: list[tuple[str, str]] = []
        self.added_fields: list[str] = []
        """Names of the fields added after the first rows (:meth:`add_fields`)."""
        self._one_by_one = False
        """Some row went through QGIS's writer (which stores a missing geometry as EMPTY)."""
        self._extent: Optional[list[float]] = None
        """Extent of the rows written in bulk, exact (``gpkg_contents`` holds it rounded)."""
        self._unsynced = False
        """Rows were written in bulk without syncing (:data:`TEMP_FILE_PRAGMAS`): synced before publishing."""
        self._index: list[SpatialRows] = []
        """Spatial index entries of the rows written in bulk, put in the index at once by :meth:`finish`."""
        self._side: Optional[SideTables] = None
        """Chunks given with feature ids among those written before, kept aside until :meth:`finish`."""
        self.problem = output_problem(self.path)
        if self.problem is None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        folder = _temp_folder(self.path)
        clean_stale_temp_files(folder)
        self.temp = os.path.join(folder, f"{Path(self.path).name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
        try:
            self._writer = _writer(self.temp, layer_name, self.fields, wkb_type, transform_context)
        except _CreateFailed:
            _remove_file(self.temp)
            if folder == _fallback_folder():
                raise
            # e.g. a folder that says it is writable but is not: the temp folder then
            self.temp = os.path.join(_fallback_folder(), os.path.basename(self.temp))
            self._writer = _writer(self.temp, layer_name, self.fields, wkb_type, transform_context)

    def _open_writer(self) -> Any:
        """The writer, opened again to append when :meth:`add_columns` or :meth:`add_fields` closed it."""
        if self._writer is None:
            self._writer = _writer(self.temp, self.layer_name, self.fields, self.wkb_type, self.transform_context,
                                   append=True)
        return self._writer

    def add(self, rows: Iterable[tuple]) -> None:
        """Write ``rows``; a row that cannot be made or that the format refuses is skipped and kept
        in :attr:`skipped` with its plot, the others are written."""
        writer, fields = self._open_writer(), self.fields
        self._one_by_one = True
        for row in rows:
            values, geometry, label, reason = _row_parts(row)
            if values is None:
                self.skipped.append((label, reason or tr("the row could not be made")))
                continue
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            if geometry is not None:
                feature.setGeometry(geometry)
            if writer.addFeature(feature):
                self.written += 1
            else:
                self.skipped.append((label, writer.errorMessage() or tr("the format refused the row")))

    def add_columns(self, columns: Sequence[Sequence[Any]], shapes: Any, wrap: Any = None) -> bool:
        """Write a chunk given as one list of values per field (in :attr:`fields` order) and its
        geometries (a numpy array of shapely geometries or ``None``, of the layer's type; ``wrap``:
        those that are single parts of a multi layer, see :func:`gpkg_blobs`) in one transaction.
        False, with nothing written, when some value is not one this path stores as QGIS's writer
        does (see :func:`bulk_column`) or the insert fails: then give the chunk to :meth:`add`
        as rows (which skips and reports a row the format refuses)."""
        n = len(shapes)
        if len(columns) != self.fields.count() or any(len(column) != n for column in columns):
            return False
        if not n:
            return True
        stored = [bulk_column(field, column) for field, column in zip(self.fields, columns)]
        if any(column is None for column in stored):
            return False
        columns = stored
        self._close()
        try:
            connection = sqlite3.connect(self.temp, isolation_level=None)
        except sqlite3.Error:
            return False
        try:
            _bulk_settings(connection)
            self._unsynced = True
            if self.written == 0 and not self._one_by_one:
                _larger_pages(connection)
            side = None
            if SIDE_TABLES and self.fids is not None and ascending(self.fids):
                side = self._side = self._side or SideTables(self.temp)
            try:
                if side is not None:
                    side.attach(connection)
                connection.execute("BEGIN IMMEDIATE")
                into = side.new_table(connection, self.layer_name) if side is not None else None
                args = (connection, self.layer_name, [field.name() for field in self.fields], columns, shapes, wrap,
                        self._extent, self._one_by_one, self.fids)
                extent, index = _insert(*args, into=into)
                connection.execute("COMMIT")
                if side is not None and into is not None:
                    side.tables.append(into)
            except (sqlite3.Error, ValueError, OverflowError):  # UnicodeEncodeError is a ValueError
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                return False
        finally:
            connection.close()
        self.written += n
        self._extent = extent
        if index is not None:
            self._index.append(index)
        return True

    def add_fields(self, fields: Iterable[QgsField]) -> None:
        """Add columns at the end of the layer (the writer is closed, the columns added, and it is
        opened again to append)."""
        new = [field for field in fields if self.fields.indexFromName(field.name()) < 0]
        if not new:
            return
        self._close()
        with GdalErrors() as errors:
            ds = ogr.Open(self.temp, 1)
            layer = ds.GetLayerByName(self.layer_name) if ds is not None else None
            if layer is None:
                raise ResultWriteError(errors.reason(tr("Cannot reopen {path}").format(path=self.temp)))
            for field in new:
                kind = _OGR_TYPES.get(field.type(), ogr.OFTString)
                if layer.CreateField(ogr.FieldDefn(field.name(), kind)) != 0:
                    raise ResultWriteError(errors.reason(tr("cannot add the column {name}").format(name=field.name())))
            ds = layer = None
        for field in new:
            self.fields.append(field)
            self.added_fields.append(field.name())

    def _close(self) -> None:
        writer, self._writer = getattr(self, "_writer", None), None
        del writer  # flushes and closes the file

    def discard(self) -> None:
        """Give up: the temporary files are removed."""
        self._close()
        self._drop_side()
        _remove_file(self.temp)

    def _drop_side(self) -> None:
        side, self._side = self._side, None
        if side is not None:
            side.remove()

    def finish(self, statements: Iterable[str] = (), field_order: Optional[list[str]] = None,
               check: Optional[Callable[[], None]] = None) -> WriteOutcome:
        """Close, run ``statements`` (SQL on the finished layer), put the columns in ``field_order``
        when fields were added, read back and publish; :class:`ResultWriteError` (with the recovery
        file) when the layer cannot be put in place. ``check`` (e.g. ``Feedback.check``) is called while
        side tables are merged: what it raises stops the merge, and nothing is written."""
        self._close()
        try:
            if self._side is not None:
                self._side.merge(self.layer_name, check)
                self._drop_side()
            _index_rows(self.temp, self._index)
            self._index = []
            _null_empty_geometries(self.temp, self.layer_name, statements, self._one_by_one)
            if self.added_fields and field_order:
                _reorder_fields(self.temp, self.layer_name, field_order)
            if _count(self.temp, self.layer_name) != self.written:
                raise ResultWriteError(tr("the rows written could not be read back"))
            if self._unsynced:
                _sync(self.temp)
        except BaseException:
            self._drop_side()
            _remove_file(self.temp)
            raise
        try:
            if self.problem is not None:
                raise ResultWriteError(self.problem)
            _publish(self.temp, self.path, self.layer_name, self.written)
        except ResultWriteError as error:
            recovery = _keep(self.temp, self.path)
            raise ResultWriteError(_failure_text(self.path, self.layer_name, str(error), recovery), self.path,
                                   recovery) from error
        finally:
            _remove_file(self.temp)
        return WriteOutcome(layer_uri(self.path, self.layer_name), self.written, list(self.skipped))


def _index_rows(temp: str, index: list[SpatialRows]) -> None:
    """Put the rows written in bulk in the layer's spatial index (:func:`gpkg_rtree.write_rtree`, one
    transaction): the whole index packed at once rather than one R-tree insert per row."""
    if not index:
        return
    try:
        connection = sqlite3.connect(temp, isolation_level=None)
    except sqlite3.Error as error:
        raise _index_failed(temp, error) from error
    try:
        _bulk_settings(connection)
        connection.execute("BEGIN IMMEDIATE")
        try:
            for rtree in dict.fromkeys(rows.rtree for rows in index):
                ours = [rows for rows in index if rows.rtree == rtree]
                gpkg_rtree.write_rtree(connection, rtree, np.concatenate([rows.ids for rows in ours]),
                                       np.concatenate([rows.boxes for rows in ours]))
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise _index_failed(temp, error) from error
    finally:
        connection.close()


def _index_failed(temp: str, error: sqlite3.Error) -> ResultWriteError:
    reason = tr("Cannot reopen {path}").format(path=temp)
    return ResultWriteError(f"{reason}: {error}")


def _reorder_fields(temp: str, layer_name: str, order: list[str]) -> None:
    """Rewrite the layer of ``temp`` with its columns in ``order`` (feature ids and types kept)."""
    staged = f"{temp}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
    with GdalErrors() as errors:
        done = gdal.VectorTranslate(staged, temp, format="GPKG", layers=[layer_name], layerName=layer_name,
                                    selectFields=list(order), options=["-preserve_fid"])
        if done is None:
            _remove_file(staged)
            raise ResultWriteError(errors.reason(tr("cannot put the columns in order")))
        done = None
    os.replace(staged, temp)


def _null_empty_geometries(path: str, layer_name: str, statements: Iterable[str] = (), empties: bool = True) -> None:
    """QGIS's writer stores a feature without geometry as an EMPTY geometry: make it NULL (unless
    ``empties`` is false: no row went through it) and run ``statements`` on the layer."""
    statements = list(statements)
    if not empties and not statements:
        return
    ds = ogr.Open(path, 1)
    if ds is None:
        raise ResultWriteError(tr("Cannot reopen {path}").format(path=path))
    try:
        layer = ds.GetLayerByName(layer_name)
        column = layer.GetGeometryColumn() if layer is not None else ""
        if column and empties:
            ds.ExecuteSQL(f'UPDATE "{layer_name}" SET "{column}" = NULL WHERE ST_IsEmpty("{column}")')
        for statement in statements:
            ds.ExecuteSQL(statement)
    finally:
        ds = None


def _sql_literal(value: Any) -> str:
    """A text or boolean value as an SQL literal (stored as binding it stores it: text, 1 or 0)."""
    if type(value) is bool:
        return "1" if value else "0"
    return _sql_text(value)


def _sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


#: SQLite page size of a layer written in bulk: a result row (geometry, Analysis JSON) is a few kB; 16 kB
#: pages take it with fewer overflow pages and writes than GDAL's 4 kB (a 10,000-plot file 15 % smaller).
BULK_PAGE_SIZE = 16384


#: The bulk insert's connection to the temporary GeoPackage: no sync at each commit (the file is synced
#: once, before it is published: :func:`_sync`) and the rollback journal in memory (a failed chunk is
#: still rolled back; a killed run's temporary file is thrown away, never published).
TEMP_FILE_PRAGMAS = ("PRAGMA synchronous = OFF", "PRAGMA journal_mode = MEMORY")


def _sync(path: str) -> None:
    """Write the file's data to the disk, as SQLite's commits would have (best effort: the rows were
    read back already; a file system that cannot sync still gets the file)."""
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError:
        pass


#: SQLite page cache (KiB) of the connection inserting a chunk in bulk (and packing the spatial index): a
#: chunk's pages (~3.4 kB a row) stay in memory until its commit, which writes them once; SQLite takes that
#: memory only as it reads or writes pages, and frees it with the connection (each chunk). (The default
#: 2 MiB, spilling pages during the insert, measured no cheaper at 100,000 plots and slower in wall time.)
BULK_CACHE_KIB = 65536


def _bulk_settings(connection: sqlite3.Connection) -> None:
    """A connection writing the temporary file in bulk: unsynced, its journal in memory
    (:data:`TEMP_FILE_PRAGMAS`), with a page cache of :data:`BULK_CACHE_KIB`."""
    for pragma in TEMP_FILE_PRAGMAS:
        connection.execute(pragma)
    connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")


def _larger_pages(connection: sqlite3.Connection) -> None:
    """Give the (still empty) GeoPackage :data:`BULK_PAGE_SIZE` pages (best effort: VACUUM rewrites it)."""
    try:
        if connection.execute("PRAGMA page_size").fetchall()[0][0] < BULK_PAGE_SIZE:
            connection.execute(f"PRAGMA page_size = {BULK_PAGE_SIZE}")
            connection.execute("VACUUM")
    except sqlite3.Error:
        pass


def _insert(connection: sqlite3.Connection, layer_name: str, names: list[str], columns: Sequence[Sequence[Any]],
            shapes: Any, wrap: Any = None, extent: Optional[list[float]] = None,
            stored_extent: bool = True,
            row_fids: Optional[Sequence[int]] = None,
            into: Optional[str] = None) -> tuple[Optional[list[float]], Optional[SpatialRows]]:
    """Insert the rows into the GeoPackage layer ``layer_name`` (inside the caller's transaction) and
    update what GDAL's triggers and writer keep beside them: the feature count, the extent. The
    triggers doing it row by row (they call GDAL's SQL functions, which this connection does not have)
    are set aside for the insert and put back as they were. ``extent``: the exact extent of the rows
    inserted before (``stored_extent``: rows written by GDAL count too, with the extent it stored).
    Returns the exact extent with these rows and the rows' entries of the spatial index (``None``
    without one), for :func:`gpkg_rtree.write_rtree` once the layer is written (``row_fids``: the rows'
    feature ids, else numbered on from the last; ``into``: the rows go to that table of the same columns
    instead, a side table :meth:`SideTables.merge` moves into the layer); ValueError (nothing
    inserted) when SQLite's R-tree would refuse a box."""
    found = connection.execute("SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns "
                               "WHERE lower(table_name) = lower(?)", (layer_name,)).fetchone()
    if found is None:
        raise ValueError(f"no layer {layer_name}")
    table, geometry, srs_id = str(found[0]), str(found[1]), int(found[2])
    blobs, bounds = gpkg_blobs(shapes, srs_id, wrap, with_bounds=True)
    drawn = [k for k, blob in enumerate(blobs) if blob is not None]
    index_boxes = gpkg_rtree.rtree_boxes([bounds[k] for k in drawn])
    if gpkg_rtree.boxes_refused(index_boxes):
        raise ValueError("a box SQLite's R-tree refuses")
    rtree = f"rtree_{table}_{geometry}"
    set_aside = [] if into else _set_aside_triggers(connection, table, rtree)
    last = connection.execute(f"SELECT max(coalesce((SELECT max(fid) FROM {quoted(table)}), 0), coalesce("
                              "(SELECT seq FROM sqlite_sequence WHERE name = ?), 0))", (table,)).fetchone()[0]
    fids = range(int(last) + 1, int(last) + 1 + len(blobs)) if row_fids is None else row_fids
    # a column NULL in every row is left out (it has no default: NULL all the same), fewer values to bind
    defaults = {str(row[1]): row[4] for row in connection.execute(f"PRAGMA table_info({quoted(table)})")}
    # texts kept as their heads and one tail (TailedTexts) are bound as their heads, the tail a literal
    tails = {k: column.tail for k, column in enumerate(columns) if isinstance(column, TailedTexts)}
    plain = [column.heads if k in tails else column for k, column in enumerate(columns)]  # type: ignore[union-attr]
    kept = [k for k, (name, column) in enumerate(zip(names, plain))
            if defaults.get(name) is not None or any(map(is_not, column, repeat(None)))]
    # a text or boolean column with one value in every row is written as a literal of the statement
    same = {k: _sql_literal(columns[k][0]) for k in kept
            if type(plain[k][0]) in (str, bool) and all(map(eq, plain[k], repeat(plain[k][0])))}
    values = ["?", "?"] + [same.get(k, f"? || {_sql_text(tails[k])}" if k in tails else "?") for k in kept]
    names = ["fid", geometry] + [names[k] for k in kept]
    bound = [plain[k] for k in kept if k not in same]
    connection.executemany(f"INSERT INTO {into or quoted(table)} ({', '.join(map(quoted, names))}) "
                           f"VALUES ({', '.join(values)})", zip(fids, blobs, *bound))
    index = None
    if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()[0]:
        index = SpatialRows(rtree, np.asarray(fids, dtype=np.int64)[drawn], index_boxes)
    for _, sql in set_aside:
        connection.execute(sql)
    # counted once (a new layer's count is NULL), then kept up to date: a chunk does not scan the layer
    connection.execute(f"UPDATE gpkg_ogr_contents SET feature_count = CASE WHEN feature_count IS NULL THEN "
                       f"(SELECT count(*) FROM {quoted(table)}) + ? ELSE feature_count + ? END "
                       "WHERE lower(table_name) = lower(?)", (len(blobs) if into else 0, len(blobs), table))
    if not drawn:
        return extent, index
    boxes = [[bounds[k] for k in drawn]]
    if extent is not None:
        boxes.append([tuple(extent)])
    if stored_extent:
        old = connection.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents "
                                 "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        if old is not None and None not in old:
            boxes.append([tuple(old)])
    every = [box for group in boxes for box in group]
    extent = [min(b[0] for b in every), max(b[1] for b in every), min(b[2] for b in every), max(b[3] for b in every)]
    # written as GDAL writes it when it closes the layer: SQLite's printf('%.18g') of the exact extent
    connection.execute("UPDATE gpkg_contents SET min_x = CAST(printf('%.18g', ?) AS REAL), "
                       "max_x = CAST(printf('%.18g', ?) AS REAL), min_y = CAST(printf('%.18g', ?) AS REAL), "
                       "max_y = CAST(printf('%.18g', ?) AS REAL) WHERE lower(table_name) = lower(?)",
                       (*extent, table))
    return extent, index


def _set_aside_triggers(connection: sqlite3.Connection, table: str, rtree: str) -> list[tuple[str, str]]:
    """Drop the triggers keeping the spatial index and the feature count row by row (they call GDAL's SQL
    functions, which a plain connection does not have): (name, sql) of each, to put back."""
    set_aside = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(name) IN (lower(?), lower(?))",
        (f"{rtree}_insert", f"trigger_insert_feature_count_{table}")).fetchall()
    for name, _ in set_aside:
        connection.execute(f"DROP TRIGGER {quoted(name)}")
    return set_aside


def ascending(values: Sequence[int]) -> bool:
    """Whether ``values`` rise strictly."""
    return all(map(lt, values[:-1], values[1:]))


#: Chunks given with feature ids among the rows written before go to :class:`SideTables`, merged at the end.
#: False: their rows are inserted among the others (the reference; slow once the table outgrows the cache).
SIDE_TABLES = True
#: SQLite's virtual machine steps between two calls of the merge's ``check`` (cancelling it): ~10 ms apart.
MERGE_CHECK_STEPS = 100_000
#: Tables of :class:`SideTables` merged by one statement (SQLite allows 500 terms in a compound SELECT);
#: more are merged a group at a time first.
SIDE_MERGE_TABLES = 100
_SIDE_SCHEMA = "vantage_side"
_CREATE_TABLE = re.compile(r'^\s*CREATE\s+TABLE\s+(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[^\s(]+)', re.IGNORECASE)


class SideTables:
    """Chunks whose rows belong among rows written before (feature ids given out of order, each chunk's
    ascending), each kept in a table of its own in a side database beside the temporary GeoPackage
    (a temporary file of the same kind: removed with it, or by :func:`clean_stale_temp_files` after a
    killed run). :meth:`merge` moves them into the layer in feature id order with one ``INSERT … SELECT``
    (SQLite merges the tables' rowid orders without sorting): rows are appended, never placed among the
    rows of a table far larger than SQLite's page cache. Needs, until the layer is finished, as much
    disk again as the rows so kept."""

    def __init__(self, temp: str) -> None:
        self.gpkg = temp
        base = temp[:-len(TEMP_SUFFIX)] if temp.endswith(TEMP_SUFFIX) else temp
        self.path = f"{base.rsplit('.', 1)[0]}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
        self.tables: list[str] = []
        """The side tables written (committed), in the order written."""
        self._made = 0

    def attach(self, connection: sqlite3.Connection) -> None:
        """Attach the side database to ``connection`` (unsynced, its journal in memory)."""
        fresh = not os.path.exists(self.path)
        connection.execute(f"ATTACH DATABASE ? AS {_SIDE_SCHEMA}", (self.path,))
        if fresh:
            connection.execute(f"PRAGMA {_SIDE_SCHEMA}.page_size = {BULK_PAGE_SIZE}")
        for pragma in TEMP_FILE_PRAGMAS:
            connection.execute(pragma.replace("PRAGMA ", f"PRAGMA {_SIDE_SCHEMA}.", 1))
        connection.execute(f"PRAGMA {_SIDE_SCHEMA}.cache_size = -{BULK_CACHE_KIB}")

    def new_table(self, connection: sqlite3.Connection, layer_name: str) -> str:
        """Create (in the caller's transaction) a side table with the layer's columns as they are now;
        its name, schema-qualified."""
        self._made += 1
        return _side_table_like(connection, _layer_columns(connection, layer_name)[0], f"chunk_{self._made}")

    def merge(self, layer_name: str, check: Optional[Callable[[], None]] = None) -> None:
        """Move the rows of every side table into the layer of the temporary GeoPackage, in feature id
        order, in one transaction (the layer's spatial index entries, feature count and extent were kept
        as the rows were written). ``check`` is called every :data:`MERGE_CHECK_STEPS` of SQLite's steps
        (SQLite's progress handler): what it raises (e.g. ``Cancelled``) stops SQLite, rolls the merge
        back and is raised."""
        if not self.tables:
            return
        stopped: list[BaseException] = []

        def stop() -> int:
            try:
                check()  # type: ignore[misc]
            except BaseException as error:  # noqa: BLE001 - raised again once SQLite has stopped
                stopped.append(error)
                return 1
            return 0

        try:
            connection = sqlite3.connect(self.gpkg, isolation_level=None)
        except sqlite3.Error as error:
            raise _index_failed(self.gpkg, error) from error
        try:
            _bulk_settings(connection)
            self.attach(connection)
            if check is not None:
                connection.set_progress_handler(stop, MERGE_CHECK_STEPS)
            connection.execute("BEGIN IMMEDIATE")
            try:
                self._merge(connection, layer_name)
                connection.execute("COMMIT")
            except sqlite3.Error as error:
                if connection.in_transaction:
                    connection.set_progress_handler(None, 0)
                    connection.execute("ROLLBACK")
                if stopped:
                    raise stopped[0] from None
                raise _index_failed(self.gpkg, error) from error
        finally:
            connection.close()
        self.tables = []

    def _merge(self, connection: sqlite3.Connection, layer_name: str) -> None:
        table, geometry = _layer_columns(connection, layer_name)
        info = connection.execute(f"PRAGMA main.table_info({quoted(table)})").fetchall()
        columns = [(str(row[1]), row[4]) for row in info]
        names = ", ".join(quoted(name) for name, _ in columns)
        key = 1 + [row[5] for row in info].index(1)  # the feature id: the rows' order
        tables = list(self.tables)
        while len(tables) > SIDE_MERGE_TABLES:  # a few large tables rather than more than SQLite merges at once
            merged = []
            for at in range(0, len(tables), SIDE_MERGE_TABLES):
                group = tables[at:at + SIDE_MERGE_TABLES]
                self._made += 1
                into = _side_table_like(connection, table, f"merged_{self._made}")
                connection.execute(f"INSERT INTO {into} ({names}) {_merged_select(connection, group, columns, key)}")
                for done in group:
                    connection.execute(f"DROP TABLE {done}")
                merged.append(into)
            tables = merged
        set_aside = _set_aside_triggers(connection, table, f"rtree_{table}_{geometry}")
        select = _merged_select(connection, tables, columns, key)
        connection.execute(f"INSERT INTO main.{quoted(table)} ({names}) {select}")
        for _, sql in set_aside:
            connection.execute(sql)

    def remove(self) -> None:
        """Remove the side database (and anything SQLite left beside it)."""
        _remove_file(self.path)
        self.tables = []


def _layer_columns(connection: sqlite3.Connection, layer_name: str) -> tuple[str, str]:
    """(table, geometry column) of the GeoPackage layer ``layer_name``."""
    found = connection.execute("SELECT table_name, column_name FROM main.gpkg_geometry_columns "
                               "WHERE lower(table_name) = lower(?)", (layer_name,)).fetchone()
    if found is None:
        raise sqlite3.OperationalError(f"no layer {layer_name}")
    return str(found[0]), str(found[1])


def _side_table_like(connection: sqlite3.Connection, table: str, name: str) -> str:
    """Create the side table ``name`` as the layer's table ``table`` is now (columns, types, constraints:
    a row it takes the layer takes); its name, schema-qualified."""
    sql = connection.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                             (table,)).fetchone()[0]
    qualified = f"{_SIDE_SCHEMA}.{quoted(name)}"
    connection.execute(_CREATE_TABLE.sub(lambda _: f"CREATE TABLE {qualified}", sql, count=1))
    return qualified


def _merged_select(connection: sqlite3.Connection, tables: Sequence[str], columns: Sequence[tuple[str, Any]],
                   key: int) -> str:
    """One SELECT of the rows of ``tables`` (side tables) in feature id order (``key``: its column's
    position, from 1), with the layer's ``columns``
    ((name, default)): a column added to the layer after a table was made reads as its default, as it
    reads in rows written before it was added."""
    arms = []
    for qualified in tables:
        schema, name = qualified.split(".", 1)
        have = {str(row[1]) for row in connection.execute(f"PRAGMA {schema}.table_info({name})")}
        values = [quoted(column) if column in have else ("NULL" if default is None else str(default))
                  for column, default in columns]
        arms.append(f"SELECT {', '.join(values)} FROM {qualified}")
    return " UNION ALL ".join(arms) + f" ORDER BY {key}"


@dataclass
class SpatialRows:
    """Entries of a layer's spatial index inserted in bulk: written to it by :meth:`StreamedLayer.finish`."""

    rtree: str
    ids: Any
    """The rows' feature ids (int64)."""
    boxes: Any
    """Their boxes as the R-tree stores them (:func:`gpkg_rtree.rtree_boxes`)."""


#: Bounds of the integer field types (QGIS's writer refuses a value outside them; -2**31 too).
_INT_RANGES = {QVariant.Int: (-2**31 + 1, 2**31 - 1), QVariant.LongLong: (-2**63, 2**63 - 1)}
_NONE = type(None)


def bulk_column_fits(field: QgsField, column: Sequence[Any]) -> bool:
    """True when every value of ``column`` is stored by SQLite in ``field``'s GeoPackage column as
    QGIS's writer stores it: ``None``; text (without NUL) in a text field; ``int`` (in the field's
    range) in an integer field; ``float`` or an exactly representable ``int`` in a real field; ``bool``
    in a boolean field. Any other value (dates, bytes, lists…) or field type: False."""
    kinds = set(map(type, column))
    kind = field.type()
    if kinds <= {_NONE}:
        return True
    if kind == QVariant.String:
        return kinds <= {_NONE, str} and not any(map(contains, filter(None, column), repeat("\x00")))
    if kind == QVariant.Bool:
        return kinds <= {_NONE, bool}
    if kind in _INT_RANGES:
        low, high = _INT_RANGES[kind]
        return kinds <= {_NONE, int} and _within(column, low, high)
    if kind == QVariant.Double:
        return kinds <= {_NONE, float, int} and (int not in kinds or _within(
            [v for v in column if type(v) is int], -2**53, 2**53))
    return False


def bulk_column(field: QgsField, column: Sequence[Any]) -> Optional[Sequence[Any]]:
    """``column`` as the values SQLite stores in ``field``'s GeoPackage column as QGIS's writer stores
    them, or ``None`` when this path does not write it: the values that fit as they are
    (:func:`bulk_column_fits`); valid dates (years 1–9999, ``QDate``) as ``YYYY-MM-DD`` text in a date
    field; non-empty ``QByteArray`` as BLOBs in a binary field; :class:`TailedTexts` as they are in a text
    field (inserted as ``? || tail``, see :func:`_insert`) when their heads fit and the tail has no NUL."""
    if isinstance(column, TailedTexts):
        return column if field.type() == QVariant.String and "\x00" not in column.tail \
            and bulk_column_fits(field, column.heads) else None
    if bulk_column_fits(field, column):
        return column
    kinds = set(map(type, column))
    kind = field.type()
    if kind == QVariant.Date and kinds <= {_NONE, QDate}:
        if all(v is None or (v.isValid() and 1 <= v.year() <= 9999) for v in column):
            return [None if v is None else v.toString("yyyy-MM-dd") for v in column]
    if kind == QVariant.ByteArray and kinds <= {_NONE, QByteArray}:
        if all(v is None or not v.isEmpty() for v in column):
            return [None if v is None else bytes(v) for v in column]
    return None


def _within(column: Sequence[Any], low: int, high: int) -> bool:
    values = [v for v in column if v is not None]
    return not values or (low <= min(values) and max(values) <= high)


#: The GeoPackage geometry header before the envelope: magic, version, flags (little endian, XY envelope).
_GPKG_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                         ("envelope", "<f8", (4,))])


def gpkg_blobs(shapes: Any, srs_id: int, wrap: Any = None, with_bounds: bool = False) -> Any:
    """GeoPackage geometry blobs of ``shapes`` (shapely geometries, ``None`` for none) as GDAL writes
    them: ``GP`` header, version 0, little endian, the XY envelope (none for a point), then ISO WKB;
    ``None`` for a missing or empty geometry. ``wrap`` (booleans): the single parts written as one-part
    multi geometries. ValueError for a geometry with Z or M. With ``with_bounds``: (blobs, the
    (minx, maxx, miny, maxy) of each, ``None`` where no blob)."""
    import shapely

    shapes = np.asarray(shapes, dtype=object)
    blobs: list[Optional[bytes]] = [None] * len(shapes)
    bounds: list[Optional[tuple]] = [None] * len(shapes)
    at = np.flatnonzero(~shapely.is_missing(shapes) & ~shapely.is_empty(shapes))
    if not len(at):
        return (blobs, bounds) if with_bounds else blobs
    geoms = shapes[at]
    if shapely.has_z(geoms).any() or (hasattr(shapely, "has_m") and shapely.has_m(geoms).any()):
        raise ValueError("geometries with Z or M are written one by one")
    types = shapely.get_type_id(geoms)
    wrapped = np.zeros(len(at), dtype=bool) if wrap is None else np.asarray(wrap, dtype=bool)[at] & (types <= 3)
    header = np.zeros(len(at), dtype=_GPKG_HEADER)
    header["magic"], header["flags"], header["srs_id"] = b"GP", 0b011, srs_id
    envelopes = shapely.bounds(geoms)[:, [0, 2, 1, 3]]  # minx, maxx, miny, maxy
    header["envelope"] = envelopes
    made = None
    if (((types == 3) & wrapped) | (types == 6)).all():
        made = _single_ring_blobs(geoms, types, header)
        if made is None:
            made = _multipolygon_blobs(geoms, header)
    if made is None:
        wkbs = shapely.to_wkb(geoms, byte_order=1, flavor="iso")
        raw, size = header.tobytes(), _GPKG_HEADER.itemsize
        point_header = b"GP\x00\x01" + np.int32(srs_id).astype("<i4").tobytes()
        made = [point_header if kind == 0 and not multi else raw[j:j + size]
                for j, kind, multi in zip(range(0, len(raw), size), types.tolist(), wrapped.tolist())]
        for j in np.flatnonzero(wrapped).tolist():  # ISO WKB of a one-part multi: its header, then the part
            made[j] += _MULTI_PREFIX[2 if types[j] == 2 else int(types[j])]
        made = [head + wkb for head, wkb in zip(made, wkbs)]
    for k, blob, envelope in zip(at.tolist(), made, envelopes.tolist()):
        blobs[k] = blob
        bounds[k] = envelope
    return (blobs, bounds) if with_bounds else blobs


def _single_ring_blobs(geoms: Any, types: Any, header: Any) -> Optional[list[bytes]]:
    """The blobs of polygons (shapely type ``types`` 3) and one-part multipolygons (6) of one ring
    each (point discs, most plots), written as multipolygons (``header``: their GeoPackage headers):
    each the 62 bytes of its headers (GeoPackage, multipolygon, polygon, ring), then its coordinates
    sliced from one buffer. ``None`` when some geometry has more parts or rings (or an empty part)."""
    import shapely

    if (types == 6).any():
        if (shapely.get_num_geometries(geoms[types == 6]) != 1).any():
            return None
        geoms = np.where(types == 6, shapely.get_geometry(geoms, 0), geoms)
    if shapely.is_empty(geoms).any() or (shapely.get_num_interior_rings(geoms) != 0).any():
        return None
    points = shapely.get_num_coordinates(geoms)
    ones = np.ones(len(geoms), dtype=np.int64)
    heads = np.empty((len(geoms), 62), dtype=np.uint8)
    heads[:, :40] = header.view(np.uint8).reshape(len(geoms), 40)
    heads[:, 40:49] = _wkb_heads(6, ones)
    heads[:, 49:58] = _wkb_heads(3, ones)
    heads[:, 58:] = points.astype("<u4").view(np.uint8).reshape(-1, 4)
    raw = heads.tobytes()
    data = np.ascontiguousarray(shapely.get_coordinates(geoms), dtype="<f8").tobytes()
    ends = (16 * np.cumsum(points)).tolist()
    return [raw[62 * k:62 * k + 62] + data[a:b] for k, (a, b) in enumerate(zip([0] + ends[:-1], ends))]


def _multipolygon_blobs(geoms: Any, header: Any) -> Optional[list[bytes]]:
    """The blobs of polygons and multipolygons written as multipolygons (``header``: their GeoPackage
    headers), built from their coordinates at once: the ISO WKB headers (multipolygon, polygon, ring)
    inserted between the coordinates with one ``np.insert``. ``None`` when a part or ring is empty."""
    import shapely

    _, coords, offsets = shapely.to_ragged_array(geoms)
    if len(offsets) == 2:  # only polygons: one part each
        offsets = (*offsets, np.arange(len(geoms) + 1))
    ring_at, poly_at, geom_at = offsets
    points, rings = np.diff(ring_at), np.diff(poly_at)
    if not len(rings) or (rings == 0).any() or (points == 0).any():
        return None
    parts = np.diff(geom_at)
    first_ring_of_poly = poly_at[:-1]
    first_ring_of_geom = poly_at[geom_at[:-1]]
    geom_bytes = np.empty((len(parts), 49), dtype=np.uint8)  # GeoPackage header, then the WKB's
    geom_bytes[:, :40] = header.view(np.uint8).reshape(len(parts), 40)
    geom_bytes[:, 40:] = _wkb_heads(6, parts)
    poly_bytes = _wkb_heads(3, rings)
    ring_bytes = points.astype("<u4").view(np.uint8).reshape(-1, 4)
    # what goes before each ring: its multipolygon's and polygon's headers when it is their first, its size
    lengths = np.full(len(points), 4, dtype=np.int64)
    lengths[first_ring_of_poly] += 9
    lengths[first_ring_of_geom] += 49
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    inserted = np.empty(int(lengths.sum()), dtype=np.uint8)
    inserted[starts[first_ring_of_geom][:, None] + np.arange(49)] = geom_bytes
    inserted[(starts[first_ring_of_poly] + np.where(np.isin(first_ring_of_poly, first_ring_of_geom), 49, 0))[:, None]
             + np.arange(9)] = poly_bytes
    inserted[(starts + lengths - 4)[:, None] + np.arange(4)] = ring_bytes
    flat = np.ascontiguousarray(coords, dtype="<f8").view(np.uint8).ravel()
    data = np.insert(flat, np.repeat(16 * ring_at[:-1], lengths), inserted).tobytes()
    begin = (16 * ring_at[first_ring_of_geom] + starts[first_ring_of_geom]).tolist()
    return [data[a:b] for a, b in zip(begin, begin[1:] + [len(data)])]


def _wkb_heads(kind: int, counts: Any) -> Any:
    """(n, 9) bytes: little endian, ISO type ``kind``, then each count (parts or rings)."""
    heads = np.empty(len(counts), dtype=[("order", "u1"), ("kind", "<u4"), ("count", "<u4")])
    heads["order"], heads["kind"], heads["count"] = 1, kind, counts
    return heads.view(np.uint8).reshape(len(counts), 9)


#: WKB header of a one-part multi geometry (little endian, ISO type, 1 part) by the part's shapely type
#: id (a LinearRing, id 2, is written as a LineString).
_MULTI_PREFIX = {kind: b"\x01" + struct.pack("<II", multi, 1)
                 for kind, multi in ((0, 4), (1, 5), (2, 5), (3, 6))}


def _count(path: str, layer_name: str) -> Optional[int]:
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
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        gdal.ErrorReset()
        return self

    @staticmethod
    def reason(default: str) -> str:
        return GdalErrors.last() or default

    @staticmethod
    def last() -> str:
        """The last GDAL error message since entering, or an empty string."""
        return gdal.GetLastErrorMsg() or ""

    def __exit__(self, *exc: Any) -> None:
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
    staged = f"{path}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
    try:
        shutil.copyfile(temp, staged)
        os.replace(staged, path)
    except OSError as error:
        _remove_file(staged)
        raise ResultWriteError(str(error)) from error


def _replace_layer(temp: str, path: str, layer_name: str) -> None:
    """Copy the layer into ``path`` under a temporary name, then swap it in in one transaction."""
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


#: A GeoPackage a layer was put into is vacuumed only when at least this share of its pages is free (the
#: pages of a replaced layer): VACUUM rewrites the whole file, every layer in it (1.0-1.1 s for two layers of
#: 100,000 results, 192 MB, and more with every check kept in the file), while adding a layer frees nothing,
#: and SQLite reuses free pages for the next layers.
VACUUM_FREE_SHARE = 0.25


def free_share(path: str) -> float:
    """The share of the SQLite file's pages that are free (0.0 when it cannot be read)."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error:
        return 0.0
    try:
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    except sqlite3.Error:
        return 0.0
    finally:
        connection.close()
    return free / pages if pages else 0.0


def _vacuum(path: str) -> None:
    """Reclaim the space of replaced layers when they left :data:`VACUUM_FREE_SHARE` of the file free
    (best effort: another program may hold the file)."""
    if free_share(path) >= VACUUM_FREE_SHARE:
        _run_vacuum(path)


def _run_vacuum(path: str) -> None:
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
    layer = StreamedLayer(path, layer_name, fields, wkb_type, transform_context)
    try:
        layer.add(rows)
    except BaseException:
        layer.discard()
        raise
    return layer.finish()


def _keep(temp: str, path: str) -> Optional[str]:
    """Move the finished rows to a recovery GeoPackage (beside ``path``, else in the temp folder)."""
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
