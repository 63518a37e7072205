"""GDAL's error mode is process-wide (another QGIS plugin may call gdal.UseExceptions()): the engine's
readers must answer with their own clear errors in both modes."""

import pytest
from osgeo import gdal, ogr, osr

from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.core.engine.vectors import VectorReadError, read_vector

MODULES = (gdal, ogr, osr)


def _set_modes(states) -> None:
    # GDAL keeps one stack of the modules' error handlers and only lets the top one be popped, in
    # whatever order other code pushed them: pop until none is on, then push what is wanted.
    for _ in MODULES:
        for module in MODULES:
            if module.GetUseExceptions():
                try:
                    module.DontUseExceptions()
                except RuntimeError:
                    pass  # not on top yet; the next round pops it
    for module, on in zip(MODULES, states):
        if on:
            module.UseExceptions()


@pytest.fixture(params=["exceptions", "return codes"])
def gdal_mode(request):
    before = tuple(module.GetUseExceptions() for module in MODULES)
    on = request.param == "exceptions"
    _set_modes((on, on, False))
    yield request.param
    _set_modes(before)


def test_missing_vector_names_the_file(gdal_mode, tmp_path):
    with pytest.raises(VectorReadError, match="missing.gpkg"):
        read_vector(str(tmp_path / "missing.gpkg"))


def test_catalog_reports_an_unreadable_raster(gdal_mode, tmp_path):
    bogus = tmp_path / "forest.tif"
    bogus.write_text("not a raster")
    catalog = Catalog.default().merged({"forest_2020": DataSource(str(bogus))})
    problems = catalog.validate(["forest_2020"])
    assert len(problems) == 1 and "forest.tif" in problems[0] and "not a readable raster" in problems[0]


def test_unreadable_raster_is_a_raster_error_naming_it(gdal_mode, tmp_path):
    from vantage_plugin.core.engine.rasters import Raster, RasterError

    bogus = tmp_path / "lossyear.tif"
    bogus.write_text("not a raster")
    with pytest.raises(RasterError, match="lossyear.tif"):
        Raster(DataSource(str(bogus)))


def test_jrc_mask_from_the_catalog_uses_threshold_one(tmp_path):
    # tmp_path holds this test's name, "jrc" included: only the file name may mark a JRC source.
    from vantage_plugin.core.engine.kinds import ForestKind, forest_kind_from_name, forest_threshold
    from vantage_plugin.core.engine.options import BundledOptions

    catalog = Catalog.default().merged({"forest_2020": DataSource(str(tmp_path / "JRC_GFC2020_V2_N10_W80.tif"))})
    assert catalog.forest_2020_min is None  # the default follows the raster's kind
    options = BundledOptions.from_catalog(catalog)
    assert options.is_jrc() and forest_kind_from_name(options.forest_2020.path) is ForestKind.MASK
    assert forest_threshold(ForestKind.MASK, options.forest_2020_min)[0] == 1.0
    # a tree-cover percentage given for a 0/1 mask would count no forest: the mask's 1 is used
    assert forest_threshold(ForestKind.MASK, 10.0)[0] == 1.0
    hansen = catalog.merged({"forest_2020": DataSource(str(tmp_path / "treecover2000.tif"))})
    assert forest_kind_from_name(hansen.forest_2020.path) is ForestKind.PERCENT
    assert forest_threshold(ForestKind.PERCENT, BundledOptions.from_catalog(hansen).forest_2020_min)[0] == 10.0
    assert BundledOptions.from_catalog(catalog, forest_2020_min=0.5).forest_2020_min == 0.5
