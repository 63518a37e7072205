"""The user's whole path: ``vantage:checkplots`` from the input file to the styled result GeoPackage,
against exactextract reading the same plots and writing its forest + loss statistics to a GeoPackage.

- ``plugin``: ``qgis_process.bin run vantage:checkplots`` (bundled engine, forest + loss; no protected
  areas; the country/state from QGIS's world map, as the plugin always does): reading, validation,
  analysis, writing and styling. QGIS's start-up is excluded by subtracting an empty-run baseline:
  the same command on a file of 1 plot (``plugin-baseline``), measured in the same interleaved rounds:
  ``net = median(plugin) − median(baseline)``. The baseline also holds the plugin's imports and the
  opening of the rasters, so ``net`` slightly favours the plugin.
- ``exactextract``: a Python process; inside its timer (imports excluded) it opens a new GeoPackage,
  starts a transaction, and writes exactextract's per-plot forest ``sum`` and loss ``unique`` + ``frac``
  (share of each year) with the
  plots' geometry and ``plot_id`` (``output="gdal"``; one call with both rasters on the 30 m grid, two
  calls — a ``forest`` and a ``loss`` layer — when the grids differ), then commits. Points are given
  to it as the plugin's discs (``bench_data``).
GDAL's block cache: ``--gdal-cache`` (default: GDAL's own, 5 % of the RAM; the plugin bounds its cache to
64 MB during a run whatever the environment says). Every process is measured by ``/usr/bin/time``
(wall, user + system CPU, peak RSS); rounds interleaved,
medians of ``--repeats``. ``--million`` runs the whole check on 1,000,000 plots once and prints its time
and peak RSS (the issue's target: ≤ 90 s and ≤ 1.5 GB).

    .venv/bin/python benchmarks/userpath.py                      # quick: 2,000 plots, 30 m and 10 m
    .venv/bin/python benchmarks/userpath.py --plots 10000,100000
    .venv/bin/python benchmarks/userpath.py --million            # adds the 1,000,000-plot run

``--phases FILE`` runs ``vantage:checkplots`` in-process (``processing.run``, QGIS's start-up outside the
timers) on the plots of FILE and prints wall and CPU time per phase (reading, validation, engine, result
columns, inserting, the cross-chunk step, merging the side tables…), for this tree and for each tree given
by ``--against`` (e.g. ``git archive`` of the previous round unpacked), interleaved, in worker processes,
then whether the result GeoPackages hold the same rows, styles and metadata::

    .venv/bin/python benchmarks/userpath.py --phases benchmarks/out/million30/plots_every10.gpkg \
        --rasters benchmarks/out/million30 --against /tmp/round7 --repeats 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import bench_common as bc  # noqa: E402
import bench_data as bd  # noqa: E402

MILLION = 1_000_000


def qgis_process() -> str:
    return shutil.which("qgis_process.bin", path="/usr/bin:/usr/lib/qgis") or "/usr/lib/qgis/qgis_process.bin"


def install_plugin(profile: Path) -> dict:
    """The plugin of this worktree, packaged and enabled in a throw-away QGIS profile."""
    sys.path.insert(0, str(REPO / "scripts"))
    import package  # scripts/package.py

    env = bc.child_env(QGIS_CUSTOM_CONFIG_PATH=str(profile))
    site = sysconfig.get_paths()["purelib"]  # shapely 2 comes from the venv running this script
    env["PYTHONPATH"] = os.pathsep.join([site, env["PYTHONPATH"]])
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    package.deploy(package.build(profile / "vantage_plugin.zip"), plugins)
    done = subprocess.run([qgis_process(), "plugins", "enable", "vantage_plugin"], env=env, capture_output=True,
                          text=True)
    if done.returncode and "already enabled" not in done.stdout + done.stderr:
        raise SystemExit(f"could not enable the plugin:\n{done.stdout}\n{done.stderr}")
    return env


def timed_process(cmd: list, env: dict, timeout: float) -> dict:
    """Wall, CPU (user + system) and peak RSS of a process and its children, from /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        try:
            proc = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats.name, *cmd], env=env,
                                  capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"error": f"timeout after {timeout:g} s"}
        fields = stats.read().split()[-4:]
    if proc.returncode:
        return {"error": (proc.stderr + proc.stdout)[-800:]}
    wall, user, system, rss_kb = (float(x) for x in fields)
    out = {"seconds": wall, "cpu": user + system, "maxrss_mb": rss_kb / 1024, "load": os.getloadavg()[0],
           "stdout": proc.stdout}
    return out


