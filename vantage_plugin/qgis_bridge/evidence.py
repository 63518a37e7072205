"""Evidence maps: one PNG per plot, rendered offscreen with QGIS's map renderer.

Each image shows, on the left, the plot outline over forest 2020 and post-2020 tree-cover loss
(coloured by year) with protected-area and indigenous-land outlines and a scale bar; on the right the
plot id, its risk and the numbers behind it, a legend and the data sources. The map is in Web
Mercator (EPSG:3857), square, centred on the plot.

The layers and map settings are built once per run and shared by every plot; several plots are
rendered at once (:class:`QgsMapRendererParallelJob`, which draws each layer in QGIS's thread pool),
so no GUI thread is needed: this runs in a ``QgsTask`` or a Processing algorithm. Images go to
``<results>_evidence/`` beside the GeoPackage and their paths into the ``analysis_image`` field;
results of the Vantage API keep the image URL the API gave.
"""

from __future__ import annotations

import datetime
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from osgeo import ogr
from qgis.core import (
    QgsAction,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..core import evidence_data as ed
from ..core.engine.gdal_util import call_quietly
from ..core.run_record import SOURCE_ROLES, RunRecord, read_run_record
from ..i18n import tr
from .styles import RISK_COLOURS

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MAP_CRS = QgsCoordinateReferenceSystem("EPSG:3857")

#: Image size (pixels): a square map on the left, the facts panel on the right.
IMAGE_WIDTH = 1200
IMAGE_HEIGHT = 800
MAP_SIZE = 800
#: The map shows the plot's box grown by this factor, and at least this many metres across.
EXTENT_FACTOR = 1.6
MIN_EXTENT_M = 500.0
#: Plots rendered at once.
PARALLEL_PLOTS = 4
FOLDER_SUFFIX = "_evidence"
#: Qt's PNG "quality" 80 is zlib level 1: files ~5 % larger than the default, written ~1.5x faster.
PNG_QUALITY = 80
FONT_FAMILY = "DejaVu Sans"
#: PNG text keys: what the map shows (so anyone can locate the plot in the image).
TEXT_EXTENT = "vantage_map_extent"  # xmin,ymin,xmax,ymax in TEXT_CRS
TEXT_CRS = "vantage_map_crs"
TEXT_MAP_BOX = "vantage_map_box"  # left,top,right,bottom pixels of the map in the image
TEXT_PLOT = "vantage_plot"


def evidence_folder(gpkg_path: str) -> Path:
    """``<results>_evidence/`` beside the result GeoPackage."""
    path = Path(gpkg_path)
    return path.with_name(path.stem + FOLDER_SUFFIX)


def is_url(value: Optional[str]) -> bool:
    return bool(value) and "://" in str(value)


def resolve_image(value: Optional[str], gpkg_path: str) -> Optional[str]:
    """A stored ``analysis_image`` as a readable local path (relative paths are taken from the
    GeoPackage's folder), or ``None`` for a URL or a missing file."""
    if not value or is_url(value):
        return None
    path = Path(value)
    if not path.is_absolute():
        path = Path(gpkg_path).parent / path
    return str(path) if path.is_file() else None


def split_uri(uri: str) -> tuple[str, str]:
    """(GeoPackage path, layer name) of ``path|layername=name`` (its first layer when no name is given)."""
    path, _, layer_name = uri.partition("|layername=")
    layer_name = layer_name.split("|", 1)[0]
    if not layer_name:
        ds, error = call_quietly(ogr.Open, path)
        if ds is None or ds.GetLayerCount() == 0:
            raise OSError(f"cannot open {path}" + (f": {error}" if error else ""))
        layer_name = ds.GetLayer(0).GetName()
        ds = None
    return path, layer_name


# --- result rows ------------------------------------------------------------------------------
@dataclass
class ResultRow:
    """One feature of a result layer: fid, attributes, WGS84 geometry (or None)."""

    fid: int
    values: dict[str, Any]
    geometry: Optional[QgsGeometry]


def read_result_rows(path: str, layer_name: Optional[str] = None) -> list[ResultRow]:
    """Every feature of a result layer, read with OGR (no QGIS provider connection is kept open)."""
    ds, error = call_quietly(ogr.Open, str(path))
    if ds is None:
        raise OSError(f"cannot open {path}" + (f": {error}" if error else ""))
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        raise OSError(f"no layer {layer_name} in {path}")
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        ref = feature.GetGeometryRef()
        geometry = None
        if ref is not None and not ref.IsEmpty():
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(ref.ExportToIsoWkb()))
        values = {name: feature.GetField(i) for i, name in enumerate(names)}
        rows.append(ResultRow(feature.GetFID(), values, geometry))
    ds = None
    return rows


