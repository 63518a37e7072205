"""The result of a check as the analyst sees it: the layer (name, group, style, read-only, labels) and
the Results tab (counts, filters, attribute table), driven through the dock with a hand-made engine."""

from __future__ import annotations

import datetime as _dt

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from tests.qgis.support import wait_for
from vantage_plugin.qgis_bridge import operations

#: (plot id, level, status, area ha, protected overlap ha, indigenous overlap ha)
PLOTS = (
    ("P1", "High", "ok", 2.0, 0.0, 0.0),
    ("P2", "Low", "ok", 3.0, 1.5, 0.0),  # a low-risk plot inside a protected area
    ("P3", "Low", "ok", 4.0, 0.0, 0.5),
    ("P4", "Medium", "ok", 1.0, 0.0, 0.0),
    ("P5", None, "failed", 1.0, 0.0, 0.0),
    ("P6", "Unknown", "no_data", 5.0, 0.0, 0.0),
)


def _square(i: int) -> str:
    x, y = -71.7 + i * 0.002, 18.65
    return f"POLYGON(({x} {y}, {x + 0.001} {y}, {x + 0.001} {y + 0.001}, {x} {y + 0.001}, {x} {y}))"


@pytest.fixture
def layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "farms", "memory")
    layer.dataProvider().addAttributes([QgsField("plot_id", QVariant.String), QgsField("Commodity", QVariant.String),
                                        QgsField("harvest_date", QVariant.String)])
    layer.updateFields()
    for i, row in enumerate(PLOTS):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row[0], "cocoa", "2024-05-01"])
        feature.setGeometry(QgsGeometry.fromWkt(_square(i)))
        layer.dataProvider().addFeature(feature)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if not sip.isdeleted(layer) and QgsProject.instance().mapLayer(layer.id()):
        QgsProject.instance().removeMapLayer(layer.id())


def _engine(simulated: bool = False):
    from vantage_plugin.core.analysis import PlotResult, make_analysis, overlap_block
    from vantage_plugin.core.runs import Run
    from vantage_plugin.core.service import CheckOutput

    class _Report:
        issues: list = []
        blocked: set = set()
        error_count = warning_count = 0

    def check_plots(plots, engine="bundled", *, bundled_options=None, api_client=None, api_options=None,
                    confirm=None, feedback=None, today=None):
        run = Run(engine=engine, step_names=("prepare",))
        run.finish(len(plots))
        results = []
        for plot, (_id, level, status, area, pa, il) in zip(plots, PLOTS):
            analysis = None
            if level:
                analysis = make_analysis(
                    area_ha=area, analysis_end="2024-05-01", forest_ha=1.0, deforestation_ha=0.0,
                    deforestation_yearly={}, risk_level=level, risk_reason=f"because {level}", version="test",
                    protected_areas=overlap_block("pa", pa, area, []), indigenous_land=overlap_block("il", il, area, []))
            results.append(PlotResult(plot.index, engine, "simulated" if simulated else status, analysis=analysis,
                                      error="boom" if status == "failed" else None,
                                      analysis_image=f"https://example.org/{_id}.png" if level == "High" else None))
        return CheckOutput(results=results, run=run, report=_Report())

    return check_plots


