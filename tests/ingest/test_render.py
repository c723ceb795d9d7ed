"""render.dumps/loads: Elasticsearch's JSON text for the Java value model (spec §7, §2.4)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s1elastic.ingest import render
from s1elastic.ingest.javatypes import (
    JavaSet,
    JFloat,
    JLong,
    ZonedDateTime,
    java_class_name,
    java_double_str,
)


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


# -- the orjson-first path must write what the converting path writes, byte for byte --------------

# Doubles around every edge of the two formats: Java's plain range [1e-3, 1e7), orjson's [1e-5, 1e16).
_EDGES = [1e-3, 1e7, 1e-5, 1e16, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0, 0.1]
_EDGE_DOUBLES = [
    sign * x
    for edge in _EDGES
    for x in (edge, math.nextafter(edge, 0.0), math.nextafter(edge, math.inf))
    for sign in (1.0, -1.0)
] + [0.0, -0.0, math.nan, math.inf, -math.inf, 12345678.9, 0.00099, 0.0001, 1234567.0]
_DOUBLES = st.floats() | st.sampled_from(_EDGE_DOUBLES) | st.floats(min_value=1e-4, max_value=1e8)
# Strings that look like the tokens the scan looks for, so that matches inside strings are exercised.
_TRICKY_TEXT = st.sampled_from(
    [
        "1e+16",
        ":1.5e-7,",
        "null",
        "0.0001",
        ",12345678.5]",
        ":0.0001}",
        "[-0.000123,",
        "12:00:00.000Z",
        "e-mail",
        "a+b",
        "\x01",
        "\\u0041",
        "é",
        "",
    ]
)
_INTS = st.integers() | st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**7])
_LEAVES = (
    st.none()
    | st.booleans()
    | _INTS
    | _DOUBLES
    | _DOUBLES.map(JFloat)
    | st.integers(-(2**70), 2**70).map(JLong)
    | st.text(st.characters(exclude_categories=["Cs"]), max_size=6)
    | _TRICKY_TEXT
    | st.binary(max_size=4)
)
_KEYS = _TRICKY_TEXT | st.text(max_size=3) | st.integers(-3, 3)
_DOCUMENTS = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.lists(inner, max_size=3).map(JavaSet)
        | st.dictionaries(_KEYS, inner, max_size=5)
    ),
    max_leaves=20,
)


def _converting_path(value: Any) -> bytes:
    """The general path: every orjson-incompatible leaf pre-rendered, then Jackson's escapes."""
    out = render._exact_bytes(value)
    if b"\\u00" in out:
        return render._slow_dumps(value).encode("utf-8")
    return out


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.dictionaries(_KEYS, _DOCUMENTS, max_size=6) | st.lists(_DOCUMENTS, max_size=6))
def test_fast_path_agrees_with_converting_path(value: Any) -> None:
    out = render.dumps_bytes(value)
    assert out == _converting_path(value)
    if not _keys_collide(value):  # {"1": x, 1: y}: the converting path keeps one entry, the slow one both
        assert out == render._slow_dumps(value).encode("utf-8")


def _keys_collide(value: Any) -> bool:
    if isinstance(value, dict):
        if len({str(key) for key in value}) != len(value):
            return True
        return any(_keys_collide(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_keys_collide(item) for item in value)
    return False


@settings(max_examples=3000, deadline=None)
@given(x=_DOUBLES)
def test_one_double_is_written_as_double_to_string(x: float) -> None:
    text = java_double_str(x)
    expected = f'"{text}"' if math.isnan(x) or math.isinf(x) else text
    assert render.dumps_bytes({"a": [x]}) == f'{{"a":[{expected}]}}'.encode()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1e7 - 1, "9999999.0"),
        (1e7, "1.0E7"),
        (12345678.5, "1.23456785E7"),
        (0.001, "0.001"),
        (0.00099, "9.9E-4"),
        (1e-5, "1.0E-5"),
        (1e16, "1.0E16"),
        (-1.5e-7, "-1.5E-7"),
        (1.7976931348623157e308, "1.7976931348623157E308"),
    ],
    ids=[
        "below-1e7",
        "1e7",
        "above-1e7",
        "milli",
        "below-milli",
        "orjson-plain-small",
        "orjson-exponent",
        "negative",
        "max",
    ],
)
def test_doubles_at_format_edges(value: float, text: str) -> None:
    assert render.dumps({"v": value, "s": "1e+16 :1.5,"}) == f'{{"v":{text},"s":"1e+16 :1.5,"}}'


@pytest.mark.parametrize(
    ("literal", "text"),
    [("1.50", "1.50"), ("1E+3", "1E+3"), ("-0.000001", "-0.000001"), ("1E-7", "1E-7")],
)
def test_big_decimal_is_a_bare_number_in_its_to_string_form(literal: str, text: str) -> None:
    # Jackson's writeNumber(BigDecimal) writes BigDecimal.toString() (WRITE_BIGDECIMAL_AS_PLAIN is off)
    from s1elastic.ingest.pipeline import Pipeline

    script = f"ctx.d = new BigDecimal('{literal}'); ctx.l = [ctx.d]"
    doc = Pipeline.load({"processors": [{"script": {"source": script}}]}).run({})
    assert doc is not None
    value = {"d": doc.source["d"], "l": doc.source["l"]}
    assert render.dumps(value) == f'{{"d":{text},"l":[{text}]}}'
    assert render.dumps(value["d"], pretty=True) == text
