"""Chunks read in spatial order against file order: the same ``vantage:checkplots`` on plots spread over
the 10°×10° sparse setting (a share of the 1,000,000-plot file, random order), each run in its own
process, the modes interleaved; time, CPU and peak RSS of the check itself (QGIS start-up excluded,
the same for all), the result file's size, and the result layers compared row by row. Modes: ``spatial``
(the plugin's path: chunks in spatial order, their rows kept in side tables and merged in fid order at the
end), ``spatial-in-place`` (spatial order, each chunk's rows inserted among the rows before: round six's
writing) and ``file-order``.

    .venv/bin/python benchmarks/spatial_order.py                 # every 4th plot: 250,000 plots, 2 rounds
    .venv/bin/python benchmarks/spatial_order.py --every 10 --repeats 3
    .venv/bin/python benchmarks/spatial_order.py --every 1 --repeats 1 --modes spatial,spatial-in-place
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_common as bc
import bench_data as bd

MILLION = 1_000_000
MODES = ("spatial", "spatial-in-place", "file-order")


def worker(args: dict) -> dict:
    """Runs in its own process: one check with ``operations.SPATIAL_ORDER`` as asked (``spatial-in-place``:
    spatial order with each chunk's rows inserted among the rows before, ``writing.SIDE_TABLES`` off)."""
    from qgis.core import QgsProcessingFeedback

    _kept = bc.qgis_with_vantage()  # the application and the provider, alive for the run
    import processing

    from vantage_plugin.qgis_bridge import operations, writing

    operations.SPATIAL_ORDER = args["mode"] != "file-order"
    writing.SIDE_TABLES = args["mode"] != "spatial-in-place"
    params = bc.check_parameters(args["plots"], args["result"], args["forest"], args["loss"])
    wall, cpu = time.perf_counter(), time.process_time()
    out = processing.run("vantage:checkplots", params, feedback=QgsProcessingFeedback())
    return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "load": os.getloadavg()[0],
            "counts": {k: out.get(k) for k in ("PLOTS", "HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID")}}


def share(source: str, every: int, folder: Path) -> str:
    """Every ``every``-th plot of ``source`` (by fid) in a GeoPackage of its own, made once (1: ``source``)."""
    if every <= 1:
        return source
    path = folder / f"plots_every{every}.gpkg"
    if not path.exists():
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(path), source, "-where", f"fid % {every} = 0", "-nln", "plots"],
                       check=True)
    return str(path)


def layer_digest(path: str) -> str:
    """A digest of every row of the result layer (fid, attributes, geometry blob) in fid order."""
    connection = sqlite3.connect(path)
    try:
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        digest = hashlib.sha256()
        for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY fid'):
            digest.update(repr(row).encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


def main() -> int:
    if bc.worker_main({"check": worker}):
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--every", type=int, default=4, help="every n-th plot of the 1,000,000-plot file")
    p.add_argument("--repeats", type=int, default=2)
    p.add_argument("--out", default=str(bd.default_out()))
    p.add_argument("--timeout", type=float, default=3600)
    p.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, the first the reference: {MODES}")
    a = p.parse_args()
    out = Path(a.out)
    s = bd.settings()["million30"]
    files = bd.ensure(out, s, [MILLION])
    plots = share(files["plots"][MILLION]["given"], a.every, out / s.folder)
    print(bc.machine())
    print(f"=== {s.describe()}: every {a.every}th plot of the 1,000,000 (random order): {bd.describe_plots(plots)}")

    modes = [mode.strip() for mode in a.modes.split(",") if mode.strip()]
    if not modes or any(mode not in MODES for mode in modes):
        p.error(f"--modes: some of {MODES}")
    results = {mode: str(out / s.folder / f"result_spatial_order_{mode}.gpkg") for mode in modes}

    def measure(mode: str, _round: int) -> dict:
        for stale in Path(results[mode]).parent.glob(Path(results[mode]).name + "*"):
            stale.unlink()
        args = {"mode": mode, "plots": plots, "forest": files["forest"], "loss": files["loss"],
                "result": results[mode]}
        with tempfile.TemporaryDirectory() as profile:  # a throw-away QGIS profile: no remembered catalog
            run = bc.run_json([sys.executable, __file__, "--worker", "check", json.dumps(args)], a.timeout,
                               bc.child_env(QGIS_CUSTOM_CONFIG_PATH=profile))
        if os.path.exists(results[mode]):
            run["size_mb"] = os.path.getsize(results[mode]) / 1e6
        return run

    runs = bc.interleaved(modes, a.repeats, measure)
    for mode in modes:
        r = bc.median_run(runs[mode])
        if r is None:
            print(f"{mode:<12} error: {runs[mode][0].get('error', '')[-300:]!r}")
            return 1
        print(f"{mode:<12} {bc.median_of(runs[mode]):8.2f} s wall {bc.median_of(runs[mode], 'cpu'):8.2f} s CPU "
              f"{r.get('maxrss_mb', float('nan')):7.0f} MB peak {r.get('size_mb', float('nan')):7.0f} MB file   "
              f"{r['counts']}")
    first, same = modes[0], True
    digest = layer_digest(results[first])
    for mode in modes[1:]:
        wall = bc.median_of(runs[mode]) / bc.median_of(runs[first])
        cpu = bc.median_of(runs[mode], "cpu") / bc.median_of(runs[first], "cpu")
        equal = layer_digest(results[mode]) == digest
        same = same and equal
        print(f"{mode} ÷ {first}: {wall:.2f}× wall, {cpu:.2f}× CPU (medians); result layers identical: {equal}")
    print(f"load after: {bc.machine()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
