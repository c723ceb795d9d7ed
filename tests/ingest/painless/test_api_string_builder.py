"""java.lang.StringBuilder as java.lang.txt whitelists it (plus CharSequence.charAt): in-place edits
(setCharAt, deleteCharAt, delete, insert, replace, reverse, setLength), searches and substrings,
with JDK 21's bounds texts. A camelCase -> snake_case converter built on charAt/setCharAt is the
shape real ingest pipelines use."""

from __future__ import annotations

import pytest
from painless_helpers import run_script

from s1elastic.ingest.errors import ScriptException

CASES = [
    ("char_at", "StringBuilder b = new StringBuilder('abc'); ctx.r = String.valueOf(b.charAt(1))", "b"),
    (
        "char_at_last_after_append",
        "def b = new StringBuilder(); b.append('xy'); ctx.r = b.charAt(b.length()-1) == (char)'y'",
        True,
    ),
    (
        "set_char_at",
        "def b = new StringBuilder('abc'); b.setCharAt(0, (char)'_'); ctx.r = b.toString()",
        "_bc",
    ),
    ("delete_char_at", "def b = new StringBuilder('abc'); ctx.r = b.deleteCharAt(1).toString()", "ac"),
    ("delete_range", "def b = new StringBuilder('abcdef'); ctx.r = b.delete(1, 3).toString()", "adef"),
    ("delete_end_clamped", "def b = new StringBuilder('abc'); ctx.r = b.delete(1, 99).toString()", "a"),
    ("insert_front", "def b = new StringBuilder('bc'); ctx.r = b.insert(0, 'a').toString()", "abc"),
    ("insert_number", "def b = new StringBuilder('ab'); ctx.r = b.insert(2, 12).toString()", "ab12"),
    (
        "replace_range",
        "def b = new StringBuilder('hello world'); ctx.r = b.replace(0, 5, 'HELLO').toString()",
        "HELLO world",
    ),
    ("reverse", "ctx.r = new StringBuilder('abc').reverse().toString()", "cba"),
    (
        "reverse_keeps_surrogate_pairs",
        "ctx.r = new StringBuilder('a\U0001f600b').reverse().toString()",
        "b\U0001f600a",
    ),
    ("set_length_shorter", "def b = new StringBuilder('abcdef'); b.setLength(2); ctx.r = b.toString()", "ab"),
    (
        "set_length_longer_pads_nul",
        "def b = new StringBuilder('a'); b.setLength(3); ctx.r = b.toString()",
        "a\0\0",
    ),
    ("index_of", "ctx.r = new StringBuilder('abcabc').indexOf('c')", 2),
    ("index_of_from", "ctx.r = new StringBuilder('abcabc').indexOf('c', 3)", 5),
    ("last_index_of", "ctx.r = new StringBuilder('abcabc').lastIndexOf('a')", 3),
    ("substring_from", "ctx.r = new StringBuilder('abcdef').substring(4)", "ef"),
    ("substring_range", "ctx.r = new StringBuilder('abcdef').substring(1, 3)", "bc"),
    (
        "utf16_units",
        "def b = new StringBuilder('\U0001f600x'); ctx.r = b.length() + ':' + b.substring(2)",
        "3:x",
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_string_builder(source: str, expected: object) -> None:
    assert run_script(source)["r"] == expected


SNAKE = """
String snake(String s) {
  int run = 0; boolean first = true;
  StringBuilder result = new StringBuilder();
  for (char c : s.toCharArray()) {
    char o = Character.toLowerCase(c);
    if (c != o) {
      if (run == 0 && !first) { result.append('_'); }
      run++;
    } else {
      if (run > 1) {
        char prev = result.charAt(result.length()-1);
        result.setCharAt(result.length()-1, (char)'_');
        result.append(prev);
      }
      run = 0; first = false;
    }
    result.append(o);
  }
  return result.toString();
}
ctx.r = [snake('MessageID'), snake('CAProperties'), snake('IsoTimestamp'), snake('PSMID')];
"""


def test_camel_to_snake_with_char_edits() -> None:
    # an upper-case run followed by lower case splits before the run's last letter
    assert run_script(SNAKE)["r"] == ["message_id", "ca_properties", "iso_timestamp", "psmid"]


ERRORS = [
    ("char_at_past_end", "new StringBuilder('ab').charAt(2)", "Index 2 out of bounds for length 2"),
    (
        "set_char_at_negative",
        "new StringBuilder('ab').setCharAt(-1, (char)'x')",
        "Index -1 out of bounds for length 2",
    ),
    ("delete_char_at_empty", "new StringBuilder().deleteCharAt(0)", "Index 0 out of bounds for length 0"),
    ("insert_past_end", "new StringBuilder('ab').insert(3, 'x')", "Range [3, 2) out of bounds for length 2"),
    (
        "delete_start_after_end",
        "new StringBuilder('abc').delete(2, 1)",
        "Range [2, 1) out of bounds for length 3",
    ),
    ("set_length_negative", "new StringBuilder('ab').setLength(-1)", "String index out of range: -1"),
]


@pytest.mark.parametrize(("source", "reason"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_string_builder_bounds(source: str, reason: str) -> None:
    with pytest.raises(ScriptException) as info:
        run_script(source)
    assert info.value.error_body()["caused_by"] == {
        "type": "string_index_out_of_bounds_exception",
        "reason": reason,
    }
