"""The bundled engine's data catalog: which file plays which role, configured once, stored as JSON.

Roles:

- ``forest_2020``       raster: tree cover (percent, e.g. Hansen ``treecover2000``), a 0/1 forest mask
                        (JRC GFC2020: set ``forest_is_jrc``) or a 0–1 fraction; ``forest_2020_min``
                        None: the default of its kind (:mod:`.kinds`)
- ``loss_year``         raster: Hansen ``lossyear`` (0 = no loss, n = loss in 2000 + n) or calendar years;
                        the last year it covers is ``loss_last_year`` (else from its name, metadata or data)
- ``protected_areas``   vector: WDPA / WDPCA or a national layer
- ``indigenous_lands``  vector: LandMark, FUNAI or a national layer
- ``admin``             vector: country / state boundaries (default: QGIS's own ``world_map.gpkg``)

A :class:`DataSource` is a path (any GDAL path, ``/vsizip/`` and ``/vsicurl/`` included), an optional
layer, an optional ``field_map`` (role → field name, overriding detection) and free ``options``.
Where the catalog file lives is the QGIS shell's business: this module only takes paths.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

from .kinds import FIRST_LOSS_YEAR, FOREST_MIN_DEFAULTS, ForestKind

#: Every data role, in the order the engine uses them.
RASTER_ROLES: tuple[str, ...] = ("forest_2020", "loss_year")
VECTOR_ROLES: tuple[str, ...] = ("protected_areas", "indigenous_lands", "admin")
ROLES: tuple[str, ...] = RASTER_ROLES + VECTOR_ROLES

#: Human names for messages.
ROLE_LABELS: dict[str, str] = {
    "forest_2020": "Forest 2020",
    "loss_year": "Tree cover loss year",
    "protected_areas": "Protected areas",
    "indigenous_lands": "Indigenous lands",
    "admin": "Country / state boundaries",
}

#: Settings besides the data sources.
SETTINGS: tuple[str, ...] = ("forest_2020_min", "forest_is_jrc", "loss_last_year")

#: Minimum tree cover (percent) for a pixel to count as forest: the FAO / EUDR Art. 2(4) 10 % canopy
#: (the default for a percent raster; other kinds have theirs in :data:`.kinds.FOREST_MIN_DEFAULTS`).
DEFAULT_FOREST_MIN = FOREST_MIN_DEFAULTS[ForestKind.PERCENT]

WORLD_MAP_NAME = "world_map.gpkg"

#: Where QGIS installs keep ``resources/data/world_map.gpkg`` (the shell may pass pkgDataPath() too).
COMMON_QGIS_RESOURCE_DIRS: tuple[str, ...] = (
    "/usr/share/qgis/resources",
    "/usr/local/share/qgis/resources",
    "/opt/homebrew/share/qgis/resources",
    "/Applications/QGIS.app/Contents/Resources/resources",
    "/Applications/QGIS-LTR.app/Contents/Resources/resources",
    "C:/Program Files/QGIS/apps/qgis/resources",
    "C:/Program Files/QGIS/apps/qgis-ltr/resources",
    "C:/OSGeo4W/apps/qgis/resources",
    "C:/OSGeo4W/apps/qgis-ltr/resources",
    "C:/OSGeo4W64/apps/qgis/resources",
    "C:/OSGeo4W64/apps/qgis-ltr/resources",
)


@dataclass
class DataSource:
    """One dataset: a GDAL/OGR path, an optional layer, a field map (role → field) and options."""

    path: str
    layer: Optional[str] = None
    field_map: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "layer": self.layer,
            "field_map": dict(self.field_map),
            "options": dict(self.options),
        }

    @classmethod
    def from_dict(cls, data: Union[Mapping[str, Any], str, DataSource]) -> DataSource:
        """From a dict (as written by :meth:`to_dict`), a bare path string, or a DataSource."""
        if isinstance(data, DataSource):
            return replace(data, field_map=dict(data.field_map), options=dict(data.options))
        if isinstance(data, (str, os.PathLike)):
            return cls(path=os.fspath(data))
        if not isinstance(data, Mapping) or not data.get("path"):
            raise ValueError(f"a data source needs a 'path': {data!r}")
        return cls(
            path=os.fspath(data["path"]),
            layer=data.get("layer") or None,
            field_map={str(k): str(v) for k, v in (data.get("field_map") or {}).items() if v},
            options=dict(data.get("options") or {}),
        )

    @property
    def is_virtual(self) -> bool:
        """A GDAL virtual path (``/vsizip/``, ``/vsicurl/``, …) or a URL: not checkable with os.path."""
        p = self.path.replace("\\", "/")
        return p.startswith("/vsi") or "://" in p

    def label(self) -> str:
        """File name (and layer) for messages and provenance."""
        name = self.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or self.path
        return f"{name}|{self.layer}" if self.layer else name


def _is_readable_file(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.R_OK)


def find_world_map(qgis_resources_dir: Optional[str] = None, extra_dirs: Iterable[str] = ()) -> Optional[str]:
    """Path of QGIS's ``world_map.gpkg`` (Natural Earth countries and states), or ``None``.

    ``qgis_resources_dir`` is what the shell gets from ``QgsApplication.pkgDataPath()`` (its
    ``resources/data/`` holds the file); common install locations are tried after it.
    """
    candidates: list[str] = []
    for base in ([qgis_resources_dir] if qgis_resources_dir else []) + list(extra_dirs):
        candidates += [
            os.path.join(base, "resources", "data", WORLD_MAP_NAME),
            os.path.join(base, "data", WORLD_MAP_NAME),
            os.path.join(base, WORLD_MAP_NAME),
        ]
    candidates += [os.path.join(d, "data", WORLD_MAP_NAME) for d in COMMON_QGIS_RESOURCE_DIRS]
    for candidate in candidates:
        if _is_readable_file(candidate):
            return os.path.normpath(candidate)
    return None


def default_admin_source(qgis_resources_dir: Optional[str] = None) -> Optional[DataSource]:
    """QGIS's world_map.gpkg as the admin source, when it can be found."""
    path = find_world_map(qgis_resources_dir)
    return DataSource(path=path) if path else None