def run_plugin(env: dict, s: bd.Setting, files: dict, plots: str, result: Path, timeout: float) -> dict:
    for stale in result.parent.glob(result.name + "*"):
        stale.unlink()
    values = {"INPUT": plots, "ENGINE": "0", "FOREST_2020": files["forest"], "LOSS_YEAR": files["loss"],
              "FOREST_IS_JRC": "true" if s.jrc else "false", "OUTPUT": str(result)}
    out = timed_process([qgis_process(), "--json", "run", "vantage:checkplots", "--",
                         *[f"{k}={v}" for k, v in values.items()]], env, timeout)
    text = out.pop("stdout", "")
    if "error" not in out:
        try:
            results = json.loads(text[text.find("{"):])["results"]
            out["counts"] = {k: results.get(k) for k in ("PLOTS", "HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID",
                                                         "FAILED")}
        except ValueError:
            out["error"] = "no JSON answer: " + text[-300:]
    return out


def worker_exactextract(a: dict) -> dict:
    """Runs in its own process: exactextract from the plots' file to a GeoPackage of statistics."""
    from exactextract import exact_extract
    from osgeo import ogr

    out = a["result"]
    if os.path.exists(out):
        os.remove(out)
    with bc.Timer() as t:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
        ds.StartTransaction()
        common = {"output": "gdal", "include_cols": ["plot_id"]}
        if a["same_grid"]:
            exact_extract([a["forest"], a["loss"]], a["plots"], ["sum", "unique", "frac"], include_geom=True,
                          output_options={"dataset": ds, "layer_name": "stats"}, **common)
        else:
            exact_extract(a["forest"], a["plots"], ["sum"], include_geom=True,
                          output_options={"dataset": ds, "layer_name": "forest"}, **common)
            exact_extract(a["loss"], a["plots"], ["unique", "frac"],
                          output_options={"dataset": ds, "layer_name": "loss"},
                          **common)
        ds.CommitTransaction()
        ds = None
    check = ogr.Open(out)
    rows = check.GetLayer(0).GetFeatureCount()
    return {"seconds": t.seconds, "cpu": t.cpu, "rows": rows}


def run_exactextract(s: bd.Setting, files: dict, plots: str, result: Path, timeout: float) -> dict:
    args = {"forest": files["forest"], "loss": files["loss"], "plots": plots, "result": str(result),
            "same_grid": s.forest_res == bd.LOSS_RES}
    out = timed_process([sys.executable, __file__, "--worker", "exactextract", json.dumps(args)], bc.child_env(),
                        timeout)
    text = out.pop("stdout", "")
    if "error" in out:
        return out
    inner = json.loads([x for x in text.splitlines() if x.startswith("{")][-1])
    # the process's own figures (wall, CPU, RSS) stay as "process_*"; the timed part is the measurement
    out = {"seconds": inner["seconds"], "cpu": inner["cpu"], "rows": inner["rows"], "maxrss_mb": out["maxrss_mb"],
           "process_seconds": out["seconds"], "process_cpu": out["cpu"], "load": out["load"]}
    return out


