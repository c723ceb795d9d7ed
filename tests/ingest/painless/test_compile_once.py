"""Compile once, run many: running a compiled script never parses or compiles again."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.painless import compile_script, parser


def test_running_does_not_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    cond = compile_script("ctx.a?.b != null && ctx.n > 1", condition=True)
    script = compile_script("ctx.n = (ctx.n ?: 0) + 1; ctx.tags.removeIf(t -> t == 'x')")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed while running")

    monkeypatch.setattr(parser, "parse", refuse)
    monkeypatch.setattr(parser, "_lark", refuse)
    doc: dict[str, Any] = {"a": {"b": 1}, "tags": ["x", "y"]}
    for _ in range(3):
        script.execute(doc)
    assert doc == {"a": {"b": 1}, "tags": ["y"], "n": 3}
    assert cond.evaluate_condition(doc) is True


def test_compiled_script_is_reusable_across_documents() -> None:
    script = compile_script("def total = 0; for (def v : ctx.values) { total += v } ctx.total = total")
    docs = [{"values": [1, 2]}, {"values": []}, {"values": [5]}]
    for doc in docs:
        script.execute(doc)
    assert [d["total"] for d in docs] == [3, 0, 5]


def test_error_then_success_on_the_same_script() -> None:
    script = compile_script("ctx.r = ctx.a.b", condition=False)
    with pytest.raises(Exception):  # noqa: B017 - any ScriptException; the text is tested elsewhere
        script.execute({})
    doc: dict[str, Any] = {"a": {"b": 2}}
    script.execute(doc)
    assert doc["r"] == 2
