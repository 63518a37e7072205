"""Country and state/province of plots, from QGIS's ``world_map.gpkg`` (Natural Earth) by default.

A plot is placed by one representative point (inside the polygon, the point itself for a point
plot). A point in the sea or outside every boundary gets ``(None, None)``. Lookups are vectorised:
one STRtree query per layer and point-in-polygon tests against prepared polygons.

Other boundary files work too: a ``DataSource`` with one layer and ``field_map`` ``country`` /
``state`` (e.g. GADM ``NAME_0`` / ``NAME_1``, detected automatically), or ``options`` naming
``country_layer`` / ``state_layer`` of a multi-layer file.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, NamedTuple, Optional, Sequence, Union

import numpy as np
import shapely

from .catalog import DataSource, default_admin_source
from .vectors import BBox, VectorData, field_names, list_layers, open_vector, read_attributes, read_vector

#: Plots' validity: known (one bool per plot), a function giving it for the positions asked, or None
#: (checked where needed).
Validity = Union[np.ndarray, Callable[[np.ndarray], np.ndarray], None]

#: world_map.gpkg layout (QGIS ≥ 3.10).
WORLD_MAP_COUNTRY_LAYER = "countries"
WORLD_MAP_STATE_LAYER = "states_provinces"

#: Field candidates, most specific first (case-insensitive).
COUNTRY_FIELDS = ("NAME_0", "COUNTRY", "ADMIN", "NAME_EN", "NAME_LONG", "NAME", "admin", "shapeName")
STATE_FIELDS = ("NAME_1", "STATE", "PROVINCE", "name", "NAME", "shapeName")
#: In a single layer holding both levels, only unambiguous state fields (GADM, common names).
SINGLE_LAYER_STATE_FIELDS = ("NAME_1", "ADM1_EN", "ADM1_NAME", "STATE", "PROVINCE")
#: In a state layer, the field naming the state's country (Natural Earth ``admin``, GADM ``NAME_0``).
STATE_COUNTRY_FIELDS = ("admin", "NAME_0", "COUNTRY", "geonunit")
#: ISO 3166-1 code fields of a country layer (Natural Earth, GADM, common names).
ISO2_FIELDS = ("ISO_A2", "iso_a2", "ISO2", "ISO_2")
ISO3_FIELDS = ("ISO_A3", "ADM0_A3", "GID_0", "ISO3", "ISO_3")
#: In a state layer, the ISO codes of the state's country (Natural Earth).
STATE_ISO2_FIELDS = ("iso_a2",)
STATE_ISO3_FIELDS = ("adm0_a3", "gu_a3", "sov_a3")
#: Officially assigned ISO 3166-1 codes (alpha-2: alpha-3) that QGIS's world_map.gpkg does not carry
#: (Natural Earth counts the French overseas departments as France, and leaves out a few small territories).
ISO_CODES_NOT_IN_WORLD_MAP: dict[str, str] = {
    "GF": "GUF", "GP": "GLP", "MQ": "MTQ", "RE": "REU", "YT": "MYT", "BQ": "BES",
    "BV": "BVT", "CC": "CCK", "CX": "CXR", "SJ": "SJM", "VA": "VAT",
}


class Place(NamedTuple):
    """Where a plot lies: country name, state name and the country's ISO 3166-1 alpha-2 / alpha-3 codes."""

    country: Optional[str]
    state: Optional[str]
    iso2: Optional[str]
    iso3: Optional[str]


def iso_code(value: Any, length: int) -> Optional[str]:
    """An upper-case ISO code of ``length`` letters, None for anything else (Natural Earth's ``-99``)."""
    text = _text(value)
    if text is None:
        return None
    text = text.upper()
    return text if len(text) == length and text.isascii() and text.isalpha() else None


