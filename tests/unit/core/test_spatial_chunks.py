"""``core.chunks.spatial_chunks``: the layer's positions cut into chunks compact in space."""

from __future__ import annotations

import numpy as np

from vantage_plugin.core.chunks import spatial_chunks


def _spread(chunks, points) -> float:
    """The mean over chunks of the diagonal of the chunk's points' bounding box."""
    sizes = [np.hypot(*(points[c].max(axis=0) - points[c].min(axis=0))) for c in chunks]
    return float(np.mean(sizes))


def test_a_permutation_of_sorted_chunks_with_boxless_plots_last_in_file_order():
    rng = np.random.default_rng(3)
    count, size = 1000, 64
    boxless = np.sort(rng.choice(count, 37, replace=False))
    positions = np.setdiff1d(np.arange(count), boxless)
    centres = rng.random((len(positions), 2)) * [10.0, 4.0] - [60.0, 10.0]
    chunks = spatial_chunks(count, positions, centres, size)
    assert [len(c) for c in chunks] == [size] * (count // size) + [count % size]
    joined = np.concatenate(chunks)
    assert sorted(joined.tolist()) == list(range(count))
    assert all((np.diff(c) > 0).all() for c in chunks)
    # the boxless plots fill the end, in file order, after every plot with a box
    tail = np.concatenate(chunks[len(positions) // size:])
    assert set(boxless.tolist()) <= set(tail.tolist())
    assert np.isin(np.concatenate(chunks[:len(positions) // size]), boxless).sum() == 0


def test_chunks_are_compact_in_space():
    rng = np.random.default_rng(4)
    count, size = 4096, 256
    points = rng.random((count, 2)) * 10.0
    chunks = spatial_chunks(count, np.arange(count), points, size)
    file_order = [np.arange(k, min(k + size, count)) for k in range(0, count, size)]
    # 16 chunks of a 10 × 10 square: each about 2.5 × 2.5 in space (diagonal ~3.5), in file order ~14
    assert _spread(chunks, points) < 0.35 * _spread(file_order, points)


def test_no_plot_with_a_box_and_one_chunk():
    assert [c.tolist() for c in spatial_chunks(5, np.zeros(0, dtype=np.int64), np.zeros((0, 2)), 3)] == \
        [[0, 1, 2], [3, 4]]
    assert [c.tolist() for c in spatial_chunks(3, np.array([2, 0]), np.array([[5.0, 5.0], [0.0, 0.0]]), 10)] == \
        [[0, 1, 2]]
