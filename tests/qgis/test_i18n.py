"""Translations: the .qm files load by locale (with the two-letter fallback) and translate the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.fixtures.translations import I18N, LANGUAGES
from vantage_plugin import i18n
from vantage_plugin.i18n import install_translator, load_translator, qm_candidates, remove_translator, tr

# ``qm_folder`` (the compiled translations) comes from tests/fixtures/translations.py.
#: The modules whose strings this suite requires to be translated (the UI shell and the dock).
# Every module of the plugin, as `make update-translations` scans them: none can escape the check.
UI_MODULES = sorted(str(path.relative_to(REPO)) for path in (REPO / "vantage_plugin").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.fixture
def clean_translator():
    remove_translator()
    yield
    remove_translator()


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def test_tr_without_translator_returns_the_source(clean_translator):
    assert tr("Validate") == "Validate"


def test_french_translation_loads_and_translates(qgis_app, qm_folder, clean_translator):
    translator = install_translator("fr_FR", qm_folder)
    assert translator is not None
    assert tr("Validate") == "Valider"
    assert tr("Vantage EUDR check") == "Contrôle RDUE Vantage"
    assert tr("{plots} plots").format(plots=3) == "3 parcelles"
    remove_translator()
    assert tr("Validate") == "Validate"


def test_two_letter_fallback(qm_folder):
    names = [path.name for path in qm_candidates("pt_BR", qm_folder)]
    assert names == ["vantage_pt_BR.qm", "vantage_pt.qm"]
    translator = load_translator("pt_BR", qm_folder)
    assert translator is not None
    assert translator.translate(i18n.CONTEXT, "Layer") == "Camada"
    assert load_translator("de_DE", qm_folder) is None  # no German: English stays


def test_installing_twice_keeps_one_translator(qgis_app, qm_folder, clean_translator):
    install_translator("es", qm_folder)
    install_translator("fr", qm_folder)
    assert tr("Cancel") == "Annuler"
    remove_translator()
    assert tr("Cancel") == "Cancel"


def test_user_locale_setting_is_used(qgis_app, qm_folder, clean_translator):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    old = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "es_MX")
    try:
        assert i18n.user_locale() == "es_MX"
        assert install_translator(folder=qm_folder) is not None
        assert tr("Check plots") == "Verificar parcelas"
    finally:
        if old is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", old)


def test_dock_shows_french(qgis_iface, qm_folder, clean_translator):
    from vantage_plugin.gui.dock import VantageDock

    install_translator("fr", qm_folder)
    dock = VantageDock(qgis_iface)
    try:
        assert dock.validate_button.text() == "Valider"
        assert dock.windowTitle() == "Contrôle RDUE Vantage"
        assert dock.tabs.tabText(1) == "Contrôle"
    finally:
        dock.close_down()
        dock.deleteLater()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_are_complete_and_keep_placeholders(lang):
    messages = _messages(I18N / f"vantage_{lang}.ts")
    assert messages
    for source, translation in messages.items():
        assert translation is not None, f"{lang}: untranslated {source!r}"
        assert translation.get("type") not in ("unfinished", "obsolete"), f"{lang}: unfinished {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{lang}: untranslated {source!r}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form)), (
                f"{lang}: placeholders differ in {source!r}"
            )
            if "%n" in source:
                assert "%n" in form, f"{lang}: the count is lost in {source!r}"


def test_every_ui_string_is_in_the_ts_files(tmp_path):
    """The .ts files are up to date with the UI modules (run `make update-translations` if not)."""
    pylupdate = shutil.which("pylupdate5")
    if pylupdate is None:
        pytest.skip("pylupdate5 is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([pylupdate, *[str(REPO / m) for m in UI_MODULES], "-ts", str(fresh)], check=True,
                   capture_output=True)
    sources = set(_messages(fresh))
    assert len(sources) > 100
    for lang in LANGUAGES:
        missing = sources - set(_messages(I18N / f"vantage_{lang}.ts"))
        assert not missing, f"vantage_{lang}.ts lacks {sorted(missing)[:5]}"


def test_plurals_follow_the_count(qgis_app, qm_folder, clean_translator):
    """English without a translator, and each language's own plural forms with one."""
    assert tr("%n plot(s)", "", 1) == "1 plot" and tr("%n plot(s)", "", 2) == "2 plots"
    assert tr("%n plot(s)", "", 0) == "0 plots"
    install_translator("fr", qm_folder)
    assert tr("%n plot(s)", "", 1) == "1 parcelle" and tr("%n plot(s)", "", 0) == "0 parcelle"
    assert tr("%n error(s)", "", 3) == "3 erreurs"
    install_translator("es", qm_folder)
    assert tr("%n plot(s)", "", 1) == "1 parcela" and tr("%n plot(s)", "", 0) == "0 parcelas"


