"""The panel's "Check" tab: the engine, the defaults for empty fields, the output, the Vantage API box
(dry run, check types, login, balance), "Check plots" and what to do with the results."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.gui import QgsCheckableComboBox, QgsDateEdit, QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.api.checks import CHECK_EUDR, check_types
from ..core.engines import ENGINE_API, ENGINE_BUNDLED
from ..core.plots import COMMODITIES
from ..i18n import tr
from ..qgis_bridge import tasks
from ..qgis_bridge.settings import PluginSettings
from .catalog_widget import role_label
from .first_run import demo_dir, use_demo_catalog
from .stale_files import CatalogState, catalog_state, missing_in_error
from .widgets import compact, narrow_form, wrapping_label


def commodity_label(code: str) -> str:
    labels = {
        "wood": tr("Wood"),
        "soy": tr("Soy"),
        "cocoa": tr("Cocoa"),
        "coffee": tr("Coffee"),
        "palm_oil": tr("Palm oil"),
        "beef": tr("Cattle (beef)"),
        "rubber": tr("Rubber"),
    }
    return labels.get(code, code)


def _button(text: str, name: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class CheckTab(QWidget):
    """The check's settings (from and to ``settings``) and buttons; the dock wires the buttons."""

    def __init__(self, settings: PluginSettings, parent: Optional[QWidget] = None):
        super().__init__(parent)
        # the panel's looks at the catalog and its files, each in a task of its own (never on this thread)
        self._catalog = tasks.LatestTask(tr("Vantage data catalog"))
        self._stale_files = tasks.LatestTask(tr("Vantage data catalog"))
        self._demo = tasks.LatestTask(tr("Vantage demo data"))
        layout = QVBoxLayout(self)
        form = narrow_form()
        self.engine_combo = QComboBox()
        self.engine_combo.setObjectName("VantageEngine")
        self.engine_combo.addItem(tr("Bundled (offline)"), ENGINE_BUNDLED)
        self.engine_combo.addItem(tr("Vantage API"), ENGINE_API)
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(settings.engine)))
        compact(self.engine_combo)
        form.addRow(tr("Engine"), self.engine_combo)

        self.commodity_combo = QComboBox()
        self.commodity_combo.setObjectName("VantageCommodity")
        self.commodity_combo.addItem(tr("From the field"), "")
        for code in COMMODITIES:
            self.commodity_combo.addItem(commodity_label(code), code)
        self.commodity_combo.setCurrentIndex(max(0, self.commodity_combo.findData(settings.commodity)))
        compact(self.commodity_combo)
        self.commodity_combo.setToolTip(tr("Used for plots whose commodity field is empty"))
        form.addRow(tr("Commodity"), self.commodity_combo)

        self.harvest_date = QgsDateEdit()
        self.harvest_date.setObjectName("VantageHarvestDate")
        self.harvest_date.setAllowNull(True)
        self.harvest_date.setNullRepresentation(tr("From the date field"))
        self.harvest_date.setDisplayFormat("yyyy-MM-dd")
        self.harvest_date.setMaximumDate(QDate.currentDate())
        self.harvest_date.clear()
        self.harvest_date.setToolTip(
            tr("Used for plots whose harvest date field is empty; the analysis runs up to this date")
        )
        form.addRow(tr("Harvest date"), self.harvest_date)

        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("VantageOutput")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.setDialogTitle(tr("Save the results as"))
        self.output_widget.setToolTip(tr("The results are written to this GeoPackage"))
        form.addRow(tr("Output"), self.output_widget)
        layout.addLayout(form)

        self.engine_hint = wrapping_label("VantageEngineHint")
        layout.addWidget(self.engine_hint)
        demo_row = QHBoxLayout()
        self.demo_button = _button(
            tr("Use the demo data"), "VantageUseDemo",
            tr("Check with the small demo data that ships with the plugin and open the demo plots"))
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)
        layout.addWidget(self._build_api_box(settings))

        # the main action has a row of its own: in some languages two buttons side by side need > 300 px
        self.check_button = _button(tr("Check plots"), "VantageCheck")
        self.check_button.setDefault(True)
        layout.addWidget(self.check_button)
        # what to do with the results: two buttons a row, so that they fit a narrow panel in every language
        self.summary_button = _button(tr("Summary…"), "VantageSummaryButton")
        self.evidence_button = _button(tr("Evidence"), "VantageEvidence",
                                       tr("Render one evidence map (PNG) per plot beside the results"))
        self.report_button = _button(tr("Report…"), "VantageReport", tr("Write the run report (PDF)"))
        self.eudr_button = _button(
            tr("EU file…"), "VantageEudrExport",
            tr("Export the plots as the geolocation file the EU Information System accepts"))
        grid = QGridLayout()
        for position, button in enumerate((self.summary_button, self.evidence_button, self.report_button,
                                           self.eudr_button)):
            button.setEnabled(False)
            grid.addWidget(button, position // 2, position % 2)
        layout.addLayout(grid)
        self.check_summary = wrapping_label("VantageCheckSummary")
        layout.addWidget(self.check_summary)
        layout.addStretch(1)

    def _build_api_box(self, settings: PluginSettings) -> QGroupBox:
        self.api_box = QGroupBox(tr("Vantage API"))
        self.api_box.setObjectName("VantageApiBox")
        api_layout = QVBoxLayout(self.api_box)
        self.dry_run = QCheckBox(tr("Dry run (free)"))
        self.dry_run.setObjectName("VantageDryRun")
        self.dry_run.setToolTip(tr("A dry run spends no token and returns simulated values, not real results"))
        self.dry_run.setChecked(settings.dry_run)
        api_layout.addWidget(self.dry_run)
        self.check_types = QgsCheckableComboBox()
        self.check_types.setObjectName("VantageCheckTypes")
        self.check_types.setToolTip(tr("Check types of the job: eudr always runs; Vantage runs only eudr for now"))
        for check in check_types():
            state = Qt.CheckState.Checked if check.name == CHECK_EUDR else Qt.CheckState.Unchecked
            self.check_types.addItemWithCheckState(check.name, state, check.name)
        api_layout.addWidget(self.check_types)
        self.run_again = QCheckBox(tr("Run again (a new paid job)"))
        self.run_again.setObjectName("VantageRunAgain")
        self.run_again.setToolTip(tr(
            "Unticked, checking again into the same output resumes its job and never pays twice. Ticked, "
            "a new job with the same settings is started, after you confirm its cost."))
        api_layout.addWidget(self.run_again)
        login_row = QHBoxLayout()
        self.login_button = _button(tr("Log in…"), "VantageLogin")
        login_row.addWidget(self.login_button)
        self.balance_button = _button(tr("Refresh"), "VantageBalanceRefresh",
                                      tr("Ask the Vantage API for your token balance"))
        login_row.addWidget(self.balance_button)
        login_row.addStretch(1)
        api_layout.addLayout(login_row)
        self.balance_label = wrapping_label("VantageBalance")
        api_layout.addWidget(self.balance_label)
        return self.api_box

    # --- reading ------------------------------------------------------------------------------
    def engine(self) -> str:
        return self.engine_combo.currentData()

    def defaults(self) -> tuple[Optional[str], Optional[str]]:
        """The commodity and harvest date chosen here (``None`` when left empty)."""
        commodity = self.commodity_combo.currentData() or None
        date = self.harvest_date.date()
        harvest = date.toString("yyyy-MM-dd") if (not self.harvest_date.isNull() and date.isValid()) else None
        return commodity, harvest

    def checks(self) -> tuple[str, ...]:
        """The check types ticked for an API job."""
        return tuple(str(name) for name in self.check_types.checkedItemsData())

    # --- showing ------------------------------------------------------------------------------
    def show_engine(self, logged_in: bool, catalog: str) -> None:
        """The API box and the hint for the chosen engine; the demo button while no catalog has data or
        the catalog names files that were moved or deleted. The catalog is read, and its files looked
        for, in a task (a file on an unreachable share must not stall the panel): until it answers the
        hint says so."""
        api = self.engine() == ENGINE_API
        self._catalog.close()
        self.api_box.setVisible(api)
        if not api:
            self.engine_hint.setText(tr("Offline; looking at the data catalog…"))
            self._read_catalog(catalog)
            return
        if logged_in:
            self.login_button.setText(tr("Change login…"))
            if not self.balance_label.text():
                self.balance_label.setText(tr("Token balance not loaded yet."))
        else:
            self.login_button.setText(tr("Log in…"))
            self.balance_label.setText(tr("Not logged in."))
        self.engine_hint.setText(
            tr("Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check "
               "asks before spending tokens.")
        )
        self.demo_button.setVisible(False)

    def _read_catalog(self, catalog: str) -> None:
        def answered(state: CatalogState) -> None:
            if not sip.isdeleted(self):
                self.show_catalog(state, catalog)

        self._catalog.ask(catalog_state, {"path": catalog, "demo_loss_dir": str(demo_dir() / "hansen")},
                          answered, lambda *_: answered(CatalogState()))

    def show_catalog(self, state: CatalogState, catalog: str) -> None:
        """The bundled engine's hint and the demo button, from what :func:`catalog_state` found."""
        if state.missing:
            self.engine_hint.setText(stale_files_message(state.missing))
        elif not state.has_data:
            self.engine_hint.setText(
                tr("Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose "
                   "your data in the Vantage settings, or try the plugin with the demo data.")
            )
        elif state.is_demo:
            self.engine_hint.setText(tr("Offline, with the demo data (a small area of the Dominican Republic)."))
        else:
            self.engine_hint.setText(tr("Offline, with the data of {path}.").format(path=Path(catalog).name))
        self.demo_button.setVisible(bool(state.missing) or not state.has_data)

    def catalog_pending(self) -> bool:
        """Whether the catalog is still being read for the hint."""
        return self._catalog.pending()

    def look_for_stale_files(self, catalog: str, error: str, on_found: Callable[[list[tuple[str, str]]], None]) -> None:
        """In a task, the files of the catalog saved at ``catalog`` that were moved or deleted and that the
        text of a failed check's ``error`` names; ``on_found(missing)`` when some are (a newer question or
        closing the panel drops a late answer; a look that fails says nothing)."""
        def answered(missing: list[tuple[str, str]]) -> None:
            if missing and not sip.isdeleted(self):
                on_found(missing)

        self._stale_files.ask(missing_in_error, {"path": catalog, "error": error}, answered)

    def stale_files_pending(self) -> bool:
        """Whether the look for the files a failed check names is still on its way."""
        return self._stale_files.pending()

    def use_demo_data(self, catalog: str, on_ready: Callable[[bool], None],
                      on_failure: Callable[[BaseException, str], None]) -> None:
        """``first_run.use_demo_catalog`` for the catalog saved at ``catalog``, in a task (it looks for the
        catalog's files); ``on_ready(replaced)`` or ``on_failure(error, details)`` on this thread. Asked
        again, or the panel closed, the earlier one writes nothing more and its answer is dropped."""
        def answered(replaced: bool) -> None:
            if not sip.isdeleted(self):
                on_ready(replaced)

        def failed(error: BaseException, details: str) -> None:
            if not sip.isdeleted(self):
                on_failure(error, details)

        self._demo.ask(use_demo_catalog, {"path": catalog}, answered, failed)

    def demo_pending(self) -> bool:
        """Whether the demo catalog is still being written."""
        return self._demo.pending()

    def close_down(self) -> None:
        """Cancel the looks at the catalog and forget their answers (the panel closes)."""
        for question in (self._catalog, self._stale_files, self._demo):
            question.close()


def stale_files_message(missing: list[tuple[str, str]]) -> str:
    """What the panel says about data files moved or deleted since they were chosen (``(role, path)``,
    :meth:`Catalog.missing_files`): each source and its path, and what to do."""
    files = "; ".join(f"{role_label(role)}: {path}" for role, path in missing)
    return tr("Data files chosen earlier were moved or deleted ({files}). Choose them again in the Vantage "
              "settings, or use the demo data.").format(files=files)
