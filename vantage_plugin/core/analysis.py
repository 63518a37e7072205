"""The Vantage ``Analysis`` shape (API 3.0.1) and the flat result fields, in one place.

Both engines return, per plot, a :class:`PlotResult` holding an ``Analysis`` dict built with
:func:`make_analysis`; the result layer's columns are :data:`RESULT_FIELD_TABLE` (each field spelled
once, with where its value comes from), made a chunk at a time by :func:`result_columns`
(:func:`result_row` is its one-result case; for the bulk writer, the Analysis JSON as ASCII heads and one
non-ASCII tail, :class:`TailedTexts`). No other module spells these keys.
"""

from __future__ import annotations

import json
from collections import abc
from dataclasses import dataclass, field
from itertools import repeat
from json.encoder import encode_basestring
from operator import attrgetter, eq, itemgetter
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np

# --- Analysis keys (Vantage API 3.0.1) --------------------------------------------------------
ANALYSIS_END = "analysis_end"
ANALYSIS_END_LEGACY = "analysisEnd"
RISK_LEVEL = "risk_level"
RISK_REASON = "risk_reason"
AREA_HA = "areaHa"
FOREST_AREA_2020 = "forest_area_2020"
FOREST_PERCENTAGE_2020 = "forest_percentage_2020"
LOGGING_AREA = "logging_area"
VERSION = "version"
DEFORESTATION = "deforestation"
TOTAL = "total"
TOTAL_YEARLY = "total_yearly"
TOTAL_JRC = "total_jrc"
TOTAL_YEARLY_JRC = "total_yearly_jrc"
DEFORESTATION_PERCENTAGE = "deforestation_percentage"
PROTECTED_AREAS = "protected_areas"
PA_SUMMARY = "protected_area_overlap_summary"
PA_OVERLAP = "protected_area_overlap"
PA_DETAILS = "protected_area_details"
PA_MOST_RESTRICTIVE = "most_restrictive_extractive_activity_legality"
PROTECTED_AREAS_LEGACY = "protectedAreas"
INDIGENOUS_LAND = "indigenous_land"
IL_SUMMARY = "indigenous_land_overlap_summary"
IL_OVERLAP = "indigenous_land_overlap"
IL_DETAILS = "indigenous_land_details"
INDIGENOUS_OVERLAP_LEGACY = "indigenous_overlap"
TOTAL_OVERLAP_PERCENTAGE = "total_overlap_percentage"
TOTAL_OVERLAP_AREA_HA = "total_overlap_area_ha"
SOURCES = "sources"

#: Order of strictness of ``extractive_activity_legality`` (the API documents no enum; the
#: strictest value seen wins, unknown values rank below these).
LEGALITY_ORDER: tuple[str, ...] = ("allowed", "limited", "prohibited")

# --- result statuses --------------------------------------------------------------------------
STATUS_OK = "ok"
STATUS_NO_DATA = "no_data"  # analysed, but some data did not cover the plot (never shown as Low)
STATUS_FAILED = "failed"  # the engine failed on this plot; ``error`` says why
STATUS_INVALID = "invalid"  # blocked by validation, never analysed
STATUS_PENDING = "pending"  # API job not finished yet
STATUS_SIMULATED = "simulated"  # API dry run: placeholder values, never real results


def _round(value: Optional[float], digits: int = 4) -> Optional[float]:
    return None if value is None else round(float(value), digits)


def percent(part: Optional[float], whole: Optional[float]) -> Optional[float]:
    """``100 * part / whole``, ``None`` when either is unknown, 0 for an empty whole."""
    if part is None or whole is None:
        return None
    return 100.0 * part / whole if whole > 0 else 0.0


