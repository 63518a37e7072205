"""Chunks read in spatial order against file order: the same ``vantage:checkplots`` on plots spread over
the 10°×10° sparse setting (a share of the 1,000,000-plot file, random order), each run in its own
process, the two modes interleaved; time, CPU and peak RSS of the check itself (QGIS start-up excluded,
the same for both), and the result layers compared row by row.

    .venv/bin/python benchmarks/spatial_order.py                 # every 4th plot: 250,000 plots, 2 rounds
    .venv/bin/python benchmarks/spatial_order.py --every 10 --repeats 3
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
MODES = ("spatial", "file-order")


def worker(args: dict) -> dict:
    """Runs in its own process: one check with ``operations.SPATIAL_ORDER`` as asked."""
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    from vantage_plugin.processing.provider import VantageProvider
    from vantage_plugin.qgis_bridge import operations

    Processing.initialize()
    QgsApplication.processingRegistry().addProvider(VantageProvider())
    operations.SPATIAL_ORDER = args["mode"] == "spatial"
    params = {"INPUT": args["plots"], "ENGINE": 0, "FOREST_2020": args["forest"], "LOSS_YEAR": args["loss"],
              "FOREST_IS_JRC": False, "OUTPUT": args["result"]}
    wall, cpu = time.perf_counter(), time.process_time()
    out = processing.run("vantage:checkplots", params, feedback=QgsProcessingFeedback())
    return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "load": os.getloadavg()[0],
            "counts": {k: out.get(k) for k in ("PLOTS", "HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID")}}


def share(source: str, every: int, folder: Path) -> str:
    """Every ``every``-th plot of ``source`` (by fid) in a GeoPackage of its own, made once."""
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
    a = p.parse_args()
    out = Path(a.out)
    s = bd.settings()["million30"]
    files = bd.ensure(out, s, [MILLION])
    plots = share(files["plots"][MILLION]["given"], a.every, out / s.folder)
    print(bc.machine())
    print(f"=== {s.describe()}: every {a.every}th plot of the 1,000,000 (random order): {bd.describe_plots(plots)}")

    results = {mode: str(out / s.folder / f"result_spatial_order_{mode}.gpkg") for mode in MODES}

    def measure(mode: str, _round: int) -> dict:
        for stale in Path(results[mode]).parent.glob(Path(results[mode]).name + "*"):
            stale.unlink()
        args = {"mode": mode, "plots": plots, "forest": files["forest"], "loss": files["loss"],
                "result": results[mode]}
        with tempfile.TemporaryDirectory() as profile:  # a throw-away QGIS profile: no remembered catalog
            return bc.run_json([sys.executable, __file__, "--worker", "check", json.dumps(args)], a.timeout,
                               bc.child_env(QGIS_CUSTOM_CONFIG_PATH=profile))

    runs = bc.interleaved(MODES, a.repeats, measure)
    for mode in MODES:
        r = bc.median_run(runs[mode])
        if r is None:
            print(f"{mode:<12} error: {runs[mode][0].get('error', '')[-300:]!r}")
            return 1
        print(f"{mode:<12} {bc.median_of(runs[mode]):8.2f} s wall {bc.median_of(runs[mode], 'cpu'):8.2f} s CPU "
              f"{r.get('maxrss_mb', float('nan')):7.0f} MB peak   {r['counts']}")
    wall = bc.median_of(runs["file-order"]) / bc.median_of(runs["spatial"])
    cpu = bc.median_of(runs["file-order"], "cpu") / bc.median_of(runs["spatial"], "cpu")
    same = layer_digest(results["spatial"]) == layer_digest(results["file-order"])
    print(f"file order ÷ spatial order: {wall:.2f}× wall, {cpu:.2f}× CPU (medians); result layers identical: {same}")
    print(f"load after: {bc.machine()}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
