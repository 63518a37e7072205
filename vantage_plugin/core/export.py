"""A plot as the ``geojson`` body of Vantage ``POST /plots/make_plot``.

The API takes only Point and Polygon features: multi-parts become several features of one
FeatureCollection; Z/M are dropped, rings closed, coordinates rounded (6 decimals, EUDR Art. 2(28))
and vertices repeated by rounding dropped. Points carry ``point_ha`` as a property.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np
import numpy.typing as npt
import shapely

from .plots import COORDINATE_DECIMALS, Plot, normalise_commodity, parse_harvest_date, parse_point_ha


def _round(coords: npt.ArrayLike, decimals: int) -> list[list[float]]:
    # + 0.0 turns -0.0 into 0.0 so equal plots serialise equally.
    return (np.round(np.asarray(coords, dtype=float)[:, :2], decimals) + 0.0).tolist()


def _ring(coords: Any, decimals: int) -> list[list[float]]:
    positions = _round(coords, decimals)
    ring = [p for k, p in enumerate(positions) if k == 0 or p != positions[k - 1]]
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    return ring


def _feature(geometry: Any, properties: dict[str, Any], decimals: int) -> dict[str, Any]:
    if geometry.geom_type == "Point":
        body = {"type": "Point", "coordinates": _round([geometry.coords[0]], decimals)[0]}
    else:
        rings = [geometry.exterior, *geometry.interiors]
        body = {"type": "Polygon", "coordinates": [_ring(ring.coords, decimals) for ring in rings]}
    return {"type": "Feature", "properties": dict(properties), "geometry": body}


def plot_feature_collection(plot: Plot, decimals: int = COORDINATE_DECIMALS) -> dict[str, Any]:
    """The FeatureCollection to send for ``plot`` (validate first: raises ValueError without point/polygon)."""
    geometry = plot.geometry
    if geometry is None or geometry.is_empty:
        raise ValueError(f"plot {plot.label} has no geometry to export")
    parts = [p for p in shapely.get_parts(geometry) if not p.is_empty]
    kinds = {p.geom_type for p in parts}
    if not kinds <= {"Point", "Polygon"}:
        raise ValueError(f"plot {plot.label}: cannot export {geometry.geom_type} (only points and polygons)")
    properties: dict[str, Any] = {}
    if kinds == {"Point"}:
        properties["point_ha"] = parse_point_ha(plot.point_ha)
    return {"type": "FeatureCollection", "features": [_feature(p, properties, decimals) for p in parts]}


def plot_fingerprint(plot: Plot, decimals: int = COORDINATE_DECIMALS) -> str:
    """sha256 (hex) of the exported geometry + commodity + harvest date + name: equal plots, equal print."""
    harvest = parse_harvest_date(plot.harvest_date)
    content = {
        "geojson": plot_feature_collection(plot, decimals),
        "commodity": normalise_commodity(plot.commodity) or (None if plot.commodity is None else str(plot.commodity)),
        "harvest_date": harvest.isoformat() if harvest
        else (None if plot.harvest_date is None else str(plot.harvest_date)),
        "name": plot.name,
    }
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