def store_images(path: str, layer_name: str, images: dict[int, str]) -> None:
    """Write ``analysis_image`` of the features ``images`` (fid → path) in one transaction."""
    ds, error = call_quietly(ogr.Open, str(path), 1)
    if ds is None:
        raise OSError(f"cannot open {path} to store the evidence paths" + (f": {error}" if error else ""))
    try:
        layer = ds.GetLayerByName(layer_name)
        ds.StartTransaction()
        for fid, image in images.items():
            feature = layer.GetFeature(fid)
            if feature is None:
                continue
            feature.SetField("analysis_image", image)
            layer.SetFeature(feature)
        ds.CommitTransaction()
    finally:
        ds = None


# --- layers -------------------------------------------------------------------------------------
def _source_uri(source: Optional[dict]) -> Optional[str]:
    if not source or not source.get("path"):
        return None
    return f"{source['path']}|layername={source['layer']}" if source.get("layer") else source["path"]


def forest_layer(source: dict, minimum: float) -> Optional[QgsRasterLayer]:
    """Forest 2020 in green where the raster is at least ``minimum``, other data as non-forest
    (nodata stays transparent: the map's no-data colour shows through)."""
    layer = QgsRasterLayer(_source_uri(source), "forest_2020", "gdal")
    if not layer.isValid():
        return None
    ramp = QgsColorRampShader()
    ramp.setColorRampType(QgsColorRampShader.Discrete)
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(minimum - 1e-6, QColor(ed.NON_FOREST_COLOUR), ""),
        QgsColorRampShader.ColorRampItem(math.inf, QColor(ed.FOREST_COLOUR), ""),
    ])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    return layer


def loss_layer(source: dict, first: int, last: int, mask_before: bool) -> Optional[QgsRasterLayer]:
    """Hansen loss codes of ``first``…``last`` coloured by year; earlier loss drawn as non-forest
    when ``mask_before`` (tree cover 2000: loss in 2001–2020 removed the forest of 2020)."""
    layer = QgsRasterLayer(_source_uri(source), "loss_year", "gdal")
    if not layer.isValid():
        return None
    classes = []
    if mask_before:
        classes += [QgsPalettedRasterRenderer.Class(code, QColor(ed.NON_FOREST_COLOUR), "")
                    for code in range(1, first - 2000)]
    classes += [QgsPalettedRasterRenderer.Class(year - 2000, QColor(ed.loss_year_colour(year, first, last)),
                                                "")
                for year in range(first, last + 1)]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


def outline_layer(source: dict, name: str, colour: str) -> Optional[QgsVectorLayer]:
    """A polygon layer drawn as a dashed outline with a light tint."""
    layer = QgsVectorLayer(_source_uri(source), name, "ogr")
    if not layer.isValid():
        return None
    tint = QColor(colour)
    symbol = QgsFillSymbol.createSimple({
        "color": f"{tint.red()},{tint.green()},{tint.blue()},28",
        "outline_color": colour,
        "outline_width": "0.7",
        "outline_style": "dash",
    })
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def last_loss_year(record: Optional[RunRecord], fallback: int) -> int:
    """The last loss year the loss data can hold: the year its name states, else ``fallback``."""
    source = (record.sources if record else {}).get("loss_year") or {}
    year = str(source.get("year") or "")[-4:]
    return int(year) if year.isdigit() and int(year) > ed.FIRST_POST_2020_YEAR else fallback


