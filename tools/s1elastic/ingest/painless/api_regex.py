"""java.util.regex for Painless: Pattern, Matcher, `=~`, `==~` and the regex limit.

Java patterns run on the `regex` module (possessive quantifiers, atomic groups, \\p{..}); without
the U flag \\w, \\d, \\s are ASCII as in Java. Painless wraps every input in LimitedCharSequence
(limit factor 6): Java counts each charAt the matcher makes. We cannot count the C engine's reads,
so patterns that can backtrack superlinearly are replayed by a counting matcher shaped like Java's
(regex_count.py); for the others (linear in practice) the count is the characters a match attempt
scans. An engine run over a time budget trips the breaker too.
"""

from __future__ import annotations

import sys
from typing import Any

import regex

from s1elastic.ingest.errors import (
    CircuitBreakingException,
    IllegalArgumentException,
    IllegalStateException,
    IndexOutOfBoundsException,
    NullPointerException,
)
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import method
from s1elastic.ingest.painless.regex_count import BudgetExceeded, Counter, compile_counter
from s1elastic.ingest.painless.values import JArray

LIMIT_FACTOR = 6
_TIMEOUT = 0.25
MAX_STR_LENGTH = 64


class RegexCircuitBreakingException(CircuitBreakingException):
    """circuit_breaking_exception with the breaker's fields (bytes 0/0, TRANSIENT)."""

    def extras(self) -> dict[str, Any]:
        return {"bytes_wanted": 0, "bytes_limit": 0, "durability": "TRANSIENT"}


class PatternSyntaxException(IllegalArgumentException):
    java_class = "java.util.regex.PatternSyntaxException"


_FLAG_BITS = {"c": 128, "i": 2, "l": 16, "m": 8, "s": 32, "U": 256, "u": 64, "x": 4}


class Pattern:
    __slots__ = ("compiled", "counter_tree", "flags", "source")
    JAVA_CLASS = "java.util.regex.Pattern"
    PAINLESS_CLASS = "Pattern"

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self.compiled = _compile(source, flags)
        # patterns that may backtrack superlinearly are replayed to count reads (regex_count.py)
        self.counter_tree = (
            None if flags & (16 | 4) else compile_counter(source, bool(flags & 2), bool(flags & 32))
        )

    def java_to_string(self) -> str:
        return self.source


def _translate(source: str, flags: int) -> str:
    """Java-only syntax rewritten for the regex module: \\Q..\\E quoting, \\z/\\Z anchors, \\h."""
    out = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            nxt = source[i + 1]
            if nxt == "Q":
                end = source.find("\\E", i + 2)
                lit = source[i + 2 :] if end < 0 else source[i + 2 : end]
                out.append(regex.escape(lit))
                i = n if end < 0 else end + 2
                continue
            if nxt == "z":
                out.append(r"\Z")
                i += 2
                continue
            if nxt == "Z":
                out.append(r"(?=\n?\Z)")
                i += 2
                continue
            if nxt == "h":
                out.append(r"[ \t\xA0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000]")
                i += 2
                continue
            out.append(source[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _compile(source: str, flags: int) -> Any:
    pyflags = regex.V0
    if flags & 16:  # LITERAL
        source = regex.escape(source)
    else:
        source = _translate(source, flags)
    if flags & 2:
        pyflags |= regex.IGNORECASE
    if flags & 8:
        pyflags |= regex.MULTILINE
    if flags & 32:
        pyflags |= regex.DOTALL
    if flags & 4:
        pyflags |= regex.VERBOSE
    if not flags & 256 and not (flags & 64 and flags & 2):
        pyflags |= regex.ASCII
    try:
        return regex.compile(source, pyflags)
    except regex.error as exc:
        raise PatternSyntaxException(f"{exc} near index {getattr(exc, 'pos', 0)}\n{source}") from None


def pattern_from_literal(source: str, flag_letters: str) -> Pattern:
    bits = 0
    for f in flag_letters:
        bits |= _FLAG_BITS[f]
    return Pattern(source, bits)


class _Limit:
    """LimitedCharSequence's counter for one input."""

    __slots__ = ("count", "input", "limit", "pattern")

    def __init__(self, pattern: Pattern, text: str) -> None:
        self.pattern = pattern
        self.input = text
        self.limit = LIMIT_FACTOR * len(text)
        self.count = 0

    def charge(self, n: int) -> None:
        self.count += n
        if self.count > self.limit:
            self.trip(self.limit + 1)

    def trip(self, count: int) -> None:
        wrapped = (
            self.input if len(self.input) <= MAX_STR_LENGTH else self.input[: MAX_STR_LENGTH - 3] + "..."
        )
        raise RegexCircuitBreakingException(
            "[scripting] Regular expression considered too many characters, "
            f"pattern: [{self.pattern.source}], limit factor: [{LIMIT_FACTOR}], char limit: [{self.limit}], "
            f"count: [{count}], wrapped: [{wrapped}], "
            "this limit can be changed by changed by the [script.painless.regex.limit-factor] setting"
        )


def _run(limit: _Limit, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args, timeout=_TIMEOUT)
    except TimeoutError:
        limit.trip(limit.limit + 1)


def _replay(limit: _Limit, op: str, start: int = 0) -> bool:
    """Count Java's reads for one operation of a backtracking-prone pattern; False if not modelled."""
    tree = limit.pattern.counter_tree
    if tree is None:
        return False
    counter = Counter(tree, limit.input, limit.limit - limit.count, bool(limit.pattern.flags & 8))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, min(200_000, 20 * len(limit.input) + 2000)))
    try:
        if op == "find":
            counter.find(start)
        elif op == "matches":
            counter.matches()
        else:
            counter.m(tree, 0, lambda j: j)
    except BudgetExceeded:
        limit.trip(limit.limit + 1)
    except RecursionError:
        return False
    finally:
        sys.setrecursionlimit(old)
    limit.count += counter.count
    return True


