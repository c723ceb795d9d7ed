"""java.util.regex for Painless: Pattern, Matcher, `=~`, `==~` and the regex limit.

Patterns compile with processors/_java_regex.py (Pattern.compile's grammar, error texts, flags and
Unicode rules); this module adds the Matcher's state machine as java.util.regex.Matcher keeps it
(first/last match, region, bounds, the find-after-empty-match rule, replaceAll's replacement parse)
and Java's UTF-16 indexes for start/end/find(int)/region.

Painless wraps every input in LimitedCharSequence (limit factor 6): Java counts each charAt the
matcher makes, copies of the input by appendReplacement included. We cannot count the C engine's
reads, so patterns that can backtrack superlinearly are replayed by a counting matcher shaped like
Java's (regex_count.py); for the others (linear in practice) the count is the characters a match
attempt scans. An engine run over a time budget trips the breaker too.

Approximations (rare in scripts): hitEnd/requireEnd are answered by probing whether one more
character at the end changes or loses the last result; with transparent or non-anchoring bounds,
look-ahead and `$` still stop at the region's end, and look-behind sees before its start.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from typing import Any

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
from s1elastic.ingest.painless.values import JArray, JFunction
from s1elastic.ingest.processors._java_regex import (
    CASE_INSENSITIVE,
    COMMENTS,
    DOTALL,
    LITERAL,
    MULTILINE,
    UNICODE_CASE,
    UNICODE_CHARACTER_CLASS,
    JavaPattern,
    PatternSyntaxException,
    compile_java_regex,
)

__all__ = ["Matcher", "Pattern", "PatternSyntaxException", "find_op", "java_split", "match_op"]

LIMIT_FACTOR = 6
_TIMEOUT = 0.25
MAX_STR_LENGTH = 64

# ERegex.flagForChar
_FLAG_BITS = {
    "c": 128,  # CANON_EQ
    "i": CASE_INSENSITIVE,
    "l": LITERAL,
    "m": MULTILINE,
    "s": DOTALL,
    "U": UNICODE_CHARACTER_CLASS,
    "u": UNICODE_CASE,
    "x": COMMENTS,
}


class RegexCircuitBreakingException(CircuitBreakingException):
    """circuit_breaking_exception with the breaker's fields (bytes 0/0, TRANSIENT)."""

    def extras(self) -> dict[str, Any]:
        return {"bytes_wanted": 0, "bytes_limit": 0, "durability": "TRANSIENT"}


class Pattern:
    """A compiled java.util.regex.Pattern: its source, flags() and the translated engine."""

    __slots__ = ("compiled", "counter_tree", "flags", "source")
    JAVA_CLASS = "java.util.regex.Pattern"
    PAINLESS_CLASS = "Pattern"

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.compiled: JavaPattern = compile_java_regex(source, flags)
        # flags(): UNICODE_CHARACTER_CLASS brings UNICODE_CASE; top-level (?i) etc. count (JDK 17, 25)
        self.flags = self.compiled.flags
        # patterns that may backtrack superlinearly are replayed to count reads (regex_count.py)
        self.counter_tree = (
            None
            if flags & (LITERAL | COMMENTS)
            else compile_counter(source, bool(flags & CASE_INSENSITIVE), bool(flags & DOTALL))
        )

    def java_to_string(self) -> str:
        return self.source


def pattern_from_literal(source: str, flag_letters: str) -> Pattern:
    """A `/source/flags` literal, compiled when the script loads (ERegex): a bad pattern is
    "Error compiling regex: <description>", reported `offset_in_literal` characters after the
    literal's opening slash position (1 + the PatternSyntaxException's index)."""
    bits = 0
    for f in flag_letters:
        if f not in _FLAG_BITS:
            raise IllegalArgumentException(f"Unknown flag [{f}]")
        bits |= _FLAG_BITS[f]
    try:
        return Pattern(source, bits)
    except PatternSyntaxException as exc:
        error = IllegalArgumentException(f"Error compiling regex: {exc.description}")
        error.offset_in_literal = 1 + exc.index  # type: ignore[attr-defined]
        raise error from None


# -- the regex limit ------------------------------------------------------------------------------


class _Limit:
    """LimitedCharSequence's counter for one input."""

    __slots__ = ("count", "input", "limit", "pattern")

    def __init__(self, pattern: Pattern, text: str) -> None:
        self.pattern = pattern
        self.input = text
        self.limit = LIMIT_FACTOR * _u16_len(text)
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


def _run(limit: _Limit | None, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args, timeout=_TIMEOUT)
    except TimeoutError:
        if limit is None:
            raise
        limit.trip(limit.limit + 1)


