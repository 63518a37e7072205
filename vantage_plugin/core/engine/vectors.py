"""Read any OGR vector into shapely geometries in WGS84 lon/lat plus attribute dicts.

Works with every OGR path (GeoPackage, Shapefile, FileGDB, GeoJSON, FlatGeobuf, …) including GDAL
virtual paths (``/vsizip/…``, ``/vsicurl/…``). Sources in another CRS are reprojected with osr
(traditional GIS axis order, so lon/lat). A lon/lat ``bbox`` becomes an OGR spatial filter in the
layer's own CRS, so only features near the plots are read (GeoPackage and FlatGeobuf use their
spatial index). Errors name the file and the layer.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from .gdal_util import call_quietly

BBox = tuple[float, float, float, float]

_POLYGON_TYPES = {ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon, ogr.wkbMultiSurface}


class VectorReadError(Exception):
    """A vector source could not be opened or read; the message names the file and layer."""


@dataclass
class VectorData:
    """Features of one layer: geometries (shapely, lon/lat, 2D; ``None`` for a null geometry),
    attributes, feature ids, field names, and where they came from."""

    geometries: np.ndarray
    attributes: list[dict[str, Any]]
    fids: list[int]
    fields: list[str]
    path: str
    layer: str
    source_crs: str = ""
    reprojected: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.attributes)


def list_layers(path: str) -> list[str]:
    """Layer names of a vector dataset (raises VectorReadError when it cannot be opened)."""
    ds = _open_dataset(path)
    return [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]


def _open_dataset(path: str):
    if not path:
        raise VectorReadError("no vector file given")
    ds, error = call_quietly(gdal.OpenEx, os.fspath(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None:
        exists = path.startswith("/vsi") or "://" in path or os.path.exists(path)
        reason = error or ("not a vector format GDAL/OGR can read" if exists else "file not found")
        raise VectorReadError(f"cannot open vector data {path}: {reason}")
    if ds.GetLayerCount() == 0:
        raise VectorReadError(f"{path} has no vector layer")
    return ds


def open_vector(path: str, layer: Optional[str] = None):
    """``(dataset, layer)`` for a path and optional layer name (or index as text).

    Without a layer name: the only layer, else the first polygon layer, else the first layer.
    Keep the dataset referenced as long as the layer is used.
    """
    ds = _open_dataset(path)
    if layer not in (None, ""):
        name = str(layer)
        lyr = ds.GetLayerByName(name)
        if lyr is None and name.isdigit() and int(name) < ds.GetLayerCount():
            lyr = ds.GetLayerByIndex(int(name))
        if lyr is None:
            names = ", ".join(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount()))
            raise VectorReadError(f"layer '{layer}' not found in {path} (layers: {names})")
        return ds, lyr
    if ds.GetLayerCount() == 1:
        return ds, ds.GetLayerByIndex(0)
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayerByIndex(i)
        if ogr.GT_Flatten(lyr.GetGeomType()) in _POLYGON_TYPES:
            return ds, lyr
    return ds, ds.GetLayerByIndex(0)


def field_names(path: str, layer: Optional[str] = None) -> list[str]:
    ds, lyr = open_vector(path, layer)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    del lyr, ds
    return names


def _wgs84() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _is_wgs84_lonlat(srs: Optional[osr.SpatialReference]) -> bool:
    if srs is None:
        return True  # no CRS: assume lon/lat (as QGIS and OGR do for GeoJSON)
    if not srs.IsGeographic():
        return False
    wgs = _wgs84()
    # Same datum/ellipsoid and degrees: coordinates are usable as they are (axis order is traditional
    # once OAMS_TRADITIONAL_GIS_ORDER is set on the layer's CRS copy).
    return bool(srs.IsSameGeogCS(wgs)) and abs(srs.GetAngularUnits() - math.pi / 180) < 1e-12


def _bbox_in_layer_crs(bbox: BBox, to_layer: osr.CoordinateTransformation) -> Optional[BBox]:
    """The lon/lat bbox moved to the layer's CRS (densified edges), or None when it cannot be."""
    minx, miny, maxx, maxy = bbox
    xs = np.linspace(minx, maxx, 21)
    ys = np.linspace(miny, maxy, 21)
    ring = [(x, miny) for x in xs] + [(x, maxy) for x in xs]
    ring += [(minx, y) for y in ys] + [(maxx, y) for y in ys]
    try:
        out = np.array(to_layer.TransformPoints(ring), dtype=float)[:, :2]
    except Exception:  # noqa: BLE001 - outside the projection's domain
        return None
    out = out[np.isfinite(out).all(axis=1)]
    if len(out) == 0:
        return None
    return float(out[:, 0].min()), float(out[:, 1].min()), float(out[:, 0].max()), float(out[:, 1].max())




