"""Rows of a GeoPackage feature table read straight from the file (Python's ``sqlite3``), no QGIS.

The fast reader of plots (``qgis_bridge.gpkg_reading``) reads a plain GeoPackage table here: its
feature id, its geometry blob and its attribute columns, a chunk at a time in feature-id order (the
order OGR reads a table in: rowid order, the feature id being the rowid). The file is opened read-only
(a ``mode=ro`` URI: never written, never locked longer than one query) and each query is complete
before the next one, so QGIS may have the file open meanwhile.

A GeoPackage geometry blob is a header (``GP``, version, flags, srs id, an envelope of 0, 32, 48 or
64 bytes) followed by standard WKB: :func:`blob_wkb` strips the header; blobs this module does not
promise to read as OGR does (an "extended" or empty blob, a bad header, a WKB type other than the
seven plain 2D ones) come back as ``None`` so the caller reads those rows another way.
"""

from __future__ import annotations

import datetime
import re
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

import numpy as np

#: Envelope sizes in bytes by the flags' envelope indicator (GeoPackage 1.3, 2.1.3); 5–7 are invalid.
ENVELOPE_BYTES: dict[int, int] = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}

#: The plain 2D WKB types (Point … GeometryCollection) read without change.
PLAIN_TYPES = frozenset(range(1, 8))

#: How many feature ids go in one ``IN (…)`` (below SQLite's oldest limit of 999 variables).
FIDS_PER_QUERY = 900

#: A cell of a 2-dimensional R-tree node (SQLite's ``rtree.c``, big-endian): the rowid (a child's node
#: number in an inner node), then the box as 32-bit floats: min x, max x, min y, max y.
RTREE_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
#: Deeper R-trees are not read from their nodes (a 2-D tree of 51-cell nodes holds 51**20 rows at depth 20).
_RTREE_MAX_DEPTH = 40
_RTREE_COLUMNS = re.compile(r"usingrtree\(id,minx,maxx,miny,maxy\)$")

_UINT32 = {0: struct.Struct(">I"), 1: struct.Struct("<I")}
_MULTI_HEAD = struct.Struct("<BII")


@dataclass(frozen=True)
class GpkgTable:
    """One feature table of a GeoPackage: where it is and which columns it has."""

    path: str
    table: str
    fid_column: str
    geometry_column: str
    columns: tuple[str, ...]
    """The attribute columns (neither the feature id nor the geometry), in table order."""
    types: tuple[str, ...] = ()
    """The columns' declared types, upper case (``INTEGER``, ``MEDIUMINT``, ``TEXT(20)``…)."""


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection to the GeoPackage at ``path`` (a ``file:…?mode=ro`` URI, never immutable)."""
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only = 1")
    return connection


def _fetch(connection: sqlite3.Connection, query: str, parameters: Sequence[Any]) -> list[tuple]:
    """The rows of ``query``; texts that are not UTF-8 come as :class:`Undecodable` (Python's own
    decoding, faster, is tried first)."""
    try:
        return connection.execute(query, parameters).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error).lower():
            raise
    connection.text_factory = _text
    try:
        return connection.execute(query, parameters).fetchall()
    finally:
        connection.text_factory = str


class Undecodable(bytes):
    """A text value that is not UTF-8 (SQLite stores any bytes as text): what OGR makes of it is left to
    QGIS (its type is neither ``str`` nor ``bytes``, so its row is unusual)."""


def _text(data: bytes) -> Any:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(data)


def quoted(name: str) -> str:
    """``name`` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def table_of(connection: sqlite3.Connection, path: str, name: Optional[str]) -> Optional[GpkgTable]:
    """The feature table ``name`` (``None``: the file's only vector table) when it is a plain table
    read as OGR reads it: registered as ``features`` with one geometry column, a real table (not a
    view, not ``WITHOUT ROWID``) whose integer primary key is the rowid. ``None`` otherwise."""
    vector = connection.execute(
        "SELECT table_name, data_type FROM gpkg_contents WHERE data_type IN ('features', 'attributes')").fetchall()
    if name is None:
        if len(vector) != 1:
            return None
        name = vector[0][0]
    if not any(table == name and kind == "features" for table, kind in vector):
        return None
    geometry = connection.execute(
        "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,)).fetchall()
    if len(geometry) != 1:
        return None
    master = connection.execute("SELECT type, sql FROM sqlite_master WHERE name = ?", (name,)).fetchall()
    if len(master) != 1 or master[0][0] != "table" or "WITHOUT ROWID" in (master[0][1] or "").upper():
        return None
    info = connection.execute(f"PRAGMA table_info({quoted(name)})").fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) != 1 or str(keys[0][2]).upper() != "INTEGER":  # only "INTEGER PRIMARY KEY" is the rowid
        return None
    fid, geom = keys[0][1], geometry[0][0]
    names = [row[1] for row in info]
    if geom not in names:
        return None
    others = [row for row in info if row[1] not in (fid, geom)]
    return GpkgTable(path, name, fid, geom, tuple(row[1] for row in others),
                     tuple(str(row[2] or "").strip().upper() for row in others))


