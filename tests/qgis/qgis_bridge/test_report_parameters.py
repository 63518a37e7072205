"""The run report names the run's parameters in words, in the user's language: no raw record key
(``forest_2020_min_used``…) reaches the page. The French labels are read from ``i18n/vantage_fr.ts``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.fixtures.translations import I18N
from vantage_plugin.core.engine.bundled import BundledOptions
from vantage_plugin.core.run_record import make_run_record
from vantage_plugin.i18n import CONTEXT, install_translator, remove_translator
from vantage_plugin.qgis_bridge.report import parameter_labels, parameter_rows


def every_key_a_record_can_hold() -> set[str]:
    """The parameter keys of a bundled record with a threshold used, and of an API record."""
    bundled = make_run_record("bundled", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                              options=BundledOptions(forest_2020_min=None), forest_2020_min_used=10.0,
                              parameters={"commodity": "cocoa", "harvest_date": "2024-01-31"})
    api = make_run_record("api", plugin_version="0", input_name="p", plot_id_field=None, plots=1,
                          parameters={"commodity": "soy", "harvest_date": "2024-01-31", "dry_run": True})
    return set(bundled.parameters) | set(api.parameters)


def test_every_parameter_a_record_holds_has_a_label(qgis_app):
    keys = every_key_a_record_can_hold()
    assert {"forest_2020_min_used", "forest_is_jrc", "dry_run"} <= keys
    labels = parameter_labels()
    assert keys <= set(labels), keys - set(labels)
    rows = dict(parameter_rows({key: None for key in keys}))
    assert not keys & set(rows)  # no raw key on the page


def test_values_are_written_for_people(qgis_app):
    rows = parameter_rows({"forest_is_jrc": False, "forest_2020_min_used": 10.0, "commodity": "cocoa",
                           "someone_elses": 3})
    labels = parameter_labels()
    assert rows == [(labels["commodity"], "cocoa"), (labels["forest_2020_min_used"], "10"),
                    (labels["forest_is_jrc"], "no"), ("someone_elses", "3")]


@pytest.fixture
def in_french(qgis_app, qm_folder):
    remove_translator()
    assert install_translator("fr_FR", qm_folder) is not None
    yield
    remove_translator()


def test_labels_are_in_the_users_language(in_french):
    root = ET.parse(I18N / "vantage_fr.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == CONTEXT)
    french = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    rows = dict(parameter_rows({"forest_2020_min_used": 10.0, "forest_is_jrc": True}))
    assert rows[french["Forest threshold used"]] == "10"
    assert rows[french["Forest map is a forest/non-forest mask"]] == french["yes"]
