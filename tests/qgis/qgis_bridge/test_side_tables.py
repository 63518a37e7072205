"""Chunks read out of file order (spatial order) are written to side tables of a side database, each in
fid order, and merged into the layer in fid order when it is finished (``writing.SideTables``), instead of
inserting their rows among the rows written before (the path before, kept here as the reference by
refusing the side tables). The layer is the same: every row, value type, geometry blob, feature id, the
R-tree, extent, feature count, triggers and style; with columns added by later chunks, with more side
tables than one statement merges, and against the same plots written in file order. A cancelled or
failed write leaves no output and no temporary file."""

from __future__ import annotations

import os
import sqlite3

import numpy as np
import pytest
from qgis.core import QgsWkbTypes

from tests.fixtures.bulk_write import LAYER, assert_same_layer, dump_layer, result_chunk, source_fields
from vantage_plugin.core import analysis
from vantage_plugin.qgis_bridge import operations, results, writing


def _plot_years(k: int) -> list[int]:
    """Loss years of plot ``k``: some years in few plots (their columns come with a later chunk)."""
    return [2021, 2022] + [2019] * (k % 50 == 49) + [2023] * (k % 83 == 82) + [2018] * (k % 61 == 7)


def _plots(indexes) -> tuple[list, list]:
    """Plots ``indexes`` (ascending) and their results, each plot's loss years its own (so later chunks
    bring loss-year columns the first ones did not have)."""
    plots, outcomes = [], []
    for k in indexes:
        p, o = result_chunk(int(k), 1, _plot_years(int(k)))
        plots += p
        outcomes += o
    return plots, outcomes


def _shuffled_chunks(count: int, size: int, seed: int = 7) -> list:
    order = np.random.default_rng(seed).permutation(count)
    return [_plots(np.sort(order[at:at + size])) for at in range(0, count, size)]


ADDED: list[list[str]] = []
"""The columns added after the first chunk by each :func:`_write`."""


def _write(path, chunks, side: bool = True, positioned: bool = True) -> tuple[writing.WriteOutcome, list[str]]:
    """The layer of ``chunks`` written as the check writes it (``positioned``: with its plots' fids, as
    ``operations._PositionedStream``; else numbered on, as chunks in file order); ``side`` False: rows
    placed among the rows before (the reference). Returns the outcome and the side databases seen."""
    seen: list[str] = []
    original_new_table = writing.SideTables.new_table

    def spy(self, connection, layer_name):
        seen.append(self.path)
        assert os.path.exists(self.path)
        return original_new_table(self, connection, layer_name)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writing.SideTables, "new_table", spy)
        if not side:
            patch.setattr(writing, "SIDE_TABLES", False)
        kind = operations._PositionedStream if positioned else results.ResultStream
        stream = kind(str(path), LAYER, source_fields(), QgsWkbTypes.MultiPolygon)
        for plots, outcomes in chunks:
            stream.add(plots, outcomes)
        ADDED.append(list(stream.layer.added_fields))
        return stream.finish(), seen


def _no_temp_files(folder) -> list[str]:
    return [name for name in os.listdir(folder) if writing.TEMP_SUFFIX in name]


def test_side_tables_give_the_layer_rows_placed_among_earlier_rows_give(tmp_path):
    chunks = _shuffled_chunks(180, 30)
    new, seen = _write(tmp_path / "new.gpkg", chunks)
    old, none = _write(tmp_path / "old.gpkg", chunks, side=False)
    assert none == [] and len(seen) == len(chunks) and len(set(seen)) == 1  # one side database, a table a chunk
    assert not os.path.exists(seen[0]) and _no_temp_files(tmp_path) == []
    assert new.written == old.written == 180 and new.skipped == old.skipped == []
    a, b = dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg")
    assert_same_layer(a, b)
    assert [row[0] for row in a["rows"]] == list(range(1, 181))
    rare = {analysis.loss_year_field(year) for year in (2018, 2019, 2023)}
    assert set(ADDED[-2]) & rare and set(ADDED[-2]) <= {name for name, _ in a["columns"]}  # added by later chunks
    assert len(a["rtree"]) > 100 and a["count"] == (180,)
    with sqlite3.connect(str(tmp_path / "new.gpkg")) as connection:
        assert connection.execute(f"SELECT rtreecheck('rtree_{LAYER}_geom')").fetchone() == ("ok",)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not any(name.startswith("chunk_") for name in tables)


