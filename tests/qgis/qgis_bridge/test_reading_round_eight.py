"""Round eight: ``gpkg_reading._Reader.plots`` makes a chunk's plots a column at a time; the plots are the
ones the loop before made plot by plot (kept here as the reference), on a GeoPackage with ids as reals
and texts, blank names, booleans, null, empty and curved geometries (read by QGIS), in file order and
out of it."""

from __future__ import annotations

import pytest
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer, QgsWkbTypes

from vantage_plugin.core import gpkg_rows
from vantage_plugin.core.plots import Plot
from vantage_plugin.qgis_bridge import gpkg_reading, layers
from vantage_plugin.qgis_bridge.gpkg_reading import FastFeatures, fast_table


def _old_plots(self, rows, start, total, feedback, indexes=None):
    """Round seven's ``_Reader.plots``: the plots made one by one."""
    import shapely

    names, keys, lonlat = self.names, self.keys, self.lonlat
    type_names = self.type_names
    unusual = gpkg_rows.unusual_rows(rows, self.kinds[1:], first=3) if rows else set()
    split = gpkg_rows.split_blobs([row[1] for row in rows], self.layer.multi)
    rows = gpkg_rows.with_bools(rows, self.bools)
    plots, at, wkbs = [], [], []
    index = start
    for local, (row, parts) in enumerate(zip(rows, split)):
        if feedback is not None and local % layers.PROGRESS_EVERY == 0:
            layers.reading_progress(feedback, start + local, total)
        if indexes is not None:
            index = indexes[local]
        values = row[2:]
        type_name = ""
        if parts:
            code = parts[1]
            type_name = type_names.get(code)
            if type_name is None:
                type_name = type_names[code] = QgsWkbTypes.displayString(code)
            at.append(local)
            wkbs.append(parts[0])
        elif parts is False:
            unusual.add(local)
        mapped = [None if k is None else values[k] for k in keys]
        plots.append(Plot(index=index, geometry=None, source_fid=row[0], user_id=layers._label_value(mapped[0]),
                          name=layers._label_value(mapped[1]), commodity=mapped[2], harvest_date=mapped[3],
                          point_ha=mapped[4], attributes=dict(zip(names, values)), source_geometry_type=type_name,
                          source_is_lonlat=lonlat))
        index += 1
    for local, geometry in zip(at, gpkg_reading._decoded(shapely, wkbs)):
        if geometry is None:
            unusual.add(local)
        else:
            plots[local].geometry = geometry
    if unusual:
        self._by_qgis(plots, sorted(unusual))
    layers.reading_finished(feedback, start + len(plots), total)
    return plots


def _write(path: str, count: int, id_kind: int) -> None:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("plots", srs, ogr.wkbUnknown)
    for name, kind in (("plot_id", id_kind), ("name", ogr.OFTString), ("commodity", ogr.OFTString),
                       ("harvest_date", ogr.OFTString), ("area", ogr.OFTReal), ("ok", ogr.OFTInteger)):
        field = ogr.FieldDefn(name, kind)
        if name == "ok":
            field.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(field)
    for k in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        if k % 9 != 4:
            feature.SetField("plot_id", k * 1.0 if id_kind == ogr.OFTReal else f" P{k} " if k % 5 else "")
        feature.SetField("name", ["", "  ", f"name {k}", None][k % 4] or None if k % 4 == 3 else
                         ["", "  ", f"name {k}"][k % 4])
        if k % 6:
            feature.SetField("commodity", "cocoa" if k % 2 else "Coffee")
        feature.SetField("harvest_date", "2021-03-04" if k % 3 else "04/03/2021")
        feature.SetField("area", 0.5 * k)
        if k % 7 != 3:
            feature.SetField("ok", k % 2)
        x, y = 10 + (k % 40) * 0.01, 5 + (k // 40) * 0.01
        if k % 11 == 5:
            wkt = None  # no geometry
        elif k % 13 == 6:
            wkt = "POLYGON EMPTY"
        elif k % 17 == 8:
            wkt = f"CURVEPOLYGON(CIRCULARSTRING({x} {y}, {x + .004} {y + .004}, {x} {y}))"  # QGIS reads it
        elif k % 4 == 0:
            wkt = f"POINT ({x} {y})"
        else:
            wkt = f"MULTIPOLYGON ((({x} {y}, {x + .005} {y}, {x + .005} {y + .004}, {x} {y})))"
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None


@pytest.mark.parametrize("id_kind", [ogr.OFTReal, ogr.OFTString])
@pytest.mark.parametrize("spatial", [False, True])
def test_plots_made_a_column_at_a_time_are_those_made_one_by_one(tmp_path, monkeypatch, id_kind, spatial):
    path = str(tmp_path / "plots.gpkg")
    _write(path, 400, id_kind)
    layer = QgsVectorLayer(path + "|layername=plots", "plots", "ogr")
    assert layer.isValid()
    fast = fast_table(layer, layer.fields(), layer.crs())
    assert fast is not None
    mapping = layers.guess_mapping(layer.fields())

    def read() -> list:
        features = FastFeatures(fast, layer, layer.wkbType(), spatial=spatial)
        return [plot for chunk in features.plot_chunks(70, layer.fields(), layer.crs(), mapping, total=400)
                for plot in chunk]

    new = read()
    monkeypatch.setattr(gpkg_reading._Reader, "plots", _old_plots)
    old = read()
    assert len(new) == len(old) == 400
    assert new == old
    assert sorted(plot.index for plot in new) == list(range(400))
    if spatial:
        assert [plot.index for plot in new] != list(range(400))  # read out of file order
    assert {type(plot.attributes["ok"]) for plot in new} == {bool, type(None)}
    assert any(plot.source_geometry_type.startswith("CurvePolygon") for plot in new)
    assert sum(plot.geometry is None for plot in new) >= 30 and sum(plot.user_id is None for plot in new) >= 40
