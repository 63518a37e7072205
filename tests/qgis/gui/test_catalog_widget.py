"""The data catalog editor of the settings page: what it writes, what a reloaded page shows, its checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vantage_plugin.gui import catalog_widget
from vantage_plugin.gui.catalog_widget import CatalogWidget, parse_field_map, role_label
from vantage_plugin.qgis_bridge.settings import PluginSettings


# --- inputs made here ------------------------------------------------------------------------------
def make_raster(path: Path, value: int = 1) -> Path:
    """A 4×4 GeoTIFF in WGS84."""
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((-72.0, 0.25, 0, 19.0, 0, -0.25))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.Fill(value)
    band.FlushCache()
    ds = None
    return path


def make_vector(path: Path, layers=("areas",), fields=("NAME",)) -> Path:
    """A GeoPackage with one polygon per layer and text fields."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    for name in layers:
        layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
        for field in fields:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(fields[0], "Park")
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((-72 18,-71 18,-71 19,-72 19,-72 18))"))
        layer.CreateFeature(feature)
    ds = None
    return path


@pytest.fixture
def clean_settings(tmp_path, monkeypatch):
    """Plugin settings reset; the profile folder (the default catalog's home) moved into tmp_path."""
    profile = tmp_path / "profile"
    monkeypatch.setattr(catalog_widget, "default_catalog_path",
                        lambda: str(profile / "vantage" / "catalog.json"))
    settings = PluginSettings()
    for name in PluginSettings.ALL:
        settings.reset(name)
    yield settings
    for name in PluginSettings.ALL:
        settings.reset(name)


@pytest.fixture
def data(tmp_path):
    return {
        "forest": make_raster(tmp_path / "treecover2000.tif", 80),
        "loss": make_raster(tmp_path / "lossyear.tif", 0),
        "pa": make_vector(tmp_path / "wdpa.gpkg", layers=("points_dummy", "wdpa_polygons")),
        "il": make_vector(tmp_path / "landmark.gpkg", layers=("lands",), fields=("Name_Eng", "Status")),
        "admin": make_vector(tmp_path / "gadm.gpkg", layers=("level1",), fields=("NAME_0", "NAME_1")),
    }


def fill(widget: CatalogWidget, data: dict) -> None:
    widget.files["forest_2020"].setFilePath(str(data["forest"]))
    widget.files["loss_year"].setFilePath(str(data["loss"]))
    widget.vectors["protected_areas"].file.setFilePath(str(data["pa"]))
    widget.vectors["protected_areas"].layer.setEditText("wdpa_polygons")
    widget.vectors["protected_areas"].fields.setText("name=NAME")
    widget.vectors["indigenous_lands"].file.setFilePath(str(data["il"]))
    widget.vectors["indigenous_lands"].fields.setText("name = Name_Eng ; status=Status")
    widget.vectors["admin"].file.setFilePath(str(data["admin"]))
    widget.forest_min.setValue(25.0)


# --- saving and reloading ------------------------------------------------------------------------------
def test_saving_writes_the_catalog_json_to_the_default_path_and_stores_it(clean_settings, data, tmp_path):
    from vantage_plugin.gui.settings_page import SettingsWidget

    page = SettingsWidget(clean_settings)
    default = tmp_path / "profile" / "vantage" / "catalog.json"
    assert page.catalog.catalog_path() == str(default)  # the setting is empty: the default path
    assert not default.parent.exists()
    fill(page.catalog, data)
    assert page.save() is None
    assert clean_settings.catalog_path == str(default)  # stored explicitly from now on
    written = json.loads(default.read_text(encoding="utf-8"))  # folders created
    assert written["version"] == 1
    assert written["forest_2020"]["path"] == str(data["forest"])
    assert written["loss_year"]["path"] == str(data["loss"])
    assert written["protected_areas"] == {"path": str(data["pa"]), "layer": "wdpa_polygons",
                                          "field_map": {"name": "NAME"}, "options": {}}
    assert written["indigenous_lands"]["layer"] is None
    assert written["indigenous_lands"]["field_map"] == {"name": "Name_Eng", "status": "Status"}
    assert written["admin"]["path"] == str(data["admin"])
    assert written["forest_2020_min"] == 25.0
    assert written["forest_is_jrc"] is False


