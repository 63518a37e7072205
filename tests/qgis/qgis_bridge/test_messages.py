"""Validation problems read in the user's language: the dock's table and detail, and the issue rows.

The expected French text is the translation in ``i18n/vantage_fr.ts`` filled with the issue's own
params, never a string written here; the English ``Issue.message`` must stay as it was.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant
from shapely import wkt as shapely_wkt

from tests.fixtures.translations import I18N
from tests.qgis.support import wait_for
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import RULES, validate
from vantage_plugin.core.validation.issues import CONTEXT, Phrase
from vantage_plugin.i18n import install_translator, remove_translator

BOWTIE = ("POLYGON((-71.710001 18.660001, -71.708001 18.661001, -71.708001 18.660001, -71.710001 18.662001, "
          "-71.710001 18.660001))")
BIG = ("POLYGON((-71.730001 18.680001, -71.720001 18.680001, -71.720001 18.690001, -71.730001 18.690001, "
       "-71.730001 18.680001))")
INSIDE = ("POLYGON((-71.728001 18.682001, -71.727001 18.682001, -71.727001 18.683001, -71.728001 18.683001, "
          "-71.728001 18.682001))")
CODE = "POLYGON_SELF_INTERSECTION"


def french_rules() -> dict[str, str]:
    """Source → French translation of the ``VantageRules`` context, as the translators wrote it."""
    root = ET.parse(I18N / "vantage_fr.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == CONTEXT)
    return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}


def french(issue) -> str:
    """The message of ``issue`` from the French .ts template and the issue's params."""
    table = french_rules()
    params = {key: (table[value.text].format(**dict(value.params)) if isinstance(value, Phrase) else value)
              for key, value in issue.params}
    return table[RULES[issue.code].message].format(**params)


@pytest.fixture
def in_french(qgis_app, qm_folder):
    remove_translator()
    assert install_translator("fr_FR", qm_folder) is not None
    yield
    remove_translator()


def _plots() -> list[Plot]:
    return [Plot(0, shapely_wkt.loads(BOWTIE), user_id="B2", commodity="cocoa", harvest_date="2024-05-01"),
            Plot(1, shapely_wkt.loads(BIG), user_id="G1", commodity="cocoa", harvest_date="2024-05-01"),
            Plot(2, shapely_wkt.loads(INSIDE), user_id="G2", commodity="cocoa", harvest_date="2024-05-01")]


def test_french_messages_come_from_the_ts_file_and_english_stays(in_french):
    from vantage_plugin.qgis_bridge.messages import issue_message, rule_title

    report = validate(_plots())
    issue = next(i for i in report.issues if i.code == CODE)
    english = RULES[CODE].message.format(**dict(issue.params))
    assert issue.message == english and issue.message.startswith("The outline crosses")
    expected = french(issue)
    assert expected != english and "{" not in expected
    assert issue_message(issue) == expected
    assert rule_title(CODE) == french_rules()[RULES[CODE].title] != RULES[CODE].title
    assert issue.message == english  # rendering never touches the issue
    inside = next(i for i in report.issues if i.code == "PLOTS_OVERLAP" and i.plot_label == "G2")
    assert issue_message(inside) == french(inside) != inside.message
    assert french_rules()[" (it lies entirely inside that plot)"] in issue_message(inside)
    remove_translator()
    assert issue_message(issue) == english  # no translator: English


def test_issue_rows_write_the_french_message_and_keep_the_code(in_french):
    from vantage_plugin.qgis_bridge import results

    plots = _plots()
    report = validate(plots)
    rows = [values for values, _ in results.issue_rows(plots, report, QgsWkbTypes.MultiPolygon)]
    names = [name for name, _ in results.ISSUE_FIELDS]
    by_code = {row[names.index("code")]: row for row in rows}
    issue = next(i for i in report.issues if i.code == CODE)
    assert by_code[CODE][names.index("message")] == french(issue)
    assert issue.message.startswith("The outline crosses")


@pytest.fixture
def bowtie_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "bow-tie plots", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("Plot ID", QVariant.String), QgsField("Commodity", QVariant.String),
                            QgsField("harvest_date", QVariant.String)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["B2", "cocoa", "2024-05-01"])
    feature.setGeometry(QgsGeometry.fromWkt(BOWTIE))
    provider.addFeature(feature)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if not sip.isdeleted(layer) and QgsProject.instance().mapLayer(layer.id()):
        QgsProject.instance().removeMapLayer(layer.id())


def test_dock_lists_a_bow_tie_in_french(in_french, dock, bowtie_layer):
    from vantage_plugin.gui.problems_view import COL_CODE, COL_MESSAGE

    dock.layer_combo.setLayer(bowtie_layer)
    assert dock.validate() is not None
    wait_for(lambda: not dock.busy() and dock.report_ready())
    assert dock.report is not None, dock.status.text()
    issue = next(i for i in dock.report.issues if i.code == CODE)
    assert issue.message.startswith("The outline crosses")
    model = dock.issues_model
    group = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, COL_CODE).data() == CODE)
    cell = model.index(0, COL_MESSAGE, group)
    assert cell.data() == french(issue)
    dock.on_issue_clicked(cell)
    detail = dock.issue_detail.text()
    assert french(issue) in detail and CODE in detail
    assert french_rules()[RULES[CODE].title] in detail
    assert issue.message not in detail


def test_validate_plots_output_has_french_messages(in_french, vantage, tmp_path):
    features = [{"type": "Feature", "properties": {"user_id": plot.user_id, "commodity": plot.commodity,
                                                   "harvest_date": plot.harvest_date},
                 "geometry": json.loads(json.dumps(plot.geometry.__geo_interface__))} for plot in _plots()]
    source = tmp_path / "plots.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "issues.gpkg"
    vantage.run("vantage:validateplots", {"INPUT": str(source), "OUTPUT": str(out)})
    dataset = ogr.Open(str(out))  # kept: its layer dies with it
    rows = [{"code": f.GetField("code"), "message": f.GetField("message"), "plot_id": f.GetField("plot_id")}
            for f in dataset.GetLayer(0)]
    dataset = None
    core = validate(_plots())
    for code, label in ((CODE, "B2"), ("PLOTS_OVERLAP", "G2")):
        issue = next(i for i in core.issues if i.code == code and i.plot_label == label)
        [row] = [r for r in rows if r["code"] == code and r["plot_id"] == label]
        assert row["message"] == french(issue) != issue.message
