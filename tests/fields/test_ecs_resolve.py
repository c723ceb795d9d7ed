"""`external: ecs` resolution, following elastic-package's dependency manager."""

from __future__ import annotations

import pytest

from s1elastic.fields.ecs import EcsResolveError, resolve_external


def test_resolves_type_description_and_multi_fields(ecs) -> None:
    [out] = resolve_external([{"name": "process.command_line", "external": "ecs"}], ecs, validation=False)
    assert out["type"] == "wildcard"
    assert out["description"].startswith("Full command line that started the process")
    assert out["multi_fields"] == [{"name": "text", "type": "match_only_text"}]
    assert "external" not in out


def test_validation_settings_only_when_asked(ecs) -> None:
    item = {"name": "related.ip", "external": "ecs"}
    assert "normalize" not in resolve_external([item], ecs, validation=False)[0]
    assert resolve_external([item], ecs, validation=True)[0]["normalize"] == ["array"]


def test_nested_group_paths_are_resolved_by_full_name(ecs) -> None:
    items = [{"name": "event", "type": "group", "fields": [{"name": "kind", "external": "ecs"}]}]
    [event] = resolve_external(items, ecs, validation=False)
    assert event["fields"][0]["name"] == "kind"
    assert event["fields"][0]["type"] == "keyword"


@pytest.mark.parametrize(
    ("local_type", "result"),
    [("constant_keyword", "constant_keyword"), ("long", "keyword"), (None, "keyword")],
    ids=["allowed-override", "refused-override", "no-override"],
)
def test_type_overrides(ecs, local_type: str | None, result: str) -> None:
    item = {"name": "event.module", "external": "ecs"}
    if local_type:
        item["type"] = local_type
    assert resolve_external([item], ecs, validation=False)[0]["type"] == result


def test_local_keys_override_imported_ones(ecs) -> None:
    [out] = resolve_external(
        [{"name": "event.kind", "external": "ecs", "description": "Ours."}], ecs, validation=False
    )
    assert out["description"] == "Ours."


def test_object_type_members_resolve_to_the_member_type(ecs) -> None:
    [out] = resolve_external([{"name": "labels.team", "external": "ecs"}], ecs, validation=False)
    assert out["type"] == "keyword"


def test_unknown_field_is_an_error(ecs) -> None:
    with pytest.raises(
        EcsResolveError, match=r"field definition not found in schema \(name: event.nope, ECS 9\."
    ):
        resolve_external([{"name": "event.nope", "external": "ecs"}], ecs, validation=False)
