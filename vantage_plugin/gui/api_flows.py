"""The panel's Vantage API account flows: login, the API client, the token balance and the jobs list
(a part of :class:`~vantage_plugin.gui.dock.VantageDock`, kept apart from its layout)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis

from ..i18n import tr
from ..qgis_bridge import tasks
from ..qgis_bridge.api_client import make_api_client
from .jobs_tab import JOBS_PAGE_SIZE
from .login_dialog import LoginDialog


class ApiFlows:
    """Login, client, balance and jobs of the dock (uses its ``settings``, ``api_client``,
    ``_side_tasks``, ``set_status`` …)."""

    def login(self) -> bool:
        dialog = LoginDialog(self.settings, self)
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.api_client = None
            self.on_engine_changed()
            self.refresh_balance()
        return accepted

    def ensure_client(self) -> Any:
        """The API client, made from the saved login (asks for one when there is none)."""
        if self.api_client is not None:
            return self.api_client
        if not self.settings.authcfg and not self.login():
            self.set_status(tr("Log in to use the Vantage API."), Qgis.MessageLevel.Warning)
            return None
        try:
            self.api_client = make_api_client(self.settings.base_url, self.settings.authcfg)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)
            return None
        return self.api_client

    def _start_side(self, description: str, fn: Callable[..., Any], data: dict,
                    on_success: Callable[[Any], None]) -> Optional[tasks.CoreTask]:
        client = self.ensure_client()
        if client is None:
            return None

        def done(result: Any) -> None:
            self._side_tasks.discard(task)
            if self._alive():
                on_success(result)

        def failed(error: BaseException, details: str) -> None:
            self._side_tasks.discard(task)
            if self._alive():
                self.set_status(self.describe_error(error), Qgis.MessageLevel.Critical)

        task = tasks.CoreTask(description, fn, data=data, services={"api_client": client},
                              on_success=done, on_failure=failed,
                              on_cancelled=lambda: self._side_tasks.discard(task))
        self._side_tasks.add(task)
        tasks.start(task)
        return task

    def refresh_balance(self) -> Optional[tasks.CoreTask]:
        self.balance_label.setText(tr("Loading the token balance…"))
        return self._start_side(tr("Vantage token balance"), tasks.balance_job, {}, self.show_balance)

    def show_balance(self, balance: Any) -> None:
        free = getattr(balance, "free_tokens", None)
        total = getattr(balance, "token_balance", None)
        reserved = getattr(balance, "reserved_tokens", None)
        text = tr("{free} free tokens").format(free=free)
        if total is not None:
            text += " " + tr("(balance {total}, reserved {reserved})").format(
                total=total, reserved=reserved if reserved is not None else 0
            )
        self.balance_label.setText(text)

    def load_jobs(self, more: bool = False) -> Optional[tasks.CoreTask]:
        cursor = self.jobs_tab.start_loading(more)
        return self._start_side(tr("Vantage jobs"), tasks.jobs_page_job, {"cursor": cursor, "limit": JOBS_PAGE_SIZE},
                                self.jobs_tab.show_page)
