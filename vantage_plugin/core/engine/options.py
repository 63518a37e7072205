"""Options of the bundled engine: the data sources and the defaults for plots lacking a value."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .kinds import MASK_NAME_HINTS

if TYPE_CHECKING:  # pragma: no cover
    from .catalog import Catalog, DataSource
    from .tiles import TileCache

#: Plots per chunk: results are kept chunk by chunk (cancel keeps finished chunks).
DEFAULT_CHUNK_SIZE = 2000
#: Raster cells per chunk (bounds memory: about 40 bytes per cell at the peak).
DEFAULT_CHUNK_CELLS = 6_000_000
#: Raster cells per batch of the raster analysis inside a chunk: small enough that every per-cell array
#: stays in the CPU cache and is recycled by the allocator (2-3x faster than one pass per chunk).
DEFAULT_BATCH_CELLS = 300_000
#: GDAL block cache (MB) during a run: plots are read in spatial order, so a band of blocks suffices; a
#: larger cache only holds decompressed blocks never read again (None leaves GDAL's setting alone).
DEFAULT_GDAL_CACHE_MB = 64
#: Area of the disc a point stands for when the plot gives no ``point_ha`` (Vantage's 2024 buffer).
DEFAULT_POINT_HA = 4.0

#: File-name hints of a JRC GFC2020 mask (defined with the other raster kinds).
JRC_NAME_HINTS = MASK_NAME_HINTS


@dataclass
class BundledOptions:
    forest_2020: Optional[DataSource] = None
    """Forest cover 2020: a 0/1 forest mask (JRC GFC2020) or a tree-cover percent raster (Hansen
    ``treecover2000``); a path, a folder or list of tiles, a VRT or a URL."""
    forest_2020_min: Optional[float] = None
    """A pixel is forest when its value is at least this; None: the default of the raster's kind
    (:data:`.kinds.FOREST_MIN_DEFAULTS`: 10 for tree cover in percent, 1 for a mask, 0.1 for a fraction)."""
    forest_is_jrc: Optional[bool] = None
    """The forest source is the JRC GFC2020 mask (fills the ``_jrc`` variants). ``None``: guess from
    the name (``GFC2020`` or ``JRC``). A non-JRC source is a tree-cover raster: loss in 2001–2020
    removes forest."""
    loss_year: Optional[DataSource] = None
    """Hansen ``lossyear`` (0 none, n = loss in 2000 + n) or calendar years (decoded)."""
    loss_last_year: Optional[int] = None
    """The last year the loss data covers; None: from the Hansen file name or version, else GDAL
    metadata, else the largest code where the plots are (:func:`.kinds.hansen_last_year`)."""
    protected_areas: Optional[DataSource] = None
    indigenous_lands: Optional[DataSource] = None
    admin: Optional[DataSource] = None
    commodity: Optional[str] = None
    """Default commodity for plots without one (reported, not used by the rule)."""
    harvest_date: Optional[str] = None
    """Default harvest date (``yyyy-MM-dd``) for plots without one; none: today."""
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_cells: int = DEFAULT_CHUNK_CELLS
    batch_cells: int = DEFAULT_BATCH_CELLS
    pause_gc: bool = True
    """Pause Python's cyclic garbage collector during the run (restored after)."""
    gdal_cache_mb: Optional[int] = DEFAULT_GDAL_CACHE_MB
    """Upper bound of GDAL's block cache during the run (restored after); None: unchanged."""
    point_ha: float = DEFAULT_POINT_HA
    """Disc area (ha) for points whose plot gives no ``point_ha``."""
    tile_cache: Optional[TileCache] = None
    """Decoded raster tiles kept across calls (a check calling the engine chunk by chunk makes one,
    hands it to every call and closes it at the end); None: GDAL's block cache only."""
    read_ahead: bool = True
    """With ``tile_cache``: decode the next batch's raster tiles into it on a thread while this one is
    analysed (GDAL releases the GIL; the same values: :mod:`.read_ahead`). False: every tile decoded when
    it is read."""
    parallel_overlaps: bool = True
    """Each chunk's protected-area / indigenous-land overlaps and country/state lookup on a second thread
    beside its raster statistics (GEOS and numpy release the GIL; the results are the same); False: one
    after the other on the calling thread."""

    def is_jrc(self) -> bool:
        """Whether the forest source is the JRC mask (explicit, else guessed from its name)."""
        if self.forest_is_jrc is not None:
            return bool(self.forest_is_jrc)
        if self.forest_2020 is None:
            return False
        path = str(getattr(self.forest_2020, "path", self.forest_2020)).rstrip("/\\")
        name = os.path.basename(path).upper()  # the file or folder name, not the folders above it
        return any(hint in name for hint in JRC_NAME_HINTS)

    @classmethod
    def from_catalog(cls, catalog: Catalog, **overrides: Any) -> BundledOptions:
        """Options from a data catalog (its ``forest_is_jrc`` False means "guess" unless overridden)."""
        values: dict[str, Any] = dict(
            forest_2020=catalog.forest_2020,
            forest_2020_min=catalog.forest_2020_min,
            forest_is_jrc=True if catalog.forest_is_jrc else None,
            loss_year=catalog.loss_year,
            loss_last_year=catalog.loss_last_year,
            protected_areas=catalog.protected_areas,
            indigenous_lands=catalog.indigenous_lands,
            admin=catalog.admin,
        )
        values.update(overrides)
        # A threshold that does not fit the raster's kind (a percentage on a 0/1 mask) is handled by
        # kinds.forest_threshold when the raster is opened, where the kind is known.
        return cls(**values)
