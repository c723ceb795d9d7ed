"""Integer/Long/Byte parse methods given null: JDK 17 and 25 both say 'Cannot parse null string'
(no ': null' suffix).

Expected texts come from the JDK (Temurin 25; OpenJDK 17 agrees unless noted): a throwaway Java
class printed String.valueOf(expression), or the exception class and message, for each Java
twin of the expressions below (Painless has no varargs, so Arrays.asList takes a def[] here).
Painless evaluates the same expression inside String.valueOf, so the strings must match."""

from __future__ import annotations

import pytest
from painless_helpers import error_of_string_value_of

PRELUDE = ""

ERRORS = [
    ("pi_null", "Integer.parseInt(null)", "number_format_exception", "Cannot parse null string"),
    ("pl_null", "Long.parseLong(null)", "number_format_exception", "Cannot parse null string"),
    ("pi_null_r", "Integer.parseInt(null, 16)", "number_format_exception", "Cannot parse null string"),
    ("pb_null", "Byte.parseByte(null)", "number_format_exception", "Cannot parse null string"),
    ("vo_null", "Integer.valueOf(null, 10)", "number_format_exception", "Cannot parse null string"),
]


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str | None) -> None:
    assert error_of_string_value_of(PRELUDE, expr) == (error_type, message)