def read_vector(
    path: str,
    layer: Optional[str] = None,
    bbox: Optional[BBox] = None,
    *,
    fields: Optional[Sequence[str]] = None,
    where: Optional[str] = None,
    drop_null: bool = True,
) -> VectorData:
    """Read a layer: lon/lat shapely geometries (2D) and attribute dicts.

    ``bbox`` (lon/lat ``minx, miny, maxx, maxy``) reads only features whose bounding box touches it.
    ``fields`` limits the attributes read (case-insensitive; unknown names are ignored). ``where`` is
    an OGR SQL attribute filter. Null/empty geometries are dropped unless ``drop_null`` is False.
    """
    path = os.fspath(path)
    ds, lyr = open_vector(path, layer)
    layer_name = lyr.GetName()
    where_text = f"layer '{layer_name}' of {path}"

    srs = lyr.GetSpatialRef()
    if srs is not None:
        srs = srs.Clone()
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    reproject = not _is_wgs84_lonlat(srs)
    to_wgs84 = None
    if reproject:
        to_wgs84 = osr.CoordinateTransformation(srs, _wgs84())
        if to_wgs84 is None:
            raise VectorReadError(f"cannot reproject {where_text} to WGS84 (CRS: {srs.GetName()})")

    if bbox is not None:
        minx, miny, maxx, maxy = (float(v) for v in bbox)
        if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
            raise ValueError(f"bbox must be finite numbers, not {bbox!r}")
        filter_box: Optional[BBox] = (minx, miny, maxx, maxy)
        if reproject:
            filter_box = _bbox_in_layer_crs((minx, miny, maxx, maxy), osr.CoordinateTransformation(_wgs84(), srs))
        if filter_box is not None:
            lyr.SetSpatialFilterRect(*filter_box)
    if where:
        if lyr.SetAttributeFilter(where) != 0:
            raise VectorReadError(f"invalid attribute filter {where!r} on {where_text}")

    defn = lyr.GetLayerDefn()
    all_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if fields is not None:
        wanted = {f.lower() for f in fields if f}
        keep = [(i, n) for i, n in enumerate(all_names) if n.lower() in wanted]
        lyr.SetIgnoredFields([n for n in all_names if n.lower() not in wanted])
    else:
        keep = list(enumerate(all_names))

    date_fields = {
        i: defn.GetFieldDefn(i).GetType()
        for i, _ in keep
        if defn.GetFieldDefn(i).GetType() in (ogr.OFTDate, ogr.OFTDateTime)
    }
    wkbs: list[Optional[bytes]] = []
    attributes: list[dict[str, Any]] = []
    fids: list[int] = []
    lyr.ResetReading()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        for feature in lyr:
            geom = feature.GetGeometryRef()
            if geom is None or geom.IsEmpty():
                if drop_null:
                    continue
                wkbs.append(None)
            else:
                if geom.HasCurveGeometry():
                    geom = geom.GetLinearGeometry()
                wkbs.append(bytes(geom.ExportToIsoWkb()))
            attributes.append({name: _value(feature, i, date_fields.get(i)) for i, name in keep})
            fids.append(feature.GetFID())
        error = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if error and not wkbs and lyr.GetFeatureCount(force=0) != 0:
        raise VectorReadError(f"cannot read {where_text}: {error}")

    geoms = np.empty(len(wkbs), dtype=object)
    present = np.array([w is not None for w in wkbs], dtype=bool)
    if present.any():
        geoms[present] = shapely.from_wkb([w for w in wkbs if w is not None], on_invalid="ignore")
        geoms[present] = shapely.force_2d(geoms[present])
    if reproject and present.any():
        geoms[present] = _transform(geoms[present], to_wgs84, where_text)

    return VectorData(
        geometries=geoms,
        attributes=attributes,
        fids=fids,
        fields=[n for _, n in keep],
        path=path,
        layer=layer_name,
        source_crs=(srs.GetName() if srs is not None else ""),
        reprojected=reproject,
    )


