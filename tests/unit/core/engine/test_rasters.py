"""Raster sources (core/engine/rasters.py): windows, validity, tiles as one source, remote COGs over
HTTP range requests, projected cell areas, grids of another resolution."""

from __future__ import annotations

import http.server
import os
import re
import threading

import numpy as np
import pytest
from osgeo import gdal, osr

from tests.conftest import shared_file
from tests.fixtures.held_open import HeldOpen, together
from vantage_plugin.core.engine.coverage import Windows
from vantage_plugin.core.engine.rasters import (
    AlignedReader,
    Raster,
    RasterError,
    cell_area_flat,
    plan_blocks,
    read_windows,
    read_windows_per_plot,
)

gdal.UseExceptions()

DR_LOSS = "hansen-dominican-republic/Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"


def write_tif(path, array, gt, epsg=4326, nodata=None, dtype=gdal.GDT_Byte, driver="GTiff", options=()):
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), array.shape[1], array.shape[0], 1, dtype, options=list(options))
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


def split_tiles(src, folder, at_col):
    """Cut a raster into a left and a right tile at a column."""
    os.makedirs(folder, exist_ok=True)
    ds = gdal.Open(src)
    w, h = ds.RasterXSize, ds.RasterYSize
    gdal.Translate(os.path.join(folder, "a_left.tif"), ds, srcWin=[0, 0, at_col, h])
    gdal.Translate(os.path.join(folder, "b_right.tif"), ds, srcWin=[at_col, 0, w - at_col, h])
    return [os.path.join(folder, "a_left.tif"), os.path.join(folder, "b_right.tif")]



def _lonlat_to_utm32() -> osr.CoordinateTransformation:
    """An independent lon/lat → UTM 32N transformation (the expected values of the projected tests)."""
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(32632)
    return osr.CoordinateTransformation(src, dst)

def test_window_padding_and_validity(tmp_path):
    arr = np.arange(20, dtype=np.uint8).reshape(4, 5)
    arr[1, 1] = 255
    path = write_tif(tmp_path / "r.tif", arr, (10.0, 0.5, 0, 20.0, 0, -0.5), nodata=255)
    r = Raster(path)
    values, valid = r.read(-1, -2, 3, 4)
    assert values.shape == (3, 4)
    assert not valid[0].any() and not valid[:, :2].any()
    np.testing.assert_array_equal(values[1:, 2:], arr[:2, :2])
    np.testing.assert_array_equal(valid[1:, 2:], arr[:2, :2] != 255)
    v2, ok2 = r.read(10, 10, 2, 2)
    assert not ok2.any()
    u, v = r.to_pixel(np.array([10.25, 12.5]), np.array([19.75, 18.0]))
    np.testing.assert_allclose(u, [0.5, 5.0])
    np.testing.assert_allclose(v, [0.5, 4.0])


def test_folder_and_list_of_tiles_read_like_the_single_raster(tmp_path):
    src = str(shared_file(DR_LOSS))
    tiles = split_tiles(src, tmp_path / "tiles", 97)
    single = Raster(src)
    for source in (str(tmp_path / "tiles"), tiles, str(tmp_path / "tiles" / "*.tif")):
        mosaic = Raster(source)
        assert (mosaic.width, mosaic.height) == (single.width, single.height)
        np.testing.assert_allclose(mosaic.gt, single.gt)
        a, av = mosaic.read(50, 80, 60, 40)  # across the tile edge at column 97
        b, bv = single.read(50, 80, 60, 40)
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(av, bv)
        mosaic.close()


