"""What QGIS gets when the plugin cannot be imported: a stub that says why and cannot crash.

``classFactory`` returns :class:`BrokenPlugin` when importing :mod:`.plugin` raises (a missing
dependency such as shapely 2, a syntax error in a partial install…). It must depend on nothing but
``qgis.core`` and never raise: every method swallows its own errors.
"""

from __future__ import annotations

import traceback
from typing import Any

from .about import LOG_TAG  # standard library only

TITLE = "Vantage for QGIS"


def tr(text: str) -> str:
    try:
        from qgis.PyQt.QtCore import QCoreApplication

        return QCoreApplication.translate("@default", text)
    except Exception:  # noqa: BLE001 - the stub must never raise
        return text


class BrokenPlugin:
    """A no-op plugin that reports the import error in the message bar and the log."""

    def __init__(self, iface: Any, error: BaseException) -> None:
        self.iface = iface
        self.error = error
        try:
            self.details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        except Exception:  # noqa: BLE001 - the stub must never raise
            self.details = repr(error)
        self._reported = False

    @property
    def message(self) -> str:
        hint = ""
        if isinstance(self.error, ImportError) and "shapely" in str(self.error).lower():
            hint = " " + tr("Install shapely 2.0 or later (python3-shapely or pip install shapely).")
        return tr("The plugin could not be loaded: {error}.").format(error=self.error) + hint

    def _report(self) -> None:
        if self._reported:
            return
        self._reported = True
        try:
            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(f"{self.message}\n{self.details}", LOG_TAG, Qgis.MessageLevel.Critical)
        except Exception:  # noqa: BLE001 - never let the stub raise
            pass
        try:
            from qgis.core import Qgis

            self.iface.messageBar().pushMessage(TITLE, self.message, Qgis.MessageLevel.Critical, 0)
        except Exception:  # noqa: BLE001 - no iface (qgis_process) or a broken one
            pass

    def initProcessing(self) -> None:
        try:
            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(f"{self.message}\n{self.details}", LOG_TAG, Qgis.MessageLevel.Critical)
        except Exception:  # noqa: BLE001 - the stub must never raise
            pass

    def initGui(self) -> None:
        self._report()

    def unload(self) -> None:
        pass
