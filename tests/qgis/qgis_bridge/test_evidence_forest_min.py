"""The evidence maps draw forest with the threshold the run used: the one the engine recorded, also when
the user gave none and the record's ``forest_2020_min`` only says "by the raster's kind" (the demo's case)."""

from __future__ import annotations

from vantage_plugin.core.run_record import kind_default_text
from vantage_plugin.qgis_bridge.evidence import forest_min


def test_the_threshold_the_engine_used_wins():
    assert forest_min({"forest_2020_min": kind_default_text(), "forest_2020_min_used": 10.0}) == 10.0


def test_a_given_number_is_used_as_it_is():
    assert forest_min({"forest_2020_min": 25}) == 25.0
    assert forest_min({"forest_2020_min": "30"}) == 30.0


def test_a_record_without_a_number_falls_back_to_one():
    assert forest_min({"forest_2020_min": kind_default_text()}) == 1.0
    assert forest_min({}) == 1.0
