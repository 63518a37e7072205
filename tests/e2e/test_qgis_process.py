"""qgis_process in a throw-away profile, as a user's headless QGIS runs the plugin: build the zip,
deploy it, ``plugins enable vantage_plugin``, then run the algorithms and read the outputs with OGR."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
from collections import Counter
from pathlib import Path

import pytest
import shapely
from osgeo import ogr, osr

from tests.conftest import DEMO, package_script, shared_file
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import apply_fixes

pytestmark = pytest.mark.e2e
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/lib/qgis/qgis_process.bin"


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    if not os.path.exists(QGIS_PROCESS):
        pytest.skip(f"qgis_process.bin not found at {QGIS_PROCESS}")
    root = tmp_path_factory.mktemp("qgis-profile")
    package = package_script()
    built = package.build(root / "vantage_plugin.zip", compile_qm=False)
    package.deploy(built, root / "profiles" / "default" / "python" / "plugins")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (sysconfig.get_paths()["purelib"], env.get("PYTHONPATH")) if p)
    done = subprocess.run([QGIS_PROCESS, "plugins", "enable", "vantage_plugin"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 or "already enabled" in done.stdout, done.stdout + done.stderr
    return root, env


def _run(env, algorithm, **params):
    command = [QGIS_PROCESS, "--json", "run", algorithm, "--", *[f"{k}={v}" for k, v in params.items()]]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(done.stdout[done.stdout.index("{"):])


def _rows(path, layer=None):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    d = lyr.GetLayerDefn()
    names = [d.GetFieldDefn(i).GetName() for i in range(d.GetFieldCount())]
    return [{n: f.GetField(n) for n in names} for f in lyr]


def _geopackage(path, layer: str, count: int) -> None:
    """A GeoPackage written with OGR alone: ``count`` points with a ``n`` field."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    for n in range(count):
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetField("n", n)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({n} {n})"))
        lyr.CreateFeature(feature)
    ds = None


def test_provider_is_listed(profile):
    _, env = profile
    done = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300)
    for name in ("vantage:validateplots", "vantage:fixplots", "vantage:checkplots", "vantage:importjob",
                 "vantage:listjobs", "vantage:exporteudr", "vantage:report"):
        assert name in done.stdout


