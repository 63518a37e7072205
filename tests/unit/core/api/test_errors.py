"""core/api/errors.py: secrets never reach a message (tokens, passwords, registered secrets)."""

from __future__ import annotations

from tests.fake_vantage.testing import jwt
from vantage_plugin.core.api import errors as E


def test_redact_removes_tokens_passwords_and_registered_secrets():
    token = jwt({"exp": 1, "sub": "x"})
    E.register_secret("hunter2-secret")
    text = (f'{{"token": "{token}", "password": "p@ss word", "msg": "Bearer {token} failed"}} '
            "Authorization: Basic ZGVtbzpkZW1v and hunter2-secret")
    out = E.redact(text)
    assert token not in out and "hunter2-secret" not in out and "ZGVtbzpkZW1v" not in out
    assert '"password": "***' in out and "Bearer ***" in out
    error = E.BadRequestError(body=text, server_message=f"echo {token}")
    assert token not in str(error) and token not in error.support_text()
