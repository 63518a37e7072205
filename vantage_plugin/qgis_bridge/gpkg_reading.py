"""Plots of a plain GeoPackage layer read straight from the file, without QGIS's feature iteration.

QGIS's iteration costs ~40 µs a feature (~40 s for 1,000,000 plots). When a layer is a plain
GeoPackage table QGIS reads as it is (:func:`fast_table`: the ``ogr`` provider, a ``.gpkg`` file, a
named real table, no subset, filter, selection, edits, joins or virtual fields, WGS84 or no CRS,
integer, real, text, date or boolean fields: ``core.gpkg_rows.column_kind``), its rows are read with ``sqlite3``
(``core.gpkg_rows``) and made into exactly the plots ``layers.plots_from_features`` makes of QGIS's
features: same order (feature id, i.e. rowid, as OGR), numbering, attributes (names, order, Python
values), geometry type names, errors, progress and cancellation. A row whose geometry or values this
reader does not promise to read as QGIS does (Z/M, curves, empty or extended blobs, a text in an
integer column, a date OGR would rewrite…) is read by QGIS itself (by feature id) and put in its place.
"""

from __future__ import annotations

import os
import sqlite3
from itertools import repeat
from operator import itemgetter
from typing import Any, Iterator, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import gpkg_rows
from ..core.gpkg_rows import GpkgTable, quoted
from ..core.plots import FieldMapping, Plot
from .layers import (
    PROGRESS_EVERY,
    WGS84,
    _label_value,
    is_lonlat_wgs84,
    plots_from_features,
    reading_finished,
    reading_progress,
)

#: QGIS field types read as they are, by the names ``core.gpkg_rows.column_kind`` takes.
_QGIS_TYPES = {QVariant.Int: "int", QVariant.LongLong: "int64", QVariant.Double: "real", QVariant.String: "text",
               QVariant.Date: "date", QVariant.Bool: "bool"}

#: The parts of an ``ogr`` source URI this reader understands (any other, e.g. a subset, means QGIS).
_URI_PARTS = frozenset({"path", "layerName", "layerId"})


def _given(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, QVariant):
        return not value.isNull()
    return value != ""


class FastLayer:
    """A GeoPackage table read without QGIS (``table``) and the value kind of each of its attribute
    columns (``kinds``, ``core.gpkg_rows.KIND_TYPES``)."""

    def __init__(self, table: GpkgTable, kinds: tuple[str, ...]) -> None:
        self.table = table
        self.kinds = kinds


def fast_table(layer: Any, fields: QgsFields, crs: QgsCoordinateReferenceSystem) -> Optional[FastLayer]:
    """The GeoPackage table behind ``layer`` when its plots can be read straight from the file with the
    very result QGIS's iteration gives (see the module's docstring), else ``None``. ``fields`` and
    ``crs`` are what the reader will be given (the layer's, or its Processing source's). Main thread."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.providerType() != "ogr":
        return None
    if layer.isEditable() or layer.isModified() or layer.subsetString():
        return None
    if crs.isValid() and crs != WGS84:
        return None
    if any(not part.lower().startswith("layername=") for part in layer.source().split("|")[1:]):
        return None  # a subset, a geometry type filter, open options…: what QGIS reads is QGIS's to say
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if any(_given(value) for key, value in parts.items() if key not in _URI_PARTS) or _given(parts.get("layerId")):
        return None
    path = parts.get("path") or ""
    if not str(path).lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    name = str(parts["layerName"]) if _given(parts.get("layerName")) else None
    try:
        connection = gpkg_rows.connect(path)
        try:
            table = gpkg_rows.table_of(connection, path, name)
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if table is None or list(fields.names()) != [table.fid_column, *table.columns]:
        return None
    if fields.at(0).type() != QVariant.LongLong:
        return None
    kinds = []
    for k, declared in enumerate(table.types, start=1):
        field = fields.at(k)
        kind = gpkg_rows.column_kind(declared, _QGIS_TYPES.get(field.type(), ""))
        if kind is None or (field.type() == QVariant.String and field.subType() != QVariant.Invalid):
            return None
        kinds.append(kind)
    return FastLayer(table, tuple(kinds))


def unfiltered_input(value: Any) -> bool:
    """True when a Processing input parameter value reads every feature of its layer as the layer does:
    not a source definition asking for selected features only, a feature limit or an invalid-geometry
    check (which would drop features or stop at one)."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return True
    if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
        return False
    override = bool(value.flags & QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck)
    return not override or value.geometryCheck == QgsFeatureRequest.GeometryNoCheck


