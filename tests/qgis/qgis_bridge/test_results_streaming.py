"""The check written chunk by chunk (operations.check_to_file with the bundled engine) gives the same
result layer and the same validation report as the same check over the whole layer at once.

The plots are generated here (valid and invalid polygons, points, a null geometry, a line, duplicate
ids and geometries, overlaps inside a chunk and between chunks) with rasters written by GDAL whose
loss years differ from west to east, so a later chunk brings loss years the first one did not have
(columns added while writing). Both result GeoPackages are read back with OGR and compared row by row:
every attribute (risk, areas, JSON), the column order and the geometry's WKB.
"""

from __future__ import annotations

from collections import Counter

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from tests.fixtures.streaming import (
    CROSS_PAIR,
    DUPLICATE_IDS,
    IDENTICAL,
    LAT0,
    LON0,
    SAME_CHUNK_PAIR,
    plot_rows,
    rasters,
    read_layer,
    square,
    streamed_check,
    write_plots_layer,
)

ogr.UseExceptions()

def _issues(report) -> Counter:
    return Counter((i.code, i.plot_index, i.other_plot_index, i.message) for i in report.issues)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("streaming")
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    whole = streamed_check(layer, tmp_path, "whole", options, 100_000)
    chunked = streamed_check(layer, tmp_path, "chunked", options, 7)
    return whole, chunked, options, tmp_path


def _plots_layer(tmp_path) -> QgsVectorLayer:
    return QgsVectorLayer(f"{tmp_path / 'plots.gpkg'}|layername=plots", "plots", "ogr")


def test_chunks_write_the_same_rows_as_the_whole_layer(both):
    whole, chunked, *_ = both
    names, kind, rows = read_layer(whole.uri)
    chunk_names, chunk_kind, chunk_rows = read_layer(chunked.uri)
    assert chunk_names == names  # the per-year columns in their place, though added while writing
    assert chunk_kind == kind
    assert len(rows) == len(chunk_rows) == 60
    for row, chunk_row in zip(rows, chunk_rows):
        assert chunk_row == row
    status = names.index("status")
    assert Counter(row[1][status] for row in rows)["invalid"] == 5
    assert len({row[1][names.index("risk_level")] for row in rows} - {None}) >= 2


def test_later_chunks_bring_loss_years_the_first_did_not_have(both):
    from vantage_plugin.core import analysis

    _, chunked, *_ = both
    results = chunked.output.results
    first = set(analysis.loss_years_of(results[:7]))
    assert first == {2022}
    assert set(analysis.loss_years_of(results)) == {2021, 2022, 2023}


def test_chunks_find_the_same_issues_as_the_whole_layer(both):
    whole, chunked, *_ = both
    assert _issues(chunked.output.report) == _issues(whole.output.report)
    assert chunked.output.report.blocked == whole.output.report.blocked
    found = _issues(whole.output.report)
    pairs = {(code, i, j) for code, i, j, _ in found}
    assert ("PLOTS_OVERLAP", *CROSS_PAIR) in pairs and ("PLOTS_OVERLAP", *reversed(CROSS_PAIR)) in pairs
    assert ("PLOTS_OVERLAP", *SAME_CHUNK_PAIR) in pairs
    assert ("DUPLICATE_GEOMETRY", *IDENTICAL) in pairs
    assert ("DUPLICATE_PLOT_ID", *DUPLICATE_IDS) in pairs and ("DUPLICATE_PLOT_ID", *reversed(DUPLICATE_IDS)) in pairs
    assert chunked.summary == whole.summary
    assert [plot.index for plot in chunked.plots] == list(range(60))


def test_counts_only_are_the_same_counts(both):
    whole, _, options, tmp_path = both
    counted = streamed_check(_plots_layer(tmp_path), tmp_path, "counted", options, 7, keep=False)
    assert counted.plots is None and counted.output.results == []
    assert counted.output.report.error_count == whole.output.report.error_count
    assert counted.output.report.warning_count == whole.output.report.warning_count
    assert counted.summary == whole.summary and counted.plot_count == 60
    assert read_layer(counted.uri)[2] == read_layer(whole.uri)[2]


def test_points_only_in_an_untyped_layer_stay_points(tmp_path, both):
    *_, options, _ = both
    rows = [[f"Q{k}", f"POINT({LON0 + 0.01 + 0.01 * k} {LAT0 + 0.05})", 2.0, "2022-05-01"] for k in range(9)]
    layer = write_plots_layer(tmp_path / "points.gpkg", rows)
    whole = streamed_check(layer, tmp_path, "points_whole", options, 100)
    chunked = streamed_check(layer, tmp_path, "points_chunked", options, 3)
    assert read_layer(whole.uri)[1] == ogr.wkbMultiPoint
    assert read_layer(chunked.uri) == read_layer(whole.uri)


def test_polygons_after_points_in_a_layer_said_to_be_of_points(tmp_path, both):
    *_, options, _ = both
    rows = [[f"R{k}", f"POINT({LON0 + 0.01 + 0.01 * k} {LAT0 + 0.05})", 2.0, "2022-05-01"] for k in range(4)]
    rows += [[f"S{k}", square(LON0 + 0.01 + 0.01 * k, LAT0 + 0.07, 0.003), None, "2022-05-01"] for k in range(4)]
    layer = write_plots_layer(tmp_path / "mixed.gpkg", rows)
    whole = streamed_check(layer, tmp_path, "mixed_whole", options, 100)
    chunked = streamed_check(layer, tmp_path, "mixed_chunked", options, 3)  # the first chunk: points only
    assert read_layer(whole.uri)[1] == ogr.wkbMultiPolygon
    assert read_layer(chunked.uri) == read_layer(whole.uri)