def _select(table: GpkgTable, columns: Sequence[str]) -> str:
    chosen = [table.fid_column, table.geometry_column, table.fid_column, *columns]
    return f"SELECT {', '.join(map(quoted, chosen))} FROM {quoted(table.table)}"


def row_chunks(connection: sqlite3.Connection, table: GpkgTable, size: int) -> Iterator[list[tuple]]:
    """The table's rows ``(fid, blob, fid, *columns)`` (the feature id again: the first attribute QGIS
    gives) ``size`` at a time in feature-id order, one complete
    query per chunk (no lock is held between chunks)."""
    query = f"{_select(table, table.columns)} WHERE {quoted(table.fid_column)} > ? " \
            f"ORDER BY {quoted(table.fid_column)} LIMIT ?"
    size = max(1, int(size))
    last: Any = -(2 ** 63)
    first = True
    while True:
        if first:  # the smallest 64-bit integer itself is a possible feature id
            rows = _fetch(connection, f"{_select(table, table.columns)} ORDER BY {quoted(table.fid_column)} LIMIT ?",
                          (size,))
            first = False
        else:
            rows = _fetch(connection, query, (last, size))
        if not rows:
            return
        yield rows
        if len(rows) < size:
            return
        last = rows[-1][0]


def rows_by_fid(connection: sqlite3.Connection, table: GpkgTable, fids: Sequence[int],
                columns: Sequence[str]) -> list[tuple]:
    """The rows ``(fid, blob, fid, *columns)`` of the feature ids ``fids`` (any order; missing ones left out)."""
    out: list[tuple] = []
    fids = list(fids)
    select = _select(table, columns)
    for at in range(0, len(fids), FIDS_PER_QUERY):
        part = fids[at:at + FIDS_PER_QUERY]
        marks = ", ".join("?" * len(part))
        out += _fetch(connection, f"{select} WHERE {quoted(table.fid_column)} IN ({marks})", part)
    return out


def feature_ids(connection: sqlite3.Connection, table: GpkgTable) -> np.ndarray:
    """The table's feature ids, increasing (int64). When the table holds as many rows as there are
    integers from its smallest feature id to its largest (no gaps: two lookups and SQLite's count of
    the rows), they are those integers; otherwise they are read in one text."""
    fid, name = quoted(table.fid_column), quoted(table.table)
    low = connection.execute(f"SELECT min({fid}) FROM {name}").fetchone()[0]  # min, max: one descent each
    if low is None:  # no rows
        return np.zeros(0, dtype=np.int64)
    high = connection.execute(f"SELECT max({fid}) FROM {name}").fetchone()[0]
    count = connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    if high - low + 1 == count:
        return np.arange(low, high + 1, dtype=np.int64)
    # one text of every id (SQLite writes integers exactly), parsed by numpy, sorted (the aggregate's order
    # is SQLite's to choose): a third less than a Python row per id
    text = connection.execute(f"SELECT group_concat({fid}) FROM {name}").fetchone()[0]
    ids = np.sort(np.fromstring(text or "", dtype=np.int64, sep=","))
    if len(ids) != count:  # not what was counted (a table changed meanwhile): the rows themselves
        ids = np.array([row[0] for row in connection.execute(f"SELECT {fid} FROM {name} ORDER BY {fid}")],
                       dtype=np.int64)
    return ids


