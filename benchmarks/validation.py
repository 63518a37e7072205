"""Benchmark: validate() on 100,000 plots (target ≤ 5 s on 2 cores), against a per-plot loop.

The 1124 Nicaragua plots are tiled by shifting copies on a grid (tiles never overlap each other),
so the batch keeps the file's real problems (43 overlapping + 4 duplicate pairs per tile, 451
plots with coarse coordinates per tile). The alternative, measured in the same run, is the straightforward loop: per plot,
shapely's scalar is_valid/explain_validity, numpy coordinate checks, and an STRtree query with
intersection areas. Run: ``.venv/bin/python benchmarks/validation.py [n_plots]``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import shapely
from shapely.validation import explain_validity

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vantage_plugin.core.plots import FieldMapping, Plot, normalise_commodity, parse_harvest_date  # noqa: E402
from vantage_plugin.core.sources import plots_from_geojson  # noqa: E402
from vantage_plugin.core.validation import validate  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "plots" / "nicaragua_coffee_1124plots.geojson"


def tiled_plots(n: int) -> list[Plot]:
    """``n`` plots: shifted copies of the Nicaragua file, with commodity, harvest date and raw geometry."""
    base = plots_from_geojson(DATA, FieldMapping(plot_id="Plot ID"))
    geoms = np.array([p.geometry for p in base], dtype=object)
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    # Whole hundredths of a degree, so coarse (5-decimal) coordinates stay coarse once shifted.
    dx, dy = np.ceil((xmax - xmin) * 105) / 100, np.ceil((ymax - ymin) * 105) / 100
    tiles = -(-n // len(base))
    columns = int(np.ceil(np.sqrt(tiles)))
    out: list[Plot] = []
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


def per_plot_loop(plots: list[Plot], today: dt.date) -> int:
    """The straightforward alternative: one plot at a time with scalar shapely calls."""
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


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    today = dt.date(2025, 1, 1)
    start = time.perf_counter()
    plots = tiled_plots(n)
    print(f"setup: {n} plots built in {time.perf_counter() - start:.1f} s "
          f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}: timings on a shared machine are noisy)")

    start = time.perf_counter()
    report = validate(plots, today=today)
    fast = time.perf_counter() - start
    overlaps = sum(i.code == "PLOTS_OVERLAP" for i in report.issues) // 2
    print(f"  issues: {len(report.issues)} ({report.error_count} errors, {report.warning_count} warnings), "
          f"{overlaps} overlapping pairs, {len(report.blocked)} plots blocked")

    start = time.perf_counter()
    per_plot_loop(plots, today)
    slow = time.perf_counter() - start
    print(f"per-plot loop: {n} plots in {slow:.2f} s ({n / slow:,.0f} plots/s)")
    verdict = "OK" if fast <= 5.0 else "OVER TARGET"
    print(f"validate(): {n} plots in {fast:.2f} s ({n / fast:,.0f} plots/s) — {slow / fast:.1f}× the per-plot loop "
          f"[target ≤ 5 s: {verdict}]")


if __name__ == "__main__":
    main()
