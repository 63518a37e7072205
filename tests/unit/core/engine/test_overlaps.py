"""Protected-area / indigenous-land overlaps against an independent computation.

Expected areas come from shapely overlays done in lon/lat and pyproj's geodesic polygon areas
(Karney), never from the code under test.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
import shapely.affinity
import shapely.geometry
from osgeo import ogr, osr

from tests.conftest import eval_file
from vantage_plugin.core import analysis
from vantage_plugin.core.engine.catalog import DataSource
from vantage_plugin.core.engine.overlaps import (
    OverlapIndex,
    detect_schema,
    guess_data_version,
    normalise_iucn,
    parse_acknowledged,
    resolve_fields,
)

pyproj = pytest.importorskip("pyproj")
GEOD = pyproj.Geod(ellps="WGS84")

PA_SUMMARY = analysis.PA_SUMMARY
IL_SUMMARY = analysis.IL_SUMMARY


def geod_ha(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e4


def write_gpkg(path, rows, *, epsg=4326, layer="areas", types=None):
    """A GeoPackage of (attributes, lon/lat shapely geometry) rows; coordinates moved to ``epsg`` with pyproj."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbMultiPolygon)
    names = list(rows[0][0]) if rows else []
    types = types or {}
    for name in names:
        value = rows[0][0][name]
        ftype = types.get(name) or (ogr.OFTReal if isinstance(value, float) else ogr.OFTInteger if isinstance(value, int) else ogr.OFTString)
        lyr.CreateField(ogr.FieldDefn(name, ftype))
    transformer = None if epsg == 4326 else pyproj.Transformer.from_crs(4326, epsg, always_xy=True)
    for attrs, geom in rows:
        if transformer is not None:
            geom = shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
        feature = ogr.Feature(lyr.GetLayerDefn())
        for name, value in attrs.items():
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        lyr.CreateFeature(feature)
    ds = None
    return str(path)


def wdpa_row(wdpaid, name, geom, iucn="II", **extra):
    attrs = {
        "WDPAID": float(wdpaid),
        "WDPA_PID": str(wdpaid),
        "NAME": name,
        "ORIG_NAME": f"{name} (orig)",
        "DESIG": "Parque Nacional",
        "DESIG_ENG": "National Park",
        "IUCN_CAT": iucn,
        "STATUS": "Designated",
        "ISO3": "XXX",
    }
    attrs.update(extra)
    return attrs, geom


A = shapely.box(10.00, 5.00, 10.02, 5.02)
B = shapely.box(10.01, 5.00, 10.03, 5.02)


@pytest.fixture
def two_pas(tmp_path):
    return DataSource(write_gpkg(tmp_path / "pa.gpkg", [wdpa_row(1, "Alpha", A), wdpa_row(2, "Beta", B, iucn="Not Reported")]))


def run(source, kind, plots, areas=None, **kwargs):
    index = OverlapIndex(source, kind, **kwargs)
    areas = [geod_ha(p) for p in plots] if areas is None else areas
    return index, index.overlaps(plots, areas)


def test_union_of_two_overlapping_areas_not_sum(two_pas):
    plot = shapely.box(10.005, 5.005, 10.025, 5.015)  # inside A∪B, inside neither alone
    _, (block,) = run(two_pas, "pa", [plot])
    summary = block[PA_SUMMARY]
    expected_union = geod_ha(plot.intersection(shapely.union_all([A, B])))
    assert expected_union == pytest.approx(geod_ha(plot), rel=1e-9)
    assert summary[analysis.PA_OVERLAP] is True
    assert summary[analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected_union, rel=1e-4)
    assert summary[analysis.TOTAL_OVERLAP_PERCENTAGE] == pytest.approx(100.0, abs=0.01)
    details = {d["area_name"]: d for d in block[analysis.PA_DETAILS]}
    assert details["Alpha"]["overlap_area_ha"] == pytest.approx(geod_ha(plot.intersection(A)), rel=1e-4)
    assert details["Beta"]["overlap_area_ha"] == pytest.approx(geod_ha(plot.intersection(B)), rel=1e-4)
    # the sum of the details is more than the plot: the summary must not be that sum
    assert sum(d["overlap_area_ha"] for d in details.values()) > 1.4 * summary[analysis.TOTAL_OVERLAP_AREA_HA]


