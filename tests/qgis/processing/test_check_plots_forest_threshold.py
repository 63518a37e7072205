"""vantage:checkplots without FOREST_2020_MIN: the threshold follows the forest raster's kind (issue 8).

For the demo's Hansen tree cover (percent) the default must be the EUDR/FAO 10 % canopy, so the forest
areas written must equal those of a run with FOREST_2020_MIN=10 and differ from a run with 1 (the old
Processing default) wherever some plot has cells between 1 % and 10 % canopy.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"


def _forest_by_plot(path: Path) -> dict:
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    return {f.GetField("plot_ref"): f.GetField("forest_2020_ha") for f in layer}


def _run(vantage, tmp_path, name, **extra):
    forest = sorted((DEMO / "hansen").glob("*treecover2000*.tif"))
    loss = sorted((DEMO / "hansen").glob("*lossyear*.tif"))
    plots = DEMO / "demo_plots.gpkg"
    if not (forest and loss and plots.exists()):
        pytest.skip("demo data not built")
    out = tmp_path / f"{name}.gpkg"
    params = {"INPUT": f"{plots}|layername=plots", "PLOT_ID_FIELD": "plot_ref", "ENGINE": 0, "FOREST_2020": str(forest[0]),
              "LOSS_YEAR": str(loss[0]), "OUTPUT": str(out), **extra}
    vantage.run("vantage:checkplots", params)
    return _forest_by_plot(out), forest[0]


def test_default_threshold_is_ten_percent_for_tree_cover(vantage, tmp_path):
    default, forest_path = _run(vantage, tmp_path, "default")
    ten, _ = _run(vantage, tmp_path, "ten", FOREST_2020_MIN=10)
    one, _ = _run(vantage, tmp_path, "one", FOREST_2020_MIN=1)
    assert default == ten
    values = gdal.Open(str(forest_path)).ReadAsArray()
    assert np.any((values >= 1) & (values < 10))  # the crop has sparse canopy (1–9 %)
    # ... and some plot has some: a 1 % threshold counts more forest there
    assert any((one[k] or 0) > (ten[k] or 0) for k in ten if ten[k] is not None)
