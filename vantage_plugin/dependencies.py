"""The Python packages the plugin needs beyond QGIS itself, and how to tell the user when one is missing.

QGIS ships numpy everywhere and shapely 2 on Windows (OSGeo4W) and macOS; some Linux distributions
still ship shapely 1.8. No QGIS import here, so the check runs anywhere.
"""

from __future__ import annotations

import importlib
import sys
from typing import Optional

#: (module, minimum version) the core needs.
REQUIREMENTS: tuple[tuple[str, str], ...] = (("numpy", "1.20"), ("shapely", "2.0"))


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _installed_version(module: str) -> Optional[str]:
    try:
        return str(getattr(importlib.import_module(module), "__version__", "0"))
    except Exception:  # noqa: BLE001 - a broken install counts as missing
        return None


def missing() -> list[str]:
    """What is missing or too old, e.g. ``["shapely ≥ 2.0 (found 1.8.5)"]``; empty when all is well."""
    problems = []
    for module, minimum in REQUIREMENTS:
        found = _installed_version(module)
        if found is None:
            problems.append(f"{module} ≥ {minimum} (not installed)")
        elif _version_tuple(found) < _version_tuple(minimum):
            problems.append(f"{module} ≥ {minimum} (found {found})")
    return problems


#: How to install shapely 2 for QGIS's Python, per platform (``sys.platform`` prefix).
INSTALL_HINTS: dict[str, str] = {
    "win": "Install it for the Python that QGIS uses, then restart QGIS: in the OSGeo4W Shell, "
    "'python -m pip install \"shapely>=2\"'.",
    "darwin": "Install it for QGIS's own Python, then restart QGIS: "
    "'/Applications/QGIS.app/Contents/MacOS/bin/pip3 install \"shapely>=2\"'.",
    "linux": "Install it for the Python that QGIS uses, then restart QGIS: "
    "'python3 -m pip install --user \"shapely>=2\"' (or your distribution's python3-shapely 2.x).",
}
INSTALL_HINT = " ".join(INSTALL_HINTS.values())


def install_hint(platform: Optional[str] = None) -> str:
    """How to install what is missing on ``platform`` (default: this one); every platform's way if unknown."""
    platform = sys.platform if platform is None else platform
    for prefix, hint in INSTALL_HINTS.items():
        if platform.startswith(prefix):
            return hint
    return INSTALL_HINT


def problem_text(platform: Optional[str] = None) -> Optional[str]:
    """One message naming what is missing and how to install it on this platform, or ``None``."""
    problems = missing()
    if not problems:
        return None
    return f"Vantage for QGIS needs {', '.join(problems)}. {install_hint(platform)}"
