"""One path for the panel and Processing (``qgis_bridge.operations``), and results that are never lost
or reported falsely. Outputs are read back with OGR/sqlite3, independently of the writer; expected
values come from the input files read the same way."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer

from tests.conftest import DEMO, REPO, shared_file
from tests.qgis.support import wait_for
from vantage_plugin.qgis_bridge import results, writing

DEMO_PLOTS = DEMO / "demo_plots.gpkg"


# --- helpers ------------------------------------------------------------------------------------
def _rows(path, layer_name=None):
    """(field names, [(attributes, geometry WKT or None, fid)]) of a layer, read with OGR."""
    ds = ogr.Open(str(path).split("|")[0])
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        values = {}
        for i, name in enumerate(names):
            if definition.GetFieldDefn(i).GetType() == ogr.OFTBinary and feature.IsFieldSetAndNotNull(i):
                values[name] = bytes(feature.GetFieldAsBinary(i))
            else:
                values[name] = feature.GetField(name)
        rows.append((values, geometry.ExportToWkt() if geometry else None, feature.GetFID()))
    return names, rows


def _make_gpkg(path, rows, fields, layer_name="plots", geom_type=ogr.wkbUnknown):
    """A GeoPackage (EPSG:4326) with ``fields`` ``[(name, ogr type)]`` and ``rows`` ``[(values, wkt)]``."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(layer_name, srs, geom_type)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            if isinstance(value, bytes):
                feature.SetFieldBinaryFromHexString(name, value.hex())
            else:
                feature.SetField(name, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


def _square(x: float, y: float, d: float = 0.01) -> str:
    return f"POLYGON (({_coords(x, y, d)}))"


def _coords(x: float, y: float, d: float = 0.01) -> str:
    return f"{x} {y}, {x + d} {y}, {x + d} {y + d}, {x} {y + d}, {x} {y}"


def _two_squares(x: float, y: float) -> str:
    return f"MULTIPOLYGON ((({_coords(x, y)})), (({_coords(x + 0.5, y)})))"


def _load(uri: str, name: str = "plots") -> QgsVectorLayer:
    layer = QgsVectorLayer(str(uri), name, "ogr")
    assert layer.isValid(), uri
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def project_cleanup():
    yield
    QgsProject.instance().removeAllMapLayers()


def _dock_validate(dock, layer):
    dock.layer_combo.setLayer(layer)
    assert dock.current_layer() is layer
    dock.validate()
    wait_for(lambda: not dock.busy())
    assert dock.report is not None, dock.status.text()


def _dock_fix(dock, layer, target):
    _dock_validate(dock, layer)
    dock.run_fixes(str(target))
    wait_for(lambda: not dock.busy())


# --- 2. the panel's Fix -------------------------------------------------------------------------
def test_panel_fix_on_the_demo_geopackage_splits_renumbers_and_keeps_points(dock, tmp_path, project_cleanup):
    source = _load(f"{DEMO_PLOTS}|layername=plots")
    _, source_rows = _rows(DEMO_PLOTS, "plots")
    target = tmp_path / "demo_fixed.gpkg"
    _dock_fix(dock, source, target)
    assert target.exists(), dock.status.text()
    assert "#1a7f37" in dock.status.styleSheet() or "fixes applied" in dock.status.text()
    names, rows = _rows(target, "plots_fixed")
    # every multi-part polygon (after repair: a bow-tie becomes two triangles) is one row per part
    import shapely
    from shapely import wkt as shapely_wkt

    def count(g):
        if not g or not g.startswith(("POLYGON", "MULTIPOLYGON")):
            return 1
        valid = shapely.make_valid(shapely_wkt.loads(g))
        polygons = [p for p in getattr(valid, "geoms", [valid]) if p.geom_type in ("Polygon", "MultiPolygon")]
        return sum(len(getattr(p, "geoms", [p])) for p in polygons)

    parts = {r["plot_ref"]: count(g) for r, g, _ in source_rows}
    assert sorted(r["plot_ref"] for r, _, _ in rows) == sorted(ref for ref, n in parts.items() for _ in range(n))
    assert len({fid for _, _, fid in rows}) == len(rows)  # fids renumbered, never copied twice
    source_points = {r["plot_ref"]: g for r, g, _ in source_rows if g and g.startswith("POINT")}
    assert source_points
    for ref, wkt in source_points.items():
        fixed = [g for r, g, _ in rows if r["plot_ref"] == ref]
        assert fixed and fixed[0] is not None, ref
        assert ogr.CreateGeometryFromWkt(fixed[0]).Equals(ogr.CreateGeometryFromWkt(wkt).Buffer(0)) or \
            ogr.CreateGeometryFromWkt(fixed[0]).Centroid().Distance(ogr.CreateGeometryFromWkt(wkt)) < 1e-9
    for ref in (ref for ref, n in parts.items() if n > 1):
        assert sorted(r["vantage_part"] for r, _, _ in rows if r["plot_ref"] == ref) == list(range(1, parts[ref] + 1))
    assert DEMO_PLOTS.exists() and len(_rows(DEMO_PLOTS, "plots")[1]) == len(source_rows)  # input untouched


def test_panel_fix_on_a_mixed_layer_keeps_user_fields_and_point_geometries(dock, tmp_path, project_cleanup):
    path = _make_gpkg(
        tmp_path / "mixed.gpkg",
        [
            ({"plot_id": "P1", "vantage_fixes": "earlier fix", "vantage_part": 7, "status": "mine"},
             "POINT (10.5 1.5)"),
            ({"plot_id": "M2", "vantage_fixes": None, "vantage_part": None, "status": "x"},
             _two_squares(11, 1)),
            ({"plot_id": "Q3", "vantage_fixes": None, "vantage_part": None, "status": None}, _square(12, 1)),
        ],
        [("plot_id", ogr.OFTString), ("vantage_fixes", ogr.OFTString), ("vantage_part", ogr.OFTInteger),
         ("status", ogr.OFTString)],
    )
    layer = _load(f"{path}|layername=plots")
    target = tmp_path / "fixed.gpkg"
    _dock_fix(dock, layer, target)
    assert target.exists(), dock.status.text()
    names, rows = _rows(target, "plots_fixed")
    by_id = {}
    for values, geometry, _ in rows:
        by_id.setdefault(values["plot_id"], []).append((values, geometry))
    assert sorted((k, len(v)) for k, v in by_id.items()) == [("M2", 2), ("P1", 1), ("Q3", 1)]
    point, point_geometry = by_id["P1"][0]
    assert point_geometry is not None and ogr.CreateGeometryFromWkt(point_geometry).GetGeometryName() in (
        "POINT", "MULTIPOINT")
    # the user's own fields survive unchanged; the plugin's columns are renamed beside them
    assert point["vantage_fixes"] == "earlier fix" and point["vantage_part"] == 7 and point["status"] == "mine"
    assert "vantage_fixes_2" in names and "vantage_part_2" in names
    assert sorted(v["vantage_part_2"] for v, _ in by_id["M2"]) == [1, 2]
    assert all("SPLIT_MULTIPART" in (v["vantage_fixes_2"] or "") for v, _ in by_id["M2"])


# --- 3. writing never lies ----------------------------------------------------------------------
def _plots_and_results(n: int = 3):
    from shapely.geometry import Polygon

    from vantage_plugin.core import analysis
    from vantage_plugin.core.plots import Plot

    plots = [Plot(i, Polygon([(10 + i, 1), (10.01 + i, 1), (10.01 + i, 1.01), (10 + i, 1.01)]), source_fid=i,
                  user_id=f"P{i}", attributes={"plot_code": f"P{i}"}) for i in range(n)]
    res = [analysis.PlotResult(i, "bundled", analysis.STATUS_OK, analysis=analysis.make_analysis(
        area_ha=1.0, analysis_end="2024-12-31", forest_ha=1.0, deforestation_ha=0.0, deforestation_yearly={},
        risk_level="Low", risk_reason="Low", version="test")) for i in range(n)]
    return plots, res


def _source_fields():
    from qgis.core import QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    fields.append(QgsField("plot_code", QVariant.String))
    return fields


def test_a_geopackage_held_open_is_an_error_and_the_results_are_recovered(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "BUSY_TIMEOUT_MS", 50)
    plots, res = _plots_and_results()
    out = tmp_path / "out.gpkg"
    results.write_results(str(out), "check", plots[:1], res[:1], _source_fields())
    reader = sqlite3.connect(str(out), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute('SELECT * FROM "check"').fetchall()  # a read transaction, as another program holds it
    try:
        with pytest.raises(results.ResultWriteError) as caught:
            results.write_results(str(out), "check", plots, res, _source_fields())
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    message = str(caught.value)
    recovery = caught.value.recovery
    assert str(out) in message and recovery and recovery in message and "locked" in message
    assert Path(recovery).parent == tmp_path
    assert len(_rows(out, "check")[1]) == 1  # the old results are still there, untouched
    assert sorted(r["plot_code"] for r, _, _ in _rows(recovery, "check")[1]) == ["P0", "P1", "P2"]
    assert not [p for p in os.listdir(tmp_path) if ".tmp.gpkg" in p]


def test_checkplots_into_a_locked_geopackage_fails_with_the_reason_not_success(vantage, tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "BUSY_TIMEOUT_MS", 50)
    out = tmp_path / "check.gpkg"
    params = {"INPUT": f"{DEMO_PLOTS}|layername=plots", "ENGINE": 0, "OUTPUT": str(out)}
    vantage.run("vantage:checkplots", params)
    before = _rows(out, "check")[1]
    reader = sqlite3.connect(str(out), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM \"check\"").fetchall()
    try:
        with pytest.raises(QgsProcessingException) as caught:
            vantage.run("vantage:checkplots", params)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    message = str(caught.value)
    assert str(out) in message and ".recovered" in message and "Traceback" not in message
    recovery = next(tmp_path.glob("check.recovered*.gpkg"))
    assert len(_rows(recovery, "check")[1]) == len(before) == 12
    assert [r for r, _, _ in _rows(out, "check")[1]] == [r for r, _, _ in before]


def test_a_path_under_a_file_is_refused_before_any_work(vantage, tmp_path):
    blocker = tmp_path / "not_a_folder.txt"
    blocker.write_text("x")
    out = blocker / "check.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        vantage.run("vantage:checkplots", {"INPUT": f"{DEMO_PLOTS}|layername=plots", "ENGINE": 0,
                                           "OUTPUT": str(out)})
    assert str(blocker) in str(caught.value) and "not a folder" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_writing_under_a_file_keeps_the_results_in_the_temp_folder(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    plots, res = _plots_and_results()
    with pytest.raises(results.ResultWriteError) as caught:
        results.write_results(str(blocker / "out.gpkg"), "r", plots, res, _source_fields())
    recovery = caught.value.recovery
    assert recovery and recovery in str(caught.value) and str(blocker) in str(caught.value)
    assert len(_rows(recovery, "r")[1]) == 3
    os.remove(recovery)


def _immutable_folder(folder: Path) -> bool:
    """Make ``folder`` unwritable even for root (chattr +i); False when the file system cannot."""
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return True
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if done.returncode != 0:
        return False
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return True
    os.remove(folder / "probe")
    subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    return False


def _release(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_a_read_only_folder_is_an_error_and_the_results_go_to_the_temp_folder(tmp_path):
    folder = tmp_path / "locked"
    if not _immutable_folder(folder):
        pytest.skip("cannot make a folder read-only here (root on a file system without chattr +i)")
    try:
        plots, res = _plots_and_results()
        with pytest.raises(results.ResultWriteError) as caught:
            results.write_results(str(folder / "out.gpkg"), "r", plots, res, _source_fields())
        assert str(folder) in str(caught.value) and caught.value.recovery
        assert not str(caught.value.recovery).startswith(str(folder))
        assert len(_rows(caught.value.recovery, "r")[1]) == 3
        os.remove(caught.value.recovery)
        assert os.listdir(folder) == []
    finally:
        _release(folder)


# --- validateplots / fixplots outputs never lie either --------------------------------------------
class _OnWrite(QgsProcessingFeedback):
    """Runs ``action`` once, when the algorithm starts writing an output (after the work, before the file)."""

    def __init__(self, action) -> None:
        super().__init__()
        self.action, self.done = action, False

    def setProgressText(self, text: str) -> None:
        super().setProgressText(text)
        if text.startswith("Writing") and not self.done:
            self.done = True
            self.action()


def _hold_open(path):
    """A second connection holding a read transaction on ``path``, as another program keeps it open."""
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return reader


def _small_plots(tmp_path):
    """Three plots, one of them a multi-part plot (fixplots splits it in two)."""
    return _geojson(tmp_path / "small.geojson", [
        ({"plot_id": "A"}, {"type": "Polygon", "coordinates": [_ring(10, 1)]}),
        ({"plot_id": "B"}, {"type": "Polygon", "coordinates": [_ring(10.5, 1)]}),
        ({"plot_id": "C"}, {"type": "MultiPolygon", "coordinates": [[_ring(11, 1)], [_ring(11.5, 1)]]}),
    ])


def _rows_without_fid(path, layer_name=None):
    """The rows of a layer as comparable text (values and geometry), in a stable order."""
    return sorted(repr((sorted(r.items()), g)) for r, g, _ in _rows(path, layer_name)[1])


DEMO_INPUT = f"{DEMO_PLOTS}|layername=plots"
ALGORITHMS = ["validateplots", "fixplots"]


def _expected(vantage, tmp_path, algorithm):
    """The rows the algorithm writes for the demo plots when nothing is in the way."""
    free = tmp_path / "free" / "free.gpkg"
    free.parent.mkdir()
    vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(free)})
    rows = _rows_without_fid(free)
    if algorithm == "fixplots":  # every demo plot is in the fixed copy, split parts included
        demo = sorted(r["plot_ref"] for r, _, _ in _rows(DEMO_PLOTS, "plots")[1])
        fixed = [r["plot_ref"] for r, _, _ in _rows(free)[1]]
        assert sorted(set(fixed)) == demo and len(fixed) >= len(demo)
    return rows


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_validate_and_fix_into_a_geopackage_held_open_fail_naming_it_and_keep_the_rows(
        vantage, tmp_path, monkeypatch, algorithm):
    monkeypatch.setattr(writing, "BUSY_TIMEOUT_MS", 50)
    out = tmp_path / "out.gpkg"
    vantage.run(f"vantage:{algorithm}", {"INPUT": str(_small_plots(tmp_path)), "OUTPUT": str(out)})
    before = _rows(out, "out")[1]
    reader = _hold_open(out)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(out)})
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    message = str(caught.value)
    recovery = tmp_path / "out.recovered.gpkg"
    assert str(out) in message and "locked" in message and str(recovery) in message
    assert "Traceback" not in message
    assert _rows(out, "out")[1] == before  # the old output is untouched, never reported as the new one
    assert _rows_without_fid(recovery, "out") == _expected(vantage, tmp_path, algorithm)
    assert not [p for p in os.listdir(tmp_path) if ".tmp.gpkg" in p]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_validate_and_fix_into_a_read_only_folder_are_refused_before_any_work(vantage, tmp_path, algorithm):
    folder = tmp_path / "locked"
    if not _immutable_folder(folder):
        pytest.skip("cannot make a folder read-only here (root on a file system without chattr +i)")
    try:
        with pytest.raises(QgsProcessingException) as caught:
            vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(folder / "out.gpkg")})
        assert str(folder) in str(caught.value) and "permission denied" in str(caught.value)
        assert "Traceback" not in str(caught.value)
        assert os.listdir(folder) == []
    finally:
        _release(folder)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_validate_and_fix_when_the_folder_turns_read_only_keep_the_rows_in_the_temp_folder(
        vantage, tmp_path, algorithm):
    folder = tmp_path / "turns"  # made, read-only, by the feedback once the plots are validated / fixed
    made = []
    feedback = _OnWrite(lambda: made.append(_immutable_folder(folder)))
    try:
        with pytest.raises(QgsProcessingException) as caught:
            vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(folder / "out.gpkg")},
                        feedback=feedback)
        if made == [False]:
            pytest.skip("cannot make a folder read-only here (root on a file system without chattr +i)")
        assert made == [True]  # the folder turned read-only after the work, as the file was written
        message = str(caught.value)
        recovery = re.search(r"kept in (\S+\.gpkg)", message).group(1)
        assert str(folder / "out.gpkg") in message and "permission denied" in message
        assert not recovery.startswith(str(folder)) and "Traceback" not in message
        assert os.listdir(folder) == []  # no partial or temporary file in the output folder
        try:
            assert _rows_without_fid(recovery, "out") == _expected(vantage, tmp_path, algorithm)
        finally:
            os.remove(recovery)
    finally:
        if folder.exists():
            _release(folder)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_validate_and_fix_through_a_sink_whose_commit_fails_raise_and_keep_the_rows(
        vantage, tmp_path, monkeypatch, algorithm):
    """Outputs other than GeoPackages go through Processing's sink: a SpatiaLite file another program
    starts reading while the rows are written cannot commit; that is an error, never a success."""
    from osgeo import gdal

    monkeypatch.setattr(writing, "BUSY_TIMEOUT_MS", 50)
    out = tmp_path / "out.sqlite"
    readers = []
    feedback = _OnWrite(lambda: readers.append(_hold_open(out)))
    timeout = gdal.GetConfigOption("SQLITE_BUSY_TIMEOUT")
    gdal.SetConfigOption("SQLITE_BUSY_TIMEOUT", "100")  # GDAL waits 10 s for the lock by default
    try:
        with pytest.raises(QgsProcessingException) as caught:
            vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(out)}, feedback=feedback)
    finally:
        gdal.SetConfigOption("SQLITE_BUSY_TIMEOUT", timeout)
        for reader in readers:
            reader.execute("ROLLBACK")
            reader.close()
    assert len(readers) == 1
    expected = _expected(vantage, tmp_path, algorithm)
    message = str(caught.value)
    recovery = tmp_path / "out.recovered.gpkg"
    assert str(out) in message and "locked" in message and str(recovery) in message
    assert "Traceback" not in message
    assert not [p for p in os.listdir(tmp_path) if p.startswith("out.sqlite")]  # no unfinished file left
    assert _rows_without_fid(recovery, "out") == expected

    # with nobody in the way the same output is written, and read back whole
    again = tmp_path / "again.sqlite"
    result = vantage.run(f"vantage:{algorithm}", {"INPUT": DEMO_INPUT, "OUTPUT": str(again)})
    assert result["OUTPUT"] == str(again) and len(_rows(again, "again")[1]) == len(expected)


