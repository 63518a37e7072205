"""Checks requests (and responses) against the project's OpenAPI description of Vantage 3.0.1.

``Contract().check_request(method, path, query, headers, body)`` returns a list of violations (empty
when the request is exactly what the description allows): unknown operation, unknown or badly typed
query parameters, missing or malformed headers, body not matching the schema, unclosed rings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qs

from jsonschema import Draft202012Validator, FormatChecker, RefResolver

SPEC_PATH = Path(__file__).with_name("openapi-vantage-3.0.1.json")


class Contract:
    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.spec = json.loads(Path(path).read_text(encoding="utf-8"))
        self.resolver = RefResolver.from_schema(self.spec)
        self._routes = []
        for template, item in self.spec["paths"].items():
            pattern = "^" + re.sub(r"\{([^}]+)\}", r"(?P<\1>[^/]+)", template) + "$"
            for method, op in item.items():
                self._routes.append((method.upper(), re.compile(pattern), template, op))

    def _deref(self, node: dict) -> dict:
        while isinstance(node, dict) and "$ref" in node:
            _, node = self.resolver.resolve(node["$ref"])
        return node

    def _validate(self, schema: dict, value: Any) -> list[str]:
        validator = Draft202012Validator(schema, resolver=self.resolver, format_checker=FormatChecker())
        return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))]

    def operation(self, method: str, path: str):
        for m, pattern, template, op in self._routes:
            match = pattern.match(path)
            if m == method.upper() and match:
                return template, op, match.groupdict()
        return None

    def check_request(self, method: str, path: str, query: str | dict, headers: dict,
                      body: Optional[bytes]) -> list[str]:
        found = self.operation(method, path)
        if found is None:
            return [f"{method} {path}: no such operation in Vantage 3.0.1"]
        template, op, path_params = found
        where = f"{method} {template}"
        problems: list[str] = []
        params = [self._deref(p) for p in op.get("parameters", [])]
        qs = parse_qs(query, keep_blank_values=True) if isinstance(query, str) else {k: list(v) if isinstance(v, list) else [v] for k, v in query.items()}
        headers = {k.lower(): v for k, v in headers.items()}
        known_query = {p["name"] for p in params if p["in"] == "query"}
        for name in qs:
            if name not in known_query:
                problems.append(f"{where}: unknown query parameter {name!r}")
        for p in params:
            name, place, schema = p["name"], p["in"], self._deref(p.get("schema", {}))
            if place == "query":
                values = qs.get(name)
                if values is None:
                    if p.get("required"):
                        problems.append(f"{where}: missing query parameter {name!r}")
                    continue
                if len(values) > 1:
                    problems.append(f"{where}: query parameter {name!r} repeated")
                raw = values[0]
            elif place == "header":
                raw = headers.get(name.lower())
                if raw is None:
                    if p.get("required"):
                        problems.append(f"{where}: missing header {name!r}")
                    continue
            elif place == "path":
                raw = path_params.get(name)
            else:
                continue
            value, error = _coerce(raw, schema)
            if error:
                problems.append(f"{where}: {place} {name!r}={raw!r}: {error}")
                continue
            problems += [f"{where}: {place} {name!r}: {e}" for e in self._validate(schema, value)]
        request_body = op.get("requestBody")
        if body:
            if request_body is None:
                problems.append(f"{where}: a body was sent but the operation takes none")
            elif "application/json" not in (headers.get("content-type") or ""):
                problems.append(f"{where}: body sent without Content-Type: application/json")
            try:
                data = json.loads(body.decode("utf-8"))
            except ValueError as error:
                return problems + [f"{where}: body is not JSON ({error})"]
            if request_body is not None:
                schema = request_body["content"]["application/json"]["schema"]
                problems += [f"{where}: body {e}" for e in self._validate(schema, data)]
                problems += [f"{where}: {e}" for e in _ring_problems(data)]
        elif request_body is not None and request_body.get("required"):
            problems.append(f"{where}: missing required body")
        return problems

    def check_response(self, method: str, path: str, status: int, data: Any) -> list[str]:
        found = self.operation(method, path)
        if found is None:
            return []
        template, op, _ = found
        response = op.get("responses", {}).get(str(status))
        if not response or "content" not in response:
            return []
        schema = response["content"]["application/json"]["schema"]
        return [f"response {method} {template} {status}: {e}" for e in self._validate(schema, data)]


def _coerce(raw: Optional[str], schema: dict):
    kind = schema.get("type")
    if raw is None:
        return None, "missing"
    if kind == "integer":
        if not re.fullmatch(r"-?[0-9]+", raw):
            return None, "not an integer"
        return int(raw), None
    if kind == "boolean":
        if raw not in ("true", "false"):
            return None, "not a boolean (true/false)"
        return raw == "true", None
    return raw, None


def _ring_problems(data: Any) -> list[str]:
    problems = []
    geojson = data.get("geojson") if isinstance(data, dict) else None
    for n, feature in enumerate((geojson or {}).get("features") or []):
        geometry = (feature or {}).get("geometry") or {}
        if geometry.get("type") == "Polygon":
            for r, ring in enumerate(geometry.get("coordinates") or []):
                if ring and ring[0] != ring[-1]:
                    problems.append(f"feature {n} ring {r} is not closed")
    return problems