def test_processing_strings_translate_in_the_context_pylupdate_gave_them(qgis_app, qm_folder, clean_translator):
    """self.tr in an algorithm is filed under its class (or a base class) by pylupdate5: it must translate."""
    from vantage_plugin.processing.check_plots import CheckPlotsAlgorithm

    french = {}
    for context in ET.parse(I18N / "vantage_fr.ts").getroot().iter("context"):
        for message in context.iter("message"):
            french.setdefault(context.findtext("name"), {})[message.findtext("source")] = message.findtext("translation")
    install_translator("fr", qm_folder)
    algorithm = CheckPlotsAlgorithm()
    assert algorithm.displayName() == french["CheckPlotsAlgorithm"]["Check plots (EUDR)"] != "Check plots (EUDR)"
    assert algorithm.group() == french["CheckPlotsAlgorithm"]["Checks"]
    assert algorithm.groupId() == "Checks"  # the id of the example model's group: one "Checks" in the toolbox
    help_text = algorithm.shortHelpString()
    assert help_text and help_text in french["CheckPlotsAlgorithm"].values()


def test_the_dock_in_every_language_fits_300_px(qgis_iface, qm_folder, clean_translator):
    """No tab, button or check box needs more than the 300 px the panel opens at (scrolls otherwise)."""
    from qgis.PyQt.QtWidgets import QAbstractButton

    from vantage_plugin.gui.dock import VantageDock

    for lang in LANGUAGES:
        install_translator(lang, qm_folder)
        dock = VantageDock(qgis_iface)
        try:
            dock.resize(300, 700)
            dock.show()
            body = dock.widget().widget()
            assert body.minimumSizeHint().width() <= 300 - 8, (lang, body.minimumSizeHint().width())
            for button in body.findChildren(QAbstractButton):
                if button.isVisibleTo(body) and button.text():
                    assert button.sizeHint().width() <= 300 - 24, (lang, button.text())
        finally:
            dock.close_down()
            dock.deleteLater()


def test_indonesian_is_shipped_and_translates(qgis_app, qm_folder, clean_translator):
    assert "id" in LANGUAGES
    install_translator("id_ID", qm_folder)
    assert tr("Validate") == "Validasi"
    assert tr("Check plots") == "Periksa petak"
    assert tr("%n plot(s)", "", 1) == "1 petak" and tr("%n plot(s)", "", 7) == "7 petak"  # one plural form
    from vantage_plugin.qgis_bridge.messages import rule_title

    assert rule_title("POLYGON_SELF_INTERSECTION") == "Perpotongan diri"  # the rules' own context too


def test_why_not_assessed_is_translated(qgis_app, qm_folder, clean_translator):
    from vantage_plugin.gui.reasons import not_assessed_reason

    install_translator("fr", qm_folder)
    assert not_assessed_reason("no_data", ("not_covered",)) != "outside the data"
    assert not_assessed_reason("no_data", ("harvest_before_cutoff",)) != "harvested before 2021"
