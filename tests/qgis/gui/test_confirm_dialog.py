"""gui/confirm_dialog.py: the token confirmation asked before a real check spends."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialogButtonBox

from vantage_plugin.gui.confirm_dialog import TokenConfirmDialog


def test_token_confirmation_defaults_to_cancel():
    dialog = TokenConfirmDialog(cost=30, free_tokens=100, plot_count=3)
    assert dialog.cancel_button.isDefault()
    assert not dialog.spend_button.isDefault()
    assert "30" in dialog.message.text() and "100" in dialog.balance.text()
    poor = TokenConfirmDialog(cost=300, free_tokens=100, plot_count=30)
    assert not poor.spend_button.isEnabled()
    role = dialog.buttons.buttonRole(dialog.spend_button)
    assert role == QDialogButtonBox.ButtonRole.AcceptRole
