"""``vantage:importjob``: the results of an existing Vantage API job, as a GeoPackage styled by risk."""

from __future__ import annotations

import os
from typing import Any

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QVariant

from ..core import analysis
from ..core.api.state import state_path_for
from ..core.api.workflow import import_job
from ..core.plots import Plot
from ..qgis_bridge import results as writer
from ..qgis_bridge.feedback import core_feedback
from .base import VantageAlgorithm, split_output
from .client import api_error, close_client, make_client


def plot_from_features(index: int, features: Any, name: Any) -> Plot:
    """A core Plot from the GeoJSON features the API returns for a plot (parts joined)."""
    # shapely: imported when the algorithm runs, so that the provider loads without it
    from shapely.geometry import MultiPolygon, shape
    from shapely.ops import unary_union

    geometry = None
    error = None
    try:
        parts = [shape(f.get("geometry") if isinstance(f, dict) and "geometry" in f else f) for f in (features or [])]
        parts = [p for p in parts if not p.is_empty]
        if len(parts) == 1:
            geometry = parts[0]
        elif parts:
            kinds = {p.geom_type for p in parts}
            if kinds <= {"Polygon", "MultiPolygon"}:
                polys = [g for p in parts for g in (p.geoms if p.geom_type == "MultiPolygon" else [p])]
                geometry = MultiPolygon(polys)
            else:
                geometry = unary_union(parts)
    except Exception as exc:  # noqa: BLE001 - a plot the API describes oddly is kept without geometry
        error = str(exc)
    text = None if name is None else str(name)
    return Plot(index=index, geometry=geometry, user_id=text, name=text,
                attributes={"plot_name": text}, read_error=error)


class ImportJobAlgorithm(VantageAlgorithm):
    JOB_ID = "JOB_ID"
    DRY_RUN = "DRY_RUN"
    OUTPUT = "OUTPUT"
    PLOTS = "PLOTS"
    SUMMARY = "SUMMARY"

    def name(self) -> str:
        return "importjob"

    def displayName(self) -> str:
        return self.tr("Import a Vantage job")

    def group(self) -> str:
        return self.tr("Vantage API")

    def groupId(self) -> str:
        return "api"

    def shortHelpString(self) -> str:
        return self.tr(
            "Fetches the results of an existing job of your Vantage account (see 'List Vantage jobs') and "
            "writes them with the plots' geometries to a GeoPackage styled by risk level. Nothing is spent. "
            "Uses the account set in the plugin settings."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(self.JOB_ID, self.tr("Job id")))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.DRY_RUN, self.tr("The job was a dry run (simulated results)"), defaultValue=False, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorDestination(
                self.OUTPUT, self.tr("Job results (GeoPackage)"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PLOTS, self.tr("Plots")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))

    def process(self, parameters, context, feedback):
        job_id = self.parameterAsString(parameters, self.JOB_ID, context).strip()
        if not job_id:
            raise QgsProcessingException(self.tr("Give the id of the job to import."))
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        path, layer_name = split_output(destination)
        dry_run = (self.parameterAsBool(parameters, self.DRY_RUN, context)
                   if parameters.get(self.DRY_RUN) is not None else None)
        # A state file beside the output (a check written there) says whether the job was a dry run.
        state = state_path_for(path)
        client = make_client(feedback)
        try:
            if not dry_run:
                # The API does not say whether a job was a dry run. A job that cost nothing is one (or every
                # plot failed, where it does not matter): its values must never pass for real results.
                job = client.get_job(job_id)
                if job.token_cost == 0 and job.plot_ids:
                    dry_run = True
                    feedback.pushInfo(self.tr("The job cost no token: its results are marked simulated (dry run)."))
            results, run = self.run_core(
                import_job, job_id, client, dry_run=dry_run, state_path=state if os.path.isfile(state) else None,
                feedback=core_feedback(feedback, 0, 80),
            )
        except QgsProcessingException:
            raise
        except Exception as error:
            raise api_error(error) from error
        finally:
            close_client(client)
        plots = [
            plot_from_features(r.plot_index, r.extra.get("geojson_features"), r.extra.get("plot_name") or r.plot_id)
            for r in results
        ]
        fields = QgsFields()
        fields.append(QgsField("plot_name", QVariant.String))
        uri = writer.write_results(path, layer_name, plots, results, fields,
                                   transform_context=context.transformContext())
        summary = analysis.summarise(results)
        text = self.tr("Job {job}: {plots} plots; risk {risk}; status {status}. Output: {uri}").format(
            job=job_id, plots=len(results), risk=summary["by_risk"], status=summary["by_status"], uri=uri
        )
        feedback.pushInfo(text)
        self.style_on_load(context, destination, writer.apply_risk_style, uri, layer_name)
        return {self.OUTPUT: uri, self.PLOTS: len(results), self.SUMMARY: text}
