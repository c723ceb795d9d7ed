"""render.dumps/loads: Elasticsearch's JSON text for the Java value model (spec §7, §2.4)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from s1elastic.ingest import render
from s1elastic.ingest.javatypes import JavaSet, JFloat, JLong, ZonedDateTime, java_class_name


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"a": 100.0}, '{"a":100.0}'),
        ({"a": 1e7}, '{"a":1.0E7}'),
        ({"a": 1e-4}, '{"a":1.0E-4}'),
        ({"a": 0.001}, '{"a":0.001}'),
        ({"a": -0.0}, '{"a":-0.0}'),
        ({"a": JFloat(1.1)}, '{"a":1.1}'),
        ({"a": math.nan, "b": math.inf, "c": -math.inf}, '{"a":"NaN","b":"Infinity","c":"-Infinity"}'),
        (
            {"a": JLong(5), "b": 2**63 - 1, "c": 2**70},
            '{"a":5,"b":9223372036854775807,"c":1180591620717411303424}',
        ),
        ({"a": '\x01\x1f\t\n"\\/é<>&'}, '{"a":"\\u0001\\u001F\\t\\n\\"\\\\/é<>&"}'),
        ({"a": b"\x00\xff"}, '{"a":"AP8="}'),
        ({"a": JavaSet([1, 2]), "b": None, "c": True}, '{"a":[1,2],"b":null,"c":true}'),
        ([1, [2.5, {"x": []}]], '[1,[2.5,{"x":[]}]]'),
    ],
    ids=[
        "double-plain",
        "double-1e7",
        "double-small",
        "double-milli",
        "negative-zero",
        "float",
        "nan-inf",
        "longs-bigint",
        "escapes",
        "bytes",
        "set-null-bool",
        "nested",
    ],
)
def test_dumps(value: Any, text: str) -> None:
    assert render.dumps(value) == text


def test_dumps_date() -> None:
    stamp = ZonedDateTime.from_epoch_nanos(1_702_543_529_309_995_305)
    assert render.dumps({"t": stamp}) == '{"t":"2023-12-14T08:45:29.309995305Z"}'


def test_pretty_layout() -> None:
    assert (
        render.dumps({"a": [1, {}], "b": []}, pretty=True)
        == '{\n  "a" : [\n    1,\n    { }\n  ],\n  "b" : [ ]\n}'
    )


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "[1, 2147483648, 9223372036854775808, 1.5, 1e2]",
            [
                "java.lang.Integer",
                "java.lang.Long",
                "java.math.BigInteger",
                "java.lang.Double",
                "java.lang.Double",
            ],
        ),
        (
            '[12345678901234567890123, "12345678901234567890123"]',
            ["java.math.BigInteger", "java.lang.String"],
        ),
    ],
    ids=["magnitudes", "bigint-and-string"],
)
def test_loads_java_numbers(text: str, classes: list[str]) -> None:
    assert [java_class_name(v) for v in render.loads(text)] == classes


def test_loads_keeps_big_integers_exact() -> None:
    assert render.loads('{"a": 123456789012345678901234567890}') == {"a": 123456789012345678901234567890}
    assert render.loads("[1.50]") == [1.5]
