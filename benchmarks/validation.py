"""Validation of 100,000 plots: ``validate()`` against a per-plot loop, on dense and on sparse overlaps.

Data (built outside every timer, in each measuring process):
- ``dense``: generated polygons (``bench_data``: 0.5–50 ha log-uniform, 10–200 vertices, harvest
  dates in 2021–2023, commodity) placed uniformly over a square sized so that
  about 70,000 pairs overlap by the formula in ``dense_plots`` (~81,000 in practice: the count is
  measured independently, by an STRtree query + intersection area, and printed; the target needs ≥ 50,000).
- ``nicaragua``: the 1,124 real Nicaragua plots (../shared/data) tiled by shifted copies: their real
  problems, rare overlaps (skipped when the file is missing).
- ``million``: one chunk of the 1,000,000-plot file (``out/million30``, made by ``userpath.py --million``;
  skipped when missing) as the chunked check validates it: the ``--plots`` plots (50,000 at most makes
  one chunk) whose box centres are nearest one plot's, read straight from the GeoPackage (its overlaps
  are ~10 × denser than the every-10th file's).
The alternative, ``per-plot-loop``: per plot, shapely's scalar validity checks, coordinate checks and an
STRtree query with intersection areas. Each measurement in its own process (exit status 0 whatever
the verdicts, so ``make bench`` runs every script), rounds interleaved,
medians of ``--repeats`` (the loop, far slower, once); wall and CPU time.

    .venv/bin/python benchmarks/validation.py [--plots 100000] [--repeats 3] [--before ../main] [--no-loop]

``--before`` measures another checkout's ``validate()`` too (same data, interleaved) and says whether its
issues (code, plot, message, location, other plot) are identical. ``--keep`` also times, in the same
processes, what the panel does with the issues next: keep them as columns (``IssueColumns.add``, a chunk
of ``KEEP_CHUNK`` plots' issues at a time, with the chunked check's order key, then ``table()``), and
compares the kept issues of both checkouts. ``--workers 1,2`` measures ``validate()``
with each count of threads for its GEOS and numpy work over pairs and runs (``checks._WORKERS``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_common as bc  # noqa: E402

#: ../shared beside the project (a main checkout) or beside the worktrees' folder
DATA = next((base / "shared" / "data" / "plots" / "nicaragua_coffee_1124plots.geojson"
             for base in (ROOT.parent, ROOT.parent.parent)
             if (base / "shared" / "data" / "plots" / "nicaragua_coffee_1124plots.geojson").exists()),
            ROOT.parent / "shared" / "data" / "plots" / "nicaragua_coffee_1124plots.geojson")
TODAY = dt.date(2025, 1, 1)
TARGET_S = 4.0
TARGET_PAIRS = 70_000
MILLION = "plots_million30_1000000.gpkg"
#: ``--keep``: the issues handed to the panel's keeper per chunk of this many plots (the check's chunk size)
KEEP_CHUNK = 20_000


def dense_plots(n: int, pairs: int = TARGET_PAIRS, seed: int = 5) -> list:
    """``n`` generated plots, uniformly placed so that about ``pairs`` pairs overlap.

    For shapes of mean squared "radius" sum E[(r1 + r2)²] dropped uniformly on an area S, a pair
    overlaps with probability ≈ π E[(r1 + r2)²] / S, so S = n² π E[(r1 + r2)²] / (2 pairs)."""
    import bench_data as bd
    import shapely

    from vantage_plugin.core.plots import Plot

    rng = np.random.default_rng(seed)
    ha = np.exp(rng.uniform(math.log(0.5), math.log(50.0), n))
    r = np.sqrt(ha * 1e4 / math.pi)  # metres
    mean_sq = 2 * (r ** 2).mean() + 2 * r.mean() ** 2
    side_m = math.sqrt(n * n * math.pi * mean_sq / (2 * pairs))
    side = side_m / 111_320.0
    lon0, lat0 = -86.0, 13.0
    lon = lon0 + rng.uniform(0, side / math.cos(math.radians(lat0)), n)
    lat = lat0 + rng.uniform(0, side, n)
    polys = bd._polygons(rng, lon, lat, ha)
    raws = shapely.to_geojson(polys)
    days = (bd.LAST_HARVEST - bd.FIRST_HARVEST).days
    dates = rng.integers(0, days + 1, n)
    return [Plot(index=k, geometry=g, user_id=str(k), commodity="cocoa", raw_geometry=json.loads(raw),
                 harvest_date=(bd.FIRST_HARVEST + dt.timedelta(days=int(d))).isoformat())
            for k, (g, raw, d) in enumerate(zip(polys, raws, dates))]


def million_file() -> Path:
    """The 1,000,000-plot GeoPackage: this checkout's benchmarks/out, else the main checkout's."""
    for root in (HERE / "out", Path("/work/main/benchmarks/out")):
        if (root / "million30" / MILLION).exists():
            return root / "million30" / MILLION
    return HERE / "out" / "million30" / MILLION


def million_chunk(n: int, seed_row: int = 12345) -> list:
    """``n`` plots of the million file whose box centres are nearest the ``seed_row``-th plot's (one
    cluster, as a spatial chunk of the chunked check holds), in fid order, with their attributes;
    geometries parsed from the GeoPackage blobs (header skipped) by ``shapely.from_wkb``."""
    import sqlite3

    import shapely

    from vantage_plugin.core.plots import Plot

    connection = sqlite3.connect(f"file:{million_file()}?mode=ro", uri=True)
    try:
        boxes = np.array(connection.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_plots_geom").fetchall())
        cx, cy = (boxes[:, 1] + boxes[:, 2]) / 2, (boxes[:, 3] + boxes[:, 4]) / 2
        near = np.argsort((cx - cx[seed_row]) ** 2 + (cy - cy[seed_row]) ** 2, kind="stable")[:n]
        fids = np.sort(boxes[near, 0].astype(np.int64)).tolist()
        rows: list = []
        for lo in range(0, len(fids), 900):
            part = fids[lo:lo + 900]
            rows += connection.execute(f"SELECT geom, plot_id, commodity, harvest_date, point_ha FROM plots "
                                       f"WHERE fid IN ({','.join('?' * len(part))}) ORDER BY fid", part).fetchall()
    finally:
        connection.close()

    def wkb(blob: bytes) -> bytes:  # GeoPackage binary: 8 header bytes, then the envelope its flags say
        return blob[8 + (0, 32, 48, 48, 64)[(blob[3] >> 1) & 7]:]

    geoms = shapely.from_wkb([wkb(row[0]) for row in rows])
    return [Plot(index=k, geometry=g, user_id=str(plot_id), commodity=commodity, harvest_date=harvest,
                 point_ha=point_ha)
            for k, (g, (_, plot_id, commodity, harvest, point_ha)) in enumerate(zip(geoms, rows))]


def tiled_plots(n: int) -> list:
    """``n`` plots: shifted copies of the Nicaragua file, with commodity, harvest date and raw geometry."""
    import shapely

    from vantage_plugin.core.plots import FieldMapping
    from vantage_plugin.core.sources import plots_from_geojson

    base = plots_from_geojson(DATA, FieldMapping(plot_id="Plot ID"))
    geoms = np.array([p.geometry for p in base], dtype=object)
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    # Whole hundredths of a degree, so coarse (5-decimal) coordinates stay coarse once shifted.
    dx, dy = np.ceil((xmax - xmin) * 105) / 100, np.ceil((ymax - ymin) * 105) / 100
    tiles = -(-n // len(base))
    columns = int(np.ceil(np.sqrt(tiles)))
    out: list = []
    for tile in range(tiles):
        shift = np.array([(tile % columns) * dx, (tile // columns) * dy])
        moved = shapely.transform(geoms, lambda c, s=shift: c + s)
        raws = shapely.to_geojson(moved)
        for plot, geometry, raw in zip(base, moved, raws):
            if len(out) == n:
                break
            out.append(replace(plot, index=len(out), geometry=geometry, raw_geometry=json.loads(raw),
                               commodity="coffee", harvest_date="2024-03-01"))
    return out


def overlapping_pairs(plots: list) -> int:
    """Pairs whose interiors overlap (an independent count: STRtree + intersection area)."""
    import shapely

    geoms = np.array([p.geometry for p in plots], dtype=object)
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    area = shapely.area(shapely.intersection(geoms[left], geoms[right]))
    return int((area > 0).sum())


def per_plot_loop(plots: list, today: dt.date) -> int:
    """The straightforward alternative: one plot at a time with scalar shapely calls."""
    import shapely
    from shapely.validation import explain_validity

    from vantage_plugin.core.plots import normalise_commodity, parse_harvest_date

    geoms = [p.geometry for p in plots]
    tree = shapely.STRtree(geoms)
    found = 0
    for i, plot in enumerate(plots):
        if normalise_commodity(plot.commodity) is None:
            found += 1
        date = parse_harvest_date(plot.harvest_date)
        if date is None or date > today:
            found += 1
        geometry = geoms[i]
        if not geometry.is_valid:
            found += bool(explain_validity(geometry))
        coords = shapely.get_coordinates(geometry)
        if (np.abs(coords[:, 0]) > 180).any() or (np.abs(coords[:, 1]) > 90).any():
            found += 1
        scaled = coords * 1e5
        if (np.abs(scaled - np.rint(scaled)) < 1e-4).all():
            found += 1
        found += len(shapely.get_parts(geometry)) > 1
        for j in tree.query(geometry, predicate="intersects"):
            if j > i and (geometry.equals(geoms[j]) or geometry.intersection(geoms[j]).area > 0):
                found += 1
    return found


def kept(issues: list) -> dict:
    """The panel's keeping of ``issues`` (``gui.check_outcome.PanelKeeper.add_issues``, then ``issues()``):
    timed, with a digest of what the kept table gives back."""
    from functools import partial

    from vantage_plugin.core.chunks import PAIR_CODES
    from vantage_plugin.core.validation.issue_table import IssueColumns
    from vantage_plugin.qgis_bridge.operations import _issue_order

    order = partial(_issue_order, pair_codes=PAIR_CODES)
    by_chunk: dict[int, list] = {}  # each chunk's issues in the order found
    for issue in issues:
        by_chunk.setdefault(issue.plot_index // KEEP_CHUNK, []).append(issue)
    with bc.Timer() as t:
        columns = IssueColumns()
        for chunk in sorted(by_chunk):
            columns.add(by_chunk[chunk], order)
        table = columns.table()
    digest = hashlib.sha256(repr([(i.code, i.plot_index, i.message, i.location, i.other_plot_index, i.params)
                                  for i in table]).encode()).hexdigest()
    return {"keep_s": t.seconds, "keep_cpu": t.cpu, "keep_digest": digest}


def worker(a: dict) -> dict:
    if a["name"] == "validate-before":
        sys.path.insert(0, a["before"])  # the other checkout's plugin, imported from here on
    makers = {"dense": dense_plots, "nicaragua": tiled_plots, "million": million_chunk}
    plots = makers[a["data"]](a["n"])
    out: dict = {}
    if a["name"] in ("validate", "validate-before") or a["name"].startswith("validate-threads-"):
        from vantage_plugin.core.validation import checks, validate

        if a["name"].startswith("validate-threads-"):
            checks._WORKERS = int(a["name"].rsplit("-", 1)[1])

        with bc.Timer() as t:
            report = validate(plots, today=TODAY)
        codes: dict = {}
        for issue in report.issues:
            codes[issue.code] = codes.get(issue.code, 0) + 1
        digest = hashlib.sha256(repr([(i.code, i.plot_index, i.message, i.location, i.other_plot_index)
                                      for i in report.issues]).encode()).hexdigest()
        out.update(issues=len(report.issues), blocked=len(report.blocked), codes=codes, digest=digest,
                   plugin=str(Path(sys.modules["vantage_plugin"].__file__).parent.parent))
        if a.get("keep"):
            out.update(kept(list(report.issues)))
    elif a["name"] == "per-plot-loop":
        with bc.Timer() as t:
            per_plot_loop(plots, TODAY)
    else:  # "pairs": the independent count, not timed as a contender
        with bc.Timer() as t:
            out["pairs"] = overlapping_pairs(plots)
    out.update(seconds=t.seconds, cpu=t.cpu)
    return out


def main() -> int:
    if bc.worker_main(_Workers({"validate": worker, "validate-before": worker, "per-plot-loop": worker,
                                "pairs": worker})):
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--plots", type=int, default=100_000)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--data", default="dense,nicaragua")
    p.add_argument("--timeout", type=float, default=1800)
    p.add_argument("--before", help="another checkout (e.g. the main branch): its validate() measured too, "
                                     "interleaved, and its issues compared with these")
    p.add_argument("--no-loop", action="store_true", help="skip the per-plot loop")
    p.add_argument("--keep", action="store_true", help="also time the panel's keeping of the issues as columns")
    p.add_argument("--workers", default="", help="thread counts to measure validate() with too, e.g. 1,2 "
                                                  "(checks._WORKERS; the default is min(2, cores))")
    a = p.parse_args()
    print(f"machine: {bc.machine()}")
    for data in a.data.split(","):
        if data == "nicaragua" and not DATA.exists():
            print(f"\n=== nicaragua: skipped ({DATA} missing)")
            continue
        if data == "million" and not million_file().exists():
            print(f"\n=== million: skipped ({million_file()} missing)")
            continue
        base = {"n": a.plots, "data": data, "before": str(Path(a.before).resolve()) if a.before else "",
                "keep": a.keep}

        def one(name: str, r: int, base=base) -> dict:
            return bc.run_json([sys.executable, __file__, "--worker", name, json.dumps(dict(base, name=name))],
                               a.timeout)

        pairs = one("pairs", 0)
        print(f"\n=== {data}: {a.plots} plots, {pairs.get('pairs', pairs.get('error'))} overlapping pairs "
              "(independent count: STRtree + intersection area)", flush=True)
        threads = [f"validate-threads-{k}" for k in a.workers.split(",") if k]
        names = (["validate"] + (["validate-before"] if a.before else []) + threads
                 + ([] if a.no_loop else ["per-plot-loop"]))
        runs = bc.interleaved(names, a.repeats, one, once=("per-plot-loop",))
        runs.setdefault("per-plot-loop", [])
        old = old_cpu = None
        if a.before:
            old, old_cpu = bc.median_of(runs["validate-before"]), bc.median_of(runs["validate-before"], "cpu")
            now = bc.median_run(runs["validate"]) or {}
            then = bc.median_run(runs["validate-before"]) or {}
            print(f"before ({then.get('plugin')}): {bc.fmt(old)} s wall, {bc.fmt(old_cpu)} s CPU "
                  f"(median of {len(runs['validate-before'])}); issues identical to this checkout's: "
                  f"{then.get('digest') == now.get('digest') and bool(now.get('digest'))}")
        fast, slow = bc.median_of(runs["validate"]), bc.median_of(runs["per-plot-loop"])
        fast_cpu, slow_cpu = bc.median_of(runs["validate"], "cpu"), bc.median_of(runs["per-plot-loop"], "cpu")
        r = bc.median_run(runs["validate"]) or {}
        print(f"validate():    {bc.fmt(fast)} s wall, {bc.fmt(fast_cpu)} s CPU (median of {len(runs['validate'])}); "
              f"{r.get('issues')} issues, {r.get('blocked')} plots blocked; "
              f"PLOTS_OVERLAP issues {r.get('codes', {}).get('PLOTS_OVERLAP')}")
        for name in threads:
            run = bc.median_run(runs[name]) or {}
            print(f"{name}: {bc.fmt(bc.median_of(runs[name]))} s wall, {bc.fmt(bc.median_of(runs[name], 'cpu'))} s "
                  f"CPU (median of {len(runs[name])}); issues identical to validate()'s: "
                  f"{run.get('digest') == r.get('digest') and bool(r.get('digest'))}")
        if not a.no_loop:
            print(f"per-plot loop: {bc.fmt(slow)} s wall, {bc.fmt(slow_cpu)} s CPU (1 run)")
        if "error" not in pairs:
            print(f"(for scale: the independent count — one STRtree query and one vectorised shapely intersection of "
                  f"all candidate pairs — took {pairs['seconds']:.2f} s wall, {pairs['cpu']:.2f} s CPU)")
        if fast and slow:
            print(f"ratio: validate() is {slow / fast:.1f}× the per-plot loop (wall), {slow_cpu / fast_cpu:.1f}× (CPU)")
        if a.before and fast and old:
            print(f"ratio: validate() is {old / fast:.2f}× the one before (wall), {old_cpu / fast_cpu:.2f}× (CPU)")
        if a.keep:
            keep, keep_cpu = bc.median_of(runs["validate"], "keep_s"), bc.median_of(runs["validate"], "keep_cpu")
            print(f"kept as columns (the panel): {bc.fmt(keep)} s wall, {bc.fmt(keep_cpu)} s CPU "
                  f"(median of {len(runs['validate'])}, chunks of {KEEP_CHUNK:,} plots)")
            if a.before:
                then = bc.median_run(runs["validate-before"]) or {}
                old_keep = bc.median_of(runs["validate-before"], "keep_s")
                old_keep_cpu = bc.median_of(runs["validate-before"], "keep_cpu")
                same = then.get("keep_digest") == r.get("keep_digest") and bool(r.get("keep_digest"))
                print(f"kept as columns, before: {bc.fmt(old_keep)} s wall, {bc.fmt(old_keep_cpu)} s CPU; kept issues "
                      f"identical: {same}")
                if keep and old_keep:
                    print(f"ratio: keeping is {old_keep / keep:.2f}× the one before (wall), "
                          f"{old_keep_cpu / keep_cpu:.2f}× (CPU)")
        if data == "dense":
            enough = pairs.get("pairs", 0) >= 50_000 and a.plots >= 100_000
            ok = fast is not None and fast <= TARGET_S
            label = "" if enough else " (NOT the target's setting: needs 100,000 plots and ≥ 50,000 pairs)"
            print(f"  [{bc.verdict(ok if enough else None)}] 100,000 plots with ≥ 50,000 overlapping pairs "
                  f"≤ {TARGET_S:g} s: {bc.fmt(fast)} s{label}")
    return 0


class _Workers(dict):
    """The worker table, with ``validate-threads-N`` (any N) answered by :func:`worker`."""

    def __missing__(self, name: str):
        if name.startswith("validate-threads-"):
            return worker
        raise KeyError(name)


if __name__ == "__main__":
    raise SystemExit(main())
