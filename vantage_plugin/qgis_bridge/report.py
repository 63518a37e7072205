"""The run report: a PDF made through a QGIS print layout from a result GeoPackage.

Page 1: the run (input, engine, date, data sources with their versions/years, parameters) and the
counts by risk level and status with their hectares. Then a table of every plot (a layout attribute
table that adds pages until all rows are shown, so 10,000 plots fit), then one page per plot that
needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons. Missing
evidence maps of those plots are rendered first (bundled results).
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QMarginsF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPageSize, QPainter, QPdfWriter

from ..core import analysis, risk
from ..core import evidence_data as ed
from ..core.run_record import SOURCE_ROLES, RunRecord, read_run_record
from ..i18n import tr
from .evidence import (
    FONT_FAMILY,
    IMAGE_HEIGHT,
    IMAGE_WIDTH,
    is_url,
    read_result_rows,
    resolve_image,
    split_uri,
    write_evidence,
)
from .styles import RISK_COLOURS, STATUS_HATCHED

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0  # A4 portrait, mm
#: Resolution of the PDF painter (and of the evidence pictures in it).
PDF_DPI = 150
#: Pages built in one print layout before it is painted into the PDF and freed.
PAGES_PER_LAYOUT = 20
MARGIN = 15.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Statuses whose plots get a page beside High/Medium/Unknown: they could not be assessed.
FLAGGED_STATUSES: tuple[str, ...] = (analysis.STATUS_INVALID, analysis.STATUS_FAILED)
def table_columns() -> tuple[tuple[str, str, float], ...]:
    """Columns of the table of all plots after the id: (field, heading, width mm; 0: the rest)."""
    return (
        ("risk_level", tr("Risk"), 13),
        ("status", tr("Status"), 14),
        ("area_ha", tr("Area"), 14),
        ("forest_2020_ha", tr("Forest 2020"), 19),
        ("deforestation_ha", tr("Loss > 2020"), 19),
        ("protected_overlap_ha", tr("Protected"), 15),
        ("indigenous_overlap_ha", tr("Indigenous"), 17),
        ("country", tr("Country"), 0),
    )





def needs_a_page(facts: ed.PlotEvidence) -> bool:
    """High, Medium or Unknown, or not assessed (invalid, failed)."""
    return (facts.risk_level in ed.FLAGGED_LEVELS) or (facts.status in FLAGGED_STATUSES)


def parameter_labels() -> dict[str, str]:
    """The report's label of each run-record parameter (``run_record.make_run_record``'s keys), in the
    user's language."""
    return {
        "commodity": tr("Commodity"),
        "harvest_date": tr("Harvest date"),
        "dry_run": tr("Dry run (Vantage API)"),
        "forest_2020_min": tr("Forest threshold asked"),
        "forest_2020_min_used": tr("Forest threshold used"),
        "forest_is_jrc": tr("Forest map is a forest/non-forest mask"),
    }


