"""``vantage:listjobs``: the job history of the Vantage account, as a table."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.api.workflow import job_row, list_jobs
from .base import VantageAlgorithm
from .client import api_error, close_client, make_client

JOB_FIELDS = (
    ("job_id", QVariant.String),
    ("job_name", QVariant.String),
    ("status", QVariant.String),
    ("created_at", QVariant.String),
    ("updated_at", QVariant.String),
    ("token_cost", QVariant.Double),
    ("plot_count", QVariant.Int),
    ("notes", QVariant.String),
)


class ListJobsAlgorithm(VantageAlgorithm):
    MAX_JOBS = "MAX_JOBS"
    CREATED_FROM = "CREATED_FROM"
    OUTPUT = "OUTPUT"
    JOBS = "JOBS"

    def name(self) -> str:
        return "listjobs"

    def displayName(self) -> str:
        return self.tr("List Vantage jobs")

    def group(self) -> str:
        return self.tr("Vantage API")

    def groupId(self) -> str:
        return "api"

    def shortHelpString(self) -> str:
        return self.tr(
            "Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, "
            "number of plots), as a table. Import one with 'Import a Vantage job'."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_JOBS, self.tr("At most this many jobs"), QgsProcessingParameterNumber.Integer,
                defaultValue=100, minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.CREATED_FROM, self.tr("Created from (yyyy-MM-dd)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Jobs"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.JOBS, self.tr("Jobs")))

    def process(self, parameters, context, feedback):
        fields = QgsFields()
        for name, kind in JOB_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        max_jobs = self.parameterAsInt(parameters, self.MAX_JOBS, context)
        created_from = (self.parameterAsString(parameters, self.CREATED_FROM, context) or "").strip() or None
        client = make_client(feedback)
        count = 0
        try:
            for job in list_jobs(client, limit=min(max_jobs, 100), created_at_from=created_from, max_jobs=max_jobs):
                if feedback.isCanceled():
                    break
                row = job_row(job)
                feature = QgsFeature(fields)
                feature.setAttributes([row.get(name) for name, _ in JOB_FIELDS])
                self.add_feature(sink, feature, parameters, self.OUTPUT)
                count += 1
                feedback.setProgress(100.0 * count / max_jobs)
        except QgsProcessingException:
            raise
        except Exception as error:
            raise api_error(error) from error
        finally:
            close_client(client)
        feedback.pushInfo(self.tr("{count} jobs.").format(count=count))
        return {self.OUTPUT: dest_id, self.JOBS: count}
