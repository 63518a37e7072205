"""From a QGIS vector layer (or a Processing feature source) to core :class:`~vantage_plugin.core.plots.Plot` s.

Any layer QGIS opens works: GeoPackage, Shapefile, GeoJSON, CSV with x/y columns, in any CRS, points
or polygons, single or multi, with or without Z/M. Each feature becomes one plot whose geometry is
reprojected to WGS84 lon/lat (EPSG:4326) with the project's transform context, stripped of Z/M and
converted to shapely through WKB. A feature whose geometry cannot be converted becomes a plot with
``geometry=None`` and a ``read_error``: reading never raises for one bad feature and never drops one.

For GeoJSON files the geometry exactly as written (``raw_geometry``) is attached too, so validation can
report open rings and mis-nested coordinates that OGR silently repairs or refuses (the Cameroon sample
says ``Polygon`` but nests its coordinates like a ``MultiPolygon``: OGR reads those features with a
null geometry, and the raw geometry says why).
"""

from __future__ import annotations

import base64
import math
import re
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QVariant

from ..core.plots import FieldMapping, Plot, harvest_field
from ..core.runs import Cancelled

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: Plots read between two looks at the feedback (cancel, progress), by every reader.
PROGRESS_EVERY = 200

#: Normalised source field names recognised by :func:`guess_mapping`, best first.
GUESSES: dict[str, tuple[str, ...]] = {
    "plot_id": (
        "plot_id", "plotid", "plot_ref", "plot_code", "plot_no", "plot_number", "user_id", "userid", "id",
        "uid", "parcel_id", "parcelle_id", "id_parcela", "farm_id", "code", "geo_id",
    ),
    "plot_name": ("plot_name", "plotname", "name", "nom", "nombre", "nome", "farm_name", "label"),
    "commodity": ("commodity", "commodities", "crop", "product", "produit", "culture", "cultivo", "cultura"),
    "harvest_date": (),  # core.plots.harvest_field: only names that say "harvest"
    "point_ha": ("point_ha", "area_ha", "areaha", "hectares", "hectare", "ha", "size_ha", "surface_ha", "area"),
}


def _normalise_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def guess_mapping(fields: Union[QgsFields, Iterable[str]], points: Optional[bool] = None) -> FieldMapping:
    """Guess which fields hold the plot id, name, commodity, harvest date and point area.

    Matches common names regardless of case, spaces and punctuation (``Plot ID`` → ``plot_id``).
    ``point_ha`` is guessed from area-like names (``area_ha``, ``hectares``…) only for point layers
    (``points`` true) or when the geometry type is not known (``points`` is ``None``): on polygons an
    ``area_ha`` column is just an attribute, but a field named ``point_ha`` is always taken.
    """
    names = list(fields.names()) if isinstance(fields, QgsFields) else [str(n) for n in fields]
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(_normalise_name(name), name)
    chosen: dict[str, Optional[str]] = {}
    used: set[str] = set()
    for key, candidates in GUESSES.items():
        chosen[key] = None
        if key == "point_ha" and points is False:
            candidates = ("point_ha", "pointha")  # only the explicit name: QGIS may call a mixed layer Polygon
        if key == "harvest_date":
            name = harvest_field(names, taken=used)
            chosen[key] = name
            if name is not None:
                used.add(name)
            continue
        for candidate in candidates:
            name = by_norm.get(candidate)
            if name is not None and name not in used:
                chosen[key] = name
                used.add(name)
                break
    return FieldMapping(**chosen, guessed=tuple(key for key, value in chosen.items() if value))


# --- values -----------------------------------------------------------------------------------
#: Attribute value types :func:`json_value` returns unchanged.
_PLAIN = frozenset({int, str, bool, type(None)})


def json_value(value: Any) -> Any:
    """A QGIS attribute value as a JSON-able Python value (NULL → ``None``, dates → ISO text)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
        if isinstance(value, QVariant):  # pragma: no cover - a nested QVariant
            return None
    if isinstance(value, QDateTime):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QByteArray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, bool) or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    return str(value)


def _label_value(value: Any) -> Optional[str]:
    """A mapped id or name as text (``12.0`` from a Shapefile double → ``"12"``)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


# --- geometry ---------------------------------------------------------------------------------
def is_lonlat_wgs84(crs: QgsCoordinateReferenceSystem) -> bool:
    """True when ``crs`` is geographic WGS84 degrees (EPSG:4326, OGC:CRS84 and equivalents)."""
    if not crs.isValid():
        return False
    if crs.authid() in ("EPSG:4326", "OGC:CRS84", "EPSG:4979", "EPSG:4030"):
        return True
    return crs.isGeographic() and crs.toProj().replace("+type=crs", "").split() == WGS84.toProj().split()