def test_union_partial_cover(two_pas):
    plot = shapely.Polygon([(9.995, 5.01), (10.035, 5.012), (10.033, 5.03), (9.996, 5.028)])
    _, (block,) = run(two_pas, "pa", [plot])
    expected = geod_ha(plot.intersection(shapely.union_all([A, B])))
    area = geod_ha(plot)
    assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected, rel=1e-4)
    assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_PERCENTAGE] == pytest.approx(100 * expected / area, rel=1e-4)


def test_inside_outside_and_touching(two_pas):
    inside = shapely.box(10.001, 5.001, 10.004, 5.004)
    outside = shapely.box(11.0, 5.0, 11.01, 5.01)
    touching = shapely.box(10.03, 5.00, 10.04, 5.01)  # shares B's east edge only
    _, blocks = run(two_pas, "pa", [inside, outside, touching])
    s_in = blocks[0][PA_SUMMARY]
    assert s_in[analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(geod_ha(inside), rel=1e-4)
    assert s_in[analysis.TOTAL_OVERLAP_PERCENTAGE] == pytest.approx(100.0, abs=1e-3)
    (detail,) = blocks[0][analysis.PA_DETAILS]
    assert detail["area_id"] == "1" and detail["area_name"] == "Alpha" and detail["local_name"] == "Alpha (orig)"
    assert detail["iucn_category"] == "II" and detail["type"] == "Parque Nacional" and detail["status"] == "Designated"
    assert detail["extractive_activity_legality"] is None
    for block in blocks[1:]:
        assert block[PA_SUMMARY] == {
            analysis.PA_OVERLAP: False,
            analysis.TOTAL_OVERLAP_PERCENTAGE: 0.0,
            analysis.TOTAL_OVERLAP_AREA_HA: 0.0,
            analysis.PA_MOST_RESTRICTIVE: None,
        }
        assert block[analysis.PA_DETAILS] == []
    assert blocks[1][analysis.SOURCES] == [{"source_name": "pa.gpkg", "data_version": None}]


def test_point_plot_is_a_disc_of_its_area(two_pas):
    point = shapely.Point(10.002, 5.01)  # in A only, a 1 ha disc stays inside A
    near_edge = shapely.Point(10.0, 5.01)  # on A's west edge: half the disc is inside
    _, blocks = run(two_pas, "pa", [point, near_edge, None], areas=[1.0, 1.0, float("nan")])
    assert blocks[0][PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(1.0, rel=1e-3)
    assert blocks[1][PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(0.5, rel=1e-2)
    assert blocks[2][PA_SUMMARY][analysis.PA_OVERLAP] is False


def test_big_polygon_subdivided_matches_independent_overlay(tmp_path):
    rng = np.random.default_rng(7)
    angles = np.linspace(0, 2 * np.pi, 4000, endpoint=False)
    radius = 0.05 * (1 + 0.2 * np.sin(5 * angles) + 0.05 * np.sin(61 * angles))
    big = shapely.Polygon(np.column_stack([-60 + radius * np.cos(angles), -3 + radius * np.sin(angles)]))
    hole = shapely.Point(-60.0, -3.0).buffer(0.01, 64)
    big = big.difference(hole)
    assert big.is_valid
    src = DataSource(write_gpkg(tmp_path / "big.gpkg", [wdpa_row(7, "Big", big)]))
    centres = rng.uniform(-0.07, 0.07, size=(300, 2)) + (-60, -3)
    plots = [shapely.box(x - 0.004, y - 0.003, x + 0.004, y + 0.003) for x, y in centres]
    index, blocks = run(src, "pa", plots, max_vertices=64)
    assert len(index.pieces) > 20  # it really was cut into pieces
    got = np.array([b[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] for b in blocks])
    want = np.array([geod_ha(p.intersection(big)) for p in plots])
    assert np.allclose(got, want, rtol=1e-4, atol=1e-4)
    assert (want > 0).sum() > 50 and ((want > 0) & (want < [geod_ha(p) * 0.99 for p in plots])).sum() > 20


@pytest.mark.parametrize("epsg", [3857, 6933])
def test_reprojected_source(tmp_path, epsg):
    pa = shapely.Polygon([(10.0, 5.0), (10.03, 5.001), (10.031, 5.02), (10.001, 5.021)])
    densified = shapely.segmentize(pa, 0.0005)  # the same shape survives projection
    src = DataSource(write_gpkg(tmp_path / f"pa_{epsg}.gpkg", [wdpa_row(3, "Projected", densified)], epsg=epsg))
    plot = shapely.box(10.02, 5.01, 10.04, 5.015)
    index, (block,) = run(src, "pa", [plot])
    assert index.describe()["schema"] == "WDPA"
    expected = geod_ha(plot.intersection(densified))
    assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected, rel=1e-3)
    # the bbox filter is applied in the layer's own CRS
    far = OverlapIndex(src, "pa", bbox=(20.0, 5.0, 20.1, 5.1))
    assert len(far) == 0


def test_bbox_reads_only_nearby_features(tmp_path):
    rows = [wdpa_row(i, f"PA {i}", shapely.box(i, 0, i + 0.5, 0.5)) for i in range(10)]
    src = DataSource(write_gpkg(tmp_path / "many.gpkg", rows))
    assert len(OverlapIndex(src, "pa")) == 10
    index = OverlapIndex.for_plots(src, "pa", [shapely.box(3.1, 0.1, 3.2, 0.2), shapely.box(4.1, 0.1, 4.2, 0.2)])
    assert sorted(r["area_id"] for r in index.records) == ["3", "4"]


def test_parcels_with_one_id_are_one_area(tmp_path):
    rows = [wdpa_row(5, "Split", shapely.box(0, 0, 0.01, 0.01)), wdpa_row(5, "Split", shapely.box(0.01, 0, 0.02, 0.01))]
    src = DataSource(write_gpkg(tmp_path / "split.gpkg", rows))
    plot = shapely.box(0.005, 0.002, 0.015, 0.008)
    _, (block,) = run(src, "pa", [plot])
    (detail,) = block[analysis.PA_DETAILS]
    assert detail["overlap_area_ha"] == pytest.approx(geod_ha(plot), rel=1e-4)


def test_wdpca_schema(tmp_path):
    attrs = {
        "SITE_ID": 555.0,
        "SITE_PID": "555_A",
        "SITE_TYPE": "PA",
        "NAME_ENG": "Lake Example",
        "NAME": "Lago Ejemplo",
        "ORIG_NAME": "Lago Ejemplo",
        "DESIG": "Parque Natural",
        "DESIG_ENG": "Natural Park",
        "IUCN_CAT": " ib ",
        "STATUS": "Established",
        "ISO3": "XXX",
    }
    src = DataSource(write_gpkg(tmp_path / "wdpca.gpkg", [(attrs, A)]))
    index, (block,) = run(src, "pa", [shapely.box(10.001, 5.001, 10.002, 5.002)])
    assert index.schema.name == "WDPCA"
    (d,) = block[analysis.PA_DETAILS]
    assert (d["area_id"], d["area_name"], d["local_name"], d["iucn_category"], d["type"], d["status"]) == (
        "555",
        "Lake Example",
        "Lago Ejemplo",
        "Ib",
        "Parque Natural",
        "Established",
    )


def test_landmark_schemas(tmp_path):
    current = {"Name": "Territory One", "Identity": "Indigenous", "Form_Rec": "Acknowledged by government", "Doc_Status": "Documented"}
    older = {"Name": "Territory Two", "Identity": "Community", "Ofcl_Rec": "Not acknowledged by government", "Rec_Status": "Held or used under customary tenure"}
    plot = shapely.box(10.011, 5.001, 10.012, 5.002)
    for attrs, ack, status in ((current, True, "Documented"), (older, False, "Held or used under customary tenure")):
        src = DataSource(write_gpkg(tmp_path / f"lm_{ack}.gpkg", [(attrs, A), ({**attrs, "Name": "Other"}, B)]))
        index, (block,) = run(src, "il", [plot])
        assert index.schema.name == "LandMark"
        names = {d["name"]: d for d in block[analysis.IL_DETAILS]}
        assert set(names) == {attrs["Name"], "Other"}
        d = names[attrs["Name"]]
        assert d["government_acknowledged"] is ack and d["land_status"] == status
        assert d["id"].startswith(f"lm_{ack}") or d["id"].startswith("areas:")
        assert block[IL_SUMMARY][analysis.IL_OVERLAP] is True
        assert block[IL_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(geod_ha(plot), rel=1e-4)
        assert set(d) == {"id", "name", "government_acknowledged", "land_status", "overlap_area_ha"}


def test_funai_schemas(tmp_path):
    official = {"terrai_cod": 1234.0, "terrai_nom": "Terra Exemplo", "etnia_nome": "Exemplo", "fase_ti": "Regularizada"}
    study = {**official, "terrai_cod": 99.0, "terrai_nom": "Em Estudo Ex", "fase_ti": "Em Estudo"}
    src = DataSource(write_gpkg(tmp_path / "funai.gpkg", [(official, A), (study, B)]))
    index, (block,) = run(src, "il", [shapely.box(10.005, 5.001, 10.015, 5.002)])
    assert index.schema.name == "FUNAI"
    got = {d["id"]: (d["name"], d["government_acknowledged"], d["land_status"]) for d in block[analysis.IL_DETAILS]}
    assert got == {"1234": ("Terra Exemplo", True, "Regularizada"), "99": ("Em Estudo Ex", False, "Em Estudo")}
    simplified = DataSource(write_gpkg(tmp_path / "terrame.gpkg", [({"TERRA_IND": "Yanomami", "GRUPO": "Yanomami"}, A)]))
    index, (block,) = run(simplified, "il", [shapely.box(10.005, 5.001, 10.006, 5.002)])
    (d,) = block[analysis.IL_DETAILS]
    assert index.schema.name == "FUNAI" and d["name"] == "Yanomami" and d["government_acknowledged"] is None


def test_field_map_overrides_detection(tmp_path):
    attrs = {"WDPAID": 1.0, "NAME": "Wrong", "nome_oficial": "Right", "codigo": "X-1", "legal": "Prohibited"}
    src = DataSource(
        write_gpkg(tmp_path / "fm.gpkg", [(attrs, A)]),
        field_map={"area_name": "NOME_OFICIAL", "area_id": "codigo", "extractive_activity_legality": "legal"},
    )
    _, (block,) = run(src, "pa", [shapely.box(10.001, 5.001, 10.002, 5.002)])
    (d,) = block[analysis.PA_DETAILS]
    assert (d["area_id"], d["area_name"], d["extractive_activity_legality"]) == ("X-1", "Right", "prohibited")
    assert block[PA_SUMMARY][analysis.PA_MOST_RESTRICTIVE] == "prohibited"
    with pytest.raises(ValueError, match="'missing'"):
        OverlapIndex(DataSource(src.path, field_map={"area_name": "missing"}), "pa")
    with pytest.raises(ValueError, match="unknown field_map role"):
        OverlapIndex(DataSource(src.path, field_map={"colour": "NAME"}), "pa")


def test_legality_most_restrictive(tmp_path):
    c = shapely.box(10.0, 5.0, 10.03, 5.02)
    rows = [
        ({"WDPAID": 1.0, "NAME": "L", "LEGAL": "limited"}, A),
        ({"WDPAID": 2.0, "NAME": "P", "LEGAL": "Prohibited"}, B),
        ({"WDPAID": 3.0, "NAME": "A", "LEGAL": "allowed"}, c),
    ]
    src = DataSource(write_gpkg(tmp_path / "legal.gpkg", rows), field_map={"legality": "LEGAL"})
    plots = [shapely.box(10.001, 5.001, 10.002, 5.002), shapely.box(10.015, 5.001, 10.016, 5.002), shapely.box(10.025, 5.001, 10.026, 5.002)]
    _, blocks = run(src, "pa", plots)
    assert [b[PA_SUMMARY][analysis.PA_MOST_RESTRICTIVE] for b in blocks] == ["limited", "prohibited", "prohibited"]
    # the IUCN → legality option when the data has no legality field
    src2 = DataSource(src.path, options={"legality_by_iucn": {"II": "prohibited"}, "default_legality": "limited"})
    rows2 = [wdpa_row(1, "Two", A, iucn="II"), wdpa_row(2, "Unknown", B, iucn="Not Reported")]
    src2 = DataSource(write_gpkg(tmp_path / "iucn_legal.gpkg", rows2), options=src2.options)
    _, blocks = run(src2, "pa", plots[:2])
    assert [b[PA_SUMMARY][analysis.PA_MOST_RESTRICTIVE] for b in blocks] == ["prohibited", "prohibited"]
    assert {d["area_name"]: d["extractive_activity_legality"] for d in blocks[1][analysis.PA_DETAILS]} == {
        "Two": "prohibited",
        "Unknown": "limited",
    }


def test_exclude_status_and_source_options(tmp_path):
    rows = [wdpa_row(1, "Real", A), wdpa_row(2, "Proposed one", B, STATUS="Proposed")]
    src = DataSource(
        write_gpkg(tmp_path / "WDPA_Jan2025_Public.gpkg", rows),
        options={"exclude_status": ["proposed"], "source_name": "WDPA (UNEP-WCMC)"},
    )
    index, (block,) = run(src, "pa", [shapely.box(10.011, 5.001, 10.012, 5.002)])
    assert [d["area_name"] for d in block[analysis.PA_DETAILS]] == ["Real"]
    assert block[analysis.SOURCES] == [{"source_name": "WDPA (UNEP-WCMC)", "data_version": "Jan2025"}]
    assert block[analysis.PA_DETAILS][0]["source_name"] == "WDPA (UNEP-WCMC)"
    assert index.skipped_features == 1


def test_invalid_area_polygon_is_repaired(tmp_path):
    bowtie = shapely.Polygon([(10.0, 5.0), (10.02, 5.02), (10.02, 5.0), (10.0, 5.02)])
    assert not bowtie.is_valid
    src = DataSource(write_gpkg(tmp_path / "bad.gpkg", [wdpa_row(1, "Bow", bowtie)]))
    plot = shapely.box(10.0, 5.0, 10.02, 5.02)
    _, (block,) = run(src, "pa", [plot])
    expected = geod_ha(plot.intersection(shapely.make_valid(bowtie)))
    assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    "raw, expected",
    [("Ia", "Ia"), ("ia", "Ia"), ("IB", "Ib"), ("II", "II"), (" iii ", "III"), ("IV", "IV"), ("V", "V"), ("VI", "VI"),
     ("Category II", "II"), ("Not Reported", None), ("Not Applicable", None), ("Not Assigned", None), ("", None), (None, None), ("VII", None)],
)
def test_iucn_mapping(raw, expected):
    assert normalise_iucn(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("Acknowledged by government", True), ("Not acknowledged by government", False), ("Acknowledged by govt", True),
     ("Not acknowledged by govt", False), (True, True), (0, False), ("yes", True), ("No", False), ("Unknown", None), (None, None)],
)
def test_acknowledged(raw, expected):
    assert parse_acknowledged(raw) is expected


def test_detection_table():
    assert detect_schema(["WDPAID", "NAME", "IUCN_CAT"]).name == "WDPA"
    assert detect_schema(["site_id", "name_eng"]).name == "WDPCA"
    assert detect_schema(["Name", "Form_Rec", "Doc_Status"]).name == "LandMark"
    assert detect_schema(["TERRA_IND", "GRUPO"]).name == "FUNAI"
    assert detect_schema(["id", "name"]).name == "generic"
    schema, roles = resolve_fields(["id", "Name", "status"], "il")
    assert roles == {"id": "id", "name": "Name", "land_status": "status"}
    assert guess_data_version("/d/WDPA_WDOECM_Feb2026_Public_all.gdb") == "Feb2026"
    assert guess_data_version("landmark_v202509.gpkg") == "202509"
    assert guess_data_version("areas.gpkg") is None


# --- evaluation data (skipped when ../shared/eval-data is absent) -------------------------------
def _read_lonlat(path):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    rows = []
    for feature in lyr:
        rows.append(({k: feature.GetField(k) for k in feature.keys()}, shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))))
    return rows


