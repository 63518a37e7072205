"""The ``vantage`` Processing provider: toolbox, batch, modeler and ``qgis_process``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import about
from .check_plots import CheckPlotsAlgorithm
from .export_eudr import ExportEudrAlgorithm
from .fix_plots import FixPlotsAlgorithm
from .import_job import ImportJobAlgorithm
from .list_jobs import ListJobsAlgorithm
from .report import ReportAlgorithm
from .validate_plots import ValidatePlotsAlgorithm


def models_dir() -> Path:
    """The example models (``.model3``) shipped with the plugin."""
    return about.resources_dir() / "models"


#: help-content key of a shipped model's title (written by scripts/make_models.py)
TITLE_KEY = "VANTAGE_TITLE"


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model shipped with the plugin: its name makes the id (``vantage:fixthencheck``) and the
    toolbox shows the title saved in its help content (a plain model's title is its name)."""

    def displayName(self) -> str:
        return str(self.helpContent().get(TITLE_KEY) or self.name())

    def createInstance(self):
        model = ShippedModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model


def load_model(path: Path) -> Optional[QgsProcessingModelAlgorithm]:
    """The model saved in ``path``, or None (logged) when it cannot be read or has no name."""
    model = ShippedModel()
    try:
        loaded = model.fromFile(str(path))
    except Exception as error:  # noqa: BLE001 - a broken file must never stop the provider
        loaded = False
        QgsMessageLog.logMessage(f"{path}: {error}", about.LOG_TAG, Qgis.MessageLevel.Warning)
    if not loaded or not model.name():
        QgsMessageLog.logMessage(f"Skipped the model {path}: it could not be read.", about.LOG_TAG,
                                 Qgis.MessageLevel.Warning)
        return None
    model.setSourceFilePath(str(path))
    return model


class VantageProvider(QgsProcessingProvider):
    """The algorithms, then the example models of ``resources/models`` (ids ``vantage:<model name>``).

    A model's steps are found through the Processing registry, which knows this provider only once
    its first load is over: the provider loads again when the registry announces it (as Processing's
    own model provider does), so the models' steps and outputs are known in the toolbox and modeler.
    """

    def id(self) -> str:
        return about.PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("VantageProcessing", "Vantage (EUDR)")

    def longName(self) -> str:
        return f"{self.name()} {about.version()}"

    def icon(self) -> QIcon:
        return QIcon(str(about.icon_path()))

    def svgIconPath(self) -> str:
        return str(about.icon_path())

    def versionInfo(self) -> str:
        return about.version()

    def defaultVectorFileExtension(self, hasGeometry: bool = True) -> str:
        return "gpkg"

    def loadAlgorithms(self) -> None:
        for algorithm in (
            ValidatePlotsAlgorithm(),
            FixPlotsAlgorithm(),
            CheckPlotsAlgorithm(),
            ImportJobAlgorithm(),
            ListJobsAlgorithm(),
            ExportEudrAlgorithm(),
            ReportAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
        self.load_models()

    def load_models(self) -> None:
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            self._reload_when_registered(registry)
        names = {algorithm.name() for algorithm in self.algorithms()}
        folder = models_dir()
        for path in sorted(folder.glob("*.model3")) if folder.is_dir() else ():
            model = load_model(path)
            if model is None:
                continue
            if model.name() in names:
                QgsMessageLog.logMessage(f"Skipped the model {path}: the name {model.name()} is taken.", about.LOG_TAG,
                                         Qgis.MessageLevel.Warning)
                continue
            if registry.providerById(self.id()) is self:
                ok, issues = model.validate()
                if not ok:
                    QgsMessageLog.logMessage(f"Skipped the model {path}: " + "; ".join(issues), about.LOG_TAG,
                                             Qgis.MessageLevel.Warning)
                    continue
            if self.addAlgorithm(model):
                names.add(model.name())

    def _reload_when_registered(self, registry) -> None:
        if getattr(self, "_waiting", False):
            return
        self._waiting = True

        def added(provider_id: str) -> None:
            if provider_id != self.id():
                return
            try:
                registry.providerAdded.disconnect(added)
            except TypeError:
                pass
            self._waiting = False
            if registry.providerById(provider_id) is self:
                self.refreshAlgorithms()

        registry.providerAdded.connect(added)
