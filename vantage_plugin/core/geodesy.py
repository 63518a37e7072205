"""Areas on the WGS84 ellipsoid, without QGIS or PROJ.

Geometries are moved to the cylindrical equal-area projection of the WGS84 ellipsoid (Lambert,
standard parallel 0), where planar area equals ellipsoidal area; a lon/lat grid cell stays a
rectangle there, so pixel areas have a closed form.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

A = 6378137.0  # WGS84 semi-major axis (m)
F = 1 / 298.257223563  # WGS84 flattening
B = A * (1 - F)
E2 = F * (2 - F)
E = math.sqrt(E2)
M2_PER_HA = 10_000.0


def _q(sin_phi: np.ndarray) -> np.ndarray:
    """Snyder's authalic function q(φ) (Map Projections: A Working Manual, eq. 3-12)."""
    es = E * sin_phi
    return (1 - E2) * (sin_phi / (1 - es * es) - (1 / (2 * E)) * np.log((1 - es) / (1 + es)))


#: Values moved at a time by :func:`to_equal_area` on long arrays: its dozen temporaries stay small (in
#: the CPU cache, and no fresh memory to touch for each), the values are the same.
BLOCK = 32768


def to_equal_area(lon: Any, lat: Any) -> tuple[Any, Any]:
    """Lon/lat degrees → cylindrical equal-area metres (x = a·λ, y = a·q(φ)/2)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    if lon.ndim == 1 and lat.shape == lon.shape and len(lon) > BLOCK:
        x, y = np.empty(len(lon)), np.empty(len(lon))
        _move_into(lon, lat, x, y)
        return x, y
    return _moved(lon, lat)


def _moved(lon: np.ndarray, lat: np.ndarray) -> tuple[Any, Any]:
    lam = np.radians(lon)
    phi = np.radians(lat)
    return A * lam, A * _q(np.sin(phi)) / 2


def _move_into(lon: np.ndarray, lat: np.ndarray, x: np.ndarray, y: np.ndarray) -> None:
    """:func:`to_equal_area` of 1-D ``lon``, ``lat`` written into ``x``, ``y``, :data:`BLOCK` values at a time."""
    for start in range(0, len(lon), BLOCK):
        part = slice(start, start + BLOCK)
        x[part], y[part] = _moved(lon[part], lat[part])


def equal_area_geometry(geometry):
    """A shapely geometry (or array of them) in lon/lat moved to equal-area metres."""

    def move(coords: np.ndarray) -> np.ndarray:
        out = np.empty((len(coords), 2))
        _move_into(coords[:, 0], coords[:, 1], out[:, 0], out[:, 1])
        return out

    return shapely.transform(geometry, move)


def geodesic_area_ha(geometry) -> np.ndarray | float:
    """Ellipsoidal area in hectares of lon/lat geometries (scalar or array).

    An array of polygons without holes (plots, discs) is measured from its coordinates
    (:func:`_ring_areas_m2`), without building the moved geometries; anything else through GEOS."""
    if (isinstance(geometry, np.ndarray) and geometry.ndim == 1 and len(geometry) and simple_polygons(geometry)
            and shapely.get_num_coordinates(geometry).max() <= LONGEST_RING):
        return _ring_areas_m2(geometry) / M2_PER_HA
    return shapely.area(equal_area_geometry(geometry)) / M2_PER_HA


#: Vertices of the longest ring :func:`_ring_areas_m2` measures (it loops over the vertex positions).
LONGEST_RING = 1024


def simple_polygons(geometries: np.ndarray) -> bool:
    """Every geometry is a non-empty Polygon without holes (its coordinates are its one ring)."""
    return bool((shapely.get_type_id(geometries) == shapely.GeometryType.POLYGON).all()
                and not shapely.get_num_interior_rings(geometries).any()
                and not shapely.is_empty(geometries).any())


def _ring_areas_m2(polygons: np.ndarray) -> np.ndarray:
    """Equal-area areas (m²) of lon/lat polygons without holes, bit for bit GEOS's ``area`` of the moved
    polygons: the shoelace relative to the first vertex, ``Σ (x_i − x_0)(y_{i−1} − y_{i+1})`` for
    i = 1 … n−2 added one term at a time (as GEOS's loop does; ``np.sum`` adds pairwise: other
    roundings), halved, absolute."""
    xy, ring = shapely.get_coordinates(polygons, return_index=True)
    x, y = np.empty(len(xy)), np.empty(len(xy))
    _move_into(xy[:, 0], xy[:, 1], x, y)  # as equal_area_geometry moves them
    size = np.bincount(ring, minlength=len(polygons))
    head = np.cumsum(size) - size
    term = np.zeros(len(x))  # ring r's terms at vertices head[r] + 1 … head[r] + size[r] − 2
    if len(x) > 2:
        term[1:-1] = (x[1:-1] - np.take(x, np.take(head, ring[1:-1]))) * (y[:-2] - y[2:])
    count = np.maximum(size - 2, 0)
    order = np.argsort(-count, kind="stable")  # longest first: the rings still adding are a prefix
    starts = np.take(head, order) + 1
    total = np.zeros(len(polygons))
    longest = int(count[order[0]])
    going = np.searchsorted(-np.take(count, order), -np.arange(longest), side="left")  # rings with > k terms
    for k, m in enumerate(going.tolist()):
        total[:m] += np.take(term, starts[:m] + k)
    out = np.empty(len(polygons))
    out[order] = np.abs(total / 2.0)
    return out


def cell_area_m2(lat_top: np.ndarray, lat_bottom: np.ndarray, width_deg: float) -> np.ndarray:
    """Exact ellipsoidal area (m²) of lon/lat cells between two latitudes, ``width_deg`` wide."""
    _, y_top = to_equal_area(0.0, lat_top)
    _, y_bottom = to_equal_area(0.0, lat_bottom)
    return np.abs(y_top - y_bottom) * A * math.radians(abs(width_deg))


def radii_of_curvature(lat: float) -> tuple[float, float]:
    """Meridional (M) and prime-vertical (N) radii of curvature at a latitude, in metres."""
    s2 = math.sin(math.radians(lat)) ** 2
    w = math.sqrt(1 - E2 * s2)
    return A * (1 - E2) / w**3, A / w


DISC_VERTICES = 64


def point_disc(lon: float, lat: float, area_ha: float, vertices: int = DISC_VERTICES) -> BaseGeometry:
    """A regular polygon centred on a point whose ellipsoidal area is ``area_ha``.

    A plot given as a point is analysed as a disc of its declared ``point_ha``. The polygon is built
    in the local tangent plane (radii of curvature at the point) and its radius chosen so that the
    polygon itself, not the circle, has the requested area.
    """
    area_m2 = area_ha * M2_PER_HA
    radius = math.sqrt(2 * area_m2 / (vertices * math.sin(2 * math.pi / vertices)))
    m, n = radii_of_curvature(lat)
    angles = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    dlat = np.degrees(radius * np.sin(angles) / m)
    dlon = np.degrees(radius * np.cos(angles) / (n * math.cos(math.radians(lat))))
    ring = np.column_stack([lon + dlon, lat + dlat])
    disc = shapely.Polygon(ring)
    # One correction step removes the small tangent-plane distortion.
    actual = float(geodesic_area_ha(disc))
    if actual > 0:
        scale = math.sqrt(area_ha / actual)
        disc = shapely.Polygon(np.column_stack([lon + dlon * scale, lat + dlat * scale]))
    return disc


def point_discs(lon: np.ndarray, lat: np.ndarray, area_ha: np.ndarray,
                vertices: int = DISC_VERTICES) -> np.ndarray:
    """Vectorised :func:`point_disc` (same construction and area correction) for many points."""
    lon = np.asarray(lon, float)
    lat = np.asarray(lat, float)
    area_ha = np.asarray(area_ha, float)
    area_m2 = area_ha * M2_PER_HA
    radius = np.sqrt(2 * area_m2 / (vertices * math.sin(2 * math.pi / vertices)))
    s2 = np.sin(np.radians(lat)) ** 2
    w = np.sqrt(1 - E2 * s2)
    m = A * (1 - E2) / w**3
    nn = A / w
    angles = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    dlat = np.degrees(radius[:, None] * np.sin(angles)[None, :] / m[:, None])
    dlon = np.degrees(radius[:, None] * np.cos(angles)[None, :] / (nn * np.cos(np.radians(lat)))[:, None])

    def areas(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
        x, y = to_equal_area(lon[:, None] + dx, lat[:, None] + dy)
        return 0.5 * np.abs(np.sum(x * np.roll(y, -1, axis=1) - np.roll(x, -1, axis=1) * y, axis=1))

    actual = areas(dlon, dlat) / M2_PER_HA
    scale = np.where(actual > 0, np.sqrt(np.divide(area_ha, actual, out=np.ones_like(actual), where=actual > 0)),
                     1.0)
    ring = np.stack([lon[:, None] + dlon * scale[:, None], lat[:, None] + dlat * scale[:, None]], axis=2)
    ring = np.concatenate([ring, ring[:, :1, :]], axis=1)
    return shapely.polygons(shapely.linearrings(ring))
