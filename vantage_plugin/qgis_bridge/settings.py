"""The plugin's settings: typed accessors over :class:`QgsSettings`, every key under ``vantage/``.

Secrets never live here: the Vantage credentials sit in the QGIS authentication database and only the
id of that auth config (``authcfg``) is stored. Read with ``PluginSettings().base_url``, write with
``PluginSettings().base_url = "…"``; ``PluginSettings.snapshot()`` gives a plain dataclass copy for
code that must not touch Qt (a task, a test).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Optional, TypeVar

from qgis.core import QgsApplication, QgsSettings

from ..core.api.transport import DEFAULT_BASE_URL
from ..core.api.workflow import DEFAULT_POLL_DEADLINE_MINUTES
from ..core.engines import ENGINE_BUNDLED, ENGINES

PREFIX = "vantage"

T = TypeVar("T")


def key(name: str) -> str:
    """The full QgsSettings key of a plugin setting, e.g. ``vantage/api/base_url``."""
    return f"{PREFIX}/{name}"


class Setting(Generic[T]):
    """A descriptor: one typed ``QgsSettings`` value with its default."""

    def __init__(self, name: str, default: T, kind: type) -> None:
        self.name = name
        self.key = key(name)
        self.default = default
        self.kind = kind

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    def __get__(self, instance: Optional[PluginSettings], owner: type) -> Any:
        if instance is None:
            return self
        return instance.read(self)

    def __set__(self, instance: PluginSettings, value: T) -> None:
        instance.write(self, value)


def default_output_folder() -> str:
    """Where outputs go when the user has not chosen: ``~/Documents/Vantage`` (or ``~/Vantage``)."""
    home = Path.home()
    documents = home / "Documents"
    return str((documents if documents.is_dir() else home) / "Vantage")


def default_catalog_path() -> str:
    """Where the data catalog lives unless the user chose another file: ``<profile>/vantage/catalog.json``."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "vantage", "catalog.json")


@dataclass(frozen=True)
class SettingsSnapshot:
    base_url: str
    authcfg: str
    catalog_path: str
    last_output_folder: str
    dry_run: bool
    engine: str
    commodity: str
    poll_deadline_minutes: int


class PluginSettings:
    """Typed access to the plugin's settings (one QgsSettings per instance)."""

    base_url = Setting("api/base_url", DEFAULT_BASE_URL, str)
    authcfg = Setting("authcfg", "", str)
    """Id of the QGIS auth config holding the Vantage credentials (never the credentials themselves)."""
    dry_run = Setting("api/dry_run", True, bool)
    """API jobs are dry runs (no token spent) unless the user turns this off."""
    catalog_path = Setting("engine/catalog_path", "", str)
    """The bundled engine's data catalog (JSON)."""
    engine = Setting("check/engine", ENGINE_BUNDLED, str)
    commodity = Setting("check/commodity", "", str)
    last_output_folder = Setting("output/last_folder", "", str)
    poll_deadline_minutes = Setting("api/poll_deadline_minutes", DEFAULT_POLL_DEADLINE_MINUTES, int)
    """How long a run waits for its Vantage job; the job keeps running on the server afterwards."""

    ALL = ("base_url", "authcfg", "dry_run", "catalog_path", "engine", "commodity", "last_output_folder",
           "poll_deadline_minutes")

    def __init__(self, settings: Optional[QgsSettings] = None) -> None:
        self._settings = settings or QgsSettings()

    def read(self, setting: Setting) -> Any:
        value = self._settings.value(setting.key, setting.default, type=setting.kind)
        if setting.kind is str and value is None:
            return setting.default
        return value

    def write(self, setting: Setting, value: Any) -> None:
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes {setting.kind.__name__}, not {type(value).__name__}")
        if setting.name == "check/engine" and value not in ENGINES:
            raise ValueError(f"unknown engine {value!r}")
        self._settings.setValue(setting.key, value)

    def reset(self, name: str) -> None:
        """Forget a setting (it reads as its default again)."""
        self._settings.remove(getattr(type(self), name).key)

    def catalog_file(self) -> str:
        """The data catalog in use by the dock and Processing alike: the setting, else the default path."""
        return self.catalog_path.strip() or default_catalog_path()

    def output_folder(self) -> str:
        """The last output folder the user chose, else :func:`default_output_folder`."""
        folder = self.last_output_folder
        return folder if folder and Path(folder).is_dir() else default_output_folder()

    def snapshot(self) -> SettingsSnapshot:
        return SettingsSnapshot(**{name: getattr(self, name) for name in self.ALL})