def to_shapely(geometry: QgsGeometry, transform: Optional[QgsCoordinateTransform]):
    """``geometry`` in WGS84, 2D, as shapely. Raises ``ValueError`` with the reason when it cannot."""
    import shapely.wkb

    wkb = _unchanged_wkb(geometry) if transform is None else None
    if wkb is not None:
        return shapely.wkb.loads(wkb)
    geom = QgsGeometry(geometry)  # never touch the feature's own geometry
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom.convertToStraightSegment()
    abstract = geom.get()
    if abstract is None:
        raise ValueError("empty geometry object")
    abstract.dropZValue()
    abstract.dropMValue()
    if transform is not None:
        source_box = geom.boundingBox()
        result = geom.transform(transform)
        if result != 0:
            raise ValueError(f"could not reproject to WGS84 (error {result})")
        _check_round_trip(geom, source_box, transform)
    wkb = bytes(geom.asWkb())
    if not wkb:
        raise ValueError("QGIS gave no WKB for this geometry")
    return shapely.wkb.loads(wkb)


def _unchanged_wkb(geometry: QgsGeometry) -> Optional[bytes]:
    """The WKB of a geometry that needs no change (no curve, no Z/M; the caller knows it is WGS84),
    read without copying it; ``None`` when it needs one (or has none)."""
    wkb_type = geometry.wkbType()
    if (QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type)
            or geometry.constGet() is None):
        return None
    return bytes(geometry.asWkb()) or None


def _check_round_trip(lonlat: QgsGeometry, source_box, transform: QgsCoordinateTransform) -> None:
    """Raise when coordinates lie outside what the source CRS can express.

    PROJ clamps such coordinates (e.g. 1e30 m in EPSG:3857 comes out as -180, 90) instead of failing,
    which would put the plot somewhere it is not. Valid coordinates survive the way back to within a
    millimetre; clamped ones do not."""
    back = QgsGeometry(lonlat)
    try:
        back.transform(transform, QgsCoordinateTransform.ReverseTransform)
    except Exception:  # noqa: BLE001 - PROJ refused the way back: the way there was not trustworthy
        back = None
    box = back.boundingBox() if back is not None else None
    corners = (source_box.xMinimum(), source_box.yMinimum(), source_box.xMaximum(), source_box.yMaximum())
    if box is not None:
        returned = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        if all(
            math.isfinite(b) and abs(a - b) <= max(1e-3, 1e-9 * abs(a)) for a, b in zip(corners, returned)
        ):
            return
    crs = transform.sourceCrs().authid() or transform.sourceCrs().description()
    raise ValueError(
        f"its coordinates ({corners[0]:g}, {corners[1]:g} … {corners[2]:g}, {corners[3]:g}) are outside "
        f"what {crs} can express: is the layer's CRS right?"
    )


def _clean_path(source: str) -> str:
    return source.split("|", 1)[0]


def is_geojson_source(provider: str, source: str) -> bool:
    return provider == "ogr" and _clean_path(source).lower().endswith((".geojson", ".json"))


def _raw_geometries(path: str) -> Optional[list]:
    """The geometries as written in a GeoJSON file (``core.sources``), or ``None`` if unavailable."""
    # shapely (through core.sources): imported when plots are read, not when the panel loads
    from ..core.sources import raw_geometries

    try:
        return list(raw_geometries(path))
    except Exception:  # noqa: BLE001 - a file OGR reads but the raw reader cannot: no raw geometries, no crash
        return None


def _geometry_type_name(geometry: QgsGeometry) -> str:
    if geometry is None or geometry.isNull():
        return ""
    return QgsWkbTypes.displayString(geometry.wkbType())