def _replay(limit: _Limit, op: str, start: int = 0) -> bool:
    """Count Java's reads for one operation of a backtracking-prone pattern; False if not modelled."""
    tree = limit.pattern.counter_tree
    if tree is None:
        return False
    counter = Counter(tree, limit.input, limit.limit - limit.count, bool(limit.pattern.flags & MULTILINE))
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


# -- UTF-16 indexes -------------------------------------------------------------------------------


def _astral(text: str) -> list[int] | None:
    """Code point indexes of the characters Java stores as two UTF-16 units (None: none)."""
    if text.isascii() or max(text) < "\U00010000":
        return None
    return [i for i, c in enumerate(text) if c >= "\U00010000"]


def _u16_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if c >= "\U00010000")


# -- Matcher --------------------------------------------------------------------------------------

_PROBES = " aA0_-.,:;/\n\r\t\u00e9\u2028\U0001f600"


class Matcher:
    """java.util.regex.Matcher over a LimitedCharSequence. Positions are code point indexes inside;
    the whitelisted methods take and return Java's UTF-16 indexes."""

    __slots__ = (
        "_astral",
        "anchoring",
        "first",
        "input",
        "last",
        "last_op",
        "limit",
        "match",
        "offset",
        "pattern",
        "region_from",
        "region_to",
        "transparent",
    )
    JAVA_CLASS = "java.util.regex.Matcher"
    PAINLESS_CLASS = "Matcher"

    def __init__(self, pattern: Pattern, text: str, limit: bool = True) -> None:
        self.pattern = pattern
        self.input = text
        self.limit: _Limit | None = _Limit(pattern, text) if limit else None
        self._astral = _astral(text)
        self.anchoring = True
        self.transparent = False
        self.last_op: tuple[str, int, tuple[int, int] | None] | None = None
        self.reset()

    # Matcher.reset(): no match, whole input as the region
    def reset(self) -> None:
        self.first = -1
        self.last = 0
        self.match = None
        self.offset = 0
        self.region_from = 0
        self.region_to = len(self.input)

    # -- UTF-16 <-> code point
    def u16(self, index: int) -> int:
        if index < 0 or self._astral is None:
            return index
        return index + bisect_left(self._astral, index)

    def cp(self, index: int) -> int:
        """The code point index of a UTF-16 index (one inside a pair counts as the next char)."""
        if self._astral is None:
            return index
        lo, hi = 0, len(self.input)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.u16(mid) < index:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def u16_length(self) -> int:
        return self.u16(len(self.input))

    # -- running the engine
    def _window(self) -> tuple[str, int, int]:
        """(text, offset, end) that a search runs on: the region cut out (opaque, anchoring
        bounds), or the whole input up to the region's end with transparent bounds."""
        if self.region_from == 0 and self.region_to == len(self.input):
            return self.input, 0, len(self.input)
        if self.transparent or not self.anchoring:
            return self.input, 0, self.region_to
        return (
            self.input[self.region_from : self.region_to],
            self.region_from,
            self.region_to - self.region_from,
        )

    def _engine_call(self, kind: str, text: str, pos: int, end: int) -> Any:
        engine = self.pattern.compiled.engine(text)
        fn = {"find": engine.search, "matches": engine.fullmatch, "lookingAt": engine.match}[kind]
        return _run(self.limit, fn, text, pos, end)

    def _count(self, kind: str, start: int, found: Any) -> None:
        limit = self.limit
        if limit is None:
            return
        whole = self.region_from == 0 and self.region_to == len(self.input)
        if whole and _replay(limit, kind, start):
            return
        if kind == "find":
            limit.charge((found.end() - start + 1) if found is not None else self.region_to - start)
        elif kind == "matches":
            limit.charge(self.region_to - self.region_from)
        else:
            limit.charge(found.end() - start + 1 if found is not None else self.region_to - self.region_from)

    def run(self, kind: str, start: int) -> bool:
        """Matcher.search(from) (kind find) or Matcher.match(from, anchor) (matches, lookingAt)."""
        text, offset, end = self._window()
        found = self._engine_call(kind, text, start - offset, end)
        self._count(kind, start, found)
        self.last_op = (
            kind,
            start,
            None if found is None else (found.start() + offset, found.end() + offset),
        )
        self.match = found
        self.offset = offset
        if found is None:
            self.first = -1
            return False
        self.first = found.start() + offset if kind == "find" else start
        self.last = found.end() + offset
        return True

    def find(self) -> bool:
        nxt = self.last
        if nxt == self.first:
            nxt += 1  # no match starts where an empty match was found
        nxt = max(nxt, self.region_from)
        if nxt > self.region_to:
            self.match = None  # Java clears the groups but keeps `first`
            return False
        return self.run("find", nxt)

    # -- results
    def require_match(self) -> None:
        if self.first < 0:
            raise IllegalStateException("No match found")

    def check_group(self, group: int) -> None:
        self.require_match()
        if group < 0 or group > self.pattern.compiled.groups:
            raise IndexOutOfBoundsException(f"No group {group}")

    def group(self, group: int) -> str | None:
        self.check_group(group)
        if self.match is None:
            return None
        value = self.match.group(group)
        return None if value is None else str(value)

    def span(self, group: int) -> tuple[int, int]:
        self.check_group(group)
        if self.match is None or self.match.start(group) < 0:
            return -1, -1
        return self.match.start(group) + self.offset, self.match.end(group) + self.offset

    def probe_end(self) -> tuple[bool, bool]:
        """(hitEnd, requireEnd): would one more character at the region's end change the last
        result (hit), or lose the match (require)? A failed find always read to the end."""
        if self.last_op is None:
            return False, False
        kind, start, span = self.last_op
        if kind == "find" and span is None:
            return True, False
        base = self.input[: self.region_to]
        window_from = 0 if self.transparent else self.region_from
        hit = require = False
        for c in set(self.pattern.source + _PROBES):
            text = base[window_from:] + c
            found = self.pattern.compiled.regex
            fn = {"find": found.search, "matches": found.fullmatch, "lookingAt": found.match}[kind]
            m = fn(text, start - window_from)
            other = None if m is None else (m.start() + window_from, m.end() + window_from)
            if other != span:
                hit = True
                if span is not None and (other is None or other[0] != span[0]):
                    require = True
        return hit, require

    def java_to_string(self) -> str:
        last = ""
        if self.first >= 0:
            value = self.group(0)
            last = "" if value is None else value
        return (
            f"java.util.regex.Matcher[pattern={self.pattern.source} "
            f"region={self.u16(self.region_from)},{self.u16(self.region_to)} lastmatch={last}]"
        )