def test_a_mosaic_of_tiles_reads_them_through_handles_of_its_own(tmp_path):
    """GDAL's BuildVRT mosaic reads its tiles through a pool of handles shared by every mosaic of the same
    files opened on one thread: a kept raster (:mod:`reuse`) read by another check's thread and a mosaic
    of the same tiles opened later on the first thread would read one GDAL handle at once (GDAL handles
    are not thread-safe). Each raster's mosaic opens the tiles itself: reading a second mosaic of a
    folder, on the thread that read the first, opens every tile again (GDAL's debug log says so)."""
    folder = tmp_path / "tiles"
    folder.mkdir()
    write_tif(folder / "a.tif", np.ones((8, 8), np.uint8), (0.0, 0.1, 0, 1.0, 0, -0.1))
    write_tif(folder / "b.tif", np.full((8, 8), 2, np.uint8), (0.8, 0.1, 0, 1.0, 0, -0.1))
    first = Raster(str(folder))
    expected = np.hstack([np.ones((8, 8), np.uint8), np.full((8, 8), 2, np.uint8)])
    np.testing.assert_array_equal(first.band.ReadAsArray(), expected)
    second = Raster(str(folder))
    opened: list[str] = []

    def log(err_class, err_no, message):
        if err_class == gdal.CE_Debug and "GDALOpen(" in message:
            opened.append(os.path.basename(message.split("GDALOpen(", 1)[1].split(",")[0]))

    gdal.SetThreadLocalConfigOption("CPL_DEBUG", "ON")
    gdal.PushErrorHandler(log)
    try:
        values = second.band.ReadAsArray()
    finally:
        gdal.PopErrorHandler()
        gdal.SetThreadLocalConfigOption("CPL_DEBUG", None)
    np.testing.assert_array_equal(values, expected)
    assert sorted(set(opened)) == ["a.tif", "b.tif"]
    first.close()
    second.close()


def test_gap_between_tiles_without_nodata_is_invalid(tmp_path):
    folder = tmp_path / "gap"
    folder.mkdir()
    ones = np.ones((10, 10), np.uint8)
    write_tif(folder / "a.tif", ones, (0.0, 0.1, 0, 1.0, 0, -0.1))
    write_tif(folder / "b.tif", ones * 2, (2.0, 0.1, 0, 1.0, 0, -0.1))  # gap from x=1 to x=2
    r = Raster(str(folder))
    values, valid = r.read(0, 0, 10, 30)
    assert valid[:, :10].all() and valid[:, 20:].all()
    assert not valid[:, 10:20].any()  # the gap reads 0 but is not data