# --- reading ----------------------------------------------------------------------------------
def plots_from_features(
    features: Iterable,
    fields: QgsFields,
    crs: QgsCoordinateReferenceSystem,
    mapping: FieldMapping,
    *,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    raw: Optional[Sequence[Optional[dict]]] = None,
    raw_position: Optional[dict[int, int]] = None,
    total: Optional[int] = None,
    feedback=None,
    start: int = 0,
) -> list[Plot]:
    """Plots from an iterable of ``QgsFeature`` (the common core of the layer and source readers).

    ``raw`` are the GeoJSON geometries in file order and ``raw_position`` maps a feature id to its
    position in the file (by default the feature id is the position). The plots are numbered from
    ``start`` (a chunk of a longer layer); progress counts from ``start`` of ``total`` too.

    Per feature only what QGIS must give is asked of it (attributes, id, geometry type, WKB); the WKB
    of geometries that need no change is decoded by shapely a batch at a time (:class:`_PendingWkb`).
    """
    if transform_context is None:
        transform_context = QgsProject.instance().transformContext()
    transform = None
    if crs.isValid() and crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, transform_context)
    lonlat = is_lonlat_wgs84(crs) if crs.isValid() else True
    names = list(fields.names())
    n_names = len(names)
    padding = [None] * n_names
    keys = mapping.entry_fields()
    plots: list[Plot] = []
    append = plots.append
    pending = _PendingWkb(plots)
    #: wkbType code → (display name, WKB usable as it is: no transform, no curve, no Z/M)
    kinds: dict[int, tuple[str, bool]] = {}
    plain = _PLAIN.issuperset
    index = start
    for feature in features:
        local = index - start
        if feedback is not None and local % PROGRESS_EVERY == 0:
            reading_progress(feedback, index, total)
        attrs = feature.attributes()
        if len(attrs) < n_names:
            attrs = (list(attrs) + padding)[:n_names]
        if not plain(map(type, attrs)):
            attrs = [_attribute_value(value) for value in attrs]
        attributes = dict(zip(names, attrs))
        fid = int(feature.id())
        raw_geometry = None
        if raw is not None:
            position = raw_position.get(fid, fid) if raw_position is not None else fid
            if 0 <= position < len(raw):
                raw_geometry = raw[position]
        geometry = None
        read_error = None
        wkb = None
        type_name = ""
        if feature.hasGeometry():
            qgeom = feature.geometry()
            code = int(qgeom.wkbType())
            kind = kinds.get(code)
            if kind is None:
                kind = kinds[code] = (_geometry_type_name(qgeom), transform is None and _plain_wkb_type(code))
            type_name = kind[0]
            if kind[1]:
                wkb = bytes(qgeom.asWkb()) or None
            if wkb is None:
                try:
                    geometry = to_shapely(qgeom, transform)
                except Exception as error:  # noqa: BLE001 - one bad feature never stops the batch
                    read_error = f"The geometry could not be read: {error}"
        elif raw_geometry is not None:
            gtype = raw_geometry.get("type") if isinstance(raw_geometry, dict) else None
            read_error = (
                f"QGIS/OGR could not read the {gtype or 'GeoJSON'} geometry of this feature "
                "(its coordinates do not match its declared type)"
            )
        plot_id, plot_name, commodity, harvest, point_ha = (
            attributes.get(key) if key else None for key in keys)
        append(Plot(index=index, geometry=geometry, source_fid=fid, user_id=_label_value(plot_id),
                    name=_label_value(plot_name), commodity=commodity, harvest_date=harvest, point_ha=point_ha,
                    attributes=attributes, source_geometry_type=type_name, source_is_lonlat=lonlat,
                    raw_geometry=raw_geometry, read_error=read_error))
        if wkb is not None:
            pending.add(local, wkb)
        index += 1
    pending.flush()
    reading_finished(feedback, start + len(plots), total)
    return plots


def reading_progress(feedback: Any, index: int, total: Optional[int]) -> None:
    """Every :data:`PROGRESS_EVERY` plots of a reader: stop when cancelled, else say how far (plot
    ``index`` of ``total``, when known)."""
    if feedback.is_cancelled():
        raise Cancelled()
    if total:
        feedback.set_progress(100.0 * index / total)


def reading_finished(feedback: Any, read: int, total: Optional[int]) -> None:
    """A reader's chunk is read (``read`` plots so far): 100 % when that is all of them or the total is
    unknown."""
    if feedback is not None and (not total or read >= total):
        feedback.set_progress(100.0)


def mapped_attributes_request(fields: QgsFields, mapping: FieldMapping) -> QgsFeatureRequest:
    """A request for the mapped fields' attributes only (what the rules comparing plots read)."""
    mapped = set(mapping.entry_fields()) - {None}
    return QgsFeatureRequest().setSubsetOfAttributes([k for k, name in enumerate(fields.names()) if name in mapped])