def rtree_entries(connection: sqlite3.Connection, rtree: str) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """(ids, boxes (n, 4) float64: min x, max x, min y, max y) of every row of the 2-dimensional R-tree
    ``rtree`` (a GeoPackage spatial index), read from its node table in one query and decoded in numpy:
    the very values ``SELECT id, minx, maxx, miny, maxy FROM rtree`` gives (SQLite widens the stored
    32-bit floats to doubles), in another order. ``None`` when the table is not such an R-tree (no table,
    other columns, integer coordinates) or its nodes do not add up to its rows: ask SQLite then."""
    try:
        created = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()
        if created is None or not _RTREE_COLUMNS.search(re.sub(r'[\s"`\[\]]', "", str(created[0] or "")).lower()):
            return None
        nodes = dict(connection.execute(f"SELECT nodeno, data FROM {quoted(rtree + '_node')}").fetchall())
        rows = connection.execute(f"SELECT count(*) FROM {quoted(rtree + '_rowid')}").fetchone()[0]
    except sqlite3.Error:
        return None
    root = nodes.get(1)
    if type(root) is not bytes or len(root) < 4:
        return None
    size, depth = len(root), int.from_bytes(root[:2], "big")
    if depth > _RTREE_MAX_DEPTH:
        return None
    level: list[int] = [1]
    for _ in range(depth):  # the inner nodes, from the root down: their cells name their children
        inner = [_rtree_cells(nodes.get(nodeno), size) for nodeno in level]
        if any(cells is None for cells in inner):
            return None
        level = np.concatenate([cells["id"] for cells in inner]).tolist() if inner else []  # type: ignore[index]
    leaves = [_rtree_cells(nodes.get(nodeno), size) for nodeno in level]
    if any(cells is None for cells in leaves):
        return None
    cells = np.concatenate(leaves) if leaves else np.zeros(0, dtype=RTREE_CELL)  # type: ignore[arg-type]
    if len(cells) != rows:
        return None
    return cells["id"].astype(np.int64), cells["box"].astype(np.float64)


def _rtree_cells(node: Any, size: int) -> Optional[np.ndarray]:
    """The cells of an R-tree node's blob (:data:`RTREE_CELL`), ``None`` for a node that is not one."""
    if type(node) is not bytes or len(node) != size:
        return None
    count = int.from_bytes(node[2:4], "big")
    if 4 + count * RTREE_CELL.itemsize > size:
        return None
    return np.frombuffer(node, dtype=RTREE_CELL, count=count, offset=4)


def blob_wkb(blob: Any) -> Optional[bytes]:
    """The WKB inside a standard, non-empty GeoPackage geometry blob whose WKB type is a plain 2D one
    (:data:`PLAIN_TYPES`); ``None`` for anything else (extended or empty blobs, reserved flag bits,
    bad headers, Z/M, curves, a value that is not a blob)."""
    split = split_blobs([blob])[0]
    return split[0] if split else None


#: Header length by flags byte, for the flags :func:`blob_wkb` accepts.
_HEADER_BYTES = {flags: 8 + ENVELOPE_BYTES[(flags >> 1) & 7] for flags in range(256)
                 if not flags & 0x30 and not flags & 0xC0 and (flags >> 1) & 7 in ENVELOPE_BYTES}
#: WKB type code by the first five bytes of a plain 2D WKB (byte order and type), either byte order.
_PLAIN_HEADS = {bytes([order]) + _UINT32[order].pack(code): code for order in (0, 1) for code in PLAIN_TYPES}


def split_blobs(blobs: Sequence[Any], multi: bool = False) -> list[Any]:
    """:func:`blob_wkb` of many blobs at once, with the WKB type: per blob ``(wkb, type code)``, ``None``
    for a NULL geometry, ``False`` for a blob :func:`blob_wkb` refuses. ``multi``: single Points,
    LineStrings and Polygons made one-part Multi ones (:func:`as_multi`)."""
    out: list[Any] = []
    append = out.append
    headers, heads = _HEADER_BYTES, _PLAIN_HEADS
    for blob in blobs:
        if blob is None:
            append(None)
            continue
        if type(blob) is not bytes or blob[:3] != b"GP\x00" or len(blob) < 4:
            append(False)
            continue
        start = headers.get(blob[3])
        code = heads.get(blob[start:start + 5]) if start is not None else None
        if code is None:
            append(False)
            continue
        wkb = blob[start:]
        if multi and code < 4:
            wkb = _MULTI_HEAD.pack(1, code + 3, 1) + wkb
            code += 3
        append((wkb, code))
    return out


#: :data:`_HEADER_BYTES` as a table by flags byte (0: a flags byte :func:`blob_wkb` refuses).
def wkb_type(wkb: bytes) -> int:
    """The WKB type code of ``wkb`` (as written: 1 Point … 7 GeometryCollection for plain 2D)."""
    return _UINT32[wkb[0]].unpack_from(wkb, 1)[0]


