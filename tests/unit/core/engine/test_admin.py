"""Country / state lookup: world_map.gpkg by default, checked against independent OGR queries."""

from __future__ import annotations

import os

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

from tests.fixtures.held_open import HeldOpen, together
from tests.fixtures.world import WORLD_MAP  # the ``world`` fixture (its admin index) comes from there too
from vantage_plugin.core.engine.admin import AdminIndex
from vantage_plugin.core.engine.catalog import DataSource


def ogr_names_at(lon, lat):
    """Independent answer: OGR spatial filter + exact point-in-polygon on both layers."""
    ds = ogr.Open(WORLD_MAP)
    point = ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})")
    out = {}
    for layer, fields in (("countries", ("NAME", "ISO_A3")), ("states_provinces", ("name", "admin"))):
        lyr = ds.GetLayerByName(layer)
        lyr.SetSpatialFilter(point)
        out[layer] = [tuple(f.GetField(k) for k in fields) for f in lyr if f.GetGeometryRef().Intersects(point)]
    return out


def test_point_in_dominican_republic(world):
    lon, lat = -71.70, 18.66  # the demo crop, Sierra de Neiba
    ((country, state),) = world.lookup([shapely.Point(lon, lat)])
    expected = ogr_names_at(lon, lat)
    ((state_name, admin_name),) = expected["states_provinces"]
    assert country == "Dominican Republic" == admin_name
    assert state == state_name
    assert expected["countries"][0][1] == "DOM"


def test_polygon_uses_a_point_inside(world):
    # a C-shaped plot (in central France) whose centroid falls outside it
    c_shape = shapely.Polygon([(1.6, 46.2), (2.4, 46.2), (2.4, 46.3), (1.7, 46.3), (1.7, 46.7), (2.4, 46.7), (2.4, 46.8), (1.6, 46.8)])
    assert not c_shape.contains(c_shape.centroid)
    ((country, state),) = world.lookup([c_shape])
    rep = shapely.point_on_surface(c_shape)
    expected = ogr_names_at(rep.x, rep.y)["states_provinces"]
    assert expected, "the test plot must be on land"
    assert (country, state) == (expected[0][1], expected[0][0])
    assert country == "France"


def test_sea_missing_and_mixed(world):
    plots = [
        shapely.Point(-70.0, 17.0),  # Caribbean Sea
        None,
        shapely.Polygon(),
        shapely.Point(2.35, 48.85),  # Paris
        shapely.MultiPoint([(-71.70, 18.66), (-71.69, 18.67)]),
        shapely.box(107.2, 16.6, 107.21, 16.61),  # Vietnam, Quảng Trị area
    ]
    got = world.lookup(plots)
    assert got[0] == (None, None) and got[1] == (None, None) and got[2] == (None, None)
    paris = ogr_names_at(2.35, 48.85)["states_provinces"][0]
    assert got[3] == ("France", paris[0])
    assert got[4][0] == "Dominican Republic"
    rep = shapely.point_on_surface(plots[5])
    vn = ogr_names_at(rep.x, rep.y)["states_provinces"][0]
    assert got[5] == (vn[1], vn[0]) and vn[1] == "Vietnam"


def test_vectorised_many_points(world):
    rng = np.random.default_rng(3)
    lon = rng.uniform(-72.0, -68.5, 400)
    lat = rng.uniform(17.5, 20.0, 400)
    got = world.lookup(shapely.points(lon, lat))
    ds = ogr.Open(WORLD_MAP)
    lyr = ds.GetLayerByName("states_provinces")
    for (x, y), (country, state) in list(zip(zip(lon, lat), got))[:60]:
        point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
        lyr.SetSpatialFilter(point)
        hits = [(f.GetField("admin"), f.GetField("name")) for f in lyr if f.GetGeometryRef().Intersects(point)]
        if hits:
            assert (country, state) == hits[0]
        else:
            assert state is None
    assert sum(c == "Dominican Republic" for c, _ in got) > 50
    assert sum(c is None for c, _ in got) > 50  # the sea around


