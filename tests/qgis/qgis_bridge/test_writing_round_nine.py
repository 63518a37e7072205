"""Round nine: a result layer put into an existing GeoPackage vacuums the file only when a replaced layer
left a good share of it free (VACUUM rewrites every layer of the file); the layers are the same either way."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from shapely.geometry import Polygon

from tests.qgis.qgis_bridge.test_results import _plots, _results, _source_fields
from vantage_plugin.qgis_bridge import results, writing


def _pages(path) -> tuple[int, int]:
    connection = sqlite3.connect(str(path))
    try:
        return (connection.execute("PRAGMA freelist_count").fetchone()[0],
                connection.execute("PRAGMA page_count").fetchone()[0])
    finally:
        connection.close()


def _many(count: int):
    """``count`` copies of the test plots and results (a layer large enough to matter in the file)."""
    plots, found = [], []
    for k in range(count):
        for plot, result in zip(_plots(), _results()):
            x0, y0 = 10 + 0.02 * k, 1 + 0.02 * len(plots)
            square = Polygon([(x0, y0), (x0 + 0.01, y0), (x0 + 0.01, y0 + 0.01), (x0, y0 + 0.01)])
            index = len(plots)
            plots.append(replace(plot, index=index, geometry=square, source_fid=index + 1, user_id=f"P{index}"))
            found.append(replace(result, plot_index=index))
    return plots, found


def _layers(path) -> dict:
    connection = sqlite3.connect(str(path))
    try:
        names = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
        return {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY fid').fetchall() for name in names}
    finally:
        connection.close()


@pytest.fixture
def vacuums(monkeypatch) -> list:
    """The files vacuumed (really: the VACUUM still runs)."""
    done: list = []
    real = writing._run_vacuum
    monkeypatch.setattr(writing, "_run_vacuum", lambda path: (done.append(path), real(path)))
    return done


def test_a_layer_added_to_a_geopackage_does_not_rewrite_the_file(tmp_path, vacuums):
    path = tmp_path / "runs.gpkg"
    plots, found = _many(400)
    results.write_results(str(path), "first", plots, found, _source_fields())
    before = _layers(path)
    results.write_results(str(path), "second", plots[:5], found[:5], _source_fields())
    assert vacuums == []
    after = _layers(path)
    assert after["first"] == before["first"] and len(after["second"]) == 5
    assert _pages(path)[0] <= writing.VACUUM_FREE_SHARE * _pages(path)[1]


def test_a_replaced_layer_that_frees_much_of_the_file_is_vacuumed(tmp_path, vacuums):
    path = tmp_path / "runs.gpkg"
    plots, found = _many(400)
    results.write_results(str(path), "first", plots, found, _source_fields())
    size = path.stat().st_size
    results.write_results(str(path), "first", plots[:3], found[:3], _source_fields())
    assert vacuums == [str(path)]
    assert _pages(path)[0] == 0 and path.stat().st_size < size / 2
    assert len(_layers(path)["first"]) == 3


def test_the_free_share_is_read_from_the_file(tmp_path):
    path = tmp_path / "plain.sqlite"
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE t (x BLOB)")
    connection.executemany("INSERT INTO t VALUES (?)", [(b"x" * 4000,)] * 100)
    connection.commit()
    connection.execute("DELETE FROM t WHERE rowid > 20")
    connection.commit()
    connection.close()
    free, pages = _pages(path)
    assert free > 0 and writing.free_share(str(path)) == free / pages
    assert writing.free_share(str(tmp_path / "missing.gpkg")) == 0.0
