"""A GeoPackage layer's spatial index (SQLite's R*Tree ``rtree_<table>_<column>``) written at once.

SQLite inserts an R-tree's rows one at a time, each a descent from the root, node splits and the
changed nodes written again; in a layer written in chunks that was half the cost of inserting the rows
themselves, and grew with the layer. Here the index of a whole layer is packed in one pass (STR:
Sort-Tile-Recursive, ``leaves`` of up to the node's capacity, then their parents the same way up to the
root) and its three tables (``_node``, ``_parent``, ``_rowid``) are written directly, as GDAL's own bulk
loader of GeoPackage spatial indexes does. The index holds the same rows as SQLite's inserts would (each
box rounded to 32-bit floats as SQLite rounds it: :func:`rtree_boxes`); only the shape of the tree (which
box sits in which node) differs, and SQLite reads, queries, checks (``rtreecheck``) and updates it as
any of its own.

Node format (SQLite's ``rtree.c``): ``iNodeSize`` bytes (the root's length); a 2-byte big-endian depth
(root only), a 2-byte cell count, then per cell an 8-byte rowid (a child's node number in an inner
node) and the box as four big-endian 32-bit floats (min x, max x, min y, max y); zeros after.
"""

from __future__ import annotations

import math
import sqlite3
from typing import Any, Iterable

import numpy as np

from .gpkg_rows import quoted

#: SQLite's ``RTREE_MAXCELLS``: the most cells of a node whatever the page size.
RTREE_MAX_CELLS = 51
#: Bytes of a 2-dimensional cell: rowid (8) and 4 coordinates (4 each).
CELL_BYTES = 24
#: SQLite's rounding factors (``RNDTOWARDS``, ``RNDAWAY``) of a box's bounds to 32-bit floats.
_TOWARDS, _AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def rtree_boxes(bounds: Any) -> Any:
    """The (n, 4) float32 boxes (min x, max x, min y, max y) SQLite's R-tree stores for the float64
    ``bounds`` (same order): minima rounded down, maxima up, as ``rtreeValueDown``/``rtreeValueUp`` do
    (NaN, bound as NULL, is 0)."""
    bounds = np.nan_to_num(np.asarray(bounds, dtype=np.float64).reshape(-1, 4), nan=0.0, posinf=np.inf,
                           neginf=-np.inf)
    with np.errstate(over="ignore", invalid="ignore"):
        boxes = bounds.astype(np.float32)
        wide = boxes.astype(np.float64)
        low, high = bounds[:, 0::2], bounds[:, 1::2]
        down = wide[:, 0::2] > low
        up = wide[:, 1::2] < high
        boxes[:, 0::2] = np.where(down, (low * np.where(low < 0, _AWAY, _TOWARDS)).astype(np.float32), boxes[:, 0::2])
        boxes[:, 1::2] = np.where(up, (high * np.where(high < 0, _TOWARDS, _AWAY)).astype(np.float32), boxes[:, 1::2])
    return boxes


def boxes_refused(boxes: Any) -> bool:
    """True when SQLite would refuse some box (a minimum above its maximum: "rtree constraint failed")."""
    boxes = np.asarray(boxes)
    return bool((boxes[:, 0::2] > boxes[:, 1::2]).any())


