"""The panel's "API jobs" tab: the user's Vantage API jobs, newest first, a page at a time."""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QGridLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from .widgets import wrapping_label

JOBS_PAGE_SIZE = 20


class JobsTab(QWidget):
    """The list of jobs, "Load jobs" and "Load more"; ``cursor`` is where the next page starts."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.cursor: Optional[str] = None
        layout = QVBoxLayout(self)
        self.jobs_hint = wrapping_label("VantageJobsHint", tr("Your Vantage API jobs, newest first."))
        layout.addWidget(self.jobs_hint)
        self.jobs_list = QListWidget()
        self.jobs_list.setObjectName("VantageJobsList")
        layout.addWidget(self.jobs_list, 1)
        row = QGridLayout()  # two buttons that may each need half of a narrow panel
        self.jobs_refresh_button = QPushButton(tr("Load jobs"))
        self.jobs_refresh_button.setObjectName("VantageJobsRefresh")
        row.addWidget(self.jobs_refresh_button, 0, 0)
        self.jobs_more_button = QPushButton(tr("Load more"))
        self.jobs_more_button.setObjectName("VantageJobsMore")
        self.jobs_more_button.setEnabled(False)
        row.addWidget(self.jobs_more_button, 1, 0)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)

    def start_loading(self, more: bool) -> Optional[str]:
        """Before a page is asked for: the cursor to ask with (``None``: the first page, the list emptied)."""
        if not more:
            self.cursor = None
            self.jobs_list.clear()
        self.jobs_more_button.setEnabled(False)
        return self.cursor if more else None

    def show_page(self, page: Any) -> None:
        """Append one page of jobs (``Page(items=[Job], meta=PageMeta)``)."""
        for job in getattr(page, "items", []) or []:
            name = job.job_name or job.job_id
            when = (job.created_at or "")[:16].replace("T", " ")
            cost = "" if job.token_cost is None else tr(", {n} tokens").format(n=job.token_cost)
            text = tr("{when}  {name} — {status}, {plots} plots{cost}").format(
                when=when, name=name, status=job.status or "?", plots=len(job.plot_ids), cost=cost
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.job_id)
            item.setToolTip(job.job_id)
            self.jobs_list.addItem(item)
        meta = getattr(page, "meta", None)
        self.cursor = getattr(meta, "next_cursor", None)
        self.jobs_more_button.setEnabled(bool(getattr(meta, "has_more", False) and self.cursor))
        if self.jobs_list.count() == 0:
            self.jobs_hint.setText(tr("No job yet."))
        else:
            self.jobs_hint.setText(tr("Your Vantage API jobs, newest first."))
