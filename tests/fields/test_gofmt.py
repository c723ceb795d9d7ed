"""Go fmt verbs for JSON-decoded values (what elastic-package's messages print)."""

from __future__ import annotations

import pytest

from s1elastic.fields.gofmt import go_float, go_q, go_type, go_v


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (1.5, "1.5"),
        (100000000.0, "1e+08"),
        (123456.0, "123456"),
        (1e21, "1e+21"),
        (1e20, "1e+20"),
        (1234567.0, "1.234567e+06"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (-2.25, "-2.25"),
        (0.0, "0"),
        (1714557600000.0, "1.7145576e+12"),
    ],
)
def test_go_float(value: float, text: str) -> None:
    assert go_float(value) == text


def test_go_verbs() -> None:
    assert go_type("x") == "string"
    assert go_type(3) == "float64"
    assert go_type(True) == "bool"
    assert go_type({}) == "map[string]interface {}"
    assert go_type([]) == "[]interface {}"
    assert go_type(None) == "<nil>"
    assert go_v({"b": 1, "a": [True, "x"]}) == "map[a:[true x] b:1]"
    assert go_v(None) == "<nil>"
    assert go_q('a"b') == '"a\\"b"'
    assert go_q(["a", "b"]) == '["a" "b"]'
    assert go_q(1) == "%!q(float64=1)"
