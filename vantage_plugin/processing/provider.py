"""The ``vantage`` Processing provider: toolbox, batch, modeler and ``qgis_process``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import about


class VantageProvider(QgsProcessingProvider):
    def id(self) -> str:
        return about.PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("VantageProcessing", "Vantage (EUDR)")

    def longName(self) -> str:  # noqa: N802
        return f"{self.name()} {about.version()}"

    def icon(self) -> QIcon:
        return QIcon(str(about.icon_path()))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(about.icon_path())

    def versionInfo(self) -> str:  # noqa: N802
        return about.version()

    def defaultVectorFileExtension(self, hasGeometry: bool = True) -> str:  # noqa: N802,N803
        return "gpkg"

    def loadAlgorithms(self) -> None:  # noqa: N802
        from .check_plots import CheckPlotsAlgorithm
        from .fix_plots import FixPlotsAlgorithm
        from .import_job import ImportJobAlgorithm
        from .list_jobs import ListJobsAlgorithm
        from .validate_plots import ValidatePlotsAlgorithm

        for algorithm in (
            ValidatePlotsAlgorithm(),
            FixPlotsAlgorithm(),
            CheckPlotsAlgorithm(),
            ImportJobAlgorithm(),
            ListJobsAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
