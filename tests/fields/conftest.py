"""Shared fixtures: a small data stream field set, resolved against the committed ECS facts."""

from __future__ import annotations

import pytest
import yaml

from s1elastic.fields.ecs import EcsSchema
from s1elastic.fields.model import FieldDef, parse_fields

STREAM_FIELDS = """
- name: data_stream.type
  type: constant_keyword
- name: data_stream.dataset
  type: constant_keyword
- name: data_stream.namespace
  type: constant_keyword
- name: '@timestamp'
  type: date
- name: event.module
  type: constant_keyword
  value: sentinel_one
- name: event.category
  external: ecs
- name: event.type
  external: ecs
- name: related.ip
  external: ecs
- name: source.ip
  external: ecs
- name: sentinel_one.alert
  type: group
  fields:
    - name: id
      type: keyword
    - name: severity
      type: keyword
      expected_values: [low, high]
    - name: code
      type: keyword
      pattern: '^S1-[0-9]+$'
    - name: count
      type: long
    - name: ratio
      type: scaled_float
    - name: active
      type: boolean
    - name: seen
      type: date
    - name: epoch_seen
      type: date
      pattern: '^\\d{4}-'
    - name: raw
      type: flattened
    - name: labels
      type: object
      object_type: keyword
    - name: hosts
      type: nested
      fields:
        - name: name
          type: keyword
    - name: opaque
      type: object
      enabled: false
    - name: tags.*
      type: keyword
    - name: location
      type: geo_point
"""


@pytest.fixture(scope="session")
def ecs() -> EcsSchema:
    return EcsSchema.default()


@pytest.fixture(scope="session")
def stream_fields() -> list[FieldDef]:
    return parse_fields(yaml.safe_load(STREAM_FIELDS))