@dataclass
class Catalog:
    """The data the bundled engine reads. Every role is optional; missing data is reported, never guessed."""

    forest_2020: Optional[DataSource] = None
    loss_year: Optional[DataSource] = None
    protected_areas: Optional[DataSource] = None
    indigenous_lands: Optional[DataSource] = None
    admin: Optional[DataSource] = None
    forest_2020_min: Optional[float] = None
    """Value at or above which a pixel counts as forest; None: the default of the raster's kind
    (10 % for tree cover, 1 for a 0/1 mask, 0.1 for a 0–1 fraction)."""
    forest_is_jrc: bool = False
    """The forest source is the JRC GFC2020 mask: the ``_jrc`` result variants are filled."""
    loss_last_year: Optional[int] = None
    """The last year the loss data covers; None: from the file name / version, metadata or the data."""

    VERSION = 1

    # --- construction --------------------------------------------------------------------
    @classmethod
    def default(cls, qgis_resources_dir: Optional[str] = None) -> Catalog:
        """An empty catalog whose admin role is QGIS's world_map.gpkg when it exists."""
        return cls(admin=default_admin_source(qgis_resources_dir))

    def source(self, role: str) -> Optional[DataSource]:
        if role not in ROLES:
            raise KeyError(f"unknown data role {role!r} (roles: {', '.join(ROLES)})")
        return getattr(self, role)

    def missing_files(self) -> list[tuple[str, str]]:
        """``(role, path)`` of every source naming a local file that is not there any more (moved or
        deleted since it was chosen; GDAL virtual paths and URLs are left to :meth:`validate`)."""
        missing = []
        for role in ROLES:
            src = self.source(role)
            if src is not None and src.path and not src.is_virtual and not os.path.exists(src.path):
                missing.append((role, src.path))
        return missing

    # --- JSON --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": self.VERSION}
        for role in ROLES:
            src = getattr(self, role)
            data[role] = src.to_dict() if src is not None else None
        data["forest_2020_min"] = self.forest_2020_min
        data["forest_is_jrc"] = self.forest_is_jrc
        data["loss_last_year"] = self.loss_last_year
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Catalog:
        if not isinstance(data, Mapping):
            raise ValueError("a catalog must be a JSON object")
        kwargs: dict[str, Any] = {}
        for role in ROLES:
            value = data.get(role)
            if value:
                try:
                    kwargs[role] = DataSource.from_dict(value)
                except ValueError as exc:
                    raise ValueError(f"catalog role '{role}': {exc}") from None
        if data.get("forest_2020_min") is not None:
            kwargs["forest_2020_min"] = float(data["forest_2020_min"])
        if data.get("forest_is_jrc") is not None:
            kwargs["forest_is_jrc"] = bool(data["forest_is_jrc"])
        if data.get("loss_last_year") not in (None, ""):
            kwargs["loss_last_year"] = int(data["loss_last_year"])
        return cls(**kwargs)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Catalog:
        return cls.from_dict(json.loads(text))

    def save(self, path: Union[str, os.PathLike]) -> None:
        """Write the catalog as UTF-8 JSON (atomically: a temporary file then a rename)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(self.to_json() + "\n", encoding="utf-8")
        os.replace(tmp, target)

    @classmethod
    def load(cls, path: Union[str, os.PathLike]) -> Catalog:
        """Read a catalog file; a clear ValueError when it is not a valid catalog."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"cannot read the data catalog {path}: {exc.strerror or exc}") from None
        try:
            return cls.from_json(text)
        except (json.JSONDecodeError, ValueError, TypeError) as exc:
            raise ValueError(f"the data catalog {path} is not valid: {exc}") from None

    @classmethod
    def load_or_default(
        cls, path: Union[str, os.PathLike, None], qgis_resources_dir: Optional[str] = None
    ) -> Catalog:
        """The catalog at ``path`` when it exists, else :meth:`default`; an empty admin gets the default."""
        catalog = cls.load(path) if path and Path(path).is_file() else cls()
        if catalog.admin is None:
            catalog.admin = default_admin_source(qgis_resources_dir)
        return catalog

    # --- per-run overrides ---------------------------------------------------------------
    def merged(self, overrides: Optional[Mapping[str, Any]] = None) -> Catalog:
        """A copy with per-run overrides applied; a ``None`` (or missing) override keeps the catalog value.

        Values may be DataSource objects, dicts, or bare path strings for the roles, plain values
        for the settings. Unknown keys are an error (a typo must not silently be ignored).
        """
        result = Catalog.from_dict(self.to_dict())
        for key, value in (overrides or {}).items():
            if value is None:
                continue
            if key in ROLES:
                setattr(result, key, DataSource.from_dict(value))
            elif key == "forest_2020_min":
                result.forest_2020_min = float(value)
            elif key == "forest_is_jrc":
                result.forest_is_jrc = bool(value)
            elif key == "loss_last_year":
                result.loss_last_year = int(value)
            else:
                raise KeyError(f"unknown catalog override {key!r} (known: {', '.join(ROLES + SETTINGS)})")
        return result

    # --- checks ----------------------------------------------------------------------------
    def validate(self, roles: Optional[Iterable[str]] = None, *, open_files: bool = True) -> list[str]:
        """Problems with the configured data, one clear message each (empty when all is well).

        Unset roles are not problems here (the engine reports missing data per plot). With
        ``open_files`` each file is opened with GDAL/OGR to check it is readable and the layer exists.
        """
        problems: list[str] = []
        if self.forest_2020_min is not None and not 0 <= float(self.forest_2020_min) <= 100:
            problems.append(
                f"Forest 2020 threshold must be between 0 and 100, not {self.forest_2020_min}."
            )
        if self.loss_last_year is not None and not FIRST_LOSS_YEAR <= int(self.loss_last_year) <= 2100:
            problems.append(f"The loss data's last year must be a year after 2000, not {self.loss_last_year}.")
        for role in roles or ROLES:
            src = self.source(role)
            if src is None:
                continue
            problems += _check_source(role, src, open_files=open_files)
        return problems


