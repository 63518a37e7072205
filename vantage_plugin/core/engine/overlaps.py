"""Protected-area and indigenous-land overlaps of plots, as the Vantage ``protected_areas`` /
``indigenous_land`` objects (:func:`analysis.overlap_block`).

``OverlapIndex(source, kind, bbox)`` reads the areas near the plots once (OGR spatial filter), detects
the attribute schema (:mod:`overlap_schemas`: WDPA, WDPCA, LandMark, FUNAI; an explicit ``field_map``
wins), moves the polygons to the WGS84 cylindrical equal-area projection (:mod:`geodesy`, so areas are
ellipsoidal), and cuts big polygons into small grid pieces where plots need them (:mod:`subdivision`).

``overlaps(plots, plot_area_ha)`` then needs only vectorised GEOS calls: one tree query with the
``intersects`` predicate, ``contains_properly`` against the (prepared, small) pieces, so a plot inside a
piece takes its own area without any overlay, and intersections with small pieces for the rest. Per
area the overlap is the sum over its pieces (pieces of one area do not overlap); the plot's total is
the area of the **union** of its overlaps, computed only for plots that touch more than one area, so
overlapping areas never double-count.
"""

from __future__ import annotations

import math
import threading
from typing import Any, Mapping, Optional

import numpy as np
import shapely

from .. import analysis
from ..geodesy import M2_PER_HA, equal_area_geometry
from .admin import Validity
from .catalog import DataSource
from .overlap_schemas import (
    GENERIC,
    IUCN_CATEGORIES,
    KINDS,
    ROLE_ALIASES,
    SCHEMAS,
    Schema,
    detect_schema,
    funai_acknowledged,
    guess_data_version,
    normalise_iucn,
    normalise_legality,
    parse_acknowledged,
    resolve_fields,
    text_value,
)
from .shapes import POLYGON_TYPES, analysis_geometries, valid_polygonal
from .subdivision import MAX_PIECE_VERTICES, LazyPieces, subdivide
from .vectors import BBox, VectorData, geometry_bbox, pad_bbox, read_vector

_MIN_OVERLAP_M2 = 0.01  # below 1 dm² an "overlap" is a shared edge, not an overlap


def clipped_pieces(pieces: np.ndarray, plots: np.ndarray) -> np.ndarray:
    """Each piece cut to its plot's bounding box (its part that can meet the plot: a plot's intersection
    with it is the plot's with the piece), so the overlay that follows handles a few of the piece's
    vertices, not up to :data:`~.subdivision.MAX_PIECE_VERTICES`. ``clip_by_rect`` is a fast cut that
    may leave an invalid polygon: a piece whose cut is not a valid, non-empty polygon is kept whole."""
    boxes = shapely.bounds(plots).tolist()
    cut = np.array([shapely.clip_by_rect(piece, *box) for piece, box in zip(pieces.tolist(), boxes)],
                   dtype=object)
    if not len(cut):
        return pieces
    kind = shapely.get_type_id(cut)
    polygonal = (kind == shapely.GeometryType.POLYGON) | (kind == shapely.GeometryType.MULTIPOLYGON)
    keep = ~(polygonal & ~shapely.is_empty(cut) & shapely.is_valid(cut))
    cut[keep] = pieces[keep]
    return cut


