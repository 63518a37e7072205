"""Protected-area and indigenous-land overlaps of plots, as the Vantage ``protected_areas`` /
``indigenous_land`` objects (:func:`analysis.overlap_block`).

``OverlapIndex(source, kind, bbox)`` reads the areas near the plots once (OGR spatial filter), detects
the attribute schema (WDPA, WDPCA, LandMark, FUNAI; an explicit ``field_map`` wins), moves the polygons
to the WGS84 cylindrical equal-area projection (:mod:`geodesy`, so areas are ellipsoidal), and cuts big
polygons into small grid pieces (like PostGIS ``ST_Subdivide``: recursive ``clip_by_rect`` until a
piece has at most ``max_vertices`` vertices) held in an STRtree.

``overlaps(plots, plot_area_ha)`` then needs only vectorised GEOS calls: one tree query with the
``intersects`` predicate, ``contains_properly`` against the (prepared, small) pieces, so a plot inside a
piece takes its own area without any overlay, and intersections with small pieces for the rest. Per
area the overlap is the sum over its pieces (pieces of one area do not overlap); the plot's total is
the area of the **union** of its overlaps, computed only for plots that touch more than one area, so
overlapping areas never double-count.
"""

from __future__ import annotations

import math
import os
import re
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from .. import analysis
from ..geodesy import M2_PER_HA, equal_area_geometry, point_disc
from .catalog import DataSource
from .vectors import BBox, VectorData, geometry_bbox, pad_bbox, read_vector

KINDS = ("pa", "il")

#: IUCN management categories the API allows (anything else, e.g. "Not Reported", becomes None).
IUCN_CATEGORIES: tuple[str, ...] = ("Ia", "Ib", "II", "III", "IV", "V", "VI")
_IUCN_LOOKUP = {c.upper(): c for c in IUCN_CATEGORIES} | {"1A": "Ia", "1B": "Ib"}

_LEGALITY_SYNONYMS = {
    "allowed": "allowed",
    "permitted": "allowed",
    "limited": "limited",
    "restricted": "limited",
    "conditional": "limited",
    "prohibited": "prohibited",
    "forbidden": "prohibited",
    "not allowed": "prohibited",
}

#: Default maximum vertices per piece (PostGIS ST_Subdivide's default is 256 too).
MAX_PIECE_VERTICES = 256
_MIN_OVERLAP_M2 = 0.01  # below 1 dm² an "overlap" is a shared edge, not an overlap

# --- schemas -----------------------------------------------------------------------------------
# Canonical roles read from a source. Output keys per kind are chosen in _detail().
ROLES_PA = (
    "area_id",
    "area_name",
    "local_name",
    "iucn_category",
    "type",
    "status",
    "source_name",
    "extractive_activity_legality",
    "extractive_activity_conditions",
)
ROLES_IL = ("id", "name", "government_acknowledged", "land_status", "source_name")

#: Accepted field_map keys → canonical role (per kind).
_ROLE_ALIASES = {
    "pa": {
        "id": "area_id",
        "area_id": "area_id",
        "name": "area_name",
        "area_name": "area_name",
        "local_name": "local_name",
        "iucn": "iucn_category",
        "iucn_category": "iucn_category",
        "type": "type",
        "designation": "type",
        "status": "status",
        "source_name": "source_name",
        "legality": "extractive_activity_legality",
        "extractive_activity_legality": "extractive_activity_legality",
        "conditions": "extractive_activity_conditions",
        "extractive_activity_conditions": "extractive_activity_conditions",
    },
    "il": {
        "id": "id",
        "area_id": "id",
        "name": "name",
        "area_name": "name",
        "government_acknowledged": "government_acknowledged",
        "acknowledged": "government_acknowledged",
        "land_status": "land_status",
        "status": "land_status",
        "source_name": "source_name",
    },
}


@dataclass(frozen=True)
class Schema:
    """A known attribute layout: detected when every group of ``signature`` has a field present."""

    name: str
    signature: tuple[tuple[str, ...], ...]
    pa: Mapping[str, tuple[str, ...]]
    il: Mapping[str, tuple[str, ...]]
    acknowledged_by_status: bool = False
    """Government acknowledgement derived from the land status (FUNAI's ``fase_ti``)."""

    def candidates(self, kind: str) -> Mapping[str, tuple[str, ...]]:
        return self.pa if kind == "pa" else self.il