def test_eval_sierra_de_neiba_over_survey_polygon():
    pa_path = eval_file("dominican-republic/sierra_de_neiba_478140.gpkg")
    plot_path = eval_file("dominican-republic/gfw_sample.gpkg")
    ((attrs, pa),) = _read_lonlat(pa_path)
    ((_, plot),) = _read_lonlat(plot_path)
    pa = shapely.make_valid(pa)
    # the survey polygon lies inside the park; moved 3 km north it straddles the park's boundary
    shifted = shapely.affinity.translate(plot, 0.0, 0.03)
    plots = [plot, shifted]
    expected = [geod_ha(shapely.intersection(p, pa)) for p in plots]
    assert expected[0] == pytest.approx(geod_ha(plot), rel=1e-9)
    assert 0.05 * geod_ha(shifted) < expected[1] < 0.95 * geod_ha(shifted)
    index, blocks = run(DataSource(str(pa_path)), "pa", plots)
    for p, block, want in zip(plots, blocks, expected):
        summary = block[PA_SUMMARY]
        assert summary[analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(want, rel=1e-4)
        assert summary[analysis.TOTAL_OVERLAP_PERCENTAGE] == pytest.approx(100 * want / geod_ha(p), rel=1e-4)
        (d,) = block[analysis.PA_DETAILS]
        assert d["area_id"] == "478140" == str(int(attrs["WDPAID"]))


def test_eval_wdpa_full_schema_vietnam():
    path = eval_file("vietnam/wdpa_laos.gpkg")
    rows = _read_lonlat(path)
    index = OverlapIndex(DataSource(str(path)), "pa")
    assert index.schema.name == "WDPA"
    by_id = {r["area_id"]: r for r in index.records}
    for attrs, _ in rows:
        record = by_id[str(int(attrs["WDPAID"]))]
        assert record["area_name"] == attrs["NAME"] and record["local_name"] == attrs["ORIG_NAME"]
        assert record["type"] == attrs["DESIG"]
        assert record["iucn_category"] == (attrs["IUCN_CAT"] if attrs["IUCN_CAT"] in ("Ia", "Ib", "II", "III", "IV", "V", "VI") else None)
    assert {r["iucn_category"] for r in index.records} == {"IV", None}


def test_eval_funai_lands():
    path = eval_file("brazil-indigenous/amazonia-indigenous_wgs84.gpkg")
    rows = _read_lonlat(path)
    lands = [(a, shapely.make_valid(g)) for a, g in rows[:40:4]]
    # plots straddling each land's boundary: a box around a point of its outline
    plots = []
    for _, land in lands:
        x, y = shapely.get_coordinates(land.boundary)[0]
        plots.append(shapely.box(x - 0.01, y - 0.01, x + 0.01, y + 0.01))
    index = OverlapIndex.for_plots(DataSource(str(path)), "il", plots)
    assert index.schema.name == "FUNAI"
    blocks = index.overlaps(plots, [geod_ha(p) for p in plots])
    all_lands = shapely.make_valid(np.array([g for _, g in rows], dtype=object))
    for plot, block, (attrs, _) in zip(plots, blocks, lands):
        expected = geod_ha(shapely.intersection(plot, shapely.union_all(all_lands[shapely.intersects(all_lands, plot)])))
        assert block[IL_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected, rel=1e-4, abs=1e-4)
        assert attrs["TERRA_IND"] in {d["name"] for d in block[analysis.IL_DETAILS]}


# --- reading: errors, virtual paths ------------------------------------------------------------
def test_unreadable_sources_name_file_and_layer(tmp_path):
    from vantage_plugin.core.engine.vectors import VectorReadError, read_vector

    with pytest.raises(VectorReadError, match="missing.gpkg"):
        OverlapIndex(DataSource(str(tmp_path / "missing.gpkg")), "pa")
    path = write_gpkg(tmp_path / "pa.gpkg", [wdpa_row(1, "Alpha", A)])
    with pytest.raises(VectorReadError, match=r"layer 'wrong' not found in .*pa.gpkg \(layers: areas\)"):
        OverlapIndex(DataSource(path, layer="wrong"), "pa")
    (tmp_path / "junk.shp").write_text("junk")
    with pytest.raises(VectorReadError, match="junk.shp"):
        read_vector(str(tmp_path / "junk.shp"))


def test_vsizip_geojson(tmp_path):
    import json
    import zipfile

    feature = {"type": "Feature", "properties": {"WDPAID": 42, "NAME": "Zipped", "IUCN_CAT": "V"}, "geometry": shapely.geometry.mapping(A)}
    with zipfile.ZipFile(tmp_path / "wdpa.zip", "w") as zf:
        zf.writestr("inner/wdpa.geojson", json.dumps({"type": "FeatureCollection", "features": [feature]}))
    src = DataSource(f"/vsizip/{tmp_path / 'wdpa.zip'}/inner/wdpa.geojson")
    plot = shapely.box(10.001, 5.001, 10.003, 5.003)
    _, (block,) = run(src, "pa", [plot])
    (d,) = block[analysis.PA_DETAILS]
    assert (d["area_id"], d["area_name"], d["iucn_category"]) == ("42", "Zipped", "V")
    assert d["overlap_area_ha"] == pytest.approx(geod_ha(plot), rel=1e-4)


# --- the shipped demo data ---------------------------------------------------------------------
def test_demo_data_overlaps():
    from tests.conftest import DEMO

    plots_path = DEMO / "demo_plots.gpkg"
    if not plots_path.exists():
        pytest.skip("demo data not generated")
    assert sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file()) < 1_000_000
    rows = {a["plot_ref"]: g for a, g in _read_lonlat(plots_path)}
    pas = [g for _, g in _read_lonlat(DEMO / "demo_protected_areas.gpkg")]
    refs = ["DEMO-001", "DEMO-010", "DEMO-004"]
    plots = [rows[r] for r in refs]
    _, blocks = run(DataSource(str(DEMO / "demo_protected_areas.gpkg")), "pa", plots)
    for plot, block in zip(plots, blocks):
        expected = geod_ha(plot.intersection(shapely.union_all(pas)))
        assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(expected, rel=1e-4, abs=1e-6)
    assert len(blocks[1][analysis.PA_DETAILS]) == 2  # DEMO-010 lies in both demo areas
    assert all("not real" in d["area_name"] for b in blocks for d in b[analysis.PA_DETAILS])
    _, (il,) = run(DataSource(str(DEMO / "demo_indigenous_lands.gpkg")), "il", [rows["DEMO-003"]])
    assert 0 < il[IL_SUMMARY][analysis.TOTAL_OVERLAP_PERCENTAGE] < 100
    assert il[analysis.IL_DETAILS][0]["government_acknowledged"] is False


