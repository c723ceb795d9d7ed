"""Index template mappings from field definitions."""

from __future__ import annotations

import pytest
import yaml

from s1elastic.fields.mappings import MappingError, mappings_for
from s1elastic.fields.model import parse_fields


def mapped(text: str, ecs=None) -> dict:
    return mappings_for(parse_fields(yaml.safe_load(text)), ecs)


def test_groups_and_dotted_names_become_nested_properties() -> None:
    out = mapped(
        """
- name: sentinel_one.alert
  type: group
  fields:
    - name: id
      type: keyword
    - name: score.value
      type: integer
- name: data_stream.dataset
  type: constant_keyword
  value: sentinel_one.alert
"""
    )
    assert out == {
        "properties": {
            "sentinel_one": {
                "properties": {
                    "alert": {
                        "properties": {
                            "id": {"type": "keyword", "ignore_above": 1024},
                            "score": {"properties": {"value": {"type": "long"}}},
                        }
                    }
                }
            },
            "data_stream": {
                "properties": {"dataset": {"type": "constant_keyword", "value": "sentinel_one.alert"}}
            },
        }
    }


def test_leaf_parameters() -> None:
    out = mapped(
        """
- name: a
  type: scaled_float
- name: b
  type: keyword
  ignore_above: 256
  multi_fields:
    - name: text
      type: match_only_text
- name: c
  type: date
  date_format: epoch_second
- name: d
  type: object
  enabled: false
- name: e
  type: nested
  fields:
    - name: f
      type: ip
"""
    )["properties"]
    assert out["a"] == {"type": "scaled_float", "scaling_factor": 1000}
    assert out["b"] == {
        "type": "keyword",
        "ignore_above": 256,
        "fields": {"text": {"type": "match_only_text"}},
    }
    assert out["c"] == {"type": "date", "format": "epoch_second"}
    assert out["d"] == {"type": "object", "enabled": False}
    assert out["e"] == {"type": "nested", "properties": {"f": {"type": "ip"}}}


def test_object_type_and_wildcards_become_dynamic_templates() -> None:
    out = mapped(
        """
- name: labels
  type: object
  object_type: keyword
- name: tags.*
  type: long
"""
    )
    assert out["properties"] == {"labels": {"type": "object", "dynamic": True}}
    assert out["dynamic_templates"] == [
        {
            "labels.*": {
                "path_match": "labels.*",
                "match_mapping_type": "string",
                "mapping": {"type": "keyword", "ignore_above": 1024},
            }
        },
        {"tags.*": {"path_match": "tags.*", "mapping": {"type": "long"}}},
    ]


def test_ecs_externals_are_resolved(ecs) -> None:
    out = mapped(
        "- name: process.command_line\n  external: ecs\n- name: '@timestamp'\n  external: ecs\n", ecs
    )
    assert out["properties"]["process"]["properties"]["command_line"] == {
        "type": "wildcard",
        "fields": {"text": {"type": "match_only_text"}},
    }
    assert out["properties"]["@timestamp"] == {"type": "date"}


def test_conflicting_definitions_are_refused() -> None:
    with pytest.raises(MappingError, match="defined more than once"):
        mapped("- name: a\n  type: keyword\n- name: a\n  type: long\n")
    with pytest.raises(MappingError, match="a is mapped as keyword, cannot hold sub-fields"):
        mapped("- name: a\n  type: keyword\n- name: a.b\n  type: long\n")