def overlap_block(
    kind: str,
    overlap_ha: float,
    plot_ha: float,
    details: Sequence[Mapping[str, Any]],
    sources: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """The ``protected_areas`` (kind ``"pa"``) or ``indigenous_land`` (kind ``"il"``) object."""
    summary: dict[str, Any] = {
        PA_OVERLAP if kind == "pa" else IL_OVERLAP: overlap_ha > 0,
        TOTAL_OVERLAP_PERCENTAGE: _round(percent(overlap_ha, plot_ha)),
        TOTAL_OVERLAP_AREA_HA: _round(overlap_ha),
    }
    if kind == "pa":
        legalities = [d.get("extractive_activity_legality") for d in details]
        ranked = [v for v in legalities if v in LEGALITY_ORDER]
        summary[PA_MOST_RESTRICTIVE] = max(ranked, key=LEGALITY_ORDER.index) if ranked else None
        return {PA_SUMMARY: summary, PA_DETAILS: list(details), SOURCES: list(sources)}
    return {IL_SUMMARY: summary, IL_DETAILS: list(details), SOURCES: list(sources)}


def make_analysis(
    *,
    area_ha: float,
    analysis_end: Optional[str],
    forest_ha: Optional[float],
    deforestation_ha: Optional[float],
    deforestation_yearly: Optional[Mapping[int, float]],
    risk_level: str,
    risk_reason: str,
    version: str,
    jrc: bool = False,
    protected_areas: Optional[dict[str, Any]] = None,
    indigenous_land: Optional[dict[str, Any]] = None,
    logging_area: Optional[float] = None,
) -> dict[str, Any]:
    """A complete ``Analysis`` dict with every field of the 3.0.1 schema, legacy ones included.

    ``jrc`` marks the forest source as the JRC GFC2020 mask, so the ``_jrc`` variants are filled;
    otherwise they are ``None``. Unknown values stay ``None`` (never a made-up zero).
    """
    yearly = {str(year): _round(ha) for year, ha in sorted((deforestation_yearly or {}).items())}
    return analysis_dict(
        area_ha=_round(area_ha),
        analysis_end=analysis_end,
        forest_ha=_round(forest_ha),
        forest_percent=_round(percent(forest_ha, area_ha)),
        deforestation_ha=_round(deforestation_ha),
        deforestation_percent=_round(percent(deforestation_ha, area_ha)),
        yearly=yearly if deforestation_yearly is not None else None,
        risk_level=risk_level,
        risk_reason=risk_reason,
        version=version,
        jrc=jrc,
        protected_areas=protected_areas or overlap_block("pa", 0.0, area_ha, []),
        indigenous_land=indigenous_land or overlap_block("il", 0.0, area_ha, []),
        logging_area=_round(logging_area),
    )


def analysis_dict(
    *,
    area_ha: Optional[float],
    analysis_end: Optional[str],
    forest_ha: Optional[float],
    forest_percent: Optional[float],
    deforestation_ha: Optional[float],
    deforestation_percent: Optional[float],
    yearly: Optional[dict[str, Optional[float]]],
    risk_level: str,
    risk_reason: str,
    version: str,
    jrc: bool,
    protected_areas: dict[str, Any],
    indigenous_land: dict[str, Any],
    logging_area: Optional[float] = None,
) -> dict[str, Any]:
    """The ``Analysis`` dict of :func:`make_analysis` from values already rounded (4 decimals) and
    percentages already taken: the one spelling of its keys, for callers that round many plots at once.
    ``yearly``: ``{"2021": ha, …}`` in year order (None without loss data)."""
    il_summary = indigenous_land[IL_SUMMARY]
    return {
        ANALYSIS_END: analysis_end,
        ANALYSIS_END_LEGACY: analysis_end,
        RISK_LEVEL: risk_level,
        RISK_REASON: risk_reason,
        AREA_HA: area_ha,
        FOREST_AREA_2020: forest_ha,
        FOREST_PERCENTAGE_2020: forest_percent,
        LOGGING_AREA: logging_area,
        VERSION: version,
        DEFORESTATION: {
            TOTAL: deforestation_ha,
            TOTAL_YEARLY: yearly,
            TOTAL_JRC: deforestation_ha if jrc else None,
            TOTAL_YEARLY_JRC: yearly if jrc else None,
        },
        DEFORESTATION_PERCENTAGE: deforestation_percent,
        PROTECTED_AREAS: protected_areas,
        PROTECTED_AREAS_LEGACY: [
            [d.get("area_name") or d.get("area_id"), _round(d.get("overlap_area_ha"))]
            for d in protected_areas.get(PA_DETAILS, [])
        ],
        INDIGENOUS_LAND: indigenous_land,
        INDIGENOUS_OVERLAP_LEGACY: {
            "total_overlap_area": il_summary.get(TOTAL_OVERLAP_AREA_HA),
            "overlapping_territories": [d.get("name") or d.get("id") for d in indigenous_land.get(IL_DETAILS, [])],
            "overlap_percentage": il_summary.get(TOTAL_OVERLAP_PERCENTAGE),
        },
    }


def rounded(values: Any, digits: int = 4) -> list[Optional[float]]:
    """``round(v, digits)`` of every value of an array (NaN → None), as :func:`make_analysis` rounds.

    Made with numpy where that is exact: ``rint(v * 10**digits) / 10**digits`` is Python's result
    (the nearest float to the correctly rounded decimal) when the product is below 2**52 and not within
    its own rounding error of a half (then its integer is the exact product's, and dividing it by a
    power of ten is correctly rounded). The other values (ties, huge, NaN, infinities) with ``round``."""
    array = np.asarray(values, dtype=float)
    if array.ndim != 1 or not 0 <= digits <= 15:
        return [None if v != v else round(v, digits) for v in array.tolist()]
    scale = 10.0 ** digits
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = array * scale
        size = np.abs(scaled)
        exact = (size < 2.0**52) & (np.abs(scaled - np.floor(scaled) - 0.5) > size * 2.0**-50)
        out = (np.rint(scaled) / scale).tolist()
    if not exact.all():
        for k in np.flatnonzero(~exact).tolist():
            value = float(array[k])
            out[k] = None if value != value else round(value, digits)
    return out


def percents(part: Any, whole: Any) -> Any:
    """:func:`percent` on arrays (NaN where ``part`` is NaN; 0 where ``whole`` is not > 0)."""
    part = np.asarray(part, dtype=float)
    whole = np.asarray(whole, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(whole > 0, 100.0 * part / whole, np.where(np.isnan(part), np.nan, 0.0))


@dataclass
class PlotResult:
    """One plot's outcome from either engine."""

    plot_index: int
    engine: str
    status: str
    analysis: Optional[dict[str, Any]] = None
    error: Optional[str] = None
    country: Optional[str] = None
    state: Optional[str] = None
    plot_id: Optional[str] = None
    job_id: Optional[str] = None
    run_id: Optional[str] = None
    analysis_image: Optional[str] = None
    fingerprint: Optional[str] = None
    extra: dict[str, Any] = field(default_factory=dict)
    country_iso2: Optional[str] = None
    """ISO 3166-1 alpha-2 code of ``country`` (the API's ``country`` is a plain name, so codes sit beside it)."""
    country_iso3: Optional[str] = None
    """ISO 3166-1 alpha-3 code of ``country``."""
    limits: tuple[str, ...] = ()
    """Codes of :class:`.risk.Limit`: why the level is Unknown or only a minimum (empty: no limit)."""
    level_is_minimum: bool = False
    """The level is a lower bound (data missing in space or in years could only raise it)."""

    @property
    def simulated(self) -> bool:
        return self.status == STATUS_SIMULATED


# --- what the analysis window ends on ---------------------------------------------------------
#: ``extra[ANALYSIS_END_FROM]``: where a result's end date came from (stated in every result).
ANALYSIS_END_FROM = "analysis_end_from"
END_FROM_PLOT = "plot"  # the plot's harvest date
END_FROM_DEFAULT = "run_default"  # the run's default harvest date (plot without one)
END_FROM_TODAY = "today"  # no harvest date anywhere: the day of the run
#: ``extra[LOSS_DATA_YEARS]``: the years the loss data covers, e.g. ``2001–2018 (file name)``.
LOSS_DATA_YEARS = "loss_data_years"

# --- flat result fields -----------------------------------------------------------------------
#: Every fixed flat column, once: (name, type, source, key). ``type`` is one of ``str``, ``float``,
#: ``int``, ``bool``. The value of a result is ``source``'s ``key``, ``None`` where missing; sources:
#: ``"analysis"`` the Analysis, ``"deforestation"`` its deforestation object, ``"pa"`` / ``"il"`` its
#: protected-area / indigenous-land overlap summary, ``"result"`` the :class:`PlotResult`'s attribute,
#: ``"extra"`` its ``extra``; and made from them: ``"end"`` the Analysis's end date (or the legacy key's),
#: ``"joined"`` the attribute's texts joined with commas (``None`` when none), ``"truth"`` the
#: attribute as a bool, ``"json"`` the whole Analysis as JSON text (``None`` without one).
RESULT_FIELD_TABLE: tuple[tuple[str, type, str, str], ...] = (
    ("risk_level", str, "analysis", RISK_LEVEL),
    ("risk_reason", str, "analysis", RISK_REASON),
    ("area_ha", float, "analysis", AREA_HA),
    ("forest_2020_ha", float, "analysis", FOREST_AREA_2020),
    ("forest_2020_pct", float, "analysis", FOREST_PERCENTAGE_2020),
    ("deforestation_ha", float, "deforestation", TOTAL),
    ("deforestation_pct", float, "analysis", DEFORESTATION_PERCENTAGE),
    ("protected_overlap_ha", float, "pa", TOTAL_OVERLAP_AREA_HA),
    ("protected_overlap_pct", float, "pa", TOTAL_OVERLAP_PERCENTAGE),
    ("indigenous_overlap_ha", float, "il", TOTAL_OVERLAP_AREA_HA),
    ("indigenous_overlap_pct", float, "il", TOTAL_OVERLAP_PERCENTAGE),
    ("country", str, "result", "country"),
    ("country_iso2", str, "result", "country_iso2"),
    ("country_iso3", str, "result", "country_iso3"),
    ("state", str, "result", "state"),
    ("analysis_end", str, "end", ANALYSIS_END),
    ("analysis_end_from", str, "extra", ANALYSIS_END_FROM),
    ("loss_data_years", str, "extra", LOSS_DATA_YEARS),
    ("limits", str, "joined", "limits"),
    ("level_is_minimum", bool, "truth", "level_is_minimum"),
    ("status", str, "result", "status"),
    ("error", str, "result", "error"),
    ("engine", str, "result", "engine"),
    ("simulated", bool, "result", "simulated"),
    ("plot_id", str, "result", "plot_id"),
    ("job_id", str, "result", "job_id"),
    ("run_id", str, "result", "run_id"),
    ("analysis_image", str, "result", "analysis_image"),
    ("fingerprint", str, "result", "fingerprint"),
    ("analysis_json", str, "json", ""),
)
#: (name, type) of the fixed flat columns, in order.
FIXED_RESULT_FIELDS: tuple[tuple[str, type], ...] = tuple((name, kind) for name, kind, _, _ in RESULT_FIELD_TABLE)


def _keys_of(*sources: str) -> list[str]:
    return [key for _, _, source, key in RESULT_FIELD_TABLE if source in sources]


#: What :func:`result_columns` reads, by where it reads it (each object is read once, for all its keys).
_ANALYSIS_KEYS = [*_keys_of("analysis"), ANALYSIS_END, ANALYSIS_END_LEGACY, DEFORESTATION, PROTECTED_AREAS,
                  INDIGENOUS_LAND]
_DEFORESTATION_KEYS = [*_keys_of("deforestation"), TOTAL, TOTAL_YEARLY]
_SUMMARY_KEYS = {"pa": _keys_of("pa"), "il": _keys_of("il")}
_EXTRA_KEYS = _keys_of("extra")
_ATTRIBUTES = [*_keys_of("result", "joined", "truth"), "extra"]


#: The column the per-year loss columns (:func:`loss_year_field`) follow.
LOSS_YEARS_AFTER = "deforestation_pct"


def loss_year_field(year: int) -> str:
    return f"deforestation_{year}_ha"


def result_fields(loss_years: Iterable[int]) -> list[tuple[str, type]]:
    """Every flat result column, the per-year loss columns inserted after :data:`LOSS_YEARS_AFTER`."""
    fields = list(FIXED_RESULT_FIELDS)
    at = [name for name, _ in fields].index(LOSS_YEARS_AFTER) + 1
    fields[at:at] = [(loss_year_field(year), float) for year in sorted(set(loss_years))]
    return fields


_NO_ANALYSIS: dict[str, Any] = {}
"""Stands for a missing Analysis (or part of one); never changed."""


def loss_years_of(results: Iterable[PlotResult]) -> list[int]:
    """Every year that appears in any result's ``total_yearly``."""
    results = list(results)
    try:  # every Analysis with a deforestation dict holding total_yearly (the usual case): read at once
        deforestation = list(map(itemgetter(DEFORESTATION), filter(None, map(attrgetter("analysis"), results))))
        keys = set().union(*filter(None, map(itemgetter(TOTAL_YEARLY), deforestation)))
    except (KeyError, TypeError):
        keys = set().union(*[((result.analysis or _NO_ANALYSIS).get(DEFORESTATION) or _NO_ANALYSIS).get(TOTAL_YEARLY)
                             or _NO_ANALYSIS for result in results])
    return sorted({int(year) for year in keys})


#: The encoder of ``analysis_json`` (one for all rows: ``json.dumps`` with options makes one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def result_row(result: PlotResult, loss_years: Iterable[int]) -> dict[str, Any]:
    """The flat values of one result, keyed like :func:`result_fields` (:func:`result_columns` of it)."""
    return {name: column[0] for name, column in result_columns([result], loss_years).items()}


def dict_columns(rows: Sequence[Any], keys: Sequence[str]) -> list[list]:
    """``[row.get(key) for row in rows]`` for each of ``keys``, reading each row once: every row's
    values taken together when the rows are dicts that hold every key (an empty dict gives ``None``s).
    Raises as ``row.get`` raises (AttributeError for a row that is no mapping)."""
    if not rows or not keys:
        return [[] for _ in keys]
    if set(map(type, rows)) != {dict}:
        return [[row.get(key) for row in rows] for key in keys]
    getter = itemgetter(*keys)
    if len(keys) == 1:
        try:
            return [list(map(getter, rows))]
        except KeyError:
            return [list(map(dict.get, rows, repeat(keys[0])))]
    try:
        got = list(map(getter, rows))
    except KeyError:  # some row lacks a key: the empty rows (no Analysis) apart, else key by key
        full = [row for row in rows if row]
        try:
            values = iter(list(map(getter, full)))
        except KeyError:
            return [list(map(dict.get, rows, repeat(key))) for key in keys]
        nones = (None,) * len(keys)
        got = [next(values) if row else nones for row in rows]
    return list(map(list, zip(*got)))


def _present(values: Iterable[Any]) -> list:
    """Each value, or an empty dict for a missing (falsy) one, as ``value or {}``."""
    return [value or _NO_ANALYSIS for value in values]


def _summaries(blocks: list, key: str) -> list:
    """``(block or {}).get(key) or {}`` of each block (an overlap block's summary); read at once when
    every block is a dict holding ``key`` (the usual case)."""
    if set(map(type, blocks)) == {dict}:
        try:
            return _present(map(itemgetter(key), blocks))
        except KeyError:
            pass
    return [(block or _NO_ANALYSIS).get(key) or _NO_ANALYSIS for block in blocks]


def result_columns(results: Sequence[PlotResult], loss_years: Iterable[int],
                   json_tail: bool = False) -> dict[str, Sequence]:
    """The flat values of every result (:data:`RESULT_FIELD_TABLE`), as one list per column keyed like
    :func:`result_fields` (in that order), built column by column for a whole chunk. Raises where a
    result's values cannot be read (e.g. AttributeError for a part of its Analysis that is no mapping:
    the caller then makes the rows one by one). ``json_tail``: the ``analysis_json`` column may come as
    :class:`TailedTexts` (:func:`analysis_json_column`), for a writer that stores it as such."""
    results = list(results)
    analyses = _present(map(attrgetter("analysis"), results))
    top = key_columns(analyses) if json_tail else None  # every Analysis of one shape: read once, for both
    by_source: dict[str, dict[str, list]] = {
        "analysis": ({key: top[key] if key in top else [None] * len(analyses) for key in _ANALYSIS_KEYS}
                     if top is not None else dict(zip(_ANALYSIS_KEYS, dict_columns(analyses, _ANALYSIS_KEYS))))}
    deforestation = _present(by_source["analysis"][DEFORESTATION])
    by_source["deforestation"] = dict(zip(_DEFORESTATION_KEYS, dict_columns(deforestation, _DEFORESTATION_KEYS)))
    for source, block_key, summary_key in (("pa", PROTECTED_AREAS, PA_SUMMARY), ("il", INDIGENOUS_LAND, IL_SUMMARY)):
        summaries = _summaries(by_source["analysis"][block_key], summary_key)
        by_source[source] = dict(zip(_SUMMARY_KEYS[source], dict_columns(summaries, _SUMMARY_KEYS[source])))
    attributes: list[list] = [list(column) for column in zip(*map(attrgetter(*_ATTRIBUTES), results))]
    by_source["result"] = dict(zip(_ATTRIBUTES, attributes or [[] for _ in _ATTRIBUTES]))
    by_source["extra"] = dict(zip(_EXTRA_KEYS, dict_columns(by_source["result"]["extra"], _EXTRA_KEYS)))
    present = [a for a in analyses if a]
    texts = analysis_json_column(present, top) if json_tail else analysis_json_texts(present)
    made = {
        "end": lambda _: [end or legacy for end, legacy in zip(by_source["analysis"][ANALYSIS_END],
                                                               by_source["analysis"][ANALYSIS_END_LEGACY])],
        "joined": lambda key: [",".join(parts) or None for parts in by_source["result"][key]],
        "truth": lambda key: list(map(bool, by_source["result"][key])),
        "json": lambda _: spread(texts, list(map(bool, analyses))),
    }
    columns: dict[str, Sequence] = {}
    for name, _, source, key in RESULT_FIELD_TABLE:
        columns[name] = made[source](key) if source in made else by_source[source][key]
        if name == LOSS_YEARS_AFTER:
            columns.update(_loss_year_columns(by_source["deforestation"][TOTAL],
                                              by_source["deforestation"][TOTAL_YEARLY], loss_years))
    return columns


def _loss_year_columns(total: list, yearly: list, loss_years: Iterable[int]) -> dict[str, list]:
    """The per-year loss columns: the year's loss, else 0 where the plot has loss data (``total``)."""
    years = list(loss_years)
    if not years:
        return {}
    picked = dict_columns(_present(yearly), [str(year) for year in years])
    return {loss_year_field(year): [value if value is not None else (None if known is None else 0.0)
                                    for value, known in zip(column, total)]
            for year, column in zip(years, picked)}


# --- the Analysis as JSON text, a column at a time ----------------------------------------------
def _float_text(value: float) -> str:
    if value - value == 0:  # finite
        return float.__repr__(value)
    return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")


def _list_text(value: list) -> str:
    return _JSON.encode(value) if value else "[]"


#: JSON text of the values :data:`_JSON` writes without looking inside (``json``'s own rules).
_SCALAR_TEXT: dict[type, Any] = {
    type(None): lambda _: "null",
    bool: lambda value: "true" if value else "false",
    int: int.__repr__,
    float: _float_text,
    str: encode_basestring,
    list: _list_text,
}
#: Depth below which nested objects are encoded value by value (:data:`_JSON` then finds cycles).
_JSON_DEPTH = 16


def analysis_json_texts(values: Sequence[Any]) -> list[str]:
    """``_JSON.encode(value)`` of every value (the ``analysis_json`` column: sorted keys, no ASCII
    escaping), the same text, made a column at a time: the objects that share their keys are written
    with one template, each key's values encoded together."""
    values = list(values)
    if len(values) < 2:  # one value (a row written on its own): no column to share
        return [_JSON.encode(value) for value in values]
    return _json_texts(values, 0)


def _json_texts(values: list, depth: int) -> list[str]:
    kinds = set(map(type, values))
    if dict not in kinds or depth > _JSON_DEPTH:
        if len(kinds) == 1 and kinds <= _SCALAR_TEXT.keys():
            (kind,) = kinds
            if kind is str:  # few distinct texts (levels, versions, dates): each encoded once
                known = {value: encode_basestring(value) for value in set(values)}
                return list(map(known.__getitem__, values))
            if kind is type(None):
                return ["null"] * len(values)
            if kind is float:
                texts = list(map(float.__repr__, values))
                return texts if "n" not in "".join(texts) else list(map(_float_text, values))  # nan, inf
            return list(map(_SCALAR_TEXT[kind], values))
        return [_SCALAR_TEXT.get(type(value), _JSON.encode)(value) for value in values]
    if len(kinds) == 1:
        shaped = _shape_parts(values, depth)
        if shaped is not None:
            return _filled(*shaped, len(values))
    out: list[str] = [""] * len(values)
    groups: dict[frozenset, list[int]] = {}
    for at, value in enumerate(values):
        if type(value) is dict:
            groups.setdefault(frozenset(value), []).append(at)
        else:
            out[at] = _SCALAR_TEXT.get(type(value), _JSON.encode)(value)
    for keys, where in groups.items():
        objects = [values[at] for at in where]
        for at, text in zip(where, _filled(*_object_parts(objects, keys, depth), len(objects))):
            out[at] = text
    return out


def _without_numbers(value: Any, depth: int) -> bool:
    """True when ``value`` holds only exact dicts and lists (str keys), texts and ``None``: values
    equal to it then have the same JSON text (a number may equal one of another type: ``1 == 1.0 ==
    True``, ``0.0 == -0.0``)."""
    if depth > _JSON_DEPTH:
        return False
    kind = type(value)
    if kind is str or value is None:
        return True
    if kind is dict:
        return all(type(key) is str for key in value) and all(_without_numbers(v, depth + 1) for v in value.values())
    if kind is list:
        return all(_without_numbers(v, depth + 1) for v in value)
    return False


def _shape_parts(objects: list, depth: int,
                 columns: Optional[dict[str, list]] = None) -> Optional[tuple[list[str], list[list[str]]]]:
    """(pieces, columns) of dicts that all have the same keys, else ``None``: each object's text is the
    pieces with the columns' texts between them (:func:`_filled`). ``columns``: the objects' values by key
    (:func:`key_columns`), when known."""
    first = objects[0]
    if _without_numbers(first, depth) and objects.count(first) == len(objects):
        return [_JSON.encode(first)], []  # equal objects of texts and nulls: one text
    keys = first.keys()
    if columns is not None and len(columns) == len(keys):
        return _object_parts(objects, keys, depth, columns)
    if set(map(len, objects)) == {len(keys)}:  # as many keys as the first: its keys when each has all of them
        try:
            return _object_parts(objects, keys, depth)  # one shape: the usual case
        except KeyError:  # some object lacks one of the first's keys
            return None
    return None


def _object_parts(objects: list, keys: Iterable, depth: int,
                  columns: Optional[dict[str, list]] = None) -> tuple[list[str], list[list[str]]]:
    """(pieces, columns) of dicts that all have ``keys``: the texts every object shares are written into
    the pieces, and so are the pieces of nested objects of one shape. ``columns``: the objects' values by
    key, when known (:func:`key_columns`)."""
    if not all(type(key) is str for key in keys):
        return ["", ""], [[_JSON.encode(value) for value in objects]]
    order = sorted(keys)
    if not order:
        return ["{}"], []
    if columns is not None:
        picked: Iterable = [columns[key] for key in order]
    else:
        picked = zip(*(map(itemgetter(*order), objects) if len(order) > 1 else ((o[order[0]],) for o in objects)))
    pieces, varying = ["{"], []
    for at, (key, values) in enumerate(zip(order, picked)):
        column = values if type(values) is list else list(values)
        pieces[-1] += (", " if at else "") + encode_basestring(key) + ": "
        if depth < _JSON_DEPTH and set(map(type, column)) == {dict}:
            shaped = _shape_parts(column, depth + 1)
            if shaped is not None:
                pieces[-1] += shaped[0][0]
                pieces.extend(shaped[0][1:])
                varying.extend(shaped[1])
                continue
        texts = _json_texts(column, depth + 1)
        if all(map(eq, texts, repeat(texts[0]))):  # the same text in every object
            pieces[-1] += texts[0]
        else:
            varying.append(texts)
            pieces.append("")
    pieces[-1] += "}"
    return pieces, varying


class TailedTexts(abc.Sequence):
    """Texts that all end with one ``tail``, kept as their ``heads`` (``None``: no text): item ``k`` is
    ``heads[k] + tail``. A writer may store them as such (SQL ``? || tail``): a head without the tail's
    non-ASCII characters is bound without the UTF-8 conversion a Python text of them takes."""

    __slots__ = ("heads", "tail")

    def __init__(self, heads: Sequence[Optional[str]], tail: str) -> None:
        self.heads, self.tail = heads, tail

    def __len__(self) -> int:
        return len(self.heads)

    def __getitem__(self, at: Any) -> Any:
        if isinstance(at, slice):
            return [None if head is None else head + self.tail for head in self.heads[at]]
        head = self.heads[at]
        return None if head is None else head + self.tail

    def __iter__(self) -> Any:
        return iter(self[:])

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, (list, TailedTexts)) else other)

    def __repr__(self) -> str:
        return f"TailedTexts({self.heads!r}, {self.tail!r})"