def _attribute_value(value: Any) -> Any:
    """:func:`json_value` with its commonest cases first (plain values, floats)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is float:
        return None if value != value else value  # NaN → None, as json_value
    return json_value(value)


def _plain_wkb_type(code: int) -> bool:
    """True when a geometry of WKB type ``code`` needs no change before shapely (no curve, no Z/M)."""
    return not (QgsWkbTypes.isCurvedType(code) or QgsWkbTypes.hasZ(code) or QgsWkbTypes.hasM(code))


def plot_chunks(features: Iterable, size: int, fields: QgsFields, crs: QgsCoordinateReferenceSystem,
                mapping: FieldMapping, **options: Any) -> Iterator[list[Plot]]:
    """:func:`plots_from_features` of ``features`` ``size`` at a time (numbered on across chunks), so a
    layer of any length is read in bounded memory; ``options`` as :func:`plots_from_features` takes them.

    ``features`` with a ``plot_chunks`` method (``gpkg_reading.FastFeatures``: a plain GeoPackage read
    straight from the file) make the same chunks themselves."""
    own = getattr(features, "plot_chunks", None)
    if own is not None:
        yield from own(size, fields, crs, mapping, **options)
        return
    iterator = iter(features)
    start = 0
    while True:
        chunk = plots_from_features(islice(iterator, max(1, int(size))), fields, crs, mapping, start=start, **options)
        if not chunk:
            return
        yield chunk
        start += len(chunk)


class _PendingWkb:
    """WKB of plots' geometries decoded by shapely in batches (one call per batch, not per plot)."""

    BATCH = 4096

    def __init__(self, plots: list[Plot]) -> None:
        self.plots = plots
        self.at: list[int] = []
        self.wkb: list[bytes] = []

    def add(self, index: int, wkb: bytes) -> None:
        self.at.append(index)
        self.wkb.append(wkb)
        if len(self.wkb) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.wkb:
            return
        import shapely

        try:
            decoded = shapely.from_wkb(self.wkb, on_invalid="ignore")
        except Exception:  # noqa: BLE001 - the batch refused: one by one, each with its reason
            decoded = [None] * len(self.wkb)
        for index, wkb, geometry in zip(self.at, self.wkb, decoded):
            plot = self.plots[index]
            if geometry is None:
                try:
                    geometry = shapely.from_wkb(wkb)
                except Exception as error:  # noqa: BLE001 - one bad feature never stops the batch
                    plot.read_error = f"The geometry could not be read: {error}"
                    continue
            plot.geometry = geometry
        self.at, self.wkb = [], []


def _raw_for_layer(layer: Optional[QgsVectorLayer]):
    """(raw geometries, fid → file position) for a GeoJSON layer, else ``(None, None)``."""
    if layer is None or not is_geojson_source(layer.providerType(), layer.source()):
        return None, None
    raw = _raw_geometries(_clean_path(layer.source()))
    if raw is None:
        return None, None
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setNoAttributes()
    provider = layer.dataProvider()
    positions = {int(f.id()): i for i, f in enumerate(provider.getFeatures(request))}
    return raw, positions


def plots_from_layer(
    layer: QgsVectorLayer,
    mapping: FieldMapping,
    selected_only: bool = False,
    feedback=None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> list[Plot]:
    """The plots of ``layer`` (its selected features when ``selected_only``), in layer order.

    ``feedback`` is a core :class:`~vantage_plugin.core.runs.Feedback` (progress, cancellation).
    """
    if transform_context is None:
        transform_context = QgsProject.instance().transformContext()
    raw, positions = _raw_for_layer(layer)
    if selected_only:
        ids = sorted(layer.selectedFeatureIds())
        request = QgsFeatureRequest().setFilterFids(ids)
        total = len(ids)
        features = sorted(layer.getFeatures(request),
                          key=lambda f: positions.get(f.id(), f.id()) if positions else f.id())
    else:
        features = layer.getFeatures()
        total = layer.featureCount()
    return plots_from_features(
        features,
        layer.fields(),
        layer.crs(),
        mapping,
        transform_context=transform_context,
        raw=raw,
        raw_position=positions,
        total=total,
        feedback=feedback,
    )


def plots_from_source(
    source: QgsFeatureSource,
    mapping: FieldMapping,
    *,
    layer: Optional[QgsVectorLayer] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    feedback=None,
) -> list[Plot]:
    """The plots of a Processing feature source (which already honours "selected features only").

    ``layer`` is the layer behind the source, when known: for a GeoJSON file it supplies the raw
    geometries. ``crs`` comes from ``source.sourceCrs()``.
    """
    raw, positions = _raw_for_layer(layer)
    total = source.featureCount()
    return plots_from_features(
        source.getFeatures(),
        source.fields(),
        source.sourceCrs(),
        mapping,
        transform_context=transform_context,
        raw=raw,
        raw_position=positions,
        total=total if total and total > 0 else None,
        feedback=feedback,
    )