class OverlapIndex:
    """Areas of one source, indexed for fast overlap queries. ``kind`` is ``"pa"`` or ``"il"``."""

    def __init__(
        self,
        source: DataSource,
        kind: str,
        bbox: Optional[BBox] = None,
        *,
        max_vertices: int = MAX_PIECE_VERTICES,
        data: Optional[VectorData] = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"kind must be 'pa' or 'il', not {kind!r}")
        self.source = source
        self.kind = kind
        self.bbox = bbox
        """The lon/lat box the areas were read for (None: all of them)."""
        options = dict(source.options or {})
        vec = data if data is not None else read_vector(source.path, source.layer, bbox)
        self.layer_name = vec.layer
        self.fields = list(vec.fields)
        forced = options.get("schema")
        wanted = str(forced).lower() if forced else None
        schema = next((s for s in SCHEMAS + (GENERIC,) if s.name.lower() == wanted), None)
        self.schema, self.field_roles = resolve_fields(vec.fields, kind, source.field_map, schema)

        self.source_name: str = str(options.get("source_name") or source.label())
        version = text_value(options.get("data_version")) or guess_data_version(source.path)
        self.data_version: Optional[str] = version
        self.sources = [{"source_name": self.source_name, "data_version": self.data_version}]

        legality_by_iucn = {
            normalise_iucn(k) or str(k): normalise_legality(v)
            for k, v in (options.get("legality_by_iucn") or {}).items()
        }
        default_legality = normalise_legality(options.get("default_legality"))
        exclude_status = {str(s).strip().lower() for s in (options.get("exclude_status") or [])}

        # Records (one per area id; parcels sharing an id are dissolved) and their polygons.
        geoms = vec.geometries
        records: list[dict[str, Any]] = []
        keys: dict[str, int] = {}
        members: list[list[int]] = []
        id_role = "area_id" if kind == "pa" else "id"
        skipped = 0
        poly = np.zeros(len(geoms), dtype=bool)
        if len(geoms):
            types = shapely.get_type_id(geoms)
            poly = np.isin(types, POLYGON_TYPES) | (types == shapely.GeometryType.GEOMETRYCOLLECTION)
        for i, attrs in enumerate(vec.attributes):
            if not poly[i]:
                skipped += 1
                continue
            record = self._record(attrs, vec.fids[i], legality_by_iucn, default_legality)
            status = record.pop("_status_filter", None)
            if exclude_status and status and status.lower() in exclude_status:
                skipped += 1
                continue
            key = record[id_role] if id_role in self.field_roles else f"fid:{vec.fids[i]}"
            if key in keys:
                members[keys[key]].append(i)
            else:
                keys[key] = len(records)
                records.append(record)
                members.append([i])
        self.skipped_features = skipped
        self.records = records
        self.max_vertices = max_vertices
        self._lock = threading.RLock()
        # Each area is readied (made valid, moved to equal-area, prepared, its root piece added) only
        # when a plot's bounding box first touches its lon/lat envelope: a country-wide read costs
        # nothing for the areas no plot comes near.
        self._raw = geoms
        self._members = members
        n_rec = len(records)
        env = np.full((n_rec, 4), np.nan)
        if n_rec:
            gb = shapely.bounds(geoms)
            owner = np.concatenate([np.full(len(idx), r) for r, idx in enumerate(members)])
            rows = np.concatenate([np.asarray(idx, dtype=np.int64) for idx in members])
            gb = gb[rows]
            env[:, 0] = np.inf
            env[:, 1] = np.inf
            env[:, 2] = -np.inf
            env[:, 3] = -np.inf
            fin = np.isfinite(gb).all(axis=1)
            np.minimum.at(env[:, 0], owner[fin], gb[fin, 0])
            np.minimum.at(env[:, 1], owner[fin], gb[fin, 1])
            np.maximum.at(env[:, 2], owner[fin], gb[fin, 2])
            np.maximum.at(env[:, 3], owner[fin], gb[fin, 3])
        boxes = np.empty(n_rec, dtype=object)
        finite = np.isfinite(env).all(axis=1)
        boxes[finite] = shapely.box(env[finite, 0], env[finite, 1], env[finite, 2], env[finite, 3])
        self._envelope_tree = shapely.STRtree(boxes)
        self._ready = np.zeros(n_rec, dtype=bool)
        self._lonlat = np.full(n_rec, None, dtype=object)
        self._parents = np.full(n_rec, None, dtype=object)
        self._root = np.full(n_rec, -1, dtype=np.int64)
        self._nodes = LazyPieces(max_vertices)

    def _ensure_ready(self, recs: np.ndarray) -> None:
        """Valid lon/lat polygon, equal-area polygon (prepared) and root piece of each record."""
        recs = np.unique(np.asarray(recs, dtype=np.int64))
        recs = recs[~self._ready[recs]]
        if len(recs) == 0:
            return
        geoms = self._raw
        lonlat = np.empty(len(recs), dtype=object)
        for k, r in enumerate(recs):
            idx = self._members[r]
            lonlat[k] = geoms[idx[0]] if len(idx) == 1 else shapely.union_all(valid_polygonal(geoms[idx]))
        lonlat = valid_polygonal(lonlat)
        ea = equal_area_geometry(lonlat)
        shapely.prepare(ea)
        self._lonlat[recs] = lonlat
        self._parents[recs] = ea
        keep = ~shapely.is_empty(ea) & ~shapely.is_missing(ea)
        self._root[recs[keep]] = self._nodes.add(ea[keep], recs[keep], 0)
        self._ready[recs] = True

    def _ready_all(self) -> None:
        with self._lock:
            self._ensure_ready(np.arange(len(self.records)))

    @property
    def area_geometries(self) -> np.ndarray:
        """Lon/lat, valid, polygonal: one per record."""
        self._ready_all()
        return self._lonlat

    @property
    def parents(self) -> np.ndarray:
        """Equal-area polygons, one per record (prepared)."""
        self._ready_all()
        return self._parents

    @property
    def pieces(self) -> np.ndarray:
        """The small pieces cut so far (pieces are cut on demand, where plots need them); read under the
        index lock, so never while another thread is cutting."""
        with self._lock:
            return self._nodes.pieces()[0]

    @property
    def piece_parent(self) -> np.ndarray:
        """The record of each of :attr:`pieces` (read under the index lock, as they are)."""
        with self._lock:
            return self._nodes.pieces()[1]

    def subdivide_all(self) -> None:
        """Cut every area into all its pieces now (what :func:`subdivide` gives)."""
        with self._lock:
            self._ensure_ready(np.arange(len(self.records)))
            roots = self._root[self._root >= 0]
            self._nodes.leaves_touching(roots, np.tile([-np.inf, -np.inf, np.inf, np.inf], (len(roots), 1)))

    # --- records ---
    def _record(
        self, attrs: Mapping[str, Any], fid: int, legality_by_iucn, default_legality
    ) -> dict[str, Any]:
        roles = self.field_roles
        get = lambda role: attrs.get(roles[role]) if role in roles else None  # noqa: E731
        raw_source = text_value(get("source_name"))
        if self.kind == "pa":
            iucn = normalise_iucn(get("iucn_category"))
            legality = normalise_legality(get("extractive_activity_legality"))
            if legality is None and "extractive_activity_legality" not in roles:
                legality = legality_by_iucn.get(iucn) if iucn else None
                legality = legality or default_legality
            name = text_value(get("area_name"))
            local = text_value(get("local_name"))
            status = text_value(get("status"))
            return {
                "area_id": text_value(get("area_id")) or f"{self.layer_name}:{fid}",
                "area_name": name,
                "local_name": local if local is not None else name,
                "iucn_category": iucn,
                "type": text_value(get("type")),
                "status": status,
                "source_name": raw_source or self.source_name,
                "extractive_activity_legality": legality,
                "extractive_activity_conditions": text_value(get("extractive_activity_conditions")),
                "regulation_names": [],
                "regulation_urls": [],
                "_status_filter": status,
            }
        land_status = text_value(get("land_status"))
        if "government_acknowledged" in roles:
            acknowledged = parse_acknowledged(get("government_acknowledged"))
        elif self.schema.acknowledged_by_status:
            acknowledged = funai_acknowledged(land_status)
        else:
            acknowledged = None
        return {
            "id": text_value(get("id")) or f"{self.layer_name}:{fid}",
            "name": text_value(get("name")),
            "government_acknowledged": acknowledged,
            "land_status": land_status,
            "_status_filter": land_status,
        }

    @classmethod
    def for_plots(cls, source: DataSource, kind: str, plot_geoms_lonlat, **kwargs) -> OverlapIndex:
        """An index reading only the areas whose bounding box touches the plots' (padded) bounding box."""
        return cls(source, kind, pad_bbox(geometry_bbox(plot_geoms_lonlat), 0.01), **kwargs)

    def __len__(self) -> int:
        return len(self.records)

    # --- queries ---
    def overlap_areas(self, plot_geoms_lonlat: Any, plot_area_ha: Any = None,
                      valid: Validity = None) -> tuple[np.ndarray, list, np.ndarray]:
        """Low-level result: ``(union_ha per plot, [(plot, record, overlap_ha), ...], plot_geom_ha)``;
        ``valid``: each geometry's validity when the caller knows it (see :func:`analysis_geometries`), or a
        function giving it for the positions asked (asked only near the areas).

        Only plots whose box touches an area's are moved to the equal-area projection; the others'
        ``plot_geom_ha`` is their ``plot_area_ha`` when given (else their geometry's area)."""
        n = len(plot_geoms_lonlat)
        area_in = np.full(n, np.nan) if plot_area_ha is None else np.asarray(plot_area_ha, dtype=float)
        if callable(valid):
            # asked only for the geometries whose box touches an area's: the others are never overlaid
            # (making a polygon valid never grows its box, and points are discs, valid as built)
            ask = valid
            valid = np.ones(n, dtype=bool)
            if n and len(self.records):
                raw = np.empty(n, dtype=object)
                raw[:] = list(plot_geoms_lonlat)
                near = np.unique(self._envelope_tree.query(raw)[0])
                if len(near):
                    valid[near] = np.asarray(ask(near), dtype=bool)
        geoms = analysis_geometries(plot_geoms_lonlat, area_in, valid)
        union_m2 = np.zeros(n)
        if len(self.records) == 0 or n == 0:
            return union_m2 / M2_PER_HA, [], self._geom_ha(geoms, area_in, np.zeros(n, dtype=bool), None)
        with self._lock:
            return self._overlap_areas(geoms, area_in, union_m2)

    @staticmethod
    def _geom_ha(geoms: np.ndarray, area_in: np.ndarray, moved: np.ndarray,
                 ea_m2: Optional[np.ndarray]) -> np.ndarray:
        """Each plot's area (ha): from its equal-area geometry where it was moved, else as given, else
        its geometry's geodesic area."""
        out = np.where(np.isfinite(area_in), area_in, np.nan)
        if ea_m2 is not None:
            out[moved] = ea_m2[moved] / M2_PER_HA
        todo = np.flatnonzero(np.isnan(out))
        if len(todo):
            out[todo] = shapely.area(equal_area_geometry(geoms[todo])) / M2_PER_HA
        return out

    def _overlap_areas(self, geoms: np.ndarray, area_in: np.ndarray,
                       union_m2: np.ndarray) -> tuple[np.ndarray, list, np.ndarray]:
        n = len(geoms)
        n_rec = len(self.records)
        # Candidate (plot, area) pairs by bounding box (lon/lat: the equal-area projection keeps
        # each axis' order, so boxes touch alike), then predicates on the prepared areas: a plot
        # properly inside an area takes its own area without any overlay; a plot that straddles an
        # area's outline is intersected with the small pieces of the area near it only.
        pi, ri = self._envelope_tree.query(geoms)
        moved = np.zeros(n, dtype=bool)
        moved[pi] = True
        ea = np.full(n, None, dtype=object)
        ea_m2 = np.zeros(n)
        if moved.any():
            ea[moved] = equal_area_geometry(geoms[moved])
            ea_m2[moved] = shapely.area(ea[moved])
        if len(pi) == 0:
            return union_m2 / M2_PER_HA, [], self._geom_ha(geoms, area_in, moved, ea_m2)
        self._ensure_ready(ri)
        has_root = self._root[ri] >= 0
        pi, ri = pi[has_root], ri[has_root]
        parents = self._parents[ri]
        full = shapely.contains_properly(parents, ea[pi])
        rest = np.flatnonzero(~full)
        touch = np.zeros(len(pi), dtype=bool)
        if len(rest):
            touch[rest] = shapely.intersects(parents[rest], ea[pi[rest]])
        cut = np.flatnonzero(touch)
        # straddling pairs: the touching pieces (by bounding box, then a prepared predicate)
        sq, leaf = self._nodes.leaves_touching(self._root[ri[cut]], shapely.bounds(ea[pi[cut]]))
        pieces = self._nodes.geom[leaf]
        if len(sq):
            hit = shapely.intersects(pieces, ea[pi[cut[sq]]])
            sq, pieces = sq[hit], pieces[hit]
        row_pair = cut[sq]  # pair index (into pi/ri) of each (plot, piece) row
        # A plot inside a (prepared) piece is its own overlap with it: no overlay.
        inter_geom = ea[pi[row_pair]] if len(sq) else np.empty(0, dtype=object)
        inter_m2 = ea_m2[pi[row_pair]] if len(sq) else np.empty(0)
        if len(sq):
            within = shapely.contains_properly(pieces, inter_geom)
            overlay = np.flatnonzero(~within)
            if len(overlay):
                inter_geom = inter_geom.copy()
                inter_geom[overlay] = shapely.intersection(inter_geom[overlay],
                                                           clipped_pieces(pieces[overlay], inter_geom[overlay]))
                inter_m2 = inter_m2.copy()
                inter_m2[overlay] = shapely.area(inter_geom[overlay])
        pair_key_all = pi.astype(np.int64) * n_rec + ri
        used = full.copy()
        used[row_pair] = True
        keys = np.unique(pair_key_all[used])
        pair_plot = keys // n_rec
        pair_rec = keys % n_rec
        pair_full = np.zeros(len(keys), dtype=bool)
        pair_full[np.searchsorted(keys, pair_key_all[full])] = True
        row_key = np.searchsorted(keys, pair_key_all[row_pair])
        row_plot = pi[row_pair]
        pair_m2 = np.bincount(row_key, weights=inter_m2, minlength=len(keys))
        pair_m2[pair_full] = ea_m2[pair_plot[pair_full]]
        real = pair_m2 > _MIN_OVERLAP_M2
        pair_plot, pair_rec = pair_plot[real], pair_rec[real]
        pair_m2, pair_full = pair_m2[real], pair_full[real]

        # per plot: the union of its overlaps (a sum when only one area is involved)
        count = np.bincount(pair_plot, minlength=n)
        single = count[pair_plot] == 1
        union_m2[pair_plot[single]] = pair_m2[single]
        multi = np.flatnonzero(count > 1)
        if len(multi):
            full_plot = np.zeros(n, dtype=bool)
            full_plot[pair_plot[pair_full]] = True
            order = np.argsort(row_plot, kind="stable")
            starts = np.searchsorted(row_plot[order], multi, side="left")
            ends = np.searchsorted(row_plot[order], multi, side="right")
            for plot, s, e in zip(multi, starts, ends):
                if full_plot[plot]:
                    union_m2[plot] = ea_m2[plot]
                    continue
                rows = order[s:e]
                rows = rows[inter_m2[rows] > 0]
                union_m2[plot] = shapely.area(shapely.union_all(inter_geom[rows]))
        np.minimum(union_m2, ea_m2, out=union_m2)
        pair_ha = np.minimum(pair_m2, ea_m2[pair_plot]) / M2_PER_HA
        pairs = list(zip(pair_plot.tolist(), pair_rec.tolist(), pair_ha.tolist()))
        return union_m2 / M2_PER_HA, pairs, self._geom_ha(geoms, area_in, moved, ea_m2)

    def overlaps(self, plot_geoms_lonlat: Any, plot_area_ha: Any, valid: Validity = None) -> list[dict[str, Any]]:
        """Per plot, the ready ``protected_areas`` / ``indigenous_land`` object (analysis.overlap_block);
        ``valid``: see :meth:`overlap_areas`."""
        plot_area = np.asarray(plot_area_ha, dtype=float)
        return self.blocks(plot_area, *self.overlap_areas(plot_geoms_lonlat, plot_area, valid))

    def blocks(self, plot_area: np.ndarray, union_ha: np.ndarray, pairs: list,
               geom_ha: np.ndarray) -> list[dict[str, Any]]:
        """The blocks of :meth:`overlaps` from what :meth:`overlap_areas` gave (``plot_area``: as given
        to it)."""
        details: dict[int, list[dict[str, Any]]] = {}
        for plot, rec, ha in pairs:
            detail = {k: (list(v) if isinstance(v, list) else v) for k, v in self.records[rec].items()}
            detail["overlap_area_ha"] = round(ha, 4)
            details.setdefault(plot, []).append(detail)
        # a plot without any overlap gets a copy of one block (what overlap_block gives for no overlap,
        # whatever the plot's area: 0 % of it, 0 ha)
        none = analysis.overlap_block(self.kind, 0.0, 1.0, [], self.sources)
        layout = [(key, type(value)) for key, value in none.items()]
        blocks = []
        union_list, area_list, geom_list = union_ha.tolist(), plot_area.tolist(), geom_ha.tolist()
        for i in range(len(area_list)):
            if union_list[i] == 0.0 and i not in details:
                blocks.append({key: kind(none[key]) for key, kind in layout})
                continue
            whole = area_list[i] if math.isfinite(area_list[i]) else geom_list[i]
            items = sorted(details.get(i, []), key=lambda d: -d["overlap_area_ha"])
            block = analysis.overlap_block(self.kind, float(union_list[i]), float(whole), items, self.sources)
            blocks.append(block)
        return blocks

    def describe(self) -> dict[str, Any]:
        """What was read and how it is mapped (for logs and the run report)."""
        return {
            "source": self.source_name,
            "data_version": self.data_version,
            "layer": self.layer_name,
            "schema": self.schema.name,
            "fields": dict(self.field_roles),
            "areas": len(self.records),
            "pieces": int(len(self.pieces)),  # cut so far
            "skipped_features": self.skipped_features,
        }


__all__ = [
    "OverlapIndex",
    "KINDS",
    "GENERIC",
    "ROLE_ALIASES",
    "MAX_PIECE_VERTICES",
    "normalise_legality",
    "IUCN_CATEGORIES",
    "SCHEMAS",
    "Schema",
    "detect_schema",
    "resolve_fields",
    "normalise_iucn",
    "normalise_legality",
    "parse_acknowledged",
    "funai_acknowledged",
    "guess_data_version",
    "subdivide",
    "analysis_geometries",
]