def test_read_vector_dates_fields_and_null_geometries(tmp_path):
    import datetime

    from vantage_plugin.core.engine.vectors import read_vector

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "d.gpkg"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("d", srs, ogr.wkbPolygon)
    for name, ftype in (("day", ogr.OFTDate), ("label", ogr.OFTString), ("n", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, ftype))
    for i, wkt in enumerate(["POLYGON ((0 0, 1 0, 1 1, 0 0))", None]):
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetField("day", 2024, 2, 29 - i, 0, 0, 0, 0)
        feature.SetField("label", f"f{i}")
        feature.SetField("n", i)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feature)
    ds = None
    vec = read_vector(str(tmp_path / "d.gpkg"), fields=["DAY", "label"])
    assert vec.fields == ["day", "label"] and len(vec) == 1
    assert vec.attributes == [{"day": datetime.date(2024, 2, 29), "label": "f0"}]
    both = read_vector(str(tmp_path / "d.gpkg"), drop_null=False)
    assert len(both) == 2 and both.geometries[1] is None and both.attributes[1]["n"] == 1


# --- lazy pieces, bbox-filtered reads ------------------------------------------------------------
def _big_source(tmp_path, n=3):
    rows = []
    for k in range(n):
        angles = np.linspace(0, 2 * np.pi, 3000, endpoint=False)
        radius = 0.05 * (1 + 0.2 * np.sin((5 + k) * angles) + 0.05 * np.sin(61 * angles))
        cx = -60 + 0.07 * k
        rows.append(wdpa_row(10 + k, f"Big {k}", shapely.Polygon(np.column_stack([cx + radius * np.cos(angles), -3 + radius * np.sin(angles)]))))
    return DataSource(write_gpkg(tmp_path / "bigs.gpkg", rows))


