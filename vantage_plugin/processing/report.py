"""``vantage:report``: the PDF report of a check run; and what ``vantage:checkplots`` adds for it
(the run record stored in the result GeoPackage, and the optional evidence maps, ``EVIDENCE``)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.run_record import read_run_record
from ..qgis_bridge.evidence import write_evidence
from ..qgis_bridge.report import write_report
from .base import VantageAlgorithm, split_output, tr


# --- checkplots: run record and evidence -------------------------------------------------------
def add_evidence_parameter(algorithm: QgsProcessingAlgorithm) -> None:
    """``EVIDENCE``: also render one evidence map per plot (bundled engine results)."""
    algorithm.addParameter(QgsProcessingParameterBoolean(
        algorithm.EVIDENCE, tr("Evidence maps (one PNG per plot, beside the results)"), defaultValue=False,
        optional=True))


def write_evidence_maps(uri: str, feedback: QgsProcessingFeedback) -> None:
    """Render the evidence map of every plot of the result layer at ``uri`` (``checkplots`` with EVIDENCE)."""
    path, layer_name = split_output(uri)
    feedback.setProgressText(tr("Rendering the evidence maps…"))
    outcome = write_evidence(uri, record=read_run_record(path, layer_name), is_cancelled=feedback.isCanceled,
                             on_progress=lambda p: feedback.setProgress(80 + 0.2 * p))
    feedback.pushInfo(tr("{count} evidence maps written to {folder}").format(
        count=len(outcome.written), folder=outcome.folder))


# --- vantage:report ------------------------------------------------------------------------------
class ReportAlgorithm(VantageAlgorithm):
    """The PDF report of a ``vantage:checkplots`` result layer."""

    OUTPUT = "OUTPUT"
    RENDER_MISSING = "RENDER_MISSING"
    PAGES = "PAGES"
    FLAGGED = "FLAGGED"

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:
        return self.tr("Run report (PDF)")

    def group(self) -> str:
        return self.tr("Checks")

    def groupId(self) -> str:
        return "checks"

    def flags(self):
        # Print layouts are made and exported on the main thread, as QGIS's own layout export does.
        return super().flags() | self.FlagNoThreading

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes the PDF report of a result layer made by 'Check plots (EUDR)': the run (input, engine, "
            "date, data sources with their versions and years, parameters), the counts by risk level and "
            "status with their hectares, a table of every plot (on as many pages as needed), then one page "
            "per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and "
            "reasons.\n\n"
            "Evidence maps missing for those plots are rendered first (into <results>_evidence beside the "
            "GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Result layer (GeoPackage written by Check plots)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RENDER_MISSING, self.tr("Render missing evidence maps"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.FLAGGED, self.tr("Plots that need a look")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        source = layer.source()
        if layer.providerType() != "ogr" or not source.split("|")[0].lower().endswith(".gpkg"):
            raise QgsProcessingException(
                self.tr("The report is made from a result GeoPackage written by Check plots."))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if Path(output).suffix.lower() != ".pdf":
            output = str(Path(output).with_suffix(".pdf"))
        try:
            outcome = write_report(
                source, output,
                render_missing=self.parameterAsBool(parameters, self.RENDER_MISSING, context),
                is_cancelled=feedback.isCanceled, on_progress=feedback.setProgress)
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("{pages} pages, {flagged} plots that need a look: {path}").format(
            pages=outcome.pages, flagged=outcome.flagged, path=outcome.path))
        return {self.OUTPUT: outcome.path, self.PAGES: outcome.pages, self.FLAGGED: outcome.flagged}
