"""A catalog naming data files moved or deleted since they were chosen: the check (``vantage:checkplots``
and the panel alike, through ``operations.bundled_options``) fails before anything runs, naming each
missing file and saying what to do; a catalog with other problems gets no such advice."""

from __future__ import annotations

import shutil

import pytest

from vantage_plugin.core.engine.catalog import Catalog, DataSource
from vantage_plugin.gui.first_run import demo_catalog
from vantage_plugin.qgis_bridge import operations

ADVICE = "were moved or deleted since they were chosen"


def _saved(tmp_path, **sources) -> str:
    path = tmp_path / "catalog.json"
    Catalog(**sources).save(str(path))
    return str(path)


def test_moved_files_are_named_with_what_to_do(tmp_path):
    demo = demo_catalog()
    forest = tmp_path / "forest.tif"
    shutil.copyfile(demo.forest_2020.path, forest)
    gone = tmp_path / "old" / "lossyear.tif"
    path = _saved(tmp_path, forest_2020=DataSource(str(forest)), loss_year=DataSource(str(gone)))
    with pytest.raises(operations.OperationError) as raised:
        operations.bundled_options(path)
    lines = str(raised.value).splitlines()
    assert any("file not found" in line and str(gone) in line for line in lines), lines
    assert ADVICE in lines[-1] and "Vantage settings" in lines[-1]
    # the same file given for this run instead: the catalog's stale path no longer matters
    options = operations.bundled_options(path, overrides={"loss_year": DataSource(demo.loss_year.path)})
    assert options is not None


def test_other_problems_get_no_moved_files_advice(tmp_path):
    junk = tmp_path / "junk.tif"
    junk.write_text("not a raster")
    path = _saved(tmp_path, forest_2020=DataSource(str(junk)))
    with pytest.raises(operations.OperationError) as raised:
        operations.bundled_options(path)
    assert "not a readable raster" in str(raised.value)
    assert ADVICE not in str(raised.value)