@pytest.mark.parametrize("algorithm,output", [("validateplots", "TEMPORARY_OUTPUT"), ("validateplots", "file"),
                                              ("fixplots", "TEMPORARY_OUTPUT"), ("fixplots", "file")])
def test_validate_and_fix_load_exactly_the_layer_they_wrote(vantage, tmp_path, algorithm, output):
    """In the Processing dialog the output is loaded on completion: one layer, the one written (a
    temporary output too), styled by severity for the issues."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingOutputLayerDefinition

    from vantage_plugin.processing.base import LayerStyler

    target = output if output == "TEMPORARY_OUTPUT" else str(tmp_path / "out.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    instance = QgsApplication.processingRegistry().createAlgorithmById(f"vantage:{algorithm}")
    result, ok = instance.run({"INPUT": DEMO_INPUT,
                               "OUTPUT": QgsProcessingOutputLayerDefinition(target, QgsProject.instance())},
                              context, feedback)
    assert ok, feedback.textLog()
    (uri, details), = context.layersToLoadOnCompletion().items()
    assert uri == result["OUTPUT"]
    layer = context.getMapLayer(uri) or QgsVectorLayer(uri, "out", "ogr")
    source = _rows(DEMO_PLOTS, "plots")[1]
    if algorithm == "fixplots":
        assert sorted({f["plot_ref"] for f in layer.getFeatures()}) == sorted(r["plot_ref"] for r, _, _ in source)
    else:
        assert layer.featureCount() == result["ERRORS"] + result["WARNINGS"]
        assert isinstance(details.postProcessor(), LayerStyler)


def test_replacing_a_layer_reclaims_its_space(tmp_path):
    plots, res = _plots_and_results(1)
    many, many_res = _plots_and_results(1000)  # 1.7 MB against 0.27 MB for one row: room for the check
    out = tmp_path / "big.gpkg"
    results.write_results(str(out), "r", many, many_res, _source_fields())
    big = out.stat().st_size
    results.write_results(str(out), "r", plots, res, _source_fields())
    assert len(_rows(out, "r")[1]) == 1
    assert out.stat().st_size < big / 3


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from qgis.core import QgsApplication, QgsField, QgsFields, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant
    app = QgsApplication([], False)
    app.initQgis()
    from vantage_plugin.qgis_bridge import results
    out, marker = sys.argv[1], Path(sys.argv[2])
    fields = QgsFields()
    fields.append(QgsField("n", QVariant.Int))
    def rows():
        for i in range(1000000):
            if i == 500:
                marker.write_text("writing")
            yield [i], None, str(i)
            if i > 500:
                time.sleep(0.001)
    results.write_rows(out, "r", fields, QgsWkbTypes.NoGeometry, rows())
""")