def test_a_reloaded_page_shows_the_saved_catalog(clean_settings, data):
    from vantage_plugin.gui.settings_page import SettingsWidget

    page = SettingsWidget(clean_settings)
    fill(page.catalog, data)
    page.catalog.forest_is_jrc.setChecked(True)  # lowers the threshold to 1 (a 0/1 mask)
    assert page.catalog.forest_min.value() == 1.0
    assert page.save() is None

    reloaded = SettingsWidget(PluginSettings())
    again = reloaded.catalog
    assert again.files["forest_2020"].filePath() == str(data["forest"])
    assert again.files["loss_year"].filePath() == str(data["loss"])
    pa = again.vectors["protected_areas"]
    assert pa.file.filePath() == str(data["pa"])
    assert pa.layer.currentText() == "wdpa_polygons"
    assert [pa.layer.itemText(i) for i in range(pa.layer.count())] == ["points_dummy", "wdpa_polygons"]
    assert pa.fields.text() == "name=NAME"
    assert again.vectors["indigenous_lands"].fields.text() == "name=Name_Eng, status=Status"
    assert again.vectors["admin"].file.filePath() == str(data["admin"])
    assert again.forest_is_jrc.isChecked()
    assert again.forest_min.value() == 1.0
    assert not again.is_modified()


def test_an_unchanged_catalog_is_not_rewritten_and_keeps_its_options(clean_settings, data, tmp_path):
    from vantage_plugin.gui.settings_page import SettingsWidget

    shared = tmp_path / "team" / "catalog.json"
    shared.parent.mkdir()
    text = json.dumps({"forest_2020": {"path": str(data["forest"]), "options": {"band": 1}},
                       "loss_year": str(data["loss"]), "forest_2020_min": 30})
    shared.write_text(text, encoding="utf-8")
    clean_settings.catalog_path = str(shared)
    page = SettingsWidget(clean_settings)
    assert page.catalog.catalog_path() == str(shared)
    assert page.catalog.forest_min.value() == 30.0
    assert page.save() is None
    assert shared.read_text(encoding="utf-8") == text  # byte for byte: a shared file is left alone
    page.catalog.vectors["protected_areas"].file.setFilePath(str(data["pa"]))
    assert page.save() is None
    written = json.loads(shared.read_text(encoding="utf-8"))
    assert written["protected_areas"]["path"] == str(data["pa"])
    assert written["forest_2020"]["options"] == {"band": 1}  # options kept while the path is the same


def test_the_default_boundaries_show_as_a_placeholder_and_are_not_written(clean_settings):
    from vantage_plugin.gui.settings_page import SettingsWidget

    page = SettingsWidget(clean_settings)
    admin = page.catalog.vectors["admin"]
    assert admin.file.filePath() == ""
    assert not admin.layer.isEnabled()
    if page.catalog.world_map:
        assert "world_map.gpkg" in admin.file.lineEdit().placeholderText()
    assert page.save() is None
    written = json.loads(Path(clean_settings.catalog_path).read_text(encoding="utf-8"))
    assert written["admin"] is None  # the engine falls back on QGIS's world_map.gpkg itself


def test_a_bad_field_mapping_keeps_the_dialog_open_and_the_old_catalog(clean_settings, data, tmp_path):
    from vantage_plugin.gui.settings_page import SettingsDialog

    dialog = SettingsDialog(settings=clean_settings)
    dialog.widget.catalog.vectors["protected_areas"].file.setFilePath(str(data["pa"]))
    dialog.widget.catalog.vectors["protected_areas"].fields.setText("name")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()  # not accepted: the message says why
    assert "role=field" in dialog.widget.catalog.message.text()
    assert clean_settings.catalog_path == ""
    assert not (tmp_path / "profile" / "vantage" / "catalog.json").exists()
    dialog.widget.catalog.vectors["protected_areas"].fields.setText("")
    dialog.accept()
    assert not dialog.isVisible()
    assert clean_settings.catalog_path.endswith("catalog.json")


def test_an_unreadable_catalog_is_reported_and_kept_as_bak(clean_settings, tmp_path):
    from vantage_plugin.gui.settings_page import SettingsWidget

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    clean_settings.catalog_path = str(broken)
    page = SettingsWidget(clean_settings)
    assert "could not be read" in page.catalog.message.text()
    assert page.catalog.message.isVisibleTo(page.catalog)
    assert page.save() is None
    assert (tmp_path / "broken.json.bak").read_text(encoding="utf-8") == "{not json"
    assert json.loads(broken.read_text(encoding="utf-8"))["version"] == 1