class Matcher:
    __slots__ = ("append_pos", "input", "last", "limit", "pattern", "pos")
    JAVA_CLASS = "java.util.regex.Matcher"
    PAINLESS_CLASS = "Matcher"

    def __init__(self, pattern: Pattern, text: str) -> None:
        self.pattern = pattern
        self.input = text
        self.limit = _Limit(pattern, text)
        self.last: Any = None
        self.pos = 0
        self.append_pos = 0

    def search(self, start: int) -> Any:
        replayed = _replay(self.limit, "find", start)
        m = _run(self.limit, self.pattern.compiled.search, self.input, start)
        if not replayed:
            self.limit.charge((m.end() - start + 1) if m is not None else len(self.input) - start)
        return m

    def java_to_string(self) -> str:
        last = "" if self.last is None else str(self.last.end())
        return (
            f"java.util.regex.Matcher[pattern={self.pattern.source} region=0,{len(self.input)} lastmatch={last}]"
            if False
            else f"java.util.regex.Matcher[pattern={self.pattern.source} region=0,{len(self.input)} lastmatch="
            + ("" if self.last is None else self.last.group(0))
            + "]"
        )


def matcher(pattern: Pattern, text: Any) -> Matcher:
    if text is None:
        raise NullPointerException(None)
    return Matcher(pattern, rt.to_string(text) if type(text) is not str else text)


def find_op(text: Any, pattern: Any) -> bool:
    """`text =~ /re/`: Matcher.find()."""
    if not isinstance(pattern, Pattern):
        raise rt.java_cce(pattern, "Pattern")
    return _find(matcher(pattern, text))


def match_op(text: Any, pattern: Any) -> bool:
    """`text ==~ /re/`: Matcher.matches()."""
    if not isinstance(pattern, Pattern):
        raise rt.java_cce(pattern, "Pattern")
    return _matches(matcher(pattern, text))


# Pattern ------------------------------------------------------------------------------------


# No Pattern.compile: java.util.regex.txt leaves it out on purpose (patterns come from /literals/),
# so `Pattern.compile('x')` is "static method [java.util.regex.Pattern, compile/1] not found".


@method("Pattern", "static String quote(String)")
def _pattern_quote(s: str) -> str:
    return "\\Q" + s.replace("\\E", "\\E\\\\E\\Q") + "\\E"


