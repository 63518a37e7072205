"""Writing the result layer: ``ResultStream.add`` … ``finish`` (rows built, written to the temporary
GeoPackage, read back, published, styled) in bulk against the row-by-row path, in one process.

The chunks are those ``vantage:checkplots`` gives the writer on the benchmark's plots (30 m setting,
bundled engine): the check runs once through Processing and every chunk handed to ``ResultStream.add``
is kept. Then the writing step is replayed ``--repeats`` times for each contender, interleaved:

- ``bulk``: the plugin's path (columns per chunk, one ``executemany`` per chunk, ``StreamedLayer.add_columns``);
- ``row-by-row``: the same ``ResultStream`` with ``add_columns`` switched off: ``results.result_rows`` and
  one ``QgsVectorFileWriter.addFeature`` per plot (the path before bulk writing, kept as the fallback).

- ``bulk (baseline)`` (with ``--baseline DIR``): the bulk path of another checkout's plugin (e.g. ``/work/main``),
  imported from a copy of its ``vantage_plugin`` under another package name, so old and new run in one process.

Both layers are compared (every value, geometry blob and feature id) before the times are printed:
wall and process CPU, medians, and their ratio.

    .venv/bin/python benchmarks/writing.py                  # 10,000 plots, 5 rounds
    .venv/bin/python benchmarks/writing.py --plots 2000 --repeats 3
    .venv/bin/python benchmarks/writing.py --full --data /work/main/benchmarks/out --plots 100000 \
        --repeats 3 --no-rows --baseline /work/main     # 100,000 plots (2°×2° rasters), before/after
    .venv/bin/python benchmarks/writing.py --baseline /work/main --edge-cases   # the tests' edge cases too
"""

from __future__ import annotations

import argparse
import gc
import glob
import importlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_common as bc  # noqa: E402
import bench_data as bd  # noqa: E402


def capture(files: dict, n: int, out: Path) -> dict:
    """Run ``vantage:checkplots`` once and keep what ``ResultStream`` was given."""
    from qgis.core import QgsProcessingFeedback

    _provider = bc.vantage_provider()  # kept alive for the run
    import processing

    from vantage_plugin.qgis_bridge import results

    kept: dict = {"chunks": []}
    init, add = results.ResultStream.__init__, results.ResultStream.add

    def keep_init(self, path, layer_name, source_fields, wkb_type, **kw):
        kept.update(fields=source_fields, wkb_type=wkb_type, layer_name=layer_name)
        init(self, path, layer_name, source_fields, wkb_type, **kw)

    def keep_add(self, plots, outcomes):
        kept["chunks"].append((list(plots), list(outcomes)))
        add(self, plots, outcomes)

    results.ResultStream.__init__, results.ResultStream.add = keep_init, keep_add
    try:
        processing.run("vantage:checkplots", bc.check_parameters(files["plots"][n]["given"], str(out / "check.gpkg"),
                                                                  files["forest"], files["loss"]),
                       feedback=QgsProcessingFeedback())
    finally:
        results.ResultStream.__init__, results.ResultStream.add = init, add
    return kept


