"""core.chunks: the pairs of meeting boxes (against a brute-force count), the stand-ins for duplicate ids,
the cross-chunk pairs and the tally of results over chunks (against analysis.summarise of all at once)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from vantage_plugin.core import analysis, chunks
from vantage_plugin.core.chunks import CrossChunk, Tally, meeting_boxes, pair_issues
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import validate


def _brute(boxes: np.ndarray) -> set[tuple[int, int]]:
    """Every pair i < j whose closed boxes meet, by comparing every box with every other (all n² at once)."""
    x0, y0, x1, y1 = (boxes[:, k] for k in range(4))
    meet = ((x0[:, None] <= x1[None, :]) & (x0[None, :] <= x1[:, None])
            & (y0[:, None] <= y1[None, :]) & (y0[None, :] <= y1[:, None]))
    i, j = np.nonzero(np.triu(meet, k=1))
    return set(zip(i.tolist(), j.tolist()))


@pytest.mark.parametrize("pair_run", [1_000_000, 1, 7, 500])
@pytest.mark.parametrize("n, seed", [(0, 0), (1, 0), (2, 1), (60, 2), (1500, 3)])
def test_meeting_boxes_are_every_pair_once(n, seed, pair_run, monkeypatch):
    """Also when the candidate pairs are made a few at a time (bounded memory): the same pairs."""
    monkeypatch.setattr(chunks, "_PAIR_RUN", pair_run)
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 1, n), rng.uniform(0, 1, n)
    w, h = rng.exponential(0.01, n), rng.exponential(0.01, n)
    if n > 10:
        w[:3] = h[:3] = 0  # points
        w[5], h[5] = 0.7, 0.4  # one box over many cells: compared with all
        x[7], y[7], w[7], h[7] = x[8] + w[8], y[8], 0.01, 0.01  # touching at an edge counts
    boxes = np.column_stack([x, y, x + w, y + h])
    a, b = meeting_boxes(boxes)
    found = list(zip(a.tolist(), b.tolist()))
    assert len(found) == len(set(found))
    assert set(found) == _brute(boxes)


def _square(x: float, y: float, d: float = 0.01) -> shapely.Polygon:
    return shapely.box(x, y, x + d, y + d)


def test_cross_chunk_pairs_and_duplicate_ids_match_a_whole_validation():
    plots = [Plot(0, _square(0, 0), source_fid=1, user_id="A"),
             Plot(1, _square(1, 1), source_fid=2, user_id="B"),
             Plot(2, _square(0.005, 0.005), source_fid=3, user_id="C"),  # overlaps 0, next chunk
             Plot(3, shapely.Point(1.005, 1.005), source_fid=4, user_id="A"),  # inside 1; id of 0
             Plot(4, _square(5, 5), source_fid=5, user_id=None)]
    whole = validate(plots, today=None)
    cross = CrossChunk()
    kept = []
    for chunk in (plots[:2], plots[2:]):
        kept += cross.add(chunk, validate(chunk).issues)
    assert all(issue.code != "DUPLICATE_PLOT_ID" for issue in kept)
    left, right = cross.cross_pairs()
    assert sorted(zip(left.tolist(), right.tolist())) == [(0, 2), (1, 3)]
    between = cross.duplicate_id_issues(validate)
    for indexes, pairs in cross.pair_blocks():
        between += pair_issues(validate([plots[k] for k in indexes]).issues, pairs)
    key = lambda issue: (issue.code, issue.plot_index, issue.other_plot_index, issue.message)  # noqa: E731
    assert sorted(map(key, kept + between)) == sorted(map(key, whole.issues))


def test_chunks_number_each_plot_once_increasing_within_a_chunk():
    cross = CrossChunk()
    cross.add([Plot(4, None), Plot(6, None)], [])
    cross.add([Plot(0, None)], [])  # chunks in any order (a layer read in spatial order)
    with pytest.raises(ValueError):
        cross.add([Plot(6, None)], [])
    with pytest.raises(ValueError):
        cross.add([Plot(3, None), Plot(1, None)], [])


def test_tally_over_chunks_is_the_summary_of_all():
    results = []
    for k in range(9):
        a = analysis.make_analysis(area_ha=1.0 / 3 + k, analysis_end="2024-01-01", forest_ha=1.0,
                                   deforestation_ha=0.1 * k, deforestation_yearly={}, risk_level="Low" if k % 2 else
                                   "High", risk_reason="", version="t")
        results.append(analysis.PlotResult(k, "bundled", analysis.STATUS_OK if k != 4 else "failed", analysis=a))
    tally = Tally()
    for start in range(0, 9, 2):
        tally.add(results[start:start + 2])
    assert tally.summary() == analysis.summarise(results)