SCHEMAS: tuple[Schema, ...] = (
    # WDPCA (Protected Planet, 2026): SITE_ID/SITE_PID replace WDPAID/WDPA_PID, NAME_ENG is new.
    Schema(
        "WDPCA",
        (("SITE_ID",),),
        pa={
            "area_id": ("SITE_ID",),
            "area_name": ("NAME_ENG", "NAME", "ORIG_NAME"),
            "local_name": ("ORIG_NAME", "NAME"),
            "iucn_category": ("IUCN_CAT",),
            "type": ("DESIG", "DESIG_ENG"),
            "status": ("STATUS",),
        },
        il={"id": ("SITE_ID",), "name": ("NAME_ENG", "NAME", "ORIG_NAME"), "land_status": ("STATUS",)},
    ),
    Schema(
        "WDPA",
        (("WDPAID", "WDPA_PID"),),
        pa={
            "area_id": ("WDPAID", "WDPA_PID"),
            "area_name": ("NAME", "ORIG_NAME"),
            "local_name": ("ORIG_NAME", "NAME"),
            "iucn_category": ("IUCN_CAT",),
            "type": ("DESIG", "DESIG_ENG"),
            "status": ("STATUS",),
        },
        il={"id": ("WDPAID", "WDPA_PID"), "name": ("NAME", "ORIG_NAME"), "land_status": ("STATUS",)},
    ),
    # LandMark: Form_Rec / Doc_Status (current); Ofcl_Rec / Rec_Status (older exports).
    Schema(
        "LandMark",
        (("Form_Rec", "Ofcl_Rec", "Doc_Status", "Rec_Status"),),
        pa={"area_id": ("LM_ID", "ID", "OBJECTID"), "area_name": ("Name",), "type": ("Category",)},
        il={
            "id": ("LM_ID", "ID", "OBJECTID"),
            "name": ("Name",),
            "government_acknowledged": ("Form_Rec", "Ofcl_Rec"),
            "land_status": ("Doc_Status", "Rec_Status"),
        },
    ),
    # FUNAI (Brazil): official terras indígenas layer, and the simplified TerraME copy.
    Schema(
        "FUNAI",
        (("terrai_cod", "terrai_nom", "TERRA_IND"),),
        pa={"area_id": ("terrai_cod",), "area_name": ("terrai_nom", "TERRA_IND"), "type": ("modalidade",)},
        il={
            "id": ("terrai_cod",),
            "name": ("terrai_nom", "TERRA_IND"),
            "land_status": ("fase_ti",),
        },
        acknowledged_by_status=True,
    ),
)

GENERIC = Schema(
    "generic",
    (),
    pa={
        "area_id": ("id", "site_id", "objectid", "code", "codigo"),
        "area_name": ("name", "name_eng", "nome", "nombre", "nom"),
        "local_name": ("orig_name", "local_name"),
        "iucn_category": ("iucn_cat", "iucn_category", "iucn"),
        "type": ("desig", "desig_eng", "designation", "type", "categoria"),
        "status": ("status",),
    },
    il={
        "id": ("id", "objectid", "code", "codigo"),
        "name": ("name", "nome", "nombre", "nom"),
        "government_acknowledged": ("government_acknowledged", "acknowledged", "form_rec", "ofcl_rec"),
        "land_status": ("land_status", "status", "doc_status"),
    },
)

#: FUNAI phases (fase_ti) in which the state has recognised the land's limits.
_FUNAI_ACKNOWLEDGED = ("regularizada", "homologada", "declarada", "delimitada")
_FUNAI_NOT_YET = ("em estudo", "encaminhada", "interditada")


def detect_schema(fields: Iterable[str]) -> Schema:
    """The first known schema whose signature fields are present (case-insensitive), else generic."""
    present = {f.lower() for f in fields}
    for schema in SCHEMAS:
        if all(any(name.lower() in present for name in group) for group in schema.signature):
            return schema
    return GENERIC


