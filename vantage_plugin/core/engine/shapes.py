"""Valid polygonal shapes: the polygonal part of geometries, made valid only where they are not, and
plots as the overlap queries analyse them (points as discs of their declared area)."""

from __future__ import annotations

import math
from typing import Any, Optional, Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..geodesy import point_disc

POLYGON_TYPES = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)


def polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Only the polygonal part of each geometry (an empty polygon when there is none)."""
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    types = shapely.get_type_id(geoms)
    for i in np.flatnonzero(~np.isin(types, POLYGON_TYPES)):
        g = geoms[i]
        if g is None:
            out[i] = shapely.Polygon()
            continue
        parts = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) in POLYGON_TYPES]
        out[i] = shapely.union_all(parts) if parts else shapely.Polygon()
    return out


def valid_polygonal(geoms: np.ndarray, valid: Optional[np.ndarray] = None) -> np.ndarray:
    """Each geometry made valid (only where it is not: ``valid`` when known, else checked) and cut
    to its polygonal part."""
    geoms = np.asarray(geoms, dtype=object)
    known = shapely.is_valid(geoms) if valid is None else np.asarray(valid, dtype=bool)
    bad = ~known & ~shapely.is_missing(geoms)
    if bad.any():
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
    return polygonal_parts(geoms)


def analysis_geometries(geoms: Sequence[Optional[BaseGeometry]], area_ha: Any,
                        valid: Optional[np.ndarray] = None) -> np.ndarray:
    """Plot geometries as analysed: points become discs of their declared area, polygons are made
    valid, anything else (lines, null) is an empty polygon. ``valid``: each geometry's validity when
    the caller knows it already (else checked here)."""
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = list(geoms)
    out = arr.copy()
    types = shapely.get_type_id(arr)
    fine = None if valid is None else np.array(valid, dtype=bool)
    for i in np.flatnonzero(np.isin(types, (shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT))):
        if fine is not None:
            fine[i] = True  # a disc, a union of discs or an empty polygon
        ha = float(area_ha[i]) if area_ha is not None and area_ha[i] is not None else float("nan")
        g = arr[i]
        if g.is_empty or not math.isfinite(ha) or ha <= 0:
            out[i] = shapely.Polygon()
            continue
        pts = list(shapely.get_parts(g))
        discs = [point_disc(p.x, p.y, ha / len(pts)) for p in pts]
        out[i] = discs[0] if len(discs) == 1 else shapely.union_all(discs)
    missing = shapely.is_missing(out)
    out[missing] = shapely.Polygon()
    if fine is not None:
        fine[missing] = True
    return valid_polygonal(out, fine)
