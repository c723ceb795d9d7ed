"""convert: Java parsing rules and result classes for every type."""

from __future__ import annotations

import ipaddress
import math
from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.errors import ClassCastException, JavaException
from s1elastic.ingest.javatypes import JFloat, JLong, java_class_name, java_to_string
from s1elastic.ingest.processors.convert import (
    CONVERTERS,
    ConvertProcessor,
    _integral,
    is_ip_literal,
    to_boolean,
    to_integer,
    to_long,
)


@pytest.mark.parametrize(
    ("type_name", "value", "expected", "java_class"),
    [
        pytest.param("integer", "42", 42, "java.lang.Integer", id="int"),
        pytest.param("integer", "+5", 5, "java.lang.Integer", id="int-plus-sign"),
        pytest.param("integer", "0x1F", 31, "java.lang.Integer", id="int-hex"),
        pytest.param("integer", "-0x10", -16, "java.lang.Integer", id="int-negative-hex"),
        pytest.param("integer", 7, 7, "java.lang.Integer", id="int-from-int"),
        pytest.param("long", "9999999999", 9999999999, "java.lang.Long", id="long"),
        pytest.param("long", "1", 1, "java.lang.Long", id="small-long-is-long"),
        pytest.param("float", "1.5", 1.5, "java.lang.Float", id="float"),
        pytest.param("float", " 1e3 ", 1000.0, "java.lang.Float", id="float-trimmed-exponent"),
        pytest.param("float", "1.5f", 1.5, "java.lang.Float", id="float-suffix"),
        pytest.param("float", "0x1.8p1", 3.0, "java.lang.Float", id="float-hex"),
        pytest.param("float", "3.4e39", math.inf, "java.lang.Float", id="float-overflow-infinity"),
        pytest.param("double", "-Infinity", -math.inf, "java.lang.Double", id="double-infinity"),
        pytest.param("double", "2.5d", 2.5, "java.lang.Double", id="double-suffix"),
        pytest.param("double", 3, 3.0, "java.lang.Double", id="double-from-int"),
        pytest.param("boolean", "TRUE", True, "java.lang.Boolean", id="bool-case-insensitive"),
        pytest.param("boolean", "false", False, "java.lang.Boolean", id="bool-false"),
        pytest.param("string", 1.0, "1.0", "java.lang.String", id="string-of-double"),
        pytest.param("string", {"a": 1}, "{a=1}", "java.lang.String", id="string-of-map"),
        pytest.param("ip", "10.0.0.1", "10.0.0.1", "java.lang.String", id="ipv4"),
        pytest.param("ip", "::1", "::1", "java.lang.String", id="ipv6"),
        pytest.param("auto", "true", True, "java.lang.Boolean", id="auto-bool"),
        pytest.param("auto", "12", 12, "java.lang.Integer", id="auto-int"),
        pytest.param("auto", "12345678901", 12345678901, "java.lang.Long", id="auto-long"),
        pytest.param("auto", "242.15", JFloat(242.15), "java.lang.Float", id="auto-float-not-double"),
        pytest.param("auto", "3.4e39", math.inf, "java.lang.Float", id="auto-float-infinity"),
        pytest.param("auto", "abc", "abc", "java.lang.String", id="auto-keeps-string"),
        pytest.param("auto", 1.5, 1.5, "java.lang.Double", id="auto-non-string-unchanged"),
        pytest.param("INTEGER", "1", 1, "java.lang.Integer", id="type-case-insensitive"),
    ],
)
def test_conversions(type_name: str, value: Any, expected: Any, java_class: str) -> None:
    result = run("convert", {"field": "v", "type": type_name, "target_field": "out"}, {"v": value})["out"]
    assert result == expected
    assert java_class_name(result) == java_class


def test_float_is_rounded_once_from_decimal() -> None:
    result = run("convert", {"field": "v", "type": "float"}, {"v": "1.1"})["v"]
    assert isinstance(result, JFloat) and repr(result) == "1.1f"


def test_list_element_wise() -> None:
    result = run("convert", {"field": "v", "type": "long"}, {"v": ["1", 2]})["v"]
    assert result == [1, 2] and all(isinstance(x, JLong) for x in result)