class FastFeatures:
    """The features of a :class:`FastLayer` for ``layers.plot_chunks``: read without QGIS
    (:meth:`plot_chunks`); iterating it gives QGIS's features (``features``: the QGIS source)."""

    def __init__(self, fast: FastLayer, features: Any, wkb_type: int, spatial: bool = False) -> None:
        self.fast = fast
        self.features = features
        self.multi = QgsWkbTypes.isMultiType(wkb_type)
        self.spatial = spatial
        """Read a layer of more than one chunk in chunks compact in space (:func:`spatial_chunks`)."""

    def __iter__(self):
        return iter(self.features.getFeatures())

    def plot_chunks(self, size: int, fields: QgsFields, crs: QgsCoordinateReferenceSystem, mapping: FieldMapping,
                    *, total: Optional[int] = None, feedback: Any = None, **options: Any) -> Iterator[list[Plot]]:
        """``layers.plot_chunks`` of this layer (``options``: the QGIS reader's, for rows QGIS reads)."""
        reader = _Reader(self, fields, crs, mapping, options)
        connection = gpkg_rows.connect(self.fast.table.path)
        try:
            start = 0
            in_space = spatial_chunks(connection, self.fast.table, size) if self.spatial else None
            if in_space is not None:
                fids, chunks = in_space
                for positions in chunks:
                    plots = reader.plots(_rows_of(connection, self.fast.table, fids[positions].tolist()), start,
                                         total, feedback, indexes=positions.tolist())
                    yield plots
                    start += len(plots)
            else:
                for rows in gpkg_rows.row_chunks(connection, self.fast.table, size):
                    plots = reader.plots(rows, start, total, feedback)
                    yield plots
                    start += len(plots)
        finally:
            connection.close()
        if feedback is not None:  # the QGIS reader's last (empty) chunk
            feedback.set_progress(100.0)

    def geometries_again(self, fids: Sequence[int], fields: QgsFields, crs: QgsCoordinateReferenceSystem,
                         mapping: FieldMapping, **options: Any) -> dict[int, Any]:
        """The geometries of features ``fids`` by feature id, as :meth:`plot_chunks` reads them (``None``
        for a null geometry or one QGIS cannot read; a feature no longer there is left out): the blob
        alone is read; those this reader does not decode as QGIS does are read by QGIS."""
        import shapely  # the plugin loads without shapely; reading plots needs it

        connection = gpkg_rows.connect(self.fast.table.path)
        try:
            rows = gpkg_rows.rows_by_fid(connection, self.fast.table, fids, [])
        finally:
            connection.close()
        geometries: dict[int, Any] = {}
        by_qgis: list[int] = []
        decode: list[int] = []
        wkbs: list[bytes] = []
        for row, parts in zip(rows, gpkg_rows.split_blobs([row[1] for row in rows], self.multi)):
            if parts:
                decode.append(row[0])
                wkbs.append(parts[0])
            elif parts is False:
                by_qgis.append(row[0])
            else:
                geometries[row[0]] = None
        for fid, geometry in zip(decode, _decoded(shapely, wkbs)):
            if geometry is None:
                by_qgis.append(fid)
            else:
                geometries[fid] = geometry
        if by_qgis:
            request = QgsFeatureRequest().setNoAttributes().setFilterFids(by_qgis)
            read = plots_from_features(self.features.getFeatures(request), fields, crs, mapping,
                                       **{k: v for k, v in options.items() if k == "transform_context"})
            geometries.update((plot.source_fid, plot.geometry) for plot in read)
        return geometries