def as_multi(wkb: bytes) -> bytes:
    """A single Point, LineString or Polygon WKB as the one-part Multi WKB of it (what QGIS makes of a
    single geometry in a layer whose type is multi); any other WKB unchanged."""
    code = wkb_type(wkb)
    if code not in (1, 2, 3):
        return wkb
    return _MULTI_HEAD.pack(1, code + 3, 1) + wkb


#: Value kinds of attribute columns read as they are, and the range of each integer kind.
INT_RANGES: dict[str, tuple[int, int]] = {
    "int16": (-2 ** 15, 2 ** 15 - 1), "int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1),
}
KIND_TYPES: dict[str, tuple[type, ...]] = {
    "int16": (int,), "int32": (int,), "int64": (int,), "real": (float,), "text": (str,), "date": (str,),
    "bool": (int,),
}
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _plain_day(text: str) -> bool:
    """True when ``text`` is a valid ``yyyy-MM-dd`` day (years 1000–9999): the very text QGIS gives of
    the date OGR reads from it."""
    if not _ISO_DAY.fullmatch(text) or text < "1000":
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def unusual_rows(rows: Sequence[tuple], kinds: Sequence[str], first: int = 2) -> set[int]:
    """Positions in ``rows`` holding a value OGR would not give as it is: columns ``first…`` of each row
    are of ``kinds`` (:data:`KIND_TYPES`), and a value of another type (SQLite stores any type in any
    column), an integer out of its kind's range or a text with a NUL character (OGR reads C strings)
    makes its row unusual, as does a date that is not a valid ``yyyy-MM-dd`` day or a boolean other than
    0 or 1. NULL is always usual."""
    unusual: set[int] = set()
    if not rows:
        return unusual
    columns = list(zip(*rows))[first:]
    for kind, values in zip(kinds, columns):
        allowed = KIND_TYPES[kind]
        types = set(map(type, values))
        has_null = type(None) in types
        types.discard(type(None))
        clean = types.issubset(allowed)
        if not clean:
            unusual.update(k for k, value in enumerate(values) if value is not None and type(value) not in allowed)
        bounds = INT_RANGES.get(kind)
        if bounds is not None and kind != "int64" and types:
            present = [value for value in values if type(value) is int] if has_null or not clean else values
            if present and (min(present) < bounds[0] or max(present) > bounds[1]):
                low, high = bounds
                unusual.update(k for k, value in enumerate(values) if type(value) is int and not low <= value <= high)
        if kind == "text" and types:
            texts = [value for value in values if type(value) is str] if has_null or not clean else values
            if "\x00" in "".join(texts):
                unusual.update(k for k, value in enumerate(values) if type(value) is str and "\x00" in value)
        elif kind == "date":
            unusual.update(k for k, value in enumerate(values) if type(value) is str and not _plain_day(value))
        elif kind == "bool":
            unusual.update(k for k, value in enumerate(values) if type(value) is int and value not in (0, 1))
    return unusual


def with_bools(rows: list[tuple], columns: Sequence[int]) -> list[tuple]:
    """``rows`` with the values at ``columns`` (0 or 1, or NULL) as Python booleans, as QGIS gives a
    GeoPackage BOOLEAN."""
    if not columns:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for k in columns:
            if values[k] is not None:
                values[k] = bool(values[k])
        out.append(tuple(values))
    return out


def column_kind(declared: str, qgis_type: str) -> Optional[str]:
    """The value kind (:data:`KIND_TYPES`) of a column declared ``declared`` that QGIS types
    ``qgis_type`` (``int``, ``int64``, ``real``, ``text``, ``date``, ``bool``), when OGR gives its
    values as Python gives them (dates: the same text; booleans: ``bool`` of 0 or 1); ``None`` for
    anything else (date-times, blobs, JSON…: read by QGIS)."""
    declared = declared.strip().upper()
    if qgis_type == "int64" and declared in ("INTEGER", "INT"):
        return "int64"
    if qgis_type == "int" and declared == "MEDIUMINT":
        return "int32"
    if qgis_type == "int" and declared in ("SMALLINT", "TINYINT"):
        return "int16"
    if qgis_type == "real" and declared in ("REAL", "DOUBLE", "FLOAT"):
        return "real"
    if qgis_type == "text" and (declared == "TEXT" or (declared.startswith("TEXT(") and declared.endswith(")"))):
        return "text"
    if qgis_type == "date" and declared == "DATE":
        return "date"
    if qgis_type == "bool" and declared == "BOOLEAN":
        return "bool"
    return None