def _groups(boxes: Any, order: Any, cells: int) -> list[Any]:
    """``order`` (indexes of ``boxes``) cut into nodes of at most ``cells`` boxes, STR-packed: sorted by
    the centres' x into vertical slices, each slice sorted by y and cut into runs of nearly equal size."""
    count = len(order)
    nodes = -(-count // cells)
    centres = boxes[order]
    x = centres[:, 0].astype(np.float64) + centres[:, 1]
    y = centres[:, 2].astype(np.float64) + centres[:, 3]
    by_x = np.argsort(x, kind="stable")
    groups = []
    for part in np.array_split(by_x, math.ceil(math.sqrt(nodes))):
        part = part[np.argsort(y[part], kind="stable")]
        groups.extend(np.array_split(order[part], -(-len(part) // cells)))
    return groups


def rtree_tables(ids: Any, boxes: Any, cells: int, node_size: int) -> tuple[list, list, Iterable[tuple[int, int]]]:
    """(``_node`` rows (nodeno, blob), ``_parent`` rows (nodeno, parent), ``_rowid`` rows (rowid, nodeno),
    made as they are inserted)
    of an R-tree of the rows ``ids`` with the float32 ``boxes`` (:func:`rtree_boxes`), nodes of at most
    ``cells`` cells and ``node_size`` bytes. The root is node 1 (empty for no rows)."""
    ids = np.asarray(ids, dtype=np.int64)
    boxes = np.asarray(boxes, dtype=np.float32).reshape(-1, 4)
    nodes: list[tuple[int, bytes]] = []
    parents: list[tuple[int, int]] = []
    rowids: tuple[Any, Any] = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    level_ids, level_boxes, depth, next_node = ids, boxes, 0, 2
    while len(level_ids) > cells:
        groups = _groups(level_boxes, np.arange(len(level_ids)), cells)
        numbers = np.arange(next_node, next_node + len(groups), dtype=np.int64)
        next_node += len(groups)
        order = np.concatenate(groups)
        counts = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
        owner = np.repeat(numbers, counts)
        nodes.extend(zip(numbers.tolist(), _blobs(level_ids[order], level_boxes[order], counts, node_size)))
        if depth == 0:
            rowids = (level_ids[order], owner)
        else:
            parents.extend(zip(level_ids[order].tolist(), owner.tolist()))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        ordered = level_boxes[order]
        level_boxes = np.empty((len(groups), 4), dtype=np.float32)
        level_boxes[:, 0::2] = np.minimum.reduceat(ordered[:, 0::2], starts)
        level_boxes[:, 1::2] = np.maximum.reduceat(ordered[:, 1::2], starts)
        level_ids, depth = numbers, depth + 1
    counts = np.array([len(level_ids)], dtype=np.int64)
    root = _blobs(level_ids, level_boxes, counts, node_size)[0]
    root = depth.to_bytes(2, "big") + root[2:]
    nodes.insert(0, (1, root))
    if depth == 0:
        rowids = (level_ids, np.ones(len(level_ids), dtype=np.int64))
    else:
        parents.extend((int(child), 1) for child in level_ids.tolist())
    at = np.argsort(rowids[0], kind="stable")  # appended in rowid order: the B-tree grows at its end
    return nodes, sorted(parents), zip(rowids[0][at].tolist(), rowids[1][at].tolist())


def _blobs(ids: Any, boxes: Any, counts: Any, node_size: int) -> list[bytes]:
    """The node blobs of consecutive runs of ``counts`` cells (``ids``, ``boxes``): a zero depth, the
    count, the cells, zeros to ``node_size`` bytes."""
    cells = np.empty(len(ids), dtype=_CELL)
    cells["id"], cells["box"] = ids, boxes
    raw = cells.tobytes()
    ends = (CELL_BYTES * np.cumsum(counts)).tolist()
    starts = [0] + ends[:-1]
    heads = np.asarray(counts, dtype=">u4").tobytes()  # 2 zero bytes (depth), then the count (< 65536)
    return [heads[4 * k:4 * k + 4] + raw[a:b] + bytes(node_size - 4 - (b - a))
            for k, (a, b) in enumerate(zip(starts, ends))]


def rtree_node_size(connection: sqlite3.Connection, rtree: str) -> int:
    """The node size of the R-tree ``rtree`` (its root's length, as SQLite reads it)."""
    return int(connection.execute(f"SELECT length(data) FROM {quoted(rtree + '_node')} WHERE nodeno = 1")
               .fetchone()[0])


def write_rtree(connection: sqlite3.Connection, rtree: str, ids: Any, boxes: Any) -> None:
    """Make the R-tree ``rtree`` hold its rows and the rows ``ids`` with the float32 ``boxes``
    (:func:`rtree_boxes`; ids not in it yet), packed anew (inside the caller's transaction)."""
    held = connection.execute(f"SELECT id, minx, maxx, miny, maxy FROM {quoted(rtree)}").fetchall()
    if held:
        kept = np.array(held, dtype=np.float64)
        ids = np.concatenate([kept[:, 0].astype(np.int64), np.asarray(ids, dtype=np.int64)])
        boxes = np.concatenate([kept[:, 1:].astype(np.float32), np.asarray(boxes, dtype=np.float32).reshape(-1, 4)])
    size = rtree_node_size(connection, rtree)
    nodes, parents, rowids = rtree_tables(ids, boxes, min(RTREE_MAX_CELLS, (size - 4) // CELL_BYTES), size)
    for suffix in ("_node", "_parent", "_rowid"):
        connection.execute(f"DELETE FROM {quoted(rtree + suffix)}")
    connection.executemany(f"INSERT INTO {quoted(rtree + '_node')} (nodeno, data) VALUES (?, ?)", nodes)
    connection.executemany(f"INSERT INTO {quoted(rtree + '_parent')} (nodeno, parentnode) VALUES (?, ?)", parents)
    connection.executemany(f"INSERT INTO {quoted(rtree + '_rowid')} (rowid, nodeno) VALUES (?, ?)", rowids)