def _check_source(role: str, src: DataSource, *, open_files: bool) -> list[str]:
    label = ROLE_LABELS.get(role, role)
    if not src.path:
        return [f"{label} ({role}): no file set."]
    if not src.is_virtual:
        if not os.path.exists(src.path):
            return [f"{label} ({role}): file not found: {src.path}"]
        if os.path.isfile(src.path) and not os.access(src.path, os.R_OK):
            return [f"{label} ({role}): file not readable (permissions): {src.path}"]
    if not open_files:
        return []
    if role in RASTER_ROLES:
        return _check_raster(label, role, src)
    return _check_vector(label, role, src)


def _check_raster(label: str, role: str, src: DataSource) -> list[str]:
    from osgeo import gdal

    from .gdal_util import call_quietly

    ds, error = call_quietly(gdal.OpenEx, src.path, gdal.OF_RASTER | gdal.OF_READONLY)
    if ds is None:
        detail = f" ({error})" if error else ""
        return [f"{label} ({role}): not a readable raster: {src.path}{detail}"]
    if ds.RasterCount < 1:
        return [f"{label} ({role}): the raster has no band: {src.path}"]
    if not (ds.GetProjectionRef() or ds.GetGCPProjection()):
        return [f"{label} ({role}): the raster has no coordinate reference system: {src.path}"]
    return []


def _check_vector(label: str, role: str, src: DataSource) -> list[str]:
    from .vectors import VectorReadError, open_vector

    try:
        ds, layer = open_vector(src.path, src.layer)
    except VectorReadError as exc:
        return [f"{label} ({role}): {exc}"]
    problems = []
    defn = layer.GetLayerDefn()
    names = {defn.GetFieldDefn(i).GetName().lower() for i in range(defn.GetFieldCount())}
    for target, field_name in src.field_map.items():
        if field_name and field_name.lower() not in names:
            problems.append(
                f"{label} ({role}): field '{field_name}' (mapped to {target}) is not in layer "
                f"'{layer.GetName()}' of {src.path}"
            )
    del layer, ds
    return problems


__all__ = [
    "Catalog",
    "DataSource",
    "ROLES",
    "RASTER_ROLES",
    "VECTOR_ROLES",
    "ROLE_LABELS",
    "DEFAULT_FOREST_MIN",
    "find_world_map",
    "default_admin_source",
]