def test_a_run_killed_while_writing_leaves_the_output_alone_and_its_temp_is_cleaned(tmp_path):
    import signal
    import time

    plots, res = _plots_and_results(2)
    out = tmp_path / "out.gpkg"
    results.write_results(str(out), "r", plots, res, _source_fields())
    marker = tmp_path / "marker"
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(out), str(marker)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    left = [p for p in os.listdir(tmp_path) if ".tmp.gpkg" in p]
    assert left  # the kill left its temporary file ...
    (tmp_path / "out.gpkg.0a1b2c3d.tmp.gpkg").write_bytes(b"")  # and an earlier version (no pid) one
    assert [r["plot_code"] for r, _, _ in _rows(out, "r")[1]] == ["P0", "P1"]  # ... and the output intact
    results.write_results(str(tmp_path / "other.gpkg"), "r", plots, res, _source_fields())
    assert not [p for p in os.listdir(tmp_path) if ".tmp.gpkg" in p]  # the next write cleaned it


# --- 4. one bad plot never sinks a batch; values survive ----------------------------------------
def _geojson(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": geometry} for props, geometry in features]}))
    return path


def _ring(x, y, d=0.01):
    return [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]


@pytest.mark.parametrize("fid", ["abc", 65.5])
def test_fixplots_keeps_the_batch_with_a_text_or_real_fid_nan_and_status(vantage, tmp_path, fid):
    nan_ring = _ring(12, 1)
    nan_ring[1] = [float("nan"), 1.0]
    path = _geojson(tmp_path / "bad.geojson", [
        ({"fid": fid, "plot_id": "A", "status": "active"}, {"type": "Polygon", "coordinates": [_ring(10, 1)]}),
        ({"fid": fid, "plot_id": "B", "status": None}, {"type": "Polygon", "coordinates": [nan_ring]}),
        ({"fid": fid, "plot_id": "C", "status": "x"},
         {"type": "MultiPolygon", "coordinates": [[_ring(11, 1)], [_ring(11.5, 1)]]}),
    ])
    out = tmp_path / "fixed.gpkg"
    result = vantage.run("vantage:fixplots", {"INPUT": str(path), "OUTPUT": str(out)})
    assert result["OUTPUT"]
    names, rows = _rows(out)
    ids = sorted(r["plot_id"] for r, _, _ in rows)
    assert ids.count("A") == 1 and ids.count("C") == 2  # the good ones all written, C split in two
    assert "B" in ids  # the NaN plot is kept (validation reports it), never the end of the batch
    assert {r["src_fid"] for r, _, _ in rows} == {fid}  # the user's fid kept as it was, beside GeoPackage's
    assert next(r["status"] for r, _, _ in rows if r["plot_id"] == "A") == "active"

    issues = vantage.run("vantage:validateplots", {"INPUT": str(path), "OUTPUT": str(tmp_path / "issues.gpkg")})
    assert issues["PLOTS"] == 3 and issues["ERRORS"] >= 1  # the NaN plot is reported, the batch goes on
    checked = tmp_path / "checked.gpkg"
    vantage.run("vantage:checkplots", {"INPUT": str(path), "ENGINE": 0, "OUTPUT": str(checked)})
    names, rows = _rows(checked)
    by_id = {r["plot_id"]: r for r, _, _ in rows}
    assert sorted(by_id) == ["A", "B", "C"] and by_id["A"]["status"] == "active"  # the user's status kept
    assert by_id["B"]["vantage_status"] == "invalid" and by_id["B"]["error"]
    assert by_id["A"]["vantage_status"] != "invalid"


def test_fixplots_on_the_real_brazil_plot(vantage, tmp_path):
    path = shared_file("plots/brazil_1plot.geojson")
    out = tmp_path / "brazil.gpkg"
    vantage.run("vantage:fixplots", {"INPUT": str(path), "OUTPUT": str(out)})
    source = json.loads(path.read_text())["features"]
    _, rows = _rows(out)
    assert len(rows) >= len(source)
    assert {r["src_fid"] for r, _, _ in rows} == {f["properties"]["fid"] for f in source}


def test_fixplots_to_a_shapefile_writes_every_plot_it_can_and_reports_the_rest(vantage, tmp_path):
    path = _geojson(tmp_path / "plots.geojson", [
        ({"plot_id": f"P{i}"}, {"type": "Polygon", "coordinates": [_ring(10 + i, 1)]}) for i in range(11)
    ] + [({"plot_id": "PT"}, {"type": "Point", "coordinates": [30.0, 1.0]})])
    out = tmp_path / "fixed.shp"
    vantage.run("vantage:fixplots", {"INPUT": str(path), "OUTPUT": str(out)})
    _, rows = _rows(out)
    written = {r["plot_id"] for r, _, _ in rows}
    assert {f"P{i}" for i in range(11)} <= written


def test_json_objects_and_blobs_survive_a_check(vantage, tmp_path):
    blob = bytes(range(256))
    path = _make_gpkg(tmp_path / "in.gpkg", [({"plot_id": "A", "photo": blob, "plot_id_n": 3}, _square(10, 1))],
                      [("plot_id", ogr.OFTString), ("photo", ogr.OFTBinary), ("plot_id_n", ogr.OFTInteger)],
                      geom_type=ogr.wkbPolygon)
    out = tmp_path / "out.gpkg"
    vantage.run("vantage:checkplots", {"INPUT": str(path), "ENGINE": 0, "OUTPUT": str(out)})
    names, rows = _rows(out)
    (row, _, _), = rows
    assert row["photo"] == blob and row["plot_id_n"] == 3
    assert row["plot_id"] == "A" and "vantage_plot_id" in names  # the user's plot_id stays plot_id

    meta = {"owner": "Ana", "certs": [1, 2], "nested": {"a": None}}
    geo = _geojson(tmp_path / "meta.geojson", [({"plot_id": "J", "meta": meta},
                                               {"type": "Polygon", "coordinates": [_ring(10, 1)]})])
    out2 = tmp_path / "meta.gpkg"
    vantage.run("vantage:checkplots", {"INPUT": str(geo), "ENGINE": 0, "OUTPUT": str(out2)})
    (row, _, _), = _rows(out2)[1]
    assert json.loads(row["meta"]) == meta


def test_fixing_a_fixed_layer_keeps_the_first_record_of_fixes(vantage, tmp_path):
    path = _geojson(tmp_path / "p.geojson", [
        ({"plot_id": "C"}, {"type": "MultiPolygon", "coordinates": [[_ring(11, 1)], [_ring(11.5, 1)]]})])
    first = tmp_path / "first.gpkg"
    vantage.run("vantage:fixplots", {"INPUT": str(path), "OUTPUT": str(first)})
    second = tmp_path / "second.gpkg"
    vantage.run("vantage:fixplots", {"INPUT": str(first), "OUTPUT": str(second)})
    _, first_rows = _rows(first)
    names, rows = _rows(second)
    assert [r["vantage_fixes"] for r, _, _ in rows] == [r["vantage_fixes"] for r, _, _ in first_rows]
    assert all("SPLIT_MULTIPART" in r["vantage_fixes"] for r, _, _ in rows)
    assert sorted(r["vantage_part"] for r, _, _ in rows) == [1, 2]


# --- 5. never destroy the input -----------------------------------------------------------------
@pytest.mark.parametrize("algorithm", ["validateplots", "fixplots", "checkplots"])
def test_writing_over_the_input_geopackage_is_refused(vantage, tmp_path, algorithm):
    path = _make_gpkg(tmp_path / "plots.gpkg", [({"plot_id": "A"}, _square(10, 1))], [("plot_id", ogr.OFTString)],
                      geom_type=ogr.wkbPolygon)
    before = path.read_bytes()
    params = {"INPUT": f"{path}|layername=plots", "OUTPUT": str(path)}
    with pytest.raises(QgsProcessingException, match="holds the input plots"):
        vantage.run(f"vantage:{algorithm}", params)
    assert path.read_bytes() == before


def test_panel_fix_over_the_input_is_refused(dock, tmp_path, project_cleanup):
    path = _make_gpkg(tmp_path / "plots.gpkg",
                      [({"plot_id": "C"}, _two_squares(11, 1))],
                      [("plot_id", ogr.OFTString)], geom_type=ogr.wkbMultiPolygon)
    before = path.read_bytes()
    layer = _load(f"{path}|layername=plots")
    _dock_fix(dock, layer, path)
    assert "holds the input plots" in dock.status.text() and str(path) in dock.status.text()
    assert path.read_bytes() == before


def test_panel_check_over_the_input_is_refused(dock, tmp_path, project_cleanup):
    path = _make_gpkg(tmp_path / "plots.gpkg", [({"plot_id": "A"}, _square(10, 1))], [("plot_id", ogr.OFTString)],
                      geom_type=ogr.wkbPolygon)
    before = path.read_bytes()
    layer = _load(f"{path}|layername=plots")
    dock.layer_combo.setLayer(layer)
    dock.output_widget.setFilePath(str(path))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy())
    assert "holds the input plots" in dock.status.text() and str(path) in dock.status.text()
    assert "#b00020" in dock.status.styleSheet()  # an error, never a success
    assert dock.progress.value() == 0
    assert path.read_bytes() == before


