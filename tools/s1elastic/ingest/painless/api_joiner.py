"""java.util.StringJoiner and java.util.StringTokenizer (java.util.txt), with the JDK's null
checks and token rules. StringTokenizer is also a java.util.Enumeration of its tokens."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import JavaException, NullPointerException
from s1elastic.ingest.painless.api_chars import _units
from s1elastic.ingest.painless.api_lang import _from16, _u16
from s1elastic.ingest.painless.methods import constructor, method


class NoSuchElementException(JavaException):
    java_class = "java.util.NoSuchElementException"


def _text(v: Any, what: str) -> str:
    """A CharSequence argument as UTF-16 units; null is the JDK's requireNonNull message."""
    if v is None:
        raise NullPointerException(f"The {what} must not be null")
    return _units(v)


class StringJoiner:
    __slots__ = ("delimiter", "empty", "parts", "prefix", "suffix")
    JAVA_CLASS = "java.util.StringJoiner"
    PAINLESS_CLASS = "StringJoiner"

    def __init__(self, delimiter: str, prefix: str, suffix: str) -> None:
        self.delimiter, self.prefix, self.suffix = delimiter, prefix, suffix
        self.parts: list[str] = []
        self.empty: str | None = None  # setEmptyValue; None means prefix + suffix

    def units(self) -> str:
        if not self.parts:
            return self.prefix + self.suffix if self.empty is None else self.empty
        return self.prefix + self.delimiter.join(self.parts) + self.suffix

    def java_to_string(self) -> str:
        return _from16(self.units())


@constructor("StringJoiner", "CharSequence", "CharSequence, CharSequence, CharSequence")
def _new_joiner(delimiter: Any, prefix: Any = "", suffix: Any = "") -> StringJoiner:
    return StringJoiner(_text(delimiter, "delimiter"), _text(prefix, "prefix"), _text(suffix, "suffix"))


@method("StringJoiner", "StringJoiner add(CharSequence)")
def _joiner_add(j: StringJoiner, v: Any) -> StringJoiner:
    j.parts.append(_u16("null") if v is None else _units(v))
    return j


@method("StringJoiner", "StringJoiner merge(StringJoiner)")
def _joiner_merge(j: StringJoiner, other: Any) -> StringJoiner:
    if other is None:
        raise NullPointerException(None)
    if other.parts:
        j.parts.append(other.delimiter.join(other.parts))
    return j


@method("StringJoiner", "StringJoiner setEmptyValue(CharSequence)")
def _joiner_set_empty(j: StringJoiner, v: Any) -> StringJoiner:
    j.empty = _text(v, "empty value")
    return j


@method("StringJoiner", "int length()")
def _joiner_length(j: StringJoiner) -> int:
    return len(j.units())


@method("StringJoiner", "String toString()")
def _joiner_to_string(j: StringJoiner) -> str:
    return j.java_to_string()


class StringTokenizer:
    __slots__ = ("delims", "pos", "return_delims", "text")
    JAVA_CLASS = "java.util.StringTokenizer"
    PAINLESS_CLASS = "StringTokenizer"

    def __init__(self, text: str, delims: str | None, return_delims: bool) -> None:
        self.text, self.delims, self.return_delims = text, delims, return_delims
        self.pos = 0

    def _is_delim(self, c: str) -> bool:
        if self.delims is None:
            raise NullPointerException(None)  # a null delimiter set fails on first use, as in the JDK
        return c in self.delims

    def skip(self, pos: int) -> int:
        while not self.return_delims and pos < len(self.text) and self._is_delim(self.text[pos]):
            pos += 1
        return pos

    def scan(self, pos: int) -> int:
        start = pos
        while pos < len(self.text) and not self._is_delim(self.text[pos]):
            pos += 1
        if self.return_delims and start == pos and pos < len(self.text):
            pos += 1  # a delimiter is a token of its own
        return pos

    def next_token(self) -> str:
        self.pos = self.skip(self.pos)
        if self.pos >= len(self.text):
            raise NoSuchElementException(None)
        start = self.pos
        self.pos = self.scan(self.pos)
        return _from16(self.text[start : self.pos])


@constructor("StringTokenizer", "String", "String, String", "String, String, boolean")
def _new_tokenizer(text: Any, delims: Any = " \t\n\r\f", return_delims: Any = False) -> StringTokenizer:
    if text is None:
        raise NullPointerException('Cannot invoke "String.length()" because "str" is null')
    return StringTokenizer(
        _u16(str(text)), None if delims is None else _u16(str(delims)), bool(return_delims)
    )


@method("StringTokenizer", "boolean hasMoreTokens()", "boolean hasMoreElements()")
def _tok_has_more(t: StringTokenizer) -> bool:
    return t.skip(t.pos) < len(t.text)


@method("StringTokenizer", "String nextToken()", "def nextElement()")
def _tok_next(t: StringTokenizer) -> str:
    return t.next_token()


@method("StringTokenizer", "String nextToken(String)")
def _tok_next_with(t: StringTokenizer, delims: Any) -> str:
    t.delims = None if delims is None else _u16(str(delims))
    return t.next_token()


@method("StringTokenizer", "int countTokens()")
def _tok_count(t: StringTokenizer) -> int:
    count, pos = 0, t.pos
    while True:
        pos = t.skip(pos)
        if pos >= len(t.text):
            return count
        pos = t.scan(pos)
        count += 1
