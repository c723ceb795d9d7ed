"""Script-file golden tests: every `cases/*.painless` file is one test.

The header is `// key: value` lines before the script:
  ctx: {...}          input document (JSON; whole numbers are Integer or Long by range, decimals Double)
  params: {...}       script params (JSON)
  condition: true     run as an `if` condition instead of a script processor
  result: true|false  expected condition result
  expect: {...}       expected document afterwards (JSON, compared as values)
  types: {...}        expected Java class of top-level fields ({"n": "java.lang.Long"})
  error: {...}        expected error: a subset of the script_exception body (nested dicts compared by subset)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import compile_script
from s1elastic.ingest.painless.runtime import class_name

CASES = sorted((Path(__file__).parent / "cases").glob("*.painless"))


def _java_json(value: Any) -> Any:
    """JSON as Elasticsearch parses it: ints beyond Integer range are Longs."""
    if isinstance(value, dict):
        return {k: _java_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_java_json(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**31) <= value < 2**31:
        return JLong(value)
    return value


def _parse(path: Path) -> tuple[dict[str, Any], str]:
    header: dict[str, Any] = {}
    lines = path.read_text().splitlines()
    i = 0
    while i < len(lines) and lines[i].startswith("//"):
        key, _, value = lines[i][2:].strip().partition(":")
        header[key.strip()] = json.loads(value)
        i += 1
    return header, "\n".join(lines[i:]).strip("\n")


def _subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and _subset(v, actual[k]) for k, v in expected.items()
        )
    return bool(expected == actual)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    header, source = _parse(path)
    ctx = _java_json(header.get("ctx", {}))
    params = _java_json(header.get("params", {}))
    try:
        script = compile_script(source, params=params, condition=bool(header.get("condition")))
        result = script.evaluate_condition(ctx) if header.get("condition") else script.execute(ctx)
    except ScriptException as exc:
        assert "error" in header, f"unexpected error: {json.dumps(exc.to_xcontent())}"
        body = exc.to_xcontent()
        assert _subset(header["error"], body), json.dumps(body, indent=1)
        return
    assert "error" not in header, f"expected an error, got {ctx!r}"
    if "result" in header:
        assert result is header["result"]
    if "expect" in header:
        assert _plain(ctx) == header["expect"]
    for key, java_class in header.get("types", {}).items():
        assert class_name(ctx[key]) == java_class, key


def test_cases_exist() -> None:
    assert len(CASES) >= 20