def test_validateplots_on_whisp(profile, tmp_path):
    _, env = profile
    path = shared_file("plots/whisp_50plots.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    holes = sum(any(len(rings) > 1 for rings in f["geometry"]["coordinates"]) for f in document["features"])
    out = tmp_path / "whisp_issues.gpkg"
    answer = _run(env, "vantage:validateplots", INPUT=path, OUTPUT=out)
    results = answer["results"]
    rows = _rows(out)
    assert results["PLOTS"] == 50
    assert results["ERRORS"] == sum(r["severity"] == "error" for r in rows)
    assert results["WARNINGS"] == sum(r["severity"] == "warning" for r in rows)
    assert results["VALID_PLOTS"] == 50 - len({r["plot_index"] for r in rows if r["severity"] == "error"})
    assert sum("HOLE" in r["code"] for r in rows) == holes == 1
    assert {r["plot_id"] for r in rows} <= {str(f["properties"]["user_id"]) for f in document["features"]}
    assert Path(results["OUTPUT"].split("|")[0]) == out


def test_validateplots_on_cameroon_does_not_crash(profile, tmp_path):
    _, env = profile
    path = shared_file("plots/cameroon_cocoa_18plots_malformed.geojson")
    answer = _run(env, "vantage:validateplots", INPUT=path, OUTPUT=tmp_path / "c.gpkg")
    assert answer["results"]["PLOTS"] == 18 and answer["results"]["VALID_PLOTS"] == 0
    assert Counter(r["severity"] for r in _rows(tmp_path / "c.gpkg"))["error"] >= 18


def test_checkplots_on_demo_data(profile, tmp_path):
    _, env = profile
    plots = DEMO / "demo_plots.gpkg"
    loss = sorted((DEMO / "hansen").glob("*lossyear*.tif"))
    if not plots.exists() or not loss:
        pytest.skip("demo data not built yet")
    out = tmp_path / "demo_results.gpkg"
    # ENGINE by name: qgis_process takes an enum's name as well as its number
    answer = _run(env, "vantage:checkplots", INPUT=f"{plots}|layername=plots", PLOT_ID_FIELD="plot_ref",
                  ENGINE="bundled", LOSS_YEAR=loss[0], FOREST_2020=sorted((DEMO / "hansen").glob("*treecover2000*.tif"))[0],
                  FOREST_2020_MIN=10, OUTPUT=out)
    results = answer["results"]
    rows = _rows(out, "demo_results")
    assert len(rows) == results["PLOTS"] == 12
    assert sum(results[k] for k in ("HIGH", "MEDIUM", "LOW", "UNKNOWN", "INVALID", "FAILED")) == 12
    assert all(r["plot_ref"] and r["plot_ref"].startswith("DEMO-") for r in rows)
    ds = ogr.Open(str(out))
    styles = ds.ExecuteSQL("SELECT f_table_name FROM layer_styles WHERE useAsDefault")
    assert [f.GetField(0) for f in styles] == ["demo_results"]
    ds.ReleaseResultSet(styles)


def test_checkplots_into_a_locked_geopackage_exits_with_the_reason(profile, tmp_path):
    """A GeoPackage another program holds open (a read transaction) is never reported as success: the
    run fails naming the file and the recovery GeoPackage that keeps the finished results; no traceback."""
    import sqlite3

    _, env = profile
    plots = DEMO / "demo_plots.gpkg"
    out = tmp_path / "locked.gpkg"
    _geopackage(out, "locked", 3)  # an earlier result the other program holds open
    before = _rows(out, "locked")
    reader = sqlite3.connect(str(out), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute('SELECT count(*) FROM "locked"').fetchall()
    try:
        command = [QGIS_PROCESS, "run", "vantage:checkplots", "--", f"INPUT={plots}|layername=plots", "ENGINE=0",
                   f"OUTPUT={out}"]
        done = subprocess.run(command, env=_no_lock_wait(env), capture_output=True, text=True, timeout=600)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    text = done.stdout + done.stderr
    assert done.returncode != 0, text[-3000:]
    assert str(out) in text and "locked.recovered.gpkg" in text and "Traceback" not in text
    assert _rows(out, "locked") == before
    # the finished results of every input plot are in the recovery GeoPackage
    assert len(_rows(tmp_path / "locked.recovered.gpkg", "locked")) == len(_rows(plots, "plots"))


def test_exporteudr_on_demo_plots(profile, tmp_path):
    """The EU file from qgis_process (COMMODITY by name), checked by the unit tests' independent reader."""
    from tests.fixtures.eu_files import read_eu_file
    from tests.fixtures.world import ogr_iso2_at

    _, env = profile
    plots = DEMO / "demo_plots.gpkg"
    out, producers, table = tmp_path / "demo_eu.geojson", tmp_path / "demo_eu.producers.json", tmp_path / "t.gpkg"
    answer = _run(env, "vantage:exporteudr", INPUT=f"{plots}|layername=plots", PLOT_ID_FIELD="plot_ref",
                  PRODUCTION_PLACE_FIELD="name", POINT_AREA_FIELD="point_ha", COMMODITY="coffee",
                  OUTPUT=out, PRODUCERS=producers, TABLE=table)
    results = answer["results"]
    source = _rows(f"{plots}", "plots")
    blocked = {r["plot_ref"] for r in source if "validation blocks it" in (r["demo_case"] or "")}
    rows = {r["plot_id"]: r for r in _rows(table)}
    assert set(rows) == {r["plot_ref"] for r in source}
    assert {k for k, r in rows.items() if r["status"] == "left out"} == blocked == {"DEMO-011"}
    assert results["LEFT_OUT"] == 1 and results["WRITTEN"] + results["CHANGED"] == len(source) - 1
    features = read_eu_file(out)
    assert len(features) == sum(r["features"] for r in rows.values())
    for feature in features:
        position = feature["geometry"]["coordinates"]
        while isinstance(position[0], list):
            position = position[0]
        assert [feature["properties"]["ProducerCountry"]] == ogr_iso2_at(*position) == ["DO"]
    points = [f for f in features if f["geometry"]["type"] == "Point"]
    assert sorted(f["properties"]["Area"] for f in points) == sorted(
        r["point_ha"] for r in source if r["point_ha"] is not None)
    assert json.loads(producers.read_text())["producers"][0]["country"] == "DO"


def test_fixplots_into_a_locked_geopackage_exits_with_the_reason(profile, tmp_path):
    """fixplots (like validateplots) into a GeoPackage another program holds open: a non-zero exit naming
    the file, the reason and the recovery GeoPackage, which holds the fixed plots, with the fixes this
    process makes of them (DEMO-011's repaired crossing once gave ROUND_COORDINATES only here); the file
    is untouched."""
    import sqlite3

    _, env = profile
    source = DEMO / "demo_plots.gpkg"
    out = tmp_path / "locked.gpkg"
    _geopackage(out, "earlier", 3)  # an earlier result the other program holds open
    before = _rows(out, "earlier")
    reader = sqlite3.connect(str(out), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute('SELECT count(*) FROM "earlier"').fetchall()
    try:
        command = [QGIS_PROCESS, "run", "vantage:fixplots", "--", f"INPUT={source}|layername=plots", f"OUTPUT={out}"]
        done = subprocess.run(command, env=_no_lock_wait(env), capture_output=True, text=True, timeout=600)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    text = done.stdout + done.stderr
    recovery = tmp_path / "locked.recovered.gpkg"
    assert done.returncode != 0, text[-3000:]
    assert str(out) in text and "locked" in text and str(recovery) in text and "Traceback" not in text
    assert _rows(out, "earlier") == before and ogr.Open(str(out)).GetLayerByName("locked") is None
    assert _fixes_by_plot(recovery, "locked") == _fixes_in_this_process(source, "plots")
    # every source attribute kept, a split plot once per part
    pieces = Counter(r["plot_ref"] for r in _rows(recovery, "locked"))
    kept = {r["plot_ref"]: r for r in _rows(source, "plots")}
    for row in _rows(recovery, "locked"):
        assert {k: row[k] for k in kept[row["plot_ref"]] if k != "fid"} == {
            k: v for k, v in kept[row["plot_ref"]].items() if k != "fid"}
        assert (row["vantage_part"] is None) == (pieces[row["plot_ref"]] == 1)


def _no_lock_wait(env: dict) -> dict:
    """``env`` with publishing's wait for another program's lock cut from 2 s to 50 ms (the lock is held
    for the whole run: the outcome is the same, sooner)."""
    return dict(env, VANTAGE_BUSY_TIMEOUT_MS="50")


def _fixes_by_plot(path, layer: str) -> dict:
    """{plot_ref: sorted (fixes text, geometry WKB)} of a fixed layer read with OGR."""
    ds = ogr.Open(str(path))
    out: dict = {}
    for feature in ds.GetLayerByName(layer):
        out.setdefault(feature.GetField("plot_ref"), []).append(
            (feature.GetField("vantage_fixes"), bytes(feature.GetGeometryRef().ExportToIsoWkb())))
    return {k: sorted(v) for k, v in out.items()}


def _fixes_in_this_process(path, layer: str) -> dict:
    """The same, from the core's fixes applied here to the plots read with OGR and shapely."""
    ds = ogr.Open(str(path))
    refs, plots = [], []
    for n, feature in enumerate(ds.GetLayerByName(layer)):
        refs.append(feature.GetField("plot_ref"))
        plots.append(Plot(index=n, geometry=shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToIsoWkb()))))
    fixed = apply_fixes(plots)
    texts: dict = {}
    for change in fixed.changes:
        texts.setdefault(change.plot_index, []).append(f"{change.fix}: {change.message}")
    out: dict = {}
    for plot, origin in zip(fixed.plots, fixed.origin):
        out.setdefault(refs[origin], []).append(
            ("; ".join(texts.get(origin, [])) or None, shapely.to_wkb(plot.geometry, flavor="iso")))
    return {k: sorted(v) for k, v in out.items()}
