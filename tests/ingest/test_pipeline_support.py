"""Helpers for the engine tests: a stand-in script language and three tiny test-only processors.

The engine's semantics (handlers, conditionals, nesting, verbose tracking) do not depend on what a
processor or a condition computes, so these tests use:

- `fake_painless`: conditions and scripts are Python expressions/statements over `ctx` (the
  document map), `params`, and two helpers that raise what Painless raises: `npe(msg)` (a runtime
  `script_exception` caused by a NullPointerException) and `iae(msg)`. A source containing
  `syntax error` fails to compile with a `script_exception` (`compile error`).
- processors `t_set` (`field`, `value`), `t_snapshot_ingest` (copies `_ingest` minus the timestamp
  to `field`) and `t_fail` (raises IllegalArgumentException(`message`)).
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

import pytest

from s1elastic.ingest import painless
from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException, ScriptException
from s1elastic.ingest.processors.base import LoadContext, Processor, register


def _npe(message: str) -> None:
    raise ScriptException(
        "runtime error",
        cause=NullPointerException(message),
        script_stack=["fake"],
        script="fake",
        lang="painless",
        position={"offset": 0, "start": 0, "end": 1},
    )


def _iae(message: str) -> None:
    raise IllegalArgumentException(message)


class FakeScript:
    def __init__(self, source: str, params: dict[str, Any] | None, condition: bool) -> None:
        if "syntax error" in source:
            raise ScriptException(
                "compile error",
                cause=IllegalArgumentException("unexpected token"),
                script_stack=[source, "^---- HERE"],
                script=source,
                lang="painless",
                position={"offset": 0, "start": 0, "end": len(source)},
            )
        self.source = source
        self.params = params or {}
        self.code = compile(source, "<fake>", "eval" if condition else "exec")

    def _globals(self, ctx: dict[str, Any]) -> dict[str, Any]:
        return {"ctx": ctx, "params": self.params, "npe": _npe, "iae": _iae}

    def evaluate_condition(self, ctx: dict[str, Any]) -> bool:
        return bool(eval(self.code, self._globals(ctx)))

    def execute(self, ctx: dict[str, Any]) -> Any:
        exec(self.code, self._globals(ctx))


def fake_compile(source: str, *, params: dict[str, Any] | None = None, condition: bool = False) -> FakeScript:
    return FakeScript(source, params, condition)


@pytest.fixture
def fake_painless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(painless, "compile_script", fake_compile, raising=False)


@register
class _TestSet(Processor):
    type_name: ClassVar[str] = "t_set"

    def __init__(self, field: str, value: Any) -> None:
        super().__init__()
        self.path = FieldPath.of(field)
        self.value = value

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        value = cfg.object("value")
        cfg.finish()
        return cls(field, value)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        doc.set(self.path, copy.deepcopy(self.value))
        return doc


@register
class _TestSnapshotIngest(Processor):
    type_name: ClassVar[str] = "t_snapshot_ingest"

    def __init__(self, field: str) -> None:
        super().__init__()
        self.path = FieldPath.of(field)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        cfg.finish()
        return cls(field)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        seen = {k: deep_copy(v) for k, v in doc.ingest.items() if k != "timestamp"}
        doc.set(self.path, seen)
        return doc


@register
class _TestFail(Processor):
    type_name: ClassVar[str] = "t_fail"

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        message = cfg.string("message", "boom")
        cfg.finish()
        return cls(message)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raise IllegalArgumentException(self.message)


def source_of(doc: IngestDocument | None) -> dict[str, Any] | None:
    """The `_source` part of a run's result (metadata keys removed)."""
    return None if doc is None else doc.source_fields()
