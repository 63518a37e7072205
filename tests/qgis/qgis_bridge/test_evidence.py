"""Evidence maps and the run report, from a real check of the demo plots.

Expectations are computed here, independently of the renderer: the plot geometry is read from the
result GeoPackage with OGR and projected with OSR, pixels are read from the PNG with GDAL, the data
under a pixel is read from the demo rasters with GDAL, and PDF pages are counted in the file itself.
"""

from __future__ import annotations

import math
import re

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import wkb as shapely_wkb
from shapely.geometry import Point

from tests.conftest import DEMO

IMAGE_SIZE = (1200, 800)  # the documented evidence map size (width, height)
HANSEN = DEMO / "hansen"


def _hansen(kind: str) -> str:
    return str(next(HANSEN.glob(f"*{kind}*.tif")))


_CHECKED: dict[str, str] = {}  # a check without evidence, run once and copied for each test


def _check_demo(vantage, folder, evidence: bool = True) -> str:
    import shutil

    out = folder / "demo_results.gpkg"
    if not evidence and "plain" in _CHECKED:
        shutil.copy(_CHECKED["plain"], out)
        return str(out)
    vantage.run("vantage:checkplots", {
        "INPUT": f"{DEMO / 'demo_plots.gpkg'}|layername=plots", "PLOT_ID_FIELD": "plot_ref",
        "FOREST_2020": _hansen("treecover2000"), "FOREST_2020_MIN": 10, "LOSS_YEAR": _hansen("lossyear"),
        "PROTECTED_AREAS": str(DEMO / "demo_protected_areas.gpkg"),
        "INDIGENOUS_LANDS": str(DEMO / "demo_indigenous_lands.gpkg"),
        "EVIDENCE": evidence, "OUTPUT": str(out)})
    if not evidence:
        pristine = out.with_name("pristine_demo_results.gpkg")
        shutil.copy(out, pristine)
        _CHECKED["plain"] = str(pristine)
    return str(out)


def _rows(path: str) -> list[dict]:
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    rows = []
    for feature in layer:
        ref = feature.GetGeometryRef()
        row = {k: feature.GetField(k) for k in ("plot_ref", "risk_level", "status", "analysis_image")}
        row["fid"] = feature.GetFID()
        row["geometry"] = shapely_wkb.loads(bytes(ref.ExportToWkb())) if ref is not None else None
        rows.append(row)
    return rows


def _keep_first(path: str, count: int) -> None:
    """Only the first ``count`` plots of a result file: for tests of a path that treats every plot alike,
    fewer maps to render."""
    ds = ogr.Open(path, 1)
    name = ds.GetLayer(0).GetName().replace('"', '""')
    ds.ExecuteSQL(f'DELETE FROM "{name}" WHERE fid NOT IN (SELECT fid FROM "{name}" ORDER BY fid LIMIT {count})')
    ds = None
    assert len(_rows(path)) == count


def _to_mercator():
    wgs84, mercator = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    mercator.ImportFromEPSG(3857)
    for srs in (wgs84, mercator):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, mercator)
    return lambda lon, lat: transform.TransformPoint(lon, lat)[:2]


def _pixels_and_frame(png: str):
    ds = gdal.Open(png)
    assert (ds.RasterXSize, ds.RasterYSize) == IMAGE_SIZE
    assert ds.RasterCount >= 3
    pixels = np.dstack([ds.GetRasterBand(b + 1).ReadAsArray() for b in range(3)]).astype(int)
    meta = ds.GetMetadata()
    assert meta["vantage_map_crs"] == "EPSG:3857"
    extent = [float(v) for v in meta["vantage_map_extent"].split(",")]
    box = [int(v) for v in meta["vantage_map_box"].split(",")]
    return pixels, extent, box


def _pixel(extent, box, x, y) -> tuple[int, int]:
    xmin, ymin, xmax, ymax = extent
    left, top, right, bottom = box
    col = left + (x - xmin) / (xmax - xmin) * (right - left)
    row = top + (ymax - y) / (ymax - ymin) * (bottom - top)
    return int(row), int(col)


def _dark(pixels, row, col, radius=1) -> bool:
    window = pixels[max(row - radius, 0):row + radius + 1, max(col - radius, 0):col + radius + 1]
    return bool((window.max(axis=2) < 90).any())


def _hex(colour: str) -> np.ndarray:
    return np.array([int(colour[k:k + 2], 16) for k in (1, 3, 5)])