def parameter_rows(parameters: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) of the run's parameters for the report, in the order of :func:`parameter_labels`
    then any other key by name; yes/no for flags."""
    labels = parameter_labels()
    order = {key: k for k, key in enumerate(labels)}
    rows = []
    for key in sorted(parameters, key=lambda key: (order.get(key, len(order)), key)):
        rows.append((labels.get(key, key), _parameter_text(parameters[key])))
    return rows


def _parameter_text(value: Any) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return f"{value:g}" if isinstance(value, float) else str(value)


def _text_format(size: float, bold: bool = False, colour: str = "#222222") -> QgsTextFormat:
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text_format = QgsTextFormat()
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
    text_format.setColor(QColor(colour))
    return text_format


@dataclass
class ReportOutcome:
    path: str
    pages: int
    plots: int
    flagged: int


class ReportBuilder:
    """Builds the print layout of one result layer."""

    def __init__(self, uri: str, record: Optional[RunRecord], rows: Sequence[Any], gpkg_path: str,
                 layer_name: str) -> None:
        self.uri = uri
        self.record = record
        self.rows = rows
        self.gpkg_path = gpkg_path
        self.layer_name = layer_name
        id_field = record.plot_id_field if record else None
        self.facts = [ed.plot_evidence(row.values, ed.plot_label(row.values, id_field, row.fid))
                      for row in rows]
        self.project = QgsProject()
        self.layout: Optional[QgsPrintLayout] = None
        self.total_pages = 1 + self.table_page_count() + sum(needs_a_page(f) for f in self.facts)
        self.pages_done = 0  # pages of the layouts already painted
        self.page = -1  # the current page of the current layout
        self.writer = None
        self.painter = None

    def table_page_count(self) -> int:
        return max(1, math.ceil(len(self.facts) / ROWS_PER_PAGE))

    def close(self) -> None:
        """Free the layouts through their (private) project, which owns them."""
        self.layout = None
        if self.project is not None:
            self.project.layoutManager().clear()
            self.project = None

    # --- items -----------------------------------------------------------------------------
    def label(self, page: int, x: float, y: float, w: float, h: float, text: str, size: float = 9,
              bold: bool = False, colour: str = "#222222",
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QgsLayoutItemLabel:
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        if hasattr(item, "setTextFormat"):
            item.setTextFormat(_text_format(size, bold, colour))
        else:  # QGIS < 3.24
            font = QFont(FONT_FAMILY)
            font.setPointSizeF(size)
            font.setBold(bold)
            item.setFont(font)
            item.setFontColor(QColor(colour))
        item.setHAlign(align)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setMarginX(0)
        item.setMarginY(0)
        self.layout.addLayoutItem(item)
        self.place(item, page, x, y, w, h)
        return item

    def place(self, item, page: int, x: float, y: float, w: float, h: float) -> None:
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), True, False, page)

    def text_table(self, page: int, x: float, y: float, w: float, headers: Sequence[str],
                   rows: Sequence[Sequence[str]], widths: Sequence[float] = ()) -> float:
        """A small table of text; returns its height (mm)."""
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        fixed = [widths[k] if k < len(widths) else 0 for k in range(len(headers))]
        free = (w - sum(fixed) - 2 * CELL_MARGIN_MM * len(headers) - 0.5) / max(fixed.count(0), 1)
        columns = []
        for heading, width in zip(headers, fixed):
            column = QgsLayoutTableColumn(heading)
            column.setWidth(width or free)  # every column sized: long text wraps inside the page
            columns.append(column)
        table.setColumns(columns)
        table.setContents([list(row) for row in rows])
        self._style_table(table)
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        self.place(frame, page, x, y, w, 10)
        table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
        height = _table_height(headers, rows, w, widths)
        frame.attemptResize(QgsLayoutSize(w, height + 0.5, QgsUnitTypes.LayoutMillimeters))
        return height + 0.5

    @staticmethod
    def _style_table(table) -> None:
        table.setHeaderTextFormat(_text_format(TABLE_TEXT_PT, bold=True))
        table.setContentTextFormat(_text_format(TABLE_TEXT_PT))
        table.setCellMargin(CELL_MARGIN_MM)
        table.setGridStrokeWidth(0.15)
        table.setGridColor(QColor("#b0b0b0"))
        table.setHeaderHAlignment(QgsLayoutItemAttributeTable.HeaderHAlignment.HeaderLeft)
        table.setBackgroundColor(QColor("#ffffff"))

    def section(self, page: int, y: float, title: str) -> float:
        self.label(page, MARGIN, y, CONTENT_WIDTH, 7, title, size=12, bold=True, colour="#1a1a1a")
        rule = QgsLayoutItemShape(self.layout)
        rule.setShapeType(QgsLayoutItemShape.Rectangle)
        symbol = rule.symbol().clone()
        symbol.symbolLayer(0).setColor(QColor("#2b6cb0"))
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
        rule.setSymbol(symbol)
        self.layout.addLayoutItem(rule)
        self.place(rule, page, MARGIN, y + 7, CONTENT_WIDTH, 0.5)
        return y + 10

    def new_layout(self) -> None:
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.setName(tr("Vantage run report"))
        self.project.layoutManager().addLayout(layout)  # the project owns (and frees) it
        layout.undoStack().blockCommands(True)  # no undo history: it would copy every item's state
        layout.renderContext().setTextRenderFormat(QgsRenderContext.TextFormatAlwaysText)  # real text
        layout.renderContext().setDpi(PDF_DPI)
        layout.pageCollection().page(0).setPageSize(
            QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, QgsUnitTypes.LayoutMillimeters))
        self.layout = layout
        self.page = 0

    def add_page(self) -> int:
        """A new page (its footer drawn); returns its index in the current layout.

        A layout holds at most :data:`PAGES_PER_LAYOUT` pages: a full one is painted into the PDF and
        freed (QGIS 3.22 moves every page and item whenever a page is added, so one 250-page layout
        takes minutes to build)."""
        if self.layout is None:
            self.new_layout()
        elif self.page + 1 >= PAGES_PER_LAYOUT:
            self.flush()
            self.new_layout()
        else:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, QgsUnitTypes.LayoutMillimeters))
            self.layout.pageCollection().addPage(page)
            self.page += 1
        number = self.pages_done + self.page + 1
        self.label(self.page, MARGIN, PAGE_HEIGHT - MARGIN + 5, CONTENT_WIDTH, 5,
                   tr("Vantage for QGIS · EUDR plot check report · page {page} of {pages}").format(
                       page=number, pages=self.total_pages),
                   size=7, colour="#777777", align=Qt.AlignmentFlag.AlignHCenter)
        return self.page

    def flush(self) -> None:
        """Paint the current layout's pages into the PDF, then free the layout."""
        if self.layout is None:
            return
        exporter = QgsLayoutExporter(self.layout)
        for page in range(self.layout.pageCollection().pageCount()):
            if self.pages_done:
                self.writer.newPage()
            exporter.renderPage(self.painter, page)
            self.pages_done += 1
        del exporter
        self.project.layoutManager().removeLayout(self.layout)
        self.layout = None

    def write(self, pdf_path: str, on_progress: Optional[Callable[[float], None]] = None,
              is_cancelled: Callable[[], bool] = lambda: False) -> int:
        """Build and paint every page into ``pdf_path``; returns the page count."""
        writer = QPdfWriter(str(pdf_path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setResolution(PDF_DPI)
        writer.setCreator("Vantage for QGIS")
        writer.setTitle(tr("EUDR plot check report"))
        painter = QPainter(writer)
        self.writer, self.painter = writer, painter
        try:
            self.summary_page()
            self.table_pages()
            done, flagged = 0, [(f, r) for f, r in zip(self.facts, self.rows) if needs_a_page(f)]
            for facts, row in flagged:
                if is_cancelled():
                    raise OSError("cancelled")
                self.plot_page(facts, row)
                done += 1
                if on_progress:
                    on_progress(100.0 * (self.pages_done + self.page + 1) / self.total_pages)
            self.flush()
        finally:
            painter.end()
            self.writer = self.painter = None
        return self.pages_done

    # --- pages -----------------------------------------------------------------------------
    def summary_page(self) -> None:
        self.add_page()
        record = self.record
        now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        self.label(0, MARGIN, MARGIN, CONTENT_WIDTH, 10, tr("EUDR plot check report"), size=20, bold=True)
        source_name = (record.input if record and record.input else Path(self.gpkg_path).name)
        subtitle = tr("{input} · results {results} · report made {now}").format(
            input=source_name, results=Path(self.gpkg_path).name, now=now)
        self.label(0, MARGIN, MARGIN + 11, CONTENT_WIDTH, 6, subtitle, size=9, colour="#555555")
        y = self.section(0, MARGIN + 20, tr("Run"))
        rows = [
            (tr("Engine"), f"{record.engine} (Vantage for QGIS {record.plugin_version})" if record else "–"),
            (tr("Run date"), record.date.replace("T", " ") if record else "–"),
            (tr("Run status"), record.run_status or "–" if record else "–"),
            (tr("Input"), record.input if record and record.input else "–"),
            (tr("Plot id field"), (record.plot_id_field or "–") if record else "–"),
        ]
        if record and record.guessed_fields:
            rows.append((tr("Fields guessed from their names"),
                         ", ".join(f"{name} = {field}" for name, field in sorted(record.guessed_fields.items()))))
        rows += parameter_rows(record.parameters if record else {})
        y += self.text_table(0, MARGIN, y, CONTENT_WIDTH, [tr("Item"), tr("Value")], rows, (50, 0)) + 6
        y = self.section(0, y, tr("Data sources"))
        source_rows = []
        for role in SOURCE_ROLES:
            source = (record.sources if record else {}).get(role)
            if source:
                source_rows.append((role.replace("_", " "), str(source.get("label")),
                                    str(source.get("version") or "–"), str(source.get("year") or "–")))
            else:
                source_rows.append((role.replace("_", " "), tr("none"), "–", "–"))
        headers = [tr("Role"), tr("Dataset"), tr("Version"), tr("Year")]
        y += self.text_table(0, MARGIN, y, CONTENT_WIDTH, headers, source_rows, (32, 0, 18, 22)) + 6
        y = self.section(0, y, tr("Results"))
        half = (CONTENT_WIDTH - 6) / 2
        by_level: dict[str, list[float]] = {}
        for facts in self.facts:
            entry = by_level.setdefault(facts.risk_level or "–", [0, 0.0, 0.0])
            entry[0] += 1
            entry[1] += facts.area_ha or 0.0
            entry[2] += facts.deforestation_ha or 0.0
        level_rows = [(level if level != "–" else tr("no level"), str(int(v[0])), f"{v[1]:,.2f}",
                       f"{v[2]:,.2f}")
                      for level, v in sorted(by_level.items(), key=lambda kv: _level_order(kv[0]))]
        total = [tr("Total"), str(len(self.facts)), f"{sum(f.area_ha or 0 for f in self.facts):,.2f}",
                 f"{sum(f.deforestation_ha or 0 for f in self.facts):,.2f}"]
        left = self.text_table(0, MARGIN, y, half, [tr("Risk level"), tr("Plots"), tr("Area (ha)"),
                                                    tr("Loss > 2020 (ha)")], level_rows + [total])
        status_rows = [(name, str(count)) for name, count in ed.counts_by(
            [f.status for f in self.facts],
            (analysis.STATUS_OK, analysis.STATUS_NO_DATA, analysis.STATUS_SIMULATED, analysis.STATUS_PENDING,
             analysis.STATUS_INVALID, analysis.STATUS_FAILED))]
        right = self.text_table(0, MARGIN + half + 6, y, half, [tr("Status"), tr("Plots")], status_rows)
        y += max(left, right) + 6
        forest = sum(f.forest_ha or 0 for f in self.facts)
        protected = sum(f.protected_ha or 0 for f in self.facts)
        indigenous = sum(f.indigenous_ha or 0 for f in self.facts)
        flagged = sum(needs_a_page(f) for f in self.facts)
        self.label(0, MARGIN, y, CONTENT_WIDTH, 20, tr(
            "Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous "
            "lands: {indigenous} ha.\n{flagged} plots need a look (High, Medium, Unknown, invalid or "
            "failed): each has a page after the table of all plots.").format(
            forest=f"{forest:,.2f}", protected=f"{protected:,.2f}", indigenous=f"{indigenous:,.2f}",
            flagged=flagged), size=9)

    def table_pages(self) -> None:
        """Every plot, :data:`ROWS_PER_PAGE` to a page (one small table per page: QGIS lays out a
        multi-page table again for every page it draws, which takes minutes for 10,000 rows)."""
        columns = ((tr("Plot"), 24),) + tuple((heading, width) for _, heading, width in table_columns())
        rows = [self.table_row(facts) for facts in self.facts]
        chunks = [rows[k:k + ROWS_PER_PAGE] for k in range(0, len(rows), ROWS_PER_PAGE)] or [[]]
        for number, chunk in enumerate(chunks):
            page = self.add_page()
            title = tr("All plots ({count})").format(count=len(rows))
            if len(chunks) > 1:
                title += f" · {number * ROWS_PER_PAGE + 1}–{number * ROWS_PER_PAGE + len(chunk)}"
            self.label(page, MARGIN, MARGIN, CONTENT_WIDTH - 60, 8, title, size=14, bold=True)
            self.label(page, MARGIN + 60, MARGIN + 2.5, CONTENT_WIDTH - 60, 5,
                       tr("Areas in hectares; loss: tree-cover loss after 31 December 2020."), size=8,
                       colour="#555555", align=Qt.AlignmentFlag.AlignRight)
            table = QgsLayoutItemTextTable(self.layout)
            self.layout.addMultiFrame(table)
            layout_columns = []
            for k, (heading, width) in enumerate(columns):
                column = QgsLayoutTableColumn(heading)
                if width:
                    column.setWidth(width)
                if 3 <= k <= 7:
                    column.setHAlignment(Qt.AlignmentFlag.AlignRight)
                layout_columns.append(column)
            table.setColumns(layout_columns)
            table.setContents(chunk)
            self._style_table(table)
            table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.TruncateText)
            frame = QgsLayoutFrame(self.layout, table)
            table.addFrame(frame)
            self.place(frame, page, MARGIN, MARGIN + 11, CONTENT_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 19)

    @staticmethod
    def table_row(facts: ed.PlotEvidence) -> list[str]:
        def number(value: Optional[float]) -> str:
            return "–" if value is None else f"{value:,.2f}"

        return [facts.label, facts.risk_level or "–", facts.status or "–", number(facts.area_ha),
                number(facts.forest_ha), number(facts.deforestation_ha), number(facts.protected_ha),
                number(facts.indigenous_ha), facts.country or "–"]

    def plot_page(self, facts: ed.PlotEvidence, row: Any) -> None:
        page = self.add_page()
        level = facts.risk_level or (facts.status or risk.UNKNOWN).capitalize()
        # a plot without a level has the colour of its status on the map (invalid, failed), else Unknown's
        colour = (RISK_COLOURS.get(facts.risk_level or "") or STATUS_HATCHED.get(facts.status or "")
                  or RISK_COLOURS[risk.UNKNOWN])
        self.label(page, MARGIN, MARGIN, CONTENT_WIDTH - 40, 10, tr("Plot {label}").format(label=facts.label),
                   size=18, bold=True)
        badge = QgsLayoutItemShape(self.layout)
        badge.setShapeType(QgsLayoutItemShape.Rectangle)
        badge.setCornerRadius(QgsLayoutMeasurement(1.5))
        symbol = badge.symbol().clone()
        symbol.symbolLayer(0).setColor(QColor(colour))
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
        badge.setSymbol(symbol)
        self.layout.addLayoutItem(badge)
        self.place(badge, page, PAGE_WIDTH - MARGIN - 38, MARGIN, 38, 9)
        self.label(page, PAGE_WIDTH - MARGIN - 38, MARGIN + 2, 38, 6, tr(level), size=11, bold=True,
                   colour="#ffffff", align=Qt.AlignmentFlag.AlignHCenter)
        y = MARGIN + 14
        image = resolve_image(facts.image, self.gpkg_path)
        if image:
            picture = QgsLayoutItemPicture(self.layout)
            picture.setPicturePath(image, QgsLayoutItemPicture.Format.FormatRaster)
            picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
            height = CONTENT_WIDTH * IMAGE_HEIGHT / IMAGE_WIDTH
            self.layout.addLayoutItem(picture)
            self.place(picture, page, MARGIN, y, CONTENT_WIDTH, height)
            y += height + 6
        elif is_url(facts.image):
            self.label(page, MARGIN, y, CONTENT_WIDTH, 6, tr("Evidence image: {url}").format(url=facts.image))
            y += 10
        y = self.section(page, y, tr("Why this plot needs a look"))
        reasons = "\n".join(f"• {reason}" for reason in facts.reasons())
        self.label(page, MARGIN, y, CONTENT_WIDTH, 16, reasons, size=10)
        y += 18
        y = self.section(page, y, tr("Facts"))
        rows = [
            (tr("Area"), ed.hectares(facts.area_ha)),
            (tr("Forest 2020"), ed.hectares(facts.forest_ha, facts.forest_pct)),
            (tr("Loss after 2020"), ed.hectares(facts.deforestation_ha, facts.deforestation_pct)),
            (tr("Loss by year (ha)"),
             ", ".join(f"{year}: {ha:.2f}" for year, ha in facts.yearly.items() if ha > 0) or "–"),
            (tr("Protected areas"), ed.hectares(facts.protected_ha, facts.protected_pct)
             + (f" — {', '.join(facts.protected_names)}" if facts.protected_names else "")),
            (tr("Indigenous lands"), ed.hectares(facts.indigenous_ha, facts.indigenous_pct)
             + (f" — {', '.join(facts.indigenous_names)}" if facts.indigenous_names else "")),
            (tr("Location"), ", ".join(p for p in (facts.state, facts.country) if p) or "–"),
            (tr("Status"), facts.status or "–"),
            (tr("Analysis end"), facts.analysis_end or "–"),
            (tr("Analysis version"), facts.version or "–"),
        ]
        self.text_table(page, MARGIN, y, CONTENT_WIDTH, [tr("Item"), tr("Value")], rows, (40, 0))



#: Rows of the table of all plots on one page (one line each: long text is cut).
ROWS_PER_PAGE = 50
#: Text size (pt) and cell margin (mm) of every table.
TABLE_TEXT_PT = 7.5
CELL_MARGIN_MM = 1.0
MM_PER_PT = 25.4 / 72


def _table_height(headers: Sequence[str], rows: Sequence[Sequence[str]], width: float,
                  widths: Sequence[float]) -> float:
    """The height (mm) a small text table will take: one line per row unless a cell wraps.

    (QGIS 3.22 computes row heights only while drawing, so the layout asks the font itself.)"""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(100)  # measured at 100 px = TABLE_TEXT_PT, then scaled
    metrics = QFontMetricsF(font)
    scale = TABLE_TEXT_PT * MM_PER_PT / 100
    line = metrics.height() * scale
    fixed = sum(w for w in widths if w)
    free = max(width - fixed - 2 * CELL_MARGIN_MM * len(headers), 10.0)
    auto = [k for k in range(len(headers)) if not (k < len(widths) and widths[k])]
    column_mm = [widths[k] if k < len(widths) and widths[k] else free / max(len(auto), 1)
                 for k in range(len(headers))]
    total = 0.0
    for row in [headers, *rows]:
        lines = 1
        for text, mm in zip(row, column_mm):
            text_mm = metrics.horizontalAdvance(str(text)) * scale
            lines = max(lines, int(text_mm // max(mm, 1.0)) + 1)
        total += lines * line + 2 * CELL_MARGIN_MM
    return total


def _level_order(level: str) -> int:
    order = (risk.HIGH, risk.MEDIUM, risk.LOW, risk.UNKNOWN)
    return order.index(level) if level in order else len(order)


def write_report(
    uri: str,
    pdf_path: str,
    *,
    render_missing: bool = True,
    is_cancelled: Callable[[], bool] = lambda: False,
    on_progress: Optional[Callable[[float], None]] = None,
) -> ReportOutcome:
    """Write the PDF report of the result layer ``uri`` to ``pdf_path``."""
    path, layer_name = split_uri(uri)
    uri = f"{path}|layername={layer_name}"
    record = read_run_record(path, layer_name)
    rows = read_result_rows(path, layer_name)
    id_field = record.plot_id_field if record else None
    if render_missing:
        def lacks_a_map(row: Any) -> bool:
            image = row.values.get("analysis_image")
            facts = ed.plot_evidence(row.values, ed.plot_label(row.values, id_field, row.fid))
            return (row.geometry is not None and not is_url(image) and resolve_image(image, path) is None
                    and needs_a_page(facts))

        missing = [row.fid for row in rows if lacks_a_map(row)]
        if missing:
            write_evidence(uri, record=record, fids=missing, is_cancelled=is_cancelled,
                           on_progress=(lambda p: on_progress(0.5 * p)) if on_progress else None)
            rows = read_result_rows(path, layer_name)
    builder = ReportBuilder(uri, record, rows, path, layer_name)
    Path(pdf_path).parent.mkdir(parents=True, exist_ok=True)
    try:
        pages = builder.write(str(pdf_path), on_progress=(lambda p: on_progress(50 + 0.5 * p)) if on_progress
                              else None, is_cancelled=is_cancelled)
    finally:
        builder.close()
    if not Path(pdf_path).is_file():
        raise OSError(f"cannot write the report {pdf_path}")
    outcome = ReportOutcome(str(pdf_path), pages, len(rows), sum(needs_a_page(f) for f in builder.facts))
    if on_progress:
        on_progress(100.0)
    return outcome
