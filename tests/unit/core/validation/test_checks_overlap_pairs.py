"""Overlap detection (containment first, intersection only for partly overlapping pairs) against a
plain pair-by-pair computation."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
import shapely

from tests.fixtures.geodesy import geod_area_ha
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.validation import validate
from vantage_plugin.core.validation.rules import INSIDE_OTHER_PLOT


def _plots(n: int = 120) -> list[Plot]:
    rng = np.random.default_rng(11)
    plots = []
    cx = cy = 0.0
    for i in range(n):
        if i % 5 == 0 and i:  # a small plot near the centre of the one before: inside it
            cx, cy = cx + 5e-5, cy - 5e-5
        else:
            cx, cy = -55 + (i % 12) * 0.001 + rng.uniform(-2e-4, 2e-4), -5 + (i // 12) * 0.001 + rng.uniform(-2e-4, 2e-4)
        m = int(rng.integers(8, 30))
        ang = np.sort(rng.uniform(0, 2 * math.pi, m))
        r = rng.uniform(0.3, 0.62) * 0.001 * (0.25 if i % 5 == 0 else 1.0)
        ring = np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)]).round(6)
        plots.append(Plot(i, shapely.Polygon(ring), user_id=str(i), commodity="coffee", harvest_date="2024-03-01"))
    return plots


def test_overlaps_match_a_pair_by_pair_computation():
    plots = _plots()
    report = validate(plots, today=dt.date(2026, 1, 1))
    found = {}
    for issue in report.issues:
        if issue.code == "PLOTS_OVERLAP":
            params = dict(issue.params)
            found[(issue.plot_index, params["other"])] = (round(params["area_ha"], 9), params["detail"] == INSIDE_OTHER_PLOT,
                                                          issue.location)
    expected = {}
    for i, a in enumerate(plots):
        for j, b in enumerate(plots):
            if i == j or not a.geometry.intersects(b.geometry) or a.geometry.equals(b.geometry):
                continue
            shared = a.geometry.intersection(b.geometry)
            if shared.area > 0:
                expected[(i, b.label)] = (geod_area_ha(shared), a.geometry.within(b.geometry),
                                          shared.point_on_surface())
    assert len(expected) > 50 and any(inside for _, inside, _ in expected.values())
    assert found.keys() == expected.keys()
    for key, (area, inside, point) in expected.items():
        got_area, got_inside, location = found[key]
        assert got_area == pytest.approx(area, rel=1e-4, abs=1e-9)  # Karney (pyproj); area_ha has 9 decimals
        assert got_inside == inside
        assert location == pytest.approx((point.x, point.y), abs=1e-9)