def resolve_fields(
    fields: Sequence[str],
    kind: str,
    field_map: Optional[Mapping[str, str]] = None,
    schema: Optional[Schema] = None,
) -> tuple[Schema, dict[str, str]]:
    """``(schema, role → actual field name)`` for a layer's fields; ``field_map`` overrides detection.

    Raises ValueError for a mapped field that is not in the layer, or an unknown role.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be 'pa' or 'il', not {kind!r}")
    by_lower = {f.lower(): f for f in fields}
    schema = schema or detect_schema(fields)
    resolved: dict[str, str] = {}
    for role, names in schema.candidates(kind).items():
        for name in names:
            if name.lower() in by_lower:
                resolved[role] = by_lower[name.lower()]
                break
    aliases = _ROLE_ALIASES[kind]
    for key, field_name in (field_map or {}).items():
        if not field_name:
            continue
        role = aliases.get(key.lower())
        if role is None:
            known = ", ".join(sorted(aliases))
            raise ValueError(f"unknown field_map role {key!r} for {kind!r} (roles: {known})")
        actual = by_lower.get(str(field_name).lower())
        if actual is None:
            raise ValueError(
                f"field '{field_name}' (mapped to {key}) is not in the layer (fields: {', '.join(fields)})"
            )
        resolved[role] = actual
    return schema, resolved


# --- value normalisation ---------------------------------------------------------------------
def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def normalise_iucn(value: Any) -> Optional[str]:
    """``Ia``, ``Ib``, ``II`` … ``VI`` (case and a ``Category`` prefix forgiven), else None."""
    text = _text(value)
    if text is None:
        return None
    text = re.sub(r"^(iucn\s*)?(category|cat\.?)\s*", "", text, flags=re.IGNORECASE).strip()
    return _IUCN_LOOKUP.get(text.upper())


def normalise_legality(value: Any) -> Optional[str]:
    """``allowed`` / ``limited`` / ``prohibited`` (synonyms mapped); other text lower-cased; else None."""
    text = _text(value)
    if text is None:
        return None
    low = re.sub(r"\s+", " ", text.lower())
    return _LEGALITY_SYNONYMS.get(low, low)


def parse_acknowledged(value: Any) -> Optional[bool]:
    """Government acknowledgement from a boolean, a yes/no, or LandMark's "(Not) acknowledged by govt"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return bool(value) if value in (0, 1) else None
    text = str(value).strip().lower()
    if not text:
        return None
    negative = text.startswith(("not ", "non ", "unacknowledged", "unrecogni"))
    if negative or "not acknowledged" in text or "not recogni" in text:
        return False
    if "acknowledged" in text or "recognized" in text or "recognised" in text:
        return True
    if text in ("yes", "y", "true", "t", "1", "sim", "si", "sí", "oui"):
        return True
    if text in ("no", "n", "false", "f", "0", "não", "nao", "non"):
        return False
    return None


def funai_acknowledged(phase: Any) -> Optional[bool]:
    text = (_text(phase) or "").lower()
    if not text:
        return None
    if text.startswith(_FUNAI_ACKNOWLEDGED):
        return True
    if text.startswith(_FUNAI_NOT_YET):
        return False
    return None


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def guess_data_version(path: str) -> Optional[str]:
    """A version from a file name: ``WDPA_Jan2025_Public`` → ``Jan2025``, ``…_v202509`` → ``202509``."""
    name = os.path.basename(path.replace("\\", "/").rstrip("/"))
    match = re.search(rf"(?<![A-Za-z])({_MONTHS})[a-z]*[_-]?(\d{{4}})", name, re.IGNORECASE)
    if match:
        return f"{match.group(1).capitalize()}{match.group(2)}"
    match = re.search(r"(?<!\d)(20\d{2}(?:[-_]?\d{2}){0,2})(?!\d)", name)
    if match:
        return match.group(1)
    match = re.search(r"[vV](\d+(?:\.\d+)+)", name)
    return f"v{match.group(1)}" if match else None