def spread(column: Sequence, present: Sequence[bool]) -> Sequence:
    """``column``'s values at the ``present`` places, ``None`` elsewhere (a :class:`TailedTexts` stays one)."""
    if isinstance(column, TailedTexts):
        return TailedTexts(list(spread(column.heads, present)), column.tail)
    if all(present):
        return list(column)
    values = iter(column)
    return [next(values) if here else None for here in present]


def key_columns(objects: Sequence[Any]) -> Optional[dict[str, list]]:
    """``{key: [o[key] for o in objects]}`` when the objects are dicts (exactly) that all have the same
    keys, all texts, at least one; else ``None``. Each object is read once, for all its keys."""
    if not objects or set(map(type, objects)) != {dict} or set(map(len, objects)) != {len(objects[0])}:
        return None
    keys = list(objects[0])
    if not keys or not all(type(key) is str for key in keys):
        return None
    try:  # as many keys as the first and each of its keys: the same keys
        picked = list(map(itemgetter(*keys), objects)) if len(keys) > 1 else [(o[keys[0]],) for o in objects]
    except KeyError:
        return None
    return dict(zip(keys, map(list, zip(*picked))))


def analysis_json_column(values: Sequence[Any], by_key: Optional[dict[str, list]] = None) -> Sequence[str]:
    """:func:`analysis_json_texts` of ``values``, as :class:`TailedTexts` when the texts share one shape
    whose only non-ASCII characters are in its end (the usual Analysis: the version, its last key, names
    the loss data's years with an en dash): the heads are then ASCII texts, made without the tail.
    ``by_key``: :func:`key_columns` of ``values`` when the caller has it (``None``: read here)."""
    values = list(values)
    if len(values) < 2 or set(map(type, values)) != {dict}:
        return analysis_json_texts(values)
    shaped = _shape_parts(values, 0, by_key)
    if shaped is None:
        return _json_texts(values, 0)
    pieces, columns = shaped
    if not columns or pieces[-1].isascii() or not all(piece.isascii() for piece in pieces[:-1]) \
            or not all(all(map(str.isascii, column)) for column in columns):
        return _filled(pieces, columns, len(values))
    return TailedTexts(_filled([*pieces[:-1], ""], columns, len(values)), pieces[-1])


