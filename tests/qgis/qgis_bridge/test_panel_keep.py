"""The check the panel runs keeps a bounded outcome: ``operations.check_to_file(keep=<keeper>)`` hands each
chunk's plots and results to the keeper (the panel's ``gui.check_outcome.PanelKeeper``) and keeps neither;
its report holds the same issues, in the same order, as ``keep=True``'s (every object kept, the panel's way
before round eight). What the panel holds after a check grows by a few bytes a plot, against kilobytes."""

from __future__ import annotations

import pytest
from osgeo import ogr

from tests.fixtures.object_size import deep_size
from tests.fixtures.streaming import (
    LAT0,
    LON0,
    plot_rows,
    rasters,
    square,
    write_plots_layer,
)
from vantage_plugin.core import chunks
from vantage_plugin.core.run_record import id_field_of, read_run_record
from vantage_plugin.gui import check_outcome
from vantage_plugin.gui.check_outcome import PanelKeeper, check_and_count
from vantage_plugin.qgis_bridge import operations
from vantage_plugin.qgis_bridge.layers import guess_mapping

CHUNK = 7


def _source(layer, mapping=None):
    return operations.source_from_layer(layer, mapping or guess_mapping(layer.fields()))


def test_a_keeper_sees_every_plot_and_result_and_the_report_keeps_the_same_issues(qgis_app, tmp_path):
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    every = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "all.gpkg"),
                                     "results", bundled=options, keep=True, chunk_size=CHUNK)
    seen: list = []
    handed: list = []

    class Keeper:
        def add(self, plots, results):
            seen.append(([p.index for p in plots], [r.plot_index for r in results], [p.source_fid for p in plots]))

        def add_issues(self, issues, order):
            handed.extend((order(issue), len(handed), issue) for issue in issues)

        def issues(self):
            return [issue for _, _, issue in sorted(handed, key=lambda kept: kept[:2])]

    kept = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "kept.gpkg"),
                                    "results", bundled=options, keep=Keeper(), chunk_size=CHUNK)
    assert kept.plots is None and kept.output.results == []  # nothing per plot kept by the check itself
    assert len(seen) > 2  # chunk by chunk
    assert [index for chunk, _, _ in seen for index in chunk] != list(range(60))  # read in space order
    assert sorted(index for chunk, _, _ in seen for index in chunk) == list(range(60))
    assert sorted(index for _, results, _ in seen for index in results) == \
        sorted(r.plot_index for r in every.output.results)
    fids = {index: fid for chunk, _, fid in seen for index, fid in zip(chunk, fid)}
    assert fids == {plot.index: plot.source_fid for plot in every.plots}
    # the report: the same issues in the same order (cross-chunk overlaps and duplicate ids included)
    assert kept.output.report.issues == every.output.report.issues
    assert {i.code for i in kept.output.report.issues} >= {"DUPLICATE_PLOT_ID", "PLOTS_OVERLAP", "DUPLICATE_GEOMETRY"}
    assert (kept.output.report.error_count, kept.output.report.warning_count) == \
        (every.output.report.error_count, every.output.report.warning_count)
    assert kept.summary == every.summary and kept.plot_count == every.plot_count == 60


def test_the_panel_keeper_finds_the_id_field_as_the_run_record_did(qgis_app, tmp_path, monkeypatch):
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: options)
    monkeypatch.setattr(chunks, "CHUNK_PLOTS", CHUNK)
    every = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "all.gpkg"),
                                     "results", bundled=options, keep=True)
    keeper = PanelKeeper()
    operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "kept.gpkg"), "results",
                             bundled=options, keep=keeper)
    assert keeper.id_field == id_field_of(every.plots) == "plot_id"
    path = str(tmp_path / "panel.gpkg")
    outcome = check_and_count(source=_source(layer), engine=operations.ENGINE_BUNDLED, path=path,
                              layer_name="run", bundled={})
    record = read_run_record(path, "run")
    assert record.plot_id_field == "plot_id"
    assert record.plots == len(outcome["plots"]) == 60


