#!/usr/bin/env python3
"""``make demo``: run the plugin headless on the bundled demo data, as a user's QGIS would.

1. builds the plugin zip (scripts/package.py) and deploys it into a throw-away QGIS profile
   (``--profile``, used as ``QGIS_CUSTOM_CONFIG_PATH``);
2. ``qgis_process.bin plugins enable vantage_plugin``;
3. ``qgis_process.bin run vantage:checkplots`` on ``resources/demo/demo_plots.gpkg`` with the demo
   Hansen rasters, protected areas and indigenous lands, writing ``<out>/demo_results.gpkg`` (styled by
   risk level, the style saved in the GeoPackage) — or, if the engine is not available,
   ``vantage:validateplots`` writing ``<out>/demo_issues.gpkg``;
4. prints a summary.

Safe to run twice: the profile's plugin copy and the outputs are replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import package  # noqa: E402  (scripts/package.py)

DEMO = REPO / "resources" / "demo"


def qgis_env(profile: Path) -> dict:
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Python dependencies (shapely 2) come from the venv running this script.
    site = sysconfig.get_paths()["purelib"]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (site, env.get("PYTHONPATH", "")) if p)
    return env


def find_qgis_process(given: str | None) -> str:
    for candidate in (given, shutil.which("qgis_process.bin"), "/usr/lib/qgis/qgis_process.bin"):
        if candidate and (os.path.isfile(candidate) or shutil.which(candidate)):
            return candidate
    raise SystemExit("qgis_process.bin not found: install QGIS (make system) or pass --qgis-process")


def run_json(command: list, env: dict) -> dict:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    text = done.stdout
    start = text.find("{")
    if done.returncode != 0 or start < 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({done.returncode}):\n{done.stderr[-3000:]}\n{text[-2000:]}")
    return json.loads(text[start:])


def install(profile: Path, qgis_process: str, env: dict) -> Path:
    zip_path = package.build(profile / "vantage_plugin.zip")
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    target = package.deploy(zip_path, plugins)
    done = subprocess.run([qgis_process, "plugins", "enable", "vantage_plugin"], env=env, capture_output=True,
                          text=True)
    if done.returncode != 0 and "already enabled" not in done.stdout + done.stderr:
        raise SystemExit(f"could not enable the plugin:\n{done.stdout}\n{done.stderr}")
    return target


def demo_inputs() -> dict:
    plots = DEMO / "demo_plots.gpkg"
    if not plots.exists():
        raise SystemExit(f"demo data missing: {plots} (run scripts/make_demo_data.py)")
    inputs = {"INPUT": f"{plots}|layername=plots", "PLOT_ID_FIELD": "plot_ref"}
    hansen = DEMO / "hansen"
    forest = sorted(hansen.glob("*treecover2000*.tif"))
    loss = sorted(hansen.glob("*lossyear*.tif"))
    if forest:
        inputs["FOREST_2020"] = str(forest[0])
        # no FOREST_2020_MIN: the default follows the raster's kind (tree cover in percent: 10 % canopy)
    if loss:
        inputs["LOSS_YEAR"] = str(loss[0])
    for name, file in (("PROTECTED_AREAS", "demo_protected_areas.gpkg"),
                       ("INDIGENOUS_LANDS", "demo_indigenous_lands.gpkg")):
        if (DEMO / file).exists():
            inputs[name] = str(DEMO / file)
    return inputs


def arguments(values: dict) -> list:
    return [f"{k}={v}" for k, v in values.items()]


# --- EU Information System file (vantage:exporteudr) ------------------------------------------
def export_eudr(qgis_process: str, env: dict, source: str, out: Path) -> None:
    """Write the demo plots' EU Information System GeoJSON (and the DDS producers JSON) into ``out``."""
    for stale in out.glob("demo_eudr*"):
        stale.unlink()
    geojson, producers = out / "demo_eudr.geojson", out / "demo_eudr.producers.json"
    table = out / "demo_eudr_table.gpkg"
    values = {"INPUT": source, "PLOT_ID_FIELD": "plot_ref", "PRODUCTION_PLACE_FIELD": "name",
              "POINT_AREA_FIELD": "point_ha", "COMMODITY": "cocoa", "OUTPUT": str(geojson),
              "PRODUCERS": str(producers), "TABLE": str(table)}
    print("Running vantage:exporteudr (EU Information System file) on the demo plots…")
    results = run_json([qgis_process, "--json", "run", "vantage:exporteudr", "--", *arguments(values)], env)["results"]
    print(f"EU Information System file: {results.get('FILES')} ({results.get('WRITTEN')} plots written, "
          f"{results.get('CHANGED')} changed, {results.get('LEFT_OUT')} left out; why: {table})")


