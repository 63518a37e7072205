"""Round nine: ``chunks.outline_ranges`` finds where each geometry's vertices start from their counts
(no vertex-by-vertex index): the ranges of round eight's code (kept here) on points, polygons with
holes, multipolygons, collections, empty, missing and NaN geometries, and on none at all."""

from __future__ import annotations

import numpy as np
import shapely

from vantage_plugin.core import chunks


def _outline_ranges_r8(geoms: np.ndarray) -> np.ndarray:
    ranges = np.empty((len(geoms), 4))
    ranges[:, 0::2], ranges[:, 1::2] = -np.inf, np.inf
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    if not len(coords):
        return ranges
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    with np.errstate(invalid="ignore", over="ignore"):
        for column, values in ((0, coords[:, 0] + coords[:, 1]), (2, coords[:, 0] - coords[:, 1])):
            ranges[owner[starts], column] = np.minimum.reduceat(values, starts)
            ranges[owner[starts], column + 1] = np.maximum.reduceat(values, starts)
    return ranges


def test_outline_ranges_are_round_eights():
    rng = np.random.default_rng(4)
    shapes = [shapely.Point(1, 2), None, shapely.Polygon(), shapely.box(0, 0, 2, 1),
              shapely.Polygon([(0, 0), (4, 0), (4, 4), (0, 0)], [[(1, 0.5), (3, 0.5), (3, 2.5), (1, 0.5)]]),
              shapely.MultiPolygon([shapely.box(5, 5, 6, 6), shapely.box(-3, 1, -2, 3)]), shapely.MultiPoint(),
              shapely.GeometryCollection([shapely.Point(9, -9), shapely.Polygon(), shapely.LineString([(0, 1), (2, 5)])]),
              shapely.Point(float("nan"), 1), shapely.Point(3, float("inf")), shapely.MultiPoint([(1, 1), (-4, 2)])]
    shapes += [shapely.Polygon(rng.uniform(-50, 50, (12, 2))) for _ in range(200)]
    shapes += [None, shapely.Polygon()]  # nothing at the end either
    geoms = np.array(shapes, dtype=object)
    new, old = chunks.outline_ranges(geoms), _outline_ranges_r8(geoms)
    assert new.shape == (len(shapes), 4)
    assert np.array_equal(new, old, equal_nan=True)
    assert np.isinf(new[1]).all() and np.isnan(new[8, :2]).all() and (new[3] == [0, 3, -1, 2]).all()
    for empty in ([], [None, shapely.Polygon()]):
        geoms = np.array(empty, dtype=object)
        assert np.array_equal(chunks.outline_ranges(geoms), _outline_ranges_r8(geoms))
