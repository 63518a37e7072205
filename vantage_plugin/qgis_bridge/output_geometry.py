"""Plot geometries as the ``QgsGeometry`` of an output layer: multi types of the layer's kind, point
plots drawn as the disc the engines analyse when points and polygons share a polygon layer.

shapely and numpy are imported where used: the panel loads (and says what to install) without them.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from qgis.core import QgsGeometry, QgsWkbTypes

from ..core.plots import POINT_MAX_HA, Plot, geometry_array, parse_point_ha


def qgs_geometry(geometry) -> Optional[QgsGeometry]:
    """A shapely geometry as a ``QgsGeometry`` (``None`` for ``None``/empty/unreadable)."""
    if geometry is None:
        return None
    try:
        if geometry.is_empty:
            return None
        qgeom = QgsGeometry()
        qgeom.fromWkb(geometry.wkb)
    except Exception:  # noqa: BLE001 - a geometry QGIS cannot take is written without one
        return None
    return None if qgeom.isNull() else qgeom


def output_wkb_type(plots: Sequence[Plot]) -> int:
    """MultiPoint when every plot with a geometry is a point, else MultiPolygon."""
    import numpy as np
    import shapely

    geoms = geometry_array(plots)
    geoms[~shapely.is_geometry(geoms)] = None
    types = shapely.get_type_id(geoms)[~shapely.is_empty(geoms)]
    types = types[types >= 0]
    if len(types) and np.isin(types, (0, 4)).all():
        return QgsWkbTypes.MultiPoint
    return QgsWkbTypes.MultiPolygon


def plots_wkb_type(plots: Sequence[Plot], fallback: int = QgsWkbTypes.MultiPolygon) -> int:
    """Multi type of the plots' kind (points or polygons) for a copy of the plots; Unknown (any) when
    they mix kinds, so points stay points beside polygons; ``fallback`` when no plot has a geometry."""
    kinds = {p.geometry.geom_type for p in plots if p.geometry is not None and not p.geometry.is_empty}
    if kinds and kinds <= {"Point", "MultiPoint"}:
        return QgsWkbTypes.MultiPoint
    if kinds and kinds <= {"Polygon", "MultiPolygon"}:
        return QgsWkbTypes.MultiPolygon
    if kinds:
        return QgsWkbTypes.Unknown
    return fallback


def fit_geometry(geometry, wkb_type: int) -> Optional[QgsGeometry]:
    """``geometry`` (shapely) as a multi geometry of ``wkb_type``'s kind, or ``None`` if it is not one.

    ``wkb_type`` Unknown keeps any geometry as it is (a mixed GeoPackage layer)."""
    qgeom = qgs_geometry(geometry)
    if qgeom is None:
        return None
    if QgsWkbTypes.flatType(wkb_type) == QgsWkbTypes.Unknown:
        return qgeom
    if QgsWkbTypes.geometryType(qgeom.wkbType()) != QgsWkbTypes.geometryType(wkb_type):
        return None
    qgeom.convertToMultiType()
    return qgeom


def plot_geometry(plot: Plot, wkb_type: int) -> Optional[QgsGeometry]:
    """The plot's geometry for an output of ``wkb_type``; in a polygon output (a batch mixing points
    and polygons) a point plot is drawn as the disc of its ``point_ha`` (4 ha when unknown), the
    area the engines analyse for it."""
    geometry = plot.geometry
    if (
        geometry is not None
        and not geometry.is_empty
        and geometry.geom_type in ("Point", "MultiPoint")
        and QgsWkbTypes.geometryType(wkb_type) == QgsWkbTypes.PolygonGeometry
    ):
        try:
            from shapely.geometry import MultiPolygon

            from ..core.geodesy import point_disc

            area = parse_point_ha(plot.point_ha)
            area = area if area is not None and area > 0 else POINT_MAX_HA
            points = list(geometry.geoms) if geometry.geom_type == "MultiPoint" else [geometry]
            discs = [point_disc(p.x, p.y, area) for p in points]
            geometry = MultiPolygon([d for disc in discs for d in getattr(disc, "geoms", [disc])])
        except Exception:  # noqa: BLE001 - no disc: the row keeps no geometry
            return None
    return fit_geometry(geometry, wkb_type)


#: shapely type ids of each QGIS geometry type (a shapely LinearRing is written as a LineString).
_SHAPELY_KINDS = {
    QgsWkbTypes.PointGeometry: (0, 4),
    QgsWkbTypes.LineGeometry: (1, 2, 5),
    QgsWkbTypes.PolygonGeometry: (3, 6),
}


def _disc_ha(point_ha: Any) -> float:
    """The area of the disc drawn for a point plot: its ``point_ha``, else :data:`POINT_MAX_HA`."""
    area = parse_point_ha(point_ha)
    return area if area is not None and area > 0 else POINT_MAX_HA


def plot_geometries(plots: Sequence[Plot], wkb_type: int) -> list[Optional[QgsGeometry]]:
    """:func:`plot_geometry` of every plot, made for the whole batch at once: the point discs
    (``geodesy.point_discs``, the construction the engine analyses), the multi types and the WKB
    in a few vectorised calls; only multipoints drawn as discs are made one by one."""
    import shapely

    shapes, at, out, _ = _output_shapes(plots, wkb_type)
    for k, wkb in zip(at, shapely.to_wkb(shapes[at])):
        qgeom = QgsGeometry()
        qgeom.fromWkb(wkb)
        out[k] = None if qgeom.isNull() else qgeom
    return out


def plot_shapes(plots: Sequence[Plot], wkb_type: int) -> tuple[Any, Any]:
    """The geometries :func:`plot_geometries` draws, without making a ``QgsGeometry`` of each (those
    drawn one by one are read back from theirs): (numpy array of shapely geometries, ``None`` where a
    plot has none; boolean array of those that are single parts to be written as a one-part multi
    geometry of the layer's type, as :func:`plot_geometries` makes them)."""
    import numpy as np
    import shapely

    shapes, at, out, single = _output_shapes(plots, wkb_type, wrap=False)
    drawn = shapes[at]
    shapes[:] = None
    shapes[at] = drawn
    wrap = np.zeros(len(shapes), dtype=bool)
    wrap[at] = single[at]
    for k, qgeom in enumerate(out):
        if qgeom is not None:
            shapes[k] = shapely.from_wkb(bytes(qgeom.asWkb()))
    return shapes, wrap


def _output_shapes(plots: Sequence[Plot], wkb_type: int, wrap: bool = True) -> tuple[Any, Any, list, Any]:
    """(shapes, the indexes whose shape is drawn, the ``QgsGeometry`` of the plots drawn one by one,
    which shapes are single parts of a multi layer). Single parts are made one-part multi geometries
    unless ``wrap`` is false."""
    import numpy as np
    import shapely

    from ..core.geodesy import point_discs

    n = len(plots)
    out: list[Optional[QgsGeometry]] = [None] * n
    shapes = geometry_array(plots)
    known = np.array([isinstance(g, shapely.Geometry) for g in shapes], dtype=bool)
    for k in np.flatnonzero(~known & np.array([g is not None for g in shapes], dtype=bool)):
        out[k] = plot_geometry(plots[k], wkb_type)  # not a shapely geometry: the careful one-by-one path
    shapes[~known] = None
    types = shapely.get_type_id(shapes)
    usable = known & ~shapely.is_empty(shapes)
    kind = QgsWkbTypes.geometryType(wkb_type)
    if kind == QgsWkbTypes.PolygonGeometry:
        single = np.flatnonzero(usable & (types == 0))
        if len(single):
            ha = np.array([_disc_ha(plots[k].point_ha) for k in single], dtype=float)
            shapes[single] = point_discs(shapely.get_x(shapes[single]), shapely.get_y(shapes[single]), ha)
            types[single] = 3
        for k in np.flatnonzero(usable & (types == 4)):
            out[k] = plot_geometry(plots[k], wkb_type)
            usable[k] = False
    single = np.zeros(n, dtype=bool)
    if QgsWkbTypes.flatType(wkb_type) != QgsWkbTypes.Unknown:
        usable &= np.isin(types, _SHAPELY_KINDS.get(kind, ()))
        single = usable & np.isin(types, (0, 1, 2, 3))
        for single_type, make in ((0, shapely.multipoints), (1, shapely.multilinestrings),
                                  (2, shapely.multilinestrings), (3, shapely.multipolygons)):
            at = np.flatnonzero(usable & (types == single_type))
            if len(at) and wrap:
                shapes[at] = make(shapes[at][:, None])
    return shapes, np.flatnonzero(usable), out, single