# --- geometry helpers -------------------------------------------------------------------------
_POLY_IDS = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Only the polygonal part of each geometry (an empty polygon when there is none)."""
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    types = shapely.get_type_id(geoms)
    for i in np.flatnonzero(~np.isin(types, _POLY_IDS)):
        g = geoms[i]
        if g is None:
            out[i] = shapely.Polygon()
            continue
        parts = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) in _POLY_IDS]
        out[i] = shapely.union_all(parts) if parts else shapely.Polygon()
    return out


def _valid_polygonal(geoms: np.ndarray, valid: Optional[np.ndarray] = None) -> np.ndarray:
    """Each geometry made valid (only where it is not: ``valid`` when known, else checked) and cut
    to its polygonal part."""
    geoms = np.asarray(geoms, dtype=object)
    known = shapely.is_valid(geoms) if valid is None else np.asarray(valid, dtype=bool)
    bad = ~known & ~shapely.is_missing(geoms)
    if bad.any():
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
    return _polygonal(geoms)


def _halves(b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two boxes each bounding box ``(xmin, ymin, xmax, ymax)`` is cut into: left and right halves
    of a wide box, bottom and top halves of a tall one (the one split rule of :func:`subdivide` and
    of the lazily cut pieces, so both give the same pieces)."""
    wide = (b[:, 2] - b[:, 0]) >= (b[:, 3] - b[:, 1])
    midx = (b[:, 0] + b[:, 2]) / 2
    midy = (b[:, 1] + b[:, 3]) / 2
    left = np.column_stack([b[:, 0], b[:, 1], midx, b[:, 3]])
    right = np.column_stack([midx, b[:, 1], b[:, 2], b[:, 3]])
    bottom = np.column_stack([b[:, 0], b[:, 1], b[:, 2], midy])
    top = np.column_stack([b[:, 0], midy, b[:, 2], b[:, 3]])
    return np.where(wide[:, None], left, bottom), np.where(wide[:, None], right, top)


def subdivide(
    geoms: np.ndarray, max_vertices: int = MAX_PIECE_VERTICES, max_depth: int = 30
) -> tuple[np.ndarray, np.ndarray]:
    """Cut polygons into grid pieces of at most ``max_vertices`` vertices (like ST_Subdivide).

    Returns ``(pieces, parent_index)``. Each level halves, along the longer side of its bounding box,
    every piece that is still too big (vectorised ``clip_by_rect``). Pieces of one parent do not
    overlap and their union is the parent.
    """
    geoms = np.asarray(geoms, dtype=object)
    done_g: list[np.ndarray] = []
    done_p: list[np.ndarray] = []
    current = geoms
    parent = np.arange(len(geoms))
    for depth in range(max_depth + 1):
        if len(current) == 0:
            break
        keep = ~shapely.is_empty(current) & ~shapely.is_missing(current)
        current, parent = current[keep], parent[keep]
        small = shapely.get_num_coordinates(current) <= max_vertices
        if depth == max_depth:
            small[:] = True
        done_g.append(current[small])
        done_p.append(parent[small])
        big, big_parent = current[~small], parent[~small]
        if len(big) == 0:
            break
        a_box, b_box = _halves(shapely.bounds(big))
        halves_a = np.array([shapely.clip_by_rect(g, *box) for g, box in zip(big, a_box)], dtype=object)
        halves_b = np.array([shapely.clip_by_rect(g, *box) for g, box in zip(big, b_box)], dtype=object)
        current = _polygonal(np.concatenate([halves_a, halves_b]))
        parent = np.concatenate([big_parent, big_parent])
        current = current.copy()
        nz = shapely.area(current) > 0
        current, parent = current[nz], parent[nz]
    pieces = np.concatenate(done_g) if done_g else np.empty(0, dtype=object)
    parents = np.concatenate(done_p) if done_p else np.empty(0, dtype=int)
    if len(pieces):
        pieces = _valid_polygonal(pieces)
        nz = shapely.area(pieces) > 0
        pieces, parents = pieces[nz], parents[nz]
    return pieces, parents.astype(np.int64)