def spatial_chunks(connection: sqlite3.Connection, table: GpkgTable,
                   size: int) -> Optional[tuple[np.ndarray, list[np.ndarray]]]:
    """(the table's feature ids in file order, chunks of positions in that order: ``core.chunks.spatial_chunks``
    of the centres of the boxes in the layer's spatial index) when the table has more than ``size`` rows
    and a spatial index, else ``None`` (read in file order). The ids are a range when they have no gaps
    (``gpkg_rows.feature_ids``) and the boxes come from the index's node blobs decoded at once
    (``gpkg_rows.rtree_entries``; its rows by SQL when those cannot be read): round eight read every id
    and every row of the index as Python rows (~6 s of CPU at 1,000,000 plots; ~2 s now)."""
    from ..core import chunks  # needs shapely: the plugin loads without it

    fids = gpkg_rows.feature_ids(connection, table)
    if len(fids) <= max(1, int(size)):
        return None
    rtree = f"rtree_{table.table}_{table.geometry_column}"
    entries = gpkg_rows.rtree_entries(connection, rtree)
    if entries is not None:
        ids, boxes = entries
    else:
        try:
            rows = np.array(connection.execute(f"SELECT id, minx, maxx, miny, maxy FROM {quoted(rtree)}").fetchall(),
                            dtype=np.float64).reshape(-1, 5)
        except sqlite3.Error:  # no spatial index
            return None
        ids, boxes = rows[:, 0].astype(np.int64), rows[:, 1:]
    by_id = np.argsort(ids, kind="stable")  # sorted ids find their rows faster, and come out in file order
    ids, boxes = ids[by_id], boxes[by_id]
    if len(fids) and int(fids[-1]) - int(fids[0]) + 1 == len(fids):  # no gaps: an id's position is its distance
        at = np.clip(ids - fids[0], 0, len(fids) - 1)  # from the first
    else:
        at = np.clip(np.searchsorted(fids, ids), 0, len(fids) - 1)
    known = (fids[at] == ids) & np.isfinite(boxes).all(axis=1)
    at, boxes = at[known], boxes[known]
    first = np.r_[True, at[1:] != at[:-1]] if len(at) else np.zeros(0, dtype=bool)  # an id indexed twice counts once
    positions = at[first]
    centres = np.column_stack([(boxes[first, 0] + boxes[first, 1]) / 2.0, (boxes[first, 2] + boxes[first, 3]) / 2.0])
    return fids, chunks.spatial_chunks(len(fids), positions, centres, size)


def _rows_of(connection: sqlite3.Connection, table: GpkgTable, fids: list[int]) -> list:
    """The rows of ``fids`` (increasing) as ``gpkg_rows.row_chunks`` gives them, in that order."""
    rows = gpkg_rows.rows_by_fid(connection, table, fids, table.columns)
    rows.sort(key=itemgetter(0))
    if len(rows) != len(fids):
        raise RuntimeError(f"features of {table.path} changed while it was read")
    return rows


def _decoded(shapely: Any, wkbs: list[bytes]) -> list:
    """The geometries of ``wkbs``, decoded by shapely in one call (one by one when the batch is
    refused); ``None`` for a blob GEOS refuses or an empty geometry: QGIS must say what those are."""
    if not wkbs:
        return []
    try:
        decoded = shapely.from_wkb(wkbs, on_invalid="ignore")
    except Exception:  # noqa: BLE001 - the batch refused: one by one, QGIS reads the refused ones
        decoded = [_one(shapely, wkb) for wkb in wkbs]
    return [None if geometry is None or is_empty else geometry
            for geometry, is_empty in zip(decoded, shapely.is_empty(decoded).tolist())]


def _one(shapely: Any, wkb: bytes) -> Any:
    try:
        return shapely.from_wkb(wkb, on_invalid="ignore")
    except Exception:  # noqa: BLE001 - read by QGIS instead
        return None


