"""`check`: exact `path: message` lines for schema violations and semantic rules."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from s1elastic.package.check import check_package
from s1elastic.package.layout import Package


def problems(root: Path) -> list[str]:
    return [str(p) for p in check_package(Package.load(root), engine=None).problems]


def edit_yaml(path: Path, change: Callable[[object], object]) -> None:
    """Apply an in-place change to a YAML file (the change's return value is ignored)."""
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


DS = "data_stream/events"
PIPE = f"{DS}/elasticsearch/ingest_pipeline/default.yml"


def test_fixture_package_is_clean(pkg_root: Path) -> None:
    assert problems(pkg_root) == []


CASES = [
    (
        "manifest-required-and-extra",
        "manifest.yml",
        lambda d: (d.pop("owner"), d.update(colour="red")),
        [
            "manifest.yml: field (root): Additional property colour is not allowed",
            "manifest.yml: field (root): owner is required",
        ],
    ),
    (
        "manifest-enum",
        "manifest.yml",
        lambda d: d.update(categories=["security", "gaming"]),
        [
            'manifest.yml: field categories.1: categories.1 must be one of the following: "advanced_analytics_ueba", …'
        ],
    ),
    (
        "agentless-needs-identity",
        "manifest.yml",
        lambda d: d["policy_templates"][0].update(deployment_modes={"agentless": {"enabled": True}}),
        [
            "manifest.yml: field policy_templates.0.deployment_modes.agentless: division is required",
            "manifest.yml: field policy_templates.0.deployment_modes.agentless: organization is required",
            "manifest.yml: field policy_templates.0.deployment_modes.agentless: team is required",
        ],
    ),
    (
        "format-version-2",
        "manifest.yml",
        lambda d: d.update(format_version="2.3.0"),
        ["manifest.yml: format_version 2.3.0 is not a 3.x package-spec version"],
    ),
    (
        "secret-var",
        f"{DS}/manifest.yml",
        lambda d: d["streams"][0]["vars"].append({"name": "api_token", "type": "text"}),
        [f"{DS}/manifest.yml: field streams.0.vars.1: secret is required"],
    ),
    (
        "duration-default",
        f"{DS}/manifest.yml",
        lambda d: d["streams"][0]["vars"][0].update(default="soon"),
        [
            f"{DS}/manifest.yml: field streams.0.vars.0.default: Does not match pattern '^(\\d+[smh]|\\d+ms)+$'"
        ],
    ),
    (
        "poll-snapshot-with-cursor",
        f"{DS}/poll.yml",
        lambda d: d.update(mode="snapshot"),
        [
            f"{DS}/poll.yml: field (root): cursor_field is not allowed here; initial_lookback is not allowed here"
        ],
    ),
    (
        "poll-page-size",
        f"{DS}/poll.yml",
        lambda d: d.update(page_size=5000),
        [f"{DS}/poll.yml: field page_size: Must be less than or equal to 1000"],
    ),
    (
        "fields-type",
        f"{DS}/fields/fields.yml",
        lambda d: d[0]["fields"].append({"name": "count", "type": "number"}),
        [
            f'{DS}/fields/fields.yml: field 0.fields.2.type: 0.fields.2.type must be one of the following: "aggregate_metric_double", …'
        ],
    ),
    (
        "fields-object-type",
        f"{DS}/fields/fields.yml",
        lambda d: d[0]["fields"].append({"name": "labels", "type": "object"}),
        [f"{DS}/fields/fields.yml: field 0.fields.2: object_type is required"],
    ),
    (
        "fields-unknown-ecs",
        f"{DS}/fields/ecs.yml",
        lambda d: d.append({"name": "event.nonsense", "external": "ecs"}),
        [
            f"{DS}/fields/ecs.yml: can't import field: field definition not found in schema (name: event.nonsense, ECS 9.4.0)"
        ],
    ),
    (
        "base-field-type",
        f"{DS}/fields/base-fields.yml",
        lambda d: d[0].update(type="keyword"),
        [f"{DS}/fields: base field data_stream.type must be constant_keyword, is keyword"],
    ),
    (
        "base-field-missing",
        f"{DS}/fields/base-fields.yml",
        lambda d: d.pop(),
        [f"{DS}/fields: base field @timestamp is not defined"],
    ),
    (
        "duplicate-field",
        f"{DS}/fields/fields.yml",
        lambda d: d.append({"name": "demo_pkg.events.id", "type": "keyword"}),
        [f"{DS}/fields: field demo_pkg.events.id is defined more than once"],
    ),
    (
        "changelog-order-and-version",
        "package/changelog.yml",
        lambda d: d.reverse(),
        [
            "package/changelog.yml: changelog versions must be in descending order: 1.1.0 follows 1.0.0",
            "package/changelog.yml: newest changelog version 1.0.0 does not match the manifest version 1.1.0",
        ],
    ),
    (
        "changelog-type",
        "package/changelog.yml",
        lambda d: d[0]["changes"][0].update(type="feature"),
        [
            'package/changelog.yml: field 0.changes.0.type: 0.changes.0.type must be one of the following: "breaking-change", "bugfix", "enhancement", "deprecation"'
        ],
    ),
    (
        "build-reference",
        "package/_dev/build/build.yml",
        lambda d: d["dependencies"]["ecs"].update(reference="v9.4.0"),
        ["package/_dev/build/build.yml: field dependencies.ecs.reference: Does not match pattern '^git@.+'"],
    ),
    (
        "processor-unknown",
        PIPE,
        lambda d: d["processors"].append({"reroute": {"tag": "r"}}),
        [f"{PIPE}: field processors.5: Additional property reroute is not allowed"],
    ),
    (
        "processor-tags",
        PIPE,
        lambda d: (
            d["processors"][0]["set"].pop("tag"),
            d["on_failure"][1]["append"].update(tag="set_event_ingested"),
        ),
        [
            f"{PIPE}: processor on_failure.1.append reuses tag 'set_event_ingested' (first used by processors.1.set)",
            f"{PIPE}: processor processors.0.set has no tag",
        ],
    ),
    (
        "nested-on-failure-tag",
        PIPE,
        lambda d: d["processors"][0]["set"].update(on_failure=[{"set": {"field": "x", "value": 1}}]),
        [f"{PIPE}: processor processors.0.set.on_failure.0.set has no tag"],
    ),
    (
        "on-failure-message",
        PIPE,
        lambda d: d["on_failure"][1]["append"].update(value="failed: {{{_ingest.on_failure_message}}}"),
        [
            f"{PIPE}: on_failure error.message does not name _ingest.on_failure_processor_type, _ingest.on_failure_processor_tag, _ingest.on_failure_pipeline"
        ],
    ),
    (
        "on-failure-kind",
        PIPE,
        lambda d: d["on_failure"].pop(0),
        [f"{PIPE}: on_failure does not set event.kind to pipeline_error"],
    ),
    (
        "rename-message-rule",
        PIPE,
        lambda d: d["processors"].insert(
            0, {"rename": {"tag": "rn", "field": "message", "target_field": "event.original"}}
        ),
        [
            f"{PIPE}: field processors: renaming message to event.original needs `if: ctx.event?.original == null`",
            f"{PIPE}: field processors: renaming message to event.original needs a remove of message with ignore_missing and `if: ctx.event?.original != null`",
        ],
    ),
]


@pytest.mark.parametrize(("path", "change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_problem_lines(pkg_root: Path, path: str, change, expected: list[str]) -> None:
    edit_yaml(pkg_root / path, change)
    found = problems(pkg_root)
    for line in expected:
        if line.endswith(", …"):  # long enum lists: compare the start only
            prefix = line.removesuffix(" …")
            assert any(f.startswith(prefix) for f in found), found
            found = [f for f in found if not f.startswith(prefix)]
        else:
            assert line in found, found
            found.remove(line)
    assert found == []


def test_sample_event_is_validated_against_the_fields(pkg_root: Path) -> None:
    path = pkg_root / DS / "sample_event.json"
    event = json.loads(path.read_text())
    event["demo_pkg"]["events"]["extra"] = 1
    event["data_stream"]["dataset"] = "other.events"
    path.write_text(json.dumps(event))
    assert problems(pkg_root) == [
        f'{DS}/sample_event.json: field "data_stream.dataset" should have value in ["demo_pkg.events"], it has "other.events"',
        f'{DS}/sample_event.json: field "demo_pkg.events.extra" is undefined',
    ]


def test_test_file_naming_and_pairs(pkg_root: Path) -> None:
    folder = pkg_root / DS / "_dev/test/pipeline"
    (folder / "test-basic.json-expected.json").rename(folder / "test-other.json-expected.json")
    (folder / "notes.txt").write_text("x")
    assert problems(pkg_root) == [
        f"{DS}/_dev/test/pipeline: notes.txt is not a pipeline test file (test-<case>.json|.log, -expected.json, -config.yml, test-common-config.yml)",
        f"{DS}/_dev/test/pipeline: test-basic.json has no expected results test-basic.json-expected.json (run `s1elastic test pipeline --generate`)",
        f"{DS}/_dev/test/pipeline: test-other.json-expected.json has no test input test-other.json",
    ]


def test_unparsable_file_is_reported_once(pkg_root: Path) -> None:
    (pkg_root / DS / "poll.yml").write_text("endpoint: [unclosed\n")
    [line] = problems(pkg_root)
    assert line.startswith(f"{DS}/poll.yml: invalid YAML: ")


def test_policy_template_stream_must_exist(pkg_root: Path) -> None:
    edit_yaml(pkg_root / "manifest.yml", lambda d: d["policy_templates"][0]["data_streams"].append("ghost"))
    assert problems(pkg_root) == [
        "manifest.yml: policy template lists data stream ghost, which does not exist"
    ]


def test_engine_refusal_is_reported(pkg_root: Path) -> None:
    from s1elastic.package.engine import default_engine

    engine = default_engine()
    if engine is None:
        pytest.skip("ingest engine not installed")
    edit_yaml(pkg_root / PIPE, lambda d: d["processors"][0]["set"].update(colour="red"))
    report = check_package(Package.load(pkg_root), engine=engine)
    [line] = [str(p) for p in report.problems]
    assert line.startswith(f"{PIPE}: the ingest engine refuses the pipeline: ")
    assert "processor [set] doesn't support one or more provided configuration parameters [colour]" in line