def test_the_layer_is_the_one_written_in_file_order(tmp_path):
    """The same plots in chunks of file order (numbered on, no fids given): the same layer."""
    shuffled = _shuffled_chunks(150, 40, seed=3)
    in_order = [_plots(range(at, min(at + 40, 150))) for at in range(0, 150, 40)]
    _write(tmp_path / "spatial.gpkg", shuffled)
    _write(tmp_path / "file.gpkg", in_order, positioned=False)
    assert ADDED[-2] and ADDED[-1]  # columns added in both
    a, b = dump_layer(tmp_path / "spatial.gpkg"), dump_layer(tmp_path / "file.gpkg")
    assert [name for name, _ in a["columns"]] == [name for name, _ in b["columns"]]
    assert_same_layer(a, b)


def test_more_side_tables_than_one_statement_merges(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "SIDE_MERGE_TABLES", 3)
    made: list[str] = []
    original = writing._side_table_like

    def spy(connection, table, name):
        made.append(name)
        return original(connection, table, name)

    monkeypatch.setattr(writing, "_side_table_like", spy)
    chunks = _shuffled_chunks(100, 8, seed=11)  # 13 side tables: by threes into 5, those into 2, then merged
    _write(tmp_path / "new.gpkg", chunks)
    assert ADDED[-1]
    assert sum(name.startswith("merged_") for name in made) == 5 + 2
    monkeypatch.undo()
    _write(tmp_path / "old.gpkg", chunks, side=False)
    assert_same_layer(dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg"))
    assert _no_temp_files(tmp_path) == []


def test_the_merge_reads_the_tables_in_fid_order_without_sorting():
    """SQLite plans the merge as a merge of the side tables' rowid orders: no sort of the rows."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"ATTACH ':memory:' AS {writing._SIDE_SCHEMA}")
    sql = 'CREATE TABLE "t" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" BLOB, "a" TEXT, "b" REAL)'
    connection.execute(sql)
    tables = [writing._side_table_like(connection, "t", f"chunk_{k}") for k in range(5)]
    connection.execute('ALTER TABLE "t" ADD COLUMN "c" REAL')
    columns = [(row[1], row[4]) for row in connection.execute('PRAGMA table_info("t")')]
    select = writing._merged_select(connection, tables, columns, 1)
    for k, table in enumerate(tables):
        connection.executemany(f"INSERT INTO {table} (fid, a) VALUES (?, ?)", [(k + 5 * j, str(j)) for j in range(1, 4)])
    plan = " | ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + select))
    assert "MERGE (UNION ALL)" in plan and "TEMP B-TREE" not in plan
    assert [row[0] for row in connection.execute(select)] == sorted(k + 5 * j for k in range(5) for j in range(1, 4))
    assert {row[4] for row in connection.execute(select)} == {None}  # the column added later: its default


def test_a_cancelled_write_leaves_no_file(tmp_path):
    chunks = _shuffled_chunks(120, 30)
    stream = operations._PositionedStream(str(tmp_path / "out.gpkg"), LAYER, source_fields(), QgsWkbTypes.MultiPolygon)
    for plots, outcomes in chunks[:3]:
        stream.add(plots, outcomes)
    side = stream.layer._side
    assert side is not None and len(side.tables) == 3 and os.path.exists(side.path)
    # a temporary file of the write: beside the temporary GeoPackage, named for this process, so that the
    # next write into the folder removes it when this process was killed
    assert os.path.dirname(side.path) == os.path.dirname(stream.layer.temp)
    assert writing._TEMP_PATTERN.search(os.path.basename(side.path)).group(1) == str(os.getpid())
    stream.discard()
    assert os.listdir(tmp_path) == []


def test_a_failed_merge_leaves_no_file(tmp_path, monkeypatch):
    def fail(self, connection, layer_name):
        connection.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(writing.SideTables, "_merge", fail)
    with pytest.raises(writing.ResultWriteError):
        _write(tmp_path / "out.gpkg", _shuffled_chunks(90, 30))
    assert os.listdir(tmp_path) == []
