"""Validation messages and rule titles in the user's language.

The core (:mod:`vantage_plugin.core.validation.rules`) writes every message in English and keeps the
values it was filled with; here the rule's template is translated with Qt in the ``VantageRules``
context (the strings ``make update-translations`` extracts from ``QT_TRANSLATE_NOOP`` in the core)
and filled again. A missing translation gives the English template; a broken one (a placeholder
dropped) gives the English message: these functions never raise. Codes are never translated.

The risk reasons of :mod:`vantage_plugin.core.risk` (``REASON_HIGH`` …, written into ``risk_reason``)
are translated in the ``VantageRisk`` context by :func:`risk_reason_text`.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import risk
from ..core.validation.rules import CONTEXT, render, render_title

#: The context of the risk reasons in the ``.ts`` files.
RISK_CONTEXT = "VantageRisk"
#: The core's reasons, written out for ``pylupdate5`` (which reads literals only); a test checks that
#: they are the core's texts, which stay their one home.
RISK_REASON_SOURCES = (
    QT_TRANSLATE_NOOP("VantageRisk", "High: Deforestation > 15% or > 1 ha"),
    QT_TRANSLATE_NOOP("VantageRisk", "Medium: Deforestation > 10% or > 0.5 ha"),
    QT_TRANSLATE_NOOP("VantageRisk", "Low: Low deforestation detection"),
    QT_TRANSLATE_NOOP("VantageRisk", "Unknown: no deforestation data covers the plot"),
    QT_TRANSLATE_NOOP("VantageRisk", "Unknown: the data do not cover the whole plot and analysis window"),
)
_RISK_REASONS = frozenset((risk.REASON_HIGH, risk.REASON_MEDIUM, risk.REASON_LOW, risk.REASON_UNKNOWN,
                           risk.REASON_UNKNOWN_INCOMPLETE))


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


def risk_reason_text(reason: Any) -> Any:
    """A reason of :mod:`core.risk` in the user's language; any other value (an API's own text, None)
    as it is."""
    if reason in _RISK_REASONS:
        return translate(RISK_CONTEXT, reason)
    return reason


__all__ = ["CONTEXT", "RISK_CONTEXT", "issue_message", "risk_reason_text", "rule_title", "translate"]
