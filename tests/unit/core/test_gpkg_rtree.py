"""The spatial index packed at once (``gpkg_rtree``) holds what SQLite's own R-tree inserts give: the same
rows with the same 32-bit boxes (bit for bit, edge values included), the same answers to box queries,
a tree ``rtreecheck`` finds sound and that SQLite then updates as its own (inserts, deletes)."""

from __future__ import annotations

import random
import sqlite3
import struct

import numpy as np
import pytest

from vantage_plugin.core import gpkg_rtree

COLUMNS = "(id, minx, maxx, miny, maxy)"
EDGES = [0.0, -0.0, 1e-300, -1e-300, 1e-40, -1e-40, 1e300, -1e300, float("inf"), float("-inf"), 0.1, -0.1,
         1 / 3, -1 / 3, 2.0**24 + 1, -(2.0**24 + 1), 3.4028234663852886e38, 3.4028235677973366e38, -179.99999999,
         179.123456789, 1.5, float("nan")]


def _database(page_size: int = 4096) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute(f"PRAGMA page_size = {page_size}")
    for name in ("sql", "packed"):
        connection.execute(f"CREATE VIRTUAL TABLE {name} USING rtree{COLUMNS}")
    return connection


def _bits(rows) -> list:
    return [(row[0], struct.pack("<4d", *row[1:])) for row in rows]


def _rows(connection, name: str) -> list:
    return connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()


def _boxes(rng: random.Random, n: int) -> list[tuple[float, float, float, float]]:
    out = []
    for _ in range(n):
        x, y = rng.uniform(-180, 180), rng.uniform(-60, 60)
        w, h = rng.uniform(0, 0.05), rng.uniform(0, 0.05)
        out.append((x, x + w, y, y + h))
    return out


def _pack(connection, name: str, ids, bounds) -> None:
    connection.execute("BEGIN")
    gpkg_rtree.write_rtree(connection, name, np.array(ids, dtype=np.int64), gpkg_rtree.rtree_boxes(bounds))
    connection.execute("COMMIT")


def test_boxes_are_rounded_as_sqlite_rounds_them():
    pairs = [(a, b) for a in EDGES for b in EDGES if not a > b]  # NaN (NULL) is 0 in both
    bounds = [(a, b, b if b == b else 0.0, b) for a, b in pairs]
    connection = _database()
    stored = []
    for k, box in enumerate(bounds, start=1):
        try:
            connection.execute("INSERT INTO sql VALUES (?, ?, ?, ?, ?)", (k, *box))
            stored.append(k)
        except sqlite3.IntegrityError:  # refused by SQLite: refused here too
            assert gpkg_rtree.boxes_refused(gpkg_rtree.rtree_boxes([box]))
    ours = gpkg_rtree.rtree_boxes([bounds[k - 1] for k in stored]).astype(np.float64)
    assert _bits(_rows(connection, "sql")) == _bits([(k, *box) for k, box in zip(stored, ours.tolist())])
    assert len(stored) > 250


def test_a_box_sqlite_refuses_is_refused():
    connection = _database()
    for box in [(1.0, 0.0, 0.0, 1.0), (0.0, 1.0, 2.0, 1.999), (-1.0, -2.0, 0.0, 0.0)]:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO sql VALUES (1, ?, ?, ?, ?)", box)
        assert gpkg_rtree.boxes_refused(gpkg_rtree.rtree_boxes([box]))
    # accepted: equal once rounded to 32 bits (SQLite compares the rounded bounds)
    for box in [(1.0, 1.0, -0.0, 0.0), (2.0, 1.9999999, 0.0, 0.0), (float("inf"), 1e300, 0.0, 0.0)]:
        connection.execute("INSERT INTO sql VALUES (2, ?, ?, ?, ?)", box)
        connection.execute("DELETE FROM sql")
        assert not gpkg_rtree.boxes_refused(gpkg_rtree.rtree_boxes([box]))


@pytest.mark.parametrize("n", [0, 1, 51, 52, 700, 6000])
def test_packed_tree_holds_and_answers_as_sqlites(n):
    rng = random.Random(n)
    bounds = _boxes(rng, n)
    ids = rng.sample(range(1, 10 * n + 2), n)
    connection = _database()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO sql VALUES (?, ?, ?, ?, ?)", [(i, *b) for i, b in zip(ids, bounds)])
    connection.execute("COMMIT")
    _pack(connection, "packed", ids, bounds)
    assert _bits(_rows(connection, "packed")) == _bits(_rows(connection, "sql"))
    assert connection.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    _same_answers(connection, rng)
    # SQLite goes on with the packed tree as with its own: inserts, deletes, updates
    more = _boxes(rng, 300)
    for name in ("sql", "packed"):
        connection.execute("BEGIN")
        connection.executemany(f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)",
                               [(20 * n + 10 + k, *b) for k, b in enumerate(more)])
        connection.executemany(f"DELETE FROM {name} WHERE id = ?", [(i,) for i in ids[::3]])
        connection.execute(f"UPDATE {name} SET minx = minx - 1 WHERE id % 7 = 0")
        connection.execute("COMMIT")
    assert _bits(_rows(connection, "packed")) == _bits(_rows(connection, "sql"))
    assert connection.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    _same_answers(connection, rng)


def _same_answers(connection, rng: random.Random) -> None:
    for _ in range(40):
        x, y, size = rng.uniform(-190, 190), rng.uniform(-70, 70), rng.choice([0.01, 1.0, 30.0, 400.0])
        query = "SELECT id FROM {} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id"
        box = (x, x + size, y, y + size)
        assert (connection.execute(query.format("packed"), box).fetchall()
                == connection.execute(query.format("sql"), box).fetchall())


def test_rows_already_in_the_tree_are_kept():
    rng = random.Random(5)
    first, second = _boxes(rng, 500), _boxes(rng, 900)
    connection = _database()
    connection.execute("BEGIN")
    for name in ("sql", "packed"):
        connection.executemany(f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)",
                               [(k, *b) for k, b in enumerate(first, start=1)])
    connection.executemany("INSERT INTO sql VALUES (?, ?, ?, ?, ?)",
                           [(k, *b) for k, b in enumerate(second, start=1000)])
    connection.execute("COMMIT")
    _pack(connection, "packed", range(1000, 1000 + len(second)), second)
    assert _bits(_rows(connection, "packed")) == _bits(_rows(connection, "sql"))
    assert connection.execute("SELECT rtreecheck('packed')").fetchone() == ("ok",)
    _same_answers(connection, rng)


def test_nodes_are_full_enough_and_the_root_is_node_one():
    rng = random.Random(9)
    bounds = _boxes(rng, 20000)
    nodes, parents, rowids = gpkg_rtree.rtree_tables(np.arange(1, 20001), gpkg_rtree.rtree_boxes(bounds), 51, 1228)
    assert nodes[0][0] == 1 and {len(blob) for _, blob in nodes} == {1228}
    counts = [int.from_bytes(blob[2:4], "big") for _, blob in nodes]
    assert max(counts) <= 51 and min(counts[1:]) >= 17  # SQLite's own minimum fill (a third)
    assert int.from_bytes(nodes[0][1][:2], "big") == 2  # depth: 20000 rows need three levels
    assert sorted(rowid for rowid, _ in rowids) == list(range(1, 20001))
    assert len(parents) == len(nodes) - 1
