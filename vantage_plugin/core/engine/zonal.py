"""Per-plot forest and loss statistics from exact coverage, cell areas and raster values.

Everything works on the flat buffers of :class:`coverage.Windows` (one entry per cell of every plot's
window), so each statistic is one vectorised pass and one ``np.add.reduceat`` per plot window.

Definitions (areas in m², weighted by the exact fraction of each cell inside the plot):

- forest 2020: forest value ≥ ``forest_min``; for a tree-cover source (not JRC) also no loss in
  2001–2020 (loss codes 1..20) where loss data exists;
- deforestation in year 2000 + n: forest-2020 cells (every cell when there is no forest source) with
  loss code n, 21 ≤ n ≤ the plot's cut-off code (harvest year − 2000);
- data coverage: the part of the plot where every raster used is valid (inside its extent, not nodata).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .coverage import Windows
from .kinds import LOSS_YEAR_BASE

#: First loss code after 31 Dec 2020 (Hansen lossyear 21 = 2021).
FIRST_LOSS_CODE = 21
#: Last loss code before 2021.
LAST_PRE_2021_CODE = 20


@dataclass
class ZonalStats:
    """Per-plot sums in m² (arrays of the chunk's plots)."""

    area_m2: np.ndarray
    """Σ coverage × cell area: the plot's area as the grid sees it (≈ its geodesic area)."""
    forest_m2: Optional[np.ndarray]
    forest_valid_m2: Optional[np.ndarray]
    loss_valid_m2: Optional[np.ndarray]
    data_valid_m2: np.ndarray
    loss_m2: Optional[np.ndarray]
    """(plots, years) deforestation per calendar year ``years``."""
    years: np.ndarray
    max_code: Optional[int] = None
    """The largest valid loss code inside the plots (when asked with ``track_max``; None if none)."""


def window_sums(values: np.ndarray, windows: Windows) -> np.ndarray:
    """Σ of a flat buffer over each plot's window (0 for empty windows)."""
    out = np.zeros(len(windows.base))
    nonempty = np.flatnonzero(windows.lengths > 0)
    if len(nonempty):
        out[nonempty] = np.add.reduceat(values, windows.base[nonempty])
    return out


def zonal_stats(
    weight: np.ndarray,
    windows: Windows,
    *,
    forest: Optional[tuple[np.ndarray, np.ndarray]] = None,
    forest_min: float = 1.0,
    forest_is_jrc: bool = False,
    loss: Optional[tuple[np.ndarray, np.ndarray]] = None,
    cutoff_code: Optional[np.ndarray] = None,
    max_code: int = 50,
    loss_calendar: bool = False,
    track_max: bool = False,
) -> ZonalStats:
    """Statistics of every plot of a chunk.

    ``weight`` is coverage fraction × cell area (m²) per cell; ``forest`` and ``loss`` are
    ``(values, valid)`` flat buffers on the same layout (``None`` when the source is absent);
    ``cutoff_code`` is, per plot, the last loss code counted (harvest year − 2000);
    ``loss_calendar``: the loss values are calendar years (decoded to codes); ``track_max``: report the
    largest valid loss code inside the plots.
    """
    n = len(windows.base)
    area = window_sums(weight, windows)
    # Invalid cells of the buffer beyond the spare column of every row (weight 0 there); when there are
    # none, a masked sum is the plain sum (bit for bit: the same values added in the same order).
    spare_cells = int(windows.nrows.sum())

    def masked_sums(valid: np.ndarray) -> np.ndarray:
        if len(valid) - np.count_nonzero(valid) == spare_cells:
            return area.copy()
        return window_sums(np.where(valid, weight, 0.0), windows)

    valid_all = None
    forest_m2 = forest_valid_m2 = loss_valid_m2 = loss_m2 = None
    is_forest = None
    if loss is not None:
        lvalues, lvalid = loss
        lcode = lvalues if lvalues.dtype.kind in "iu" else np.rint(lvalues).astype(np.int16)
        if loss_calendar:
            lcode = lcode.astype(np.int32)
            lcode = np.where(lcode > LOSS_YEAR_BASE, lcode - LOSS_YEAR_BASE, 0)
        loss_valid_m2 = masked_sums(lvalid)
        valid_all = lvalid
    if forest is not None:
        fvalues, fvalid = forest
        is_forest = fvalid & (fvalues >= forest_min)
        if not forest_is_jrc and loss is not None:
            is_forest &= ~(lvalid & (lcode >= 1) & (lcode <= LAST_PRE_2021_CODE))
        forest_m2 = window_sums(np.where(is_forest, weight, 0.0), windows)
        forest_valid_m2 = masked_sums(fvalid)
        valid_all = fvalid if valid_all is None else (valid_all & fvalid)
    data_valid_m2 = masked_sums(valid_all) if valid_all is not None else np.zeros(n)

    years = np.zeros(0, dtype=np.int64)
    if loss is not None:
        post = (lcode >= FIRST_LOSS_CODE) & (lcode <= max_code) & lvalid  # weight 0 cells add nothing
        if is_forest is not None:
            post &= is_forest
        cells = np.flatnonzero(post)
        plot = np.searchsorted(windows.base, cells, side="right") - 1
        # Empty windows share their base with the next plot; side="right" picks the last of them,
        # which is the non-empty one.
        code = lcode[cells].astype(np.int64)
        if cutoff_code is not None:
            keep = code <= np.asarray(cutoff_code)[plot]
            cells, plot, code = cells[keep], plot[keep], code[keep]
        ncodes = max_code - FIRST_LOSS_CODE + 1
        loss_m2 = np.bincount(plot * ncodes + (code - FIRST_LOSS_CODE), weights=weight[cells],
                              minlength=n * ncodes).reshape(n, ncodes)
        years = 2000 + np.arange(FIRST_LOSS_CODE, max_code + 1)
    seen = None
    if loss is not None and track_max:
        top = int(np.max(lcode, where=lvalid, initial=0)) if len(lcode) else 0
        seen = top or None
    return ZonalStats(area, forest_m2, forest_valid_m2, loss_valid_m2, data_valid_m2, loss_m2, years, seen)