# --- drawing -----------------------------------------------------------------------------------
def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^k metres not above ``metres``."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in (1, 2, 5) if step * power <= metres)


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(size)
    font.setBold(bold)
    return font


@dataclass
class EvidenceImage:
    """A rendered evidence map: its file, the map extent (EPSG:3857) and the map's pixel box."""

    path: str
    extent: QgsRectangle
    map_rect: QRectF


@dataclass
class _Pending:
    row: ResultRow
    facts: ed.PlotEvidence
    path: str
    extent: QgsRectangle
    geometry: QgsGeometry
    jobs: list = field(default_factory=list)


#: Raster layers are rendered with about this many output pixels per data pixel, then enlarged to the
#: map size without smoothing (the data pixels stay crisp squares): a 30 m raster under a 500 m map
#: needs ~50 pixels, not 800 — the raster pipeline's cost grows with the output pixels.
PIXELS_PER_DATA_PIXEL = 3
MIN_RASTER_SIZE = 64
METRES_PER_DEGREE = 111_319.49  # EPSG:3857 metres per degree of longitude


def forest_min(parameters: dict) -> float:
    """The forest threshold of a run record's ``parameters``: the one the engine used (recorded as
    ``forest_2020_min_used``), else the number given; 1 when the record has neither (older records)."""
    for key in ("forest_2020_min_used", "forest_2020_min"):
        try:
            return float(parameters[key])
        except (KeyError, TypeError, ValueError):
            continue
    return 1.0