def test_checkplots_writes_an_evidence_map_per_plot_showing_the_plot(vantage, tmp_path):
    from vantage_plugin.core import evidence_data as ed

    path = _check_demo(vantage, tmp_path)
    rows = _rows(path)
    assert len(rows) == 12
    to_mercator = _to_mercator()
    treecover, lossyear = gdal.Open(_hansen("treecover2000")), gdal.Open(_hansen("lossyear"))
    gt = treecover.GetGeoTransform()
    cover, loss = treecover.ReadAsArray(), lossyear.ReadAsArray()
    assert lossyear.GetGeoTransform() == gt  # the demo rasters share their grid
    checked_data = 0
    classes = {"loss": ed.LOSS_RAMP, "not forest": (ed.NON_FOREST_COLOUR,), "forest": (ed.FOREST_COLOUR,)}
    for row in rows:
        png = row["analysis_image"]
        assert png and png.endswith(".png"), row
        assert png.startswith(str(tmp_path / "demo_results_evidence"))  # beside the results
        pixels, extent, box = _pixels_and_frame(png)
        assert pixels.std() > 10  # not a blank image
        shape = row["geometry"]
        polygons = list(getattr(shape, "geoms", [shape]))
        # the outline: points along each ring are drawn dark (the plot line); the plot lies inside the map
        along = 0
        for polygon in polygons:
            ring = polygon.exterior
            for k in range(60):
                lon, lat = ring.interpolate(k / 60, normalized=True).coords[0]
                r, c = _pixel(extent, box, *to_mercator(lon, lat))
                assert box[1] <= r < box[3] and box[0] <= c < box[2], "the plot must lie inside the map"
                along += _dark(pixels, r, c)
        assert along >= 0.9 * 60 * len(polygons), (row["plot_ref"], along)
        # 15 px inside and outside the outline nothing is dark: the line is where the plot is, nowhere else
        xmin, _, xmax, _ = extent
        metres_per_px = (xmax - xmin) / (box[2] - box[0])
        mercator_shape = _transform(shape, to_mercator)
        for offset in (-15, 15):
            grown = mercator_shape.buffer(offset * metres_per_px)
            samples = clear = 0
            for part in getattr(grown, "geoms", [grown]):
                if part.is_empty:
                    continue
                for k in range(40):
                    x, y = part.exterior.interpolate(k / 40, normalized=True).coords[0]
                    r, c = _pixel(extent, box, x, y)
                    if not (box[1] <= r < box[3] and box[0] <= c < box[2]) or (r > box[3] - 80 and c < 280):
                        continue  # off the map, or under the scale bar
                    samples += 1
                    clear += not _dark(pixels, r, c, 0)
            assert clear >= 0.8 * samples, (row["plot_ref"], offset, clear, samples)
        # inside the plot, the colour says what the rasters hold at that place (forest / loss / not forest)
        for polygon in polygons:
            core = _transform(polygon, to_mercator).buffer(-20 * metres_per_px)
            if core.is_empty:
                continue
            minx, miny, maxx, maxy = polygon.bounds
            for col in range(int((minx - gt[0]) / gt[1]), int((maxx - gt[0]) / gt[1]) + 1):
                for line in range(int((maxy - gt[3]) / gt[5]), int((miny - gt[3]) / gt[5]) + 1):
                    if not (0 <= line < cover.shape[0] and 0 <= col < cover.shape[1]):
                        continue
                    lon, lat = gt[0] + (col + 0.5) * gt[1], gt[3] + (line + 0.5) * gt[5]
                    x, y = to_mercator(lon, lat)
                    if not core.contains(Point(x, y)):
                        continue
                    code = int(loss[line, col])
                    forest = code == 0 and cover[line, col] >= 10  # tree cover 2000 ≥ 10 %, not lost by 2020
                    kind = "loss" if code >= 21 else ("forest" if forest else "not forest")
                    r, c = _pixel(extent, box, x, y)
                    seen = pixels[r, c]
                    # the nearest legend colour names the class (protected/indigenous areas add a light tint)
                    distances = {name: min(np.abs(seen - _hex(colour)).sum() for colour in colours)
                                 for name, colour_list in classes.items() for colours in [colour_list]}
                    assert min(distances, key=distances.get) == kind, (row["plot_ref"], code, seen, distances)
                    checked_data += 1
    assert checked_data > 100


def _transform(shape, to_mercator):
    from shapely.geometry import MultiPolygon, Polygon

    def polygon(p):
        return Polygon([to_mercator(*xy[:2]) for xy in p.exterior.coords],
                       [[to_mercator(*xy[:2]) for xy in hole.coords] for hole in p.interiors])

    if shape.geom_type == "Polygon":
        return polygon(shape)
    return MultiPolygon([polygon(p) for p in shape.geoms])


