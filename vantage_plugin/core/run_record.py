"""What a check run was: inputs, data sources (with their versions/years), parameters, engine, date.

``vantage:checkplots`` stores a :class:`RunRecord` as JSON in the result layer's GeoPackage metadata
(GDAL layer metadata item :data:`METADATA_KEY`, kept in the ``gpkg_metadata`` tables), so the run
report and the evidence maps can be made later from the result file alone.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping, Optional

from osgeo import gdal

from .engine.gdal_util import call_quietly
from .engine.kinds import FOREST_KIND_LABELS, FOREST_MIN_DEFAULTS

#: GDAL metadata item of the result layer holding the run record (JSON).
METADATA_KEY = "VANTAGE_RUN"

#: Data roles recorded, in report order (the bundled engine's catalog roles).
SOURCE_ROLES: tuple[str, ...] = ("forest_2020", "loss_year", "protected_areas", "indigenous_lands", "admin")

_VERSION = re.compile(r"(?<![A-Za-z0-9])v(\d+(?:\.\d+)+)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MONTH_YEAR = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[_\- ]?((?:19|20)\d\d)",
                         re.IGNORECASE)


def source_provenance(label: str) -> dict[str, Optional[str]]:
    """The version and year a dataset's file name states (``Hansen_GFC-2023-v1.11_lossyear`` →
    version ``1.11``, year ``2023``; ``WDPA_Nov2024_Public`` → year ``Nov 2024``); ``None`` when absent."""
    version = _VERSION.search(label)
    month = _MONTH_YEAR.search(label)
    years = _YEAR.findall(label)
    year = f"{month.group(1).capitalize()} {month.group(2)}" if month else (years[0] if years else None)
    return {"version": version.group(1) if version else None, "year": year}


def describe_source(source: Any) -> Optional[dict[str, Optional[str]]]:
    """A data source (``DataSource`` or path) as ``{"label", "path", "layer", "version", "year"}``."""
    if source is None:
        return None
    path = str(getattr(source, "path", source))
    layer = getattr(source, "layer", None)
    label = source.label() if hasattr(source, "label") else path.replace("\\", "/").rsplit("/", 1)[-1]
    return {"label": label, "path": path, "layer": layer, **source_provenance(label)}


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class RunRecord:
    """One check run, as the report shows it."""

    engine: str
    plugin_version: str = ""
    date: str = field(default_factory=utc_now)
    input: str = ""
    plot_id_field: Optional[str] = None
    plots: int = 0
    sources: dict[str, Optional[dict[str, Any]]] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)
    run_status: str = ""
    guessed_fields: dict[str, str] = field(default_factory=dict)
    """Fields taken from a guess on their names (``{"harvest_date": "harvest"}``), not chosen."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunRecord:
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)

    @classmethod
    def from_json(cls, text: str) -> RunRecord:
        return cls.from_dict(json.loads(text))


def bundled_sources(options: Any) -> dict[str, Optional[dict[str, Any]]]:
    """Every role of a ``BundledOptions`` described (``None`` for a role without data)."""
    return {role: describe_source(getattr(options, role, None)) for role in SOURCE_ROLES}


def write_run_record(path: str, layer_name: str, record: RunRecord) -> None:
    """Store ``record`` in the metadata of layer ``layer_name`` of the GeoPackage ``path``."""
    ds, error = call_quietly(gdal.OpenEx, str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if ds is None:
        raise OSError(f"cannot open {path} to record the run" + (f": {error}" if error else ""))
    try:
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            raise OSError(f"no layer {layer_name} in {path}")
        layer.SetMetadataItem(METADATA_KEY, record.to_json())
    finally:
        ds = None


def read_run_record(path: str, layer_name: Optional[str] = None) -> Optional[RunRecord]:
    """The run record of a result layer (``None`` when the file has none, e.g. an older result)."""
    ds, _ = call_quietly(gdal.OpenEx, str(path), gdal.OF_VECTOR)
    if ds is None:
        return None
    try:
        layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        text = layer.GetMetadataItem(METADATA_KEY) if layer is not None else None
    finally:
        ds = None
    if not text:
        return None
    try:
        return RunRecord.from_json(text)
    except (ValueError, TypeError):
        return None


def make_run_record(
    engine: str,
    *,
    plugin_version: str,
    input_name: str,
    plot_id_field: Optional[str],
    plots: int,
    options: Any = None,
    parameters: Optional[Mapping[str, Any]] = None,
    run_status: str = "",
    guessed_fields: Optional[Mapping[str, str]] = None,
    forest_2020_min_used: Optional[float] = None,
) -> RunRecord:
    """The record of a run; ``options`` (a ``BundledOptions``) gives the bundled engine's sources,
    threshold and JRC flag."""
    values: dict[str, Any] = {k: v for k, v in (parameters or {}).items() if v is not None}
    sources: dict[str, Optional[dict[str, Any]]] = {}
    if options is not None:
        sources = bundled_sources(options)
        values["forest_2020_min"] = getattr(options, "forest_2020_min", None)
        if values["forest_2020_min"] is None:
            values["forest_2020_min"] = kind_default_text()
        if forest_2020_min_used is not None:
            values["forest_2020_min_used"] = forest_2020_min_used
        values["forest_is_jrc"] = options.is_jrc() if hasattr(options, "is_jrc") else None
    return RunRecord(engine=engine, plugin_version=plugin_version, input=input_name,
                     plot_id_field=plot_id_field, plots=plots, sources=sources, parameters=values,
                     run_status=run_status, guessed_fields=dict(guessed_fields or {}))


def kind_default_text() -> str:
    """How the forest threshold is chosen when none is given: the default of the raster's kind."""
    defaults = "; ".join(f"{value:g} for {FOREST_KIND_LABELS[kind]}" for kind, value in FOREST_MIN_DEFAULTS.items())
    return f"by the raster's kind ({defaults})"


def id_field_of(plots: Any) -> Optional[str]:
    """The attribute holding the plots' own ids (``Plot.user_id``), found from the values: the first
    attribute equal to the id of every plot that has one; ``None`` when no plot has an id."""
    with_id = [plot for plot in plots if getattr(plot, "user_id", None) not in (None, "")]
    if not with_id:
        return None
    for name in with_id[0].attributes:
        if all(str(plot.attributes.get(name)) == str(plot.user_id) for plot in with_id):
            return name
    return None


def record_check(path: str, layer_name: str, engine: str, output: Any, *, plugin_version: str,
                 input_name: str, plots: Any, bundled_options: Any = None, api_options: Any = None,
                 plot_id_field: Optional[str] = None,
                 guessed_fields: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """Store the record of a check (``service.check_plots``'s output) in its result layer; returns an
    error message instead of raising (the results are written already)."""
    options = bundled_options or api_options
    record = make_run_record(
        engine, plugin_version=plugin_version, input_name=input_name,
        plot_id_field=plot_id_field or id_field_of(plots), plots=len(output.results), options=bundled_options,
        parameters={"commodity": getattr(options, "commodity", None),
                    "harvest_date": getattr(options, "harvest_date", None),
                    "dry_run": getattr(api_options, "dry_run", None)},
        run_status=getattr(output.run, "status", ""), guessed_fields=guessed_fields,
        forest_2020_min_used=getattr(output.run, "forest_2020_min", None))
    try:
        write_run_record(path, layer_name, record)
    except OSError as error:
        return str(error)
    return None
