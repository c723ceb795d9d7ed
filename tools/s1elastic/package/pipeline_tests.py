"""`s1elastic test pipeline`: the golden tests of every data stream, as elastic-package runs them.

For each `_dev/test/pipeline/test-<case>.json` (`{"events": [...]}`) or `.log` (one event per line,
or per `multiline.first_line_pattern` block, as `{"message": line}`), every event goes through the
stream's `default.yml` in the local engine (index `logs-<package>.<stream>-default`). The results
(`_source` of each document, `null` for a dropped one) are compared with
`test-<case>.json-expected.json` after deleting the `dynamic_fields` from both sides; the actual
values of dynamic fields must match their regular expressions. Then every document is checked: an
`error.message` fails the case, otherwise the fields validator runs (expected dataset, test IPs,
`numeric_keyword_fields`, `string_number_fields`). `--generate` writes the expected files first.

Configuration comes from `test-common-config.yml`, then `test-<case>.json-config.yml` (elastic-package's
names), merged as elastic-package merges them: go-ucfg's `Merge` without options (see `read_config`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deepdiff import DeepDiff

from s1elastic.fields.ecs import EcsSchema
from s1elastic.fields.gofmt import go_float, go_v
from s1elastic.fields.model import load_fields_dir
from s1elastic.fields.validator import ABSENT, Schema, Validator, ValidatorOptions, get_path
from s1elastic.package.engine import DocumentError, Engine, LoadedPipeline, PipelineLoadError
from s1elastic.package.layout import DataStream, FileReadError, Package, read_json, read_yaml
from s1elastic.package.rules import TEST_CASE, TEST_COMMON_CONFIG

EXPECTED_SUFFIX = "-expected.json"
CONFIG_SUFFIX = "-config.yml"


@dataclass
class CaseConfig:
    """A pipeline test case's configuration (package-spec config_json / config_raw)."""

    skip: dict[str, Any] | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    dynamic_fields: dict[str, str] = field(default_factory=dict)
    numeric_keyword_fields: tuple[str, ...] = ()
    string_number_fields: tuple[str, ...] = ()
    first_line_pattern: str | None = None


@dataclass
class CaseResult:
    """One test case's outcome: pass, fail (wrong output or invalid documents), skip or error."""

    data_stream: str
    name: str
    status: str
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("pass", "skip")


class CaseError(Exception):
    """The case cannot run (bad input file, bad config)."""


# elastic-package (internal/testrunner/runners/pipeline/testconfig.go, readConfigForTestCase) loads
# both files with go-ucfg's yaml.NewConfigWithFile and calls cfg.Merge(caseCfg) with no options:
# no PathSep (dotted keys stay literal), default value handling (objects merged key by key, arrays
# merged index by index), then Unpack into its testConfig struct. The model below follows go-ucfg's
# merge.go (mergeConfig/mergeValues/mergeConfigMergeArr), types.go (cfgNil.toConfig, cfgSub.reify)
# and reify.go (reifyMap, reifyPrimitive, castArr).

_MISSING = object()


@dataclass
class _Node:
    """A go-ucfg sub-config: named entries and an indexed part (None: it never had one)."""

    named: dict[str, Any]
    indexed: list[Any] | None = None


def _normalize(value: Any, where: str) -> Any:
    """YAML data as go-ucfg holds it: objects and lists become nodes, null and scalars stay."""
    if isinstance(value, dict):
        named: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise CaseError(f"{where}: key {key!r} is not a string")
            named[key] = _normalize(item, where)
        return _Node(named)
    if isinstance(value, list):
        return _Node({}, [_normalize(item, where) for item in value])
    return value


def _as_node(value: Any) -> _Node | None:
    """toConfig: a node is itself, null is a new empty node, a scalar is no node."""
    if isinstance(value, _Node):
        return value
    return _Node({}) if value is None else None