def _render(layer, plot_id):
    """The layer drawn at 200 × 200 px over the plot ``plot_id``."""
    from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    feature = next(f for f in layer.getFeatures() if f["plot_id"] == plot_id)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(200, 200))
    settings.setBackgroundColor(QColor("#ffffff"))
    extent = feature.geometry().boundingBox()
    extent.scale(0.9)  # inside the plot: only its own symbols
    settings.setExtent(extent)
    image = QImage(QSize(200, 200), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    return image


def _colour_share(image, colour: str, tolerance: int = 40) -> float:
    """The share of pixels close to ``colour``."""
    from qgis.PyQt.QtGui import QColor

    want = QColor(colour)
    hits = total = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += (abs(pixel.red() - want.red()) + abs(pixel.green() - want.green())
                     + abs(pixel.blue() - want.blue())) < tolerance
    return hits / total


def _check(dock, layer, target, monkeypatch, simulated=False):
    from vantage_plugin.core import service

    monkeypatch.setattr(service, "check_plots", _engine(simulated))
    monkeypatch.setattr(operations, "bundled_options", lambda **kwargs: kwargs)
    dock.layer_combo.setLayer(layer)
    dock.output_widget.setFilePath(str(target))
    assert dock.check() is not None
    wait_for(lambda: not dock.busy() and dock.results_view.ready())
    assert dock.result_layer is not None, dock.status.text()
    return dock.result_layer


@pytest.fixture
def cleanup():
    yield
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup("Vantage results")
    for layer in list(project.mapLayers().values()):
        if layer.customProperty("vantage/result"):
            project.removeMapLayer(layer.id())
    if group is not None:
        project.layerTreeRoot().removeChildNode(group)


def test_result_layer_is_read_only_named_by_id_grouped_and_styled_in_the_geopackage(dock, layer, tmp_path,
                                                                                   monkeypatch, cleanup):
    first = _check(dock, layer, tmp_path / "a.gpkg", monkeypatch)
    second = _check(dock, layer, tmp_path / "b.gpkg", monkeypatch)
    assert first.name() != second.name()  # each run its own name
    assert "farms" in first.name() and "bundled" in first.name()
    assert first.readOnly() and not first.startEditing()
    # the user's plot id keeps its name (ours is renamed on the clash) and names the plots
    assert {"plot_id", "vantage_plot_id"} <= set(first.fields().names())
    assert first.displayExpression() == '"plot_id"'
    # grouped by date and engine in the layer tree
    node = QgsProject.instance().layerTreeRoot().findLayer(first.id())
    today = _dt.date.today().isoformat()
    assert node.parent().name() == f"{today} · bundled"
    assert node.parent().parent().name() == "Vantage results"
    assert QgsProject.instance().layerTreeRoot().findLayer(second.id()).parent() is node.parent()
    # High drawn above Medium above Low: the renderer orders features by that rank
    renderer = first.renderer()
    assert renderer.orderByEnabled()
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    clause = renderer.orderBy().list()[0]
    ranks = {}
    for feature in first.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(first))
        context.setFeature(feature)
        rank = QgsExpression(clause.expression().expression()).evaluate(context)
        ranks[feature["plot_id"]] = rank if clause.ascending() else -rank
    assert ranks["P1"] > ranks["P4"] > ranks["P2"]  # High > Medium > Low
    # overlaps are in the legend and drawn only where they exist
    categories = renderer.categories()  # kept: the symbols live in these copies
    labels = [c.label() for c in categories]
    assert "Overlaps a protected area" in labels and "Overlaps indigenous land" in labels
    # ... drawn on the map where the overlap is, and nowhere else; the legend patch stays the plain colour
    from vantage_plugin.qgis_bridge.styles import OVERLAP_HATCHES, RISK_COLOURS

    protected = OVERLAP_HATCHES["protected"][1]
    indigenous = OVERLAP_HATCHES["indigenous"][1]
    assert _colour_share(_render(first, "P2"), protected) > 0.02  # a Low plot inside a protected area
    assert _colour_share(_render(first, "P3"), indigenous) > 0.02
    assert _colour_share(_render(first, "P1"), protected) == 0 == _colour_share(_render(first, "P1"), indigenous)
    from qgis.PyQt.QtCore import QSize

    low = next(c for c in categories if c.value() == "Low").symbol()
    patch = low.asImage(QSize(40, 40))
    assert _colour_share(patch, protected) == 0 and _colour_share(patch, RISK_COLOURS["Low"]) > 0.5
    # the style lives in the GeoPackage: another QGIS opening the file gets it
    table = first.source().split("layername=")[1]
    ds = ogr.Open(str(tmp_path / "a.gpkg"))
    sql = ds.ExecuteSQL(f"SELECT styleQML FROM layer_styles WHERE f_table_name = '{table}' AND useAsDefault")
    qml = [f.GetField(0) for f in sql]
    ds.ReleaseResultSet(sql)
    ds = None
    assert len(qml) == 1 and "protected_overlap_ha" in qml[0] and "plot_id" in qml[0]


def test_dry_run_has_its_own_style_and_name(dock, layer, tmp_path, monkeypatch, cleanup):
    result = _check(dock, layer, tmp_path / "dry.gpkg", monkeypatch, simulated=True)
    assert "DRY RUN" in result.name()
    categories = result.renderer().categories()
    assert not any(c.value() in ("High", "Low") for c in categories)  # never coloured by risk
    assert any("simulated" in c.label() for c in categories)
    assert "simulated" in dock.results_view.hint.text()


def test_labels_toggle_labels_plots_by_id(dock, layer, tmp_path, monkeypatch, cleanup):
    result = _check(dock, layer, tmp_path / "l.gpkg", monkeypatch)
    view = dock.results_view
    view.labels.setChecked(True)
    assert result.labelsEnabled() and result.labeling().settings().fieldName == "plot_id"
    view.labels.setChecked(False)
    assert not result.labelsEnabled()