# --- open / save as ------------------------------------------------------------------------------
def test_open_and_save_as_change_the_catalog_path(clean_settings, data, tmp_path, monkeypatch):
    from vantage_plugin.gui.settings_page import SettingsWidget

    team = tmp_path / "team.json"
    team.write_text(json.dumps({"loss_year": {"path": str(data["loss"])}, "forest_is_jrc": True}),
                    encoding="utf-8")
    page = SettingsWidget(clean_settings)
    widget = page.catalog
    monkeypatch.setattr(catalog_widget.QFileDialog, "getOpenFileName", lambda *a, **k: (str(team), ""))
    assert widget.open_catalog()
    assert widget.catalog_path() == str(team)
    assert widget.files["loss_year"].filePath() == str(data["loss"])
    assert widget.forest_is_jrc.isChecked()

    # a file that is not a catalog leaves the editor and the path as they were
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    monkeypatch.setattr(catalog_widget.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    assert not widget.open_catalog()
    assert widget.catalog_path() == str(team)
    assert widget.files["loss_year"].filePath() == str(data["loss"])
    assert "not valid" in widget.message.text()

    copy = tmp_path / "copies" / "mine"
    monkeypatch.setattr(catalog_widget.QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert widget.save_catalog_as()
    assert widget.catalog_path() == str(copy) + ".json"
    saved = json.loads(Path(str(copy) + ".json").read_text(encoding="utf-8"))
    assert saved["loss_year"]["path"] == str(data["loss"])
    assert page.save() is None
    assert clean_settings.catalog_path == str(copy) + ".json"


# --- checks --------------------------------------------------------------------------------------
def test_check_data_reports_a_missing_file(clean_settings, data, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    missing = tmp_path / "nowhere" / "lossyear.tif"
    widget.files["forest_2020"].setFilePath(str(data["forest"]))
    widget.files["loss_year"].setFilePath(str(missing))
    problems = widget.check_data()
    assert len(problems) == 1
    assert "file not found" in problems[0] and str(missing) in problems[0]
    # which source, which path and what to do (a file moved or deleted since it was chosen)
    assert problems[0] == (f"{role_label('loss_year')}: file not found: {missing} (moved or deleted since it was "
                           "chosen). Choose the file again, or clear the field.")
    assert str(missing) in widget.message.text()
    assert "#b00020" in widget.message.styleSheet()


def test_check_data_reports_an_unknown_layer_and_field(clean_settings, data, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    fill(widget, data)
    widget.vectors["protected_areas"].layer.setEditText("no_such_layer")
    widget.vectors["indigenous_lands"].fields.setText("name=NOPE")
    problems = widget.check_data()
    assert any("no_such_layer" in p for p in problems), problems
    assert any("NOPE" in p for p in problems), problems


def test_check_data_rejects_an_unknown_field_role(clean_settings, data, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    fill(widget, data)
    widget.vectors["protected_areas"].fields.setText("colour=NAME")
    problems = widget.check_data()
    assert any("'colour'" in p for p in problems), problems


def test_check_data_all_readable(clean_settings, data, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    fill(widget, data)
    assert widget.check_data() == []
    assert widget.message.text() == "All data sources can be read."
    assert "#1a7f37" in widget.message.styleSheet()


def test_check_data_says_what_an_empty_loss_role_means(clean_settings, data, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    widget.files["forest_2020"].setFilePath(str(data["forest"]))
    assert widget.check_data() == []
    assert "All data sources can be read." in widget.message.text()
    assert "every plot will be Unknown" in widget.message.text()


def test_folders_and_urls_can_be_typed_for_rasters(clean_settings, tmp_path):
    widget = CatalogWidget(str(tmp_path / "c.json"))
    widget.files["forest_2020"].setFilePath("/vsicurl/https://example.org/GFC2020.vrt")
    widget.files["loss_year"].setFilePath(str(tmp_path))
    catalog = widget.catalog()
    assert catalog.forest_2020.path == "/vsicurl/https://example.org/GFC2020.vrt"
    assert catalog.loss_year.path == str(tmp_path)


def test_parse_field_map():
    assert parse_field_map("") == {}
    assert parse_field_map(" name = NAME ;id=WDPAID,") == {"name": "NAME", "id": "WDPAID"}
    with pytest.raises(ValueError):
        parse_field_map("name")
    with pytest.raises(ValueError):
        parse_field_map("=NAME")


# --- how it looks --------------------------------------------------------------------------------
def test_the_settings_page_renders(clean_settings, data, tmp_path):
    from vantage_plugin.gui.settings_page import SettingsDialog

    dialog = SettingsDialog(settings=clean_settings)
    fill(dialog.widget.catalog, data)
    dialog.widget.catalog.files["loss_year"].setFilePath(str(tmp_path / "missing.tif"))
    dialog.widget.catalog.check_data()
    dialog.show()
    body = dialog.widget.body
    body.adjustSize()
    image = body.grab()
    assert not image.isNull() and image.width() > 400 and image.height() > 600
    assert image.save(str(tmp_path / "settings.png"))
    # nothing of the catalog editor is cut off on the right at the dialog's own width
    editor = dialog.widget.catalog
    assert editor.geometry().right() <= body.width()
    dialog.reject()
