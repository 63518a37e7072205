"""The panel's "Plots" box: the layer of plots, "Selected features only" and the field mapping (guessed
from the field names, the guesses named so that the user checks them)."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QCheckBox, QGroupBox, QSizePolicy, QWidget

from ..core.plots import FieldMapping
from ..i18n import tr
from ..qgis_bridge.layers import guess_mapping
from .widgets import compact, narrow_form, wrapping_label


class PlotsBox(QGroupBox):
    """The layer combo, "Selected features only" and the collapsible "Fields" mapping."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(tr("Plots"), parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = narrow_form()
        self.setLayout(form)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("VantageLayerCombo")
        self.layer_combo.setFilters(
            QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer
        )
        self.layer_combo.setAllowEmptyLayer(True)
        compact(self.layer_combo)
        self.layer_combo.setToolTip(tr("A vector layer of plots: polygons or points, any CRS"))
        form.addRow(tr("Layer"), self.layer_combo)
        self.selected_only = QCheckBox(tr("Selected features only"))
        form.addRow(self.selected_only)

        self.mapping_box = QgsCollapsibleGroupBox(tr("Fields"))
        self.mapping_box.setObjectName("VantageMappingBox")
        mapping_form = narrow_form()
        self.mapping_box.setLayout(mapping_form)
        self.field_combos: dict[str, QgsFieldComboBox] = {}
        self._guessed: dict[str, str] = {}
        self.field_labels = {
            "plot_id": tr("Plot id"),
            "plot_name": tr("Name"),
            "commodity": tr("Commodity"),
            "harvest_date": tr("Harvest date"),
            "point_ha": tr("Point area (ha)"),
        }
        for name in FieldMapping.KEYS:
            combo = QgsFieldComboBox()
            combo.setObjectName(f"VantageField_{name}")
            combo.setAllowEmptyFieldName(True)
            compact(combo)
            self.field_combos[name] = combo
            combo.fieldChanged.connect(self._show_guessed)
            mapping_form.addRow(self.field_labels[name], combo)
        self.guessed_label = wrapping_label("VantageGuessedFields")
        mapping_form.addRow(self.guessed_label)
        form.addRow(self.mapping_box)

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """The field combos follow ``layer``; its mapping is guessed from the field names."""
        for combo in self.field_combos.values():
            combo.setLayer(layer)
        if layer is not None:
            self.apply_mapping(self.guess_mapping(layer))

    @staticmethod
    def guess_mapping(layer: QgsVectorLayer) -> FieldMapping:
        """The fields that look like the plot id, name, commodity, harvest date and point area."""
        points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        return guess_mapping(layer.fields(), points=points)

    def apply_mapping(self, mapping: FieldMapping) -> None:
        self._guessed = mapping.guessed_fields()
        for name, combo in self.field_combos.items():
            combo.setField(getattr(mapping, name) or "")
        self._show_guessed()

    def mapping(self) -> FieldMapping:
        chosen = {name: (combo.currentField() or None) for name, combo in self.field_combos.items()}
        guessed = tuple(name for name, field in self._guessed.items() if chosen.get(name) == field)
        return FieldMapping(**chosen, guessed=guessed)

    def _show_guessed(self, *_: Any) -> None:
        """Name the fields still taken from a guess on their names, so the user checks them."""
        guessed = self.mapping().guessed_fields()
        self.guessed_label.setVisible(bool(guessed))
        self.guessed_label.setText(tr("Guessed from their names: {fields}. Check them before you run.").format(
            fields=", ".join(f"{self.field_labels[name]} = {field}" for name, field in guessed.items())))
