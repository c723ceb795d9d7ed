"""`Character.digit(int, int)` as java.lang.Character.digit defines it: a decimal digit (any
Unicode Nd) or a Latin letter (ASCII or fullwidth, worth 10..35) when its value is below the radix,
which must lie in 2..36; -1 otherwise."""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script

INT = "java.lang.Integer"

CASES = [
    ("hex_lower", "Character.digit((char)'f', 16)", "15"),
    ("hex_upper", "Character.digit((char)'A', 16)", "10"),
    ("not_hex", "Character.digit((char)'g', 16)", "-1"),
    ("octal_in_range", "Character.digit((char)'7', 8)", "7"),
    ("octal_out_of_range", "Character.digit((char)'9', 8)", "-1"),
    ("radix_36", "Character.digit('Z'.charAt(0), 36)", "35"),
    ("radix_too_small", "Character.digit((char)'0', 1)", "-1"),
    ("radix_too_large", "Character.digit((char)'0', 37)", "-1"),
    ("arabic_indic_digit", "Character.digit('\u0663'.charAt(0), 10)", "3"),
    ("fullwidth_letter", "Character.digit('\uff22'.charAt(0), 16)", "11"),
    ("punctuation", "Character.digit((char)'-', 10)", "-1"),
    ("code_point_int", "Character.digit(0x39, 10)", "9"),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_digit(expr: str, expected: str) -> None:
    assert java(run_script(f"ctx.r = {expr}")["r"]) == (INT, expected)


def test_hex_decoding_loop() -> None:
    """The auditd pipeline's hex check: every character a hex digit."""
    source = (
        "boolean hex(String v) { for (int i = 0; i < v.length(); i++) {"
        " if (Character.digit(v.charAt(i), 16) == -1) { return false; } } return true; }"
        " ctx.r = [hex('2F62696E'), hex('2F6x')]"
    )
    assert run_script(source)["r"] == [True, False]
