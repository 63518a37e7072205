"""A pure GeoJSON reader (json + shapely, no OGR) that keeps each geometry as written.

Used by tests, benchmarks and as the "raw" reader: the QGIS layer reader reads features with OGR and
attaches :func:`raw_geometries` to them (OGR closes open rings silently and drops mis-nested
coordinates, so validation needs the geometry as written). Coordinates are taken as they are: the
reader does not reproject (RFC 7946 GeoJSON is WGS84 lon/lat; a legacy ``crs`` member naming another
CRS only turns ``source_is_lonlat`` off).
"""

from __future__ import annotations

import json
from os import PathLike
from typing import Any, Optional, Union

from .plots import FieldMapping, Plot
from .validation.geojson_raw import build_geometry

_LONLAT_CRS = ("CRS84", "4326", "CRS:84")


def _load(path: Union[str, PathLike]) -> tuple[list[Any], bool]:
    """The features (a bare geometry or Feature counts as one) and whether the CRS is lon/lat."""
    with open(path, encoding="utf-8-sig") as stream:
        document = json.load(stream)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a GeoJSON object")
    kind = document.get("type")
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise ValueError(f"{path}: FeatureCollection without a features array")
    elif kind == "Feature":
        features = [document]
    else:
        features = [{"type": "Feature", "properties": {}, "geometry": document}]
    crs_name = ((document.get("crs") or {}).get("properties") or {}).get("name") if isinstance(
        document.get("crs"), dict) else None
    lonlat = crs_name is None or any(tag in str(crs_name).upper() for tag in _LONLAT_CRS)
    return features, lonlat


def raw_geometries(path: Union[str, PathLike]) -> list[Optional[dict[str, Any]]]:
    """The geometries exactly as written, in file order (``None`` for a null or missing geometry)."""
    features, _ = _load(path)
    return [feature.get("geometry") if isinstance(feature, dict) else None for feature in features]


def _value(properties: dict[str, Any], name: Optional[str]) -> Any:
    return properties.get(name) if name else None


def _text(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def _type_name(raw: Any) -> str:
    if not isinstance(raw, dict):
        return ""
    kind = str(raw.get("type") or "")
    value = raw.get("coordinates")
    while isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]
    return kind + ("Z" if isinstance(value, list) and len(value) >= 3 else "")


def plots_from_geojson(path: Union[str, PathLike], mapping: Optional[FieldMapping] = None) -> list[Plot]:
    """One :class:`Plot` per feature; an unreadable geometry gives ``geometry=None`` and ``read_error``."""
    mapping = mapping or FieldMapping()
    features, lonlat = _load(path)
    plots: list[Plot] = []
    for position, feature in enumerate(features):
        if not isinstance(feature, dict):
            plots.append(Plot(index=position, geometry=None, source_fid=position, source_is_lonlat=lonlat,
                              read_error="the feature is not a JSON object"))
            continue
        properties = feature.get("properties")
        properties = dict(properties) if isinstance(properties, dict) else {}
        raw = feature.get("geometry")
        geometry, error = build_geometry(raw)
        plots.append(
            Plot(
                index=position,
                geometry=geometry,
                source_fid=position,
                user_id=_text(_value(properties, mapping.plot_id)),
                name=_text(_value(properties, mapping.plot_name)),
                commodity=_value(properties, mapping.commodity),
                harvest_date=_value(properties, mapping.harvest_date),
                point_ha=_value(properties, mapping.point_ha),
                attributes=properties,
                source_geometry_type=_type_name(raw),
                source_is_lonlat=lonlat,
                raw_geometry=raw if raw is None or isinstance(raw, dict) else {"invalid": raw},
                read_error=error,
            )
        )
    return plots


__all__ = ["plots_from_geojson", "raw_geometries"]