def _filled(pieces: list[str], columns: list[list[str]], count: int) -> list[str]:
    """The ``count`` texts of :func:`_object_parts`: ``pieces[0] + columns[0][k] + pieces[1] + …``."""
    if not columns:
        return [pieces[0]] * count
    parts: list[Iterable[str]] = [repeat(pieces[0], count)] if pieces[0] else []
    for column, piece in zip(columns, pieces[1:]):
        parts.append(column)
        if piece:
            parts.append(repeat(piece, count))
    return list(map("".join, zip(*parts)))


def summarise(results: Sequence[PlotResult]) -> dict[str, Any]:
    """Counts by risk level and status, and totals, for the run summary."""
    by_risk: dict[str, int] = {}
    by_status: dict[str, int] = {}
    total_area = total_deforestation = 0.0
    for result in results:
        by_status[result.status] = by_status.get(result.status, 0) + 1
        a = result.analysis or {}
        if a.get(RISK_LEVEL):
            by_risk[a[RISK_LEVEL]] = by_risk.get(a[RISK_LEVEL], 0) + 1
        total_area += a.get(AREA_HA) or 0.0
        total_deforestation += (a.get(DEFORESTATION) or {}).get(TOTAL) or 0.0
    return {
        "plots": len(results),
        "by_risk": by_risk,
        "by_status": by_status,
        "area_ha": round(total_area, 4),
        "deforestation_ha": round(total_deforestation, 4),
    }
