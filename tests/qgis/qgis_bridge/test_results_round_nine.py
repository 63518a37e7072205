"""The Analysis JSON written as ASCII heads bound to ``? || '<tail>'`` (round nine: ``analysis.TailedTexts``,
the version's en dash in the tail) gives the layer the round-eight bulk path gives (the JSON bound as whole
texts: ``result_columns`` without ``json_tail``, kept as the reference) and the row-by-row path gives:
every value and its SQLite type, blob, feature id, the R-tree, extent, count, triggers and style; in chunks
written in file order and in chunks out of order (side tables), with tails holding quotes, ``?``, ``%``,
backslashes and characters outside the BMP, beside chunks whose JSON has no such tail (written whole)."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsWkbTypes

from tests.fixtures.bulk_write import LAYER, assert_same_layer, dump_layer, result_chunk, source_fields
from tests.qgis.qgis_bridge.test_side_tables import _shuffled_chunks
from vantage_plugin.core import analysis
from vantage_plugin.qgis_bridge import operations, results, writing

VERSIONS = ["engine 0.1; loss=y.tif, years 2001–2023 (file name)", "it's ? %s %(x)d \\ \" – 東京 🌳", "ascii only"]


def _ascii_names(value):
    """``value`` with the fixture's non-ASCII protected-area name made ASCII (so the JSON's only
    non-ASCII characters are in the version, its last key)."""
    if isinstance(value, dict):
        return {key: _ascii_names(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_ascii_names(item) for item in value]
    return "Parque N" if value == "Parque – Ñ" else value


def _versioned(chunks, version_of):
    """The chunks with each Analysis's names made ASCII and its version ``version_of(chunk number)``
    (``None``: a non-ASCII risk reason in each instead)."""
    out = []
    for at, (plots, outcomes) in enumerate(chunks):
        version = version_of(at)
        for outcome in outcomes:
            if outcome.analysis and version is not None:
                outcome.analysis = {**_ascii_names(outcome.analysis), analysis.VERSION: version}
            elif outcome.analysis:  # non-ASCII before the end: the texts are bound whole
                outcome.analysis = {**outcome.analysis, analysis.RISK_REASON: f"Élevé {outcome.plot_index}"}
        out.append((plots, outcomes))
    return out


def _chunks() -> list:
    """Chunks in file order: loss years added later, a refused row (row by row), dates, non-ASCII reasons."""
    chunks = [result_chunk(0, 40, [2021, 2022]), result_chunk(40, 30, [2019, 2021, 2023]),
              result_chunk(70, 25, [2021], refused=True), result_chunk(95, 20, [2022], dates=True),
              result_chunk(115, 30, [2020, 2022]), result_chunk(145, 12, [2022])]
    return _versioned(chunks, lambda at: None if at == 5 else VERSIONS[at % len(VERSIONS)])


def _write(path, chunks, mode: str, monkeypatch, positioned: bool = False) -> tuple[writing.WriteOutcome, list]:
    """The layer of ``chunks``: ``mode`` "new" (this round), "round8" (the JSON bound whole), "rows" (row by
    row); returns the outcome and, per chunk given to ``add_columns``, the type of its JSON column."""
    seen: list = []
    original_add = writing.StreamedLayer.add_columns
    original_columns = analysis.result_columns

    def spy(self, columns, shapes, wrap=None):
        at = [field.name() for field in self.fields].index("analysis_json")
        seen.append(type(columns[at]))
        return original_add(self, columns, shapes, wrap) if mode != "rows" else False

    with monkeypatch.context() as patch:
        patch.setattr(writing.StreamedLayer, "add_columns", spy)
        if mode == "round8":
            patch.setattr(analysis, "result_columns", lambda results, years, json_tail=False:
                          original_columns(results, years))
        kind = operations._PositionedStream if positioned else results.ResultStream
        stream = kind(str(path), LAYER, source_fields(), QgsWkbTypes.MultiPolygon)
        for plots, outcomes in chunks:
            stream.add(plots, outcomes)
        return stream.finish(), seen


def test_tailed_json_gives_the_round_eight_and_the_row_by_row_layer(tmp_path, monkeypatch):
    chunks = _chunks()
    new, seen = _write(tmp_path / "new.gpkg", chunks, "new", monkeypatch)
    old, seen_old = _write(tmp_path / "old.gpkg", chunks, "round8", monkeypatch)
    rows, _ = _write(tmp_path / "rows.gpkg", chunks, "rows", monkeypatch)
    # tails where the JSON's non-ASCII is in the version only; whole texts for ASCII and the fixture's JSON
    tailed = analysis.TailedTexts
    assert seen == [tailed, tailed, list, tailed, tailed, list]
    assert analysis.TailedTexts not in seen_old
    assert new.written == old.written == rows.written == sum(len(plots) for plots, _ in chunks) - 1
    assert new.skipped == old.skipped == rows.skipped
    a = dump_layer(tmp_path / "new.gpkg")
    assert_same_layer(a, dump_layer(tmp_path / "old.gpkg"))
    assert_same_layer(a, dump_layer(tmp_path / "rows.gpkg"))
    at = [name for name, _ in a["columns"]].index("analysis_json")
    texts = [row[2 * at] for row in a["rows"] if row[2 * at] is not None]
    assert {row[2 * at + 1] for row in a["rows"] if row[2 * at] is not None} == {"text"}
    for version in VERSIONS:  # every tail reached the file, as JSON text
        assert sum(text.endswith(f'"version": {json.dumps(version, ensure_ascii=False)}}}') for text in texts) > 5


@pytest.mark.parametrize("version", VERSIONS[:2])
def test_tailed_json_in_side_tables_gives_the_round_eight_layer(tmp_path, monkeypatch, version):
    chunks = _versioned(_shuffled_chunks(120, 20, seed=3), lambda at: version)
    new, seen = _write(tmp_path / "new.gpkg", chunks, "new", monkeypatch, positioned=True)
    old, _ = _write(tmp_path / "old.gpkg", chunks, "round8", monkeypatch, positioned=True)
    assert seen == [analysis.TailedTexts] * len(chunks)
    assert new.written == old.written == 120
    assert_same_layer(dump_layer(tmp_path / "new.gpkg"), dump_layer(tmp_path / "old.gpkg"))
