"""The evidence maps draw forest with the threshold the run used, also when the run record says the
threshold was chosen by the raster's kind (a text, not a number: the demo's case)."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr

from vantage_plugin.core.run_record import kind_default_text
from vantage_plugin.qgis_bridge.evidence import forest_min


def _raster(path, values: np.ndarray, name_type=gdal.GDT_Byte) -> dict:
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, name_type)
    ds.SetGeoTransform((10.0, 0.00025, 0, 1.0, 0, -0.00025))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return {"path": str(path)}  # as the run record describes a source


def test_a_recorded_number_is_used_as_it_is(tmp_path):
    path = _raster(tmp_path / "cover.tif", np.full((64, 64), 50, dtype=np.uint8))
    assert forest_min(path, 25, False) == 25.0
    assert forest_min(path, "30", False) == 30.0


def test_tree_cover_in_percent_gets_the_fao_forest_definition(tmp_path):
    # tree cover 0-100 %: FAO's forest definition (10 % canopy cover) is the threshold
    rng = np.random.default_rng(1)
    path = _raster(tmp_path / "treecover2000.tif", rng.integers(0, 101, (64, 64)).astype(np.uint8))
    assert forest_min(path, kind_default_text(), False) == pytest.approx(10.0)


def test_a_forest_mask_gets_one(tmp_path):
    rng = np.random.default_rng(2)
    path = _raster(tmp_path / "GFC2020_mask.tif", rng.integers(0, 2, (64, 64)).astype(np.uint8))
    assert forest_min(path, kind_default_text(), True) == pytest.approx(1.0)
