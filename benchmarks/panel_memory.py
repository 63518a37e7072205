"""The panel's check at scale: peak memory and time of the check the panel runs against Processing's.

Processing's ``vantage:checkplots`` keeps only counts (``operations.check_to_file(keep=False)``); the panel
must keep what it shows after the check (the problems, the Results tab's counts, the way back to each
plot). Each contender runs in its own process (peak RSS is per process), in-process without QGIS's
GUI, on the same GeoPackage and rasters (bundled engine, forest + loss, no protected areas):

- ``panel``: what the panel's task runs (``gui.check_outcome.check_and_count``: ``operations.check_job``
  with the panel's compact keeper, then the status, the grouped problems and the Results tab's counts).
- ``keep-all``: ``check_to_file(keep=True)``, every plot, result and issue kept as objects (the panel's
  way before round eight), then the same counting.
- ``processing``: ``check_to_file(keep=False)``, counts only.

For each it prints wall and CPU time, peak RSS (VmHWM) and what the process still holds once the check
has returned (RSS after minus RSS before: what the panel keeps while it shows the outcome), split by
glibc's ``mallinfo2`` into what the C allocator has handed out (``in use``: live objects, Python's and
the libraries') and what it holds free without giving it back to the system (``free kept``), each as
after minus before, and what it still holds once free memory is handed back (``held after trim``:
``runs.release_free_memory``). Rounds are interleaved; medians of ``--repeats``.

    QT_QPA_PLATFORM=offscreen PATH=/usr/bin:$PATH .venv/bin/python benchmarks/panel_memory.py
    ... benchmarks/panel_memory.py --sizes 10k,100k --repeats 1
    ... benchmarks/panel_memory.py --sizes 1m --contenders panel,processing
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import bench_common as bc  # noqa: E402
import spatial_order  # noqa: E402

CONTENDERS = ("panel", "keep-all", "processing")


def _out() -> Path:
    for root in (HERE / "out", Path("/work/main/benchmarks/out")):
        if (root / "hansen30").is_dir():
            return root
    return HERE / "out"


def data(size: str) -> dict:
    """The plots file and rasters of a size: ``10k`` (hansen30, 10,000 plots), ``100k`` (million30's
    every 10th plot over 10°×10°), ``1m`` (all of million30: run ``--contenders panel,processing``, as
    keeping every object needs several GB)."""
    out = _out()
    if size == "10k":
        folder, plots, tag = out / "hansen30", out / "hansen30" / "plots_hansen30_10000.gpkg", "hansen30"
    elif size == "100k":  # made from the million file when missing, as spatial_order.py makes its shares
        folder, tag = out / "million30", "million30"
        million = folder / "plots_million30_1000000.gpkg"
        plots = folder / "plots_every10.gpkg"
        if not plots.exists() and million.exists():
            plots = Path(spatial_order.share(str(million), 10, folder))
    elif size == "1m":
        folder, plots, tag = out / "million30", out / "million30" / "plots_million30_1000000.gpkg", "million30"
    else:
        raise SystemExit(f"unknown size {size!r} (10k, 100k, 1m)")
    forest = folder / f"Hansen_GFC-2023-v1.11_treecover2000_bench_{tag}.tif"
    loss = folder / f"Hansen_GFC-2023-v1.11_lossyear_bench_{tag}.tif"
    for path in (plots, forest, loss):
        if not path.exists():
            raise SystemExit(f"missing {path}: make the benchmark data first (benchmarks/userpath.py, --million)")
    return {"plots": str(plots), "forest": str(forest), "loss": str(loss)}


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                     "fsmblks", "uordblks", "fordblks", "keepcost")]


def _malloc_mb() -> tuple[float, float]:
    """(in use, free kept) by glibc's allocator, MB (``mallinfo2``: ``uordblks + hblkhd``, ``fordblks``);
    NaN where the C library has no ``mallinfo2`` (glibc < 2.33, other systems)."""
    try:
        mallinfo2 = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return float("nan"), float("nan")
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20, info.fordblks / 2**20


def worker(a: dict) -> dict:
    """One check in this process (``a``: contender, plots, forest, loss, out)."""
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from vantage_plugin.core.engines import ENGINE_BUNDLED
    from vantage_plugin.gui import check_outcome
    from vantage_plugin.gui.problems_view import group_report
    from vantage_plugin.gui.results_view import tally_results
    from vantage_plugin.qgis_bridge import operations
    from vantage_plugin.qgis_bridge.layers import guess_mapping

    layer = QgsVectorLayer(a["plots"], "plots", "ogr")
    source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
    bundled = {"catalog_path": "", "overrides": {"forest_2020": a["forest"], "loss_year": a["loss"]}}
    path = str(Path(a["out"]) / f"result_{a['contender']}.gpkg")
    gc.collect()
    before = _rss_mb()
    used_before, free_before = _malloc_mb()
    with bc.Timer() as t:
        if a["contender"] == "panel":
            held = check_outcome.check_and_count(source=source, engine=ENGINE_BUNDLED, path=path,
                                                 layer_name="run", bundled=bundled)
        else:
            options = operations.bundled_options(**bundled)
            keep = a["contender"] == "keep-all"
            done = operations.check_to_file(source, ENGINE_BUNDLED, path, "run", bundled=options, keep=keep)
            held = {"done": done}
            if keep:  # what the panel counted from the kept objects before round eight
                results = done.output.results
                held["status"] = check_outcome.check_status(results, done.summary, done.output.run.status)
                held["tally"] = tally_results(results)
                held["groups"] = group_report(done.output.report.issues)
    gc.collect()
    kept = _rss_mb() - before
    used, free = _malloc_mb()
    from vantage_plugin.core.runs import release_free_memory

    release_free_memory()
    trimmed = _rss_mb() - before
    plots = held["done"].plot_count if "done" in held else held["summary"]["plots"]
    del held
    return {"seconds": t.seconds, "cpu": t.cpu, "held_mb": kept, "plots": plots, "in_use_mb": used - used_before,
            "free_kept_mb": free - free_before, "trimmed_mb": trimmed}


def main() -> int:
    if bc.worker_main({"check": worker}):
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10k,100k", help="10k and/or 100k (comma separated)")
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--contenders", default=",".join(CONTENDERS))
    p.add_argument("--timeout", type=float, default=1800)
    a = p.parse_args()
    contenders = [c for c in a.contenders.split(",") if c]
    print(f"# panel_memory: {bc.machine()}")
    with tempfile.TemporaryDirectory(prefix="panel_memory_") as work:
        for size in [s for s in a.sizes.split(",") if s]:
            files = data(size)
            print(f"## {size}: {files['plots']}")

            def one(contender: str, r: int, files: dict = files) -> dict:
                args = dict(files, contender=contender, out=work)
                out = bc.run_json([sys.executable, __file__, "--worker", "check", json.dumps(args)], a.timeout)
                for stale in Path(work).glob("result_*"):
                    stale.unlink()
                return out

            runs = bc.interleaved(contenders, a.repeats, one)
            base = bc.median_run(runs.get("processing", []))
            print(f"  {'contender':<11} {'plots':>8} {'wall s':>8} {'CPU s':>8} {'peak MB':>9} {'held MB':>8} "
                  f"{'peak/processing':>16} {'in use MB':>10} {'free kept MB':>13} {'held after trim MB':>19}")
            for name in contenders:
                r = bc.median_run(runs[name])
                if r is None:
                    print(f"  {name:<11} ERROR")
                    continue
                ratio = r["maxrss_mb"] / base["maxrss_mb"] if base else None
                print(f"  {name:<11} {r['plots']:>8} {r['seconds']:>8.2f} {r['cpu']:>8.2f} {r['maxrss_mb']:>9.0f} "
                      f"{r['held_mb']:>8.0f} {bc.fmt(ratio):>16} {r.get('in_use_mb', float('nan')):>10.0f} "
                      f"{r.get('free_kept_mb', float('nan')):>13.0f} {r.get('trimmed_mb', float('nan')):>19.0f}")
    print(bc.end_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