def read_attributes(
    path: str,
    layer: Optional[str],
    fields: Sequence[str],
    match_field: Optional[str] = None,
    match_values: Optional[Sequence[str]] = None,
) -> list[dict[str, Any]]:
    """Attributes only (geometry not read) of ``fields`` for every feature, in layer order.

    With ``match_field`` / ``match_values``: only features whose ``match_field`` equals one of the
    values, ignoring case (an OGR attribute filter narrows the read when the driver supports it).
    """
    path = os.fspath(path)
    ds, lyr = open_vector(path, layer)
    defn = lyr.GetLayerDefn()
    all_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    wanted = {f.lower() for f in list(fields) + [match_field] if f}
    keep = [(i, n) for i, n in enumerate(all_names) if n.lower() in wanted]
    lyr.SetIgnoredFields([n for n in all_names if n.lower() not in wanted] + ["OGR_GEOMETRY", "OGR_STYLE"])
    match_name = next((n for _, n in keep if match_field and n.lower() == match_field.lower()), None)
    values = None
    if match_name is not None and match_values is not None:
        values = {str(v).upper() for v in match_values}
        if not values:
            return []
        quoted = '"' + match_name.replace('"', '""') + '"'
        # LIKE ignores case in OGR SQL and SQLite: a superset of the case-insensitive match
        clause = " OR ".join(f"{quoted} LIKE '{v.replace(chr(39), chr(39) * 2)}'" for v in sorted(values))
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            failed = lyr.SetAttributeFilter(clause) != 0
        except Exception:  # noqa: BLE001 - a driver without that SQL: read everything instead
            failed = True
        finally:
            gdal.PopErrorHandler()
        if failed:
            lyr.SetAttributeFilter(None)
    out: list[dict[str, Any]] = []
    lyr.ResetReading()
    for feature in lyr:
        row = {name: _value(feature, i, None) for i, name in keep}
        if values is not None:
            v = row.get(match_name)
            if v is None or str(v).strip().upper() not in values and str(v).upper() not in values:
                continue
        out.append(row)
    del lyr, ds
    return out


def _value(feature, index: int, date_type: Optional[int]) -> Any:
    """A field value; dates and date-times as ``datetime.date`` / ``datetime.datetime`` (not OGR's text)."""
    if date_type is None or not feature.IsFieldSetAndNotNull(index):
        return feature.GetField(index)
    year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
    try:
        if date_type == ogr.OFTDate:
            return _dt.date(year, month, day)
        return _dt.datetime(year, month, day, hour, minute, int(second), int(round((second % 1) * 1e6)) % 1_000_000)
    except ValueError:
        return feature.GetField(index)


def _transform(geoms: np.ndarray, ct: osr.CoordinateTransformation, where_text: str) -> np.ndarray:
    def move(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        out = np.asarray(ct.TransformPoints(np.ascontiguousarray(coords, dtype=float)), dtype=float)
        return out[:, :2]

    try:
        return shapely.transform(geoms, move)
    except Exception as exc:  # noqa: BLE001
        raise VectorReadError(f"cannot reproject {where_text} to WGS84: {exc}") from None


def geometry_bbox(geometries) -> Optional[BBox]:
    """The lon/lat bounding box of geometries (None when all are missing or empty)."""
    arr = np.asarray(geometries, dtype=object)
    if arr.size == 0:
        return None
    bounds = shapely.bounds(arr)
    ok = np.isfinite(bounds).all(axis=1)
    if not ok.any():
        return None
    b = bounds[ok]
    return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


def pad_bbox(bbox: Optional[BBox], degrees: float = 0.01) -> Optional[BBox]:
    if bbox is None:
        return None
    return (
        max(bbox[0] - degrees, -180.0),
        max(bbox[1] - degrees, -90.0),
        min(bbox[2] + degrees, 180.0),
        min(bbox[3] + degrees, 90.0),
    )


__all__ = [
    "VectorData",
    "VectorReadError",
    "read_vector",
    "read_attributes",
    "open_vector",
    "list_layers",
    "field_names",
    "geometry_bbox",
    "pad_bbox",
]