def test_api_image_urls_are_kept(vantage, tmp_path):
    from vantage_plugin.qgis_bridge.evidence import write_evidence

    path = _check_demo(vantage, tmp_path, evidence=False)
    _keep_first(path, 3)  # one row keeps its URL, the others get maps
    url = "https://api.example.org/analysis/1.png"
    ds = ogr.Open(path, 1)
    layer = ds.GetLayer(0)
    name = layer.GetName()
    feature = layer.GetFeature(1)
    feature.SetField("analysis_image", url)
    layer.SetFeature(feature)
    ds = None
    outcome = write_evidence(f"{path}|layername={name}")
    rows = {row["fid"]: row for row in _rows(path)}
    assert rows[1]["analysis_image"] == url
    assert outcome.kept_urls == 1 and 1 not in outcome.written
    assert set(outcome.written) == set(rows) - {1}
    for fid, png in outcome.written.items():
        assert rows[fid]["analysis_image"] == png
        assert gdal.Open(png).RasterXSize == IMAGE_SIZE[0]


def _pdf_pages(path) -> int:
    """Pages of a PDF, counted in the file (page objects, not the /Pages tree nodes)."""
    data = open(path, "rb").read()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def test_report_has_a_summary_a_table_and_a_page_per_plot_that_needs_a_look(vantage, tmp_path):
    path = _check_demo(vantage, tmp_path, evidence=False)  # the report renders the maps it needs
    pdf = tmp_path / "report.pdf"
    result = vantage.run("vantage:report", {"INPUT": path, "OUTPUT": str(pdf)})
    rows = _rows(path)
    needing = [r for r in rows
               if r["risk_level"] in ("High", "Medium", "Unknown") or r["status"] in ("invalid", "failed")]
    assert len(needing) == 6  # the demo: 3 High, 2 Unknown, 1 invalid (resources/demo/README.md)
    expected = 1 + 1 + len(needing)  # summary, the table of 12 plots (one page), one page each
    assert _pdf_pages(pdf) == expected
    assert result["PAGES"] == expected and result["FLAGGED"] == len(needing)
    for row in rows:  # the maps of the plots with a page were rendered; the others were not needed
        assert bool(row["analysis_image"]) == (row in needing)


def test_report_table_runs_over_pages_for_many_plots(qgis_app, tmp_path):
    """160 Low plots: no plot page, the table alone spans the pages a row height of 4–7 mm needs."""
    from qgis.core import QgsFields
    from shapely.geometry import box

    from vantage_plugin.core import analysis, risk
    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.run_record import RunRecord, write_run_record
    from vantage_plugin.qgis_bridge.report import write_report
    from vantage_plugin.qgis_bridge.results import write_results

    count = 160
    plots = [Plot(index=i, geometry=box(10 + i * 1e-3, 5, 10.0005 + i * 1e-3, 5.0005), user_id=f"P{i}")
             for i in range(count)]
    results = [analysis.PlotResult(i, "bundled", analysis.STATUS_OK, analysis.make_analysis(
        area_ha=0.3, analysis_end="2024-01-01", forest_ha=0.2, deforestation_ha=0.0, deforestation_yearly={},
        risk_level=risk.LOW, risk_reason=risk.REASON_LOW, version="test")) for i in range(count)]
    path = str(tmp_path / "many.gpkg")
    write_results(path, "many", plots, results, QgsFields(), style=False)
    write_run_record(path, "many", RunRecord(engine="bundled", plots=count))
    outcome = write_report(f"{path}|layername=many", str(tmp_path / "many.pdf"), render_missing=False)
    pages = _pdf_pages(tmp_path / "many.pdf")
    usable_mm = 297 - 2 * 15 - 19  # page height minus margins, title and footer
    assert 1 + math.ceil(count / (usable_mm / 4)) <= pages <= 1 + math.ceil(count / (usable_mm / 7))
    assert outcome.pages == pages and outcome.flagged == 0


def test_evidence_renders_in_a_background_task(vantage, tmp_path):
    """The maps render in a QgsTask's worker thread (no GUI thread needed), the same as in Processing."""
    import threading

    from tests.qgis.support import wait_for
    from vantage_plugin.qgis_bridge import tasks
    from vantage_plugin.qgis_bridge.evidence import evidence_job

    path = _check_demo(vantage, tmp_path, evidence=False)
    _keep_first(path, 3)
    threads = []

    def job(uri, feedback):
        threads.append(threading.current_thread())
        return evidence_job(uri, feedback)

    done = []
    task = tasks.CoreTask("evidence", job, data={"uri": f"{path}|layername=demo_results"},
                          on_success=done.append, on_failure=lambda error, details: done.append(details))
    tasks.start(task)
    wait_for(lambda: bool(done))
    outcome = done[0]
    assert not isinstance(outcome, str), outcome
    assert threads and threads[0] is not threading.main_thread()
    rows = _rows(path)
    assert len(outcome.written) == len(rows) == 3
    for row in rows:
        pixels, _, _ = _pixels_and_frame(row["analysis_image"])
        assert pixels.std() > 10


