"""The bundled engine against the tools a user would otherwise use, every contender timed the same way.

From files on disk to per-plot statistics in memory, each measurement in its own process, the rounds
interleaved (the order rotates each round), medians of ``--repeats`` (≥ 3). Wall time and the process's
CPU time (all threads) inside the timer; imports and QGIS's start-up are outside every timer. GDAL's
block cache: GDAL's default (5 % of the RAM) for the other tools, the engine's own 64 MB bound for the
engine; ``--gdal-cache MB`` sets one size for all (``GDAL_CACHEMAX`` and the engine's bound).

Contenders (data: ``bench_data.py``; settings ``hansen30``, ``jrc10``, ``tile10``):
- ``engine``: the plugin's reader (``qgis_bridge.operations.read_plots`` on the GeoPackage, inside the
  timer) and ``run_bundled``: exact coverage, forest 2020, loss by year up to each harvest date, risk,
  protected areas, country/state (QGIS's world map, as the plugin's catalog does).
- ``exactextract-*``: forest ``sum`` and loss ``unique`` + ``frac`` (coverage-weighted share of each year) in memory
  (``output="geojson"``;
  pandas is not installed); modes ``fs`` feature-sequential, ``rs`` raster-sequential (two calls, one per
  raster), ``list`` one call with both rasters (same grid only). The fastest mode counts.
- ``rasterstats``: forest ``sum`` and loss ``categorical`` (pixel centres, not exact).
- ``qgis-gpkg`` / ``qgis-memory``: the chain a QGIS user builds: ``native:zonalstatisticsfb`` (forest sum)
  → ``native:zonalhistogram`` (loss years) → ``native:calculatevectoroverlaps`` (Overlap analysis with
  the protected areas); GeoPackage inputs, or layers already in memory (loading them is not timed).
- ``engine-nopa``: the same engine with no protected areas / indigenous lands in its catalog: the same
  forest + loss statistics (and country/state) as exactextract computes, without the overlaps exactextract
  does not compute; a row of its own beside the headline ``engine`` (which keeps the protected areas).
- ``engine-base`` (with ``--baseline DIR``): the engine of another checkout (e.g. ``/work/main``), timed
  the same way in the same rounds, for before/after figures from one run.
- ``floor``: the decode floor: a bare ``ReadBlock`` loop over the forest and loss blocks the plots'
  bounding boxes touch (boxes computed outside the timer).
Accuracy (not timed): forest 2020 and deforestation (loss in forest from 2021 to the harvest year)
per plot against exactextract's exact coverage fractions × exact ellipsoidal cell areas.

    .venv/bin/python benchmarks/engine.py                      # quick: 2,000 plots, 3 settings
    .venv/bin/python benchmarks/engine.py --full               # 10,000 and 100,000 plots, 2° rasters
    .venv/bin/python benchmarks/engine.py --settings jrc10 --plots 10000 --repeats 5
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Optional

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_common as bc  # noqa: E402
import bench_data as bd  # noqa: E402

EE_MODES = ("exactextract-fs", "exactextract-rs", "exactextract-list")
CONTENDERS = ("engine", "engine-nopa", "engine-base", *EE_MODES, "rasterstats", "qgis-gpkg", "qgis-memory", "floor")
SLOW = ("rasterstats", "qgis-gpkg", "qgis-memory")


def _files(a: dict) -> dict:
    s = bd.settings(a["full"])[a["setting"]]
    files = bd.ensure(Path(a["out"]), s, [a["n"]])
    return {"setting": s, "forest": files["forest"], "loss": files["loss"], "pa": files["pa"],
            "given": files["plots"][a["n"]]["given"], "polygons": files["plots"][a["n"]]["polygons"]}


# --- workers (each runs in its own process) -------------------------------------------------------
def start_qgis():
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def worker_engine(a: dict) -> dict:
    if a.get("name") == "engine-base":  # another checkout's engine (--baseline), imported first
        sys.path.insert(0, a["baseline"])
    f = _files(a)
    s = f["setting"]
    app = None
    try:
        app = start_qgis()
        from qgis.core import QgsVectorLayer

        from vantage_plugin.qgis_bridge.layers import guess_mapping
        from vantage_plugin.qgis_bridge.operations import read_plots, source_from_layer
        reader = "plugin (qgis_bridge.operations.read_plots: the panel's reader)"
    except ImportError:
        reader = "pure OGR (QGIS missing)"
    from vantage_plugin.core.engine.bundled import run_bundled
    from vantage_plugin.core.engine.catalog import DataSource, find_world_map
    from vantage_plugin.core.engine.options import BundledOptions

    world = find_world_map("/usr/share/qgis")
    cache = {"gdal_cache_mb": a["gdal_cache"]} if a.get("gdal_cache") else {}
    areas = None if a.get("name") == "engine-nopa" else DataSource(f["pa"])
    opts = BundledOptions(forest_2020=DataSource(f["forest"]), forest_is_jrc=s.jrc, loss_year=DataSource(f["loss"]),
                          protected_areas=areas, admin=DataSource(world) if world else None, **cache)
    with bc.Timer() as total:
        with bc.Timer() as read:
            if app is not None:
                layer = QgsVectorLayer(f["given"] + "|layername=plots", "plots", "ogr")
                plots = read_plots(source_from_layer(layer, guess_mapping(layer.fields())))
            else:
                plots = ogr_plots(f["given"])
        results, run = run_bundled(plots, opts)
    by_id = {}
    for plot, r in zip(plots, results):
        a_ = r.analysis or {}
        defo = (a_.get("deforestation") or {}).get("total")
        by_id[int(plot.user_id)] = (a_.get("areaHa") or np.nan, a_.get("forest_area_2020") or 0.0,
                                    defo if defo is not None else np.nan)
    table = np.full((a["n"], 3), np.nan)
    for k, v in by_id.items():
        table[k] = v
    np.save(a["result"], table)
    return {"seconds": total.seconds, "cpu": total.cpu, "read_s": read.seconds, "status": run.status,
            "steps": {st.name: round(st.seconds, 3) for st in run.steps}, "reader": reader,
            "ok": sum(r.status == "ok" for r in results), "admin": bool(world)}


def ogr_plots(path: str) -> list:
    """Plots read with OGR alone (used only when PyQGIS is missing)."""
    import shapely
    from osgeo import ogr

    from vantage_plugin.core.plots import Plot

    ds = ogr.Open(path)
    out = []
    for k, f in enumerate(ds.GetLayer(0)):
        out.append(Plot(index=k, geometry=shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())),
                        user_id=str(f.GetField("plot_id")), commodity=f.GetField("commodity"),
                        harvest_date=f.GetField("harvest_date"), point_ha=f.GetField("point_ha")))
    return out


def worker_exactextract(a: dict) -> dict:
    from exactextract import exact_extract

    f = _files(a)
    mode = a["name"].rsplit("-", 1)[1]
    if mode == "list" and f["setting"].forest_res != bd.LOSS_RES:
        return {"error": "skipped: one call needs both rasters on one grid"}
    with bc.Timer() as t:
        if mode == "list":
            rows = exact_extract([f["forest"], f["loss"]], f["polygons"], ["sum", "unique", "frac"], output="geojson")
        else:
            strategy = "feature-sequential" if mode == "fs" else "raster-sequential"
            rows = exact_extract(f["forest"], f["polygons"], ["sum"], output="geojson", strategy=strategy)
            exact_extract(f["loss"], f["polygons"], ["unique", "frac"], output="geojson", strategy=strategy)
    return {"seconds": t.seconds, "cpu": t.cpu, "rows": len(rows)}


def worker_rasterstats(a: dict) -> dict:
    from rasterstats import zonal_stats

    f = _files(a)
    with bc.Timer() as t:
        zonal_stats(f["polygons"], f["forest"], stats=["sum"], nodata=255)
        zonal_stats(f["polygons"], f["loss"], categorical=True, nodata=255)
    return {"seconds": t.seconds, "cpu": t.cpu}


def worker_qgis(a: dict) -> dict:
    f = _files(a)
    start_qgis()
    import processing
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms
    from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

    Processing.initialize()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    memory = a["name"] == "qgis-memory"
    if memory:  # the layers are already in QGIS: loading them is not timed
        plots_in = QgsVectorLayer(f["polygons"], "plots", "ogr").materialize(QgsFeatureRequest())
        pa_in = QgsVectorLayer(f["pa"], "pa", "ogr").materialize(QgsFeatureRequest())
    else:
        plots_in, pa_in = f["polygons"], f["pa"]
    steps = {}
    with bc.Timer() as t:
        with bc.Timer() as s1:
            r = processing.run("native:zonalstatisticsfb", {
                "INPUT": plots_in, "INPUT_RASTER": f["forest"], "RASTER_BAND": 1, "COLUMN_PREFIX": "f_",
                "STATISTICS": [1], "OUTPUT": "TEMPORARY_OUTPUT"})
        with bc.Timer() as s2:
            r = processing.run("native:zonalhistogram", {
                "INPUT_VECTOR": r["OUTPUT"], "INPUT_RASTER": f["loss"], "RASTER_BAND": 1, "COLUMN_PREFIX": "l_",
                "OUTPUT": "TEMPORARY_OUTPUT"})
        with bc.Timer() as s3:
            r = processing.run("native:calculatevectoroverlaps", {
                "INPUT": r["OUTPUT"], "LAYERS": [pa_in], "OUTPUT": "TEMPORARY_OUTPUT"})
        count = r["OUTPUT"].featureCount()
    steps = {"zonalstatisticsfb": round(s1.seconds, 2), "zonalhistogram": round(s2.seconds, 2),
             "calculatevectoroverlaps": round(s3.seconds, 2)}
    return {"seconds": t.seconds, "cpu": t.cpu, "steps": steps, "rows": count}


def touched_blocks(path: str, boxes: np.ndarray) -> list[tuple[int, int]]:
    from osgeo import gdal

    ds = gdal.Open(path)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    bw, bh = ds.GetRasterBand(1).GetBlockSize()
    nbx, nby = -(-ds.RasterXSize // bw), -(-ds.RasterYSize // bh)
    c0 = np.clip(np.floor((boxes[:, 0] - x0) / dx).astype(int) // bw, 0, nbx - 1)
    c1 = np.clip(np.floor((boxes[:, 2] - x0) / dx).astype(int) // bw, 0, nbx - 1)
    r0 = np.clip(np.floor((boxes[:, 3] - y0) / dy).astype(int) // bh, 0, nby - 1)
    r1 = np.clip(np.floor((boxes[:, 1] - y0) / dy).astype(int) // bh, 0, nby - 1)
    blocks = set()
    for a0, a1, b0, b1 in zip(c0, c1, r0, r1):
        for by in range(b0, b1 + 1):
            for bx in range(a0, a1 + 1):
                blocks.add((int(by), int(bx)))
    return sorted(blocks)


def worker_floor(a: dict) -> dict:
    """Decode every block the plots touch, once, in row order: the least any reader must do."""
    import shapely
    from osgeo import gdal, ogr

    f = _files(a)
    ds = ogr.Open(f["polygons"])
    boxes = np.array([shapely.bounds(shapely.from_wkb(bytes(x.GetGeometryRef().ExportToWkb())))
                      for x in ds.GetLayer(0)])
    plan = [(p, touched_blocks(p, boxes)) for p in (f["forest"], f["loss"])]
    if a.get("gdal_cache"):
        gdal.SetCacheMax(a["gdal_cache"] * 1024 * 1024)
    with bc.Timer() as t:
        for path, blocks in plan:
            raster = gdal.Open(path)
            band = raster.GetRasterBand(1)
            for by, bx in blocks:
                band.ReadBlock(bx, by)
    return {"seconds": t.seconds, "cpu": t.cpu, "blocks": {Path(p).name: len(b) for p, b in plan}}


def worker_reference(a: dict) -> dict:
    """Untimed accuracy reference on a regular sample of plots: per plot, Σ coverage × cell area of
    forest 2020 and of deforestation (forest 2020 with loss in 2021 .. the harvest year), on the forest
    grid, the loss year read at each forest cell's centre."""
    from exactextract import exact_extract
    from osgeo import gdal

    from vantage_plugin.core import geodesy

    f = _files(a)
    s = f["setting"]
    step = max(1, math.ceil(a["n"] / a["sample"])) if a["sample"] else 1
    source = "/vsimem/sample.gpkg"
    gdal.VectorTranslate(source, f["polygons"], options=f'-where "plot_id % {step} = 0"')
    rows = exact_extract(f["forest"], source, ["coverage", "values", "center_x", "center_y"], output="geojson",
                         include_cols=["plot_id", "harvest_date"])
    loss_ds = gdal.Open(f["loss"])
    lx0, ldx, _, ly0, _, ldy = loss_ds.GetGeoTransform()
    band = loss_ds.GetRasterBand(1)
    table = np.full((a["n"], 3), np.nan)
    for row in rows:
        p = row["properties"]
        cov = np.asarray(p["coverage"], float)
        vals = np.asarray(p["values"], float)
        cx = np.asarray(p["center_x"], float)
        cy = np.asarray(p["center_y"], float)
        if not len(cov):
            continue
        cell = geodesy.cell_area_m2(cy + s.forest_res / 2, cy - s.forest_res / 2, s.forest_res) / 1e4
        col = np.floor((cx - lx0) / ldx).astype(int)
        line = np.floor((cy - ly0) / ldy).astype(int)
        c0, r0 = col.min(), line.min()
        window = band.ReadAsArray(int(c0), int(r0), int(col.max() - c0 + 1), int(line.max() - r0 + 1))
        loss = window[line - r0, col - c0].astype(int)
        if s.jrc:
            forest = vals == 1
        else:  # tree cover ≥ 10 % in 2000, less the loss of 2001–2020
            forest = (vals >= 10) & ~((loss >= 1) & (loss <= 20))
        last = int(p["harvest_date"][:4]) - 2000
        defo = forest & (loss >= 21) & (loss <= last)
        table[int(p["plot_id"])] = ((cov * cell).sum(), (cov * cell * forest).sum(), (cov * cell * defo).sum())
    np.save(a["result"], table)
    return {"seconds": 0.0, "cpu": 0.0, "plots": len(rows)}