def _grid_layer(path, n: int, kind: str = "precise"):
    """``n`` valid squares over the test rasters in a GeoPackage: no problem in any (``precise``), a warning
    for each (``imprecise``: coordinates of 4 decimals), or each overlapping the next in its row by a
    different area (``overlapping``: an issue with its own message for each plot of a pair)."""
    rows = []
    offset = 0.0041 if kind == "imprecise" else 0.0041234567
    for k in range(n):
        x = LON0 + offset + 0.007 * (k % 15)
        y = LAT0 + offset + 0.01 * (k // 15)
        side = 0.0072 + 0.00001 * k if kind == "overlapping" else 0.003
        rows.append([f"G{k}", square(x, y, side), None, "2023-09-01"])
    return write_plots_layer(path, rows, ogr.wkbPolygon)


def _held(outcome: dict) -> int:
    """Bytes of what the panel keeps of a check's outcome (the result layer is QGIS's, not held here)."""
    return deep_size({key: value for key, value in outcome.items() if key != "layer"})


def _issues(kind: str, n: int) -> int:
    """How many issues a grid of ``n`` plots has: none, one a plot, or two for each pair of neighbours in a row."""
    return {"precise": 0, "imprecise": n, "overlapping": 2 * (n - -(-n // 15))}[kind]


@pytest.mark.parametrize("kind, bound", [("precise", 16), ("imprecise", 100), ("overlapping", 400)])
def test_what_the_panel_keeps_grows_by_bytes_a_plot_not_kilobytes(qgis_app, tmp_path, monkeypatch, kind, bound):
    """Per plot: its feature id (8 bytes) and, with an issue each, the issue's columns (plot, other plot,
    place, kind, label, parameter values: 50 to 100 bytes, and the other plot's label once); every object
    kept (``keep=True``) takes kilobytes."""
    sizes = (30, 210)
    options = rasters(tmp_path)
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: options)
    monkeypatch.setattr(chunks, "CHUNK_PLOTS", 20)
    held, every = {}, {}
    for n in sizes:
        layer = _grid_layer(tmp_path / f"grid{n}.gpkg", n, kind)
        outcome = check_and_count(source=_source(layer), engine=operations.ENGINE_BUNDLED,
                                  path=str(tmp_path / f"panel{n}.gpkg"), layer_name="run", bundled={})
        assert outcome["summary"]["plots"] == n
        assert len(outcome["output"].report.issues) == _issues(kind, n)
        held[n] = _held(outcome)
        done = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / f"all{n}.gpkg"),
                                        "results", bundled=options, keep=True)
        every[n] = deep_size(done)
    small, large = sizes
    per_plot = (held[large] - held[small]) / (large - small)
    per_plot_every = (every[large] - every[small]) / (large - small)
    assert per_plot_every > 2000  # every plot, result and issue as objects: kilobytes a plot
    assert per_plot <= bound, (per_plot, per_plot_every)


def test_free_memory_is_handed_back_every_so_many_plots(qgis_app, tmp_path, monkeypatch):
    """Between chunks, once ``TRIM_EVERY_PLOTS`` plots have been checked since the last time (not after
    every chunk: each hand-back makes the next chunks fault their pages in again), and at the end: when the
    chunks are done and once the pass has returned."""
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    calls: list = []
    monkeypatch.setattr(operations, "TRIM_EVERY_PLOTS", 2 * CHUNK)
    monkeypatch.setattr(operations, "release_free_memory", lambda: calls.append(1) or True)
    checked = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "out.gpkg"),
                                       "results", bundled=options, keep=True, chunk_size=CHUNK)
    assert len(checked.output.results) == 60
    assert len(calls) == 60 // (2 * CHUNK) + 2  # and twice at the end: before the report, after the pass


def test_the_panels_task_hands_back_free_memory_last(qgis_app, tmp_path, monkeypatch):
    """The panel's task counts and groups after the check has handed its free memory back, and that frees
    more (at 1,000,000 plots: 922 MB held without this, 498 MB with it, ``benchmarks/panel_memory.py``):
    the task hands it back once more, after everything else it does."""
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: options)
    monkeypatch.setattr(chunks, "CHUNK_PLOTS", CHUNK)
    steps: list = []
    monkeypatch.setattr(operations, "release_free_memory", lambda: steps.append("check") or True)
    monkeypatch.setattr(check_outcome, "release_free_memory", lambda: steps.append("task") or True)
    group_table = check_outcome.group_table
    monkeypatch.setattr(check_outcome, "group_table", lambda *a, **k: steps.append("grouped") or group_table(*a, **k))
    outcome = check_and_count(source=_source(layer), engine=operations.ENGINE_BUNDLED,
                              path=str(tmp_path / "panel.gpkg"), layer_name="run", bundled={})
    assert outcome["summary"]["plots"] == 60 and outcome["groups"]
    assert steps[-2:] == ["grouped", "task"] and steps.count("task") == 1
    assert "check" in steps[:-2]  # the check's own hand-back came before


def test_the_check_hands_back_free_memory_after_its_records_are_freed(qgis_app, tmp_path, monkeypatch):
    """The check's own records (the cross-chunk boxes and ids: at 1,000,000 plots 130 MB with the counts)
    are freed when its pass returns: the last hand-back comes after that (one before it, when the chunks
    are done, hands back what their threads freed before the report is built)."""
    options = rasters(tmp_path)
    layer = write_plots_layer(tmp_path / "plots.gpkg", plot_rows())
    steps: list = []

    class Recorded(chunks.CrossChunk):
        def __del__(self) -> None:
            steps.append("records freed")

    monkeypatch.setattr(chunks, "CrossChunk", Recorded)
    monkeypatch.setattr(operations, "TRIM_EVERY_PLOTS", 10**9)  # only the hand-back at the end
    monkeypatch.setattr(operations, "release_free_memory", lambda: steps.append("handed back") or True)
    checked = operations.check_to_file(_source(layer), operations.ENGINE_BUNDLED, str(tmp_path / "out.gpkg"),
                                       "results", bundled=options, keep=False, chunk_size=CHUNK)
    assert checked.plot_count == 60
    assert steps == ["handed back", "records freed", "handed back"]
