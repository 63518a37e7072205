"""Validation messages and rule titles in the user's language.

The core (:mod:`vantage_plugin.core.validation.rules`) writes every message in English and keeps the
values it was filled with; here the rule's template is translated with Qt in the ``VantageRules``
context (the strings ``make update-translations`` extracts from ``QT_TRANSLATE_NOOP`` in the core)
and filled again. A missing translation gives the English template; a broken one (a placeholder
dropped) gives the English message: these functions never raise. Codes are never translated.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QCoreApplication

from ..core.validation.rules import CONTEXT, render, render_title


def translate(context: str, text: str) -> str:
    """``text`` translated in ``context`` by the installed translators (unchanged without one)."""
    return QCoreApplication.translate(context, text)


def issue_message(issue: Any) -> str:
    """The message of ``issue`` in the user's language (its English ``message`` when not translatable)."""
    try:
        return render(issue, translate)
    except Exception:  # noqa: BLE001 - not an Issue of the core (a stand-in): show what it says
        return str(getattr(issue, "message", "") or "")


def rule_title(code: str) -> str:
    """The title of rule ``code`` in the user's language (``code`` itself for an unknown code)."""
    return render_title(code, translate)


__all__ = ["CONTEXT", "issue_message", "rule_title", "translate"]
