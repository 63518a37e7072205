"""The chunked check's pair rules across chunks (operations._cross_pair_issues: geometry read again
alone, only the pair rules on the candidate pairs) give the very report of the step as it was before
(kept here: each block's plots read again with their mapped fields and validated in full).

The plots (``tests/fixtures/pair_plots.plots_for_pairs``: duplicates, overlaps, containment, invalid, spiked,
zero-area, out-of-range, projected and antimeridian-crossing polygons, points and multipoints, null
and empty geometries, lines) are written to a GeoPackage with OGR in random order and checked in
chunks of a few plots, in blocks of a few plots, through the GeoPackage reader and through QGIS's:
the kept report (every issue, in order) and the counted one are those of the previous step. The
geometries read again are those the plots were read with, blobs QGIS reads itself included.
"""

from __future__ import annotations

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsVectorLayer

from tests.fixtures.gpkg_files import epsg_srs
from tests.fixtures.pair_plots import plots_for_pairs
from tests.fixtures.read_again import previous_cross_pair_issues
from tests.fixtures.reading import fast_and_slow, open_layer
from tests.fixtures.streaming import LAT0, LON0, rasters
from vantage_plugin.core import chunks
from vantage_plugin.core.plots import FieldMapping
from vantage_plugin.qgis_bridge import operations
from vantage_plugin.qgis_bridge.layers import guess_mapping

ogr.UseExceptions()

CHUNK = 30


def _write(path) -> QgsVectorLayer:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("plots", epsg_srs(4326), ogr.wkbUnknown)
    for name, kind in (("plot_id", ogr.OFTString), ("point_ha", ogr.OFTReal), ("harvest_date", ogr.OFTString),
                       ("commodity", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for plot in plots_for_pairs(200, 11, origin=(LON0 + 0.01, LAT0 + 0.01)):
        feature = ogr.Feature(layer.GetLayerDefn())
        if plot.user_id is not None:
            feature.SetField("plot_id", plot.user_id)
        feature.SetField("point_ha", 1.5)
        feature.SetField("harvest_date", "2023-09-01")
        feature.SetField("commodity", "cocoa")
        if plot.geometry is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(plot.geometry)))
        layer.CreateFeature(feature)
    ds = None
    qlayer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    assert qlayer.isValid() and qlayer.featureCount() == 200
    return qlayer


def _key(issue) -> tuple:
    return (issue.code, issue.severity, issue.message, issue.plot_index, issue.plot_label, issue.fix,
            issue.other_plot_index, repr(issue.location), repr(issue.params))


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cross_pairs")
    return _write(folder / "plots.gpkg"), rasters(folder), folder


@pytest.mark.parametrize("fast, keep", [(True, True), (True, False), (False, True)])
def test_cross_chunk_pairs_give_the_previous_report(setting, fast, keep, monkeypatch):
    layer, options, folder = setting
    runs = chunks.CrossChunk.pair_runs
    monkeypatch.setattr(chunks.CrossChunk, "pair_runs", lambda self, max_plots=0: runs(self, 23))  # a few blocks
    outcome = {}
    for name, step in (("new", operations._cross_pair_issues), ("previous", previous_cross_pair_issues)):
        monkeypatch.setattr(operations, "_cross_pair_issues", step)
        source = operations.source_from_layer(layer, guess_mapping(layer.fields()))
        assert (source.fast is not None) is True
        if not fast:
            source.fast = None
        checked = operations.check_to_file(source, operations.ENGINE_BUNDLED, str(folder / f"{name}{fast}{keep}.gpkg"),
                                           "results", bundled=options, keep=keep, chunk_size=CHUNK)
        outcome[name] = checked.output.report
    new, previous = outcome["new"], outcome["previous"]
    assert (new.error_count, new.warning_count) == (previous.error_count, previous.warning_count)
    if keep:
        assert [_key(issue) for issue in new.issues] == [_key(issue) for issue in previous.issues]
        pair_issues = [issue for issue in new.issues if issue.code in chunks.PAIR_CODES]
        # pairs across chunks, found only by the step after the last chunk
        assert any(issue.plot_index // CHUNK != issue.other_plot_index // CHUNK for issue in pair_issues)
        assert {issue.code for issue in pair_issues} == set(chunks.PAIR_CODES)


@pytest.mark.parametrize("name", ["mixed", "multi"])
def test_geometries_read_again_are_those_read_first(gpkg_files, name):
    layer = open_layer(gpkg_files[name])
    mapping = guess_mapping(layer.fields())
    fast, slow = fast_and_slow(layer, mapping)
    first = operations.read_plots(slow)
    fids = [plot.source_fid for plot in first][::-1] + [10 ** 9]  # any order; a feature no longer there
    expected = {plot.source_fid: plot.geometry for plot in first}
    for source in (fast, slow):
        again = operations._geometries_again(source, fids)
        assert set(again) == set(expected)
        for fid, geometry in expected.items():
            if geometry is None:
                assert again[fid] is None
            else:
                assert shapely.to_wkb(again[fid]) == shapely.to_wkb(geometry), fid
    assert any(geometry is None for geometry in expected.values())


def test_geometries_read_again_with_a_mapped_feature_id(gpkg_files):
    layer = open_layer(gpkg_files["mixed"])
    source = operations.source_from_layer(layer, FieldMapping(plot_id="fid", commodity="commodity"))
    first = operations.read_plots(source)
    again = operations._geometries_again(source, [plot.source_fid for plot in first[:9]])
    assert [None if again[p.source_fid] is None else shapely.to_wkb(again[p.source_fid]) for p in first[:9]] == \
           [None if p.geometry is None else shapely.to_wkb(p.geometry) for p in first[:9]]
