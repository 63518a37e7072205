"""core/api/models.py: the API's answers read tolerantly, requests checked before sending."""

from __future__ import annotations

import pytest

from vantage_plugin.core.api.models import Job, LoginResult, MakeJobRequest, PageMeta, TokenBalance


def test_models_are_tolerant():
    assert LoginResult.from_dict({"access_token": "abc"}).token == "abc"
    with pytest.raises(ValueError):
        LoginResult.from_dict({})
    b = TokenBalance.from_dict({"Token balance": 100, "Reserved Tokens": 22, "Free Tokens": 78})
    assert (b.token_balance, b.reserved_tokens, b.free_tokens) == (100, 22, 78)
    assert TokenBalance.from_dict('{"token_balance": 5, "reserved_tokens": 2}').free_tokens == 3
    job = Job.from_dict({"job_id": "j", "status": "done-with-errors", "plots": [{"no": "id"}], "extra": 1})
    assert job.terminal and job.plots == [] and job.raw["extra"] == 1
    assert not Job.from_dict({"job_id": "j", "status": "incomplete"}).terminal
    assert PageMeta.from_dict({"next_cursor": None, "has_more": False}).has_more is False
    with pytest.raises(ValueError):
        MakeJobRequest(plot_ids=[]).to_body()