def _merge_value(old: Any, new: Any) -> Any:
    """mergeValues: two nodes (null counts as an empty one) merge, otherwise the new value wins.

    So a null over an object or a list keeps it, while a null over a scalar replaces it.
    """
    if old is _MISSING:
        return new
    old_node, new_node = _as_node(old), _as_node(new)
    if old_node is None or new_node is None:
        return new
    _merge_node(old_node, new_node)
    return old_node


def _merge_node(into: _Node, other: _Node) -> None:
    """mergeConfig: named entries key by key, then indexed entries index by index, extras appended."""
    for key, value in other.named.items():
        into.named[key] = _merge_value(into.named.get(key, _MISSING), value)
    if other.indexed:  # an empty list changes nothing, not even a missing indexed part
        merged = into.indexed if into.indexed is not None else []
        for i, value in enumerate(other.indexed):
            if i < len(merged):
                merged[i] = _merge_value(merged[i], value)
            else:
                merged.append(value)
        into.indexed = merged


def _reify(value: Any) -> Any:
    """cfgSub.reify, what Unpack stores in an interface{}: an empty object is null, an empty list []."""
    if not isinstance(value, _Node):
        return value
    named, indexed = value.named, value.indexed
    if not named and not indexed:
        return [] if indexed is not None else None
    if not indexed:
        return {key: _reify(item) for key, item in named.items()}
    if not named:
        return [_reify(item) for item in indexed]
    mixed = {key: _reify(item) for key, item in named.items()}
    mixed.update({str(i): _reify(item) for i, item in enumerate(indexed)})
    return mixed


def _object(value: Any, where: str) -> _Node | None:
    """An object setting: absent or null is None, a scalar is an error (go-ucfg: expected object)."""
    if value is _MISSING or value is None:
        return None
    node = _as_node(value)
    if node is None:
        raise CaseError(f"{where}: expected an object")
    return node


def _string(value: Any, where: str) -> str:
    """A string setting: null unpacks as "" (the zero value), other scalars as go-ucfg prints them."""
    if value is None:
        return ""
    if isinstance(value, _Node):
        raise CaseError(f"{where}: expected a string")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return go_float(value)
    return str(value)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    """A []string setting (castArr): a node's indexed part, or a scalar as a one-element list."""
    if value is _MISSING or value is None:
        return ()
    items = (value.indexed or []) if isinstance(value, _Node) else [value]
    return tuple(_string(item, where) for item in items)


def _unpack(top: dict[str, Any]) -> CaseConfig:
    """Unpack into elastic-package's testConfig."""
    fields = _object(top.get("fields", _MISSING), "fields")
    dynamic = _object(top.get("dynamic_fields", _MISSING), "dynamic_fields")
    multiline = _object(top.get("multiline", _MISSING), "multiline")
    skip = _object(top.get("skip", _MISSING), "skip")
    pattern = multiline.named.get("first_line_pattern") if multiline else None
    return CaseConfig(
        skip={key: _reify(item) for key, item in skip.named.items()} if skip else None,
        # reifyMap into map[string]interface{}: an entry that unpacks to nil is not set at all
        fields={
            key: reified
            for key, item in (fields.named.items() if fields else ())
            if (reified := _reify(item)) is not None
        },
        dynamic_fields={
            key: _string(item, f"dynamic_fields.{key}")
            for key, item in (dynamic.named.items() if dynamic else ())
        },
        numeric_keyword_fields=_strings(
            top.get("numeric_keyword_fields", _MISSING), "numeric_keyword_fields"
        ),
        string_number_fields=_strings(top.get("string_number_fields", _MISSING), "string_number_fields"),
        first_line_pattern=_string(pattern, "multiline.first_line_pattern") or None,
    )


def read_config(case: Path) -> CaseConfig:
    """The case's configuration: test-common-config.yml with the case's -config.yml merged into it."""
    merged: _Node | None = None
    for path in (case.parent / TEST_COMMON_CONFIG, case.parent / f"{case.name}{CONFIG_SUFFIX}"):
        if not path.exists():
            continue
        try:
            data = read_yaml(path)
        except FileReadError as exc:
            raise CaseError(f"{path.name}: {exc}") from exc
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise CaseError(f"{path.name}: expected a mapping")
        node = _normalize(data, path.name)
        if merged is None:
            merged = node
        else:
            _merge_node(merged, node)
    return _unpack(merged.named if merged else {})