def _admin_gpkg(path, rows, fields=("NAME_0", "NAME_1")):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("adm1", srs, ogr.wkbMultiPolygon)
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values, geom in rows:
        feature = ogr.Feature(lyr.GetLayerDefn())
        for name, value in zip(fields, values):
            feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        lyr.CreateFeature(feature)
    ds = None
    return str(path)


def test_custom_single_layer_gadm_style(tmp_path):
    path = _admin_gpkg(tmp_path / "gadm.gpkg", [(("Atlantis", "North"), shapely.box(0, 1, 2, 2)), (("Atlantis", "South"), shapely.box(0, 0, 2, 1))])
    index = AdminIndex(DataSource(path))
    assert index.fields == {"country": "NAME_0", "state": "NAME_1"}
    assert index.lookup([shapely.Point(1, 1.5), shapely.box(0.1, 0.1, 0.5, 0.4), shapely.Point(5, 5)]) == [
        ("Atlantis", "North"),
        ("Atlantis", "South"),
        (None, None),
    ]


def test_custom_field_map(tmp_path):
    path = _admin_gpkg(tmp_path / "nat.gpkg", [(("Atlantis", "East"), shapely.box(0, 0, 1, 1))], fields=("pais", "provincia"))
    index = AdminIndex(DataSource(path, field_map={"country": "pais", "state": "provincia"}))
    assert index.lookup([shapely.Point(0.5, 0.5)]) == [("Atlantis", "East")]
    with pytest.raises(ValueError, match="'nope'"):
        AdminIndex(DataSource(path, field_map={"country": "nope"}))


def test_default_source_from_resources_dir(tmp_path, monkeypatch):
    from vantage_plugin.core.engine import catalog

    monkeypatch.setattr(catalog, "COMMON_QGIS_RESOURCE_DIRS", ())
    with pytest.raises(ValueError, match="world_map.gpkg was not found"):
        AdminIndex(qgis_resources_dir=str(tmp_path))
    if not os.path.exists(WORLD_MAP):
        pytest.skip("QGIS world_map.gpkg not installed")
    (tmp_path / "resources" / "data").mkdir(parents=True)
    os.symlink(WORLD_MAP, tmp_path / "resources" / "data" / "world_map.gpkg")
    index = AdminIndex(qgis_resources_dir=str(tmp_path))
    assert index.source.path.startswith(str(tmp_path))
    assert index.lookup([shapely.Point(-71.70, 18.66)])[0][0] == "Dominican Republic"


@pytest.mark.parametrize(
    "box",
    [
        (-72.2, 18.0, -71.4, 19.9),  # Haiti / Dominican Republic border
        (5.6, 49.3, 6.6, 50.3),  # Belgium / Luxembourg / France / Germany
        (-55.0, -5.0, -53.0, -3.0),  # inside Brazil only (the benchmark's area)
    ],
)
def test_bbox_filtered_lookup_equals_whole_map(world, box):
    """Reading only the boundaries near the plots gives the very same answers (names included: the
    full country name comes from the whole state layer, not only from the states that were read)."""
    from vantage_plugin.core.engine.vectors import geometry_bbox, pad_bbox

    rng = np.random.default_rng(11)
    pts = shapely.points(rng.uniform(box[0], box[2], 500), rng.uniform(box[1], box[3], 500))
    plots = list(pts[:400]) + [shapely.buffer(p, 0.01) for p in pts[400:]]
    bbox = pad_bbox(geometry_bbox(plots), 0.01)
    near = AdminIndex(DataSource(WORLD_MAP), bbox=bbox)
    assert len(near.countries.geoms) < len(world.countries.geoms)
    assert near.lookup(plots) == world.lookup(plots)


def test_read_attributes_case_insensitive_match(tmp_path):
    from vantage_plugin.core.engine.vectors import read_attributes

    rows = [(("bra", "A"), shapely.box(0, 0, 1, 1)), (("ARG", "B"), shapely.box(1, 0, 2, 1)), (("BRA", "C"), shapely.box(2, 0, 3, 1)),
            ((None, "D"), shapely.box(3, 0, 4, 1)), (("B_A", "E"), shapely.box(4, 0, 5, 1))]
    path = _admin_gpkg(tmp_path / "codes.gpkg", rows, fields=("code", "name"))
    got = read_attributes(path, None, ["name"], "CODE", ["BRA"])
    assert [r["name"] for r in got] == ["A", "C"]
    assert [r["name"] for r in read_attributes(path, None, ["name"])] == ["A", "B", "C", "D", "E"]
    assert read_attributes(path, None, ["name"], "code", []) == []