# --- 7. the panel and the algorithms give the same outputs --------------------------------------
def _comparable(path, layer_name, drop=("analysis_json", "run_id", "job_id")):
    names, rows = _rows(path, layer_name)
    keep = [n for n in names if n not in drop]
    return keep, sorted(([r[n] for n in keep], g) for r, g, _ in rows)


def test_panel_and_fixplots_write_the_same_fixed_plots(dock, vantage, tmp_path, project_cleanup):
    layer = _load(f"{DEMO_PLOTS}|layername=plots")
    panel = tmp_path / "panel.gpkg"
    _dock_fix(dock, layer, panel)
    algorithm = tmp_path / "algorithm.gpkg"
    vantage.run("vantage:fixplots", {"INPUT": f"{DEMO_PLOTS}|layername=plots", "OUTPUT": f"{algorithm}"})
    assert _comparable(panel, "plots_fixed") == _comparable(algorithm, None)


def test_panel_and_checkplots_write_the_same_results(dock, vantage, tmp_path, project_cleanup):
    layer = _load(f"{DEMO_PLOTS}|layername=plots")
    dock.layer_combo.setLayer(layer)
    panel = tmp_path / "panel.gpkg"
    dock.output_widget.setFilePath(str(panel))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy(), timeout=120)
    assert dock.result_layer is not None, dock.status.text()
    panel_layer = dock.result_layer.source().split("layername=")[1]
    algorithm = tmp_path / "algorithm.gpkg"
    vantage.run("vantage:checkplots", {"INPUT": f"{DEMO_PLOTS}|layername=plots", "ENGINE": 0,
                                       "OUTPUT": str(algorithm)})
    panel_rows = _comparable(panel, panel_layer)
    assert len(panel_rows[1]) == 12
    assert panel_rows == _comparable(algorithm, "algorithm")


