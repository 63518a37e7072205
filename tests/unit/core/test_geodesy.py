"""Areas on the WGS84 ellipsoid against pyproj's geodesic computations (Karney), an independent library."""

import math

import numpy as np
import pytest
import shapely

from vantage_plugin.core import geodesy

pyproj = pytest.importorskip("pyproj")
GEOD = pyproj.Geod(ellps="WGS84")


def geod_area_ha(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e4


def test_published_high_example_area():
    # vantage-behaviour.md §13: the West Sumatra polygon, whose geodesic area is 21.018 ha.
    polygon = shapely.Polygon(
        [
            (101.03019769419808, -2.248583087627925),
            (101.028618565927047, -2.250660556750697),
            (101.031432250731328, -2.255540452512117),
            (101.034060493033039, -2.253646094855585),
        ]
    )
    assert geodesy.geodesic_area_ha(polygon) == pytest.approx(21.018, abs=0.001)
    assert geodesy.geodesic_area_ha(polygon) == pytest.approx(geod_area_ha(polygon), rel=1e-6)


@pytest.mark.parametrize("lat", [-60.0, -10.0, 0.0, 18.6, 45.0, 70.0])
def test_small_plots_match_geodesic_area(lat):
    # ~1 km plots: edges straight in the equal-area plane differ from geodesic edges by a few ppm.
    plot = shapely.Polygon([(10, lat), (10.01, lat), (10.012, lat + 0.008), (10.001, lat + 0.01)])
    assert geodesy.geodesic_area_ha(plot) == pytest.approx(geod_area_ha(plot), rel=1e-5)


def test_cell_area_sums_to_ellipsoid_surface():
    # Total ellipsoid surface: 4π·R_q² with the authalic radius R_q (Snyder eq. 3-13) = 510,065,621.7 km².
    edges = np.linspace(90, -90, 181)
    total = geodesy.cell_area_m2(edges[:-1], edges[1:], 360.0).sum()
    assert total / 1e6 == pytest.approx(510_065_621.7, rel=1e-9)


def test_cell_area_against_pyproj_for_a_30m_pixel():
    top, bottom, left = 18.65, 18.65 - 0.00025, -71.7
    cell = shapely.box(left, bottom, left + 0.00025, top)
    assert geodesy.cell_area_m2(np.array([top]), np.array([bottom]), 0.00025)[0] == pytest.approx(
        geod_area_ha(cell) * 1e4, rel=1e-6
    )


@pytest.mark.parametrize("lat, ha", [(0.0, 0.5), (18.66, 3.5), (-35.0, 1.0), (60.0, 3.99)])
def test_point_disc_has_the_declared_area_and_is_round(lat, ha):
    disc = geodesy.point_disc(-71.7, lat, ha)
    assert geod_area_ha(disc) == pytest.approx(ha, rel=1e-4)
    # Round on the ground: every vertex at the same geodesic distance from the centre.
    xs, ys = disc.exterior.coords.xy
    _, _, dist = GEOD.inv([-71.7] * len(xs), [lat] * len(xs), list(xs), list(ys))
    assert max(dist) / min(dist) == pytest.approx(1.0, abs=1e-3)
    expected_radius = math.sqrt(2 * ha * 1e4 / (64 * math.sin(2 * math.pi / 64)))
    assert np.mean(dist) == pytest.approx(expected_radius, rel=1e-3)