def summary(n: int, runs: dict) -> str:
    med = {k: bc.median_of(v) for k, v in runs.items()}
    cpu = {k: bc.median_of(v, "cpu") for k, v in runs.items()}
    base, base_cpu = med.get("plugin-baseline"), cpu.get("plugin-baseline")
    lines = [f"{'':<22} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}   (medians; runs: "
             + ", ".join(f"{k} {len(v)}" for k, v in runs.items()) + ")"]
    for name, values in runs.items():
        r = bc.median_run(values)
        if r is None:
            lines.append(f"{name:<22} error: {values[0].get('error', '')[-300:]!r}")
            continue
        lines.append(f"{name:<22} {med[name]:8.2f} {bc.fmt(cpu[name]):>8} {r.get('maxrss_mb', float('nan')):8.0f}"
                     + (f"   {r['counts']}" if r.get("counts") else ""))
    net = med["plugin"] - base if med.get("plugin") and base else None
    net_cpu = cpu["plugin"] - base_cpu if cpu.get("plugin") and base_cpu else None
    ee = med.get("exactextract")
    if net is not None:
        lines.append(f"{'plugin net of start-up':<22} {net:8.2f} {bc.fmt(net_cpu):>8}   (plugin − baseline)")
    ratio = ee / net if ee and net and net > 0 else None
    cpu_ratio = cpu["exactextract"] / net_cpu if cpu.get("exactextract") and net_cpu and net_cpu > 0 else None
    lines.append(f"  [{bc.verdict(None if ratio is None else ratio >= 2)}] the user's path ≥ 2× exactextract to a "
                 f"GeoPackage: {bc.fmt(ratio)}× wall, {bc.fmt(cpu_ratio)}× CPU (exactextract ÷ plugin net)")
    return "\n".join(lines)


def million(env: dict, out: Path, timeout: float) -> None:
    s = bd.settings()["million30"]
    t = time.perf_counter()
    files = bd.ensure(out, s, [MILLION])
    print(f"\n=== 1,000,000 plots: {s.describe()} (data ready in {time.perf_counter() - t:.0f} s)", flush=True)
    print(f"    {bd.describe_plots(files['plots'][MILLION]['given'])}", flush=True)
    r = run_plugin(env, s, files, files["plots"][MILLION]["given"], out / s.folder / "result_million.gpkg", timeout)
    if "error" in r:
        print(f"  plugin: ERROR {r['error'][-500:]}")
        return
    print(f"  vantage:checkplots, whole process (QGIS start-up included, a few seconds): {r['seconds']:.1f} s wall, "
          f"{r['cpu']:.1f} s CPU, peak RSS {r['maxrss_mb']:.0f} MB; {r.get('counts')}")
    print(f"  [{bc.verdict(r['seconds'] <= 90)}] ≤ 90 s: {r['seconds']:.1f} s")
    print(f"  [{bc.verdict(r['maxrss_mb'] <= 1536)}] ≤ 1.5 GB peak RSS: {r['maxrss_mb'] / 1024:.2f} GB")


#: (module, attribute, phase) timed by ``--phases``: a phase's time includes the phases inside it.
PHASES = (
    ("vantage_plugin.qgis_bridge.operations", "plot_chunks", "read (chunks of plots)"),
    ("vantage_plugin.qgis_bridge.gpkg_reading", "spatial_chunks", "  chunks in spatial order"),
    ("vantage_plugin.core.gpkg_rows", "rows_by_fid", "  rows by fid"),
    ("vantage_plugin.qgis_bridge.gpkg_reading", "_decoded", "  geometries decoded"),
    ("vantage_plugin.core.service", "check_plots", "check (validation + engine)"),
    ("vantage_plugin.core.validation", "validate", "  validation"),
    ("vantage_plugin.core.engine.bundled", "run_bundled", "  engine"),
    ("vantage_plugin.core.chunks", "CrossChunk.add", "cross-chunk record"),
    ("vantage_plugin.qgis_bridge.results", "ResultStream.add", "result rows (build + insert)"),
    ("vantage_plugin.qgis_bridge.results", "result_columns", "  result columns"),
    ("vantage_plugin.core.analysis", "result_columns", "    analysis columns + JSON"),
    ("vantage_plugin.qgis_bridge.results", "plot_shapes", "  output shapes"),
    ("vantage_plugin.qgis_bridge.writing", "_insert", "  insert (blobs, executemany)"),
    ("vantage_plugin.qgis_bridge.writing", "gpkg_blobs", "    geometry blobs"),
    ("vantage_plugin.core.chunks", "Tally.add", "tally"),
    ("vantage_plugin.core.chunks", "CrossChunk.duplicate_id_issues", "cross-chunk duplicate ids"),
    ("vantage_plugin.qgis_bridge.operations", "_cross_pair_issues", "cross-chunk pairs"),
    ("vantage_plugin.qgis_bridge.results", "ResultStream.finish", "finish (merge, index, publish, style)"),
    ("vantage_plugin.qgis_bridge.writing", "SideTables.merge", "  side tables merged"),
    ("vantage_plugin.qgis_bridge.writing", "_index_rows", "  spatial index"),
)


