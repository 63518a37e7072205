"""The risk rule as Vantage publishes it (vantage-behaviour.md §8): strict comparisons."""

import pytest

from vantage_plugin.core import risk


@pytest.mark.parametrize(
    "pct, ha, level",
    [
        (0.0, 0.0, "Low"),
        (10.0, 0.5, "Low"),  # exactly the Medium thresholds: strict, so Low
        (10.0001, 0.0, "Medium"),
        (0.0, 0.5001, "Medium"),
        (15.0, 1.0, "Medium"),  # exactly the High thresholds: strict, so Medium
        (15.0001, 0.0, "High"),
        (0.0, 1.0001, "High"),
        (79.33, 16.74, "High"),  # published High example (West Sumatra, S2)
        (4.51, 0.74, "Medium"),  # published Medium example (Riau, S2): by the area test alone
        (3.93, 0.10714, "Low"),  # 2024 documentation example (O3)
    ],
)
def test_levels(pct, ha, level):
    assert risk.assess(pct, ha).level == level


def test_reason_strings_match_published_ones():
    assert risk.assess(20, 0).reason == "High: Deforestation > 15% or > 1 ha"
    assert risk.assess(11, 0).reason == "Medium: Deforestation > 10% or > 0.5 ha"
    assert risk.assess(0, 0).reason.startswith("Low:")


def test_missing_data_is_never_low():
    assert risk.assess(None, None).level == "Unknown"
    assert risk.assess(None, 0.0).level == "Unknown"