# --- evidence maps and the run report ------------------------------------------------------------
def report(qgis_process: str, env: dict, result_path: Path, out: Path) -> None:
    """The evidence maps checkplots wrote (EVIDENCE) and the PDF report of the run (vantage:report)."""
    evidence = result_path.with_name(result_path.stem + "_evidence")
    maps = sorted(evidence.glob("*.png"))
    print(f"{len(maps)} evidence maps (one PNG per plot): {evidence}")
    pdf = out / "demo_report.pdf"
    values = {"INPUT": f"{result_path}|layername={result_path.stem}", "OUTPUT": str(pdf)}
    answer = run_json([qgis_process, "--json", "run", "vantage:report", "--", *arguments(values)], env)
    results = answer.get("results", {})
    print(f"Run report: {pdf} ({results.get('PAGES')} pages, {results.get('FLAGGED')} plots that need a look)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", type=Path, default=REPO / ".qgis-profile")
    parser.add_argument("--out", type=Path, default=REPO / "demo-output")
    parser.add_argument("--qgis-process", default=None)
    args = parser.parse_args(argv)
    profile, out = args.profile.resolve(), args.out.resolve()
    profile.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    qgis_process = find_qgis_process(args.qgis_process)
    env = qgis_env(profile)
    target = install(profile, qgis_process, env)
    print(f"Plugin installed in a throw-away profile: {target}")

    inputs = demo_inputs()
    result_path = out / "demo_results.gpkg"
    for stale in out.glob("demo_*.gpkg*"):
        stale.unlink()
    shutil.rmtree(out / "demo_results_evidence", ignore_errors=True)  # stale evidence maps
    try:
        values = dict(inputs, ENGINE="0", OUTPUT=str(result_path), EVIDENCE="true")
        print("Running vantage:checkplots (bundled engine) on the demo plots…")
        answer = run_json([qgis_process, "--json", "run", "vantage:checkplots", "--", *arguments(values)], env)
        results = answer.get("results", {})
        print()
        print(results.get("SUMMARY", ""))
        print()
        print(f"High {results.get('HIGH')}  Medium {results.get('MEDIUM')}  Low {results.get('LOW')}  "
              f"Unknown {results.get('UNKNOWN')}  Invalid {results.get('INVALID')}  Failed {results.get('FAILED')}")
        print(f"Open {result_path} in QGIS: it is styled by risk level (style saved in the GeoPackage).")
        export_eudr(qgis_process, env, f"{result_path}|layername=demo_results", out)
        report(qgis_process, env, result_path, out)
        return 0
    except RuntimeError as error:
        # Only a missing dependency (the plugin says what it needs) falls back to validation; any other
        # failure is the demo's failure and must not pass for a successful run.
        if "Vantage for QGIS needs" not in str(error) and "not available" not in str(error):
            raise
        print(f"vantage:checkplots could not run ({str(error).splitlines()[0]}); validating instead.")
    issues_path = out / "demo_issues.gpkg"
    values = {k: v for k, v in inputs.items() if k in ("INPUT", "PLOT_ID_FIELD")}
    values["OUTPUT"] = str(issues_path)
    answer = run_json([qgis_process, "--json", "run", "vantage:validateplots", "--", *arguments(values)], env)
    results = answer.get("results", {})
    print(f"{results.get('PLOTS')} plots: {results.get('ERRORS')} errors, {results.get('WARNINGS')} warnings, "
          f"{results.get('VALID_PLOTS')} plots without error. Issues: {issues_path}")
    export_eudr(qgis_process, env, inputs["INPUT"], out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