@dataclass
class EvidenceRenderer:
    """Renders evidence maps of the plots of one run, sharing layers and map settings."""

    record: Optional[RunRecord] = None
    last_year: int = 0
    rasters: list = field(default_factory=list)
    vectors: list = field(default_factory=list)

    def __post_init__(self) -> None:
        record = self.record
        sources = record.sources if record else {}
        params = record.parameters if record else {}
        self.last_year = self.last_year or last_loss_year(record, datetime.date.today().year - 1)
        jrc = bool(params.get("forest_is_jrc"))
        vectors = [outline_layer(sources[role], name, colour)  # top first
                   for role, name, colour in (("indigenous_lands", "indigenous", ed.INDIGENOUS_COLOUR),
                                              ("protected_areas", "protected", ed.PROTECTED_COLOUR))
                   if sources.get(role)]
        rasters = []
        if sources.get("loss_year"):
            rasters.append(loss_layer(sources["loss_year"], ed.FIRST_POST_2020_YEAR, self.last_year,
                                      mask_before=not jrc))
        if sources.get("forest_2020"):
            rasters.append(forest_layer(sources["forest_2020"], forest_min(params)))
        self.vectors = [layer for layer in vectors if layer is not None]
        self.rasters = [layer for layer in rasters if layer is not None]
        self.data_pixel = min((layer.rasterUnitsPerPixelX() * (METRES_PER_DEGREE if layer.crs().isGeographic()
                                                               else 1.0)
                               for layer in self.rasters), default=0.0)
        self._layer_transforms: dict[str, QgsCoordinateTransform] = {}
        self.to_map = QgsCoordinateTransform(WGS84, MAP_CRS, QgsCoordinateTransformContext())
        self.to_wgs84 = QgsCoordinateTransform(MAP_CRS, WGS84, QgsCoordinateTransformContext())

    @property
    def layers(self) -> list:
        return self.vectors + self.rasters

    # --- extent ---------------------------------------------------------------------------
    def map_extent(self, geometry: QgsGeometry) -> QgsRectangle:
        """A square extent (EPSG:3857) around ``geometry`` (already in EPSG:3857)."""
        box = geometry.boundingBox()
        centre = box.center()
        lat = self.to_wgs84.transform(centre).y()
        stretch = 1.0 / max(math.cos(math.radians(lat)), 0.05)  # Mercator metres per ground metre
        half = max(max(box.width(), box.height()) * EXTENT_FACTOR, MIN_EXTENT_M * stretch) / 2
        return QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)

    def raster_size(self, extent: QgsRectangle) -> int:
        """Output pixels of the raster layers for ``extent`` (see :data:`PIXELS_PER_DATA_PIXEL`)."""
        if self.data_pixel <= 0:
            return MAP_SIZE
        wanted = math.ceil(extent.width() / self.data_pixel * PIXELS_PER_DATA_PIXEL)
        return int(min(MAP_SIZE, max(MIN_RASTER_SIZE, wanted)))

    def settings(self, extent: QgsRectangle, layers: Optional[list] = None, size: int = MAP_SIZE,
                 background: Optional[QColor] = None) -> QgsMapSettings:
        settings = QgsMapSettings()
        settings.setLayers(self.layers if layers is None else layers)
        settings.setDestinationCrs(MAP_CRS)
        settings.setOutputSize(QSize(size, size))
        settings.setOutputDpi(96)
        settings.setBackgroundColor(background if background is not None else QColor(ed.NON_FOREST_COLOUR))
        settings.setFlag(QgsMapSettings.Antialiasing, True)
        settings.setExtent(extent)
        return settings

    def _has_features(self, layer: QgsVectorLayer, extent: QgsRectangle) -> bool:
        """Whether ``layer`` has a feature whose box meets ``extent`` (EPSG:3857)."""
        transform = self._layer_transforms.get(layer.id())
        if transform is None:
            transform = QgsCoordinateTransform(MAP_CRS, layer.crs(), QgsCoordinateTransformContext())
            self._layer_transforms[layer.id()] = transform
        try:
            box = transform.transformBoundingBox(extent)
        except Exception:  # noqa: BLE001 - outside the layer CRS's domain: let the renderer decide
            return True
        request = QgsFeatureRequest().setFilterRect(box).setNoAttributes().setLimit(1)
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        return any(True for _ in layer.dataProvider().getFeatures(request))

    def _start(self, pending: _Pending) -> None:
        extent = pending.extent
        specs = [(self.rasters, self.raster_size(extent), QColor(ed.NO_DATA_COLOUR))]
        vectors = [layer for layer in self.vectors if self._has_features(layer, extent)]
        if vectors:  # a job only where there is something to draw (most plots are far from any area)
            specs.append((vectors, MAP_SIZE, QColor(0, 0, 0, 0)))
        for layers, size, background in specs:
            job = QgsMapRendererParallelJob(self.settings(extent, layers, size, background))
            job.start()
            pending.jobs.append(job)

    # --- rendering ------------------------------------------------------------------------
    def render(
        self,
        items: Sequence[tuple[ResultRow, ed.PlotEvidence, str]],
        *,
        parallel: int = PARALLEL_PLOTS,
        is_cancelled: Callable[[], bool] = lambda: False,
        on_done: Optional[Callable[[int], None]] = None,
    ) -> list[EvidenceImage]:
        """Render ``(row, facts, png path)`` items: ``parallel`` plots' maps are in QGIS's render
        threads while earlier ones are composed, and PNG files are written by a thread pool."""
        done: list[EvidenceImage] = []
        queue: list[_Pending] = []
        items = list(items)
        position = 0
        with ThreadPoolExecutor(max_workers=max(1, parallel)) as savers:
            saving = []
            while (position < len(items) or queue) and not is_cancelled():
                while position < len(items) and len(queue) < max(1, parallel):
                    row, facts, path = items[position]
                    position += 1
                    geometry = QgsGeometry(row.geometry)
                    geometry.transform(self.to_map)
                    pending = _Pending(row, facts, path, self.map_extent(geometry), geometry)
                    self._start(pending)
                    queue.append(pending)
                pending = queue.pop(0)
                for job in pending.jobs:
                    job.waitForFinished()
                image = self._compose(pending, [job.renderedImage() for job in pending.jobs])
                pending.jobs = []
                Path(pending.path).parent.mkdir(parents=True, exist_ok=True)
                saving.append(savers.submit(image.save, pending.path, "PNG", PNG_QUALITY))
                done.append(EvidenceImage(pending.path, pending.extent, QRectF(0, 0, MAP_SIZE, MAP_SIZE)))
                if on_done:
                    on_done(len(done))
            for job in (job for pending in queue for job in pending.jobs):
                job.cancelWithoutBlocking()
                job.waitForFinished()
            for image, future in zip(done, saving):
                if not future.result():
                    raise OSError(f"cannot write {image.path}")
        return done

    def _compose(self, pending: _Pending, layers: list[QImage]) -> QImage:
        image = QImage(IMAGE_WIDTH, IMAGE_HEIGHT, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            for layer in layers:  # rasters (small, enlarged without smoothing), then vectors
                painter.drawImage(QRectF(0, 0, MAP_SIZE, MAP_SIZE), layer)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._draw_plot(painter, pending.geometry, pending.extent, pending.facts)
            self._draw_scale_bar(painter, pending.extent)
            self._draw_panel(painter, pending.facts)
        finally:
            painter.end()
        extent = pending.extent
        image.setText(TEXT_EXTENT, f"{extent.xMinimum()!r},{extent.yMinimum()!r},{extent.xMaximum()!r},"
                                   f"{extent.yMaximum()!r}")
        image.setText(TEXT_CRS, MAP_CRS.authid())
        image.setText(TEXT_MAP_BOX, f"0,0,{MAP_SIZE},{MAP_SIZE}")
        image.setText(TEXT_PLOT, pending.facts.label)
        return image

    @staticmethod
    def _to_pixel(extent: QgsRectangle, x: float, y: float) -> QPointF:
        return QPointF((x - extent.xMinimum()) / extent.width() * MAP_SIZE,
                       (extent.yMaximum() - y) / extent.height() * MAP_SIZE)

    def _draw_plot(self, painter: QPainter, geometry: QgsGeometry, extent: QgsRectangle,
                   facts: ed.PlotEvidence) -> None:
        path = QPainterPath()
        if QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PolygonGeometry:
            polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
            for polygon in polygons:
                for ring in polygon:
                    points = [self._to_pixel(extent, p.x(), p.y()) for p in ring]
                    if points:
                        path.moveTo(points[0])
                        for point in points[1:]:
                            path.lineTo(point)
                        path.closeSubpath()
        else:  # points: a marker, and the disc the engine analysed (its area_ha)
            points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            share = (facts.area_ha or 0.0) / max(len(points), 1)
            for point in points:
                centre = self._to_pixel(extent, point.x(), point.y())
                lat = self.to_wgs84.transform(point).y()
                radius_m = math.sqrt(share * 10_000 / math.pi) / max(math.cos(math.radians(lat)), 0.05)
                radius = max(radius_m / extent.width() * MAP_SIZE, 4.0)
                path.addEllipse(centre, radius, radius)
                path.addEllipse(centre, 2.5, 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(ed.PLOT_HALO_COLOUR), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setPen(QPen(QColor(ed.PLOT_COLOUR), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)

    def _draw_scale_bar(self, painter: QPainter, extent: QgsRectangle) -> None:
        lat = self.to_wgs84.transform(extent.center()).y()
        ground_per_px = extent.width() / MAP_SIZE * math.cos(math.radians(lat))
        length_m = nice_length(ground_per_px * MAP_SIZE / 4)
        width = length_m / ground_per_px
        painter.setFont(_font(13))
        label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
        label_width = painter.fontMetrics().horizontalAdvance(label)
        x, y = 22.0, MAP_SIZE - 24.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRoundedRect(QRectF(x - 12, y - 26, width + label_width / 2 + 24, 40), 4, 4)
        painter.setPen(QPen(QColor(ed.PLOT_COLOUR), 1))
        for k in range(4):
            painter.setBrush(QColor(ed.PLOT_COLOUR if k % 2 == 0 else "#ffffff"))
            painter.drawRect(QRectF(x + k * width / 4, y, width / 4, 6))
        painter.drawText(QPointF(x - 4, y - 6), "0")
        painter.drawText(QPointF(x + width - label_width / 2, y - 6), label)

    #: Top of the legend in the panel (the legend and data sources are the same on every map).
    LEGEND_TOP = IMAGE_HEIGHT - 270

    def _static_panel(self) -> QImage:
        """The parts of the panel every plot shares (title line, legend, sources), drawn once."""
        cached = getattr(self, "_panel", None)
        if cached is not None:
            return cached
        width = IMAGE_WIDTH - MAP_SIZE
        image = QImage(width, IMAGE_HEIGHT, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor("#d0d0d0"), 1))
            painter.drawLine(0, 0, 0, IMAGE_HEIGHT)
            left, inner = 28.0, width - 48.0
            painter.setPen(QColor("#555555"))
            painter.setFont(_font(13))
            painter.drawText(QPointF(left, 32), tr("EUDR evidence · Vantage for QGIS"))
            painter.setPen(QPen(QColor("#e0e0e0"), 1))
            painter.drawLine(QPointF(left, self.LEGEND_TOP - 12), QPointF(left + inner, self.LEGEND_TOP - 12))
            y = self._draw_legend(painter, left, self.LEGEND_TOP, inner)
            self._draw_sources(painter, left, max(y + 6, IMAGE_HEIGHT - 96), inner)
        finally:
            painter.end()
        self._panel = image
        return image

    def _draw_panel(self, painter: QPainter, facts: ed.PlotEvidence) -> None:
        painter.drawImage(MAP_SIZE, 0, self._static_panel())
        left, width = MAP_SIZE + 28, IMAGE_WIDTH - MAP_SIZE - 48
        y = 60.0
        painter.setPen(QColor("#111111"))
        painter.setFont(_font(24, bold=True))
        title = painter.fontMetrics().elidedText(facts.label, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QRectF(left, y - 4, width, 34),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        y += 42
        level = facts.risk_level or (facts.status or "Unknown").capitalize()
        colour = QColor(RISK_COLOURS.get(facts.risk_level or "", "#6a3d9a"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(left, y, 170, 30), 5, 5)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(_font(16, bold=True))
        painter.drawText(QRectF(left, y, 170, 30), Qt.AlignmentFlag.AlignCenter, tr("Risk: {level}").format(
            level=tr(level)))
        y += 40
        painter.setPen(QColor("#333333"))
        painter.setFont(_font(13))
        wrap = int(Qt.TextFlag.TextWordWrap)
        for reason in facts.reasons():
            rect = painter.boundingRect(QRectF(left, y, width, 200), wrap, reason)
            painter.drawText(rect, wrap, reason)
            y += rect.height() + 4
        y += 8
        bold, plain = _font(13, bold=True), _font(13)
        for label, value in self.fact_lines(facts):
            if y > self.LEGEND_TOP - 40:
                break
            painter.setFont(bold)
            painter.drawText(QRectF(left, y, 150, 20), int(Qt.AlignmentFlag.AlignLeft), label)
            painter.setFont(plain)
            rect = painter.boundingRect(QRectF(left + 150, y, width - 150, 80), wrap, value)
            painter.drawText(rect, wrap, value)
            y += max(rect.height(), 18) + 4

    def fact_lines(self, facts: ed.PlotEvidence) -> list[tuple[str, str]]:
        """(label, value) rows of the facts panel."""
        lines = [
            (tr("Area"), ed.hectares(facts.area_ha)),
            (tr("Forest 2020"), ed.hectares(facts.forest_ha, facts.forest_pct)),
            (tr("Loss after 2020"), ed.hectares(facts.deforestation_ha, facts.deforestation_pct)),
        ]
        by_year = ", ".join(f"{year}: {ha:.2f}" for year, ha in facts.yearly.items() if ha > 0)
        if by_year:
            lines.append((tr("Loss by year (ha)"), by_year))
        lines.append((tr("Protected areas"), ed.hectares(facts.protected_ha, facts.protected_pct)
                      + (f" — {', '.join(facts.protected_names)}" if facts.protected_names else "")))
        lines.append((tr("Indigenous lands"), ed.hectares(facts.indigenous_ha, facts.indigenous_pct)
                      + (f" — {', '.join(facts.indigenous_names)}" if facts.indigenous_names else "")))
        place = ", ".join(p for p in (facts.state, facts.country) if p)
        if place:
            lines.append((tr("Location"), place))
        lines.append((tr("Analysis end"), facts.analysis_end or "–"))
        return lines

    def _draw_legend(self, painter: QPainter, left: float, y: float, width: float) -> float:
        painter.setFont(_font(13, bold=True))
        painter.setPen(QColor("#333333"))
        painter.drawText(QPointF(left, y + 12), tr("Legend"))
        y += 22
        painter.setFont(_font(12))
        entries = [(QColor(ed.FOREST_COLOUR), "fill", tr("Forest 2020")),
                   (QColor(ed.PLOT_COLOUR), "line", tr("Plot")),
                   (QColor(ed.NON_FOREST_COLOUR), "fill", tr("Not forest in 2020")),
                   (QColor(ed.NO_DATA_COLOUR), "fill", tr("No data")),
                   (QColor(ed.PROTECTED_COLOUR), "dash", tr("Protected areas")),
                   (QColor(ed.INDIGENOUS_COLOUR), "dash", tr("Indigenous lands"))]
        for k, (colour, kind, text) in enumerate(entries):
            x = left + (k % 2) * (width / 2)
            row_y = y + (k // 2) * 22
            if kind == "fill":
                painter.setPen(QPen(QColor("#bbbbbb"), 0.5))
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, row_y, 22, 14))
            else:
                pen = QPen(colour, 2.5 if kind == "line" else 2)
                pen.setStyle(Qt.PenStyle.SolidLine if kind == "line" else Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x + 1, row_y + 1, 20, 12))
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(x + 30, row_y + 12), text)
        y += 22 * ((len(entries) + 1) // 2) + 4
        painter.drawText(QPointF(left, y + 12), tr("Tree-cover loss by year"))
        y += 20
        years = list(range(ed.FIRST_POST_2020_YEAR, self.last_year + 1))
        step = min(56.0, width / max(len(years), 1))
        for k, year in enumerate(years):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ed.loss_year_colour(year, years[0], years[-1])))
            painter.drawRect(QRectF(left + k * step, y, step - 4, 14))
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(left + k * step, y + 30), str(year))
        return y + 40

    def _draw_sources(self, painter: QPainter, left: float, y: float, width: float) -> None:
        record = self.record
        painter.setFont(_font(11))
        painter.setPen(QColor("#666666"))
        lines = [tr("Data sources:")]
        sources = (record.sources if record else {}) or {}
        for role in SOURCE_ROLES:  # in the engine's order (the stored record is sorted by name)
            if sources.get(role) and role != "admin":
                lines.append(f"· {source_text(sources[role])}")
        if record:
            lines.append(tr("Engine {engine} {version}, {date}").format(
                engine=record.engine, version=record.plugin_version, date=record.date[:10]))
        for line in lines[:6]:
            text = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideMiddle, int(width))
            painter.drawText(QPointF(left, y + 12), text)
            y += 15


