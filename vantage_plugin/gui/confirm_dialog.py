"""Asked before any Vantage API job that spends tokens: cost against free tokens, Cancel by default."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..i18n import tr
from ..qgis_bridge.styles import ERROR_COLOUR


class TokenConfirmDialog(QDialog):
    """``cost`` tokens for ``plot_count`` plots, against ``free_tokens``. Accepting means spending."""

    def __init__(self, cost: int, free_tokens: Optional[int], plot_count: int, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("VantageTokenConfirmDialog")
        self.setWindowTitle(tr("Spend Vantage tokens?"))
        self.cost = int(cost)
        self.free_tokens = free_tokens
        self.plot_count = int(plot_count)
        enough = free_tokens is None or self.cost <= free_tokens

        layout = QVBoxLayout(self)
        self.message = QLabel(
            tr("This check sends {plots} plots to the Vantage API and costs {cost} tokens.").format(
                plots=self.plot_count, cost=self.cost
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        if free_tokens is None:
            balance = tr("Your free token balance is unknown.")
        else:
            balance = tr("You have {free} free tokens; {left} would be left.").format(
                free=free_tokens, left=free_tokens - self.cost
            )
        self.balance = QLabel(balance)
        self.balance.setWordWrap(True)
        layout.addWidget(self.balance)

        if not enough:
            self.warning = QLabel(tr("You do not have enough free tokens for this job."))
            self.warning.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
            self.warning.setWordWrap(True)
            layout.addWidget(self.warning)
        note = QLabel(tr("Tokens reserved for plots that fail are returned. A dry run costs nothing."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.spend_button = self.buttons.addButton(
            tr("Spend {cost} tokens").format(cost=self.cost), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.spend_button.setObjectName("VantageSpendButton")
        self.spend_button.setEnabled(enough)
        self.spend_button.setAutoDefault(False)
        self.spend_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(True)
        cancel.setDefault(True)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def cancel_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def confirm_spend(cost: int, free_tokens: Optional[int], plot_count: int, parent: Optional[QWidget] = None) -> bool:
    """Show :class:`TokenConfirmDialog`; ``True`` only when the user chose to spend."""
    dialog = TokenConfirmDialog(cost, free_tokens, plot_count, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
