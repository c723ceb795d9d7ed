"""String methods of the java.lang.txt whitelist around regions: regionMatches (both overloads)
and copyValueOf(char[], int, int); String.valueOf(char[], int, int) is not whitelisted (only
valueOf(def) is), so Elasticsearch refuses it when compiling."""

from __future__ import annotations

import pytest
from painless_helpers import run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

REGION = [
    ("exact_match", "'Hello World'.regionMatches(6, 'World', 0, 5)", True),
    ("case_differs", "'Hello World'.regionMatches(6, 'world', 0, 5)", False),
    ("ignore_case", "'Hello World'.regionMatches(true, 6, 'wORLD', 0, 5)", True),
    ("ignore_case_false_flag", "'Hello World'.regionMatches(false, 6, 'wORLD', 0, 5)", False),
    ("ignore_case_mismatch", "'Hello'.regionMatches(true, 0, 'help', 0, 4)", False),
    ("negative_offset", "'Hello'.regionMatches(true, -1, 'Hello', 0, 2)", False),
    ("past_the_end", "'Hello'.regionMatches(true, 3, 'lo!', 0, 3)", False),
    ("zero_length", "'Hello'.regionMatches(true, 5, '', 0, 0)", True),
    ("negative_length", "'Hello'.regionMatches(true, 0, 'x', 0, -1)", True),
    ("non_ascii_ignore_case", "'STRASSE \u00c9T\u00c9'.regionMatches(true, 8, '\u00e9t\u00e9', 0, 3)", True),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in REGION], ids=[c[0] for c in REGION])
def test_region_matches(expr: str, expected: bool) -> None:
    assert run_script(f"ctx.r = {expr}")["r"] is expected


def test_copy_value_of_range() -> None:
    doc = run_script("char[] c = 'painless'.toCharArray(); ctx.r = String.copyValueOf(c, 2, 4)")
    assert doc["r"] == "inle"


def _caused_by(source: str) -> dict[str, str]:
    with pytest.raises(ScriptException) as info:
        compile_script(source).execute({})
    return info.value.error_body()["caused_by"]  # type: ignore[no-any-return]


def test_copy_value_of_range_out_of_bounds() -> None:
    # new String(char[], offset, count) checks with Preconditions.checkFromIndexSize (JDK 21 text)
    assert _caused_by("ctx.r = String.copyValueOf('ab'.toCharArray(), 1, 5)") == {
        "type": "string_index_out_of_bounds_exception",
        "reason": "Range [1, 1 + 5) out of bounds for length 2",
    }


def test_value_of_range_is_not_whitelisted() -> None:
    assert _caused_by("ctx.r = String.valueOf('ab'.toCharArray(), 0, 1)") == {
        "type": "illegal_argument_exception",
        "reason": "static method [java.lang.String, valueOf/3] not found",
    }