@pytest.mark.parametrize(
    ("type_name", "value", "reason", "cause"),
    [
        pytest.param(
            "integer", "1.0", "unable to convert [1.0] to integer", 'For input string: "1.0"', id="int-dot"
        ),
        pytest.param(
            "integer",
            "2147483648",
            "unable to convert [2147483648] to integer",
            'For input string: "2147483648"',
            id="overflow",
        ),
        pytest.param(
            "integer", " 5", "unable to convert [ 5] to integer", 'For input string: " 5"', id="int-space"
        ),
        pytest.param(
            "integer",
            "0x",
            "unable to convert [0x] to integer",
            'For input string: "" under radix 16',
            id="hex-empty",
        ),
        pytest.param("long", "abc", "unable to convert [abc] to long", 'For input string: "abc"', id="long"),
        pytest.param(
            "float", "abc", "unable to convert [abc] to float", 'For input string: "abc"', id="float"
        ),
        pytest.param("double", "  ", "unable to convert [  ] to double", "empty String", id="double-empty"),
    ],
)
def test_number_errors(type_name: str, value: Any, reason: str, cause: str) -> None:
    body = run_error("convert", {"field": "v", "type": type_name}, {"v": value})
    assert body["root_cause"] == [{"type": "illegal_argument_exception", "reason": reason}]
    assert body["caused_by"] == {"type": "number_format_exception", "reason": cause}


@pytest.mark.parametrize(
    ("options", "source", "error"),
    [
        pytest.param(
            {"type": "boolean"},
            {"v": "yes"},
            iae("[yes] is not a boolean value, cannot convert to boolean"),
            id="bool",
        ),
        pytest.param({"type": "ip"}, {"v": "1.2.3"}, iae("'1.2.3' is not an IP string literal."), id="ip"),
        pytest.param(
            {"type": "ip"}, {"v": "01.2.3.4"}, iae("'01.2.3.4' is not an IP string literal."), id="ip-zero"
        ),
        pytest.param(
            {"type": "integer"},
            {"v": None},
            iae("Field [v] is null, cannot be converted to type [integer]"),
            id="null",
        ),
        pytest.param({"type": "integer"}, {}, iae("field [v] not present as part of path [v]"), id="missing"),
    ],
)
def test_errors(options: dict[str, Any], source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("convert", {"field": "v", **options}, source) == error


def test_ip_requires_a_string() -> None:
    from processor_helpers import build

    from s1elastic.ingest.document import IngestDocument

    with pytest.raises(ClassCastException) as caught:
        build("convert", {"field": "v", "type": "ip"}).execute(IngestDocument.from_source({"v": 1}))
    assert caught.value.reason == (
        "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and "
        "java.lang.String are in module java.base of loader 'bootstrap')"
    )


# Zone ids as Elasticsearch 9.x's InetAddresses.ipStringToBytes treats them (the byte-scanning
# rewrite, elastic/elasticsearch#132463): the first '%' ends the address and whatever follows is
# ignored, for IPv4 as for IPv6; only an empty zone (a trailing '%') is refused. (The 7.x tests that
# refused `::1%fred` and `1.2.3.4%0` no longer describe it.) Convert's `ip` type is
# InetAddresses.forString((String) value), returning the value unchanged.
@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        pytest.param("::1%0", True, id="v6-numeric-zone"),
        pytest.param("::1.2.3.4%0", True, id="v6-dotted-tail-numeric-zone"),
        pytest.param("fe80::1%25", True, id="v6-link-local-numeric-zone"),
        pytest.param("::1%fred", True, id="v6-named-zone"),
        pytest.param("fe80::1%eth0", True, id="v6-interface-zone"),
        pytest.param("::1%%", True, id="v6-percent-zone"),
        pytest.param("::1%1.2.3.4", True, id="dotted-zone"),
        pytest.param("::1%\u00e9", True, id="non-ascii-zone"),
        pytest.param("0::0:0:0:0:0:0%:1", True, id="zone-holding-last-hextet"),
        pytest.param("1.2.3.4%0", True, id="v4-zone"),
        pytest.param("%::1", False, id="zone-first"),
        pytest.param("%0", False, id="zone-only"),
        pytest.param("::1:%0", False, id="zone-after-colon"),
        pytest.param("::1:1.2.3.%0", False, id="zone-after-dot"),
        pytest.param("01.2.3.4%0", False, id="v4-leading-zero-zone"),
        pytest.param("\u00e9::1%0", False, id="non-ascii-address"),
        pytest.param("::1%", False, id="empty-zone"),
        pytest.param("1.2.3.4%", False, id="v4-empty-zone"),
    ],
)
def test_ip_zone_ids(text: str, accepted: bool) -> None:
    assert is_ip_literal(text) is accepted
    options = {"field": "v", "type": "ip", "target_field": "t"}
    if accepted:
        assert run("convert", options, {"v": text}) == {"v": text, "t": text}
    else:
        assert run_error("convert", options, {"v": text}) == iae(f"'{text}' is not an IP string literal.")


