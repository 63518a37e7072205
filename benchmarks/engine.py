"""Benchmark of the bundled engine against the tools a user would otherwise use, in one run.

Generates synthetic but realistic data into benchmarks/out/ (git-ignored): a 10 m forest mask (tiled,
compressed GeoTIFF) over SIZE°×SIZE°, a 30 m loss-year raster (Hansen-like, 0.00025°), protected areas
(large many-vertex polygons, GeoPackage) and plots of 0.5 / 4 / 50 ha, uniform and clustered, 20 %
points. Each contender runs in its own subprocess (peak memory from getrusage):

- engine:        vantage run_bundled, everything (exact coverage, forest, loss by year, risk, PAs via
                 OverlapIndex, country via AdminIndex when world_map.gpkg exists)
- exactextract:  forest sum + loss fractions only (its fastest mode for the raster part)
- rasterstats:   forest sum + loss categorical (pixel centres, not exact)
- qgis-gpkg / qgis-memory: native:zonalstatisticsfb + native:zonalhistogram + native:intersection
                 on GeoPackage inputs / in-memory layers

    python benchmarks/engine.py --size 0.5 --plots 10000 --skip-qgis --skip-rasterstats
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

LON0, LAT0 = -55.0, -5.0  # south-west corner (Amazon-like latitude)
FOREST_RES = 0.0001  # ~10 m
LOSS_RES = 0.00025  # ~30 m (Hansen)


# --- data ---------------------------------------------------------------------------------------
def _blobs(rng, shape, cell, p):
    """A blocky-smooth boolean field: coarse random field upsampled and thresholded."""
    ch, cw = math.ceil(shape[0] / cell) + 1, math.ceil(shape[1] / cell) + 1
    coarse = rng.random((ch, cw))
    fine = np.kron(coarse, np.ones((cell, cell)))[: shape[0], : shape[1]]
    return fine < p


def make_rasters(out: Path, size: float, seed: int = 1) -> tuple[str, str]:
    from osgeo import gdal, osr

    forest_path, loss_path = out / "forest_10m.tif", out / "lossyear_30m.tif"
    if forest_path.exists() and loss_path.exists():
        return str(forest_path), str(loss_path)
    rng = np.random.default_rng(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    opts = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
    for path, res, kind in ((forest_path, FOREST_RES, "forest"), (loss_path, LOSS_RES, "loss")):
        n = int(round(size / res))
        tmp = str(path) + ".part"
        ds = gdal.GetDriverByName("GTiff").Create(tmp, n, n, 1, gdal.GDT_Byte, options=opts)
        ds.SetGeoTransform((LON0, res, 0, LAT0 + size, 0, -res))
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(255)
        strip = 2048
        for r0 in range(0, n, strip):
            h = min(strip, n - r0)
            if kind == "forest":
                block = _blobs(rng, (h, n), 37, 0.7).astype(np.uint8)
            else:
                lost = _blobs(rng, (h, n), 5, 0.06)
                years = np.kron(rng.integers(1, 24, (math.ceil(h / 5) + 1, math.ceil(n / 5) + 1)),
                                np.ones((5, 5), np.uint8))[:h, :n]
                block = np.where(lost, years, 0).astype(np.uint8)
            band.WriteArray(block, 0, r0)
        ds = None
        os.replace(tmp, path)
    return str(forest_path), str(loss_path)


def make_protected_areas(out: Path, size: float, count: int = 50, vertices: tuple[int, int] = (2000, 20000),
                         seed: int = 2) -> str:
    """Protected areas as in WDPA: large (radius 1–6 % of the side, 2–13 km at 2°), with 2,000–20,000
    vertices each along a rough (multi-scale) boundary."""
    import shapely
    from osgeo import ogr, osr

    path = out / "protected_areas_v2.gpkg"
    if path.exists():
        return str(path)
    rng = np.random.default_rng(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path) + ".part.gpkg")
    layer = ds.CreateLayer("wdpa", srs, ogr.wkbMultiPolygon)
    for name, t in (("WDPAID", ogr.OFTInteger), ("NAME", ogr.OFTString), ("IUCN_CAT", ogr.OFTString),
                    ("DESIG_ENG", ogr.OFTString), ("STATUS", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, t))
    layer.StartTransaction()
    for k in range(count):
        cx, cy = LON0 + rng.uniform(0.05, size - 0.05), LAT0 + rng.uniform(0.05, size - 0.05)
        r = rng.uniform(0.01, 0.06) * max(size, 0.25) / 0.5 * 0.5
        nv = int(rng.integers(vertices[0], vertices[1] + 1))
        ang = np.linspace(0, 2 * math.pi, nv, endpoint=False)
        rough = sum(rng.standard_normal(nv // s + 2).repeat(s)[:nv] * (s / nv) ** 0.5 for s in (1, 8, 64))
        rad = r * (1 + 0.3 * np.sin(5 * ang + rng.uniform(0, 6)) + 0.02 * rough)
        ring = np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)])
        poly = shapely.make_valid(shapely.Polygon(ring))
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("WDPAID", 1000 + k)
        feat.SetField("NAME", f"Synthetic area {k}")
        feat.SetField("IUCN_CAT", ["Ia", "II", "IV", "VI"][k % 4])
        feat.SetField("DESIG_ENG", "National Park")
        feat.SetField("STATUS", "Designated")
        feat.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.buffer(poly, 0)))))
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None
    os.replace(str(path) + ".part.gpkg", path)
    return str(path)


def make_plots(out: Path, size: float, n: int, seed: int = 3) -> dict:
    """Plots: 0.5/4/50 ha, half uniform and half in clusters, 20 % points. Written twice: as given
    (points and polygons, for the engine) and all polygons (points as discs, for the other tools)."""
    import shapely
    from osgeo import ogr, osr

    from vantage_plugin.core.engine.bundled import point_discs

    paths = {"given": out / f"plots_{n}.gpkg", "polygons": out / f"plots_{n}_polygons.gpkg"}
    if all(p.exists() for p in paths.values()):
        return {k: str(v) for k, v in paths.items()}
    rng = np.random.default_rng(seed + n)
    sizes = rng.choice([0.5, 4.0, 50.0], n)
    half = n // 2
    margin = 0.01
    lon = np.empty(n)
    lat = np.empty(n)
    lon[:half] = LON0 + rng.uniform(margin, size - margin, half)
    lat[:half] = LAT0 + rng.uniform(margin, size - margin, half)
    centres = rng.uniform(margin + 0.05, size - margin - 0.05, (max(1, n // 500), 2))
    pick = rng.integers(0, len(centres), n - half)
    lon[half:] = LON0 + centres[pick, 0] + rng.normal(0, 0.02, n - half)
    lat[half:] = LAT0 + centres[pick, 1] + rng.normal(0, 0.02, n - half)
    lon = np.clip(lon, LON0 + margin, LON0 + size - margin)
    lat = np.clip(lat, LAT0 + margin, LAT0 + size - margin)
    is_point = rng.random(n) < 0.2
    discs = point_discs(lon, lat, sizes, vertices=24)
    # Polygons: irregular (jittered) discs with 12–40 vertices.
    polys = np.empty(n, dtype=object)
    for k in range(n):
        m = int(rng.integers(12, 40))
        ang = np.sort(rng.uniform(0, 2 * math.pi, m))
        ring = shapely.get_coordinates(discs[k])[:-1]
        cx, cy = lon[k], lat[k]
        rx = np.abs(ring[:, 0] - cx).max()
        ry = np.abs(ring[:, 1] - cy).max()
        jitter = rng.uniform(0.85, 1.15, m)
        polys[k] = shapely.Polygon(np.column_stack([cx + rx * jitter * np.cos(ang), cy + ry * jitter * np.sin(ang)]))
    given = np.where(is_point, shapely.points(lon, lat), polys)
    from vantage_plugin.core import geodesy

    poly_only = np.where(is_point, point_discs(lon, lat, sizes), polys)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for key, geoms in (("given", given), ("polygons", poly_only)):
        tmp = str(paths[key]) + ".part.gpkg"
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        layer = ds.CreateLayer("plots", srs, ogr.wkbUnknown)
        layer.CreateField(ogr.FieldDefn("plot_id", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("point_ha", ogr.OFTReal))
        layer.StartTransaction()
        defn = layer.GetLayerDefn()
        for k in range(n):
            f = ogr.Feature(defn)
            f.SetField("plot_id", k)
            f.SetField("point_ha", float(sizes[k]))
            f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geoms[k])))
            layer.CreateFeature(f)
        layer.CommitTransaction()
        ds = None
        os.replace(tmp, paths[key])
    del geodesy
    return {k: str(v) for k, v in paths.items()}


def read_plots(path: str):
    import shapely
    from osgeo import ogr

    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    geoms, ids, ha = [], [], []
    for f in layer:
        geoms.append(shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())))
        ids.append(f.GetField("plot_id"))
        ha.append(f.GetField("point_ha"))
    return geoms, ids, ha


# --- contenders (each runs in a subprocess: python engine.py --worker NAME ...) ---------------
def worker_engine(a) -> dict:
    from vantage_plugin.core.engine.bundled import run_bundled
    from vantage_plugin.core.engine.catalog import DataSource, find_world_map
    from vantage_plugin.core.engine.options import BundledOptions
    from vantage_plugin.core.plots import Plot

    geoms, ids, ha = read_plots(a.plots_given)
    plots = [Plot(k, g, user_id=str(i), point_ha=h) for k, (g, i, h) in enumerate(zip(geoms, ids, ha))]
    notes = []
    try:
        import vantage_plugin.core.engine.overlaps  # noqa: F401

        pa = DataSource(a.pa)
    except ImportError:
        pa = None
        notes.append("OverlapIndex missing: no protected areas")
    admin = None
    world = find_world_map()
    try:
        import vantage_plugin.core.engine.admin  # noqa: F401

        admin = DataSource(world) if world else None
    except ImportError:
        notes.append("AdminIndex missing: no admin")
    opts = BundledOptions(forest_2020=DataSource(a.forest), forest_is_jrc=True, loss_year=DataSource(a.loss),
                          protected_areas=pa, admin=admin, harvest_date="2024-06-30")
    t = time.perf_counter()
    results, run = run_bundled(plots, opts)
    seconds = time.perf_counter() - t
    area = np.array([(r.extra or {}).get("raster_area_ha") or np.nan for r in results])
    forest = np.array([(r.analysis or {}).get("forest_area_2020") or 0.0 for r in results])
    np.save(a.result, np.column_stack([area, forest]))
    steps = {s.name: round(s.seconds, 2) for s in run.steps}
    return {"seconds": seconds, "status": run.status, "steps": steps, "notes": notes,
            "ok": sum(r.status == "ok" for r in results)}


def worker_exactextract(a) -> dict:
    """Forest sum + loss-year fractions. The two rasters have different grids, so exactextract needs
    one call per raster (a list of both fails with "Incompatible extents"). ``--ee-strategy`` picks
    feature-sequential (default) or raster-sequential; ``--ee-max-cells`` its max_cells_in_memory."""
    from exactextract import exact_extract

    kw = {"strategy": a.ee_strategy or "feature-sequential"}
    if a.ee_max_cells:
        kw["max_cells_in_memory"] = a.ee_max_cells
    t = time.perf_counter()
    fmt = "pandas" if _has_pandas() else "geojson"
    out = exact_extract(a.forest, a.plots_polygons, ["sum"], output=fmt, **kw)
    exact_extract(a.loss, a.plots_polygons, ["frac"], output=fmt, **kw)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "rows": len(out), "mode": kw}


#: exactextract modes tried (the best one counts): name -> (strategy, max_cells_in_memory)
EE_MODES = {
    "exactextract-fs": ("feature-sequential", 0),
    "exactextract-fs-1M": ("feature-sequential", 1_000_000),
    "exactextract-rs": ("raster-sequential", 0),
}


def peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: ru_maxrss would include the parent's peak
    inherited across fork + exec)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401

        return True
    except ImportError:
        return False


def worker_exactextract_area(a) -> dict:
    """Untimed accuracy reference: Σ exact coverage × exact ellipsoidal cell area per plot."""
    from exactextract import exact_extract

    from vantage_plugin.core import geodesy

    from osgeo import gdal

    source = a.plots_polygons
    if a.accuracy_plots and a.accuracy_plots < a.n:  # a sample (every k-th plot): all coverage values are big
        step = math.ceil(a.n / a.accuracy_plots)
        source = "/vsimem/accuracy_sample.gpkg"
        gdal.VectorTranslate(source, a.plots_polygons, options=f'-where "plot_id % {step} = 0"')
    feats = exact_extract(a.forest, source, ["coverage", "center_y", "values"], output="geojson",
                          include_cols=["plot_id"])
    area = np.full(a.n, np.nan)
    forest = np.full(a.n, np.nan)
    for f in feats:
        p = f["properties"]
        cov = np.asarray(p["coverage"], float)
        cy = np.asarray(p["center_y"], float)
        vals = np.asarray(p["values"], float)
        cell = geodesy.cell_area_m2(cy + FOREST_RES / 2, cy - FOREST_RES / 2, FOREST_RES)
        area[int(p["plot_id"])] = (cov * cell).sum() / 1e4
        forest[int(p["plot_id"])] = (cov * cell * (vals == 1)).sum() / 1e4
    np.save(a.result, np.column_stack([area, forest]))
    return {"seconds": 0.0}


def worker_rasterstats(a) -> dict:
    """Forest sum + loss categorical, as a user calls it (rasterstats 0.21 needs affine < 3)."""
    from rasterstats import zonal_stats

    t = time.perf_counter()
    zonal_stats(a.plots_polygons, a.forest, stats=["sum"], nodata=255)
    zonal_stats(a.plots_polygons, a.loss, categorical=True, nodata=255)
    return {"seconds": time.perf_counter() - t}


QGIS_SCRIPT = r"""
import sys, time, json, os
sys.path.append('/usr/share/qgis/python/plugins')
from qgis.core import QgsApplication, QgsVectorLayer, QgsRasterLayer, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
import processing
from processing.core.Processing import Processing
Processing.initialize()
from qgis.analysis import QgsNativeAlgorithms
QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
plots, forest, loss, pa, memory = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == '1'
t = time.perf_counter()
from qgis.core import QgsFeatureRequest
if memory:
    plots_in = QgsVectorLayer(plots, 'plots', 'ogr').materialize(QgsFeatureRequest())
    pa_in = QgsVectorLayer(pa, 'pa', 'ogr').materialize(QgsFeatureRequest())
    out = 'memory:'