@method("Pattern", "Matcher matcher(CharSequence)")
def _pattern_matcher(p: Pattern, text: Any) -> Matcher:
    return matcher(p, text)


@method("Pattern", "String pattern()")
def _pattern_pattern(p: Pattern) -> str:
    return p.source


@method("Pattern", "int flags()")
def _pattern_flags(p: Pattern) -> int:
    # java.util.regex.Pattern: UNICODE_CHARACTER_CLASS (U) turns UNICODE_CASE (u) on as well
    return p.flags | 64 if p.flags & 256 else p.flags


@method("Pattern", "String[] split(CharSequence)", "String[] split(CharSequence, int)")
def _pattern_split(p: Pattern, text: Any, limit: int = 0) -> JArray:
    return JArray("String", java_split(p, rt.to_string(text), limit))


def java_split(p: Pattern, text: str, limit: int) -> list[str]:
    """Pattern.split: a zero-width match at 0 adds no leading "", limit 0 drops trailing ""s."""
    lim = _Limit(p, text)
    out: list[str] = []
    index = 0
    pos = 0
    while True:
        if 0 < limit <= len(out) + 1:
            break
        m = _run(lim, p.compiled.search, text, pos)
        if m is None:
            lim.charge(len(text) - pos)
            break
        lim.charge(m.end() - pos + 1)
        if m.end() == 0 and m.start() == 0:
            pos = 1 if len(text) > 0 else 0
            if len(text) == 0:
                break
            if pos > len(text):
                break
            # zero-width match at index 0 never produces a leading empty string
            continue
        if m.start() == m.end():
            if m.start() >= len(text):
                break
            out.append(text[index : m.start()])
            index = m.end()
            pos = m.end() + 1
            if pos > len(text):
                break
            continue
        out.append(text[index : m.start()])
        index = m.end()
        pos = m.end() if m.end() > m.start() else m.end() + 1
    if index == 0 and not out:
        return [text]
    out.append(text[index:])
    if limit == 0:
        while out and out[-1] == "":
            out.pop()
    return out


@method("Pattern", "String toString()")
def _pattern_to_string(p: Pattern) -> str:
    return p.source


# Matcher ------------------------------------------------------------------------------------


def _matches(m: Matcher) -> bool:
    replayed = _replay(m.limit, "matches")
    r = _run(m.limit, m.pattern.compiled.fullmatch, m.input)
    if not replayed:
        m.limit.charge(len(m.input))
    m.last = r
    if r is not None:
        m.pos = r.end()
    return r is not None


def _find(m: Matcher, start: int | None = None) -> bool:
    if start is not None:
        if start < 0 or start > len(m.input):
            raise IndexOutOfBoundsException("Illegal start index")
        m.pos = start
        m.append_pos = 0
    if m.pos > len(m.input):
        m.last = None
        return False
    r = m.search(m.pos)
    m.last = r
    if r is None:
        m.pos = len(m.input) + 1
        return False
    m.pos = r.end() if r.end() > r.start() else r.end() + 1
    return True


@method("Matcher", "boolean matches()")
def _matcher_matches(m: Matcher) -> bool:
    return _matches(m)


@method("Matcher", "boolean find()", "boolean find(int)")
def _matcher_find(m: Matcher, start: int | None = None) -> bool:
    return _find(m, start)


@method("Matcher", "boolean lookingAt()")
def _matcher_looking_at(m: Matcher) -> bool:
    replayed = _replay(m.limit, "lookingAt")
    r = _run(m.limit, m.pattern.compiled.match, m.input)
    if not replayed:
        m.limit.charge(r.end() + 1 if r is not None else len(m.input))
    m.last = r
    return r is not None


def _require_match(m: Matcher) -> Any:
    if m.last is None:
        raise IllegalStateException("No match found")
    return m.last


@method("Matcher", "String group()", "String group(int)")
def _matcher_group(m: Matcher, g: int = 0) -> Any:
    r = _require_match(m)
    if g < 0 or g > (r.re.groups):
        raise IndexOutOfBoundsException(f"No group {g}")
    return r.group(g)


