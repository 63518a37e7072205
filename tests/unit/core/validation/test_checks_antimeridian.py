"""``checks._antimeridian_checks`` (longitude jumps found in cache-sized runs of coordinates) against
the whole-array version kept here, with runs so short that jumps fall on every run boundary."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from vantage_plugin.core.validation import checks


class _Recorder:
    def __init__(self) -> None:
        self.added: list[tuple[Any, ...]] = []

    def add(self, position: int, code: str, **kwargs: Any) -> None:
        self.added.append((position, code, sorted(kwargs.items())))


def _reference(batch: _Recorder, rings: Any, in_range: np.ndarray) -> np.ndarray:
    coords, ring_of = rings.coords, rings.ring_of
    with np.errstate(invalid="ignore"):
        jump = np.flatnonzero(np.abs(np.diff(coords[:, 0])) > 180.0)
    jump = jump[ring_of[jump + 1] == ring_of[jump]]
    owner = rings.owner[ring_of[jump + 1]]
    jump, owner = jump[in_range[owner]], owner[in_range[owner]]
    ids, first = np.unique(owner, return_index=True)
    for position, k in zip(ids, jump[first]):
        batch.add(int(position), "POLYGON_CROSSES_ANTIMERIDIAN", west=coords[k, 0], east=coords[k + 1, 0],
                  location=(float(coords[k, 0]), float(coords[k, 1])))
    return ids


@pytest.mark.parametrize("chunk", [1, 2, 7, 1 << 16])
def test_antimeridian_runs_match_whole_array(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    rng = np.random.default_rng(chunk)
    n_rings = 400
    sizes = rng.integers(1, 9, n_rings)
    x = rng.choice([-179.9, 179.9, 0.0, 10.0, np.nan], int(sizes.sum()), p=[0.3, 0.3, 0.2, 0.15, 0.05])
    coords = np.column_stack([x, rng.uniform(-10, 10, len(x))])
    ring_of = np.repeat(np.arange(n_rings), sizes)
    owner = np.sort(rng.integers(0, 150, n_rings))
    rings = checks._Rings(coords, ring_of, owner, np.ones(n_rings, dtype=bool))
    in_range = rng.random(150) < 0.8
    monkeypatch.setattr(checks, "_CHUNK", chunk)
    got, want = _Recorder(), _Recorder()
    np.testing.assert_array_equal(checks._antimeridian_checks(got, rings, in_range),  # type: ignore[arg-type]
                                  _reference(want, rings, in_range))
    assert len(want.added) > 20 and got.added == want.added
