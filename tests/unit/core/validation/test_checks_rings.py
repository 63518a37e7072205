"""``checks._Rings.of`` (polygons without holes read with ``get_coordinates``, the others with
``to_ragged_array``, merged back in plot order) against the straightforward reading: every plot's
rings by ``to_ragged_array`` alone, on a mix of polygons, polygons with holes, multi-part plots and
3D plots, in runs cut between them."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from vantage_plugin.core.validation import checks


def _reference(geoms: np.ndarray, polygons: np.ndarray) -> tuple[np.ndarray, ...]:
    """Every ring by ``shapely.to_ragged_array`` over the whole array (the code before the fast path)."""
    _kind, coords, offsets = shapely.to_ragged_array(geoms[polygons], include_z=False)
    ring_offsets, part_rings = offsets[0], offsets[1]
    plot_parts = offsets[2] if len(offsets) > 2 else np.arange(len(part_rings))
    part_of_ring = np.repeat(np.arange(len(part_rings) - 1), np.diff(part_rings))
    plot_of_part = np.repeat(np.arange(len(plot_parts) - 1), np.diff(plot_parts))
    exterior = np.zeros(len(ring_offsets) - 1, dtype=bool)
    exterior[part_rings[:-1][np.diff(part_rings) > 0]] = True
    ring_of = np.repeat(np.arange(len(ring_offsets) - 1), np.diff(ring_offsets))
    return coords, ring_of, polygons[plot_of_part[part_of_ring]], exterior


def _shapes(rng: np.random.Generator, n: int) -> list:
    shapes: list = []
    for k in range(n):
        x, y = rng.uniform(-10, 10, 2)
        kind = rng.integers(0, 6)
        outer = box(x, y, x + 1, y + 1)
        hole = box(x + 0.2, y + 0.2, x + 0.4, y + 0.4)
        hole2 = box(x + 0.6, y + 0.6, x + 0.8, y + 0.8)
        if kind == 0:
            m = int(rng.integers(3, 12))
            angle = np.sort(rng.uniform(0, 2 * np.pi, m))
            shapes.append(Polygon(np.column_stack([x + np.cos(angle), y + np.sin(angle)])))
        elif kind == 1:
            shapes.append(Polygon(outer.exterior.coords, [hole.exterior.coords, hole2.exterior.coords]))
        elif kind == 2:
            shapes.append(MultiPolygon([outer, box(x + 2, y, x + 3, y + 1)]))
        elif kind == 3:
            shapes.append(MultiPolygon([Polygon(outer.exterior.coords, [hole.exterior.coords]),
                                        box(x + 2, y, x + 3, y + 1)]))
        elif kind == 4:
            shapes.append(shapely.force_3d(outer, z=float(k)))
        else:
            shapes.append(MultiPolygon([outer]))
    return shapes


@pytest.mark.parametrize("run", [1, 3, 7, 10_000])
def test_rings_match_to_ragged_array(monkeypatch: pytest.MonkeyPatch, run: int) -> None:
    rng = np.random.default_rng(13)
    geoms = np.array(_shapes(rng, 300) + [shapely.Point(0, 0)], dtype=object)
    polygons = np.flatnonzero(shapely.get_type_id(geoms) != 0)
    polygons = polygons[rng.random(len(polygons)) < 0.9]  # some plots left out
    monkeypatch.setattr(checks, "_RAGGED_RUN", run)
    rings = checks._Rings.of(geoms, polygons)
    coords, ring_of, owner, exterior = _reference(geoms, polygons)
    assert len(np.unique(owner)) == len(polygons) and (~exterior).any() and len(owner) > len(polygons)
    np.testing.assert_array_equal(rings.coords, coords)
    np.testing.assert_array_equal(rings.ring_of, ring_of)
    np.testing.assert_array_equal(rings.owner, owner)
    np.testing.assert_array_equal(rings.exterior, exterior)


def test_rings_of_only_simple_and_of_none() -> None:
    geoms = np.array([box(0, 0, 1, 1), box(2, 2, 3, 4)], dtype=object)
    rings = checks._Rings.of(geoms, np.arange(2))
    for got, want in zip((rings.coords, rings.ring_of, rings.owner, rings.exterior), _reference(geoms, np.arange(2))):
        np.testing.assert_array_equal(got, want)
    empty = checks._Rings.of(geoms, np.zeros(0, dtype=np.int64))
    assert empty.coords.shape == (0, 2) and len(empty.ring_of) == len(empty.owner) == 0