def _pick(fields: Sequence[str], candidates: Sequence[str],
          exclude: Sequence[Optional[str]] = ()) -> Optional[str]:
    by_lower = {f.lower(): f for f in fields}
    skip = {e.lower() for e in exclude if e}
    for candidate in candidates:
        if candidate.lower() in by_lower and candidate.lower() not in skip:
            return by_lower[candidate.lower()]
    return None


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class _Polygons:
    """Polygons of one layer with one or two name columns, prepared and indexed."""

    def __init__(
        self,
        vec: VectorData,
        name_field: Optional[str],
        country_field: Optional[str] = None,
        code_field: Optional[str] = None,
        iso_fields: tuple[Optional[str], Optional[str]] = (None, None),
    ):
        types = shapely.get_type_id(vec.geometries) if len(vec) else np.empty(0, dtype=int)
        keep = np.isin(types, (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON))
        # Validity is checked (and repaired) lazily, only for the polygons a point falls in the box of:
        # is_valid over every boundary of the world costs more than the whole lookup. make_valid
        # never grows a polygon's bounding box, so the tree over the polygons as read stays right.
        geoms = vec.geometries[keep].copy()
        attrs = [a for a, k in zip(vec.attributes, keep) if k]

        def column(name: Optional[str]) -> np.ndarray:
            return np.array([_text(a.get(name)) if name else None for a in attrs], dtype=object)

        self.names = column(name_field)
        self.short_names = self.names  # Natural Earth's own names, kept when longer ones replace them
        self.countries = column(country_field)
        self.codes = np.array([_text(a.get(code_field)) for a in attrs], dtype=object) if code_field else None
        iso2_field, iso3_field = iso_fields
        self.iso2 = np.array([iso_code(a.get(iso2_field), 2) if iso2_field else None for a in attrs],
                             dtype=object)
        self.iso3 = np.array([iso_code(a.get(iso3_field), 3) if iso3_field else None for a in attrs],
                             dtype=object)
        self.geoms = geoms
        self._checked = np.zeros(len(geoms), dtype=bool)
        # held while the prepared polygons are used: GEOS builds a prepared polygon's indexes on its first
        # use, unguarded, so two threads testing one polygon at once corrupt memory (the engine's overlap
        # thread and the calling thread may both look plots up)
        self._lock = threading.RLock()
        self.tree = shapely.STRtree(self.geoms)

    def _check(self, idx: np.ndarray) -> None:
        """Make the polygons ``idx`` valid (once) and prepare them."""
        idx = np.unique(idx)
        idx = idx[~self._checked[idx]]
        if len(idx) == 0:
            return
        with self._lock:
            idx = idx[~self._checked[idx]]
            sub = self.geoms[idx]
            bad = ~shapely.is_valid(sub)
            if bad.any():
                sub = sub.copy()
                sub[bad] = shapely.make_valid(sub[bad])
            shapely.prepare(sub)
            self.geoms[idx] = sub
            self._checked[idx] = True

    def covering(self, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(index, sure)`` for box polygons: where ``sure``, every point of the (closed) box is in
        polygon ``index`` and in no other (-1: in none), so :meth:`locate` gives ``index`` for any
        point of it; elsewhere the box crosses an outline or touches several polygons."""
        n = len(boxes)
        index = np.full(n, -1, dtype=np.int64)
        sure = np.zeros(n, dtype=bool)
        if n == 0:
            return index, sure
        if len(self.geoms) == 0:
            sure[:] = True
            return index, sure
        pi, ti = self.tree.query(boxes)
        if len(pi):
            with self._lock:
                self._check(ti)
                touch = shapely.intersects(self.geoms[ti], boxes[pi])
            pi, ti = pi[touch], ti[touch]
        count = np.bincount(pi, minlength=n)
        sure[count == 0] = True  # no polygon touches it
        single = count[pi] == 1
        pi, ti = pi[single], ti[single]
        if len(pi):
            with self._lock:
                inside = shapely.covers(self.geoms[ti], boxes[pi])
            index[pi[inside]] = ti[inside]
            sure[pi[inside]] = True
        return index, sure

    def locate(self, points: np.ndarray) -> np.ndarray:
        """Index of the first polygon containing (or touching) each point, -1 for none."""
        result = np.full(len(points), -1, dtype=np.int64)
        if len(self.geoms) == 0 or len(points) == 0:
            return result
        pi, ti = self.tree.query(points)
        if len(pi) == 0:
            return result
        with self._lock:
            self._check(ti)
            hit = shapely.intersects(self.geoms[ti], points[pi])
        pi, ti = pi[hit], ti[hit]
        # first hit per point (lowest polygon index, so the answer does not depend on the query order)
        order = np.lexsort((ti, pi))
        pi, ti = pi[order], ti[order]
        first = np.r_[True, pi[1:] != pi[:-1]] if len(pi) else np.zeros(0, dtype=bool)
        result[pi[first]] = ti[first]
        return result


class AdminIndex:
    """``lookup(plots) -> [(country, state), …]`` from country/state boundaries.

    ``source=None`` uses QGIS's world_map.gpkg (found in ``qgis_resources_dir`` or the usual install
    places); a ValueError says so when it cannot be found. ``bbox`` (lon/lat) limits what is read.
    """

    def __init__(
        self,
        source: Optional[DataSource] = None,
        *,
        qgis_resources_dir: Optional[str] = None,
        bbox: Optional[BBox] = None,
    ) -> None:
        if source is None:
            source = default_admin_source(qgis_resources_dir)
            if source is None:
                raise ValueError(
                    "no country/state boundaries: QGIS's world_map.gpkg was not found; set the 'admin' data source"
                )
        self.source = source
        options = dict(source.options or {})
        fmap = {k.lower(): v for k, v in (source.field_map or {}).items() if v}
        layers = list_layers(source.path)
        country_layer = options.get("country_layer")
        state_layer = options.get("state_layer")
        if source.layer is None and country_layer is None and state_layer is None:
            if WORLD_MAP_COUNTRY_LAYER in layers or WORLD_MAP_STATE_LAYER in layers:
                country_layer = WORLD_MAP_COUNTRY_LAYER if WORLD_MAP_COUNTRY_LAYER in layers else None
                state_layer = WORLD_MAP_STATE_LAYER if WORLD_MAP_STATE_LAYER in layers else None
        self.bbox = bbox
        if country_layer is None and state_layer is None:
            # one layer carrying both names (GADM level 1, geoBoundaries, a national layer, …)
            names = field_names(source.path, source.layer)
            state_field = fmap.get("state") or _pick(names, SINGLE_LAYER_STATE_FIELDS)
            country_field = fmap.get("country") or _pick(names, COUNTRY_FIELDS, exclude=[state_field])
            self._check_fields(source.path, source.layer, names, (country_field, state_field))
            self.countries: Optional[_Polygons]
            self.states: Optional[_Polygons]
            iso2, iso3 = _pick(names, ISO2_FIELDS), _pick(names, ISO3_FIELDS)
            vec = read_vector(source.path, source.layer, bbox,
                              fields=[f for f in (country_field, state_field, iso2, iso3) if f is not None])
            self.countries = _Polygons(vec, country_field, iso_fields=(iso2, iso3))
            self.states = (_Polygons(vec, state_field, country_field, iso_fields=(iso2, iso3))
                           if state_field else None)
            self.fields = {"country": country_field, "state": state_field}
            return
        self.countries = None
        self.states = None
        self.fields = {}
        if country_layer:
            names = field_names(source.path, country_layer)
            field = fmap.get("country") or _pick(names, COUNTRY_FIELDS)
            self._check_fields(source.path, country_layer, names, (field,))
            code = _pick(names, ISO3_FIELDS)
            iso2 = _pick(names, ISO2_FIELDS)
            vec = read_vector(source.path, country_layer, bbox,
                              fields=[f for f in (field, code, iso2) if f is not None])
            self.countries = _Polygons(vec, field, code_field=code, iso_fields=(iso2, code))
            self.fields["country"] = field
        if state_layer:
            names = field_names(source.path, state_layer)
            field = fmap.get("state") or _pick(names, STATE_FIELDS)
            state_country = fmap.get("state_country") or _pick(names, STATE_COUNTRY_FIELDS, exclude=[field])
            self._check_fields(source.path, state_layer, names, (field, state_country))
            code_field = _pick(names, STATE_ISO3_FIELDS)
            iso2 = _pick(names, STATE_ISO2_FIELDS)
            vec = read_vector(source.path, state_layer, bbox,
                              fields=[f for f in (field, state_country, code_field, iso2) if f])
            self.states = _Polygons(vec, field, state_country, iso_fields=(iso2, code_field))
            self.fields["state"] = field
            if self.countries is not None and state_country and code_field:
                self._long_country_names(source.path, state_layer, vec, code_field, state_country)

    def _long_country_names(self, path: str, layer: str, states: VectorData, code_field: str,
                            state_country: str) -> None:
        """Natural Earth's country layer abbreviates (``Dominican Rep.``); its state layer has the full
        name (``admin``): use it, matched by ISO 3166-1 alpha-3 code, so both layers name a country alike.

        The full name is the first one (in layer order) over the *whole* state layer, also when only the
        states near the plots were read: codes of countries without such a state are looked up."""
        if self.countries is None or self.countries.codes is None:
            return
        full: dict[str, str] = {}
        for attrs in states.attributes:
            code, name = _text(attrs.get(code_field)), _text(attrs.get(state_country))
            if code and name:
                full.setdefault(code.upper(), name)
        if self.bbox is not None:
            # A state outside the bbox may come first in layer order (or be the only one with a
            # name): ask the whole layer, attributes only, for the countries that were read.
            codes = sorted({(c or "").upper() for c in self.countries.codes if c})
            if codes:
                full = {}
                for attrs in read_attributes(path, layer, [code_field, state_country], code_field, codes):
                    code, name = _text(attrs.get(code_field)), _text(attrs.get(state_country))
                    if code and name:
                        full.setdefault(code.upper(), name)
        pairs = zip(self.countries.codes, self.countries.names)
        self.countries.names = np.array([full.get((code or "").upper(), name) for code, name in pairs], dtype=object)

    @staticmethod
    def _check_fields(path: str, layer: Optional[str], names: Sequence[str], wanted) -> None:
        lower = {f.lower() for f in names}
        for name in wanted:
            if name and name.lower() not in lower:
                if not layer:
                    ds, lyr = open_vector(path, layer)
                    layer = lyr.GetName()
                    del lyr, ds
                raise ValueError(
                    f"field '{name}' is not in layer '{layer}' of {path} (fields: {', '.join(names)})"
                )

    @staticmethod
    def representative_points(plot_geoms_lonlat: Any, valid: Validity = None) -> np.ndarray:
        """One point per plot inside it (None for a missing or empty geometry); ``valid``: each
        geometry's validity when the caller knows it already, or a function giving the validity of the
        geometries at the positions it is given (else checked here)."""
        geoms = np.empty(len(plot_geoms_lonlat), dtype=object)
        geoms[:] = list(plot_geoms_lonlat)
        points = np.empty(len(geoms), dtype=object)
        ok = ~shapely.is_missing(geoms)
        ok[ok] = ~shapely.is_empty(geoms[ok])
        if ok.any():
            sub = geoms[ok]
            pts = np.empty(len(sub), dtype=object)
            # point_on_surface needs a valid polygon; an invalid one falls back to its centroid
            if valid is None:
                fine = shapely.is_valid(sub)
            elif callable(valid):
                fine = np.asarray(valid(np.flatnonzero(ok)), dtype=bool)
            else:
                fine = np.asarray(valid, dtype=bool)[ok]
            pts[fine] = shapely.point_on_surface(sub[fine])
            pts[~fine] = shapely.centroid(sub[~fine])
            points[ok] = pts
        return points

    def lookup(self, plot_geoms_lonlat) -> list[tuple[Optional[str], Optional[str]]]:
        """(country, state) of each plot."""
        return [(place.country, place.state) for place in self.places(plot_geoms_lonlat)]

    def places(self, plot_geoms_lonlat: Any, valid: Validity = None) -> list[Place]:
        """Country, state and the country's ISO 3166-1 alpha-2 / alpha-3 codes of each plot (``valid``:
        see :meth:`representative_points`).

        A plot whose bounding box lies inside one country (and one state) and in no other's box, and
        whose centroid is in its box, is placed there without its point: the point, inside the plot
        (or its centroid when the plot is invalid), is in the box, so the answer is the same; its
        validity is then not needed (``valid`` as a function is asked only for the others)."""
        geoms = np.empty(len(plot_geoms_lonlat), dtype=object)
        geoms[:] = list(plot_geoms_lonlat)
        n = len(geoms)
        layers = [layer for layer in (self.countries, self.states) if layer is not None]
        settled = np.zeros(n, dtype=bool)
        found_by_box: list[np.ndarray] = []
        if n and layers:
            b = shapely.bounds(geoms)
            c = shapely.centroid(geoms)
            cx, cy = np.full(n, np.nan), np.full(n, np.nan)
            has = ~shapely.is_missing(c)
            has[has] = ~shapely.is_empty(c[has])
            cx[has], cy[has] = shapely.get_x(c[has]), shapely.get_y(c[has])
            with np.errstate(invalid="ignore"):
                settled = ((b[:, 2] > b[:, 0]) & (b[:, 3] > b[:, 1]) & (cx >= b[:, 0]) & (cx <= b[:, 2])
                           & (cy >= b[:, 1]) & (cy <= b[:, 3]))
            cand = np.flatnonzero(settled)
            boxes = shapely.box(b[cand, 0], b[cand, 1], b[cand, 2], b[cand, 3])
            for layer in layers:
                index, sure = layer.covering(boxes)
                settled[cand[~sure]] = False
                full = np.full(n, -1, dtype=np.int64)
                full[cand] = index
                found_by_box.append(full)
        rest = np.flatnonzero(~settled)
        if valid is not None and not callable(valid):
            valid = np.asarray(valid, dtype=bool)[rest]
        elif callable(valid):
            ask = valid
            valid = lambda pos: ask(rest[pos])  # noqa: E731
        points = np.empty(n, dtype=object)
        points[rest] = self.representative_points(geoms[rest], valid)
        country = np.full(n, None, dtype=object)
        state = np.full(n, None, dtype=object)
        iso2 = np.full(n, None, dtype=object)
        iso3 = np.full(n, None, dtype=object)
        present = np.flatnonzero(~shapely.is_missing(points) | settled)
        pts = points[present]
        on_box = settled[present]
        box_index = {id(layer): found[present] for layer, found in zip(layers, found_by_box)}

        def located(layer: _Polygons) -> np.ndarray:
            idx = np.full(len(present), -1, dtype=np.int64)
            idx[~on_box] = layer.locate(pts[~on_box])
            if id(layer) in box_index:
                idx[on_box] = box_index[id(layer)][on_box]
            return idx

        if self.countries is not None:
            idx = located(self.countries)
            found = idx >= 0
            country[present[found]] = self.countries.names[idx[found]]
            iso2[present[found]] = self.countries.iso2[idx[found]]
            iso3[present[found]] = self.countries.iso3[idx[found]]
        if self.states is not None:
            idx = located(self.states)
            found = idx >= 0
            state[present[found]] = self.states.names[idx[found]]
            # a point on a state polygon but outside the (coarser) country polygons: the state's country
            missing = found & np.array([c is None for c in country[present]], dtype=bool)
            country[present[missing]] = self.states.countries[idx[missing]]
            # codes the country layer lacks (Natural Earth writes -99 for a few) from the state's country
            for codes, column in ((iso2, self.states.iso2), (iso3, self.states.iso3)):
                gap = found & np.array([c is None for c in codes[present]], dtype=bool)
                codes[present[gap]] = column[idx[gap]]
        columns = zip(country.tolist(), state.tolist(), iso2.tolist(), iso3.tolist())
        return [Place(*values) for values in columns]

    def code_pairs(self) -> dict[str, tuple[Optional[str], Optional[str]]]:
        """(alpha-2, alpha-3) by upper-case country name (short and long), alpha-3 and alpha-2 code."""
        table: dict[str, tuple[Optional[str], Optional[str]]] = {}
        for layer in (self.countries, self.states):
            if layer is None:
                continue
            columns = (layer.names, layer.short_names) if layer is self.countries else (layer.countries,)
            for names in columns:
                for name, iso2, iso3 in zip(names, layer.iso2, layer.iso3):
                    if iso2 is None and iso3 is None:
                        continue
                    for key in (iso2, iso3, name):
                        if key:
                            table.setdefault(str(key).strip().upper(), (iso2, iso3))
        for iso2, iso3 in ISO_CODES_NOT_IN_WORLD_MAP.items():
            table.setdefault(iso2, (iso2, iso3))
            table.setdefault(iso3, (iso2, iso3))
        return table

    def code_table(self) -> dict[str, str]:
        """ISO 3166-1 alpha-2 code by upper-case country name, alpha-3 code and alpha-2 code itself."""
        return {key: iso2 for key, (iso2, _) in self.code_pairs().items() if iso2}


_DEFAULT_CODES: dict[str, dict[str, tuple[Optional[str], Optional[str]]]] = {}
_DEFAULT_CODES_LOCK = threading.Lock()


def default_code_pairs(
    qgis_resources_dir: Optional[str] = None,
) -> dict[str, tuple[Optional[str], Optional[str]]]:
    """:meth:`AdminIndex.code_pairs` of QGIS's world_map.gpkg (read once), empty when it is not found."""
    source = default_admin_source(qgis_resources_dir)
    if source is None:
        return {}
    with _DEFAULT_CODES_LOCK:
        if source.path not in _DEFAULT_CODES:
            try:
                _DEFAULT_CODES[source.path] = AdminIndex(source).code_pairs()
            except Exception:  # noqa: BLE001 - codes are an addition; a broken file must not fail a run
                _DEFAULT_CODES[source.path] = {}
        return _DEFAULT_CODES[source.path]


def add_country_codes(results: Sequence[Any], qgis_resources_dir: Optional[str] = None) -> None:
    """Fill ``country_iso2`` / ``country_iso3`` of results that name a country but lack its codes
    (Vantage API results: the API's ``country`` is a plain name), from the bundled country lookup."""
    wanted = [r for r in results if getattr(r, "country", None) and not (r.country_iso2 or r.country_iso3)]
    if not wanted:
        return
    table = default_code_pairs(qgis_resources_dir)
    for result in wanted:
        iso2, iso3 = table.get(str(result.country).strip().upper(), (None, None))
        result.country_iso2, result.country_iso3 = iso2, iso3


__all__ = ["AdminIndex", "Place", "add_country_codes", "default_code_pairs", "iso_code", "WORLD_MAP_COUNTRY_LAYER",
           "WORLD_MAP_STATE_LAYER"]