# --- the panel applies the catalog's validation, as Processing does ------------------------------
def test_panel_check_with_a_broken_catalog_says_what_is_wrong_and_writes_nothing(dock, tmp_path, project_cleanup):
    from vantage_plugin.core.engine.catalog import Catalog, DataSource

    missing = tmp_path / "no_such_forest.tif"
    catalog = tmp_path / "catalog.json"
    Catalog(forest_2020=DataSource(path=str(missing))).save(catalog)
    dock.settings.catalog_path = str(catalog)
    layer = _load(f"{DEMO_PLOTS}|layername=plots")
    dock.layer_combo.setLayer(layer)
    out = tmp_path / "out.gpkg"
    dock.output_widget.setFilePath(str(out))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy())
    assert str(missing) in dock.status.text() and "#b00020" in dock.status.styleSheet()
    assert not out.exists()


# --- 6. without shapely -------------------------------------------------------------------------
NO_SHAPELY = textwrap.dedent("""
    import sys
    class Hide:
        def find_spec(self, name, path=None, target=None):
            if name == "shapely" or name.startswith("shapely."):
                raise ModuleNotFoundError("No module named 'shapely'", name="shapely")
    sys.meta_path.insert(0, Hide())
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    from vantage_plugin.processing.provider import VantageProvider
    provider = VantageProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    ids = sorted(a.id() for a in provider.algorithms())
    print("IDS", ids)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:validateplots")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    for name in ("validateplots", "fixplots", "checkplots"):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("vantage:" + name)
        outputs, ok = algorithm.run({"INPUT": sys.argv[1], "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)
        print("RUN", name, ok)
    print("LOG", feedback.textLog().replace(chr(10), " | "))
    from unittest import mock
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMainWindow
    from vantage_plugin import classFactory
    window = QMainWindow()
    iface = mock.MagicMock()
    iface.mainWindow.return_value = window
    plugin = classFactory(iface)
    layer = QgsVectorLayer(sys.argv[1], "plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin.toggle_dock(True)  # the panel opens; what needs shapely is disabled, and it says why
    dock = plugin.dock
    print("DOCK", dock is not None and iface.addDockWidget.call_args[0][1] is dock)
    dock.layer_combo.setLayer(layer)
    print("LAYER", dock.current_layer() is layer)
    print("ENABLED", sorted(name for name in ("validate_button", "fix_button", "check_button", "login_button",
                                              "jobs_refresh_button") if getattr(dock, name).isEnabled()))
    print("STATUS", dock.status.text().replace(chr(10), " "), "|", dock.status.styleSheet())
    print("TIP", dock.check_button.toolTip().replace(chr(10), " "))
    print("BAR", str(iface.messageBar().pushMessage.call_args_list).replace(chr(10), " "))
    plugin.toggle_dock(False)
    plugin._remove_dock()
    print("ALIVE")
""")


