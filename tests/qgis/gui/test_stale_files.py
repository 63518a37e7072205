"""A catalog that remembers data files moved or deleted since they were chosen: the panel says which
source, which path and what to do before a check starts, and the demo data can take their place."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.conftest import DEMO
from tests.qgis.support import hint_shown, remove_groups, wait_for
from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.gui.catalog_widget import role_label
from vantage_plugin.gui.first_run import STALE_CATALOG_SUFFIX, demo_catalog
from vantage_plugin.gui.stale_files import load_missing_files


@pytest.fixture
def moved(dock, tmp_path):
    """A saved catalog whose loss raster was deleted and whose protected areas moved; forest still there."""
    demo = demo_catalog()
    kept = tmp_path / "data"
    kept.mkdir()
    forest = kept / "forest.tif"
    shutil.copyfile(demo.forest_2020.path, forest)
    gone = {"loss_year": str(tmp_path / "old" / "lossyear.tif"),
            "protected_areas": str(tmp_path / "old" / "protected.gpkg")}
    catalog = Catalog(forest_2020=DataSource(str(forest)), loss_year=DataSource(gone["loss_year"]),
                      protected_areas=DataSource(gone["protected_areas"]),
                      indigenous_lands=DataSource("/vsicurl/https://example.org/lands.gpkg"))
    path = tmp_path / "profile" / "catalog.json"
    path.parent.mkdir()
    catalog.save(str(path))
    dock.settings.catalog_path = str(path)
    dock.engine_combo.setCurrentIndex(dock.engine_combo.findData("bundled"))
    dock.on_engine_changed()
    yield path, gone
    remove_groups("Vantage demo")


def test_missing_files_are_the_local_paths_that_are_gone(moved):
    path, gone = moved
    # the existing forest file and the virtual (network) path are not reported
    assert load_missing_files(str(path)) == [("loss_year", gone["loss_year"]), ("protected_areas", gone["protected_areas"])]
    assert replace(Catalog.load(str(path)), loss_year=None, protected_areas=None).missing_files() == []
    assert load_missing_files(str(path.parent / "no-catalog.json")) == []


def test_the_panel_says_which_files_are_gone_before_and_after_a_check(dock, moved, tmp_path):
    path, gone = moved
    dock.show()
    hint_shown(dock)
    # the Check tab's hint says it, with the demo button, before anything runs
    for role, missing in gone.items():
        assert f"{role_label(role)}: {missing}" in dock.engine_hint.text()
    assert not dock.demo_button.isHidden()
    # a check run anyway fails on the catalog, and says the same instead of a bare "file not found"
    layer = QgsVectorLayer(f"{DEMO / 'demo_plots.gpkg'}|layername=plots", "plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        dock.layer_combo.setLayer(layer)
        out = tmp_path / "out.gpkg"
        dock.output_widget.setFilePath(str(out))
        assert dock.check() is not None
        wait_for(lambda: not dock.busy() and not dock.check_tab.stale_files_pending())  # files looked for in a task
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    status = dock.status.text()
    for role, missing in gone.items():
        assert f"{role_label(role)}: {missing}" in status
    assert "Choose them again" in status and "demo data" in status and "#b00020" in dock.status.styleSheet()
    assert str(tmp_path / "data" / "forest.tif") not in status  # the file still there is not named
    assert not out.exists()


def test_the_demo_data_replaces_the_catalog_and_keeps_the_old_one_beside_it(dock, moved):
    path, gone = moved
    before = path.read_text()
    dock.use_demo()
    wait_for(lambda: not dock.check_tab.demo_pending(), timeout=30)
    hint_shown(dock)
    assert json.loads(path.read_text())["loss_year"]["path"] == demo_catalog().loss_year.path
    assert (path.parent / (path.name + STALE_CATALOG_SUFFIX)).read_text() == before
    assert load_missing_files(str(path)) == [] and dock.demo_button.isHidden()
    assert "demo data" in dock.engine_hint.text()

