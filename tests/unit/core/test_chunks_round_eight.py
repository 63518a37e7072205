"""Round eight: ``chunks.Tally`` counts in one pass and ``service.validity_verdicts`` gathers at once;
both against the code they replaced (kept here as the reference)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np
import pytest

from vantage_plugin.core import analysis, service
from vantage_plugin.core.chunks import Tally


def _results(n: int, seed: int) -> list:
    rng = random.Random(seed)
    results = []
    for k in range(n):
        kind = rng.randrange(6)
        if kind == 0:  # no Analysis at all (an invalid plot)
            results.append(analysis.PlotResult(k, "bundled", analysis.STATUS_INVALID, error="bad"))
            continue
        a = analysis.make_analysis(area_ha=rng.uniform(0.1, 50.0), analysis_end="2024-01-01", forest_ha=1.0,
                                   deforestation_ha=rng.choice([0.0, rng.uniform(0, 3)]), deforestation_yearly={},
                                   risk_level=rng.choice(["Low", "High", "Medium", None, ""]), risk_reason="",
                                   version="t")
        status = analysis.STATUS_OK if kind != 1 else "failed"
        results.append(analysis.PlotResult(k, "bundled", status, analysis=a))
    return results


def _old_tally_summary(chunks: list) -> dict:
    """Round seven's Tally.add: ``summarise`` of each chunk, then a second pass for first plots and sums."""
    plots, by_risk, by_status, first, parts = 0, {}, {}, {}, []
    for results in chunks:
        part = analysis.summarise(results)
        plots += part["plots"]
        for mine, theirs in ((by_risk, part["by_risk"]), (by_status, part["by_status"])):
            for key, count in theirs.items():
                mine[key] = mine.get(key, 0) + count
        for result in results:
            a = result.analysis or {}
            index = result.plot_index
            for which, key in ((0, a.get(analysis.RISK_LEVEL)), (1, result.status)):
                if (which == 1 or key) and first.get((which, key), index) >= index:
                    first[(which, key)] = index
            parts.append((index, a.get(analysis.AREA_HA) or 0.0,
                          (a.get(analysis.DEFORESTATION) or {}).get(analysis.TOTAL) or 0.0))
    parts.sort()
    area = lost = 0.0
    for _, a, d in parts:
        area += a
        lost += d

    def ordered(counts: dict, which: int) -> dict:
        return dict(sorted(counts.items(), key=lambda item: first.get((which, item[0]), 0)))

    return {"plots": plots, "by_risk": ordered(by_risk, 0), "by_status": ordered(by_status, 1),
            "area_ha": round(area, 4), "deforestation_ha": round(lost, 4)}


@pytest.mark.parametrize("seed", range(4))
def test_tally_in_shuffled_chunks_is_the_old_tally_and_summarise(seed):
    results = _results(700, seed)
    order = list(range(len(results)))
    random.Random(seed).shuffle(order)
    cuts = sorted(random.Random(seed + 10).sample(range(1, len(order)), 6))
    chunks = [sorted((results[k] for k in order[a:b]), key=lambda r: r.plot_index)
              for a, b in zip([0, *cuts], [*cuts, len(order)])]
    chunks.append([])  # an empty chunk counts nothing
    tally = Tally()
    for chunk in chunks:
        tally.add(chunk)
    got = tally.summary()
    assert got == _old_tally_summary(chunks) == analysis.summarise(results)
    assert list(got["by_risk"]) == list(analysis.summarise(results)["by_risk"])  # keys in first-plot order
    assert list(got["by_status"]) == list(analysis.summarise(results)["by_status"])


def _old_verdicts(report, plots):
    validity = getattr(report, "geometry_validity", None)
    if validity is None:
        return None
    position = {index: k for k, index in enumerate(report.plot_indices)}
    if any(plot.index not in position for plot in plots):
        return None
    return [bool(validity[position[plot.index]] == 1) for plot in plots]


def test_validity_verdicts_are_the_old_ones():
    rng = np.random.default_rng(5)
    indices = rng.permutation(np.arange(100, 400)).tolist()
    report = SimpleNamespace(plot_indices=indices, geometry_validity=rng.integers(0, 3, len(indices)).astype(np.int8))
    plots = [SimpleNamespace(index=k) for k in rng.choice(indices, 150, replace=False).tolist()]
    got = service.validity_verdicts(report, plots)
    assert got == _old_verdicts(report, plots) and all(type(v) is bool for v in got)
    assert sum(got) not in (0, len(got))
    assert service.validity_verdicts(report, []) == [] == _old_verdicts(report, [])
    outside = plots + [SimpleNamespace(index=5)]  # a plot the report does not cover
    assert service.validity_verdicts(report, outside) is None is _old_verdicts(report, outside)
    assert service.validity_verdicts(SimpleNamespace(plot_indices=indices), plots) is None