def raw_entries(text: str, first_line_pattern: str | None) -> list[str]:
    """Lines of a .log test file; with a first-line pattern, multi-line blocks joined by newlines."""
    if not first_line_pattern:
        return text.splitlines()
    entries: list[str] = []
    block: list[str] = []
    pattern = re.compile(first_line_pattern)
    for line in text.splitlines():
        if pattern.search(line) and block:
            entries.append("\n".join(block))
            block = []
        block.append(line)
    if block:
        entries.append("\n".join(block))
    return entries


def put_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """MapStr.Put: set a dotted path, creating objects on the way."""
    head, _, rest = path.partition(".")
    if not rest:
        doc[head] = value
        return
    child = doc.get(head)
    if not isinstance(child, dict):
        child = doc[head] = {}
    put_path(child, rest, value)


def delete_path(doc: dict[str, Any], path: str) -> None:
    """MapStr.Delete: remove a dotted key (a literal dotted key first, then nested objects)."""
    if path in doc:
        del doc[path]
        return
    head, dot, rest = path.partition(".")
    while dot:
        child = doc.get(head)
        if isinstance(child, dict):
            delete_path(child, rest)
        more, dot, rest = rest.partition(".")
        head = f"{head}.{more}"


def read_events(case: Path, config: CaseConfig) -> list[dict[str, Any]]:
    if case.suffix == ".log":
        events: list[Any] = [
            {"message": line}
            for line in raw_entries(case.read_text(encoding="utf-8"), config.first_line_pattern)
        ]
    else:
        try:
            data = read_json(case)
        except FileReadError as exc:
            raise CaseError(str(exc)) from exc
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise CaseError('expected {"events": [...]}')
        events = data["events"]
    out = []
    for event in events:
        if not isinstance(event, dict):
            raise CaseError("every event must be an object")
        event = json.loads(json.dumps(event))
        for key, value in config.fields.items():
            # each event gets its own copy: elastic-package sends every event as its own JSON, and
            # the engine changes nested values in place (an `append` to a configured `tags` list
            # must not show up in the next event)
            put_path(event, key, json.loads(json.dumps(value)))
        out.append(event)
    return out


def strip_dynamic(docs: list[Any], config: CaseConfig) -> list[Any]:
    out = []
    for doc in docs:
        if isinstance(doc, dict):
            doc = json.loads(json.dumps(doc))
            for key in config.dynamic_fields:
                delete_path(doc, key)
        out.append(doc)
    return out


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values; numbers compare by value (1 == 1.0, as elastic-package does),
    booleans are not numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def diff_text(expected: list[Any], actual: list[Any]) -> list[str]:
    """A readable difference (deepdiff), one line per change."""
    report = DeepDiff(expected, actual, ignore_numeric_type_changes=True, verbose_level=2)
    lines = report.pretty().splitlines()
    return lines or ["documents differ"]