def source_text(source: dict) -> str:
    """``file (version 1.11, 2023)`` for a recorded data source."""
    details = [text for text in (f"v{source['version']}" if source.get("version") else None,
                                 source.get("year")) if text]
    return f"{source.get('label')} ({', '.join(details)})" if details else str(source.get("label"))


# --- one run ------------------------------------------------------------------------------------
@dataclass
class EvidenceOutcome:
    folder: str
    written: dict[int, str]
    """fid → PNG path of the maps written."""
    kept_urls: int = 0
    """API results whose ``analysis_image`` URL was kept."""
    skipped: int = 0
    """Plots without a geometry (nothing to draw)."""


def write_evidence(
    uri: str,
    *,
    record: Optional[RunRecord] = None,
    folder: Optional[str] = None,
    fids: Optional[Iterable[int]] = None,
    parallel: int = PARALLEL_PLOTS,
    is_cancelled: Callable[[], bool] = lambda: False,
    on_progress: Optional[Callable[[float], None]] = None,
) -> EvidenceOutcome:
    """Render the evidence maps of the result layer ``uri`` (``path|layername=name``) and store
    their paths in its ``analysis_image`` field. ``fids`` limits the plots; API results with an image
    URL keep it. The data sources come from the run record stored in the GeoPackage."""
    path, layer_name = split_uri(uri)
    record = record or read_run_record(path, layer_name)
    target = Path(folder) if folder else evidence_folder(path)
    wanted = set(fids) if fids is not None else None
    id_field = record.plot_id_field if record else None
    items, kept, skipped = [], 0, 0
    for row in read_result_rows(path, layer_name):
        if wanted is not None and row.fid not in wanted:
            continue
        if is_url(row.values.get("analysis_image")):
            kept += 1
            continue
        if row.geometry is None or row.geometry.isEmpty():
            skipped += 1
            continue
        label = ed.plot_label(row.values, id_field, row.fid)
        png = str(target / ed.safe_file_name(label, row.fid))
        items.append((row, ed.plot_evidence(row.values, label), png))
    renderer = EvidenceRenderer(record)
    total = max(len(items), 1)
    images = renderer.render(items, parallel=parallel, is_cancelled=is_cancelled,
                             on_done=(lambda n: on_progress(100.0 * n / total)) if on_progress else None)
    written = {row.fid: image.path for (row, _, _), image in zip(items, images)}
    if written:
        store_images(path, layer_name, written)
    return EvidenceOutcome(str(target), written, kept, skipped)


