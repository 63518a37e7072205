"""First run: the demo data as the catalog, the demo plots as one group with clear names, a check that
gives real levels, and a hint that follows the catalog."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProject

from tests.qgis.support import hint_shown, remove_groups, wait_for


@pytest.fixture
def fresh_catalog(dock, tmp_path):
    path = tmp_path / "profile" / "catalog.json"
    dock.settings.catalog_path = str(path)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    dock.on_engine_changed()
    yield path
    remove_groups("Vantage demo", "Vantage results")


def test_first_run_offers_the_demo_and_a_check_gives_real_levels(dock, fresh_catalog, tmp_path):
    dock.show()
    hint_shown(dock)
    assert not fresh_catalog.exists()
    assert not dock.demo_button.isHidden()
    assert "no forest or loss data" in dock.engine_hint.text()

    dock.use_demo()  # the catalog is looked at in a task: the demo layers open when it answers
    wait_for(lambda: not dock.check_tab.demo_pending(), timeout=30)
    catalog = json.loads(fresh_catalog.read_text())
    assert catalog["loss_year"]["path"].endswith(".tif") and catalog["forest_2020"]["path"].endswith(".tif")
    assert catalog["protected_areas"] and catalog["indigenous_lands"]
    # one group, every layer with its own clear name (the GeoPackage's polygons and points apart)
    group = QgsProject.instance().layerTreeRoot().findGroup("Vantage demo")
    names = [node.name() for node in group.findLayers()]
    layers = [node.layer() for node in group.findLayers()]
    assert len(names) == len(set(names)) == 4 and all("made up" in name for name in names)
    assert [layer.featureCount() > 0 for layer in layers] == [True] * 4
    assert dock.layer_combo.currentLayer() is layers[0]
    assert dock.mapping().plot_id == "plot_ref"
    # the hint follows the catalog
    hint_shown(dock)
    assert "demo data" in dock.engine_hint.text() and dock.demo_button.isHidden()

    dock.output_widget.setFilePath(str(tmp_path / "demo.gpkg"))
    dock.check()
    wait_for(lambda: not dock.busy() and dock.results_view.ready(), timeout=300)
    result = dock.result_layer
    assert result is not None, dock.status.text()
    levels = {f["risk_level"] for f in result.getFeatures()}
    assert levels & {"High", "Low"}, levels  # not "Unknown" everywhere: the demo rasters were used


def test_a_catalog_with_data_is_never_replaced(dock, fresh_catalog, tmp_path):
    raster = tmp_path / "loss.tif"
    raster.write_bytes(b"")
    fresh_catalog.parent.mkdir(parents=True)
    dock.show()
    hint_shown(dock)
    assert "no forest or loss data" in dock.engine_hint.text()
    fresh_catalog.write_text(json.dumps({"version": 1, "loss_year": {"path": str(raster)}}))  # saved in the settings
    dock.hide()
    dock.show()  # the hint follows the catalog when the panel shows again
    hint_shown(dock)
    assert "catalog.json" in dock.engine_hint.text()
    assert dock.demo_button.isHidden()
    before = fresh_catalog.read_text()
    dock.use_demo()
    wait_for(lambda: not dock.check_tab.demo_pending(), timeout=30)
    assert fresh_catalog.read_text() == before