WORKERS = {"engine": worker_engine, "engine-nopa": worker_engine, "engine-base": worker_engine,
           "rasterstats": worker_rasterstats, "qgis-gpkg": worker_qgis,
           "qgis-memory": worker_qgis, "floor": worker_floor, "reference": worker_reference,
           **{m: worker_exactextract for m in EE_MODES}}


# --- driver ---------------------------------------------------------------------------------------
def measure(name: str, base: dict, timeout: float) -> dict:
    args = dict(base, name=name)
    python = "/usr/bin/python3" if name.startswith("qgis") else sys.executable
    return bc.run_json([python, __file__, "--worker", name, json.dumps(args)], timeout)


def accuracy(out: Path, s: bd.Setting, n: int, base: dict, timeout: float) -> Optional[str]:
    ref = measure("reference", dict(base, result=str(out / f"ref_{s.name}_{n}.npy")), timeout)
    mine_path = out / f"engine_{s.name}_{n}.npy"
    if "error" in ref or not mine_path.exists():
        return f"accuracy: not measured ({ref.get('error', 'no engine result')[-200:]})"
    mine, theirs = np.load(mine_path), np.load(out / f"ref_{s.name}_{n}.npy")
    ok = np.isfinite(theirs[:, 0]) & np.isfinite(mine).all(axis=1) & (theirs[:, 0] > 0)
    lines = [f"accuracy against exactextract's exact coverage ({int(ok.sum())} plots; |difference| as % of plot area):"]
    worst = 0.0
    for col, what in ((1, "forest 2020"), (2, "deforestation 2021–harvest")):
        d = np.abs(mine[ok, col] - theirs[ok, col]) / theirs[ok, 0] * 100
        worst = max(worst, float(np.percentile(d, 95)))
        total = theirs[ok, col].sum()
        lines.append(f"  {what:<27} mean {d.mean():.5f} %, p95 {np.percentile(d, 95):.5f} %, max {d.max():.5f} %; "
                     f"total {mine[ok, col].sum():.2f} ha vs {total:.2f} ha")
    lines.append(f"  [{bc.verdict(worst <= 0.5)}] p95 of both ≤ 0.5 % of plot area")
    return "\n".join(lines)


