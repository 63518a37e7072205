"""Small helpers shared by the panel's sections."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel


def compact(combo: QComboBox, chars: int = 6) -> None:
    """Let a combo box shrink with the dock instead of sizing itself to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def narrow_form() -> QFormLayout:
    """A form whose fields grow and whose labels go above the fields in a narrow panel."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def wrapping_label(object_name: str, text: str = "") -> QLabel:
    """A word-wrapping label with an object name (tests and screenshots find it by name)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
