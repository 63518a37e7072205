"""core.service: validate, then check: once, whatever the engine."""

from __future__ import annotations

from shapely.geometry import Polygon

from vantage_plugin.core import service, validation
from vantage_plugin.core.api import workflow
from vantage_plugin.core.plots import Plot
from vantage_plugin.core.runs import Run


def _plots(n: int) -> list[Plot]:
    return [Plot(i, Polygon([(10 + i, 1), (10.01 + i, 1), (10.01 + i, 1.01), (10 + i, 1.01)]), user_id=f"P{i}")
            for i in range(n)]


def test_the_api_path_validates_once(monkeypatch):
    calls = []
    real = validation.validate
    monkeypatch.setattr(validation, "validate", lambda *a, **k: calls.append(1) or real(*a, **k))
    seen = {}

    def fake_run(valid, client, options, feedback, confirm):
        seen["validate"] = options.validate
        if options.validate:
            validation.validate(valid)
        return [], Run(engine="api", step_names=("validate",))

    monkeypatch.setattr(workflow, "run_api_check", fake_run)
    service.check_plots(_plots(2), "api", api_client=object(), api_options=workflow.ApiOptions())
    assert seen == {"validate": False} and len(calls) == 1


def test_defaults_fill_only_missing_values():
    plots = [Plot(0, None, commodity=" ", harvest_date="2024-01-01"), Plot(1, None, commodity="soy")]
    filled = service.apply_defaults(plots, "coffee", "2023-05-05")
    assert [(p.commodity, p.harvest_date) for p in filled] == [("coffee", "2024-01-01"), ("soy", "2023-05-05")]
    assert plots[0].commodity == " "  # the input is never changed


def test_defaults_copy_like_dataclasses_replace():
    import dataclasses

    import shapely

    from vantage_plugin.core.plots import Plot
    from vantage_plugin.core.service import apply_defaults

    plots = [Plot(0, shapely.Point(1, 2), user_id="a", attributes={"k": 1}), Plot(1, None, commodity="cocoa"),
             Plot(2, None, commodity=" ", harvest_date="2024-01-01"), Plot(3, None, commodity="soya", harvest_date="2023-01-01")]
    before = [dataclasses.replace(p) for p in plots]
    out = apply_defaults(plots, "coffee", "2025-02-03")
    assert plots == before  # the input is never changed
    expected = [dataclasses.replace(plots[0], commodity="coffee", harvest_date="2025-02-03"),
                dataclasses.replace(plots[1], harvest_date="2025-02-03"),
                dataclasses.replace(plots[2], commodity="coffee"), plots[3]]
    assert out == expected and all(type(p) is Plot for p in out)
    assert out[3] is plots[3] and out[0] is not plots[0] and out[0].attributes is plots[0].attributes