def _plots(seed=5, n=400):
    rng = np.random.default_rng(seed)
    centres = rng.uniform((-60.08, -3.08), (-59.78, -2.92), size=(n, 2))
    half = rng.uniform(0.001, 0.006, size=n)
    plots = [shapely.box(x - h, y - h, x + h, y + h) for (x, y), h in zip(centres, half)]
    plots[::7] = [shapely.Point(x, y) for x, y in centres[::7]]
    areas = [geod_ha(p) if p.geom_type != "Point" else 2.0 for p in plots]
    return plots, areas


def test_lazy_pieces_are_the_subdivision(tmp_path):
    from vantage_plugin.core.engine.overlaps import subdivide

    index = OverlapIndex(_big_source(tmp_path), "pa", max_vertices=64)
    plots, areas = _plots()
    index.overlaps(plots, areas)
    some = len(index.pieces)
    index.subdivide_all()
    eager, parent = subdivide(index.parents, max_vertices=64)
    assert 0 < some < len(eager) == len(index.pieces)  # only part was cut for the plots
    key = lambda g, p: (int(p), round(float(shapely.area(g)), 3), tuple(np.round(shapely.bounds(g), 3)))  # noqa: E731
    assert sorted(map(key, eager, parent)) == sorted(map(key, index.pieces, index.piece_parent))


