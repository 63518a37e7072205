"""``checks._sharp_spikes`` (angles computed only for vertices whose cross and dot products allow a
sharp angle) against the straightforward version kept here (every vertex's angle by arctan2): the
same warnings, counts, first angle and location, on vertices with angles near the threshold (both
sides), right angles, straight and reversed edges, zero-length edges, NaN, infinite and huge values."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from vantage_plugin.core.validation import checks


class _Recorder:
    def __init__(self) -> None:
        self.added: list[tuple[Any, ...]] = []

    def add(self, position: int, code: str, **kwargs: Any) -> None:
        self.added.append((position, code, sorted(kwargs.items())))


def _reference(batch: _Recorder, vertices: np.ndarray, prev: np.ndarray, nxt: np.ndarray, owner: np.ndarray,
               skip: np.ndarray) -> None:
    """The check before the candidate filter: every vertex's angle."""
    scale = np.cos(np.radians(np.clip(vertices[:, 1], -89.9, 89.9)))
    with np.errstate(invalid="ignore", over="ignore"):
        ux, uy = (prev[:, 0] - vertices[:, 0]) * scale, prev[:, 1] - vertices[:, 1]
        wx, wy = (nxt[:, 0] - vertices[:, 0]) * scale, nxt[:, 1] - vertices[:, 1]
        angle = np.degrees(np.arctan2(np.abs(ux * wy - uy * wx), ux * wx + uy * wy))
        shorter = np.minimum(np.hypot(ux, uy), np.hypot(wx, wy)) * checks._M_PER_DEGREE
        sharp = (angle < checks.SHARP_SPIKE_DEGREES) & (shorter >= checks.SHARP_SPIKE_MIN_EDGE_M) & ~skip
    where = np.flatnonzero(sharp)
    ids, first, counts = np.unique(owner[where], return_index=True, return_counts=True)
    for position, k, count in zip(ids, where[first], counts):
        batch.add(int(position), "POLYGON_SHARP_SPIKE", count=int(count), angle=float(angle[k]),
                  location=(float(vertices[k, 0]), float(vertices[k, 1])))


def _vertices(n: int, seed: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    vertex = np.column_stack([rng.uniform(-180, 180, n), rng.uniform(-89, 89, n)])
    length_u = 10.0 ** rng.uniform(-7, -2, n)
    length_w = 10.0 ** rng.uniform(-7, -2, n)
    # Angles on the ground: many within a hair of the 2° threshold, some right angles and straight lines.
    near = checks.SHARP_SPIKE_DEGREES * (1 + rng.choice([-1, 1], n) * 10.0 ** rng.uniform(-15, -1, n))
    theta = np.where(rng.random(n) < 0.6, near, rng.choice([0.0, 90.0, 180.0, 1.0, 3.0, 45.0], n))
    direction = rng.uniform(0, 2 * math.pi, n)
    scale = np.cos(np.radians(vertex[:, 1]))
    u = np.column_stack([np.cos(direction) / scale, np.sin(direction)]) * length_u[:, None]
    w_dir = direction + np.radians(theta) * rng.choice([-1, 1], n)
    w = np.column_stack([np.cos(w_dir) / scale, np.sin(w_dir)]) * length_w[:, None]
    prev, nxt = vertex + u, vertex + w
    special = rng.choice(n, 60, replace=False)
    nxt[special[:10]] = vertex[special[:10]]  # zero-length edge
    prev[special[10:20], 0] = np.nan
    nxt[special[20:30], 1] = np.inf
    prev[special[30:40]] = vertex[special[30:40]] * 1e300  # overflowing products
    nxt[special[40:50]] = vertex[special[40:50]] + (vertex[special[40:50]] - prev[special[40:50]])  # straight
    prev[special[50:60]] = nxt[special[50:60]]  # folding back exactly
    owner = np.sort(rng.integers(0, n // 5, n))
    skip = rng.random(n) < 0.05
    return vertex, prev, nxt, owner, skip


def test_sharp_spikes_match_every_vertex_reference() -> None:
    for seed in range(4):
        arrays = _vertices(20_000, seed)
        got, want = _Recorder(), _Recorder()
        checks._sharp_spikes(got, *arrays)  # type: ignore[arg-type]
        _reference(want, *arrays)
        assert len(want.added) > 100 and got.added == want.added


def test_sharp_spikes_none() -> None:
    got = _Recorder()
    empty = np.zeros((0, 2))
    checks._sharp_spikes(got, empty, empty, empty, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool))  # type: ignore[arg-type]
    assert got.added == []