def analysis_geometries(geoms: Sequence[Optional[BaseGeometry]], area_ha: Optional[Sequence[float]],
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
    return _valid_polygonal(out, fine)


# --- the index ----------------------------------------------------------------------------------
class _LazyPieces:
    """The subdivision of :func:`subdivide`, built on demand: a binary tree per area whose nodes are
    split (same rule, so the same pieces) only when a query reaches them. Plots touch a small part
    of the big areas' outlines, so most of the cutting (and the validity checks of the pieces) is
    never done. Node arrays grow by doubling; ``expand`` is the only mutation (under the index lock).
    """

    _UNSEEN, _LEAF, _SPLIT = 0, 1, 2

    def __init__(self, max_vertices: int, max_depth: int = 30) -> None:
        self.max_vertices = max_vertices
        self.max_depth = max_depth
        self.n = 0
        self.geom = np.empty(64, dtype=object)   # node geometry as cut (a leaf: its valid piece or None)
        self.bounds = np.empty((64, 4))
        self.rec = np.empty(64, dtype=np.int64)
        self.depth = np.empty(64, dtype=np.int64)
        self.state = np.empty(64, dtype=np.int8)
        self.child = np.empty((64, 2), dtype=np.int64)

    def _grow(self, extra: int) -> None:
        need = self.n + extra
        if need <= len(self.geom):
            return
        size = max(need, 2 * len(self.geom))
        for name in ("geom", "bounds", "rec", "depth", "state", "child"):
            old = getattr(self, name)
            new = np.empty((size,) + old.shape[1:], dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def add(self, geoms: np.ndarray, recs: np.ndarray, depth) -> np.ndarray:
        """New unexpanded nodes; returns their ids."""
        k = len(geoms)
        self._grow(k)
        ids = np.arange(self.n, self.n + k)
        self.geom[ids] = geoms
        self.bounds[ids] = shapely.bounds(geoms) if k else np.empty((0, 4))
        self.rec[ids] = recs
        self.depth[ids] = depth
        self.state[ids] = self._UNSEEN
        self.child[ids] = -1
        self.n += k
        return ids

    def expand(self, nodes: np.ndarray) -> None:
        """Decide leaf or split for unexpanded nodes (vectorised over them)."""
        nodes = nodes[self.state[nodes] == self._UNSEEN]
        if len(nodes) == 0:
            return
        geoms = self.geom[nodes]
        small = (shapely.get_num_coordinates(geoms) <= self.max_vertices) | (self.depth[nodes] >= self.max_depth)
        leaves = nodes[small]
        if len(leaves):
            pieces = _valid_polygonal(self.geom[leaves])
            empty = ~(shapely.area(pieces) > 0)
            pieces[empty] = None
            shapely.prepare(pieces[~empty])
            self.geom[leaves] = pieces
            self.state[leaves] = self._LEAF
        big = nodes[~small]
        if len(big) == 0:
            return
        a_box, b_box = _halves(self.bounds[big])
        geoms = self.geom[big]
        halves = np.empty(2 * len(big), dtype=object)
        halves[: len(big)] = [shapely.clip_by_rect(g, *box) for g, box in zip(geoms, a_box)]
        halves[len(big):] = [shapely.clip_by_rect(g, *box) for g, box in zip(geoms, b_box)]
        halves = _polygonal(halves)
        owner = np.concatenate([np.arange(len(big)), np.arange(len(big))])
        side = np.repeat([0, 1], len(big))
        nz = shapely.area(halves) > 0
        halves, owner, side = halves[nz], owner[nz], side[nz]
        ids = self.add(halves, self.rec[big[owner]], self.depth[big[owner]] + 1)
        self.child[big[owner], side] = ids
        self.geom[big] = None  # an inner node's geometry is no longer needed
        self.state[big] = self._SPLIT

    def leaves_touching(self, roots: np.ndarray, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(query, leaf)`` pairs: for query ``q`` the non-empty leaves under ``roots[q]`` whose
        bounding box touches ``boxes[q]`` (expanding nodes on the way)."""
        out_q: list[np.ndarray] = []
        out_n: list[np.ndarray] = []
        q = np.arange(len(roots))
        node = np.asarray(roots, dtype=np.int64)
        while len(q):
            self.expand(np.unique(node))
            state = self.state[node]
            leaf = state == self._LEAF
            if leaf.any():
                ok = leaf & ~shapely.is_missing(self.geom[node])
                out_q.append(q[ok])
                out_n.append(node[ok])
            split = state == self._SPLIT
            q, node = q[split], node[split]
            q = np.concatenate([q, q])
            node = np.concatenate([self.child[node, 0], self.child[node, 1]])
            keep = node >= 0
            q, node = q[keep], node[keep]
            if len(q):
                nb, qb = self.bounds[node], boxes[q]
                touch = ((nb[:, 0] <= qb[:, 2]) & (nb[:, 2] >= qb[:, 0])
                         & (nb[:, 1] <= qb[:, 3]) & (nb[:, 3] >= qb[:, 1]))
                q, node = q[touch], node[touch]
        if not out_q:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        return np.concatenate(out_q), np.concatenate(out_n)

    def pieces(self) -> tuple[np.ndarray, np.ndarray]:
        """The leaves cut so far: ``(pieces, record)``."""
        ids = np.flatnonzero(self.state[: self.n] == self._LEAF)
        ids = ids[~shapely.is_missing(self.geom[ids])]
        return self.geom[ids], self.rec[ids]


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
        options = dict(source.options or {})
        vec = data if data is not None else read_vector(source.path, source.layer, bbox)
        self.layer_name = vec.layer
        self.fields = list(vec.fields)
        forced = options.get("schema")
        wanted = str(forced).lower() if forced else None
        schema = next((s for s in SCHEMAS + (GENERIC,) if s.name.lower() == wanted), None)
        self.schema, self.field_roles = resolve_fields(vec.fields, kind, source.field_map, schema)

        self.source_name: str = str(options.get("source_name") or source.label())
        version = _text(options.get("data_version")) or guess_data_version(source.path)
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
            poly = np.isin(types, _POLY_IDS) | (types == shapely.GeometryType.GEOMETRYCOLLECTION)
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
        self._nodes = _LazyPieces(max_vertices)

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
            lonlat[k] = geoms[idx[0]] if len(idx) == 1 else shapely.union_all(_valid_polygonal(geoms[idx]))
        lonlat = _valid_polygonal(lonlat)
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
        """The small pieces cut so far (pieces are cut on demand, where plots need them)."""
        return self._nodes.pieces()[0]

    @property
    def piece_parent(self) -> np.ndarray:
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
        raw_source = _text(get("source_name"))
        if self.kind == "pa":
            iucn = normalise_iucn(get("iucn_category"))
            legality = normalise_legality(get("extractive_activity_legality"))
            if legality is None and "extractive_activity_legality" not in roles:
                legality = legality_by_iucn.get(iucn) if iucn else None
                legality = legality or default_legality
            name = _text(get("area_name"))
            local = _text(get("local_name"))
            status = _text(get("status"))
            return {
                "area_id": _text(get("area_id")) or f"{self.layer_name}:{fid}",
                "area_name": name,
                "local_name": local if local is not None else name,
                "iucn_category": iucn,
                "type": _text(get("type")),
                "status": status,
                "source_name": raw_source or self.source_name,
                "extractive_activity_legality": legality,
                "extractive_activity_conditions": _text(get("extractive_activity_conditions")),
                "regulation_names": [],
                "regulation_urls": [],
                "_status_filter": status,
            }
        land_status = _text(get("land_status"))
        if "government_acknowledged" in roles:
            acknowledged = parse_acknowledged(get("government_acknowledged"))
        elif self.schema.acknowledged_by_status:
            acknowledged = funai_acknowledged(land_status)
        else:
            acknowledged = None
        return {
            "id": _text(get("id")) or f"{self.layer_name}:{fid}",
            "name": _text(get("name")),
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
                      valid: Optional[np.ndarray] = None) -> tuple[np.ndarray, list, np.ndarray]:
        """Low-level result: ``(union_ha per plot, [(plot, record, overlap_ha), ...], plot_geom_ha)``;
        ``valid``: each geometry's validity when the caller knows it (see :func:`analysis_geometries`).

        Only plots whose box touches an area's are moved to the equal-area projection; the others'
        ``plot_geom_ha`` is their ``plot_area_ha`` when given (else their geometry's area)."""
        n = len(plot_geoms_lonlat)
        area_in = np.full(n, np.nan) if plot_area_ha is None else np.asarray(plot_area_ha, dtype=float)
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
                inter_geom[overlay] = shapely.intersection(inter_geom[overlay], pieces[overlay])
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

    def overlaps(self, plot_geoms_lonlat: Any, plot_area_ha: Any,
                 valid: Optional[np.ndarray] = None) -> list[dict[str, Any]]:
        """Per plot, the ready ``protected_areas`` / ``indigenous_land`` object (analysis.overlap_block);
        ``valid``: see :meth:`overlap_areas`."""
        plot_area = np.asarray(plot_area_ha, dtype=float)
        union_ha, pairs, geom_ha = self.overlap_areas(plot_geoms_lonlat, plot_area, valid)
        details: dict[int, list[dict[str, Any]]] = {}
        for plot, rec, ha in pairs:
            detail = {k: (list(v) if isinstance(v, list) else v) for k, v in self.records[rec].items()}
            detail["overlap_area_ha"] = round(ha, 4)
            details.setdefault(plot, []).append(detail)
        blocks = []
        for i in range(len(plot_area)):
            whole = plot_area[i] if math.isfinite(plot_area[i]) else geom_ha[i]
            items = sorted(details.get(i, []), key=lambda d: -d["overlap_area_ha"])
            block = analysis.overlap_block(self.kind, float(union_ha[i]), float(whole), items, self.sources)
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
