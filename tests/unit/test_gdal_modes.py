"""GDAL's error mode is process-wide (another QGIS plugin may call gdal.UseExceptions()): the engine's
readers must answer with their own clear errors in both modes."""

import pytest
from osgeo import gdal, ogr

from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.core.engine.vectors import VectorReadError, read_vector


@pytest.fixture(params=["exceptions", "return codes"])
def gdal_mode(request):
    before = (gdal.GetUseExceptions(), ogr.GetUseExceptions())
    if request.param == "exceptions":
        gdal.UseExceptions()
        ogr.UseExceptions()
    else:
        gdal.DontUseExceptions()
        ogr.DontUseExceptions()
    yield request.param
    (gdal.UseExceptions if before[0] else gdal.DontUseExceptions)()
    (ogr.UseExceptions if before[1] else ogr.DontUseExceptions)()


def test_missing_vector_names_the_file(gdal_mode, tmp_path):
    with pytest.raises(VectorReadError, match="missing.gpkg"):
        read_vector(str(tmp_path / "missing.gpkg"))


def test_catalog_reports_an_unreadable_raster(gdal_mode, tmp_path):
    bogus = tmp_path / "forest.tif"
    bogus.write_text("not a raster")
    catalog = Catalog.default().merged({"forest_2020": DataSource(str(bogus))})
    problems = catalog.validate(["forest_2020"])
    assert len(problems) == 1 and "forest.tif" in problems[0] and "not a readable raster" in problems[0]