def _timed(owner, name: str, spent: dict, phase: str, generator: bool = False) -> None:
    """Replace ``owner.name`` by a wrapper adding its wall, CPU and kernel (system CPU: e.g. the writes the
    kernel throttles when dirty pages pile up) time (a generator's: of each step) to ``spent[phase]``."""

    def add(before: tuple) -> None:
        wall, cpu, system = before
        mine = spent.setdefault(phase, [0.0, 0.0, 0, 0.0])
        mine[0] += time.perf_counter() - wall
        mine[1] += time.process_time() - cpu
        mine[2] += 1
        mine[3] += os.times().system - system

    bc.wrap_timed(owner, name, generator, lambda: (time.perf_counter(), time.process_time(), os.times().system), add)


def worker_phases(a: dict) -> dict:
    """Runs in its own process on the tree ``a["tree"]``: one ``vantage:checkplots`` in-process, timed by phase."""
    import importlib

    sys.path.insert(0, a["tree"])
    from qgis.core import QgsProcessingFeedback

    _kept = bc.qgis_with_vantage()  # the application and the provider, alive for the run
    import processing

    plugin = Path(sys.modules["vantage_plugin"].__file__)
    assert plugin.is_relative_to(a["tree"]), f"{plugin} is not the plugin of {a['tree']}"
    spent: dict = {}
    for module, attribute, phase in PHASES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, name):
            _timed(owner, name, spent, phase, generator=name == "plot_chunks")
    if a.get("chunk_plots"):
        from vantage_plugin.core import chunks

        chunks.CHUNK_PLOTS = a["chunk_plots"]
    params = bc.check_parameters(a["plots"], a["result"], **bc.rasters_in(a["rasters"]))
    system = os.times().system
    with bc.Timer() as t:
        done = processing.run("vantage:checkplots", params, feedback=QgsProcessingFeedback())
    system = os.times().system - system
    counts = {k: done.get(k) for k in ("PLOTS", "HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID", "FAILED")}
    return {"seconds": t.seconds, "cpu": t.cpu, "system": system, "maxrss_mb": bc.peak_mb(),
            "load": os.getloadavg()[0], "phases": spent, "counts": counts}


def same_layers(a: str, b: str) -> list[str]:
    """The tables whose rows (in rowid order) differ between GeoPackages ``a`` and ``b``, apart from times:
    the styles' ``update_time``, the metadata's ``timestamp`` and the date of the run in it."""
    import hashlib
    import re
    import sqlite3

    def timeless(value):
        return re.sub(r'"date": "[^"]*"', '"date": ""', value) if isinstance(value, str) else value

    def digest(path: str) -> dict:
        connection = sqlite3.connect(path)
        out = {}
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                          "'sqlite_%'"):
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in ("update_time", "last_change", "timestamp"))
            h = hashlib.sha256()
            for row in connection.execute(f'SELECT {kept} FROM "{name}" ORDER BY rowid'):
                h.update(repr(tuple(map(timeless, row))).encode())
            out[name] = (columns, h.hexdigest())
        connection.close()
        return out

    da, db = digest(a), digest(b)
    return sorted(name for name in set(da) | set(db) if da.get(name) != db.get(name))


