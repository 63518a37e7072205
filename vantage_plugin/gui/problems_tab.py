"""The panel's "Problems" tab: Validate and Fix…, the problems grouped by rule (listed in slices), and
the detail of the problem clicked."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QModelIndex, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..qgis_bridge.styles import ERROR_COLOUR, OK_COLOUR
from .problems_view import (
    COL_CODE,
    COL_MESSAGE,
    COL_PLOT,
    COL_SEVERITY,
    GroupBuilder,
    ProblemsModel,
    Tally,
    issue_text,
    severity_label,
)
from .sliced_release import SlicedRelease
from .widgets import wrapping_label


class ProblemsTab(QWidget):
    """Validate / Fix… buttons, "Show warnings", the counts, the problems view and the detail.

    :meth:`list_report` groups a report's problems in slices and calls back with the :class:`Tally`."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._builder: Optional[GroupBuilder] = None
        self._release = SlicedRelease(self)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.validate_button = QPushButton(tr("Validate"))
        self.validate_button.setObjectName("VantageValidate")
        self.validate_button.setToolTip(tr("Check every plot against the EUDR and Vantage geometry rules"))
        row.addWidget(self.validate_button)
        self.fix_button = QPushButton(tr("Fix…"))
        self.fix_button.setObjectName("VantageFix")
        self.fix_button.setToolTip(
            tr("Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)")
        )
        self.fix_button.setEnabled(False)
        row.addWidget(self.fix_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_warnings = QCheckBox(tr("Show warnings"))  # a row of its own: long in some languages
        self.show_warnings.setObjectName("VantageShowWarnings")
        self.show_warnings.setChecked(True)
        layout.addWidget(self.show_warnings)
        self.problems_summary = wrapping_label("VantageProblemsSummary", tr("Validate the layer to list its problems."))
        layout.addWidget(self.problems_summary)

        self.issues_model = ProblemsModel(self)
        self.issues_view = QTreeView()
        self.issues_view.setObjectName("VantageIssuesView")
        self.issues_view.setModel(self.issues_model)
        self.issues_model.modelReset.connect(self._span_rule_rows)
        self.issues_view.setUniformRowHeights(True)  # no row measured: fast with 100,000s of rows
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues_view.setWordWrap(False)
        self.issues_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.issues_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.issues_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self.issues_view.setMinimumHeight(160)
        self.issues_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit_columns()
        layout.addWidget(self.issues_view, 1)
        self.issue_detail = wrapping_label("VantageIssueDetail")
        self.issue_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.issue_detail)
        self.show_warnings.toggled.connect(self._filter_issues)

    # --- content ------------------------------------------------------------------------------
    def clear(self) -> None:
        """No report: an empty view and the hint to validate."""
        self._stop_builder()
        self._release_groups(self.issues_model.clear())
        self.issue_detail.setText("")
        self.problems_summary.setText(tr("Validate the layer to list its problems."))
        self.problems_summary.setStyleSheet("")

    def list_report(self, report: Any, done: Callable[[list, Tally], None],
                    grouped: Optional[tuple[list, Tally]] = None) -> None:
        """``done(groups, tally)`` with ``report``'s problems grouped (:meth:`show_groups` shows them): at
        once when they were ``grouped`` already (in a task), else grouped in slices (never a freeze)."""
        self._stop_builder()
        self._release_groups(self.issues_model.clear())
        self.issue_detail.setText("")
        self.problems_summary.setStyleSheet("")
        if grouped is not None:
            done(*grouped)
            return
        self.problems_summary.setText(tr("Listing the problems…"))
        self._builder = GroupBuilder(report.issues, done, self)
        self._builder.start()

    def show_groups(self, groups: list, tally: Tally, total: int) -> Qgis.MessageLevel:
        """Show the grouped problems and their counts over ``total`` plots; the level of the outcome."""
        self._builder = None
        self._release_groups(self.issues_model.set_groups(groups))
        blocked = len(tally.blocked)
        if not tally.errors and not tally.warnings:
            text = tr("No problem found: all {total} plots can be checked.").format(total=total)
            level = Qgis.MessageLevel.Success
        else:
            text = " ".join((
                tr("%n error(s)", "", tally.errors) + ", " + tr("%n warning(s)", "", tally.warnings) + ".",
                tr("{ready} of {total} plots can be checked.").format(ready=total - blocked, total=total),
                tr("%n plot(s) blocked by errors.", "", blocked) if blocked else "",
            )).strip()
            level = Qgis.MessageLevel.Warning if blocked else Qgis.MessageLevel.Info
        self.problems_summary.setText(text)
        colour = ERROR_COLOUR if blocked else (OK_COLOUR if level == Qgis.MessageLevel.Success else "")
        self.problems_summary.setStyleSheet(f"color: {colour};" if colour else "")
        return level

    def _release_groups(self, groups: list) -> None:
        """Let go of the issues of ``groups`` no longer shown in slices (columns, ``IssueRows``, go at once)."""
        self._release.release(*(group.issues for group in groups if isinstance(group.issues, list)))

    def _stop_builder(self) -> None:
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None

    def open_group(self, index: QModelIndex) -> None:
        """A rule row clicked: open or close it and show what it is about."""
        parent = index.sibling(index.row(), 0)
        self.issues_view.setExpanded(parent, not self.issues_view.isExpanded(parent))
        self.issue_detail.setText(self.issues_model.data(parent, Qt.ItemDataRole.ToolTipRole) or "")

    def show_issue(self, issue: Any) -> None:
        self.issue_detail.setText(issue_text(issue))

    # --- layout -------------------------------------------------------------------------------
    def _span_rule_rows(self) -> None:
        """Each rule's row spans the view (its title and count read whole in a narrow panel)."""
        root = QModelIndex()
        for row in range(self.issues_model.rowCount()):
            self.issues_view.setFirstColumnSpanned(row, root, True)

    def _fit_columns(self) -> None:
        """Narrow plot and severity columns so the rule/message shows in a narrow dock."""
        header = self.issues_view.header()
        metrics = self.issues_view.fontMetrics()
        pad = 18
        severity = max(metrics.horizontalAdvance(severity_label(s)) for s in ("error", "warning")) + pad
        header.resizeSection(COL_PLOT, 140)  # the tree indents problem rows: room for an id
        header.resizeSection(COL_SEVERITY, max(severity, 50))
        header.resizeSection(COL_MESSAGE, 360)  # scroll sideways or widen the dock; the detail shows it all
        header.resizeSection(COL_CODE, 60)

    def _filter_issues(self, *_: Any) -> None:
        self.issues_model.set_show_warnings(self.show_warnings.isChecked())



