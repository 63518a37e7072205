"""``risk_reason`` in the user's language: the result rows and the panel's summary translate the core's
reasons (``core.risk.REASON_*``); any other text (an API's own) is written as it came.

The expected French text is read from ``i18n/vantage_fr.ts`` (the translators' file), never written here.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import Polygon

from vantage_plugin.core import analysis, risk
from vantage_plugin.core.plots import Plot
from vantage_plugin.i18n import install_translator, remove_translator
from vantage_plugin.qgis_bridge import results
from vantage_plugin.qgis_bridge.messages import RISK_CONTEXT, RISK_REASON_SOURCES, risk_reason_text

I18N = Path(__file__).resolve().parents[3] / "i18n"
CORE_REASONS = (risk.REASON_HIGH, risk.REASON_MEDIUM, risk.REASON_LOW, risk.REASON_UNKNOWN,
                risk.REASON_UNKNOWN_INCOMPLETE)
API_TEXT = "Deforestation detected by the provider"


def ts_reasons(lang: str) -> dict[str, str]:
    """Source → translation of the risk reasons' context in ``vantage_<lang>.ts``."""
    root = ET.parse(I18N / f"vantage_{lang}.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == RISK_CONTEXT)
    return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory) -> Path:
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        if (I18N / "vantage_fr.qm").exists():
            return I18N
        pytest.skip("no lrelease to build the .qm file")
    folder = tmp_path_factory.mktemp("qm")  # built from the .ts under test, never a stale .qm
    subprocess.run([lrelease, "-silent", str(I18N / "vantage_fr.ts"), "-qm", str(folder / "vantage_fr.qm")],
                   check=True)
    return folder


@pytest.fixture
def in_french(qgis_app, qm_folder):
    remove_translator()
    assert install_translator("fr_FR", qm_folder) is not None
    yield
    remove_translator()


def test_marked_sources_are_the_core_reasons():
    assert sorted(RISK_REASON_SOURCES) == sorted(CORE_REASONS)


@pytest.mark.parametrize("lang", ["fr", "es", "pt", "id"])
def test_every_language_translates_every_reason(lang):
    table = ts_reasons(lang)
    for reason in CORE_REASONS:
        assert table.get(reason) and table[reason] != reason, (lang, reason)


def _result(index: int, level: str, reason: str) -> analysis.PlotResult:
    a = analysis.make_analysis(area_ha=1.0, analysis_end="2024-12-31", forest_ha=1.0, deforestation_ha=0.0,
                               deforestation_yearly={}, risk_level=level, risk_reason=reason, version="test")
    return analysis.PlotResult(index, "bundled", analysis.STATUS_OK, analysis=a)


def test_result_rows_carry_the_french_reason(in_french, tmp_path):
    square = Polygon([(10, 1), (10.01, 1), (10.01, 1.01), (10, 1.01)])
    fields = QgsFields()
    fields.append(QgsField("plot_code", QVariant.String))
    reasons = [risk.REASON_HIGH, risk.REASON_UNKNOWN_INCOMPLETE, API_TEXT]
    plots = [Plot(i, square, source_fid=i, user_id=f"P{i}", attributes={"plot_code": f"P{i}"})
             for i in range(len(reasons))]
    written = [_result(i, "High", reason) for i, reason in enumerate(reasons)]
    path = tmp_path / "out.gpkg"
    results.write_results(str(path), "results", plots, written, fields)
    dataset = ogr.Open(str(path))
    rows = {f.GetField("plot_code"): f.GetField("risk_reason") for f in dataset.GetLayerByName("results")}
    dataset = None
    french = ts_reasons("fr")
    assert rows["P0"] == french[risk.REASON_HIGH] != risk.REASON_HIGH
    assert rows["P1"] == french[risk.REASON_UNKNOWN_INCOMPLETE] != risk.REASON_UNKNOWN_INCOMPLETE
    assert rows["P2"] == API_TEXT  # not one of the core's reasons: as it came
    remove_translator()
    assert risk_reason_text(risk.REASON_HIGH) == risk.REASON_HIGH  # no translator: English
    assert risk_reason_text(None) is None


def test_summary_shows_the_french_reason(in_french):
    from vantage_plugin.gui.results_view import tally_results
    from vantage_plugin.gui.summary_dialog import unknown_reasons

    tally = tally_results([_result(0, "Unknown", risk.REASON_UNKNOWN), _result(1, "Unknown", risk.REASON_UNKNOWN)])
    assert unknown_reasons(tally) == f"{ts_reasons('fr')[risk.REASON_UNKNOWN]} (2)"