def _labels(values: list) -> list:
    """``layers._label_value`` of each of ``values`` (a column): integers and texts without a call each."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if kinds <= {int}:  # the text of an integer is never blank nor padded
        return [None if value is None else str(value) for value in values]
    if kinds == {str}:
        return [None if value is None else value.strip() or None for value in values]
    return list(map(_label_value, values))


class _Reader:
    """Plots from rows ``(fid, blob, *attributes)`` (every field, the feature id first, in field order)."""

    def __init__(self, layer: FastFeatures, fields: QgsFields, crs: QgsCoordinateReferenceSystem,
                 mapping: FieldMapping, options: dict, request: Optional[QgsFeatureRequest] = None) -> None:
        self.layer = layer
        self.fields = fields
        self.crs = crs
        self.mapping = mapping
        self.options = {k: v for k, v in options.items() if k == "transform_context"}
        self.request = request
        self.names = list(fields.names())
        self.kinds = ("int64", *layer.fast.kinds)
        self.bools = [2 + k for k, kind in enumerate(self.kinds) if kind == "bool"]  # positions in a row
        self.keys = tuple(self.names.index(key) if key in self.names else None for key in mapping.entry_fields())
        self.lonlat = is_lonlat_wgs84(crs) if crs.isValid() else True
        self.type_names: dict[int, str] = {}

    def plots(self, rows: list, start: int, total: Optional[int], feedback: Any,
              indexes: Optional[list[int]] = None) -> list[Plot]:
        """The plots of ``rows``, the ``start``-th plot read first (for the progress), numbered on from
        ``start`` or by ``indexes`` (their positions in the layer, when read out of file order)."""
        import shapely  # the plugin loads without shapely; reading plots needs it

        names, keys, lonlat = self.names, self.keys, self.lonlat
        type_names = self.type_names
        unusual = gpkg_rows.unusual_rows(rows, self.kinds[1:], first=3) if rows else set()
        split = gpkg_rows.split_blobs([row[1] for row in rows], self.layer.multi)
        rows = gpkg_rows.with_bools(rows, self.bools)
        n = len(rows)
        at: list[int] = []
        wkbs: list[bytes] = []
        kinds: list[str] = [""] * n
        for local, parts in enumerate(split):
            if feedback is not None and local % PROGRESS_EVERY == 0:
                reading_progress(feedback, start + local, total)
            if parts:
                code = parts[1]
                type_name = type_names.get(code)
                if type_name is None:
                    type_name = type_names[code] = QgsWkbTypes.displayString(code)
                kinds[local] = type_name
                at.append(local)
                wkbs.append(parts[0])
            elif parts is False:
                unusual.add(local)
        # the plots made a column at a time (Plot's fields in order: positional, no keyword parsing per plot)
        mapped = [[None] * n if k is None else [row[2 + k] for row in rows] for k in keys]
        numbers = range(start, start + n) if indexes is None else indexes
        user_ids, labels = (mapped[k] if keys[k] is None else _labels(mapped[k]) for k in (0, 1))
        plots: list[Plot] = list(map(
            Plot, numbers, repeat(None), map(itemgetter(0), rows), user_ids, labels, mapped[2], mapped[3], mapped[4],
            map(dict, map(zip, repeat(names), map(itemgetter(slice(2, None)), rows))), kinds, repeat(lonlat)))
        for local, geometry in zip(at, _decoded(shapely, wkbs)):
            if geometry is None:
                unusual.add(local)
            else:
                plots[local].geometry = geometry
        if unusual:
            self._by_qgis(plots, sorted(unusual))
        reading_finished(feedback, start + len(plots), total)
        return plots

    def _by_qgis(self, plots: list[Plot], positions: Sequence[int]) -> None:
        """Replace the plots at ``positions`` by those QGIS reads of the same features."""
        request = QgsFeatureRequest(self.request) if self.request is not None else QgsFeatureRequest()
        request.setFilterFids([plots[k].source_fid for k in positions])
        read = plots_from_features(self.layer.features.getFeatures(request), self.fields, self.crs, self.mapping,
                                   **self.options)
        by_fid = {plot.source_fid: plot for plot in read}
        for k in positions:
            plot = by_fid.get(plots[k].source_fid)
            if plot is None:
                raise RuntimeError(f"feature {plots[k].source_fid} is no longer in {self.layer.fast.table.path}")
            plot.index = plots[k].index
            plots[k] = plot