def phases(a: argparse.Namespace) -> None:
    trees = {"this tree": str(REPO), **{f"against {k + 1}": str(Path(t).resolve()) for k, t in enumerate(a.against)}}
    sizes = [int(n) for n in str(a.chunk_plots).split(",") if int(n)] or [0]
    if len(sizes) > 1:  # each tree with each chunk size, as contenders of their own
        trees = {f"{name}, {n} a chunk": tree for name, tree in trees.items() for n in sizes}
    chunk_of = {name: (int(name.rsplit(", ", 1)[1].split()[0]) if len(sizes) > 1 else sizes[0]) for name in trees}
    work = Path(tempfile.mkdtemp(prefix="vantage-phases-"))
    results: dict = {name: [] for name in trees}
    print(f"=== phases of vantage:checkplots on {a.phases} (rasters: {a.rasters}); trees: {trees}", flush=True)
    for r in range(a.repeats):
        for name, tree in trees.items():
            args = {"tree": tree, "plots": str(Path(a.phases).resolve()), "rasters": str(Path(a.rasters).resolve()),
                    "chunk_plots": chunk_of[name],
                    "result": str(work / name.replace(" ", "_") / "result.gpkg")}
            Path(args["result"]).parent.mkdir(exist_ok=True)
            for stale in Path(args["result"]).parent.glob("result.gpkg*"):  # a new file each round, as run_plugin
                stale.unlink()  # (a file left by the round before would time the replacing of a layer instead)
            # QT_HASH_SEED: the saved style's XML attributes in one order (else in Qt's random hash order)
            env = bc.child_env(QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp(prefix="vantage-profile-", dir=work),
                               QT_HASH_SEED="0")
            env["PYTHONPATH"] = os.pathsep.join([tree, sysconfig.get_paths()["purelib"], env["PYTHONPATH"]])
            done = subprocess.run([sys.executable, __file__, "--worker", "phases", json.dumps(args)], env=env,
                                  capture_output=True, text=True, timeout=a.timeout)
            lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
            if done.returncode or not lines:
                print(f"  round {r + 1} {name}: ERROR {(done.stderr + done.stdout)[-600:]}")
                continue
            out = json.loads(lines[-1])
            results[name].append(out)
            print(f"  round {r + 1} {name}: {out['seconds']:.1f} s wall, {out['cpu']:.1f} s CPU, peak "
                  f"{out['maxrss_mb']:.0f} MB (load {out['load']:.1f}); {out['counts']}", flush=True)
    names = [name for name in trees if results[name]]
    # "kernel": the system part of the CPU time (reads, writes, page faults; on a VM whose disk falls behind,
    # the writes of a large result show up here)
    width = {name: max(16, len(name) + 6) for name in names}  # each contender's columns: its name fits
    print(f"\n{'phase (median of rounds)':<40}" + "".join(f"{n + ' wall':>{width[n]}}{n + ' CPU':>{width[n]}}"
                                                          f"{'kernel':>8}" for n in names))
    for _, _, phase in PHASES:
        cells = []
        for name in names:
            runs = [out["phases"][phase] for out in results[name] if phase in out["phases"]]
            cells += [(_median([x[0] for x in runs]), width[name]), (_median([x[1] for x in runs]), width[name]),
                      (_median([x[3] for x in runs if len(x) > 3]), 8)]
        print(f"{phase:<40}" + "".join(f"{bc.fmt(x):>{w}}" for x, w in cells))
    totals = []
    for name in names:
        totals += [_median([o["seconds"] for o in results[name]]),
                   _median([o["cpu"] for o in results[name]])]
    kernel = [_median([o["system"] for o in results[name] if "system" in o]) for name in names]
    print(f"{'whole check':<40}" + "".join(f"{bc.fmt(totals[2 * k]):>{width[n]}}{bc.fmt(totals[2 * k + 1]):>{width[n]}}"
                                          f"{bc.fmt(kernel[k]):>8}" for k, n in enumerate(names)))
    for k, name in enumerate(names[1:], start=1):  # > 1: the first is faster
        wall, cpu = totals[2 * k] / totals[0], totals[2 * k + 1] / totals[1]
        print(f"  {name} ÷ {names[0]}, whole check: {wall:.2f}× wall, {cpu:.2f}× CPU")
    ours = work / names[0].replace(" ", "_") / "result.gpkg" if names else None
    for name in names[1:]:
        theirs = work / name.replace(" ", "_") / "result.gpkg"
        differ = same_layers(str(ours), str(theirs))
        print(f"  result GeoPackage of {names[0]} vs {name}: " + ("identical (every table's rows)" if not differ else
                                                                  f"DIFFERENT tables: {differ}"))
    shutil.rmtree(work, ignore_errors=True)