def test_missing_raster_raises(tmp_path):
    with pytest.raises((RasterError, RuntimeError)):
        Raster(str(tmp_path / "nope.tif"))
    with pytest.raises(RasterError):
        Raster(str(tmp_path))  # empty folder


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that honours ``Range: bytes=a-b`` (what /vsicurl/ sends)."""

    requests_seen: list = []

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404)
            return
        size = os.path.getsize(path)
        header = self.headers.get("Range")
        RangeHandler.requests_seen.append(header)
        with open(path, "rb") as f:
            if header:
                m = re.match(r"bytes=(\d+)-(\d*)", header)
                start = int(m.group(1))
                end = min(int(m.group(2)) if m.group(2) else size - 1, size - 1)
                f.seek(start)
                body = f.read(end - start + 1)
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            else:
                body = f.read()
                self.send_response(200)
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Type", "image/tiff")
            self.end_headers()
            self.wfile.write(body)

    def do_HEAD(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(os.path.getsize(path)))
        self.end_headers()


@pytest.fixture
def http_folder(tmp_path):
    handler = lambda *a, **k: RangeHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    RangeHandler.requests_seen = []
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_remote_cog_over_http_range_requests(http_folder):
    folder, url = http_folder
    rng = np.random.default_rng(3)
    arr = rng.integers(0, 24, (1024, 1024)).astype(np.uint8)
    arr[:, :300] = 0  # compressible part
    plain = write_tif(folder / "plain.tif", arr, (-71.8, 0.00025, 0, 18.7, 0, -0.00025), nodata=255)
    gdal.Translate(str(folder / "loss_cog.tif"), plain, format="COG", creationOptions=["BLOCKSIZE=256"])
    os.remove(plain)
    gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
    try:
        for source in (f"{url}/loss_cog.tif", f"/vsicurl/{url}/loss_cog.tif"):
            gdal.VSICurlClearCache()
            RangeHandler.requests_seen = []
            r = Raster(source)
            assert (r.width, r.height) == (1024, 1024)
            values, valid = r.read(600, 700, 30, 40)
            np.testing.assert_array_equal(values, arr[600:630, 700:740])
            assert valid.all()
            assert any(h and h.startswith("bytes=") for h in RangeHandler.requests_seen)
            r.close()
    finally:
        gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", None)


def test_projected_cell_areas_are_ellipsoidal(tmp_path):
    pyproj = pytest.importorskip("pyproj")
    # UTM 32N 30 m cells: ellipsoidal area differs from 900 m² by the scale factor.
    path = write_tif(tmp_path / "utm.tif", np.zeros((4, 4), np.uint8), (500000.0, 30, 0, 5000000.0, 0, -30), epsg=32632)
    r = Raster(path)
    areas = r.cell_areas(1, 2, 2, 2)
    t = pyproj.Transformer.from_crs(32632, 4326, always_xy=True)
    geod = pyproj.Geod(ellps="WGS84")
    for i in range(2):
        for j in range(2):
            x0, y0 = 500000 + (2 + j) * 30, 5000000 - (1 + i) * 30
            xs = np.r_[np.linspace(x0, x0 + 30, 5), np.full(5, x0 + 30), np.linspace(x0 + 30, x0, 5), np.full(5, x0)]
            ys = np.r_[np.full(5, y0), np.linspace(y0, y0 - 30, 5), np.full(5, y0 - 30), np.linspace(y0 - 30, y0, 5)]
            lon, lat = t.transform(xs, ys)
            expected = abs(geod.polygon_area_perimeter(lon, lat)[0])
            assert areas[i, j] == pytest.approx(expected, rel=1e-6)
    assert abs(areas[0, 0] - 900) > 0.1  # really not the planar area


def test_lonlat_cell_areas_match_pyproj():
    pyproj = pytest.importorskip("pyproj")
    src = str(shared_file(DR_LOSS))
    r = Raster(src)
    w = Windows.of([5, 200], [3, 10], [2, 3], [2, 4])
    flat = cell_area_flat(r, w)
    geod = pyproj.Geod(ellps="WGS84")
    for p in range(2):
        view = w.view(flat, p)
        for i in range(view.shape[0]):
            row = w.row0[p] + i
            north = r.y0 + row * r.dy
            south = north + r.dy
            lons = np.linspace(r.x0, r.x0 + r.dx, 50)
            ring_lon = np.r_[lons, lons[::-1]]
            ring_lat = np.r_[np.full(50, north), np.full(50, south)]
            expected = abs(geod.polygon_area_perimeter(ring_lon, ring_lat)[0])
            assert view[i, 0] == pytest.approx(expected, rel=1e-5)


def test_aligned_reader_on_a_finer_grid(tmp_path):
    coarse = np.arange(12, dtype=np.uint8).reshape(3, 4)
    cpath = write_tif(tmp_path / "coarse.tif", coarse, (0.0, 0.3, 0, 0.9, 0, -0.3), nodata=255)
    fpath = write_tif(tmp_path / "fine.tif", np.zeros((9, 12), np.uint8), (0.0, 0.1, 0, 0.9, 0, -0.1), nodata=255)
    reader = AlignedReader(Raster(cpath), Raster(fpath))
    assert reader.mode == "lookup"
    values, valid = reader.read(0, 0, 9, 12)
    np.testing.assert_array_equal(values, np.kron(coarse, np.ones((3, 3), np.uint8)))
    assert valid.all()
    w = Windows.of([2, 7], [1, 10], [3, 4], [2, 3])  # the second sticks out of the grid
    vals, ok = read_windows(reader, w, np.uint8)
    np.testing.assert_array_equal(w.view(vals, 0), np.kron(coarse, np.ones((3, 3), np.uint8))[2:5, 1:3])
    assert w.view(ok, 1)[:2, :2].all() and not w.view(ok, 1)[2:, :].any() and not w.view(ok, 1)[:, 2:].any()
    assert not ok[w.spare()].any()


def test_aligned_reader_warps_another_crs(tmp_path):
    # Loss on UTM, primary on lon/lat: values follow the cell centres.
    arr = np.zeros((100, 100), np.uint8)
    arr[:, 50:] = 22
    upath = write_tif(tmp_path / "utm.tif", arr, (500000.0, 30, 0, 1000000.0, 0, -30), epsg=32632, nodata=255)
    u = Raster(upath)
    lon, lat = u.world_to_lonlat(np.array([500000.0, 503000.0]), np.array([1000000.0, 997000.0]))
    d = 0.0001
    ppath = write_tif(tmp_path / "ll.tif", np.zeros((10, 10), np.uint8), (float(lon[0]), d, 0, float(lat[0]), 0, -d))
    reader = AlignedReader(u, Raster(ppath))
    assert reader.mode == "warp"
    values, valid = reader.read(0, 0, 10, 10)
    assert valid.all()
    # Recompute the expected value of every centre independently with osr.
    ct = _lonlat_to_utm32()
    for i in range(10):
        for j in range(10):
            x, y, _ = ct.TransformPoint(float(lon[0]) + (j + 0.5) * d, float(lat[0]) - (i + 0.5) * d)
            col = int((x - 500000) // 30)
            assert values[i, j] == arr[int((1000000 - y) // 30), col]


# --- block reads ---------------------------------------------------------------------------------
def _random_windows(rng, n, height, width, max_side=30, outside=True):
    """Windows of random sizes (a few empty, some sticking out of the raster), sorted by row band."""
    side_r = rng.integers(1, max_side, n)
    side_c = rng.integers(1, max_side, n)
    lo = -max_side if outside else 0
    row0 = rng.integers(lo, height - (0 if outside else max_side), n)
    col0 = rng.integers(lo, width - (0 if outside else max_side), n)
    side_r[::17] = 0  # empty windows (plots with nothing to analyse) among the others
    side_c[::17] = 0
    order = np.lexsort((col0, row0 // 16))
    return Windows.of(row0[order], col0[order], side_r[order], side_c[order])


def _expected_flat(array, windows, fill_valid):
    """Independent reference: every window cell from the whole array, by plain loops."""
    h, w = array.shape
    values = np.zeros(windows.size, array.dtype)
    valid = np.zeros(windows.size, bool)
    for p in range(len(windows.base)):
        for i in range(windows.nrows[p]):
            for j in range(windows.ncols[p]):
                r, c = windows.row0[p] + i, windows.col0[p] + j
                k = windows.base[p] + i * (windows.ncols[p] + 1) + j
                if 0 <= r < h and 0 <= c < w:
                    values[k] = array[r, c]
                    valid[k] = fill_valid(array[r, c])
    return values, valid


@pytest.mark.parametrize("nodata", [255, None])
def test_block_reads_match_plot_reads_across_tile_edges(tmp_path, nodata):
    rng = np.random.default_rng(5)
    arr = rng.integers(0, 4, (120, 150)).astype(np.uint8)
    arr[rng.random(arr.shape) < 0.1] = 255
    src = write_tif(tmp_path / "whole.tif", arr, (10.0, 0.001, 0, 5.0, 0, -0.001), nodata=nodata,
                    options=["TILED=YES", "BLOCKXSIZE=32", "BLOCKYSIZE=32"])
    tiles = split_tiles(src, tmp_path / "tiles", 97)  # a mosaic: blocks span the tile edge at column 97
    windows = _random_windows(rng, 200, 120, 150)
    is_valid = (lambda v: v != 255) if nodata is not None else (lambda v: True)
    expected = _expected_flat(arr, windows, is_valid)
    for source in (src, tiles):
        r = Raster(source)
        per_plot = read_windows_per_plot(r, windows, np.uint8)
        for max_cells, tile in ((10**9, (32, 32)), (400, (32, 32)), (10**9, (8, 8)), (1, (1, 1))):
            blocks = plan_blocks(windows, max_cells, tile)
            got = read_windows(r, windows, np.uint8, blocks=blocks)
            # Validity exactly; values where valid (an invalid cell's value is unspecified).
            np.testing.assert_array_equal(got[1], expected[1])
            np.testing.assert_array_equal(per_plot[1], expected[1])
            np.testing.assert_array_equal(np.where(got[1], got[0], 0), np.where(expected[1], expected[0], 0))
            np.testing.assert_array_equal(np.where(per_plot[1], per_plot[0], 0),
                                          np.where(expected[1], expected[0], 0))
        assert not read_windows(r, windows, np.uint8)[1][windows.spare()].any()
        r.close()


def test_block_reads_on_a_coarser_grid_match_plot_reads(tmp_path):
    rng = np.random.default_rng(6)
    coarse = rng.integers(0, 30, (40, 50)).astype(np.uint8)
    coarse[rng.random(coarse.shape) < 0.05] = 255
    cpath = write_tif(tmp_path / "coarse.tif", coarse, (0.0, 0.3, 0, 12.0, 0, -0.3), nodata=255)
    # The fine grid is offset by a third of a fine cell and sticks out of the coarse one.
    fpath = write_tif(tmp_path / "fine.tif", np.zeros((130, 160), np.uint8),
                      (-0.5 + 0.1 / 3, 0.1, 0, 12.4, 0, -0.1), nodata=255)
    fine = Raster(fpath)
    reader = AlignedReader(Raster(cpath), fine)
    assert reader.mode == "lookup"
    windows = _random_windows(rng, 150, 130, 160)
    # Reference: the coarse cell under each fine cell's centre, computed cell by cell.
    vals_ref = np.zeros(windows.size, np.uint8)
    ok_ref = np.zeros(windows.size, bool)
    for p in range(len(windows.base)):
        for i in range(windows.nrows[p]):
            for j in range(windows.ncols[p]):
                y = fine.y0 + (windows.row0[p] + i + 0.5) * fine.dy
                x = fine.x0 + (windows.col0[p] + j + 0.5) * fine.dx
                r, c = int(np.floor((y - 12.0) / -0.3)), int(np.floor(x / 0.3))
                k = windows.base[p] + i * (windows.ncols[p] + 1) + j
                if 0 <= r < 40 and 0 <= c < 50:
                    vals_ref[k] = coarse[r, c]
                    ok_ref[k] = coarse[r, c] != 255
    vals_ref[~ok_ref] = 0
    for max_cells, tile in ((10**9, (64, 64)), (300, (16, 16))):
        vals, ok = read_windows(reader, windows, np.uint8, blocks=plan_blocks(windows, max_cells, tile))
        np.testing.assert_array_equal(ok, ok_ref)
        np.testing.assert_array_equal(np.where(ok, vals, 0), vals_ref)
    pv, pok = read_windows_per_plot(reader, windows, np.uint8)
    np.testing.assert_array_equal(pok, ok_ref)


def test_plan_blocks_partition_and_bounds():
    rng = np.random.default_rng(7)
    windows = _random_windows(rng, 300, 2000, 3000, max_side=60, outside=False)
    for max_cells, tile in ((50_000, (256, 256)), (10**9, (512, 512)), (5000, (64, 64))):
        b = plan_blocks(windows, max_cells, tile)
        # Consecutive runs covering every plot once.
        assert b.start[0] == 0 and b.stop[-1] == len(windows.base)
        np.testing.assert_array_equal(b.start[1:], b.stop[:-1])
        for k in range(len(b)):
            plots = np.arange(b.start[k], b.stop[k])
            plots = plots[windows.nrows[plots] > 0]
            assert len(plots)
            # Each block is the bounding window of its plots (spare column included) ...
            assert b.row0[k] == windows.row0[plots].min() and b.col0[k] == windows.col0[plots].min()
            assert b.row0[k] + b.nrows[k] == (windows.row0 + windows.nrows)[plots].max()
            assert b.col0[k] + b.ncols[k] == (windows.col0 + windows.ncols + 1)[plots].max()
            # ... within the cell cap unless it holds a single plot ...
            assert b.nrows[k] * b.ncols[k] <= max_cells or len(plots) == 1
            # ... and touches only storage tiles one of its plots touches.
            th, tw = tile
            needed = set()
            for p in plots:
                for tr in range(windows.row0[p] // th, (windows.row0[p] + windows.nrows[p] - 1) // th + 1):
                    for tc in range(windows.col0[p] // tw, (windows.col0[p] + windows.ncols[p]) // tw + 1):
                        needed.add((tr, tc))
            rows = range(b.row0[k] // th, (b.row0[k] + b.nrows[k] - 1) // th + 1)
            cols = range(b.col0[k] // tw, (b.col0[k] + b.ncols[k] - 1) // tw + 1)
            assert {(r, c) for r in rows for c in cols} == needed
    # Dense neighbours share blocks: far fewer reads than plots.
    assert len(plan_blocks(windows, 10**9, (4000, 4000))) == 1


def test_a_projected_raster_transforms_on_one_thread_at_a_time(tmp_path):
    """An OGR coordinate transformation is not thread-safe (it rebinds its PROJ object to the calling
    thread's context); reading ahead (:mod:`.read_ahead`) finds a batch's tiles (``tiles_of_boxes``) while
    the engine's thread places the plots on the grid (``to_pixel``), both through the raster's one
    transformation. Each call is held open until the other thread comes in (or a moment passes): they
    take turns, and give what a transformation of their own gives."""
    path = write_tif(tmp_path / "utm.tif", np.zeros((100, 100), np.uint8), (500000.0, 30, 0, 1000000.0, 0, -30),
                     epsg=32632, nodata=255)
    raster = Raster(path)
    assert raster.reads_tiles()
    held = HeldOpen()

    class Held:
        TransformPoints = staticmethod(held.wrap(raster._to_raster.TransformPoints))

    raster._to_raster = Held()
    lon, lat = raster.world_to_lonlat(np.array([500900.0, 501500.0]), np.array([999100.0, 998500.0]))
    boxes = np.array([[lon[0], lat[1], lon[1], lat[0]]])
    tiles, (u, v) = together(lambda: raster.tiles_of_boxes(boxes, pad=0), lambda: raster.to_pixel(lon, lat))
    assert held.most == 1
    own = _lonlat_to_utm32()
    xy = [own.TransformPoint(float(x), float(y))[:2] for x, y in zip(lon, lat)]
    np.testing.assert_allclose(u, [(x - 500000.0) / 30 for x, _ in xy], atol=1e-6)
    np.testing.assert_allclose(v, [(1000000.0 - y) / 30 for _, y in xy], atol=1e-6)
    corners = [own.TransformPoint(float(x), float(y))[:2] for x in lon for y in lat]
    cu = [(x - 500000.0) / 30 for x, _ in corners]
    cv = [(1000000.0 - y) / 30 for _, y in corners]
    bh, bw = raster.block
    rows = range(int(min(cv) // bh), int(max(cv) // bh) + 1)
    cols = range(int(min(cu) // bw), int(max(cu) // bw) + 1)
    assert sorted(tiles) == sorted((r, c) for r in rows for c in cols)
    raster.close()