def evidence_job(uri: str, feedback: Any = None) -> EvidenceOutcome:
    """:func:`write_evidence` for a :class:`~.tasks.CoreTask` (a core ``Feedback`` for progress/cancel)."""
    if feedback is None:
        return write_evidence(uri)
    return write_evidence(uri, is_cancelled=feedback.is_cancelled, on_progress=feedback.set_progress)


#: Expression of a result feature's evidence image as a URL (a local path becomes a file:// URL; an API
#: result's image URL is kept).
IMAGE_URL_EXPRESSION = (
    "CASE WHEN \"analysis_image\" LIKE '%://%' THEN \"analysis_image\" "
    "WHEN \"analysis_image\" IS NOT NULL AND \"analysis_image\" <> '' THEN 'file://' || "
    "CASE WHEN left(\"analysis_image\", 1) = '/' THEN '' ELSE '/' END || \"analysis_image\" END"
)


def show_evidence_on(layer: QgsVectorLayer) -> None:
    """Show each plot's evidence map in the layer's map tip, and open it from Identify results
    (an "Open evidence map" action). Works for local maps and for the API's image URLs alike."""
    layer.setMapTipTemplate(f'[% CASE WHEN "analysis_image" IS NULL THEN \'\' ELSE \'<img src="\' || '
                            f'({IMAGE_URL_EXPRESSION}) || \'" width="480"/>\' END %]')
    manager = layer.actions()
    name = tr("Open evidence map")
    for action in manager.actions():
        if action.name() == name:
            manager.removeAction(action.id())
    action = QgsAction(QgsAction.ActionType.OpenUrl, name, f"[% {IMAGE_URL_EXPRESSION} %]")
    action.setActionScopes({"Feature", "Field"})
    manager.addAction(action)