@method("Matcher", "String namedGroup(String)")
def _matcher_named_group(m: Matcher, name: str) -> Any:
    r = _require_match(m)
    if name not in r.re.groupindex:
        raise IllegalArgumentException(f"No group with name <{name}>")
    return r.group(name)


@method("Matcher", "int groupCount()")
def _matcher_group_count(m: Matcher) -> int:
    return int(m.pattern.compiled.groups)


@method("Matcher", "int start()", "int start(int)")
def _matcher_start(m: Matcher, g: int = 0) -> int:
    return int(_require_match(m).start(g))


@method("Matcher", "int end()", "int end(int)")
def _matcher_end(m: Matcher, g: int = 0) -> int:
    return int(_require_match(m).end(g))


@method("Matcher", "boolean hitEnd()")
def _matcher_hit_end(m: Matcher) -> bool:
    return m.pos >= len(m.input)


@method("Matcher", "Matcher reset()")
def _matcher_reset(m: Matcher) -> Matcher:
    m.pos = 0
    m.last = None
    m.append_pos = 0
    return m


@method("Matcher", "String replaceAll(String)")
def _matcher_replace_all(m: Matcher, replacement: str) -> str:
    return replace_with(m.pattern, m.input, lambda r: expand_replacement(r, replacement), first_only=False)


@method("Matcher", "String replaceFirst(String)")
def _matcher_replace_first(m: Matcher, replacement: str) -> str:
    return replace_with(m.pattern, m.input, lambda r: expand_replacement(r, replacement), first_only=True)


def expand_replacement(r: Any, replacement: str) -> str:
    """Matcher.appendReplacement's `$n`, `${name}` and `\\x` handling."""
    out = []
    i = 0
    while i < len(replacement):
        c = replacement[i]
        if c == "\\":
            i += 1
            if i >= len(replacement):
                raise IllegalArgumentException("character to be escaped is missing")
            out.append(replacement[i])
            i += 1
        elif c == "$":
            i += 1
            if i >= len(replacement):
                raise IllegalArgumentException("Illegal group reference: group index is missing")
            if replacement[i] == "{":
                end = replacement.find("}", i)
                if end < 0:
                    raise IllegalArgumentException("named capturing group is missing trailing '}'")
                name = replacement[i + 1 : end]
                if name not in r.re.groupindex:
                    raise IllegalArgumentException(f"No group with name {{{name}}}")
                out.append(r.group(name) or "")
                i = end + 1
            else:
                if not replacement[i].isdigit():
                    raise IllegalArgumentException("Illegal group reference")
                num = int(replacement[i])
                i += 1
                if num > r.re.groups:
                    raise IndexOutOfBoundsException(f"No group {num}")
                while i < len(replacement) and replacement[i].isdigit():
                    nxt = num * 10 + int(replacement[i])
                    if nxt > r.re.groups:
                        break
                    num = nxt
                    i += 1
                out.append(r.group(num) or "")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def replace_with(p: Pattern, text: str, build: Any, *, first_only: bool) -> str:
    m = Matcher(p, text)
    out = []
    last = 0
    while _find(m):
        r = m.last
        out.append(text[last : r.start()])
        out.append(build(r))
        last = r.end()
        if first_only:
            break
    out.append(text[last:])
    return "".join(out)


@method("String", "String replaceAll(Pattern, Function)")
def _string_replace_all(s: str, p: Any, fn: Any) -> str:
    return _replace_fn(s, p, fn, first_only=False)


@method("String", "String replaceFirst(Pattern, Function)")
def _string_replace_first(s: str, p: Any, fn: Any) -> str:
    return _replace_fn(s, p, fn, first_only=True)


def _replace_fn(s: str, p: Any, fn: Any, *, first_only: bool) -> str:
    from s1elastic.ingest.painless.api_collections import call

    if not isinstance(p, Pattern):
        raise rt.java_cce(p, "Pattern")
    m = Matcher(p, s)
    out = []
    last = 0
    while _find(m):
        r = m.last
        out.append(s[last : r.start()])
        replacement = call(fn, m)
        out.append(rt.to_string(replacement))
        last = r.end()
        if first_only:
            break
    out.append(s[last:])
    return "".join(out)