def test_results_do_not_depend_on_bbox_order_or_batches(tmp_path):
    src = _big_source(tmp_path)
    plots, areas = _plots()
    whole = OverlapIndex(src, "pa", max_vertices=64).overlaps(plots, areas)
    near = OverlapIndex.for_plots(src, "pa", plots, max_vertices=64)
    batched = near.overlaps(plots[200:], areas[200:])
    batched = near.overlaps(plots[:200], areas[:200]) + batched
    assert batched == whole
    assert sum(b[PA_SUMMARY][analysis.PA_OVERLAP] for b in whole) > 100
    # against the independent overlay
    union = shapely.union_all(OverlapIndex(src, "pa").area_geometries)
    for plot, block in list(zip(plots, whole))[1::9]:
        if plot.geom_type == "Point":
            continue
        assert block[PA_SUMMARY][analysis.TOTAL_OVERLAP_AREA_HA] == pytest.approx(geod_ha(plot.intersection(union)), rel=1e-4, abs=1e-4)


def test_pieces_are_never_read_while_another_thread_cuts(tmp_path, monkeypatch):
    """``pieces`` / ``describe()`` (the run's log) read the cut pieces under the index lock: a thread
    cutting (``expand``) and one reading are never inside at once. Each call is held open
    (:class:`HeldOpen`), so that, unguarded, the two would overlap."""
    from tests.fixtures.held_open import HeldOpen, together
    from vantage_plugin.core.engine import subdivision

    angles = np.linspace(0, 2 * np.pi, 2000, endpoint=False)
    big = shapely.Polygon(np.column_stack([-60 + 0.05 * np.cos(angles), -3 + 0.05 * np.sin(angles)]))
    src = DataSource(write_gpkg(tmp_path / "big.gpkg", [wdpa_row(7, "Big", big)]))
    index = OverlapIndex(src, "pa", max_vertices=64)
    plots = [shapely.box(-60.05 + 0.01 * k, -3.0, -60.045 + 0.01 * k, -2.995) for k in range(10)]
    areas = [geod_ha(p) for p in plots]
    held = HeldOpen()
    for name in ("expand", "pieces"):
        monkeypatch.setattr(subdivision.LazyPieces, name, held.wrap(getattr(subdivision.LazyPieces, name)))
    _, described = together(lambda: index.overlaps(plots, areas), index.describe)
    assert held.most == 1
    assert described["pieces"] >= 0
    assert len(index.pieces) == len(index.piece_parent) > 1  # the plots had the big area cut
