"""The document validator, rule by rule, with elastic-package's messages."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.fields.validator import Schema, Validator, ValidatorOptions, is_allowed_test_ip

BASE = {
    "@timestamp": "2024-05-01T10:00:00.000Z",
    "data_stream": {"type": "logs", "dataset": "sentinel_one.alert", "namespace": "default"},
}


@pytest.fixture(scope="module")
def schema(stream_fields, ecs) -> Schema:
    return Schema.build(stream_fields, ecs)


def run(schema: Schema, doc: dict[str, Any], **options: Any) -> list[str]:
    opts = ValidatorOptions(expected_datasets=("sentinel_one.alert",), **options)
    return Validator(schema, opts).validate({**BASE, **doc})


CASES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("valid", {"sentinel_one": {"alert": {"id": "a1", "count": 3, "ratio": 0.5, "active": True}}}, []),
    ("undefined", {"sentinel_one": {"alert": {"nope": 1}}}, ['field "sentinel_one.alert.nope" is undefined']),
    (
        "undefined-dotted-key",
        {"sentinel_one.alert.nope": "x"},
        ['field "sentinel_one.alert.nope" is undefined'],
    ),
    (
        "undefined-skipped-families",
        {"agent": {"x": 1}, "host": {"zz": "a"}, "cloud": {"q": 1}, "event": {"zz": 1}},
        [],
    ),
    (
        "array-of-objects",
        {"sentinel_one": {"alert": {"things": [{"a": 1}]}}},
        [
            'field "sentinel_one.alert.things" is used as array of objects, expected explicit definition with type group or nested'
        ],
    ),
    (
        "could-be-multifield",
        {"sentinel_one": {"alert": {"id": {"text": "x"}}}},
        ['field "sentinel_one.alert.id.text" is undefined, could be a multifield'],
    ),
    ("disabled-parent", {"sentinel_one": {"alert": {"opaque": {"anything": [1, 2]}}}}, []),
    ("flattened", {"sentinel_one": {"alert": {"raw": {"any": {"deep": 1}}}}}, []),
    (
        "keyword-number",
        {"sentinel_one": {"alert": {"id": 5}}},
        [
            'parsing field value failed: field "sentinel_one.alert.id"\'s Go type, float64, does not match the expected field type: keyword (field value: 5)'
        ],
    ),
    (
        "long-string",
        {"sentinel_one": {"alert": {"count": "3"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.count"\'s Go type, string, does not match the expected field type: long (field value: 3)'
        ],
    ),
    (
        "long-bool",
        {"sentinel_one": {"alert": {"count": True}}},
        [
            'parsing field value failed: field "sentinel_one.alert.count"\'s Go type, bool, does not match the expected field type: long (field value: true)'
        ],
    ),
    (
        "scaled-float-string",
        {"sentinel_one": {"alert": {"ratio": "0.5"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.ratio"\'s Go type, string, does not match the expected field type: scaled_float (field value: 0.5)'
        ],
    ),
    (
        "boolean-string",
        {"sentinel_one": {"alert": {"active": "true"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.active"\'s Go type, string, does not match the expected field type: boolean (field value: true)'
        ],
    ),
    (
        "ip-number",
        {"source": {"ip": 10}},
        [
            'parsing field value failed: field "source.ip"\'s Go type, float64, does not match the expected field type: ip (field value: 10)'
        ],
    ),
    (
        "date-bool",
        {"sentinel_one": {"alert": {"seen": False}}},
        [
            'parsing field value failed: field "sentinel_one.alert.seen"\'s Go type, bool, does not match the expected field type: date (field value: false)'
        ],
    ),
    ("date-epoch", {"sentinel_one": {"alert": {"seen": 1714557600000}}}, []),
    (
        "date-numeric-with-pattern",
        {"sentinel_one": {"alert": {"epoch_seen": 1714557600000}}},
        [
            'parsing field value failed: numeric date in field "sentinel_one.alert.epoch_seen", but pattern defined'
        ],
    ),
    (
        "group-value",
        {"sentinel_one": {"alert": {"hosts": "h1"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.hosts" is a group of fields of type nested, it cannot store values'
        ],
    ),
    ("nested-array", {"sentinel_one": {"alert": {"hosts": [{"name": "h1"}, {"name": "h2"}]}}}, []),
    (
        "nested-array-undefined",
        {"sentinel_one": {"alert": {"hosts": [{"nope": "h1"}]}}},
        ['field "sentinel_one.alert.hosts.nope" is undefined'],
    ),
    ("object-type-member", {"sentinel_one": {"alert": {"labels": {"team": "red"}}}}, []),
    (
        "object-type-member-wrong",
        {"sentinel_one": {"alert": {"labels": {"team": 1}}}},
        [
            'parsing field value failed: field "sentinel_one.alert.labels.team"\'s Go type, float64, does not match the expected field type: keyword (field value: 1)'
        ],
    ),
    ("wildcard-name", {"sentinel_one": {"alert": {"tags": {"a": "x", "b": "y"}}}}, []),
    ("geo-point-subfields", {"sentinel_one": {"alert": {"location": {"lat": 1.5, "lon": 2.5}}}}, []),
    (
        "normalize-array",
        {"related": {"ip": "10.0.0.1"}},
        ['field "related.ip" is not normalized as expected: expected array, found "10.0.0.1" (string)'],
    ),
    ("normalize-array-ok", {"related": {"ip": ["10.0.0.1"]}}, []),
    (
        "pattern",
        {"sentinel_one": {"alert": {"code": "X-1"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.code"\'s value, X-1, does not match the expected pattern: ^S1-[0-9]+$'
        ],
    ),
    (
        "ecs-pattern",
        {"host": {"mac": ["aa-bb-cc-dd-ee-ff"]}},
        [
            'parsing field value failed: field "host.mac"\'s value, aa-bb-cc-dd-ee-ff, does not match the expected pattern: ^[A-F0-9]{2}(-[A-F0-9]{2}){5,}$'
        ],
    ),
    (
        "expected-values",
        {"sentinel_one": {"alert": {"severity": "medium"}}},
        [
            'parsing field value failed: field "sentinel_one.alert.severity"\'s value "medium" is not one of the expected values (low, high)'
        ],
    ),
    (
        "ecs-allowed-values",
        {"event": {"kind": "alerts"}},
        [
            'parsing field value failed: field "event.kind"\'s value "alerts" is not one of the allowed values (alert, asset, enrichment, event, metric, state, pipeline_error, signal)'
        ],
    ),
    ("category-type-pair-ok", {"event": {"category": ["authentication"], "type": ["start"]}}, []),
    (
        "category-type-pair",
        {"event": {"category": ["authentication"], "type": ["creation"]}},
        [
            'parsing field value failed: field "event.type" value "creation" is not one of the expected values (start, end, info) for any of the values of "event.category" (authentication)'
        ],
    ),
    (
        "constant-keyword-value",
        {"event": {"module": "crowdstrike"}},
        [
            'parsing field value failed: field "event.module"\'s value "crowdstrike" does not match the declared constant_keyword value "sentinel_one"'
        ],
    ),
    (
        "dataset",
        {
            "data_stream": {**BASE["data_stream"], "dataset": "sentinel_one.agent"},
            "event": {"dataset": "sentinel_one.alert"},
        },
        [
            'field "data_stream.dataset" should have value in ["sentinel_one.alert"], it has "sentinel_one.agent"'
        ],
    ),
    (
        "event-dataset",
        {"event": {"dataset": "alert"}},
        ['field "event.dataset" should have value in ["sentinel_one.alert"], it has "alert"'],
    ),
    (
        "allowed-ip",
        {"source": {"ip": "89.160.20.156"}, "related": {"ip": ["192.168.1.1", "2001:db8::1"]}},
        [],
    ),
    (
        "public-ip",
        {"source": {"ip": "8.8.8.8"}},
        [
            'parsing field value failed: the IP "8.8.8.8" is not one of the allowed test IPs (see: https://github.com/elastic/elastic-package/blob/main/internal/fields/_static/allowed_geo_ips.txt)'
        ],
    ),
]


@pytest.mark.parametrize(("doc", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules(schema: Schema, doc: dict[str, Any], expected: list[str]) -> None:
    assert run(schema, doc, allowed_ip_check=True) == expected


def test_numeric_keyword_fields_accept_numbers(schema: Schema) -> None:
    doc = {"sentinel_one": {"alert": {"id": 5}}}
    assert run(schema, doc, numeric_keyword_fields=("sentinel_one.alert.id",)) == []


def test_string_number_fields_accept_numeric_strings_only(schema: Schema) -> None:
    fields = ("sentinel_one.alert.count",)
    assert run(schema, {"sentinel_one": {"alert": {"count": "12"}}}, string_number_fields=fields) == []
    assert run(schema, {"sentinel_one": {"alert": {"count": "twelve"}}}, string_number_fields=fields) == [
        'parsing field value failed: field "sentinel_one.alert.count"\'s Go type, string, does not match the expected field type: long (field value: twelve)'
    ]


def test_ip_check_is_off_unless_asked(schema: Schema) -> None:
    assert run(schema, {"source": {"ip": "8.8.8.8"}}) == []


def test_every_problem_is_reported_once_in_key_order(schema: Schema) -> None:
    doc = {"zzz": 1, "aaa": 2, "sentinel_one": {"alert": {"id": 1}}}
    assert run(schema, doc) == [
        'field "aaa" is undefined',
        'parsing field value failed: field "sentinel_one.alert.id"\'s Go type, float64, does not match the expected field type: keyword (field value: 1)',
        'field "zzz" is undefined',
    ]


def test_ecs_fields_need_no_declaration_when_all_of_ecs_is_imported(stream_fields, ecs) -> None:
    doc = {"user": {"name": "jdoe"}}
    assert run(Schema.build(stream_fields, ecs), doc) == []
    assert run(Schema.build(stream_fields, ecs, import_all_ecs=False), doc) == [
        'field "user.name" is undefined'
    ]


@pytest.mark.parametrize(
    ("ip", "allowed"),
    [
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("127.0.0.1", True),
        ("169.254.1.1", True),
        ("224.0.0.1", True),
        ("0.0.0.0", True),
        ("255.255.255.255", True),
        ("203.0.113.9", True),
        ("81.2.69.143", True),
        ("2a02:cf40::1", True),
        ("fd00::1", True),
        ("100.64.0.1", False),
        ("8.8.8.8", False),
        ("not-an-ip", False),
    ],
)
def test_allowed_test_ips(ip: str, allowed: bool) -> None:
    assert is_allowed_test_ip(ip) is allowed