def _median(values: list) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        if sys.argv[2] == "phases":
            print(json.dumps(worker_phases(json.loads(sys.argv[3]))))
            return 0
        print(json.dumps(worker_exactextract(json.loads(sys.argv[3]))))
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--settings", default="hansen30,jrc10")
    p.add_argument("--plots", default="2000", help="comma-separated plot counts (the issue's: 10000,100000)")
    p.add_argument("--full", action="store_true", help="2°×2° rasters")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--million", action="store_true", help="also the 1,000,000-plot check (time, peak RSS)")
    p.add_argument("--million-only", action="store_true", help="only the 1,000,000-plot check")
    p.add_argument("--out", default=str(bd.default_out()))
    p.add_argument("--timeout", type=float, default=3600)
    p.add_argument("--gdal-cache", type=int, default=0,
                   help="GDAL_CACHEMAX (MB) of every process; 0 (default): GDAL's default, 5 %% of the RAM, as a "
                        "user's exactextract gets it (the plugin bounds its own cache to 64 MB during a run)")
    p.add_argument("--phases", metavar="FILE", help="in-process phase timings of the check of FILE's plots")
    p.add_argument("--rasters", help="--phases: the folder of the forest and loss-year rasters (*.tif)")
    p.add_argument("--against", action="append", default=[], help="--phases: another tree to time the same way")
    p.add_argument("--chunk-plots", default="0",
                   help="--phases: plots per chunk (core.chunks.CHUNK_PLOTS), comma-separated: each tree with each "
                        "size, interleaved; 0 (default): the tree's own")
    a = p.parse_args()
    bc.set_gdal_cache(a.gdal_cache)
    out = Path(a.out)
    print(f"machine: {bc.machine()}")
    if a.phases:
        phases(a)
        print(f"\nload average after: {bc.machine().split(';')[0]}")
        return 0
    with tempfile.TemporaryDirectory(prefix="vantage-bench-profile-") as profile:
        env = install_plugin(Path(profile))
        if not a.million_only:
            sizes = [int(x) for x in a.plots.split(",") if x]
            for name in a.settings.split(","):
                s = bd.settings(a.full)[name]
                files = bd.ensure(out, s, [1, *sizes])
                print(f"\n=== {s.describe()}", flush=True)
                for n in sizes:
                    print(f"--- {bd.describe_plots(files['plots'][n]['given'])}", flush=True)
                    work = out / s.folder

                    def one(contender: str, r: int, s=s, files=files, n=n, work=work) -> dict:
                        if contender == "plugin":
                            return run_plugin(env, s, files, files["plots"][n]["given"], work / f"check_{n}.gpkg",
                                              a.timeout)
                        if contender == "plugin-baseline":
                            return run_plugin(env, s, files, files["plots"][1]["given"], work / "check_1.gpkg",
                                              a.timeout)
                        return run_exactextract(s, files, files["plots"][n]["polygons"], work / f"ee_{n}.gpkg",
                                                a.timeout)

                    runs = bc.interleaved(["plugin", "plugin-baseline", "exactextract"], a.repeats, one)
                    print(summary(n, runs), flush=True)
        if a.million or a.million_only:
            million(env, out, a.timeout)
    print(f"\nload average after: {bc.machine().split(';')[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
