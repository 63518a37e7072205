"""The benchmarks' generated plot files are whole GeoPackages: every dataset is closed before it is
renamed into place (SQLite makes a connection to a moved file read-only, so GDAL's writes at close —
the layer's extent, its feature-count triggers — failed and were missing from the file)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.fixture(scope="module")
def bench_data():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_data
        yield bench_data
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_generated_plot_files_are_closed_before_renamed(bench_data, tmp_path):
    from osgeo import gdal, ogr

    errors = []
    gdal.PushErrorHandler(lambda level, number, message: errors.append(message))
    try:
        files = bench_data.plots(tmp_path, bench_data.settings()["hansen30"], 120)
    finally:
        gdal.PopErrorHandler()
    assert errors == []
    for path in files.values():
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            extent = connection.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                        "WHERE table_name = 'plots'").fetchone()
            count = connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'plots'").fetchone()
        finally:
            connection.close()
        assert {"trigger_insert_feature_count_plots", "trigger_delete_feature_count_plots"} <= triggers, path
        assert count == (120,)
        # the extent GDAL computed at close, against the features' own (OGR, read independently)
        dataset = ogr.Open(path)  # kept while its layer is used
        minx, maxx, miny, maxy = dataset.GetLayer(0).GetExtent(force=True)
        dataset = None
        assert extent == pytest.approx((minx, miny, maxx, maxy))