def summary(s: bd.Setting, n: int, runs: dict) -> str:
    med = {k: bc.median_of(v) for k, v in runs.items()}
    cpu = {k: bc.median_of(v, "cpu") for k, v in runs.items()}
    eng = med.get("engine")
    ecpu = cpu.get("engine")
    lines = [f"{'contender':<20} {'wall s':>8} {'CPU s':>8} {'plots/s':>9} {'÷ engine':>9} {'CPU ÷':>7} "
             f"{'peak MB':>8}  "
             "medians; runs: " + ", ".join(f"{k} {len(v)}" for k, v in runs.items())]
    for name, values in runs.items():
        m = med[name]
        if m is None:
            err = next((r["error"] for r in values if "error" in r), "")
            lines.append(f"{name:<20} {'—':>8} {err[-90:]!r}")
            continue
        r = bc.median_run(values)
        lines.append(f"{name:<20} {m:8.2f} {bc.fmt(cpu[name]):>8} {n / m:9.0f} {bc.fmt(m / eng if eng else None):>9} "
                     f"{bc.fmt(cpu[name] / ecpu if ecpu and cpu[name] else None):>7} "
                     f"{r.get('maxrss_mb', float('nan')):8.0f}")
    er = bc.median_run(runs.get("engine", []))
    if er:
        lines.append(f"engine steps (median run): read {er.get('read_s', 0):.2f} s, {er.get('steps')}; "
                     f"reader: {er.get('reader')}; admin: {er.get('admin')}")
    fr = bc.median_run(runs.get("floor", []))
    if fr and eng:
        lines.append(f"decode floor: {med['floor']:.2f} s for {fr.get('blocks')} blocks — the engine is "
                     f"{eng / med['floor']:.1f}× the floor")
        # the floor beside what else a run must do: reading the plots, and the compiled tools' whole run
        others = [f"{name} {med[name] / med['floor']:.1f}×" for name in EE_MODES if med.get(name)]
        if er and er.get("read_s"):
            others.insert(0, f"the engine's reading of the plots alone {er['read_s'] / med['floor']:.1f}×")
        if others:
            lines.append("  the same floor against: " + "; ".join(others))
    for name in ("qgis-gpkg", "qgis-memory"):
        qr = bc.median_run(runs.get(name, []))
        if qr:
            lines.append(f"{name} steps (median run): {qr.get('steps')}")
    lines.append("÷ engine: the contender's median wall time over the engine's (> 1: the engine is faster); "
                 "CPU ÷: the same with process CPU time (steadier on a loaded machine)")
    ee = [m for m in EE_MODES if med.get(m)]
    checks = []

    def ratio(name: Optional[str]) -> str:
        if not name or not med.get(name):
            return "not run"
        c = f", CPU {cpu[name] / ecpu:.2f}×" if ecpu and cpu.get(name) else ""
        return f"{med[name] / eng:.2f}× wall{c}"

    if eng:
        best = min(ee, key=lambda m: med[m]) if ee else None
        checks.append((f"engine ≥ 3× exactextract's best mode in memory ({best})", best and med[best] / eng >= 3,
                       ratio(best)))
        q = med.get("qgis-gpkg")
        checks.append(("engine ≥ 5× the QGIS chain (Overlap analysis, GeoPackage inputs)", q and q / eng >= 5,
                       ratio("qgis-gpkg")))
        q = med.get("qgis-memory")
        checks.append(("engine faster than the QGIS chain in memory", q and q > eng, ratio("qgis-memory")))
        fl = med.get("floor")
        applies = s.name == "jrc10"
        checks.append((f"engine within 3× of the decode floor (target at 10k plots, 10 m setting"
                       f"{'' if applies else '; informative here'})", fl and eng / fl <= 3,
                       f"{eng / fl:.2f}× the floor" if fl else "not run"))
    nopa = med.get("engine-nopa")
    if nopa and ee:
        best = min(ee, key=lambda m: med[m])
        c = f", CPU {cpu[best] / cpu['engine-nopa']:.2f}×" if cpu.get("engine-nopa") and cpu.get(best) else ""
        checks.append((f"engine-nopa (no protected areas: the statistics exactextract computes) ≥ 3× exactextract's "
                       f"best mode ({best})", med[best] / nopa >= 3, f"{med[best] / nopa:.2f}× wall{c}"))
    for what, ok, value in checks:
        lines.append(f"  [{bc.verdict(None if value == 'not run' else bool(ok))}] {what}: {value}")
    return "\n".join(lines)


