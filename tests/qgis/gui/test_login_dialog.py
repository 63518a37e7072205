"""gui/login_dialog.py: the Vantage login dialog."""

from __future__ import annotations

from vantage_plugin.gui.login_dialog import LoginDialog
from vantage_plugin.qgis_bridge.settings import PluginSettings


def test_login_dialog_refuses_empty_credentials():
    dialog = LoginDialog(PluginSettings())
    dialog.username.setText("someone")
    dialog.accept()  # no password: stays open with a message, nothing stored
    assert not dialog.error.isHidden()
    assert dialog.result() != LoginDialog.DialogCode.Accepted
