"""The committed ECS facts file: structure, provenance, and agreement with the package's pin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from s1elastic.fields.ecs_facts import (
    EcsFactsError,
    dump_facts,
    facts_from_flat,
    facts_path,
    load_facts,
    parse_facts,
)

REPO = Path(__file__).resolve().parents[2]


def test_committed_file_is_well_formed_and_pinned_to_a_9x_release() -> None:
    facts = load_facts()
    assert facts.npm_package == "@elastic/ecs"
    assert facts.npm_version.startswith("9.")
    assert facts.ecs_version.startswith("9.")
    assert len(facts.tarball_sha256) == 64
    assert len(facts.fields) > 2000


def test_committed_file_is_in_canonical_form() -> None:
    """Regenerating from the same facts gives the same bytes: the file was written by the script."""
    text = facts_path().read_text(encoding="utf-8")
    assert dump_facts(parse_facts(text)) == text


def test_build_manifest_pins_the_same_ecs_release() -> None:
    build = REPO / "package" / "_dev" / "build" / "build.yml"
    data = yaml.safe_load(build.read_text())
    assert data["dependencies"]["ecs"]["reference"] == f"git@v{load_facts().ecs_version}"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("@timestamp", {"type": "date"}),
        ("event.kind", {"type": "keyword"}),
        ("related.ip", {"type": "ip", "normalize": ["array"]}),
        ("host.mac", {"pattern": "^[A-F0-9]{2}(-[A-F0-9]{2}){5,}$"}),
        ("labels", {"type": "object", "object_type": "keyword"}),
        (
            "network.direction",
            {
                "expected_values": [
                    "ingress",
                    "egress",
                    "inbound",
                    "outbound",
                    "internal",
                    "external",
                    "unknown",
                ]
            },
        ),
    ],
)
def test_known_ecs_facts(name: str, expected: dict) -> None:
    fact = load_facts().fields[name]
    assert {k: fact.get(k) for k in expected} == expected


def test_event_category_carries_expected_event_types() -> None:
    allowed = {
        a["name"]: a["expected_event_types"] for a in load_facts().fields["event.category"]["allowed_values"]
    }
    assert allowed["authentication"] == ["start", "end", "info"]
    assert "malware" in allowed


FLAT = {
    "b.field": {
        "type": "keyword",
        "short": "B.",
        "description": "B long.",
        "normalize": [],
        "ignore_above": 1024,
        "dashed_name": "b-field",
        "level": "core",
    },
    "a.field": {
        "type": "keyword",
        "allowed_values": [{"name": "x", "description": "X", "expected_event_types": ["info"]}],
        "multi_fields": [{"flat_name": "a.field.text", "name": "text", "type": "match_only_text"}],
        "example": 5,
    },
}


def test_facts_from_flat_keeps_only_the_facts_we_use_in_sorted_order() -> None:
    facts = facts_from_flat(FLAT, ecs_version="9.9.9", npm_version="9.9.9", tarball_sha256="0" * 64)
    assert list(facts.fields) == ["a.field", "b.field"]
    assert facts.fields["a.field"] == {
        "type": "keyword",
        "example": "5",
        "allowed_values": [{"name": "x", "expected_event_types": ["info"]}],
        "multi_fields": [{"name": "text", "type": "match_only_text"}],
    }
    assert facts.fields["b.field"] == {
        "type": "keyword",
        "short": "B.",
        "description": "B long.",
        "ignore_above": 1024,
    }
    text = dump_facts(facts)
    assert json.loads(text)["fields"] == facts.fields
    assert parse_facts(text) == facts


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format=2), "expected an object with format 1"),
        (lambda d: d.update(ecs_version="9.x"), "ecs_version must be a x.y.z version"),
        (lambda d: d.update(tarball_sha256="abc"), "tarball_sha256 must be 64 lowercase hex digits"),
        (lambda d: d.update(fields={}), "fields must be a non-empty object"),
        (lambda d: d["fields"].update({"x": {"short": "no type"}}), "field x has no type"),
    ],
    ids=["format", "version", "sha", "empty", "typeless"],
)
def test_parse_facts_refuses_malformed_files(mutate, message: str) -> None:
    data = json.loads(
        dump_facts(facts_from_flat(FLAT, ecs_version="9.9.9", npm_version="9.9.9", tarball_sha256="0" * 64))
    )
    mutate(data)
    with pytest.raises(EcsFactsError, match=message):
        parse_facts(json.dumps(data))
