"""Round eight's version of the one piece of ``core.validation.overlap_area`` that round nine changed
(``shared_rings``, which round nine has take each pair from its plot of fewer vertices), copied
unchanged; the rest of the module is the same in both rounds. :func:`round_eight` puts it in place of
today's, in ``overlap_area`` and in ``checks`` (which imports it), so today's code runs as round eight's did."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator
from unittest import mock

import numpy as np

from vantage_plugin.core.validation import checks, overlap_area
from vantage_plugin.core.validation.overlap_area import (
    PAIR_RUN,
    SharedParts,
    StarRings,
    _shared_run,
    map_on_threads,
)


def shared_rings(stars: StarRings, left: np.ndarray, right: np.ndarray, geometries: bool = False,
                 workers: int = 1) -> SharedParts:
    """For plot pairs (positions ``left[k]``, ``right[k]``) that overlap only partly (neither inside the
    other): their shared parts' planar area, geodesic area and point on surface, each as GEOS gives it
    for ``shapely.intersection`` (areas up to rounding, the point exactly), where computed here; the
    polygons themselves too with ``geometries`` (coordinate for coordinate GEOS's).

    A pair is done here when both plots are star-shaped single rings and their outlines cross
    properly (the shared part: one polygon per cycle of crossings), or certainly never (no shared
    part); the others are left to GEOS.

    The pairs are taken in runs of :data:`PAIR_RUN`, on ``workers`` threads when more than one (numpy
    releases the GIL while it works on a run's arrays; each pair's answer depends on that pair alone)."""
    n_pairs = len(left)
    result = SharedParts.empty(n_pairs)
    ra, rb = stars.rank[left], stars.rank[right]
    todo = np.flatnonzero((ra >= 0) & (rb >= 0))
    todo = todo[np.argsort(ra[todo], kind="stable")]
    runs = [todo[lo:lo + PAIR_RUN] for lo in range(0, len(todo), PAIR_RUN)]

    def one(run: np.ndarray) -> SharedParts:
        return _shared_run(stars, ra[run], rb[run], geometries)

    for run, part in zip(runs, map_on_threads(one, runs, workers)):
        result.put(run, part)
    return result


@contextmanager
def round_eight() -> Iterator[None]:
    """Today's ``overlap_area`` and ``checks`` with round eight's ``shared_rings``."""
    with mock.patch.object(overlap_area, "shared_rings", shared_rings), \
            mock.patch.object(checks, "shared_rings", shared_rings):
        yield
