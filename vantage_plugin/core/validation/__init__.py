"""Validation of plots before they are analysed or sent: issues with stable codes, and safe fixes.

Imported lazily (PEP 562): ``rules`` and ``issues`` (the codes and their messages) need only the
standard library, so the panel and the rule messages load without shapely; ``validate`` and the
fixes (shapely, numpy) are imported when first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Public name -> the submodule that defines it.
_EXPORTS = {
    "validate": "checks",
    "ValidationReport": "checks",
    "apply_fixes": "fixes",
    "FixResult": "fixes",
    "Change": "fixes",
    "FIXES": "fixes",
    "RULES": "rules",
    "Rule": "rules",
    "Issue": "issues",
    "Severity": "issues",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