else:
    plots_in, pa_in, out = plots, pa, 'TEMPORARY_OUTPUT'
t = time.perf_counter()
steps = {}
r1 = processing.run('native:zonalstatisticsfb', {'INPUT': plots_in, 'INPUT_RASTER': forest, 'RASTER_BAND': 1,
     'COLUMN_PREFIX': 'f_', 'STATISTICS': [1], 'OUTPUT': out})
steps['zonalstatisticsfb'] = round(time.perf_counter() - t, 2)
r2 = processing.run('native:zonalhistogram', {'INPUT_VECTOR': plots_in, 'INPUT_RASTER': loss, 'RASTER_BAND': 1,
     'COLUMN_PREFIX': 'l_', 'OUTPUT': out})
steps['zonalhistogram'] = round(time.perf_counter() - t - sum(steps.values()), 2)
r3 = processing.run('native:intersection', {'INPUT': plots_in, 'OVERLAY': pa_in, 'OUTPUT': out})
steps['intersection'] = round(time.perf_counter() - t - sum(steps.values()), 2)
hwm = [int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]
print(json.dumps({'seconds': time.perf_counter() - t, 'steps': steps, 'maxrss_mb': hwm}))
"""


def run_qgis(a, memory: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = ["/usr/bin/python3", "-c", QGIS_SCRIPT, a.plots_polygons, a.forest, a.loss, a.pa, "1" if memory else "0"]
    t = time.perf_counter()
    proc = subprocess.run(cmd + [], capture_output=True, text=True, env=env, timeout=a.timeout)
    line = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode or not line:
        return {"error": (proc.stderr or proc.stdout)[-400:]}
    out = json.loads(line[-1])
    out["wall"] = time.perf_counter() - t
    return out


WORKERS = {"engine": worker_engine, "exactextract": worker_exactextract, "rasterstats": worker_rasterstats,
           "exactextract-area": worker_exactextract_area}
WORKERS.update({name: worker_exactextract for name in EE_MODES})


def run_worker(name: str, a, n: int, paths: dict, result: str) -> dict:
    if name.startswith("qgis"):
        ns = argparse.Namespace(plots_polygons=paths["polygons"], forest=a.forest, loss=a.loss, pa=a.pa,
                                timeout=a.timeout)
        return run_qgis(ns, memory=name == "qgis-memory")
    cmd = [sys.executable, __file__, "--worker", name, "--forest", a.forest, "--loss", a.loss, "--pa", a.pa,
           "--plots-given", paths["given"], "--plots-polygons", paths["polygons"], "--result", result,
           "--n", str(n), "--accuracy-plots", str(a.accuracy_plots)]
    if name in EE_MODES:
        cmd += ["--ee-strategy", EE_MODES[name][0], "--ee-max-cells", str(EE_MODES[name][1])]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {a.timeout} s"}
    line = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode or not line:
        return {"error": (proc.stderr or proc.stdout)[-600:]}
    return json.loads(line[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", type=float, default=2.0, help="side of the area in degrees (default 2)")
    p.add_argument("--plots", default="10000,100000", help="comma-separated plot counts")
    p.add_argument("--out", default=str(HERE / "out"))
    p.add_argument("--skip-qgis", action="store_true")
    p.add_argument("--skip-rasterstats", action="store_true")
    p.add_argument("--skip-exactextract", action="store_true")
    p.add_argument("--slow-max", type=int, default=10000,
                   help="run rasterstats and the QGIS chain only up to this many plots")
    p.add_argument("--accuracy-plots", type=int, default=20000,
                   help="plots compared with exactextract's exact coverage (a regular sample; 0: all)")
    p.add_argument("--timeout", type=int, default=1800)
    # worker mode
    p.add_argument("--worker")
    for flag in ("--forest", "--loss", "--pa", "--plots-given", "--plots-polygons", "--result"):
        p.add_argument(flag)
    p.add_argument("--n", type=int, default=0)
    p.add_argument("--ee-strategy")
    p.add_argument("--ee-max-cells", type=int, default=0)
    p.add_argument("--ee-modes", default=",".join(EE_MODES),
                   help="exactextract modes to try (the fastest counts): " + ", ".join(EE_MODES))
    a = p.parse_args()

    if a.worker:
        out = WORKERS[a.worker](a)
        out["maxrss_mb"] = peak_mb()
        print(json.dumps(out))
        return

    out = Path(a.out) / f"size{a.size:g}"
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    a.forest, a.loss = make_rasters(out, a.size)
    a.pa = make_protected_areas(out, a.size)
    print(f"data in {out} ({time.perf_counter() - t:.1f} s to make or find)", flush=True)
    for n in [int(x) for x in a.plots.split(",") if x]:
        paths = make_plots(out, a.size, n)
        rows = {}
        names = ["engine"]
        if not a.skip_exactextract:
            names += [m for m in a.ee_modes.split(",") if m in EE_MODES]
        if not a.skip_rasterstats and n <= a.slow_max:
            names.append("rasterstats")
        if not a.skip_qgis and n <= a.slow_max:
            names += ["qgis-gpkg", "qgis-memory"]
        for name in names:
            rows[name] = run_worker(name, a, n, paths, str(out / f"result_{name}_{n}.npy"))
            print(f"  {n} plots, {name}: {json.dumps(rows[name])}", flush=True)
        accuracy = None
        if not a.skip_exactextract:
            ref = run_worker("exactextract-area", a, n, paths, str(out / f"result_ee_area_{n}.npy"))
            if "error" not in ref and "error" not in rows["engine"]:
                mine = np.load(out / f"result_engine_{n}.npy")
                theirs = np.load(out / f"result_ee_area_{n}.npy")
                ok = np.isfinite(theirs[:, 0]) & np.isfinite(mine[:, 0]) & (theirs[:, 0] > 0)
                rel = np.abs(mine[ok, 0] - theirs[ok, 0]) / theirs[ok, 0] * 100
                frel = np.abs(mine[ok, 1] - theirs[ok, 1]) / theirs[ok, 0] * 100
                accuracy = (rel.mean(), np.percentile(rel, 95), frel.mean(), np.percentile(frel, 95), ok.sum())
        print(summary(rows, n, a.size, accuracy), flush=True)


def summary(rows: dict, n: int, size: float, accuracy) -> str:
    """The side-by-side table, the engine's steps and the acceptance targets checked."""
    lines = [f"\n== {n} plots, {size:g}°×{size:g}° (10 m forest, 30 m loss, "
             "50 PAs of 2,000–20,000 vertices) =="]
    eng = rows.get("engine", {})
    base = eng.get("seconds")
    steps = eng.get("steps") or {}
    raster = sum(steps.get(k, 0.0) for k in ("prepare", "forest", "loss")) or None
    lines.append(f"{'contender':<20} {'seconds':>9} {'plots/s':>10} {'÷ engine':>9} {'÷ raster':>9} {'peak MB':>9}")
    lines.append(f"{'(engine raster part)':<20} {raster or float('nan'):9.2f} "
                 f"{n / raster if raster else float('nan'):10.0f}")
    for name, r in rows.items():
        if "error" in r:
            lines.append(f"{name:<20} error: {r['error'][-200:]!r}")
            continue
        s = r["seconds"]
        lines.append(f"{name:<20} {s:9.2f} {n / s:10.0f} {s / base if base else float('nan'):9.2f} "
                     f"{s / raster if raster else float('nan'):9.2f} {r.get('maxrss_mb', float('nan')):9.0f}")
    lines.append("÷ engine: the contender's time over the engine's (everything); ÷ raster: over the engine's "
                 "prepare + forest + loss steps")
    if steps:
        lines.append(f"engine steps: {steps} {eng.get('notes') or ''}")
    if accuracy:
        lines.append(f"area vs exactextract exact coverage ({accuracy[4]} plots): mean {accuracy[0]:.5f} %, "
                     f"p95 {accuracy[1]:.5f} % of plot area; forest area: mean {accuracy[2]:.5f} %, "
                     f"p95 {accuracy[3]:.5f} %")
    # Acceptance targets (from the issue).
    def t(name):
        r = rows.get(name)
        return r["seconds"] if r and "error" not in r else None

    ee = [t(m) for m in EE_MODES if t(m)]
    checks = []
    if base:
        limit = 3.0 if n <= 10_000 else 40.0 * n / 100_000
        checks.append((f"engine ≤ {limit:g} s", base <= limit, f"{base:.2f} s"))
        if eng.get("maxrss_mb"):
            checks.append(("engine peak ≤ 1 GB", eng["maxrss_mb"] <= 1024, f"{eng['maxrss_mb']:.0f} MB"))
        if t("qgis-gpkg"):
            checks.append(("≥ 5× the QGIS chain (GeoPackage)", t("qgis-gpkg") / base >= 5, f"{t('qgis-gpkg') / base:.1f}×"))
        if t("qgis-memory"):
            checks.append(("faster than the QGIS chain in memory", t("qgis-memory") > base,
                           f"{t('qgis-memory') / base:.1f}×"))
        if t("rasterstats"):
            checks.append(("≥ 10× rasterstats", t("rasterstats") / base >= 10, f"{t('rasterstats') / base:.1f}×"))
        if ee and raster:
            best = min(ee)
            checks.append(("raster part faster than exactextract's best", best > raster, f"{best / raster:.2f}×"))
            checks.append(("whole engine faster than exactextract's best", best > base, f"{best / base:.2f}×"))
    if accuracy:
        checks.append(("area difference mean ≤ 0.1 %, p95 ≤ 0.5 %", accuracy[0] <= 0.1 and accuracy[1] <= 0.5,
                       f"{accuracy[0]:.5f} %, {accuracy[1]:.5f} %"))
    for what, ok, value in checks:
        lines.append(f"  [{'met' if ok else 'MISSED'}] {what}: {value}")
    return "\n".join(lines) + "\n"

if __name__ == "__main__":
    main()
