"""Zonal statistics (core/engine/zonal.py): hand-computed tiny cases, and the real Hansen crop of the
Dominican Republic against a brute-force per-pixel sum (shapely cell intersections × pyproj areas)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry.polygon import orient

from tests.conftest import shared_file
from vantage_plugin.core.engine.coverage import Windows, exact_coverage, polygon_rings
from vantage_plugin.core.engine.rasters import Raster, cell_area_flat, read_windows
from vantage_plugin.core.engine.zonal import window_sums, zonal_stats

DR = "hansen-dominican-republic/"


def flat_of(windows, arrays):
    out = np.zeros(windows.size, dtype=np.asarray(arrays[0]).dtype)
    for p, a in enumerate(arrays):
        windows.view(out, p)[:] = a
    return out


def test_window_sums_with_empty_windows():
    w = Windows.of([0, 0, 5, 0], [0, 0, 5, 0], [2, 0, 1, 0], [2, 0, 3, 0])
    vals = np.arange(w.size, dtype=float)
    sums = window_sums(vals, w)
    assert sums[1] == 0 and sums[3] == 0
    assert sums[0] == vals[:6].sum() and sums[2] == vals[6:10].sum()


def test_hand_computed_forest_and_loss():
    # One plot, a 2×3 window. Weights (coverage × area, m²) and values chosen by hand.
    w = Windows.of([0], [0], [2], [3])
    weight = flat_of(w, [np.array([[100.0, 50.0, 25.0], [100.0, 100.0, 10.0]])])
    cover = flat_of(w, [np.array([[80, 5, 90], [30, 100, 100]], np.uint8)])
    cover_ok = flat_of(w, [np.array([[1, 1, 1], [1, 1, 0]], bool)])
    loss = flat_of(w, [np.array([[21, 0, 3], [23, 22, 21]], np.uint8)])
    loss_ok = flat_of(w, [np.ones((2, 3), bool)])
    s = zonal_stats(weight, w, forest=(cover, cover_ok), forest_min=10, forest_is_jrc=False,
                    loss=(loss, loss_ok), cutoff_code=np.array([22]))
    # forest: cover>=10 & valid & not lost 2001-2020 -> (0,0) 100, (1,0) 100, (1,1) 100; (0,2) lost in 2003
    assert s.forest_m2[0] == pytest.approx(300.0)
    assert s.area_m2[0] == pytest.approx(385.0)
    assert s.forest_valid_m2[0] == pytest.approx(375.0)
    assert s.data_valid_m2[0] == pytest.approx(375.0)
    yearly = dict(zip(s.years.tolist(), s.loss_m2[0].tolist()))
    # 2021: (0,0) 100 (forest); (1,2) is 2021 but forest invalid -> not counted. 2022: (1,1) 100.
    # 2023 (1,0) is after the cut-off (harvest 2022).
    assert yearly[2021] == pytest.approx(100.0) and yearly[2022] == pytest.approx(100.0)
    assert yearly[2023] == 0.0
    # JRC mask: no pre-2021 exclusion; without forest every loss counts.
    s2 = zonal_stats(weight, w, forest=(cover, cover_ok), forest_min=10, forest_is_jrc=True, loss=(loss, loss_ok))
    assert s2.forest_m2[0] == pytest.approx(325.0)
    s3 = zonal_stats(weight, w, loss=(loss, loss_ok), cutoff_code=np.array([23]))
    assert s3.forest_m2 is None
    assert s3.loss_m2[0].sum() == pytest.approx(100 + 100 + 100 + 10)


def _geod_cell_area(geod, west, north, d):
    lons = np.linspace(west, west + d, 30)
    ring_lon = np.r_[lons, lons[::-1]]
    ring_lat = np.r_[np.full(30, north), np.full(30, north - d)]
    return abs(geod.polygon_area_perimeter(ring_lon, ring_lat)[0])


def test_real_hansen_crop_against_brute_force():
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    cover_r = Raster(shared_file(DR + "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif"))
    loss_r = Raster(shared_file(DR + "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"))
    cover_all = cover_r.band.ReadAsArray()
    loss_all = loss_r.band.ReadAsArray()
    plots = [
        shapely.Polygon([(-71.7301, 18.6512), (-71.7162, 18.6475), (-71.7085, 18.6633), (-71.7177, 18.6751),
                         (-71.7290, 18.6690)], [[(-71.722, 18.660), (-71.718, 18.660), (-71.720, 18.664)]]),
        shapely.Point(-71.6990, 18.6420).buffer(0.0009, 8),  # small (~3 ha)
        shapely.Polygon([(-71.7100, 18.6800), (-71.6950, 18.6790), (-71.7000, 18.6700)]),
    ]
    rings = polygon_rings(np.array(plots, dtype=object))
    u, v = cover_r.to_pixel(rings.xy[:, 0], rings.xy[:, 1])
    cov = exact_coverage(u, v, rings, extent=(cover_r.height, cover_r.width))
    weight = cov.fraction * cell_area_flat(cover_r, cov.windows)
    s = zonal_stats(weight, cov.windows, forest=read_windows(cover_r, cov.windows, np.uint8), forest_min=30,
                    loss=read_windows(loss_r, cov.windows, np.uint8), cutoff_code=np.array([23, 23, 22]))
    x0, y0, d = cover_r.x0, cover_r.y0, cover_r.dx
    row_area = {}  # every cell of a raster row has the same ellipsoidal area: pyproj once per row
    for k, plot in enumerate(plots):
        forest = total = 0.0
        yearly = {}
        minx, miny, maxx, maxy = plot.bounds
        for i in range(int((y0 - maxy) // d), int((y0 - miny) // d) + 1):
            js = np.arange(int((minx - x0) // d), int((maxx - x0) // d) + 1)
            cells = shapely.box(x0 + js * d, y0 - (i + 1) * d, x0 + (js + 1) * d, y0 - i * d)
            fracs = shapely.area(shapely.intersection(plot, cells)) / shapely.area(cells)
            if i not in row_area:
                row_area[i] = _geod_cell_area(geod, x0, y0 - i * d, d)
            for j, frac in zip(js.tolist(), fracs.tolist()):
                if frac <= 0:
                    continue
                a = frac * row_area[i]
                total += a
                ly = int(loss_all[i, j])
                is_forest = cover_all[i, j] >= 30 and not (1 <= ly <= 20)
                if is_forest:
                    forest += a
                    if 21 <= ly <= (23 if k < 2 else 22):
                        yearly[2000 + ly] = yearly.get(2000 + ly, 0.0) + a
        assert s.area_m2[k] == pytest.approx(total, rel=1e-5)
        assert s.area_m2[k] == pytest.approx(abs(geod.geometry_area_perimeter(orient(plot))[0]), rel=1e-4)
        assert s.forest_m2[k] == pytest.approx(forest, rel=1e-5)
        got = {int(y): a for y, a in zip(s.years, s.loss_m2[k]) if a > 0}
        assert set(got) == set(yearly)
        for year in yearly:
            assert got[year] == pytest.approx(yearly[year], rel=1e-5)
    assert s.loss_m2.sum() > 0  # the crop has post-2020 loss under these plots
