"""java.util.regex semantics on top of the `regex` module, for split, kv and gsub.

Why: Elasticsearch compiles these options with java.util.regex, whose syntax and String.split /
Matcher.replaceAll rules differ from Python's. Translated here:
- `\\Q...\\E` quoting, `\\z`, `\\h`/`\\H`, `\\R`, `\\e`, `\\cX`, Java's POSIX classes (`\\p{Alpha}` etc. are
  ASCII-only in Java), and `.` excluding every Java line terminator;
- `\\w`, `\\d`, `\\s`, `\\b` and `(?i)` are ASCII-only, as in Java without UNICODE_CHARACTER_CLASS;
- String.split's limit rules (a zero-width match at index 0 gives no leading empty string; limit 0
  drops trailing empty strings) and replaceAll's `$n` / `${name}` / `\\x` replacement syntax, with
  Java's exception messages.
Not covered: class unions and intersections (`[a[b]]`, `&&`), `(?u)`/`(?U)` flags; syntax errors
carry Python's description of the problem rather than Java's wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from s1elastic.ingest.errors import IllegalArgumentException, IndexOutOfBoundsException

_POSIX: dict[str, str] = {
    "Lower": "a-z",
    "Upper": "A-Z",
    "ASCII": "\\x00-\\x7F",
    "Alpha": "a-zA-Z",
    "Digit": "0-9",
    "Alnum": "a-zA-Z0-9",
    "Punct": "!-/:-@\\[-`{-~",
    "Graph": "!-~",
    "Print": " -~",
    "Blank": " \\t",
    "Cntrl": "\\x00-\\x1F\\x7F",
    "XDigit": "0-9a-fA-F",
    "Space": " \\t\\n\\x0B\\f\\r",
}
_HSPACE = " \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000"
_LINE_TERMINATORS = "\\n\\r\\u0085\\u2028\\u2029"


class PatternSyntaxException(IllegalArgumentException):
    java_class = "java.util.regex.PatternSyntaxException"


def _syntax_error(pattern: str, description: str, index: int) -> PatternSyntaxException:
    """PatternSyntaxException.getMessage(): description, index, the pattern and a caret."""
    text = description
    if index >= 0:
        text += f" near index {index}"
    text += "\n" + pattern
    if index >= 0:
        text += "\n" + " " * index + "^"
    return PatternSyntaxException(text)


def _translate(pattern: str) -> str:
    out: list[str] = []
    i = 0
    n = len(pattern)
    in_class = 0
    dotall = "(?s" in pattern
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            d = pattern[i + 1]
            if d == "Q":
                end = pattern.find("\\E", i + 2)
                literal = pattern[i + 2 :] if end < 0 else pattern[i + 2 : end]
                out.append(regex.escape(literal, special_only=True))
                i = n if end < 0 else end + 2
                continue
            if d in "pP" and i + 2 < n and pattern[i + 2] == "{":
                end = pattern.find("}", i + 3)
                name = pattern[i + 3 : end] if end > 0 else ""
                name = name[2:] if name.startswith("Is") and name[2:] in _POSIX else name
                if name in _POSIX:
                    body = _POSIX[name]
                    if in_class:
                        out.append(body if d == "p" else f"\\P{{{name}}}")
                    else:
                        out.append(f"[{body}]" if d == "p" else f"[^{body}]")
                    i = end + 1
                    continue
            if d == "z":
                out.append("\\Z")
            elif d == "Z":
                out.append(f"(?=[{_LINE_TERMINATORS}]?\\Z)")
            elif d == "h":
                out.append(_HSPACE if in_class else f"[{_HSPACE}]")
            elif d == "H":
                out.append(f"[^{_HSPACE}]")
            elif d == "R":
                out.append("(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])")
            elif d == "e":
                out.append("\\x1B")
            elif d == "c" and i + 2 < n:
                out.append(f"\\x{ord(pattern[i + 2]) ^ 64:02X}")
                i += 3
                continue
            else:
                out.append(c + d)
            i += 2
            continue
        if in_class:
            if c == "[":
                out.append("\\[")
            elif c == "]":
                in_class -= 1
                out.append(c)
            else:
                out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = 1
            out.append(c)
            if i + 1 < n and pattern[i + 1] == "^":
                out.append("^")
                i += 1
            if i + 1 < n and pattern[i + 1] == "]":
                out.append("\\]")
                i += 1
        elif c == "." and not dotall:
            out.append(f"[^{_LINE_TERMINATORS}]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


@lru_cache(maxsize=1024)
def compile_java_regex(pattern: str) -> Any:
    """Pattern.compile: raises PatternSyntaxException (an IllegalArgumentException) on bad syntax."""
    try:
        return regex.compile(_translate(pattern), regex.ASCII | regex.VERSION0)
    except regex.error as exc:
        position = exc.pos if exc.pos is not None else -1
        raise _syntax_error(pattern, exc.msg[:1].upper() + exc.msg[1:], position) from None


def java_split(compiled: Any, text: str, limit: int) -> list[str]:
    """Pattern.split(text, limit) / String.split."""
    parts: list[str] = []
    index = 0
    matched = False
    for m in compiled.finditer(text):
        if limit > 0 and len(parts) >= limit - 1:
            break
        start, end = m.span()
        if start == 0 and end == 0:
            continue  # a zero-width match at the beginning never yields a leading empty string
        matched = True
        parts.append(text[index:start])
        index = end
    if not matched:
        return [text]
    parts.append(text[index:])
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    return parts


@dataclass(frozen=True, slots=True)
class _GroupRef:
    group: int


def _parse_replacement(compiled: Any, replacement: str) -> list[str | _GroupRef]:
    """Matcher.appendExpandedReplacement's parse, with its exception messages."""
    parts: list[str | _GroupRef] = []
    literal: list[str] = []
    i = 0
    n = len(replacement)
    group_count = compiled.groups
    while i < n:
        c = replacement[i]
        if c == "\\":
            i += 1
            if i == n:
                raise IllegalArgumentException("character to be escaped is missing")
            literal.append(replacement[i])
            i += 1
        elif c == "$":
            i += 1
            if i == n:
                raise IllegalArgumentException("Illegal group reference: group index is missing")
            c = replacement[i]
            if c == "{":
                i += 1
                start = i
                while i < n and replacement[i].isascii() and replacement[i].isalnum():
                    i += 1
                name = replacement[start:i]
                if not name:
                    raise IllegalArgumentException("named capturing group has 0 length name")
                if i >= n or replacement[i] != "}":
                    raise IllegalArgumentException("named capturing group is missing trailing '}'")
                if name[0].isdigit():
                    raise IllegalArgumentException(
                        f"capturing group name {{{name}}} starts with digit character"
                    )
                if name not in compiled.groupindex:
                    raise IllegalArgumentException(f"No group with name {{{name}}}")
                ref = compiled.groupindex[name]
                i += 1
            else:
                if not ("0" <= c <= "9"):
                    raise IllegalArgumentException("Illegal group reference")
                ref = ord(c) - 48
                i += 1
                while i < n and "0" <= replacement[i] <= "9":
                    candidate = ref * 10 + ord(replacement[i]) - 48
                    if candidate > group_count:
                        break
                    ref = candidate
                    i += 1
                if ref > group_count:
                    raise IndexOutOfBoundsException(f"No group {ref}")
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(_GroupRef(ref))
        else:
            literal.append(c)
            i += 1
    if literal:
        parts.append("".join(literal))
    return parts


class JavaReplacer:
    """Matcher.replaceAll(replacement) for one pattern and replacement; parsed on first match."""

    __slots__ = ("_parts", "compiled", "replacement")

    def __init__(self, compiled: Any, replacement: str) -> None:
        self.compiled = compiled
        self.replacement = replacement
        self._parts: list[str | _GroupRef] | None = None

    def replace_all(self, text: str) -> str:
        out: list[str] = []
        index = 0
        for m in self.compiled.finditer(text):
            if self._parts is None:
                self._parts = _parse_replacement(self.compiled, self.replacement)
            out.append(text[index : m.start()])
            for part in self._parts:
                if isinstance(part, str):
                    out.append(part)
                else:
                    value = m.group(part.group)
                    if value is not None:
                        out.append(value)
            index = m.end()
        if not out:
            return text
        out.append(text[index:])
        return "".join(out)