def matcher(pattern: Pattern, text: Any) -> Matcher:
    """Augmentation.matcher: the input wrapped in a LimitedCharSequence."""
    if text is None:
        raise NullPointerException(
            'Cannot invoke "java.lang.CharSequence.length()" because "this.wrapped" is null'
        )
    return Matcher(pattern, text if type(text) is str else rt.to_string(text))


def find_op(text: Any, pattern: Any) -> bool:
    """`text =~ /re/`: Matcher.find()."""
    if not isinstance(pattern, Pattern):
        raise rt.java_cce(pattern, "Pattern")
    return matcher(pattern, text).find()


def match_op(text: Any, pattern: Any) -> bool:
    """`text ==~ /re/`: Matcher.matches()."""
    if not isinstance(pattern, Pattern):
        raise rt.java_cce(pattern, "Pattern")
    m = matcher(pattern, text)
    return m.run("matches", 0)


# -- Pattern --------------------------------------------------------------------------------------

# No Pattern.compile: java.util.regex.txt leaves it out on purpose (patterns come from /literals/),
# so `Pattern.compile('x')` is "static method [java.util.regex.Pattern, compile/1] not found".


@method("Pattern", "static String quote(String)")
def _pattern_quote(s: str) -> str:
    if s is None:
        raise NullPointerException('Cannot invoke "String.indexOf(String)" because "s" is null')
    return "\\Q" + s.replace("\\E", "\\E\\\\E\\Q") + "\\E"


@method("Pattern", "Matcher matcher(CharSequence)")
def _pattern_matcher(p: Pattern, text: Any) -> Matcher:
    return matcher(p, text)


@method("Pattern", "String pattern()")
def _pattern_pattern(p: Pattern) -> str:
    return p.source


@method("Pattern", "int flags()")
def _pattern_flags(p: Pattern) -> int:
    return p.flags


@method("Pattern", "Predicate asPredicate()")
def _pattern_as_predicate(p: Pattern) -> JFunction:
    """`s -> matcher(s).find()`; not augmented by Painless, so no regex limit."""

    def test(text: Any) -> bool:
        if text is None:
            raise NullPointerException(
                'Cannot invoke "java.lang.CharSequence.length()" because "this.text" is null'
            )
        return Matcher(p, text if type(text) is str else rt.to_string(text), limit=False).find()

    return JFunction(test, 1, "asPredicate")


