"""analysis.rounded (numpy where exact, Python's ``round`` elsewhere) gives ``round(v, digits)`` of every
value, bit for bit (the sign of zero included), and ``None`` for NaN: on ties exactly representable in
binary, decimal "ties" that are not, values near the 2**52 limit, huge and tiny values, infinities and
random values over every magnitude."""

from __future__ import annotations

import math
import random
import struct

import numpy as np
import pytest

from vantage_plugin.core import analysis


def _bits(value):
    return value if value is None else struct.pack("<d", value)


def _reference(values, digits: int) -> list:
    return [None if math.isnan(v) else round(float(v), digits) for v in values]


def _edge_values(digits: int) -> list[float]:
    scale = 10.0 ** digits
    values = [0.0, -0.0, 1.0, -1.0, 0.5, 2.675, 1.0005, 0.00005, 0.000049999999999999996, 1 / 3, 2 / 3,
              0.03125, -0.03125, 0.0625, 1e-320, -5e-324, 5e-324, 1e-9, -1e-9, 1e300, -1e300, 1.7976931348623157e308,
              float("inf"), float("-inf"), float("nan"), 2.0**52 / scale, 2.0**53 / scale, 2.0**51 / scale + 0.5 / scale,
              4503599627370495.5 / scale, 123456.78905, 99.99995, 0.1 + 0.2, 1e15, 1e16 + 1]
    values += [(k + 0.5) / 2**m for k in range(-40, 40) for m in range(0, 12)]  # binary ties
    values += [(k + 0.5) / scale for k in range(-3000, 3000)]  # decimal ties (rarely exact in binary)
    values += [math.nextafter(v, s) for v in values[-200:] for s in (math.inf, -math.inf)]
    return values


@pytest.mark.parametrize("digits", [0, 1, 4, 6, 15])
def test_rounded_is_round_on_edge_values(digits):
    values = _edge_values(digits)
    assert list(map(_bits, analysis.rounded(values, digits))) == list(map(_bits, _reference(values, digits)))


#: Random values of each kind per run: the ties and near-ties that decide are in the edge values above;
#: 5,000 of each kind still hold some 50 exact decimal ties (the third kind) for each digit count.
SAMPLE = 5000


@pytest.mark.parametrize("digits", [4, 6])
def test_rounded_is_round_on_random_values(digits):
    rng = random.Random(digits)
    values = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-12, 14) for _ in range(SAMPLE)]
    values += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(SAMPLE)]  # any double
    values += [round(rng.uniform(0, 100), rng.randint(0, 8)) for _ in range(SAMPLE)]  # decimals, as plots' areas
    got = analysis.rounded(np.array(values), digits)
    assert list(map(_bits, got)) == list(map(_bits, _reference(values, digits)))
    assert all(v is None or type(v) is float for v in got)


def test_rounded_other_shapes_and_digits():
    assert analysis.rounded([]) == []
    assert analysis.rounded([1.23456789], 20) == [round(1.23456789, 20)]
    assert analysis.rounded([15.0, 149.5], -1) == [round(15.0, -1), round(149.5, -1)]
