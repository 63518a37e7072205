"""The rules comparing two plots' geometries (duplicate geometries, overlaps) for given pairs only.

The chunked check (:mod:`..chunks`) finds, after its last chunk, the pairs of plots in different chunks
that may give such an issue, and reads those plots again. Validating them in full would redo every
single-plot check and compare every pair of the block, to keep the issues of a few pairs. Here only
the pair rules run (:func:`.checks.pair_rules`), on the given pairs, with the plots validation
compares (``compared``: known from each plot's own issues, :data:`NOT_COMPARED`), and give exactly the
issues :func:`.checks.validate` gives for those pairs, in its order (the pairs are taken in the order
validation's STRtree gives them).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

import numpy as np
import shapely

from ..plots import Plot, geometry_array
from .checks import POINT_TYPES, POLYGON_TYPES, IssueBatch, pair_rules, tree_pairs
from .issues import Issue

#: Per-plot issues after which validation no longer compares a plot with others (``_geometry_issues``:
#: a polygon takes part only when valid, in range and not across the antimeridian, a point when in
#: range). A plot has one of them exactly when validation leaves it out of the pair rules.
NOT_COMPARED = frozenset({
    "COORDINATE_NOT_FINITE", "COORDINATES_LOOK_PROJECTED", "COORDINATE_OUT_OF_RANGE",  # not in range
    "POLYGON_CROSSES_ANTIMERIDIAN",
    "POLYGON_SELF_INTERSECTION", "POLYGON_ZERO_AREA", "POLYGON_INVALID", "POLYGON_SPIKE",  # not valid
})


def not_compared(issues: Sequence[Issue]) -> set[int]:
    """The ``plot_index`` of the plots whose issues take them out of the pair rules (:data:`NOT_COMPARED`)."""
    return {issue.plot_index for issue in issues if issue.code in NOT_COMPARED}


def pair_issues(plots: Sequence[Plot], compared: np.ndarray, first: np.ndarray, second: np.ndarray) -> list[Issue]:
    """The duplicate-geometry and overlap issues :func:`.checks.validate` gives ``plots`` (in ``Plot.index``
    order) for the pairs (``first[k]``, ``second[k]``) (positions in ``plots``, ``first < second``) and for
    no other pair, in its order; ``compared``: per plot, whether validation compares it with others."""
    batch = IssueBatch(list(plots))
    _pair_checks(batch, geometry_array(batch.plots), compared, first, second, ordered=True)
    return batch.issues()


def pair_issue_counts(geoms: np.ndarray, compared: np.ndarray, first: np.ndarray, second: np.ndarray) -> Counter[str]:
    """How many issues of each code :func:`pair_issues` gives plots of geometries ``geoms``, without
    making them (nor the plots)."""
    batch = _Counting([])
    _pair_checks(batch, geoms, compared, first, second, ordered=False)
    counts = Counter(issue.code for issue in batch.issues())
    counts.update(batch.counted)
    return counts


class _Counting(IssueBatch):
    """A batch that counts the issues made in pairs instead of making them."""

    def __init__(self, plots: list[Plot]) -> None:
        super().__init__(plots)
        self.counted: Counter[str] = Counter()

    def add_pairs(self, code: str, first: np.ndarray, second: np.ndarray, **_: Any) -> None:
        self.counted[code] += 2 * len(first)


def _pair_checks(batch: IssueBatch, geoms: np.ndarray, compared: np.ndarray, first: np.ndarray, second: np.ndarray,
                 ordered: bool) -> None:
    """The pair rules on the pairs (``first[k]``, ``second[k]``) of ``geoms``, issues into ``batch``;
    ``ordered``: in the order validation finds them (else in any order)."""
    kind = shapely.get_type_id(geoms)
    usable = np.asarray(compared, dtype=bool) & ~shapely.is_empty(geoms)
    # As validation takes them: its polygons, then its points, each in plot order.
    polygons = np.flatnonzero(np.isin(kind, POLYGON_TYPES) & usable)
    points = np.flatnonzero(np.isin(kind, POINT_TYPES) & usable)
    subset = np.concatenate([polygons, points])
    if len(subset) < 2:
        return
    row = np.full(len(geoms), -1, dtype=np.int64)
    row[subset] = np.arange(len(subset))
    a, b = row[np.asarray(first, dtype=np.int64)], row[np.asarray(second, dtype=np.int64)]
    both = (a >= 0) & (b >= 0)
    left, right = np.minimum(a[both], b[both]), np.maximum(a[both], b[both])
    if ordered:
        left, right = _in_tree_order(geoms[subset], left, right)
    if not len(left):
        return
    pair_rules(batch, geoms, polygons, points, (left, right))


def _in_tree_order(shapes: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (``a[k]``, ``b[k]``), ``a < b``, of rows of ``shapes`` whose boxes meet, in the order
    validation finds them with its STRtree over ``shapes`` (:func:`.checks.tree_pairs`: first rows
    ascending, each one's partners in the tree's order)."""
    n = len(shapes)
    left, right = tree_pairs(shapes, np.unique(a))
    keep = np.isin(left * n + right, a * n + b)
    return left[keep], right[keep]