def ogr_codes_at(lon, lat):
    """Independent answer: the ISO codes of the countries layer polygon holding the point (OGR)."""
    ds = ogr.Open(WORLD_MAP)
    layer = ds.GetLayerByName("countries")
    point = ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})")
    layer.SetSpatialFilter(point)
    return [(f.GetField("iso_a2"), f.GetField("ISO_A3")) for f in layer if f.GetGeometryRef().Intersects(point)]


@pytest.mark.parametrize("lon, lat", [(-71.70, 18.66), (-5.5, 7.5), (113.9, -0.5), (-55.0, -12.0), (2.0, 46.5)])
def test_iso_codes_beside_the_country_name(world, lon, lat):
    (place,) = world.places([shapely.Point(lon, lat)])
    assert [(place.iso2, place.iso3)] == ogr_codes_at(lon, lat)
    assert (place.country, place.state) == world.lookup([shapely.Point(lon, lat)])[0]


def test_iso_codes_published_values(world):
    # ISO 3166-1 (published): Côte d'Ivoire CI/CIV, Brazil BR/BRA, Indonesia ID/IDN; nothing at sea
    places = world.places([shapely.Point(-5.5, 7.5), shapely.Point(-55.0, -12.0), shapely.Point(113.9, -0.5),
                           shapely.Point(-30.0, 0.0)])
    assert [(p.iso2, p.iso3) for p in places] == [("CI", "CIV"), ("BR", "BRA"), ("ID", "IDN"), (None, None)]


def test_codes_added_to_results_that_only_name_a_country(world):
    from vantage_plugin.core.analysis import STATUS_OK, PlotResult
    from vantage_plugin.core.engine.admin import add_country_codes

    results = [PlotResult(0, "api", STATUS_OK, country="Côte d'Ivoire"), PlotResult(1, "api", STATUS_OK, country="Indonesia"),
               PlotResult(2, "api", STATUS_OK, country="Atlantis"), PlotResult(3, "api", STATUS_OK),
               PlotResult(4, "bundled", STATUS_OK, country="Brazil", country_iso2="XX", country_iso3="XXX")]
    add_country_codes(results)
    assert [(r.country_iso2, r.country_iso3) for r in results] == [
        ("CI", "CIV"), ("ID", "IDN"), (None, None), (None, None), ("XX", "XXX")]


def test_two_threads_never_use_the_prepared_polygons_at_once(monkeypatch):
    """GEOS builds a prepared polygon's indexes on its first use without a guard: two threads testing
    one prepared polygon at once corrupt memory (a crash seen with shapely 2.0.6 / GEOS 3.11). The
    engine looks plots up on its overlap thread and on the calling thread, so the polygons' tests
    take turns: each predicate call is held open (:class:`HeldOpen`), so that, unguarded, the two would overlap."""
    from vantage_plugin.core.engine import admin
    from vantage_plugin.core.engine.vectors import VectorData

    squares = np.array([shapely.box(x, 0, x + 1, 1) for x in range(4)], dtype=object)
    polygons = admin._Polygons(
        VectorData(geometries=squares, attributes=[{"name": f"A{x}"} for x in range(4)], fids=[1, 2, 3, 4],
                   fields=["name"], path="memory", layer="areas"),
        "name")
    held = HeldOpen()
    for name in ("intersects", "covers"):
        monkeypatch.setattr(admin.shapely, name, held.wrap(getattr(shapely, name)))
    boxes = shapely.box(np.arange(4) + 0.25, 0.25, np.arange(4) + 0.75, 0.75)
    points = shapely.points(np.arange(4) + 0.5, np.full(4, 0.5))
    (index, sure), located = together(lambda: polygons.covering(boxes), lambda: polygons.locate(points))
    assert held.most == 1
    assert index.tolist() == [0, 1, 2, 3] and sure.all()
    assert located.tolist() == [0, 1, 2, 3]