@method("Pattern", "String[] split(CharSequence)", "String[] split(CharSequence, int)")
def _pattern_split(p: Pattern, text: Any, limit: int = 0) -> JArray:
    if text is None:
        raise NullPointerException(
            'Cannot invoke "java.lang.CharSequence.length()" because "this.wrapped" is null'
        )
    return JArray("String", java_split(p, rt.to_string(text), limit))


def java_split(p: Pattern, text: str, limit: int) -> list[str]:
    """Pattern.split(input, limit): every find() runs (the limit counts them all), a zero-width
    match at 0 adds no leading "", limit 0 drops trailing ""s."""
    m = Matcher(p, text)
    parts: list[str] = []
    index = 0
    limited = limit > 0
    while m.find():
        start, end = m.span(0)
        if not limited or len(parts) < limit - 1:
            if index == 0 and start == 0 and end == 0:
                continue
            parts.append(text[index:start])
            index = end
        elif len(parts) == limit - 1:
            parts.append(text[index:])
            index = end
    if index == 0:
        return [text]
    if not limited or len(parts) < limit:
        parts.append(text[index:])
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    return parts


@method("Pattern", "String toString()")
def _pattern_to_string(p: Pattern) -> str:
    return p.source


# -- Matcher methods ------------------------------------------------------------------------------


@method("Matcher", "boolean matches()")
def _matcher_matches(m: Matcher) -> bool:
    return m.run("matches", m.region_from)


@method("Matcher", "boolean lookingAt()")
def _matcher_looking_at(m: Matcher) -> bool:
    return m.run("lookingAt", m.region_from)


@method("Matcher", "boolean find()", "boolean find(int)")
def _matcher_find(m: Matcher, start: int | None = None) -> bool:
    if start is None:
        return m.find()
    if start < 0 or start > m.u16_length():
        raise IndexOutOfBoundsException("Illegal start index")
    m.reset()
    return m.run("find", m.cp(start))


@method("Matcher", "String group()", "String group(int)")
def _matcher_group(m: Matcher, g: int = 0) -> str | None:
    return m.group(g)


@method("Matcher", "String namedGroup(String)")
def _matcher_named_group(m: Matcher, name: str) -> str | None:
    """Augmentation.namedGroup: Matcher.group(String)."""
    if name is None:
        raise NullPointerException("Group name")
    m.require_match()
    index = m.pattern.compiled.groupindex.get(name)
    if index is None:
        raise IllegalArgumentException(f"No group with name <{name}>")
    return m.group(index)


@method("Matcher", "int groupCount()")
def _matcher_group_count(m: Matcher) -> int:
    return m.pattern.compiled.groups


@method("Matcher", "int start()", "int start(int)")
def _matcher_start(m: Matcher, g: int | None = None) -> int:
    if g is None:
        m.require_match()
        return m.u16(m.first)
    return m.u16(m.span(g)[0])


@method("Matcher", "int end()", "int end(int)")
def _matcher_end(m: Matcher, g: int | None = None) -> int:
    if g is None:
        m.require_match()
        return m.u16(m.last)
    return m.u16(m.span(g)[1])


@method("Matcher", "boolean hitEnd()")
def _matcher_hit_end(m: Matcher) -> bool:
    return m.probe_end()[0]


@method("Matcher", "boolean requireEnd()")
def _matcher_require_end(m: Matcher) -> bool:
    return m.probe_end()[1]


@method("Matcher", "Matcher reset()")
def _matcher_reset(m: Matcher) -> Matcher:
    m.reset()
    return m


@method("Matcher", "Matcher region(int, int)")
def _matcher_region(m: Matcher, start: int, end: int) -> Matcher:
    length = m.u16_length()
    if start < 0 or start > length:
        raise IndexOutOfBoundsException("start")
    if end < 0 or end > length:
        raise IndexOutOfBoundsException("end")
    if start > end:
        raise IndexOutOfBoundsException("start > end")
    m.reset()
    m.region_from = m.cp(start)
    m.region_to = m.cp(end)
    return m


@method("Matcher", "int regionStart()")
def _matcher_region_start(m: Matcher) -> int:
    return m.u16(m.region_from)


@method("Matcher", "int regionEnd()")
def _matcher_region_end(m: Matcher) -> int:
    return m.u16(m.region_to)


@method("Matcher", "boolean hasAnchoringBounds()")
def _matcher_has_anchoring(m: Matcher) -> bool:
    return m.anchoring


@method("Matcher", "boolean hasTransparentBounds()")
def _matcher_has_transparent(m: Matcher) -> bool:
    return m.transparent


@method("Matcher", "Matcher useAnchoringBounds(boolean)")
def _matcher_use_anchoring(m: Matcher, value: bool) -> Matcher:
    m.anchoring = value
    return m