def test_ignore_missing() -> None:
    assert run("convert", {"field": "v", "type": "integer", "ignore_missing": True}, {}) == {}
    assert run("convert", {"field": "v", "type": "integer", "ignore_missing": True}, {"v": None}) == {
        "v": None
    }


def test_config_errors() -> None:
    assert config_error("convert", {"field": "v", "type": "number"}) == parse_error(
        "[type] type [number] not supported, cannot convert field.", "type", "convert"
    )
    assert config_error("convert", {"field": "v"}) == parse_error(
        "[type] required property is missing", "type", "convert"
    )


def _ipaddress_accepts(text: str) -> bool:
    text, percent, zone = text.partition("%")
    if (percent and not zone) or not text:
        return False  # ES ignores a non-empty zone id, refuses an empty one
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_OCTETS = st.sampled_from(
    ["0", "00", "01", "7", "10", "99", "100", "199", "249", "255", "256", "1000", "", "٣", " 1"]
)


@settings(max_examples=400, deadline=None)
@given(octets=st.lists(_OCTETS, min_size=3, max_size=5), tail=st.sampled_from(["", "\n", "%eth0", ":"]))
def test_dotted_quad_shortcut_agrees_with_ipaddress(octets: list[str], tail: str) -> None:
    text = ".".join(octets) + tail
    assert is_ip_literal(text) == _ipaddress_accepts(text)


_NUMBERS = (
    st.integers(min_value=-(2**65), max_value=2**65)
    | st.sampled_from([2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1])
    | st.booleans()
)


def _converted(convert: Any, value: Any) -> Any:
    try:
        result = convert(value)
    except JavaException as exc:
        return ("error", str(exc))
    return (java_class_name(result), result)


@settings(max_examples=400, deadline=None)
@given(number=_NUMBERS, as_long=st.booleans())
def test_number_shortcuts_agree_with_text_parsing(number: int, as_long: bool) -> None:
    value = JLong(number) if as_long and not isinstance(number, bool) else number
    assert _converted(to_integer, value) == _converted(lambda v: _integral(v, 32, "integer"), value)
    assert _converted(to_long, value) == _converted(lambda v: JLong(_integral(v, 64, "long")), value)
    assert _converted(to_boolean, value) == _converted(lambda v: to_boolean(java_to_string(v)), value)


@settings(max_examples=600, deadline=None)
@given(
    type_name=st.sampled_from(sorted(CONVERTERS)),
    data=st.data(),
    field=PATHS,
    ignore_missing=st.booleans(),
)
def test_in_place_walk_agrees_with_get_and_set(
    type_name: str, data: st.DataObject, field: str, ignore_missing: bool
) -> None:
    source = data.draw(source_along(field) | SOURCES)
    processor = build("convert", {"field": field, "type": type_name, "ignore_missing": ignore_missing})
    assert isinstance(processor, ConvertProcessor)
    fast, general = make_doc(source), make_doc(source)
    assert attempt(lambda: processor.execute(fast) is fast) == attempt(
        lambda: processor._execute_general(general) is general
    )
    assert state(fast) == state(general)
