"""The panel's deliverables of the last check: evidence maps, the run report and the EU Information
System file (a part of :class:`~vantage_plugin.gui.dock.VantageDock`, kept apart from its layout)."""

from __future__ import annotations

import os
from typing import Any, Optional

from qgis import processing
from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

from ..i18n import tr
from ..qgis_bridge import tasks
from ..qgis_bridge.evidence import evidence_job, show_evidence_on
from ..qgis_bridge.report import write_report


class DeliverableFlows:
    """Evidence maps, run report and EU file of the dock's last check (uses the dock's ``last_check``,
    ``result_layer``, ``_start``, ``set_status`` …)."""

    def make_evidence(self) -> Optional[tasks.CoreTask]:
        """Render the evidence maps of the last check in a task; their paths go to ``analysis_image``."""
        if self.busy() or not self.last_check:
            return None

        def done(outcome: Any) -> None:
            text = tr("{count} evidence maps written to {folder}").format(count=len(outcome.written),
                                                                          folder=outcome.folder)
            self.set_status(text, Qgis.MessageLevel.Success)
            self._message_bar(text, Qgis.MessageLevel.Success)
            if self.result_layer is not None and not sip.isdeleted(self.result_layer):
                self.result_layer.reload()
                show_evidence_on(self.result_layer)  # map tip and Identify action open the maps

        return self._start(tr("Rendering the evidence maps…"), evidence_job, data={"uri": self.last_check["uri"]},
                           on_success=done)

    def make_report(self, pdf_path: Optional[str] = None) -> Optional[str]:
        """Write the run report of the last check (asks where, next to the results by default)."""
        if self.busy() or not self.last_check:
            return None
        gpkg = self.last_check["uri"].split("|")[0]
        if pdf_path is None:
            default = os.path.splitext(gpkg)[0] + "_report.pdf"
            pdf_path, _ = QFileDialog.getSaveFileName(self, tr("Save the run report as"), default,
                                                      tr("PDF files (*.pdf)"))
            if not pdf_path:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # on the main thread: QGIS print layouts are made and exported there
            outcome = write_report(self.last_check["uri"], pdf_path,
                                   on_progress=lambda p: self.progress.setValue(int(p)))
        except OSError as error:
            self.set_status(str(error), Qgis.MessageLevel.Critical)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        text = tr("{pages} pages, {flagged} plots that need a look: {path}").format(
            pages=outcome.pages, flagged=outcome.flagged, path=outcome.path)
        self.set_status(text, Qgis.MessageLevel.Success)
        self._message_bar(text, Qgis.MessageLevel.Success)
        return outcome.path

    def open_eudr_export(self) -> None:
        """Open ``vantage:exporteudr``'s dialog on the last run's result layer (else the chosen layer)."""
        layer = self.result_layer
        try:
            usable = layer is not None and layer.isValid()
        except RuntimeError:  # the layer was removed from the project
            usable = False
        layer = layer if usable else self.current_layer()
        processing.execAlgorithmDialog("vantage:exporteudr", {"INPUT": layer.id()} if layer is not None else {})
