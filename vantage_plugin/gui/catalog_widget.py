"""The data catalog editor: which file plays which role for the bundled engine, configured once.

Embedded in the settings page. It edits a :class:`~vantage_plugin.core.engine.catalog.Catalog` and
reads/writes it as JSON at a configurable path (by default ``<profile>/vantage/catalog.json``), so a
team can share one catalog file. The widget only edits; the settings page decides when to save.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.engine.catalog import (
    DEFAULT_FOREST_MIN,
    RASTER_ROLES,
    ROLE_LABELS,
    ROLES,
    VECTOR_ROLES,
    Catalog,
    DataSource,
    find_world_map,
)
from ..core.engine.kinds import FIRST_LOSS_YEAR, FOREST_MIN_DEFAULTS, ForestKind
from ..core.engine.overlap_schemas import ROLE_ALIASES
from ..i18n import tr
from ..qgis_bridge.settings import default_catalog_path
from ..qgis_bridge.styles import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

#: The key the Processing algorithm still reads when the plugin setting is empty.
#: field_map keys of the admin role (see core/engine/admin.py).
ADMIN_FIELD_ROLES = ("country", "state")



def role_label(role: str) -> str:
    labels = {
        "forest_2020": tr("Forest 2020"),
        "loss_year": tr("Tree cover loss year"),
        "protected_areas": tr("Protected areas"),
        "indigenous_lands": tr("Indigenous lands"),
        "admin": tr("Country / state boundaries"),
    }
    return labels.get(role, ROLE_LABELS.get(role, role))


def field_roles(role: str) -> tuple[str, ...]:
    """The ``field_map`` keys a vector role accepts (empty when unknown: no check)."""
    if role == "admin":
        return ADMIN_FIELD_ROLES
    return tuple(ROLE_ALIASES.get("pa" if role == "protected_areas" else "il", {}))


def parse_field_map(text: str) -> dict[str, str]:
    """``"name=NAME, id=WDPAID"`` → ``{"name": "NAME", "id": "WDPAID"}``; ValueError on a bad pair."""
    result: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ValueError(part)
        result[key] = value
    return result


def format_field_map(field_map: dict[str, str]) -> str:
    return ", ".join(f"{key}={value}" for key, value in field_map.items())


def list_vector_layers(path: str) -> list[str]:
    """Layer names of a local vector file (nothing for URLs, folders, missing or unreadable files)."""
    if not path or "://" in path or path.startswith("/vsi") or not os.path.isfile(path):
        return []
    try:
        from ..core.engine.vectors import list_layers

        return list_layers(path)
    except Exception:  # noqa: BLE001 - not a vector file (yet): the check reports it
        return []


class _VectorRow:
    """The widgets of one vector role: file, layer, field mapping."""

    def __init__(self, file_widget: QgsFileWidget, layer: QComboBox, fields: QLineEdit):
        self.file = file_widget
        self.layer = layer
        self.fields = fields


class CatalogWidget(QWidget):
    """Edit the data catalog: a file per role, the forest threshold, the JRC flag, where it is saved."""

    def __init__(self, path: str = "", parent: Optional[QWidget] = None,
                 qgis_resources_dir: Optional[str] = None):
        super().__init__(parent)
        self.setObjectName("VantageCatalogWidget")
        self.world_map = find_world_map(
            qgis_resources_dir if qgis_resources_dir is not None else QgsApplication.pkgDataPath()
        )
        self._loaded = Catalog()
        self._load_failed = False
        self.files: dict[str, QgsFileWidget] = {}
        self.vectors: dict[str, _VectorRow] = {}
        self._build()
        self.set_catalog_path(path or default_catalog_path(), load=True)

    # ------------------------------------------------------------------------------------------
    # layout
    # ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # --- where the catalog lives -------------------------------------------------------------
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("VantageCatalogPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setToolTip(
            tr("The JSON file this catalog is saved to. Point several computers to one shared file to "
               "use the same data across a team.")
        )
        self.open_button = QPushButton(tr("Open catalog file…"))
        self.open_button.setObjectName("VantageCatalogOpen")
        self.open_button.setToolTip(tr("Use an existing catalog file (e.g. one shared by your team)"))
        self.save_as_button = QPushButton(tr("Save as…"))
        self.save_as_button.setObjectName("VantageCatalogSaveAs")
        self.save_as_button.setToolTip(tr("Write this catalog to another file and use that file from now on"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_as_button)
        where = QVBoxLayout()
        where.setSpacing(2)
        where.addWidget(self.path_edit)
        where.addLayout(buttons)
        form.addRow(tr("Catalog file"), where)

        # --- data sources --------------------------------------------------------------------
        self.files["forest_2020"] = self._raster_row(
            form, "forest_2020",
            tr("Tree cover percent (Hansen treecover2000) or a 0/1 forest mask (JRC GFC2020): a file, a "
               "folder of tiles, a VRT or a URL (type it)"),
        )
        self.forest_min = QDoubleSpinBox()
        self.forest_min.setObjectName("VantageForestMin")
        self.forest_min.setRange(0.0, 100.0)
        self.forest_min.setDecimals(1)
        self.forest_min.setSingleStep(1.0)
        self.forest_min.setValue(DEFAULT_FOREST_MIN)
        self.forest_min.setToolTip(tr("A pixel is forest when its value ≥ this"))
        self.forest_min.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.forest_min)
        threshold_hint = QLabel(
            tr("A pixel is forest when its value ≥ this: 1 for a JRC mask, 10–30 for Hansen tree cover.")
        )
        threshold_hint.setWordWrap(True)
        threshold_row.addWidget(threshold_hint, 1)
        form.addRow(tr("Forest threshold"), threshold_row)
        self.forest_is_jrc = QCheckBox(tr("Forest source is the JRC GFC2020 mask"))
        self.forest_is_jrc.setObjectName("VantageForestIsJrc")
        self.forest_is_jrc.toggled.connect(self._on_jrc_toggled)
        self.forest_is_jrc.setToolTip(
            tr("Also recognised by a file name containing GFC2020 or JRC; the threshold is then 1")
        )
        form.addRow("", self.forest_is_jrc)

        self.files["loss_year"] = self._raster_row(
            form, "loss_year",
            tr("Hansen lossyear (0 = no loss, n = loss in 2000 + n): a file, a folder of tiles, a VRT or "
               "a URL"),
        )
        self.loss_last_year = QSpinBox()
        self.loss_last_year.setObjectName("VantageLossLastYear")
        self.loss_last_year.setRange(FIRST_LOSS_YEAR - 1, 2100)
        self.loss_last_year.setSpecialValueText(tr("From the file name or the data"))
        self.loss_last_year.setValue(FIRST_LOSS_YEAR - 1)
        self.loss_last_year.setToolTip(
            tr("The last year the loss data cover (a Hansen file name such as GFC-2023-v1.11 says it: 2023). "
               "Plots harvested after it are never rated Low.")
        )
        form.addRow(tr("Last year of the loss data"), self.loss_last_year)
        for role in VECTOR_ROLES:
            self._vector_row(form, role)
        layout.addLayout(form)

        # --- check ---------------------------------------------------------------------------
        check_row = QHBoxLayout()
        self.check_button = QPushButton(tr("Check data"))
        self.check_button.setObjectName("VantageCatalogCheck")
        self.check_button.setToolTip(tr("Open every file of the catalog and report what cannot be read"))
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        self.message = QLabel()
        self.message.setObjectName("VantageCatalogMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.open_button.clicked.connect(self.open_catalog)
        self.save_as_button.clicked.connect(self.save_catalog_as)
        self.check_button.clicked.connect(self.check_data)

    def _file_widget(self, role: str, filter_text: str) -> QgsFileWidget:
        widget = QgsFileWidget()
        widget.setObjectName(f"VantageCatalog_{role}")
        widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        widget.setFilter(filter_text)
        widget.setDialogTitle(role_label(role))
        return widget

    def _raster_row(self, form: QFormLayout, role: str, tooltip: str) -> QgsFileWidget:
        widget = self._file_widget(
            role, tr("Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)")
        )
        widget.setToolTip(tooltip)
        widget.lineEdit().setPlaceholderText(tr("not set"))
        folder = QToolButton()
        folder.setObjectName(f"VantageCatalogFolder_{role}")
        folder.setText(tr("Folder…"))
        folder.setToolTip(tr("Choose a folder of tiles"))
        folder.clicked.connect(lambda _=False, w=widget, r=role: self._choose_folder(w, r))
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addWidget(folder)
        form.addRow(role_label(role), row)
        return widget

    def _vector_row(self, form: QFormLayout, role: str) -> None:
        widget = self._file_widget(
            role, tr("Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)")
        )
        widget.setToolTip(tr("A vector file (any OGR format), a /vsizip/ path or a URL"))
        if role == "admin":
            if self.world_map:
                widget.lineEdit().setPlaceholderText(tr("default: QGIS's world_map.gpkg"))
                widget.setToolTip(tr("Empty: {path} (Natural Earth countries and states)").format(
                    path=self.world_map))
            else:
                widget.lineEdit().setPlaceholderText(tr("QGIS's world_map.gpkg was not found: choose a file"))
        else:
            widget.lineEdit().setPlaceholderText(tr("not set"))
        self.files[role] = widget

        layer = QComboBox()
        layer.setObjectName(f"VantageCatalogLayer_{role}")
        layer.setEditable(True)
        layer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layer.setMinimumContentsLength(8)
        layer.lineEdit().setPlaceholderText(tr("automatic"))
        layer.setToolTip(
            tr("The layer to read; empty: the world_map countries and states layers, else the first "
               "polygon layer")
            if role == "admin"
            else tr("The layer to read; empty: the only layer, else the first polygon layer")
        )
        fields = QLineEdit()
        fields.setObjectName(f"VantageCatalogFields_{role}")
        roles = field_roles(role)
        example = "country=NAME_0" if role == "admin" else "name=NAME"
        fields.setPlaceholderText(tr("e.g. {example}").format(example=example))
        tip = tr("Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.")
        if roles:
            tip += "\n" + tr("Roles: {roles}").format(roles=", ".join(roles))
        fields.setToolTip(tip)

        details = QGridLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(QLabel(tr("Layer")), 0, 0)
        details.addWidget(layer, 0, 1)
        details.addWidget(QLabel(tr("Fields")), 0, 2)
        details.addWidget(fields, 0, 3)
        details.setColumnStretch(1, 1)
        details.setColumnStretch(3, 2)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addLayout(details)
        form.addRow(role_label(role), box)
        self.vectors[role] = _VectorRow(widget, layer, fields)
        widget.fileChanged.connect(lambda path, r=role: self._on_vector_changed(r, path))
        self._on_vector_changed(role, "")

    # ------------------------------------------------------------------------------------------
    # the catalog path
    # ------------------------------------------------------------------------------------------
    def catalog_path(self) -> str:
        return self.path_edit.text().strip() or default_catalog_path()

    def set_catalog_path(self, path: str, load: bool = False) -> bool:
        """Use ``path``; with ``load`` read it into the editor when it exists (True when all went well)."""
        self.path_edit.setText(path)
        self.path_edit.setCursorPosition(0)
        if load and path and os.path.isfile(path):
            return self.load(path)
        if load:
            self._loaded = Catalog()
            self._load_failed = False
            self.set_catalog(Catalog())
        return True

    # QgsFileWidget-like names: the settings page and older code set the catalog path this way.
    def filePath(self) -> str:
        return self.catalog_path()

    def setFilePath(self, path: str) -> None:
        self.set_catalog_path(path)

    # ------------------------------------------------------------------------------------------
    # editor <-> Catalog
    # ------------------------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        for role in ROLES:
            src = catalog.source(role)
            if role == "admin" and self._is_default_admin(src):
                src = None  # the default: shown as the placeholder
            self.files[role].setFilePath(src.path if src is not None else "")
            if role in RASTER_ROLES:
                continue
            row = self.vectors[role]
            self._on_vector_changed(role, src.path if src is not None else "")
            row.layer.setEditText((src.layer or "") if src is not None else "")
            row.fields.setText(format_field_map(src.field_map) if src is not None else "")
        # the flag first: checking it may lower the threshold
        self.forest_is_jrc.setChecked(bool(catalog.forest_is_jrc))
        self.forest_min.setValue(float(catalog.forest_2020_min if catalog.forest_2020_min is not None
                                       else DEFAULT_FOREST_MIN))
        last = catalog.loss_last_year
        self.loss_last_year.setValue(int(last) if last is not None else self.loss_last_year.minimum())
        self.message.setVisible(False)

    def _is_default_admin(self, src: Optional[DataSource]) -> bool:
        return bool(src is not None and not src.layer and not src.field_map and self.world_map
                    and _same_path(src.path, self.world_map))

    def catalog(self) -> Catalog:
        """The catalog the editor shows (ValueError for a field mapping that is not role=field pairs).

        Options of a source are kept from the loaded file while its path is unchanged."""
        last = self.loss_last_year.value()
        catalog = Catalog(forest_2020_min=self.forest_min.value(),
                          forest_is_jrc=self.forest_is_jrc.isChecked(),
                          loss_last_year=None if last == self.loss_last_year.minimum() else last)
        for role in ROLES:
            path = self.files[role].filePath().strip()
            if not path:
                if role == "admin" and self._is_default_admin(self._loaded.admin):
                    catalog.admin = DataSource.from_dict(self._loaded.admin)  # kept as the file had it
                continue
            layer: Optional[str] = None
            field_map: dict[str, str] = {}
            if role in self.vectors:
                row = self.vectors[role]
                layer = row.layer.currentText().strip() or None
                try:
                    field_map = parse_field_map(row.fields.text())
                except ValueError as error:
                    raise ValueError(
                        tr("{role}: the field mapping '{text}' is not role=field pairs").format(
                            role=role_label(role), text=str(error))
                    ) from None
            previous = self._loaded.source(role)
            options = dict(previous.options) if previous is not None and previous.path == path else {}
            setattr(catalog, role, DataSource(path=path, layer=layer, field_map=field_map, options=options))
        return catalog

    def effective_catalog(self) -> Catalog:
        """:meth:`catalog` with the default boundaries when none is set (what the engine will read)."""
        catalog = self.catalog()
        if catalog.admin is None and self.world_map:
            catalog.admin = DataSource(path=self.world_map)
        return catalog

    # ------------------------------------------------------------------------------------------
    # files
    # ------------------------------------------------------------------------------------------
    def _read(self, path: str) -> Optional[Catalog]:
        try:
            return Catalog.load(path)
        except ValueError as error:
            self.show_message(
                tr("The data catalog could not be read: {error}").format(error=str(error)), ERROR_COLOUR
            )
            return None

    def load(self, path: str) -> bool:
        """Read the catalog at ``path`` into the editor; a message when it is not a valid catalog
        (the editor is then empty, and saving keeps the unreadable file as ``.bak``)."""
        catalog = self._read(path)
        if catalog is None:
            self._loaded = Catalog()
            self._load_failed = True
            text = self.message.text()
            self.set_catalog(Catalog())
            self.show_message(text, ERROR_COLOUR)
            return False
        self._loaded = catalog
        self._load_failed = False
        self.set_catalog(catalog)
        return True

    def is_modified(self) -> bool:
        """The editor differs from the catalog file (or there is no file yet)."""
        if self._load_failed or not os.path.isfile(self.catalog_path()):
            return True
        try:
            return self.catalog().to_dict() != Catalog.load(self.catalog_path()).to_dict()
        except ValueError:
            return True

    def save(self, path: Optional[str] = None) -> str:
        """Write the catalog to ``path`` (default: the catalog path) when it changed; the path written.

        Raises ValueError (bad field mapping) or OSError (cannot write). A catalog file that could
        not be read is kept beside as ``.bak`` before it is replaced."""
        target = path or self.catalog_path()
        catalog = self.catalog()
        if path is None and not self.is_modified():
            return target
        if self._load_failed and os.path.isfile(target) and _same_path(target, self.catalog_path()):
            shutil.copyfile(target, target + ".bak")
        catalog.save(target)
        self._loaded = catalog
        self._load_failed = False
        return target

    def open_catalog(self) -> bool:
        start = self.catalog_path()
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a data catalog"), start if os.path.exists(start) else str(Path(start).parent),
            tr("Data catalog (*.json)"),
        )
        if not path:
            return False
        catalog = self._read(path)
        if catalog is None:
            return False  # the editor and the path stay as they were: the message says why
        self._loaded = catalog
        self._load_failed = False
        self.set_catalog(catalog)
        self.set_catalog_path(path)
        self.show_message(tr("Catalog read from {path}. Save the settings to use it.").format(path=path),
                          OK_COLOUR)
        return True

    def save_catalog_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the data catalog as"), self.catalog_path(), tr("Data catalog (*.json)")
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            self.save(path)
        except (OSError, ValueError) as error:
            self.show_message(tr("The data catalog could not be saved: {error}").format(error=str(error)),
                              ERROR_COLOUR)
            return False
        self.set_catalog_path(path)
        self.show_message(tr("Catalog saved to {path}. Save the settings to use it.").format(path=path),
                          OK_COLOUR)
        return True

    # ------------------------------------------------------------------------------------------
    # checks
    # ------------------------------------------------------------------------------------------
    def problems(self) -> tuple[list[str], list[str]]:
        """``(problems, notes)``: what cannot be read, and roles left empty that matter."""
        try:
            catalog = self.effective_catalog()
        except ValueError as error:
            return [str(error)], []
        # files moved or deleted since they were chosen: said with what to do, the rest validated as usual
        missing = catalog.missing_files()
        problems = [tr("{role}: file not found: {path} (moved or deleted since it was chosen). Choose the file "
                       "again, or clear the field.").format(role=role_label(role), path=path)
                    for role, path in missing]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems += replace(catalog, **{role: None for role, _ in missing}).validate()
        finally:
            QApplication.restoreOverrideCursor()
        for role in VECTOR_ROLES:
            src = catalog.source(role)
            known = field_roles(role)
            if src is None or not known:
                continue
            for key in src.field_map:
                if key.lower() not in known:
                    problems.append(
                        tr("{role}: '{key}' is not a field mapping role (roles: {roles})").format(
                            role=role_label(role), key=key, roles=", ".join(known))
                    )
        notes = []
        if catalog.loss_year is None:
            notes.append(tr("No tree cover loss year data: every plot will be Unknown."))
        if catalog.forest_2020 is None:
            notes.append(
                tr("No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).")
            )
        if catalog.admin is None:
            notes.append(tr("No country / state boundaries: QGIS's world_map.gpkg was not found."))
        return problems, notes

    def check_data(self) -> list[str]:
        """Run the checks and show the outcome under the button; the problems found."""
        problems, notes = self.problems()
        if problems:
            lines = [tr("The data cannot be used as it is:")] + [f"• {p}" for p in problems]
            lines += [f"• {n}" for n in notes]
            self.show_message("\n".join(lines), ERROR_COLOUR)
        elif notes:
            self.show_message("\n".join([tr("All data sources can be read.")] + [f"• {n}" for n in notes]),
                              WARNING_COLOUR)
        else:
            self.show_message(tr("All data sources can be read."), OK_COLOUR)
        return problems

    def show_message(self, text: str, colour: Optional[str] = None) -> None:
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------------------------------
    def _choose_folder(self, widget: QgsFileWidget, role: str) -> None:
        current = widget.filePath().strip()
        start = current if os.path.isdir(current) else (str(Path(current).parent) if current else "")
        folder = QFileDialog.getExistingDirectory(
            self, tr("{role}: a folder of tiles").format(role=role_label(role)), start
        )
        if folder:
            widget.setFilePath(folder)

    def _on_jrc_toggled(self, checked: bool) -> None:
        mask_min = FOREST_MIN_DEFAULTS[ForestKind.MASK]
        if checked and self.forest_min.value() > mask_min:
            self.forest_min.setValue(mask_min)  # a 0/1 mask: the engine uses its default anyway

    def _on_vector_changed(self, role: str, path: str) -> None:
        row = self.vectors.get(role)
        if row is None:
            return
        path = (path or "").strip()
        current = row.layer.currentText()
        row.layer.blockSignals(True)
        row.layer.clear()
        row.layer.addItems(list_vector_layers(path))
        row.layer.setEditText(current)
        row.layer.blockSignals(False)
        row.layer.setEnabled(bool(path))
        row.fields.setEnabled(bool(path))


def _same_path(a: str, b: str) -> bool:
    try:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
    except (TypeError, ValueError):
        return a == b


__all__ = ["CatalogWidget", "parse_field_map"]
