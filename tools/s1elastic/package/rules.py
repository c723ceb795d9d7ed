"""Semantic rules that JSON Schema cannot express. Each rule takes parsed data and returns
messages; `check.py` attaches the file path.

- processors: every processor, including those in on_failure lists and foreach, has a unique tag;
- the entry pipeline's own on_failure marks the document (`event.kind: pipeline_error`) and writes
  an `error.message` naming the failed processor's type and tag and the pipeline;
- base fields: data_stream.type/dataset/namespace are constant_keyword and @timestamp is a date;
- changelog: versions strictly descending, the newest equal to the manifest's version;
- format_version is a 3.x version;
- pipeline test folders hold only known file names, and inputs and expected files come in pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from s1elastic.fields.model import FieldDef, walk

SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")
ON_FAILURE_NAMES = (
    "_ingest.on_failure_processor_type",
    "_ingest.on_failure_processor_tag",
    "_ingest.on_failure_pipeline",
)
BASE_FIELDS = {
    "data_stream.type": "constant_keyword",
    "data_stream.dataset": "constant_keyword",
    "data_stream.namespace": "constant_keyword",
    "@timestamp": "date",
}
TEST_CASE = re.compile(r"^test-[a-z0-9-]+\.(json|log)$")
TEST_EXPECTED = re.compile(r"^(test-[a-z0-9-]+\.(json|log))-expected\.json$")
TEST_CONFIG = re.compile(r"^(test-[a-z0-9-]+\.(json|log))-config\.yml$")
TEST_COMMON_CONFIG = "test-common-config.yml"


def semver_key(version: str) -> tuple[int, int, int, int, tuple[tuple[int, Any], ...]]:
    """Sort key with semver precedence (a pre-release sorts before its release)."""
    m = SEMVER.match(version)
    if not m:
        raise ValueError(f"{version} is not a semantic version")
    pre = m.group(4)
    ids: tuple[tuple[int, Any], ...] = ()
    if pre:
        ids = tuple((0, int(p)) if p.isdigit() else (1, p) for p in pre.split("."))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 0 if pre else 1, ids)


def check_format_version(manifest: dict[str, Any]) -> list[str]:
    version = str(manifest.get("format_version", ""))
    m = SEMVER.match(version)
    if not m or m.group(1) != "3":
        return [f"format_version {version or '(missing)'} is not a 3.x package-spec version"]
    return []


def check_changelog(entries: Any, manifest_version: str) -> list[str]:
    if not isinstance(entries, list) or not entries:
        return []
    versions = [str(e.get("version")) for e in entries if isinstance(e, dict)]
    problems = []
    keys = []
    for v in versions:
        try:
            keys.append(semver_key(v))
        except ValueError:
            return []  # the schema reports the malformed version
    for i in range(1, len(versions)):
        if keys[i] >= keys[i - 1]:
            problems.append(
                f"changelog versions must be in descending order: {versions[i]} follows {versions[i - 1]}"
            )
    if versions and versions[0] != manifest_version:
        problems.append(
            f"newest changelog version {versions[0]} does not match the manifest version {manifest_version}"
        )
    return problems


def iter_processors(processors: Any, where: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(location, processor type, options) for every processor, nested ones included."""
    if not isinstance(processors, list):
        return
    for i, item in enumerate(processors):
        if not isinstance(item, dict) or len(item) != 1:
            continue
        kind, options = next(iter(item.items()))
        loc = f"{where}.{i}.{kind}"
        if not isinstance(options, dict):
            continue
        yield loc, kind, options
        yield from iter_processors(options.get("on_failure"), f"{loc}.on_failure")
        if kind == "foreach" and isinstance(options.get("processor"), dict):
            yield from iter_processors([options["processor"]], f"{loc}.processor")


def check_processor_tags(pipeline: Any) -> list[str]:
    if not isinstance(pipeline, dict):
        return []
    problems = []
    seen: dict[str, str] = {}
    for section in ("processors", "on_failure"):
        for loc, _kind, options in iter_processors(pipeline.get(section), section):
            tag = options.get("tag")
            if not isinstance(tag, str) or not tag:
                problems.append(f"processor {loc} has no tag")
            elif tag in seen:
                problems.append(f"processor {loc} reuses tag {tag!r} (first used by {seen[tag]})")
            else:
                seen[tag] = loc
    return problems


def _writes(options: dict[str, Any]) -> Any:
    return options.get("value", options.get("copy_from"))


def check_pipeline_on_failure(pipeline: Any) -> list[str]:
    """The entry pipeline's on_failure must mark the document and say which processor failed."""
    if not isinstance(pipeline, dict):
        return []
    handlers = pipeline.get("on_failure")
    if not isinstance(handlers, list) or not handlers:
        return ["pipeline has no on_failure handler: failed documents would be rejected"]
    sets_kind = False
    message_values: list[str] = []
    for _loc, kind, options in iter_processors(handlers, "on_failure"):
        if kind not in ("set", "append"):
            continue
        if options.get("field") == "event.kind" and _writes(options) == "pipeline_error":
            sets_kind = True
        if options.get("field") == "error.message":
            message_values.append(str(_writes(options)))
    problems = []
    if not sets_kind:
        problems.append("on_failure does not set event.kind to pipeline_error")
    if not message_values:
        problems.append("on_failure does not set error.message")
    else:
        text = " ".join(message_values)
        missing = [name for name in ON_FAILURE_NAMES if name not in text]
        if missing:
            problems.append(f"on_failure error.message does not name {', '.join(missing)}")
    return problems


def check_base_fields(resolved: list[FieldDef]) -> list[str]:
    """After ECS resolution: the data stream fields and @timestamp with their required types."""
    found = {name: d.type for name, d in walk(resolved)}
    problems = []
    for name, kind in BASE_FIELDS.items():
        if name not in found:
            problems.append(f"base field {name} is not defined")
        elif found[name] != kind:
            problems.append(f"base field {name} must be {kind}, is {found[name] or 'untyped'}")
    return problems


def check_duplicate_fields(defs: list[FieldDef]) -> list[str]:
    seen: set[str] = set()
    problems = []
    for name, _d in walk(defs):
        if name in seen:
            problems.append(f"field {name} is defined more than once")
        seen.add(name)
    return problems


def check_test_files(names: list[str]) -> list[str]:
    """File naming in a pipeline test folder, and input/expected pairs."""
    problems = []
    inputs = {n for n in names if TEST_CASE.match(n)}
    for name in sorted(names):
        if name in inputs or name == TEST_COMMON_CONFIG:
            continue
        expected = TEST_EXPECTED.match(name)
        config = TEST_CONFIG.match(name)
        if expected:
            if expected.group(1) not in inputs:
                problems.append(f"{name} has no test input {expected.group(1)}")
        elif config:
            if config.group(1) not in inputs:
                problems.append(f"{name} configures a missing test input {config.group(1)}")
        else:
            problems.append(
                f"{name} is not a pipeline test file (test-<case>.json|.log, -expected.json, -config.yml, {TEST_COMMON_CONFIG})"
            )
    for name in sorted(inputs):
        if f"{name}-expected.json" not in names:
            problems.append(
                f"{name} has no expected results {name}-expected.json (run `s1elastic test pipeline --generate`)"
            )
    return problems
