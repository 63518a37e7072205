"""Validity checked on demand and shapes reused (issue 13, round three) against the straightforward paths:

- the admin lookup placing plots by their bounding box (no point, no validity) against every plot's
  own point (point on surface, centroid when invalid) located in the countries and states;
- the overlaps asking the plots' validity only near the areas against the validity of every plot.
Plots: stars inside countries, across borders and coasts, in the sea, invalid bow ties (one with its
centroid outside its box: a centroid of cancelling lobes), slivers, and empty geometries.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

from vantage_plugin.core import geodesy
from vantage_plugin.core.engine.admin import AdminIndex
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.overlaps import OverlapIndex


def _star(rng, cx, cy, radius, n):
    angles = np.sort(rng.uniform(0, 2 * math.pi, n))
    r = radius * rng.uniform(0.4, 1.0, n)
    return shapely.Polygon(np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)]))


def _plots(rng, centres, radius):
    plots = [_star(rng, x + rng.uniform(-0.3, 0.3), y + rng.uniform(-0.3, 0.3), radius * rng.uniform(0.2, 1), 30)
             for x, y in centres for _ in range(25)]
    plots += [
        shapely.Polygon([(-55.0, -5.0), (-54.99, -4.99), (-54.99, -5.0), (-55.0, -4.99)]),  # bow tie in Brazil
        # a bow tie whose lobes cancel: its centroid lies far outside its box
        shapely.Polygon([(-54.0, -6.0), (-53.9, -5.9), (-53.9, -5.99), (-53.95, -5.995), (-54.0, -5.9)]),
        shapely.Polygon([(6.1, 50.0), (6.2, 50.1), (6.2, 50.0), (6.1, 50.1)]),  # bow tie across borders
        shapely.box(-54.5, -5.5, -54.5 + 1e-9, -5.4),  # a sliver
        shapely.Polygon(),
        None,
    ]
    return np.array(plots, dtype=object)


def test_admin_places_by_box_match_every_plots_own_point(world):
    rng = np.random.default_rng(8)
    # deep in Brazil, around Luxembourg's borders, on the Dutch coast, in the Atlantic, across states
    centres = [(-55.0, -5.0), (6.1, 49.8), (4.5, 52.3), (-30.0, 0.0), (-47.9, -15.8), (2.35, 48.85)]
    geoms = _plots(rng, centres, 0.2)
    valid = np.array([g is not None and shapely.is_valid(g) for g in geoms])
    assert (~valid).sum() >= 4
    # reference: each plot's own point, located in each layer
    points = AdminIndex.representative_points(geoms, valid)
    want_country = np.full(len(geoms), -1)
    want_state = np.full(len(geoms), -1)
    present = np.flatnonzero(~shapely.is_missing(points))
    want_country[present] = world.countries.locate(points[present])
    want_state[present] = world.states.locate(points[present])
    reference = world.places(geoms, valid)
    for k in range(len(geoms)):
        country = world.countries.names[want_country[k]] if want_country[k] >= 0 else None
        state = world.states.names[want_state[k]] if want_state[k] >= 0 else None
        assert reference[k].state == state
        if country is not None:
            assert reference[k].country == country
    asked = []

    def validity(pos):
        asked.extend(np.asarray(pos).tolist())
        return valid[pos]

    got = world.places(geoms, validity)
    assert got == reference
    assert 0 < len(asked) < len(geoms) // 2  # most plots were placed by their box
    assert len(set(asked)) == len(asked)
    # the bow tie whose centroid is outside its box is never placed by its box
    c = shapely.centroid(geoms[-5])
    assert not shapely.box(*geoms[-5].bounds).covers(c)
    assert len(geoms) - 5 in asked
    assert world.places(geoms) == reference  # and without any validity given


def _write_areas(path, polygons):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("wdpa", srs, ogr.wkbPolygon)
    for name, kind in (("WDPAID", ogr.OFTInteger), ("NAME", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for k, poly in enumerate(polygons):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("WDPAID", k + 1)
        feat.SetField("NAME", f"area {k}")
        feat.SetGeometry(ogr.CreateGeometryFromWkt(poly.wkt))
        layer.CreateFeature(feat)
    ds = None
    return str(path)


@pytest.fixture
def areas(tmp_path):
    rng = np.random.default_rng(21)
    shapes = [_star(rng, 10.0, 5.0, 0.02, 600), _star(rng, 10.03, 5.01, 0.015, 400)]
    return _write_areas(tmp_path / "areas.gpkg", shapes)


def _area_plots(rng):
    plots = [_star(rng, 10 + rng.uniform(-0.1, 0.12), 5 + rng.uniform(-0.06, 0.06), 0.002, 40) for _ in range(200)]
    plots.append(shapely.Polygon([(10.0, 5.0), (10.004, 5.004), (10.004, 5.0), (10.0, 5.004)]))  # bow tie, inside
    plots.append(shapely.Polygon([(10.3, 5.0), (10.304, 5.004), (10.304, 5.0), (10.3, 5.004)]))  # bow tie, far
    plots.append(shapely.box(10.0, 5.0, 10.001, 5.001))
    return np.array(plots, dtype=object)


def _same(a, b):
    union_a, pairs_a, geom_a = a
    union_b, pairs_b, geom_b = b
    assert np.array_equal(union_a, union_b)
    assert np.array_equal(geom_a, geom_b)
    assert pairs_a == pairs_b


def test_overlaps_ask_validity_only_near_the_areas(areas):
    rng = np.random.default_rng(5)
    geoms = _area_plots(rng)
    area_ha = geodesy.geodesic_area_ha(geoms)
    valid = shapely.is_valid(geoms)
    reference = OverlapIndex.for_plots(DataSource(areas), "pa", geoms).overlap_areas(geoms, area_ha, valid)
    assert len(reference[1]) > 10  # overlaps are exercised
    asked = []

    def validity(pos):
        asked.extend(np.asarray(pos).tolist())
        return valid[pos]

    got = OverlapIndex.for_plots(DataSource(areas), "pa", geoms).overlap_areas(geoms, area_ha, validity)
    _same(got, reference)
    assert 0 < len(asked) < len(geoms) // 2
    assert len(geoms) - 3 in asked and len(geoms) - 2 not in asked  # the bow tie inside is checked, not the far one
    blocks_ref = OverlapIndex.for_plots(DataSource(areas), "pa", geoms).overlaps(geoms, area_ha, valid)
    blocks = OverlapIndex.for_plots(DataSource(areas), "pa", geoms).overlaps(geoms, area_ha, validity)
    assert blocks == blocks_ref
