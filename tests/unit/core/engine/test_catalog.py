"""The data catalog: JSON round trip, per-run overrides, validation messages, default admin source."""

import json

import pytest
from osgeo import gdal, ogr, osr

from tests.fixtures.world import WORLD_MAP
from vantage_plugin.core.engine.catalog import ROLES, Catalog, DataSource, find_world_map


def _gpkg(path, layer="areas", fields=("NAME",)):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbPolygon)
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))
    lyr.CreateFeature(feature)
    ds = None
    return str(path)


def _tif(path):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((0, 1, 0, 4, 0, -1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    return str(path)


def full_catalog(tmp_path) -> Catalog:
    return Catalog(
        forest_2020=DataSource(_tif(tmp_path / "tc.tif")),
        loss_year=DataSource(_tif(tmp_path / "loss.tif"), options={"band": 1}),
        protected_areas=DataSource(_gpkg(tmp_path / "pa.gpkg"), layer="areas", field_map={"area_name": "NAME"}),
        indigenous_lands=DataSource(_gpkg(tmp_path / "il.gpkg")),
        admin=DataSource("/vsizip//tmp/nowhere.zip/admin.shp"),
        forest_2020_min=30.0,
        forest_is_jrc=True,
    )


def test_json_round_trip(tmp_path):
    catalog = full_catalog(tmp_path)
    path = tmp_path / "sub" / "catalog.json"
    catalog.save(path)
    loaded = Catalog.load(path)
    assert loaded == catalog
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(ROLES) <= set(data)
    assert data["protected_areas"] == {
        "path": str(tmp_path / "pa.gpkg"),
        "layer": "areas",
        "field_map": {"area_name": "NAME"},
        "options": {},
    }
    assert data["forest_2020_min"] == 30.0 and data["forest_is_jrc"] is True


def test_unset_roles_round_trip_as_null(tmp_path):
    catalog = Catalog(loss_year=DataSource("/data/loss.tif"))
    path = tmp_path / "c.json"
    catalog.save(path)
    data = json.loads(path.read_text())
    assert data["protected_areas"] is None and data["admin"] is None
    assert Catalog.load(path) == catalog


def test_load_rejects_bad_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ValueError, match="not valid"):
        Catalog.load(bad)
    bad.write_text(json.dumps({"protected_areas": {"layer": "x"}}))
    with pytest.raises(ValueError, match="protected_areas"):
        Catalog.load(bad)
    with pytest.raises(ValueError, match="cannot read"):
        Catalog.load(tmp_path / "missing.json")


def test_merged_overrides_keep_none_and_do_not_mutate(tmp_path):
    catalog = full_catalog(tmp_path)
    before = catalog.to_dict()
    merged = catalog.merged(
        {
            "protected_areas": "/data/wdpa.gpkg",
            "indigenous_lands": None,
            "loss_year": {"path": "/data/other_loss.tif", "options": {"band": 2}},
            "forest_2020_min": 10,
            "forest_is_jrc": None,
        }
    )
    assert merged.protected_areas == DataSource("/data/wdpa.gpkg")
    assert merged.indigenous_lands == catalog.indigenous_lands  # None keeps the catalog value
    assert merged.loss_year.options == {"band": 2}
    assert merged.forest_2020_min == 10.0
    assert merged.forest_is_jrc is True
    assert catalog.to_dict() == before  # the original is untouched
    merged.protected_areas.field_map["x"] = "y"
    assert catalog.protected_areas.field_map == {"area_name": "NAME"}
    with pytest.raises(KeyError, match="protected_area"):
        catalog.merged({"protected_area": "/typo.gpkg"})


def test_validate_ok_and_messages(tmp_path):
    catalog = full_catalog(tmp_path)
    catalog.admin = None
    assert catalog.validate() == []

    catalog.forest_2020 = DataSource(str(tmp_path / "missing.tif"))
    (tmp_path / "junk.gpkg").write_text("not a geopackage")
    catalog.indigenous_lands = DataSource(str(tmp_path / "junk.gpkg"))
    catalog.protected_areas = DataSource(str(tmp_path / "pa.gpkg"), layer="nope")
    catalog.loss_year = DataSource(str(tmp_path / "pa.gpkg"))  # a vector where a raster is expected
    catalog.admin = DataSource(_gpkg(tmp_path / "adm.gpkg"), field_map={"country": "ADMIN"})
    problems = catalog.validate()
    text = "\n".join(problems)
    assert len(problems) == 5, text
    assert f"Forest 2020 (forest_2020): file not found: {tmp_path / 'missing.tif'}" in problems
    assert "Tree cover loss year (loss_year): not a readable raster" in text
    assert "Indigenous lands (indigenous_lands): cannot open vector data" in text and "junk.gpkg" in text
    assert "Protected areas (protected_areas): layer 'nope' not found" in text and "layers: areas" in text
    assert "field 'ADMIN' (mapped to country) is not in layer" in text


def test_validate_threshold():
    assert Catalog(forest_2020_min=120).validate() == [
        "Forest 2020 threshold must be between 0 and 100, not 120."
    ]


def test_world_map_default(tmp_path):
    fake = tmp_path / "qgis" / "resources" / "data"
    fake.mkdir(parents=True)
    (fake / "world_map.gpkg").write_bytes(b"x")
    # a path passed by the shell (QgsApplication.pkgDataPath()) wins over the common places
    assert find_world_map(str(tmp_path / "qgis")) == str(fake / "world_map.gpkg")
    catalog = Catalog.default(str(tmp_path / "qgis"))
    assert catalog.admin == DataSource(str(fake / "world_map.gpkg"))


def test_world_map_system():
    import os

    if not os.path.exists(WORLD_MAP):
        pytest.skip("QGIS world_map.gpkg not installed")
    assert find_world_map() == WORLD_MAP
    loaded = Catalog.load_or_default(None)
    assert loaded.admin.path == WORLD_MAP
    assert loaded.validate() == []


def test_virtual_paths_are_not_checked_with_os_path():
    src = DataSource("/vsicurl/https://example.invalid/wdpa.fgb")
    assert src.is_virtual
    assert DataSource("/data/x.gpkg").is_virtual is False
    assert Catalog(protected_areas=src).validate(open_files=False) == []