def test_the_panel_offers_evidence_and_report_after_a_check(vantage, dock, tmp_path):
    from tests.qgis.support import wait_for

    assert not dock.evidence_button.isEnabled() and not dock.report_button.isEnabled()
    path = _check_demo(vantage, tmp_path, evidence=False)
    dock.last_check = {"uri": f"{path}|layername=demo_results"}  # what a check in the panel leaves
    dock._update_buttons()
    assert dock.evidence_button.isEnabled() and dock.report_button.isEnabled()
    assert dock.make_evidence() is not None
    wait_for(lambda: not dock.busy())
    rows = _rows(path)
    assert all(row["analysis_image"] and gdal.Open(row["analysis_image"]).RasterXSize == IMAGE_SIZE[0]
               for row in rows), dock.status.text()
    pdf = dock.make_report(str(tmp_path / "panel_report.pdf"))
    assert pdf and _pdf_pages(pdf) == 1 + 1 + 6  # summary, table, the 6 demo plots that need a look


def test_a_check_from_the_panel_records_its_run_for_the_report(qgis_app, tmp_path):
    """The panel's check (operations.check_job) stores the run record too: its sources and the plot id field."""
    import json

    from qgis.core import QgsVectorLayer

    from vantage_plugin.core.plots import FieldMapping
    from vantage_plugin.core.run_record import read_run_record
    from vantage_plugin.qgis_bridge import operations

    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({"version": 1, "forest_2020": {"path": _hansen("treecover2000")},
                                   "loss_year": {"path": _hansen("lossyear")}, "forest_2020_min": 10}))
    layer = QgsVectorLayer(f"{DEMO / 'demo_plots.gpkg'}|layername=plots", "plots", "ogr")
    source = operations.source_from_layer(layer, FieldMapping(plot_id="plot_ref"))
    path = str(tmp_path / "panel.gpkg")
    outcome = operations.check_job(source, "bundled", path, "panel_run", bundled={"catalog_path": str(catalog)})
    record = read_run_record(path, "panel_run")
    assert record is not None and record.engine == "bundled" and record.plots == len(outcome["plots"]) == 12
    assert record.plot_id_field == "plot_ref"  # found from the values: the field holding every plot's id
    assert record.sources["loss_year"]["label"] == "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"
    assert record.sources["loss_year"]["year"] == "2023" and record.parameters["forest_2020_min"] == 10
    assert outcome["uri"].endswith("|layername=panel_run")


def test_map_tips_and_identify_open_the_evidence_map(vantage, tmp_path):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

    from vantage_plugin.qgis_bridge.evidence import show_evidence_on

    path = _check_demo(vantage, tmp_path, evidence=False)
    ds = ogr.Open(path, 1)  # one API-like result with an image URL, one local map
    layer_ = ds.GetLayer(0)
    for fid, value in ((1, "https://api.example.org/a.png"), (2, "/data/maps/DEMO-002_2.png")):
        feature = layer_.GetFeature(fid)
        feature.SetField("analysis_image", value)
        layer_.SetFeature(feature)
    ds = None
    layer = QgsVectorLayer(f"{path}|layername=demo_results", "results", "ogr")
    show_evidence_on(layer)
    show_evidence_on(layer)  # twice: still one action
    actions = layer.actions().actions()
    assert len(actions) == 1 and actions[0].name() == "Open evidence map"
    urls = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        urls[feature.id()] = (QgsExpression.replaceExpressionText(actions[0].command(), context),
                              QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context))
    assert urls[1][0] == "https://api.example.org/a.png"
    assert urls[2][0] == "file:///data/maps/DEMO-002_2.png"
    assert urls[2][1] == '<img src="file:///data/maps/DEMO-002_2.png" width="480"/>'
    assert urls[3][1] == ""  # no map: an empty tip


def test_the_run_record_lists_the_fields_guessed_from_their_names(qgis_app, tmp_path):
    """A field taken by a guess on its name is named in the run record (and so in the report); a chosen one
    is not."""
    import json

    from qgis.core import QgsVectorLayer

    from vantage_plugin.core.plots import FieldMapping
    from vantage_plugin.core.run_record import read_run_record
    from vantage_plugin.qgis_bridge import operations

    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({"version": 1, "forest_2020": {"path": _hansen("treecover2000")},
                                   "loss_year": {"path": _hansen("lossyear")}}))
    layer = QgsVectorLayer(f"{DEMO / 'demo_plots.gpkg'}|layername=plots", "plots", "ogr")
    mapping = FieldMapping(plot_id="plot_ref", commodity="commodity", guessed=("commodity",))
    source = operations.source_from_layer(layer, mapping)
    path = str(tmp_path / "guessed.gpkg")
    operations.check_job(source, "bundled", path, "run", bundled={"catalog_path": str(catalog)})
    assert read_run_record(path, "run").guessed_fields == {"commodity": "commodity"}