def main() -> int:
    if bc.worker_main(WORKERS):
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--settings", default="hansen30,jrc10,tile10")
    p.add_argument("--plots", default=None, help="comma-separated plot counts (default 2000; --full: 10000,100000)")
    p.add_argument("--full", action="store_true", help="2°×2° rasters and 10,000 + 100,000 plots")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--contenders", default=",".join(CONTENDERS))
    p.add_argument("--slow-max", type=int, default=10_000, help="rasterstats and the QGIS chain up to this many plots")
    p.add_argument("--rasterstats-once", action=argparse.BooleanOptionalAction, default=True,
                   help="rasterstats (10-20× slower than the rest) in the first round only (default)")
    p.add_argument("--accuracy-plots", type=int, default=2000, help="plots in the accuracy sample (0: all)")
    p.add_argument("--out", default=str(bd.default_out()))
    p.add_argument("--timeout", type=float, default=3600)
    p.add_argument("--baseline", default=None,
                   help="another checkout (e.g. /work/main) whose engine runs as the contender engine-base, in the "
                        "same rounds: before/after in one run")
    p.add_argument("--gdal-cache", type=int, default=0,
                   help="GDAL_CACHEMAX (MB) of every process and the engine's own bound; 0 (default): GDAL's "
                        "default, 5 %% of the RAM, for the other tools, as a user runs them, and the engine's "
                        "default bound (64 MB) for the engine")
    a = p.parse_args()
    bc.set_gdal_cache(a.gdal_cache)
    sizes = [int(x) for x in (a.plots or ("10000,100000" if a.full else "2000")).split(",") if x]
    print(f"machine: {bc.machine()}")
    print("timed: files on disk → per-plot statistics in memory, one process per measurement, rounds interleaved")
    for name in a.settings.split(","):
        s = bd.settings(a.full)[name]
        out = Path(a.out) / s.folder
        files = bd.ensure(Path(a.out), s, sizes)
        print(f"\n=== {s.describe()}")
        print(f"    forest {Path(files['forest']).name}: {bd.compression_ratio(files['forest']):.1f}:1 DEFLATE; "
              f"loss: {bd.compression_ratio(files['loss']):.1f}:1; 30 protected areas of 2,000–20,000 vertices")
        for n in sizes:
            print(f"\n--- {s.name}, {bd.describe_plots(files['plots'][n]['given'])}", flush=True)
            names = [c for c in a.contenders.split(",") if c in CONTENDERS and (c not in SLOW or n <= a.slow_max)]
            if s.forest_res != bd.LOSS_RES:
                names = [c for c in names if c != "exactextract-list"]
            if not a.baseline:
                names = [c for c in names if c != "engine-base"]
            base = {"setting": s.name, "full": a.full, "out": a.out, "n": n, "sample": a.accuracy_plots,
                    "gdal_cache": a.gdal_cache, "baseline": str(Path(a.baseline).resolve()) if a.baseline else None}

            def one(name: str, r: int, base=base, out=out, s=s, n=n) -> dict:
                return measure(name, dict(base, result=str(out / f"{name}_{s.name}_{n}.npy")), a.timeout)

            runs = bc.interleaved(names, a.repeats, one, once=("rasterstats",) if a.rasterstats_once else ())
            print(summary(s, n, runs))
            if "engine" in names and any(c.startswith("exactextract") for c in names):
                print(accuracy(out, s, n, base, a.timeout))
            print(f"load average after: {bc.machine().split(';')[0]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