def test_without_shapely_every_algorithm_loads_and_running_one_says_what_to_install(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", NO_SHAPELY, f"{DEMO_PLOTS}|layername=plots"], env=env,
                          capture_output=True, text=True, timeout=120)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    ids = eval(out.split("IDS", 1)[1].splitlines()[0])
    assert {"vantage:validateplots", "vantage:fixplots", "vantage:checkplots", "vantage:importjob",
            "vantage:listjobs"} <= set(ids)
    assert [line for line in out.splitlines() if line.startswith("RUN")] == [
        "RUN validateplots False", "RUN fixplots False", "RUN checkplots False"]
    log = out.split("LOG", 1)[1].splitlines()[0]
    assert log.count("shapely ≥ 2.0 (not installed)") == 3 and "pip install" in log
    assert "Traceback" not in log and "ALIVE" in out
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in out.splitlines() if " " in line}
    assert lines["DOCK"] == "True" and lines["LAYER"] == "True"  # the panel opened, with the plots chosen
    # reading plots needs shapely: validate, fix and check are disabled; the API login and jobs are not
    assert lines["ENABLED"] == "['jobs_refresh_button', 'login_button']"
    status, style = lines["STATUS"].split(" | ")
    assert "shapely ≥ 2.0 (not installed)" in status and "pip install" in status and "#b00020" in style
    assert "shapely" in lines["TIP"] and "could not be opened" not in lines["BAR"]
