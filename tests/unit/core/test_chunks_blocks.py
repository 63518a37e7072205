"""core.chunks: the cross-chunk pairs validated in Hilbert-ordered runs give every overlap and duplicate
geometry of the whole layer once (against one validation of all the plots), the pruned candidate
pairs lose no issue, the Hilbert keys walk the grid cell by cell, and geometry_kinds agrees with a
per-plot reading of geom_type."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
import shapely

from vantage_plugin.core.chunks import CrossChunk, geometry_kinds, hilbert_keys, pair_issues
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import validate

PAIR_CODES = ("DUPLICATE_GEOMETRY", "PLOTS_OVERLAP")


def _plots(n: int, seed: int) -> list[Plot]:
    """Squares, multipolygons and points in random order over a small area: many overlaps, identical
    squares and points, points inside squares, a line, a null and an empty geometry."""
    rng = np.random.default_rng(seed)
    plots = []
    for k in range(n):
        x, y = rng.uniform(0, 0.2, 2)
        d = rng.uniform(0.002, 0.02)
        kind = rng.integers(0, 10)
        if kind < 6:
            geometry = shapely.box(x, y, x + d, y + d)
        elif kind < 7:
            geometry = shapely.MultiPolygon([shapely.box(x, y, x + d, y + d), shapely.box(x + 2 * d, y, x + 3 * d, y + d)])
        else:
            geometry = shapely.Point(x, y)
        plots.append(Plot(k, geometry, source_fid=k + 1, user_id=f"id{k}", commodity="cocoa", harvest_date="2022-01-01",
                          point_ha=1.0))
    for k in range(0, n - 10, 9):  # copies of earlier plots, later in the file (other chunks)
        plots[k + 7].geometry = plots[k].geometry
    plots[3].geometry, plots[4].geometry = None, shapely.Polygon()
    plots[5].geometry = shapely.LineString([(0, 0), (0.1, 0.1)])
    return plots


def _key(issue) -> tuple:
    return issue.code, issue.plot_index, issue.other_plot_index, issue.message


@pytest.mark.parametrize("n, chunk, block, seed", [(120, 13, 7, 1), (300, 40, 25, 2), (300, 300, 10, 3), (80, 9, 1, 4)])
def test_runs_give_every_pair_issue_of_the_whole_layer_once(n, chunk, block, seed):
    plots = _plots(n, seed)
    whole = Counter(_key(issue) for issue in validate(plots).issues if issue.code in PAIR_CODES)
    assert sum(count for (code, *_), count in whole.items() if code == "DUPLICATE_GEOMETRY") > 0
    cross = CrossChunk()
    found = []
    for start in range(0, n, chunk):
        part = plots[start:start + chunk]
        found += [issue for issue in cross.add(part, validate(part).issues) if issue.code in PAIR_CODES]
    seen = Counter()
    for indexes, pairs in cross.pair_blocks(max_plots=block):
        assert indexes == sorted(set(indexes))
        assert all(i in indexes and j in indexes for i, j in pairs)
        seen.update(pairs)
        found += pair_issues(validate([plots[k] for k in indexes]).issues, pairs)
    assert all(count == 1 for count in seen.values())
    assert Counter(_key(issue) for issue in found) == whole


def test_pruned_pairs_are_the_box_pairs_of_the_same_kind():
    """A point and a polygon never give a pair issue; two points only when they are the same point; two
    polygons only when their bounding octagons meet."""
    plots = [Plot(0, shapely.box(0, 0, 1, 1)), Plot(1, shapely.Point(0.5, 0.5)), Plot(2, shapely.Point(0.5, 0.5)),
             Plot(3, shapely.box(0.5, 0.5, 2, 2)), Plot(4, shapely.MultiPoint([(0.5, 0.5), (0.6, 0.6)])),
             Plot(5, shapely.Point(0.6, 0.6)),
             # two triangles whose boxes meet but whose outlines are apart (x + y ≤ 1 against ≥ 1.6)
             Plot(6, shapely.Polygon([(10, 10), (11, 10), (10, 11)])),
             Plot(7, shapely.Polygon([(11, 11), (10.6, 11), (11, 10.6)]))]
    cross = CrossChunk()
    for plot in plots:
        cross.add([plot], [])
    boxes = set(zip(*(a.tolist() for a in cross.cross_pairs())))
    assert {(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 4), (4, 5), (6, 7)} <= boxes
    pairs = set(zip(*(a.tolist() for a in cross.candidate_pairs())))
    assert pairs == {(0, 3), (1, 2)}
    whole = {(i.plot_index, i.other_plot_index) for i in validate(plots).issues if i.code in PAIR_CODES}
    assert {(min(p), max(p)) for p in whole} <= pairs


def test_hilbert_keys_walk_the_grid_cell_by_cell():
    order = 3
    side = 1 << order
    cells = np.array([(x, y) for x in range(side) for y in range(side)], dtype=float)
    keys = hilbert_keys(cells, order=order)
    assert sorted(keys.tolist()) == list(range(side * side))
    walk = cells[np.argsort(keys)]
    steps = np.abs(np.diff(walk, axis=0)).sum(axis=1)
    assert (steps == 1).all()  # each next cell is a neighbour
    assert hilbert_keys(np.zeros((0, 2))).shape == (0,)
    assert hilbert_keys(np.array([[3.0, 4.0], [3.0, 4.0]])).tolist() == [0, 0]


def test_geometry_kinds_as_geom_type_says():
    cases = [
        ([shapely.Point(0, 0), shapely.box(0, 0, 1, 1)], (True, True)),
        ([shapely.MultiPoint([(0, 0)]), None], (True, False)),
        ([shapely.Point(), shapely.box(0, 0, 1, 1)], (False, True)),  # an empty point is no point
        ([shapely.LineString([(0, 0), (1, 1)])], (False, True)),
        ([None, shapely.Polygon()], (False, False)),
        ([], (False, False)),
    ]
    for geometries, expected in cases:
        plots = [Plot(k, g) for k, g in enumerate(geometries)]
        kinds = {p.geometry.geom_type for p in plots if hasattr(p.geometry, "geom_type") and not p.geometry.is_empty}
        by_type = (bool(kinds & {"Point", "MultiPoint"}), bool(kinds - {"Point", "MultiPoint"}))
        assert geometry_kinds(plots) == by_type == expected
