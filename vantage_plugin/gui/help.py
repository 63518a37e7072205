"""Open the user guide shipped with the plugin (from the Help menu, the panel and the algorithms)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..about import user_guide_url


def open_user_guide(section: str = "") -> bool:
    """Open the guide in the system's browser (at ``section`` when given); False when that failed."""
    return bool(QDesktopServices.openUrl(QUrl(user_guide_url(section))))