def test_results_view_counts_and_filters(dock, layer, tmp_path, monkeypatch, cleanup, qgis_iface):
    result = _check(dock, layer, tmp_path / "f.gpkg", monkeypatch)
    view = dock.results_view
    assert dock.tabs.currentWidget() is view
    assert dock.status.text().startswith("Check finished")  # listing the check's problems never overwrites it
    # expected counts straight from the table above
    expect = {
        "risk:High": [p for p in PLOTS if p[1] == "High" and p[2] == "ok"],
        "risk:Low": [p for p in PLOTS if p[1] == "Low"],
        "risk:Unknown": [p for p in PLOTS if p[1] == "Unknown"],
        "protected": [p for p in PLOTS if p[4] > 0],
        "indigenous": [p for p in PLOTS if p[5] > 0],
        "not_checked": [p for p in PLOTS if p[2] in ("failed", "invalid")],
    }
    # a status of its own (analysed with data missing) is an entry too, starting with a capital as the others
    missing = [p for p in PLOTS if p[2] == "no_data"]
    assert view.count("status:no_data") == len(missing)
    assert view.item_for("status:no_data").text() == f"Analysed, data missing: 1 plot ({missing[0][3]:,.1f} ha)"
    for key, rows in expect.items():
        assert view.count(key) == len(rows), key
        if key == "not_checked":  # never measured: a count, no hectares
            assert view.item_for(key).text().endswith(f"{len(rows)} plot") and "ha)" not in view.item_for(key).text()
        elif rows:
            hectares = sum(r[3] for r in rows)
            assert f"({hectares:,.1f} ha)" in view.item_for(key).text(), key
    # a click selects those plots in the result layer
    for key, rows in expect.items():
        view.choose(key)
        chosen = sorted(f["plot_id"] for f in result.getSelectedFeatures())
        assert chosen == sorted(r[0] for r in rows), key
    # "show only these" filters the layer to the chosen entry, and back
    view.choose("protected")
    view.only.setChecked(True)
    assert result.featureCount() == len(expect["protected"])
    view.choose("risk:Low")
    assert sorted(f["plot_id"] for f in result.getFeatures()) == ["P2", "P3"]
    view.only.setChecked(False)
    assert result.featureCount() == len(PLOTS)
    # the attribute table opens on the chosen plots
    calls = []
    monkeypatch.setattr(qgis_iface, "showAttributeTable", lambda lyr, flt="": calls.append((lyr, flt)), raising=False)
    view.choose("indigenous")
    view.open_attribute_table()
    assert calls and calls[-1][0] is result and "indigenous_overlap_ha" in calls[-1][1]


def test_summary_says_what_to_look_at_and_selects_it(dock, layer, tmp_path, monkeypatch, cleanup):
    from vantage_plugin.gui.summary_dialog import ResultsSummaryDialog

    result = _check(dock, layer, tmp_path / "s.gpkg", monkeypatch)
    opened = []
    monkeypatch.setattr(ResultsSummaryDialog, "exec", lambda self: opened.append(self) or 0)
    dock.show_summary()
    [dialog] = opened
    table = dialog.risk_table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for level in ("High", "Medium", "Low", "Unknown"):
        mine = [p for p in PLOTS if p[1] == level]
        assert rows[level] == (str(len(mine)), f"{sum(p[3] for p in mine):,.2f}"), level
    # the plots needing a look, each with an action; Unknown says why
    assert set(dialog.action_buttons) == {"risk:High", "risk:Unknown", "protected", "indigenous", "not_checked"}
    text = " ".join(label.text() for label in dialog.attention.findChildren(type(dock.status)))
    assert "because Unknown (1)" in text
    assert dialog.details.isCollapsed()  # step timings folded away
    # evidence opens where it exists: the High plot's analysis image
    from qgis.PyQt.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    assert set(dialog.evidence_buttons) == {"risk:High"}
    dialog.evidence_buttons["risk:High"].click()
    assert opened == [f"https://example.org/{p[0]}.png" for p in PLOTS if p[1] == "High"]
    dialog.action_buttons["protected"].click()
    assert sorted(f["plot_id"] for f in result.getSelectedFeatures()) == [p[0] for p in PLOTS if p[4] > 0]
    assert dock.tabs.currentWidget() is dock.results_view