def baseline_package(checkout: Path, into: Path) -> str:
    """Copy ``checkout``'s ``vantage_plugin`` into ``into`` as ``vantage_baseline`` (its imports are relative)
    and return that package name."""
    shutil.copytree(checkout / "vantage_plugin", into / "vantage_baseline",
                    ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    sys.path.insert(0, str(into))
    return "vantage_baseline"


def write(kept: dict, path: Path, bulk: bool, package: str = "vantage_plugin") -> dict:
    """Time the writing step (ResultStream made, every chunk added, finished) in this process."""
    results = importlib.import_module(f"{package}.qgis_bridge.results")
    writing = importlib.import_module(f"{package}.qgis_bridge.writing")

    original = writing.StreamedLayer.add_columns
    if not bulk:
        writing.StreamedLayer.add_columns = lambda self, *args, **kw: False
    for old in glob.glob(str(path) + "*"):
        os.remove(old)
    gc.collect()
    try:
        with bc.Timer() as timer:
            stream = results.ResultStream(str(path), kept["layer_name"], kept["fields"], kept["wkb_type"])
            for plots, outcomes in kept["chunks"]:
                stream.add(plots, outcomes)
            outcome = stream.finish()
    finally:
        writing.StreamedLayer.add_columns = original
    return {"seconds": timer.seconds, "cpu": timer.cpu, "written": outcome.written, "load": os.getloadavg()[0]}


def table(path: Path) -> dict:
    """What the written layer holds: its rows (every column, geometry blobs, feature ids), its entries in
    ``gpkg_contents`` (the extent) and ``gpkg_ogr_contents`` (the count), and its spatial index (the R-tree's
    rows: ids and boxes, and SQLite's ``rtreecheck`` of it; not its node layout, which depends on how the
    rows were put in it)."""
    connection = sqlite3.connect(str(path))
    try:
        name, column = connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        held = {"rows": connection.execute(f'SELECT * FROM "{name}" ORDER BY fid').fetchall()}
        for side in ("gpkg_contents", "gpkg_ogr_contents"):
            held[side] = connection.execute(f"SELECT * FROM {side} WHERE table_name = ?", (name,)).fetchall()
        held["gpkg_contents"] = [row[:4] + row[5:] for row in held["gpkg_contents"]]  # without last_change
        rtree = f"rtree_{name}_{column}"
        held[rtree] = connection.execute(f'SELECT * FROM "{rtree}" ORDER BY id').fetchall()
        held["rtreecheck"] = connection.execute("SELECT rtreecheck(?)", (rtree,)).fetchone()
        return held
    finally:
        connection.close()


def edge_cases(baseline: str, out: Path) -> bool:
    """Write the edge-case chunks of ``tests/qgis/qgis_bridge/test_bulk_write.py`` (and chunks of random
    results: API, invalid, NaN, unicode…, from ``tests/unit/core/test_analysis_columns.py``) with this
    checkout's package and the ``baseline`` one; True when every layer is the same (:func:`table`)."""
    import copy
    import random

    from qgis.core import QgsWkbTypes

    sys.path.insert(0, str(REPO / "tests" / "unit" / "core"))
    chunks_of = importlib.import_module("tests.qgis.qgis_bridge.test_bulk_write")
    random_results = importlib.import_module("test_analysis_columns")

    def random_chunk(start: int, count: int, seed: int) -> tuple:
        rng = random.Random(seed)
        plots, outcomes = chunks_of._chunk(start, count, [2021])
        return plots, [random_results._random_result(rng, outcome.plot_index) for outcome in outcomes]

    cases = {
        "test_bulk_write chunks (columns added, dates, refused rows)": chunks_of._chunks(),
        "six chunks": [chunks_of._chunk(start, 27, [2021]) for start in range(0, 27 * 6, 27)],
        "random results (API, invalid, NaN, unicode)": [random_chunk(0, 200, 1), random_chunk(200, 100, 2)],
    }
    same = True
    for name, chunks in cases.items():
        held = []
        for package in ("vantage_plugin", baseline):
            results = importlib.import_module(f"{package}.qgis_bridge.results")
            path = out / f"edge_{package}.gpkg"
            stream = results.ResultStream(str(path), chunks_of.LAYER, chunks_of._source_fields(),
                                          QgsWkbTypes.MultiPolygon)
            for plots, outcomes in copy.deepcopy(chunks):
                stream.add(plots, outcomes)
            outcome = stream.finish()
            held.append((table(path), outcome.written, outcome.skipped))
            os.remove(path)
        same = same and held[0] == held[1]
        print(f"  edge cases, {name}: {held[0][1]} rows, {len(held[0][2])} skipped; "
              f"{'the same layer' if held[0] == held[1] else 'FAIL: the layers differ'}")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plots", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="the 2°×2° variant of the setting (hansen30_full)")
    parser.add_argument("--data", type=Path, default=None, help="folder of the benchmark data (read only)")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout (e.g. /work/main): its bulk path is timed too")
    parser.add_argument("--no-rows", action="store_true", help="time the row-by-row path in the first round only")
    parser.add_argument("--edge-cases", action="store_true",
                        help="with --baseline: also compare the layers of the tests' edge-case chunks")
    args = parser.parse_args()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    setting = bd.settings(args.full)["hansen30"]
    files = bd.ensure(args.data, setting, [args.plots])
    out = Path(tempfile.mkdtemp(prefix="vantage-writing-"))
    packages = {"bulk": "vantage_plugin", "row-by-row": "vantage_plugin"}
    if args.baseline is not None:
        packages["bulk (baseline)"] = baseline_package(args.baseline, out)
    if args.edge_cases and args.baseline is not None and not edge_cases(packages["bulk (baseline)"], out):
        return 1
    started = time.perf_counter()
    kept = capture(files, args.plots, out)
    print(f"writing the result layer of {args.plots:,} plots ({setting.describe()}); "
          f"{len(kept['chunks'])} chunk(s), check run once in {time.perf_counter() - started:.1f} s")
    print(bc.machine())
    paths = {name: out / f"{name.replace(' ', '_').strip('()')}.gpkg" for name in packages}
    runs = bc.interleaved(list(paths), args.repeats,
                          lambda name, _: write(kept, paths[name], name != "row-by-row", packages[name]),
                          once=["row-by-row"] if args.no_rows else ())
    for name in paths:
        if name != "bulk" and table(paths["bulk"]) != table(paths[name]):
            print(f"FAIL: the bulk layer differs from the {name} layer")
            return 1
    print("the layers hold the same rows (values, geometry blobs, feature ids), extent, count and spatial index "
          "rows (rtreecheck ok)")
    wall = {name: bc.median_of(r) for name, r in runs.items()}
    cpu = {name: bc.median_of(r, "cpu") for name, r in runs.items()}
    for name in paths:
        print(f"  {name:15s} wall {bc.fmt(wall[name])} s   CPU {bc.fmt(cpu[name])} s   "
              f"(median of {len(runs[name])})")
    if "bulk (baseline)" in wall:
        print(f"  baseline / bulk: wall {bc.fmt(wall['bulk (baseline)'] / wall['bulk'])}×, "
              f"CPU {bc.fmt(cpu['bulk (baseline)'] / cpu['bulk'])}×")
    print(f"  row-by-row / bulk: wall {bc.fmt(wall['row-by-row'] / wall['bulk'])}×, "
          f"CPU {bc.fmt(cpu['row-by-row'] / cpu['bulk'])}×; target ≤ 0.5 s at 10,000 plots: "
          f"{bc.verdict(wall['bulk'] <= 0.5) if args.plots == 10_000 else 'n/a'}")
    print(bc.machine())
    shutil.rmtree(out, ignore_errors=True)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