def write_expected(case: Path, docs: list[Any]) -> Path:
    path = case.parent / f"{case.name}{EXPECTED_SUFFIX}"
    path.write_text(
        json.dumps({"expected": docs}, indent=4, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


def check_dynamic_values(docs: list[Any], config: CaseConfig) -> list[str]:
    problems = []
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        for key, pattern in config.dynamic_fields.items():
            value = get_path(doc, key)
            if isinstance(value, str) and not re.search(pattern, value):
                problems.append(f'dynamic field "{key}" doesn\'t match the pattern ({pattern}): {value}')
    return list(dict.fromkeys(problems))


def pipeline_error(doc: dict[str, Any]) -> str | None:
    """checkErrorMessage: any error.message in a result document is a failure."""
    message = get_path(doc, "error.message")
    if message is ABSENT or message is None:
        return None
    if isinstance(message, list):
        return "unexpected pipeline error: [" + " ".join(go_v(m) for m in message) + "]"
    return f"unexpected pipeline error: {go_v(message)}"


@dataclass
class StreamContext:
    """What every case of one data stream shares: its pipeline, schema and dataset."""

    package: Package
    stream: DataStream
    pipeline: LoadedPipeline
    schema: Schema

    @property
    def index(self) -> str:
        return f"{self.stream.type}-{self.package.dataset(self.stream)}-default"


def run_case(ctx: StreamContext, case: Path, *, generate: bool) -> CaseResult:
    result = CaseResult(ctx.stream.name, case.name, "pass")
    try:
        config = read_config(case)
        if config.skip is not None:  # Skip is a pointer in elastic-package: even `skip: {}` skips
            result.status = "skip"
            result.details = [f"{config.skip.get('reason') or ''} ({config.skip.get('link') or ''})"]
            return result
        events = read_events(case, config)
    except CaseError as exc:
        return CaseResult(ctx.stream.name, case.name, "error", [f"loading test case failed: {exc}"])
    docs: list[Any] = []
    for i, event in enumerate(events):
        try:
            docs.append(ctx.pipeline.process(event, index=ctx.index))
        except DocumentError as exc:
            return CaseResult(
                ctx.stream.name, case.name, "fail", [f"event {i} failed in the pipeline: {exc}"]
            )
    if generate:
        write_expected(case, docs)
    expected_path = case.parent / f"{case.name}{EXPECTED_SUFFIX}"
    if not expected_path.exists():
        return CaseResult(
            ctx.stream.name, case.name, "fail", [f"no {expected_path.name} (run with --generate)"]
        )
    try:
        expected_data = read_json(expected_path)
        expected = expected_data["expected"]
    except (FileReadError, KeyError, TypeError) as exc:
        return CaseResult(
            ctx.stream.name, case.name, "error", [f"reading {expected_path.name} failed: {exc}"]
        )
    want, got = strip_dynamic(expected, config), strip_dynamic(docs, config)
    if not json_equal(want, got):
        return CaseResult(
            ctx.stream.name,
            case.name,
            "fail",
            ["Expected results are different from actual ones", *diff_text(want, got)],
        )
    problems = check_dynamic_values(docs, config)
    validator = Validator(
        ctx.schema,
        ValidatorOptions(
            expected_datasets=(ctx.package.dataset(ctx.stream),),
            numeric_keyword_fields=config.numeric_keyword_fields,
            string_number_fields=config.string_number_fields,
            allowed_ip_check=True,
        ),
    )
    for doc in docs:
        if doc is None:
            continue
        error = pipeline_error(doc)
        if error:
            problems.append(error)
            continue
        problems.extend(validator.validate(doc))
    if problems:
        return CaseResult(ctx.stream.name, case.name, "fail", list(dict.fromkeys(problems)))
    return result


def discover_cases(stream: DataStream) -> list[Path]:
    folder = stream.pipeline_test_dir
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and TEST_CASE.match(p.name))


def run_pipeline_tests(
    package: Package,
    engine: Engine,
    *,
    streams: list[str] | None = None,
    generate: bool = False,
    ecs: EcsSchema | None = None,
) -> list[CaseResult]:
    """Run the pipeline tests of the given data streams (default: all)."""
    ecs = ecs or EcsSchema.default()
    selected = [package.stream(n) for n in streams] if streams else package.data_streams
    results: list[CaseResult] = []
    for ds in selected:
        cases = discover_cases(ds)
        if not cases:
            continue
        try:
            pipeline = engine.load(ds.default_pipeline)
        except (PipelineLoadError, OSError) as exc:
            results.extend(
                CaseResult(ds.name, c.name, "error", [f"loading the pipeline failed: {exc}"]) for c in cases
            )
            continue
        try:
            schema = Schema.build(load_fields_dir(ds.fields_dir), ecs)
        except ValueError as exc:
            results.extend(
                CaseResult(ds.name, c.name, "error", [f"loading the fields failed: {exc}"]) for c in cases
            )
            continue
        ctx = StreamContext(package, ds, pipeline, schema)
        results.extend(run_case(ctx, case, generate=generate) for case in cases)
    return results
