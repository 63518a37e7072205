"""The summary of a check: counts by risk level and status, totals, the run's steps, where the output is."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..qgis_bridge.styles import RISK_COLOURS, risk_label  # noqa: F401 - one home for colours and labels
from .results_view import status_label

def summary_text(summary: Mapping[str, Any]) -> str:
    """One line for the dock: ``12 plots — High 2 · Medium 1 · Low 8 · Unknown 1``."""
    by_risk = summary.get("by_risk") or {}
    parts = [f"{risk_label(level)} {by_risk[level]}" for level in RISK_COLOURS if by_risk.get(level)]
    parts += [f"{level} {count}" for level, count in by_risk.items() if level not in RISK_COLOURS and count]
    head = tr("{plots} plots").format(plots=summary.get("plots", 0))
    by_status = summary.get("by_status") or {}
    extra = []
    for status in ("invalid", "failed", "simulated"):
        if by_status.get(status):
            extra.append(f"{status_label(status)}: {by_status[status]}")
    text = head + (" — " + " · ".join(parts) if parts else "")
    return text + ("  (" + ", ".join(extra) + ")" if extra else "")


class ResultsSummaryDialog(QDialog):
    """Counts by risk and status, areas, and the run's steps."""

    def __init__(
        self,
        summary: Mapping[str, Any],
        *,
        run_summary: Optional[Mapping[str, Any]] = None,
        output: str = "",
        parent: Optional[QWidget] = None,
    ):
        super().__init__(parent)
        self.setObjectName("VantageSummaryDialog")
        self.setWindowTitle(tr("Vantage check summary"))
        layout = QVBoxLayout(self)

        by_status = summary.get("by_status") or {}
        if by_status.get("simulated"):
            dry = QLabel(tr("Dry run: these values are simulated placeholders, not real results."))
            dry.setStyleSheet("color: #b35c00; font-weight: bold;")
            dry.setWordWrap(True)
            layout.addWidget(dry)

        self.risk_table = self._table(
            [tr("Risk level"), tr("Plots")],
            [(risk_label(level), count) for level, count in _ordered(summary.get("by_risk") or {})],
            colours=[RISK_COLOURS.get(level) for level, _ in _ordered(summary.get("by_risk") or {})],
        )
        layout.addWidget(QLabel(tr("By risk level")))
        layout.addWidget(self.risk_table)

        self.status_table = self._table(
            [tr("Status"), tr("Plots")], [(status_label(status), count) for status, count in by_status.items()]
        )
        layout.addWidget(QLabel(tr("By status")))
        layout.addWidget(self.status_table)

        totals = QLabel(
            tr("Total area: {area} ha. Deforestation after 2020: {deforestation} ha.").format(
                area=_number(summary.get("area_ha")), deforestation=_number(summary.get("deforestation_ha"))
            )
        )
        totals.setWordWrap(True)
        layout.addWidget(totals)

        if run_summary:
            steps: Sequence[Mapping[str, Any]] = run_summary.get("steps") or []
            layout.addWidget(
                QLabel(tr("Run: {engine}, {status}").format(
                    engine=run_summary.get("engine", ""), status=run_summary.get("status", "")
                ))
            )
            if steps:
                layout.addWidget(
                    self._table(
                        [tr("Step"), tr("Status"), tr("Seconds")],
                        [(s.get("name", ""), s.get("status", ""), s.get("seconds", "")) for s in steps],
                    )
                )
        if output:
            where = QLabel(tr("Saved to {path}").format(path=output))
            where.setWordWrap(True)
            where.setTextInteractionFlags(where.textInteractionFlags() | _selectable())
            layout.addWidget(where)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    @staticmethod
    def _table(headers, rows, colours=None) -> QTableWidget:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QColor

        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c == 0 and colours and colours[r]:
                    item.setData(Qt.ItemDataRole.DecorationRole, QColor(colours[r]))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(28 + 26 * max(1, len(rows)))
        return table


def _ordered(by_risk: Mapping[str, int]):
    known = [(level, by_risk[level]) for level in RISK_COLOURS if level in by_risk]
    return known + [(level, count) for level, count in by_risk.items() if level not in RISK_COLOURS]


def _number(value: Any) -> str:
    try:
        return f"{float(value):,.2f}"
    except (TypeError, ValueError):
        return "—"


def _selectable():
    from qgis.PyQt.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse
