"""Round six of the engine's speed work (issue 13) against the code it replaced, kept here as the
reference: every result the same.

- ``bundled._harvests`` reading plain ``yyyy-mm-dd`` text without ``strptime`` (``bundled._iso_date``):
  the same ``(date, where from)`` as the previous code (every distinct value through ``_harvest`` and
  ``parse_harvest_date``) for real dates, impossible ones (month 13, 30 February, day 00, year 0000),
  leap days, other separators and lengths, spaces around, non-ASCII digits, signs, dates and datetimes,
  numbers, None, NaN, empty text, unhashable values, with and without a default date; and whole runs
  of the engine on plots with such dates: the same results as with ``_iso_date`` turned off.
"""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any, Optional, Sequence

import numpy as np
import pytest
import shapely
from osgeo import gdal, osr

from vantage_plugin.core import analysis
from vantage_plugin.core.engine import bundled
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.options import BundledOptions
from vantage_plugin.core.plots import Plot


# --- the previous code (the reference) ---------------------------------------------------------
def _old_harvests(plots: Sequence[Plot], default: Optional[_dt.date], today: _dt.date) -> list[tuple[_dt.date, str]]:
    seen: dict[Any, tuple[_dt.date, str]] = {}
    out = []
    for plot in plots:
        value = plot.harvest_date
        try:
            end = seen.get(value)
        except TypeError:
            out.append(bundled._harvest(plot, default, today))
            continue
        if end is None:
            end = seen[value] = bundled._harvest(plot, default, today)
        out.append(end)
    return out


EDGE_VALUES: list[Any] = [
    "2022-01-30", "2023-12-31", "2024-02-29", "2023-02-29", "2022-02-30", "2022-04-31", "2022-13-01",
    "2022-00-10", "2022-01-00", "0000-01-01", "0001-01-01", "9999-12-31", "2022-1-015", "2022-01-5 ",
    " 2022-01-5", " 2022-01-05", "2022-01-05 ", "2022/01/05", "2022-01-05T00:00", "20220105", "22-01-05",
    "2022-01-05\n", "2022–01–05", "٢٠٢٢-٠١-٠٥", "２０２２-０１-０５", "+022-01-05", "-022-01-05", "2022-+1-05",
    "2022-01-+5", "2022- 1-05", "2022-01- 5", "2022-1-5", "2022-01-5", "abcd-ef-gh", "", "   ", None,
    float("nan"), 2022.0, 20220105, _dt.date(2021, 6, 1), _dt.datetime(2020, 3, 4, 5, 6), ["2022-01-05"],
    "2022-01-05",  # repeated: taken from the cache
]


@pytest.mark.parametrize("default", [None, _dt.date(2023, 5, 6)])
def test_harvests_are_the_previous_code(default):
    today = _dt.date(2026, 11, 30)
    rng = random.Random(6)
    values = list(EDGE_VALUES)
    for _ in range(3000):  # random valid and invalid yyyy-mm-dd texts
        values.append(f"{rng.randint(0, 9999):04d}-{rng.randint(0, 14):02d}-{rng.randint(0, 33):02d}")
    plots = [Plot(i, shapely.Point(0, 0), harvest_date=value) for i, value in enumerate(values)]
    new = bundled._harvests(plots, default, today)
    old = _old_harvests(plots, default, today)
    assert new == old
    assert [type(end) for end, _ in new] == [type(end) for end, _ in old]
    # the fast path was taken for plain dates, and its answer is the long way's
    assert bundled._iso_date("2024-02-29") == _dt.date(2024, 2, 29)
    assert bundled._iso_date("2023-02-29") is None and bundled._iso_date("٢٠٢٢-٠١-٠٥") is None
    for value in values:
        iso = bundled._iso_date(value)
        if iso is not None:
            assert bundled._harvest(Plot(0, shapely.Point(0, 0), harvest_date=value), default, today) == (
                iso, analysis.END_FROM_PLOT)


def _raster(path: str, values: np.ndarray, nodata: int) -> str:
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(path, values.shape[1], values.shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform((10.0, 0.001, 0, 1.0, 0, -0.001))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return path


def test_runs_on_plots_with_every_kind_of_date_are_the_previous_code(tmp_path, monkeypatch):
    rng = np.random.default_rng(6)
    forest = rng.integers(0, 101, (200, 200)).astype(np.uint8)
    forest[50:60, 50:60] = 255  # nodata
    loss = rng.integers(0, 24, (200, 200)).astype(np.uint8)
    opts = BundledOptions(forest_2020=DataSource(_raster(str(tmp_path / "treecover2000.tif"), forest, 255)),
                          loss_year=DataSource(_raster(str(tmp_path / "lossyear.tif"), loss, 255)))
    plots = []
    for i, value in enumerate(EDGE_VALUES * 3):
        x, y = 10.0 + 0.2 * rng.random(), 0.8 + 0.2 * rng.random()
        if i % 5 == 0:  # a point with its area
            plots.append(Plot(i, shapely.Point(x, y), harvest_date=value, point_ha=1.5))
        else:  # some on the raster's edges and outside it
            plots.append(Plot(i, shapely.box(x - 0.003, y - 0.002, x + 0.004 * (i % 3), y + 0.003),
                              harvest_date=value))
    new, _ = bundled.run_bundled(plots, opts)
    monkeypatch.setattr(bundled, "_iso_date", lambda value: None)  # the long way for every value
    old, _ = bundled.run_bundled(plots, opts)
    assert [(r.status, r.analysis, r.extra, r.error) for r in new] == [(r.status, r.analysis, r.extra, r.error)
                                                                       for r in old]
    assert sum(r.status == analysis.STATUS_OK for r in new) > len(plots) // 2
