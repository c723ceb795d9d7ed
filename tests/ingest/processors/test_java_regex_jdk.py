"""java.util.regex emulation: syntax errors, find, split and replaceAll as the JDK reports them.

Every expected value below was observed on OpenJDK 25 (the JDK line Elasticsearch 9 bundles) with a
differential harness; the tests themselves do not need a JDK.
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.processors._java_regex import (
    JavaReplacer,
    PatternSyntaxException,
    compile_java_regex,
    java_split,
)

# pattern, PatternSyntaxException.getMessage() (None: the pattern compiles)
COMPILE = [
    ("[a", "Unclosed character class near index 1\n[a\n ^"),
    ("(", "Unclosed group near index 1\n("),
    ("[z-a]", "Illegal character range near index 3\n[z-a]\n   ^"),
    ("([[]+)", "Unclosed character class near index 5\n([[]+)\n     ^"),
    (")", "Unmatched closing ')'\n)"),
    ("a)", "Unmatched closing ')' near index 0\na)\n^"),
    ("*a", "Dangling meta character '*' near index 0\n*a\n^"),
    ("a**", "Dangling meta character '*' near index 2\na**\n  ^"),
    ("{abc}", "Illegal repetition near index 1\n{abc}\n ^"),
    ("a{2,1}", "Illegal repetition range near index 5\na{2,1}\n     ^"),
    ("a{1", "Unclosed counted closure near index 3\na{1"),
    ("\\", "Unescaped trailing backslash near index 1\n\\"),
    ("\\y", "Illegal/unsupported escape sequence near index 1\n\\y\n ^"),
    ("\\x{110000}", "Hexadecimal codepoint is too big near index 8\n\\x{110000}\n        ^"),
    ("\\0", "Illegal octal escape sequence near index 2\n\\0"),
    (
        "(?<a>x)(?<a>y)",
        "Named capturing group <a> is already defined near index 11\n(?<a>x)(?<a>y)\n           ^",
    ),
    ("(?<a_b>x)", "named capturing group is missing trailing '>' near index 4\n(?<a_b>x)\n    ^"),
    ("\\k<b>", "named capturing group <b> does not exist near index 4\n\\k<b>\n    ^"),
    (
        "(?<=(ab)+)c",
        "Look-behind group does not have an obvious maximum length near index 8\n(?<=(ab)+)c\n        ^",
    ),
    ("(?<=a*)b", None),
    ("(?z)", "Unknown inline modifier near index 2\n(?z)\n  ^"),
    ("\\p{Foo}", "Unknown character property name {Foo} near index 6\n\\p{Foo}\n      ^"),
    ("[a&&]", None),
    ("\\Qab", None),
    ("\\Qa\\E)", "Unmatched closing ')' near index 0\n\\Qa\\E)\n^"),
    ("a{2}{3}", None),
    ("\\8", None),
    ("[\\b]", "Illegal/unsupported escape sequence near index 2\n[\\b]\n  ^"),
]

# pattern, input, spans of the successive Matcher.find() matches
FIND = [
    ("(?=a)|a", "aa", [(0, 0), (1, 1)]),
    ("a*", "baaa", [(0, 0), (1, 4), (4, 4)]),
    ("(?m)^", "a\nb\n", [(0, 0), (2, 2)]),
    ("(?m)^", "", []),
    ("$", "a\r\n", [(1, 1), (3, 3)]),
    ("$", "a\n\n", [(2, 2), (3, 3)]),
    (".", "\r\x85\u2028x", [(3, 4)]),
    ("(?s).", "\r\n", [(0, 1), (1, 2)]),
    ("(?d).", "\r\n", [(0, 1)]),
    ("[a-z&&[^aeiou]]", "hello", [(0, 1), (2, 3), (3, 4)]),
    ("[^a[b]]", "abc", [(2, 3)]),
    ("(?i)k", "kKK", [(0, 1), (1, 2)]),
    ("(?iu)k", "kKK", [(0, 1), (1, 2), (2, 3)]),
    ("(?i)é", "éÉ", [(0, 1)]),
    ("(?iu)é", "éÉ", [(0, 1), (1, 2)]),
    ("\\w+", "été_1", [(1, 2), (3, 5)]),
    ("\\p{L}+", "été_1", [(0, 3)]),
    ("\\p{Alpha}+", "été", [(1, 2)]),
    ("\\p{IsAlphabetic}+", "été", [(0, 3)]),
    ("\\b", "é a", [(2, 2), (3, 3)]),
    ("\\h", "\t \xa0\n", [(0, 1), (1, 2), (2, 3)]),
    ("\\R", "\r\n\n", [(0, 2), (2, 3)]),
    ("(a)\\12", "aa2a", [(0, 3)]),
    ("(?x)[ a]", "a b", [(0, 1)]),
    ("\\Qa.b\\E", "a.b axb", [(0, 3)]),
    ("a{1,}+", "aaa", [(0, 3)]),
]

# separator, input, limit, String.split result
SPLIT = [
    ("", "abc", 0, ["a", "b", "c"]),
    (",", "a,b,,", 0, ["a", "b"]),
    (",", "a,b,,", -1, ["a", "b", "", ""]),
    (",", ",a", 0, ["", "a"]),
    ("\\b", "ab cd", 0, ["ab", " ", "cd"]),
    ("(?=b)", "abab", 0, ["a", "ba", "b"]),
    ("x*", "axb", 0, ["a", "", "b"]),
    (",", "a,b,c", 2, ["a", "b,c"]),
    (",", "", 0, [""]),
    ("\\|", "a|b", 0, ["a", "b"]),
]

# pattern, input, replacement, replaceAll result or (exception class, message)
REPLACE = [
    ("(a)(b)?", "ab a", "[$1$2]", "[ab] [a]", None),
    ("(?<n>a)", "a", "${n}$0", "aa", None),
    ("a", "a", "$2", None, ("IndexOutOfBoundsException", "No group 2")),
    ("a", "a", "${x}", None, ("IllegalArgumentException", "No group with name {x}")),
    ("a", "a", "$", None, ("IllegalArgumentException", "Illegal group reference: group index is missing")),
    ("a", "a", "\\", None, ("IllegalArgumentException", "character to be escaped is missing")),
    (
        "a",
        "a",
        "${1}",
        None,
        ("IllegalArgumentException", "capturing group name {1} starts with digit character"),
    ),
    ("a", "a", "${", None, ("IllegalArgumentException", "named capturing group has 0 length name")),
    ("x*", "ab", "-", "-a-b-", None),
    ("(?=a)|a", "aa", "-", "-a-a", None),
]


@pytest.mark.parametrize(("pattern", "message"), COMPILE, ids=[repr(c[0]) for c in COMPILE])
def test_compile(pattern: str, message: str | None) -> None:
    if message is None:
        compile_java_regex(pattern)
        return
    with pytest.raises(PatternSyntaxException) as caught:
        compile_java_regex(pattern)
    assert caught.value.reason == message
    assert isinstance(caught.value, IllegalArgumentException)


@pytest.mark.parametrize(("pattern", "text", "spans"), FIND, ids=[f"{c[0]!r}~{c[1]!r}" for c in FIND])
def test_find(pattern: str, text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in compile_java_regex(pattern).finditer(text)] == spans


@pytest.mark.parametrize(
    ("separator", "text", "limit", "parts"), SPLIT, ids=[f"{c[0]!r}~{c[1]!r}~{c[2]}" for c in SPLIT]
)
def test_split(separator: str, text: str, limit: int, parts: list[str]) -> None:
    assert java_split(compile_java_regex(separator), text, limit) == parts


@pytest.mark.parametrize(
    ("pattern", "text", "replacement", "result", "error"),
    REPLACE,
    ids=[f"{c[0]!r}~{c[1]!r}~{c[2]!r}" for c in REPLACE],
)
def test_replace_all(
    pattern: str, text: str, replacement: str, result: str | None, error: tuple[str, str] | None
) -> None:
    replacer = JavaReplacer(compile_java_regex(pattern), replacement)
    if error is None:
        assert replacer.replace_all(text) == result
        return
    with pytest.raises(JavaException) as caught:
        replacer.replace_all(text)
    assert (caught.value.java_class.rsplit(".", 1)[-1], caught.value.reason) == error
