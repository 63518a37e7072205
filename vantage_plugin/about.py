"""Facts about the plugin read once from ``metadata.txt`` (the single source of the version) and its paths."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path
from typing import Optional

PACKAGE_DIR = Path(__file__).resolve().parent
PLUGIN_ID = "vantage_plugin"
PROVIDER_ID = "vantage"
#: The tab of the QGIS message log the plugin writes to.
LOG_TAG = "Vantage"


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.exists():
            return path
    return candidates[0]


def metadata_path() -> Path:
    """``metadata.txt`` inside the installed package, or at the repository root in a source checkout."""
    return _first_existing(PACKAGE_DIR / "metadata.txt", PACKAGE_DIR.parent / "metadata.txt")


def resources_dir() -> Path:
    """Icons, styles and demo data: inside the package once built, beside it in a checkout."""
    return _first_existing(PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources")


def i18n_dir() -> Path:
    """Compiled translations (``.qm``)."""
    return _first_existing(PACKAGE_DIR / "i18n", PACKAGE_DIR.parent / "i18n")


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    """The ``[general]`` section of ``metadata.txt``."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    """The plugin version, from ``metadata.txt``."""
    return metadata()["version"]


def guide_locale() -> str:
    """The two-letter language of the user's QGIS locale (``pt_BR`` → ``pt``), or ``""`` outside QGIS."""
    try:
        from .i18n import user_locale
    except ImportError:  # pragma: no cover - qgis.PyQt is always importable inside QGIS
        return ""
    return user_locale()


def user_guide_path(locale: Optional[str] = None) -> Path:
    """The short user guide shipped with the plugin (HTML), in ``locale``'s language when translated.

    ``locale`` defaults to the QGIS locale; ``index_<two-letter>.html`` (``index_fr.html`` for ``fr_FR``)
    is used when it exists, else the English ``index.html``."""
    folder = resources_dir() / "help"
    if locale is None:
        locale = guide_locale()
    language = (locale or "").replace("-", "_").split("_")[0][:2].lower()
    if language and language != "en":
        translated = folder / f"index_{language}.html"
        if translated.is_file():
            return translated
    return folder / "index.html"


def user_guide_url(section: str = "", locale: Optional[str] = None) -> str:
    """A ``file://`` URL of the user guide (in ``locale``'s language, default the QGIS locale), at
    ``section`` (an anchor such as ``check``) when given."""
    url = user_guide_path(locale).as_uri()
    return f"{url}#{section}" if section else url


def icon_path() -> Path:
    return resources_dir() / "icons" / "vantage.svg"
