"""Two ways to give a chunk's validation and analysis the machine's second core, measured on real chunks.

The check runs one chunk at a time on one core, apart from GDAL's and GEOS's calls on helper threads
(``docs/ARCHITECTURE.md``). This runs ``vantage:checkplots`` in-process (as ``userpath.py --phases``) on
FILE's plots and, on each of ``--chunks`` chunks after the first (warm caches), times in the same process:

- ``one after the other``: ``validate`` then the engine (``service.check_validated``), as the check does;
- ``thread beside``: ``validate`` on a second thread while this one runs the engine on the same chunk
  (validation's overlap rules only warn, so the engine need not wait for them). Both hold the GIL for
  their Python and numpy glue, so each slows the other; ``÷`` is one after the other over this;
- ``process hand-over``: what a second process would cost before it did any work: ``pickle`` dumps and
  loads (as any pipe or queue between Python processes) of the chunk's ``Plot`` objects one way and of
  its ``PlotResult`` objects and validation report the other, as a share of the work it would take over
  (validation + engine). Each side pays its half; near 0.5 of the work, nothing is left to gain;
- ``columnar``: the same hand-over as columns, what a second process would need to pay (an estimate:
  nothing of the check works this way yet): the plots as WKB (``shapely.to_wkb``) and one list per field
  out, rebuilt as ``Plot`` objects on arrival; the results back as the result layer's columns
  (``analysis.result_columns``, which the writer needs anyway) and the issues as the panel's
  ``IssueTable`` (``IssueColumns``). Each conversion is timed with the pickling.

The engine is run three times on each measured chunk (once to warm the tile cache, once alone, once
beside validation); the check's own run of the chunk follows, so its result file is the usual one.

    .venv/bin/python benchmarks/second_core.py benchmarks/out/hansen30_full/plots_hansen30_100000.gpkg \\
        --rasters benchmarks/out/hansen30_full
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import bench_common as bc  # noqa: E402


def _round_trip(obj) -> tuple[float, float, int]:
    """(dumps seconds, loads seconds, bytes) of ``obj``."""
    start = time.perf_counter()
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    dumped = time.perf_counter()
    pickle.loads(data)
    return dumped - start, time.perf_counter() - dumped, len(data)


def _columnar(plots: list, output, report) -> list:
    """[seconds, bytes, the plots' part, the issues' part, the result columns' part] of the columnar hand-over
    of a chunk (see the module's doc): plots out, results and issues back, each converted, pickled,
    unpickled and (the plots) rebuilt; the result columns are work the writer does anyway."""
    import dataclasses

    import shapely

    from vantage_plugin.core import analysis
    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.validation.issue_table import IssueColumns

    start = time.perf_counter()
    names = [f.name for f in dataclasses.fields(Plot) if f.name not in ("geometry", "attributes")]
    keys = sorted({key for plot in plots for key in plot.attributes})
    columns = {name: [getattr(plot, name) for plot in plots] for name in names}
    columns["attributes"] = {key: [plot.attributes.get(key) for plot in plots] for key in keys}
    columns["wkb"] = shapely.to_wkb([plot.geometry for plot in plots])
    size = 0
    data = pickle.dumps(columns, protocol=pickle.HIGHEST_PROTOCOL)
    size += len(data)
    back = pickle.loads(data)
    geometries = shapely.from_wkb(back["wkb"])
    attributes = back["attributes"]
    rebuilt = [Plot(geometry=geometries[k], attributes={key: attributes[key][k] for key in keys},
                    **{name: back[name][k] for name in names}) for k in range(len(plots))]
    assert len(rebuilt) == len(plots)
    plots_done = time.perf_counter()
    table = IssueColumns()
    table.add(list(report.issues), lambda issue: (issue.plot_index, 0))
    issues = table.table()
    issues_done = time.perf_counter()
    result_columns = analysis.result_columns(output.results, analysis.loss_years_of(output.results))
    columns_done = time.perf_counter()
    data = pickle.dumps((result_columns, issues), protocol=pickle.HIGHEST_PROTOCOL)
    size += len(data)
    pickle.loads(data)
    return [time.perf_counter() - start, size, plots_done - start, issues_done - plots_done,
            columns_done - issues_done]


def worker(a: dict) -> dict:
    """In its own process: the check of ``a["plots"]``, ``a["chunks"]`` chunks measured from the second on."""
    from qgis.core import QgsProcessingFeedback

    _kept = bc.qgis_with_vantage()  # the application and the provider, alive for the run
    import processing

    from vantage_plugin.core import service
    from vantage_plugin.core.validation import validate

    measured: list[dict] = []
    check_plots = service.check_plots
    seen = [0]

    def measuring(plots, engine, **kwargs):
        seen[0] += 1
        if 1 < seen[0] <= a["chunks"] + 1:
            today = kwargs.get("today")
            rest = {k: v for k, v in kwargs.items() if k != "today"}
            row: dict = {"plots": len(plots)}
            start = time.perf_counter()
            report = validate(plots, today=today)
            row["validate"] = time.perf_counter() - start
            service.check_validated(plots, report, engine, **rest)  # warms the tile cache
            start = time.perf_counter()
            output = service.check_validated(plots, report, engine, **rest)
            row["engine"] = time.perf_counter() - start
            beside: dict = {}

            def validating() -> None:
                begun = time.perf_counter()
                validate(plots, today=today)
                beside["validate"] = time.perf_counter() - begun

            start = time.perf_counter()
            thread = threading.Thread(target=validating)
            thread.start()
            service.check_validated(plots, report, engine, **rest)
            row["engine_beside"] = time.perf_counter() - start
            thread.join()
            row["both"] = time.perf_counter() - start
            row["validate_beside"] = beside["validate"]
            for name, obj in (("plots", list(plots)), ("results", list(output.results)), ("report", report)):
                row["move_" + name] = list(_round_trip(obj))
            row["columnar"] = _columnar(list(plots), output, report)
            measured.append(row)
        return check_plots(plots, engine, **kwargs)

    service.check_plots = measuring
    params = bc.check_parameters(a["plots"], a["result"], **bc.rasters_in(a["rasters"]))
    processing.run("vantage:checkplots", params, feedback=QgsProcessingFeedback())
    return {"chunks": measured}


def main() -> int:
    if bc.worker_main({"second_core": worker}):
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("plots", help="a GeoPackage of plots")
    p.add_argument("--rasters", required=True, help="the folder of the forest and loss-year rasters (*.tif)")
    p.add_argument("--chunks", type=int, default=2, help="chunks measured (from the second on)")
    p.add_argument("--timeout", type=float, default=1800)
    a = p.parse_args()
    print(f"# second_core: {bc.machine()}")
    with tempfile.TemporaryDirectory(prefix="second_core_") as work:
        args = {"plots": str(Path(a.plots).resolve()), "rasters": str(Path(a.rasters).resolve()),
                "chunks": a.chunks, "result": str(Path(work) / "result.gpkg")}
        env = bc.child_env(QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp(prefix="profile_", dir=work))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
        done = subprocess.run([sys.executable, __file__, "--worker", "second_core", json.dumps(args)], env=env,
                              capture_output=True, text=True, timeout=a.timeout)
        lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
        if done.returncode or not lines:
            print(f"ERROR {(done.stderr + done.stdout)[-800:]}")
            return 1
        chunks = json.loads(lines[-1])["chunks"]
    print(f"  {'chunk':>5} {'plots':>6} {'validate':>9} {'engine':>7} {'one after the other':>20} "
          f"{'thread beside':>14} {'÷':>5} {'(engine, validate beside)':>26} {'hand-over s':>12} {'MB':>5} "
          f"{'÷ work':>7} {'columnar s':>11} {'MB':>5} {'÷ work':>7}")
    sums = {"sequential": 0.0, "both": 0.0, "moved": 0.0, "columnar": 0.0}
    for k, c in enumerate(chunks, start=2):
        sequential = c["validate"] + c["engine"]
        moves = [c["move_" + name] for name in ("plots", "results", "report")]
        moved = sum(dumps + loads for dumps, loads, _ in moves)
        size = sum(size for _, _, size in moves) / 1e6
        sums["sequential"] += sequential
        sums["both"] += c["both"]
        sums["moved"] += moved
        columnar, columnar_size = c["columnar"][:2]
        sums["columnar"] += columnar
        for at, part in enumerate(("columnar plots", "columnar issues", "result columns")):
            sums[part] = sums.get(part, 0.0) + c["columnar"][2 + at]
        print(f"  {k:>5} {c['plots']:>6} {c['validate']:>9.2f} {c['engine']:>7.2f} {sequential:>20.2f} "
              f"{c['both']:>14.2f} {sequential / c['both']:>5.2f} "
              f"{'(' + format(c['engine_beside'], '.2f') + ', ' + format(c['validate_beside'], '.2f') + ')':>26} "
              f"{moved:>12.2f} {size:>5.0f} {moved / sequential:>7.2f} {columnar:>11.2f} {columnar_size / 1e6:>5.0f} "
              f"{columnar / sequential:>7.2f}")
    if sums["sequential"]:
        print(f"  all measured chunks: one after the other {sums['sequential']:.2f} s; "
              f"thread beside {sums['both']:.2f} s "
              f"({sums['sequential'] / sums['both']:.2f}×); a process's hand-over {sums['moved']:.2f} s "
              f"({sums['moved'] / sums['sequential']:.2f} of the work it would take over); as columns "
              f"{sums['columnar']:.2f} s ({sums['columnar'] / sums['sequential']:.2f}): "
              f"the plots {sums['columnar plots']:.2f} s, "
              f"the issues' table {sums['columnar issues']:.2f} s, the result columns {sums['result columns']:.2f} s "
              f"(work the writer does anyway), the pickling back the rest")
    print(bc.end_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
