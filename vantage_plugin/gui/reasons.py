"""Why a plot got no risk level, in the user's language, from the result's status and reason codes
(:class:`core.risk.Limit`): never from the engine's English messages."""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.analysis import STATUS_FAILED, STATUS_INVALID, STATUS_PENDING
from ..core.risk import Limit
from ..core.runs import CANCELLED
from ..i18n import tr


def not_assessed_reason(status: str, limits: tuple[str, ...] = (), run_status: str = "") -> str:
    """Why a plot got no risk level, in a few translated words, from its ``status`` and the codes of
    :class:`core.risk.Limit` in ``limits`` (never from the engine's English messages)."""
    if status == STATUS_INVALID:
        return tr("blocked by validation")
    if status == STATUS_PENDING:
        return tr("still running at the Vantage API")
    if status == STATUS_FAILED:
        return tr("cancelled") if run_status == CANCELLED else tr("analysis failed")
    for code in limits:
        if code in _LIMIT_REASONS:
            return tr(_LIMIT_REASONS[code])
    return tr("no data")


#: The words for each :class:`core.risk.Limit` (marked for translation, translated when shown).
_LIMIT_REASONS: dict[str, str] = {
    Limit.NO_LOSS_DATA.value: QT_TRANSLATE_NOOP("@default", "no loss-year data configured"),
    Limit.DATA_UNREADABLE.value: QT_TRANSLATE_NOOP("@default", "data unreadable"),
    Limit.NOT_COVERED.value: QT_TRANSLATE_NOOP("@default", "outside the data"),
    Limit.PARTIAL_COVERAGE.value: QT_TRANSLATE_NOOP("@default", "only partly covered by the data"),
    Limit.YEARS_NOT_COVERED.value: QT_TRANSLATE_NOOP("@default", "the loss data end before the harvest date"),
    Limit.HARVEST_BEFORE_CUTOFF.value: QT_TRANSLATE_NOOP("@default", "harvested before 2021"),
}