@method("Matcher", "Matcher useTransparentBounds(boolean)")
def _matcher_use_transparent(m: Matcher, value: bool) -> Matcher:
    m.transparent = value
    return m


@method("Matcher", "Pattern pattern()")
def _matcher_pattern(m: Matcher) -> Pattern:
    return m.pattern


@method("Matcher", "Matcher usePattern(Pattern)")
def _matcher_use_pattern(m: Matcher, p: Pattern) -> Matcher:
    """Keeps the position; the groups of the old match are gone (group() is then null)."""
    if p is None:
        raise IllegalArgumentException("Pattern cannot be null")
    m.pattern = p
    m.match = None
    if m.limit is not None:
        m.limit.pattern = p
    return m


@method("Matcher", "static String quoteReplacement(String)")
def _matcher_quote_replacement(s: str) -> str:
    if s is None:
        raise NullPointerException('Cannot invoke "String.indexOf(int)" because "s" is null')
    if "\\" not in s and "$" not in s:
        return s
    return "".join("\\" + c if c in "\\$" else c for c in s)


@method("Matcher", "String replaceAll(String)")
def _matcher_replace_all(m: Matcher, replacement: str) -> str:
    return _replace(m, lambda: _expand_parts(m, replacement), first_only=False)


@method("Matcher", "String replaceFirst(String)")
def _matcher_replace_first(m: Matcher, replacement: str) -> str:
    if replacement is None:
        raise NullPointerException("replacement")
    return _replace(m, lambda: _expand_parts(m, replacement), first_only=True)


@method("Matcher", "String toString()")
def _matcher_to_string(m: Matcher) -> str:
    return m.java_to_string()


def _expand_parts(m: Matcher, replacement: str | None) -> Any:
    """appendReplacement's parse of `replacement` (Java parses it again at every match)."""
    from s1elastic.ingest.processors._java_regex import _GroupRef, _parse_replacement

    if replacement is None:
        raise NullPointerException('Cannot invoke "String.length()" because "replacement" is null')
    parts = _parse_replacement(m.pattern.compiled, replacement)

    def build() -> str:
        out = []
        for part in parts:
            if isinstance(part, _GroupRef):
                value = m.group(part.group)
                if value is not None:
                    out.append(value)
                    if m.limit is not None:
                        m.limit.charge(len(value))  # StringBuilder.append(CharSequence, s, e)
            else:
                out.append(part)
        return "".join(out)

    return build


def _replace(m: Matcher, make_builder: Any, *, first_only: bool) -> str:
    """Matcher.replaceAll / replaceFirst (reset, then find/appendReplacement, appendTail): the
    copies of the input between matches count against the regex limit, as Java's do."""
    m.reset()
    if not m.find():
        return m.input
    build = None
    out: list[str] = []
    append_pos = 0
    while True:
        if build is None:
            build = make_builder()
        start, end = m.first, m.last
        out.append(m.input[append_pos:start])
        if m.limit is not None:
            m.limit.charge(start - append_pos)
        out.append(build())
        append_pos = end
        if first_only or not m.find():
            break
    out.append(m.input[append_pos:])
    if m.limit is not None:
        m.limit.charge(len(m.input) - append_pos)
    return "".join(out)


# -- String augmentations ----------------------------------------------------------------------


@method("String", "String replaceAll(Pattern, Function)")
def _string_replace_all(s: str, p: Any, fn: Any) -> str:
    return _replace_fn(s, p, fn, first_only=False)


@method("String", "String replaceFirst(Pattern, Function)")
def _string_replace_first(s: str, p: Any, fn: Any) -> str:
    return _replace_fn(s, p, fn, first_only=True)


def _replace_fn(s: str, p: Any, fn: Any, *, first_only: bool) -> str:
    """Augmentation.replaceAll/replaceFirst(CharSequence, Pattern, Function): the function's
    String is appended as it is (Matcher.quoteReplacement); the input is regex-limited."""
    from s1elastic.ingest.painless.api_collections import call

    if p is None:
        raise NullPointerException(None)
    if not isinstance(p, Pattern):
        raise rt.java_cce(p, "Pattern")
    m = Matcher(p, s)

    def make_builder() -> Any:
        def build() -> str:
            value = call(fn, m)
            if value is None:  # Matcher.quoteReplacement(null)
                raise NullPointerException('Cannot invoke "String.indexOf(int)" because "s" is null')
            if type(value) is not str:
                raise rt.java_cce(value, "String")
            return value

        return build

    return _replace(m, make_builder, first_only=first_only)
