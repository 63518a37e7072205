"""``vantage:report``: the PDF report of a check run; and what ``vantage:checkplots`` adds for it
(the run record stored in the result GeoPackage, and the optional evidence maps, ``EVIDENCE``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from .base import VantageAlgorithm, tr


# --- checkplots: run record and evidence -------------------------------------------------------
def add_evidence_parameter(algorithm) -> None:
    """``EVIDENCE``: also render one evidence map per plot (bundled engine results)."""
    algorithm.addParameter(QgsProcessingParameterBoolean(
        algorithm.EVIDENCE, tr("Evidence maps (one PNG per plot, beside the results)"), defaultValue=False,
        optional=True))


def record_and_evidence(algorithm, parameters, context, feedback, uri: str, engine: str, kwargs: dict, source,
                        mapping, output) -> None:
    """Store the run record in the result layer, then render the evidence maps when asked."""
    from .. import about
    from ..core.run_record import make_run_record, write_run_record
    from .check_plots import split_output

    path, layer_name = split_output(uri)
    options = kwargs.get("bundled_options")
    api = kwargs.get("api_options")
    record = make_run_record(
        engine,
        plugin_version=about.version(),
        input_name=source.sourceName() if hasattr(source, "sourceName") else "",
        plot_id_field=getattr(mapping, "plot_id", None),
        plots=len(output.results),
        options=options,
        parameters={
            "commodity": getattr(options or api, "commodity", None),
            "harvest_date": getattr(options or api, "harvest_date", None),
            "dry_run": getattr(api, "dry_run", None),
        },
        run_status=getattr(output.run, "status", ""),
    )
    try:
        write_run_record(path, layer_name, record)
    except OSError as error:
        feedback.reportError(tr("The run record could not be stored: {error}").format(error=error), fatalError=False)
    if not algorithm.parameterAsBool(parameters, algorithm.EVIDENCE, context):
        return
    from ..qgis_bridge.evidence import write_evidence

    feedback.setProgressText(tr("Rendering the evidence maps…"))
    outcome = write_evidence(uri, record=record, is_cancelled=feedback.isCanceled,
                             on_progress=lambda p: feedback.setProgress(80 + 0.2 * p))
    feedback.pushInfo(tr("{count} evidence maps written to {folder}").format(
        count=len(outcome.written), folder=outcome.folder))
