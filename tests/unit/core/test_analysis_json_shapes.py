"""analysis_json_texts on objects that have as many keys as each other but not the same keys (at the
top and nested), or that lack a key of the first only at the end: the text is ``json.dumps``'s."""

from __future__ import annotations

import json
import random

from vantage_plugin.core import analysis


def _reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def test_objects_of_equal_size_and_other_keys():
    rng = random.Random(11)
    keys = ["a", "b", "c", "d"]
    for _ in range(200):
        size = rng.randint(2, 40)
        values = []
        for k in range(size):
            chosen = rng.sample(keys, 2) if rng.random() < 0.3 else ["a", "b"]
            inner = {key: rng.choice([1, 1.5, None, "x", {"y": k}, {"z": k}]) for key in chosen}
            values.append({key: (inner if key == "b" else rng.random()) for key in chosen})
        assert analysis.analysis_json_texts(values) == [_reference(value) for value in values]


def test_only_the_last_object_differs():
    values = [{"a": k, "b": {"c": k, "d": None}} for k in range(30)]
    values.append({"a": 1, "e": {"c": 1, "d": None}})
    values.append({"a": 2, "b": {"c": 1, "f": None}})
    assert analysis.analysis_json_texts(values) == [_reference(value) for value in values]
