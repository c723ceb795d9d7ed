"""java.util.regex semantics on top of the `regex` module, for split, kv and gsub.

Why: Elasticsearch compiles these options with java.util.regex, whose syntax, error messages and
String.split / Matcher.replaceAll rules differ from Python's. A small recursive-descent parser that
follows Pattern.compile's grammar (checked against JDK 17 and 25 with a differential harness) reports
Java's PatternSyntaxException texts and indexes, and writes an equivalent `regex` pattern:
- `\\Q...\\E` quoting (Java's rewrite, so error indexes match), `(?x)` comments (also inside
  classes), `(?idmsux-idmsux)` flags scoped like Java's, `\\h \\v \\R \\e \\cX \\0ooo \\x{h} \\N{name}`;
- `.`, `^`, `$`, `\\Z` with Java's line terminators (`\\n \\r \\r\\n \\u0085 \\u2028 \\u2029`, or
  only `\\n` with `(?d)`), `(?m)^` never matching at the end of the input;
- classes with unions and intersections (`[a[b]]`, `[a-z&&[^aeiou]]`), `[` literal rules and ranges;
- `\\w \\d \\s \\b`, POSIX `\\p{Alpha}` and `(?i)` ASCII-only as in Java (Unicode with `(?u)`/`(?U)`);
  `\\p{L}`, `\\p{IsLatin}`, `\\p{InGreek}`, `\\p{javaLowerCase}` and the other property names;
- back references (`\\12` reads digits while the group exists), Java's look-behind length check;
- Matcher.find's rule that no match starts where an empty match was found.
Approximations: `\\b{g}` (grapheme boundary) is any position; `(?c)` (canonical equivalence) is
accepted and ignored; with `(?u)` somewhere in a pattern, `(?i)` without `u` folds non-ASCII classes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from s1elastic.ingest.errors import IllegalArgumentException, IndexOutOfBoundsException

# Java's inline flag letters; the values are ours.
_CI, _MULTILINE, _DOTALL, _UNIX_LINES, _UNICODE_CASE, _CANON_EQ, _COMMENTS, _UNICODE_CLASS = (
    1 << n for n in range(8)
)
_FLAG_BITS = {
    "i": _CI,
    "m": _MULTILINE,
    "s": _DOTALL,
    "d": _UNIX_LINES,
    "u": _UNICODE_CASE,
    "c": _CANON_EQ,
    "x": _COMMENTS,
    "U": _UNICODE_CLASS | _UNICODE_CASE,
}
# java.util.regex.Pattern's flag values (Pattern.compile(regex, flags)), and what each turns on here
UNIX_LINES, CASE_INSENSITIVE, COMMENTS, MULTILINE, LITERAL, DOTALL, UNICODE_CASE, CANON_EQ = (
    1 << n for n in range(8)
)
UNICODE_CHARACTER_CLASS = 256
_JAVA_FLAG_BITS = (
    (UNIX_LINES, _UNIX_LINES),
    (CASE_INSENSITIVE, _CI),
    (COMMENTS, _COMMENTS),
    (MULTILINE, _MULTILINE),
    (DOTALL, _DOTALL),
    (UNICODE_CASE, _UNICODE_CASE),
    (CANON_EQ, _CANON_EQ),
    (UNICODE_CHARACTER_CLASS, _UNICODE_CLASS | _UNICODE_CASE),
)
_TERMINATORS = "\\n\\r\\x85\\u2028\\u2029"
_OTHER_TERMINATORS = ("\r", "\x85", "\u2028", "\u2029")
_HSPACE = "\\t \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000"
_VSPACE = "\\n-\\r\\x85\\u2028\\u2029"
_LINE_BREAK = "(?:\\r\\n|[\\n-\\r\\x85\\u2028\\u2029])"
_ASCII_SPACE = " \\t-\\r"
# \b{g}: Java's grapheme boundary, approximated: not inside \r\n nor before an extending mark.
_GRAPHEME_BOUNDARY = (
    "(?:\\Z|(?!(?<=\\r)\\n)(?![\\p{Grapheme_Cluster_Break=Extend}"
    "\\p{Grapheme_Cluster_Break=SpacingMark}\\p{Grapheme_Cluster_Break=ZWJ}]))"
)


class PatternSyntaxException(IllegalArgumentException):
    """getMessage() is the exception's message; `description` and `index` are getDescription() and
    getIndex() (Painless reports a bad regex literal with those two)."""

    java_class = "java.util.regex.PatternSyntaxException"
    description = ""
    index = -1


def _syntax_error(pattern: str, description: str, index: int) -> PatternSyntaxException:
    """PatternSyntaxException.getMessage(): description, index, pattern, and a caret under it."""
    text = description
    if index >= 0:
        text += f" near index {index}"
    text += "\n" + pattern
    if 0 <= index < len(pattern):
        text += "\n" + "".join("\t" if c == "\t" else " " for c in pattern[:index]) + "^"
    exc = PatternSyntaxException(text)
    exc.description = description
    exc.index = index
    return exc


def _lit(cp: int) -> str:
    """One code point as `regex` syntax, valid inside and outside a class."""
    c = chr(cp)
    if c.isascii() and (c.isalnum() or c == "_"):
        return c
    return f"\\u{cp:04X}" if cp <= 0xFFFF else f"\\U{cp:08X}"


class _CSet:
    """One character: a `[...]` body (items, maybe negated) or, for set algebra, an expression."""

    __slots__ = ("expr", "items", "neg")

    def __init__(self, items: list[str], neg: bool = False, expr: str | None = None) -> None:
        self.items = items
        self.neg = neg
        self.expr = expr

    def text(self) -> str:
        if self.expr is not None:
            return self.expr
        if not self.items:
            return "(?s:.)" if self.neg else "(?!)"
        return ("[^" if self.neg else "[") + "".join(self.items) + "]"

    def union(self, other: _CSet) -> _CSet:
        if self.expr is None and other.expr is None and not self.neg and not other.neg:
            return _CSet(self.items + other.items)
        return _CSet([], expr=f"(?:{self.text()}|{other.text()})")

    def intersect(self, other: _CSet) -> _CSet:
        return _CSet([], expr=f"(?:(?={self.text()}){other.text()})")

    def negate(self) -> _CSet:
        if self.expr is None:
            return _CSet(self.items, not self.neg)
        return _CSet([], expr=f"(?:(?!{self.expr})(?s:.))")


def _props(*items: str) -> _CSet:
    return _CSet(list(items))


_CASED = ("\\p{Lu}", "\\p{Ll}", "\\p{Lt}")
_CASED_PROPS = ("\\p{Lowercase}", "\\p{Uppercase}", "\\p{Lt}")
_WORD_U = ("\\p{Alphabetic}", "\\p{Mn}", "\\p{Me}", "\\p{Mc}", "\\p{Nd}", "\\p{Pc}", "\\u200C\\u200D")
_GC = {"Cn", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs"}
_GC |= {"Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf", "L", "M", "N", "Z", "C", "P", "S"}
_POSIX_ASCII = {
    "ASCII": "\\x00-\\x7F",
    "Alnum": "0-9A-Za-z",
    "Alpha": "A-Za-z",
    "Blank": " \\t",
    "Cntrl": "\\x00-\\x1F\\x7F",
    "Digit": "0-9",
    "Graph": "\\x21-\\x7E",
    "Print": "\\x20-\\x7E",
    "Punct": "\\x21-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7E",
    "Space": _ASCII_SPACE,
    "XDigit": "0-9A-Fa-f",
}
_JAVA_PROPS = {
    "javaAlphabetic": ("\\p{Alphabetic}",),
    "javaIdeographic": ("\\p{Ideographic}",),
    "javaDigit": ("\\p{Nd}",),
    "javaDefined": ("\\P{Cn}",),
    "javaLetter": ("\\p{L}",),
    "javaLetterOrDigit": ("\\p{L}", "\\p{Nd}"),
    "javaJavaIdentifierStart": ("\\p{L}", "\\p{Nl}", "\\p{Sc}", "\\p{Pc}"),
    "javaJavaIdentifierPart": (
        "\\p{L}\\p{Nl}\\p{Sc}\\p{Pc}\\p{Nd}\\p{Mn}\\p{Mc}\\x00-\\x08\\x0E-\\x1B\\x7F-\\x9F\\p{Cf}",
    ),
    "javaUnicodeIdentifierStart": ("\\p{ID_Start}",),
    "javaUnicodeIdentifierPart": ("\\p{ID_Continue}\\x00-\\x08\\x0E-\\x1B\\x7F-\\x9F\\p{Cf}",),
    "javaIdentifierIgnorable": ("\\x00-\\x08\\x0E-\\x1B\\x7F-\\x9F\\p{Cf}",),
    "javaSpaceChar": ("\\p{Zs}\\p{Zl}\\p{Zp}",),
    "javaWhitespace": (
        "\\t-\\r\\x1C-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000",
    ),
    "javaISOControl": ("\\x00-\\x1F\\x7F-\\x9F",),
    "javaMirrored": ("\\p{Bidi_Mirrored}",),
}
_JAVA_BLOCK_ALIASES = {
    "GREEK": "Greek_and_Coptic",
    "CYRILLICSUPPLEMENTARY": "Cyrillic_Supplement",
    "CYRILLIC_SUPPLEMENTARY": "Cyrillic_Supplement",
    "COMBININGMARKSFORSYMBOLS": "Combining_Diacritical_Marks_for_Symbols",
    "COMBINING_MARKS_FOR_SYMBOLS": "Combining_Diacritical_Marks_for_Symbols",
}


def _java_property(name: str, ci: bool) -> _CSet | None:
    """CharPredicates.forProperty: categories, POSIX (ASCII) classes and java* methods."""
    if name in ("Lu", "Ll", "Lt"):
        return _props(*_CASED) if ci else _props(f"\\p{{{name}}}")
    if name in _GC:
        return _props(f"\\p{{{name}}}")
    if name == "LC":
        return _props(*_CASED)
    if name == "LD":
        return _props("\\p{L}", "\\p{Nd}")
    if name == "L1":
        return _props("\\x00-\\xFF")
    if name == "all":
        return _props("\\x00-\\U0010FFFF")
    if name in ("Lower", "Upper"):
        return _props("A-Za-z" if ci else ("a-z" if name == "Lower" else "A-Z"))
    if name in _POSIX_ASCII:
        return _props(_POSIX_ASCII[name])
    if name in ("javaLowerCase", "javaUpperCase", "javaTitleCase"):
        if ci:
            return _props(*_CASED_PROPS)
        return _props(
            {"javaLowerCase": "\\p{Lowercase}", "javaUpperCase": "\\p{Uppercase}"}.get(name, "\\p{Lt}")
        )
    if name in _JAVA_PROPS:
        return _props(*_JAVA_PROPS[name])
    return None


def _unicode_property(name: str, ci: bool) -> _CSet | None:
    """CharPredicates.forUnicodeProperty (upper-cased binary properties, then Unicode POSIX)."""
    simple = {
        "ALPHABETIC": "\\p{Alphabetic}",
        "ALPHA": "\\p{Alphabetic}",
        "ASSIGNED": "\\P{Cn}",
        "CONTROL": "\\p{Cc}",
        "CNTRL": "\\p{Cc}",
        "EMOJI": "\\p{Emoji}",
        "EMOJI_PRESENTATION": "\\p{Emoji_Presentation}",
        "EMOJI_MODIFIER": "\\p{Emoji_Modifier}",
        "EMOJI_MODIFIER_BASE": "\\p{Emoji_Modifier_Base}",
        "EMOJI_COMPONENT": "\\p{Emoji_Component}",
        "EXTENDED_PICTOGRAPHIC": "\\p{Extended_Pictographic}",
        "HEXDIGIT": "\\p{Nd}\\p{Hex_Digit}",
        "HEX_DIGIT": "\\p{Nd}\\p{Hex_Digit}",
        "XDIGIT": "\\p{Nd}\\p{Hex_Digit}",
        "IDEOGRAPHIC": "\\p{Ideographic}",
        "JOINCONTROL": "\\u200C\\u200D",
        "JOIN_CONTROL": "\\u200C\\u200D",
        "LETTER": "\\p{L}",
        "NONCHARACTERCODEPOINT": "\\p{Noncharacter_Code_Point}",
        "NONCHARACTER_CODE_POINT": "\\p{Noncharacter_Code_Point}",
        "PUNCTUATION": "\\p{P}",
        "PUNCT": "\\p{P}",
        "WHITESPACE": "\\p{White_Space}",
        "WHITE_SPACE": "\\p{White_Space}",
        "SPACE": "\\p{White_Space}",
        "ALNUM": "\\p{Alphabetic}\\p{Nd}",
        "DIGIT": "\\p{Nd}",
        "BLANK": "\\p{Zs}\\t",
    }
    if name in simple:
        return _props(simple[name])
    if name in ("LOWERCASE", "LOWER", "UPPERCASE", "UPPER", "TITLECASE"):
        if ci:
            return _props(*_CASED_PROPS)
        return _props(
            {"LOWERCASE": "\\p{Lowercase}", "LOWER": "\\p{Lowercase}", "TITLECASE": "\\p{Lt}"}.get(
                name, "\\p{Uppercase}"
            )
        )
    if name == "WORD":
        return _props(*_WORD_U)
    if name == "GRAPH":
        return _CSet(["\\p{Zs}\\p{Zl}\\p{Zp}\\p{Cc}\\p{Cs}\\p{Cn}"], neg=True)
    if name == "PRINT":
        return _CSet(["\\p{Zl}\\p{Zp}\\p{Cc}\\p{Cs}\\p{Cn}"], neg=True)
    return None


def _regex_property(kind: str, value: str) -> _CSet | None:
    """A script or block the `regex` module knows (it matches names loosely, as Java nearly does)."""
    if not value or not all(c.isascii() and (c.isalnum() or c in "_- ") for c in value):
        return None
    if kind == "Block":
        value = _JAVA_BLOCK_ALIASES.get(value.upper(), value)
    elif " " in value:
        return None  # Character.UnicodeScript.forName takes constant names and ISO codes only
    item = f"\\p{{{kind}={value}}}"
    try:
        regex.compile(item)
    except regex.error:
        return None
    return _props(item)


_MAX_REPS = 0x7FFFFFFF


def _i32(value: int) -> int:
    """Java int arithmetic (wraps around)."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


class _Info:
    """Pattern.TreeInfo, reduced to what the look-behind check reads: the maximum length (Java
    ints, overflow included), whether it is valid, and whether the length is fixed."""

    __slots__ = ("det", "max", "valid")

    def __init__(self) -> None:
        self.max = 0
        self.valid = True
        self.det = True


_Step = Callable[[_Info], None]


def _study(steps: tuple[_Step, ...], info: _Info | None = None) -> _Info:
    info = info or _Info()
    for step in steps:
        step(info)
    return info


def _st_fixed(length: int) -> _Step:
    def step(info: _Info) -> None:
        info.max = _i32(info.max + length)

    return step


_ST_CHAR = _st_fixed(1)
_ST_LINE_BREAK = _st_fixed(2)


def _st_greedy_char(info: _Info) -> None:
    if info.valid:
        info.max = _i32(info.max + _MAX_REPS)
    info.det = False


def _st_back_ref(info: _Info) -> None:
    info.valid = False


def _st_grapheme(info: _Info) -> None:
    info.det = False


def _st_loop(info: _Info) -> None:
    info.valid = False
    info.det = False


def _st_curly(body: tuple[_Step, ...], low: int, high: int) -> _Step:
    def step(info: _Info) -> None:
        before, valid, det = info.max, info.valid, info.det
        inner = _study(body)
        if valid and inner.valid:
            info.max = _i32(inner.max * high + before)
            info.valid = info.max >= before
        else:
            info.valid = False
        info.det = det if inner.det and low == high else False

    return step


def _st_ques(body: tuple[_Step, ...]) -> _Step:
    def step(info: _Info) -> None:
        _study(body, info)
        info.det = False

    return step


def _st_branch(branches: list[tuple[_Step, ...]]) -> _Step:
    """Branch.study, except that Java studies what follows the branch apart (not modelled)."""

    def step(info: _Info) -> None:
        longest = -1
        valid = info.valid
        for branch in branches:
            inner = _study(branch)
            longest = max(longest, inner.max)
            valid = valid and inner.valid
        info.max = _i32(info.max + longest)
        info.valid = valid
        info.det = False

    return step


@dataclass(frozen=True, slots=True)
class _Node:
    """A translated piece: its `regex` text, the shortest text it matches, if a quantifier may
    follow it directly, its TreeInfo steps, and its kind for Java's quantifier rules: `char`
    (one character), `group`, `zero` (look-around or atomic group) or `other`."""

    text: str
    min_len: int
    atomic: bool
    steps: tuple[_Step, ...] = ()
    kind: str = "other"


_EMPTY = _Node("", 0, False)


def _remove_qe_quoting(cps: list[int]) -> list[int]:
    """Pattern.RemoveQEQuoting: `\\Q..\\E` becomes escaped characters, before parsing, so that
    error indexes count the rewritten pattern as Java's do."""
    n = len(cps)
    i = 0
    while i < n - 1:
        if cps[i] != 0x5C:
            i += 1
        elif cps[i + 1] != 0x51:
            i += 2
        else:
            break
    if i >= n - 1:
        return cps
    out = cps[:i]
    i += 2
    in_quote = True
    begin_quote = True
    while i < n:
        c = cps[i]
        i += 1
        if c > 0x7F or chr(c).isalpha():
            out.append(c)
        elif chr(c).isdigit():
            if begin_quote:
                out += [0x5C, ord("x"), ord("3")]  # keep a digit from extending an escape before \Q
            out.append(c)
        elif c != 0x5C:
            if in_quote:
                out.append(0x5C)
            out.append(c)
        elif in_quote:
            if i < n and cps[i] == ord("E"):
                i += 1
                in_quote = False
            else:
                out += [0x5C, 0x5C]
        else:
            if i < n and cps[i] == ord("Q"):
                i += 1
                in_quote = True
                begin_quote = True
                continue
            out.append(c)
            if i != n:
                out.append(cps[i])
                i += 1
        begin_quote = False
    return out


def _is_space(ch: int) -> bool:
    return ch in (0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D)


class _Parser:
    """Pattern.compile's recursive descent over code points, writing a `regex` pattern."""

    def __init__(self, pattern: str, native_dollar: bool = False, flags: int = 0) -> None:
        self.pattern = pattern
        self.native_dollar = native_dollar  # `$` for texts whose only line terminator is \n
        self.uses_dollar = False
        self.literal_pattern = bool(flags & LITERAL)
        cps = [ord(c) for c in pattern]
        if not self.literal_pattern:  # Pattern.compile skips RemoveQEQuoting for LITERAL
            cps = _remove_qe_quoting(cps)
        self.length = len(cps)
        self.temp = [*cps, 0, 0]
        self.cursor = 0
        self.flags = 0
        for bit, inner in _JAVA_FLAG_BITS:
            if flags & bit:
                self.flags |= inner
        self.groups = 1
        self.names: dict[str, int] = {}
        self.refs: set[int] = set()
        self.node: _Node = _EMPTY
        self.cset: _CSet | None = None

    def java_flags(self) -> int:
        """Pattern.flags(): the constructor's flags as changed by top-level inline flags."""
        flags = LITERAL if self.literal_pattern else 0
        for bit, inner in _JAVA_FLAG_BITS:
            if self.flags & inner == inner:
                flags |= bit
        return flags

    # -- reading, with (?x) whitespace and comments skipped like Java's peek/read/next
    def error(self, description: str) -> PatternSyntaxException:
        return _syntax_error(self.pattern, description, self.cursor - 1)

    def has(self, flag: int) -> bool:
        return bool(self.flags & flag)

    def _line_separator(self, ch: int) -> bool:
        if self.has(_UNIX_LINES):
            return ch == 0x0A
        return ch in (0x0A, 0x0D, 0x85, 0x2028, 0x2029)

    def _skip_comments_peek(self, ch: int) -> int:
        while _is_space(ch) or ch == 0x23:
            while _is_space(ch):
                self.cursor += 1
                ch = self.temp[self.cursor]
            if ch == 0x23:
                self.cursor += 1
                ch = self.temp[self.cursor]
                while ch != 0 and not self._line_separator(ch):
                    self.cursor += 1
                    ch = self.temp[self.cursor]
                if ch == 0 and self.cursor > self.length:
                    self.cursor = self.length
                    ch = self.temp[self.cursor]
        return ch

    def _skip_comments_read(self, ch: int) -> int:
        while _is_space(ch) or ch == 0x23:
            while _is_space(ch):
                ch = self.temp[self.cursor]
                self.cursor += 1
            if ch == 0x23:
                ch = self.temp[self.cursor]
                self.cursor += 1
                while ch != 0 and not self._line_separator(ch):
                    ch = self.temp[self.cursor]
                    self.cursor += 1
                if ch == 0 and self.cursor > self.length:
                    self.cursor = self.length
                    ch = self.temp[self.cursor]
                    self.cursor += 1
        return ch

    def peek(self) -> int:
        ch = self.temp[self.cursor]
        return self._skip_comments_peek(ch) if self.flags & _COMMENTS else ch

    def read(self) -> int:
        ch = self.temp[self.cursor]
        self.cursor += 1
        return self._skip_comments_read(ch) if self.flags & _COMMENTS else ch

    def next(self) -> int:
        self.cursor += 1
        ch = self.temp[self.cursor]
        return self._skip_comments_peek(ch) if self.flags & _COMMENTS else ch

    def next_escaped(self) -> int:
        self.cursor += 1
        return self.temp[self.cursor]

    def skip(self) -> int:
        ch = self.temp[self.cursor + 1]
        self.cursor += 2
        return ch

    def unread(self) -> None:
        self.cursor -= 1

    def accept(self, ch: int, description: str) -> None:
        if self.read() != ch:
            raise self.error(description)

    # -- grammar
    def compile(self) -> str:
        if self.length == 0:
            return ""
        if self.literal_pattern:  # one Slice of the whole pattern, case folded per the flags
            parts = [self.literal(cp).text for cp in self.temp[: self.length]]
            self.node = _Node("".join(parts), self.length, False)
            return self.node.text
        node = self.expr()
        if self.cursor != self.length:
            if self.peek() == ord(")"):
                raise self.error("Unmatched closing ')'")
            if self.cursor == self.length + 1 and self.temp[self.length - 1] == 0x5C:
                raise self.error("Unescaped trailing backslash")
            raise self.error("Unexpected internal error")
        self.node = node
        text = node.text
        for ref in self.refs:
            if ref >= self.groups:  # Java accepts a reference to a group that never exists
                text = text.replace(f"\\g<{ref}>", "(?!)")
        return text

    def expr(self) -> _Node:
        branches = [self.sequence()]
        while self.peek() == ord("|"):
            self.next()
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        text = "|".join(b.text for b in branches)
        step = _st_branch([b.steps for b in branches])
        return _Node(text, min(b.min_len for b in branches), False, (step,))

    def sequence(self) -> _Node:
        parts: list[str] = []
        steps: list[_Step] = []
        min_len = 0
        while True:
            ch = self.peek()
            node: _Node
            if ch == ord("("):
                group = self.group0()
                if group is None:
                    continue
                node = group
            else:
                if ch == ord("["):
                    node = self.class_node(self.clazz(True))
                elif ch == 0x5C:
                    ch = self.next_escaped()
                    if ch in (ord("p"), ord("P")):
                        node = self.class_node(self.family_after_p(ch == ord("P")))
                    else:
                        self.unread()
                        node = self.atom()
                elif ch == ord("^"):
                    self.next()
                    node = _Node(self.caret(), 0, False)
                elif ch == ord("$"):
                    self.next()
                    node = _Node(self.dollar(self.has(_MULTILINE)), 0, False)
                elif ch == ord("."):
                    self.next()
                    node = _Node(self.dot(), 1, True, (_ST_CHAR,), "char")
                elif ch in (ord("|"), ord(")")):
                    break
                elif ch in (ord("?"), ord("*"), ord("+")):
                    self.next()
                    raise self.error(f"Dangling meta character '{chr(ch)}'")
                elif ch == 0 and self.cursor >= self.length:
                    break
                else:
                    node = self.atom()
                node = self.closure(node)
            parts.append(node.text)
            steps += node.steps
            min_len += node.min_len
        if len(parts) == 1:
            return node
        return _Node("".join(parts), min_len, False, tuple(steps))

    def atom(self) -> _Node:
        ch = self.peek()
        if ch == 0x5C:
            self.next_escaped()
            self.unread()
            value = self.escape(inclass=False, create=True, isrange=False)
            if value < 0:
                return self.node
            return self.literal(value)
        if (ch == 0 and self.cursor >= self.length) or ch in (ord("*"), ord("+"), ord("?"), ord("{")):
            return _EMPTY
        self.next()
        return self.literal(ch)

    def literal(self, cp: int) -> _Node:
        text = _lit(cp)
        if self.has(_CI):
            c = chr(cp)
            if self.has(_UNICODE_CASE):
                upper = c.upper() if len(c.upper()) == 1 else c  # Character.toUpperCase: one code point
                if upper.lower() != upper:
                    text = f"(?i:{text})"
            elif c.isascii() and c.isalpha():
                text = f"[{c.lower()}{c.upper()}]"
        return _Node(text, 1, True, (_ST_CHAR,), "char")

    def char_item(self, cp: int) -> str:
        """A class member; (?i) without (?u) adds the other case of an ASCII letter, as Java does."""
        if self.flags & (_CI | _UNICODE_CASE) == _CI and cp < 128 and chr(cp).isalpha():
            return chr(cp).lower() + chr(cp).upper()
        return _lit(cp)

    def range_item(self, low: int, high: int) -> str:
        item = f"{_lit(low)}-{_lit(high)}"
        if self.flags & (_CI | _UNICODE_CASE) == _CI:
            for first, last, shift in ((0x61, 0x7A, -32), (0x41, 0x5A, 32)):
                a, b = max(low, first), min(high, last)
                if a <= b:
                    item += f"{chr(a + shift)}-{chr(b + shift)}"
        return item

    def class_node(self, cset: _CSet) -> _Node:
        text = cset.text()
        if self.has(_CI) and self.has(_UNICODE_CASE):
            text = f"(?i:{text})"
        return _Node(text, 1, True, (_ST_CHAR,), "char")

    def caret(self) -> str:
        if not self.has(_MULTILINE):
            return "\\A"
        if self.has(_UNIX_LINES):
            return "(?:(?<=\\n)|\\A)(?!\\Z)"
        return "(?:\\A|(?<=[\\n\\x85\\u2028\\u2029])|(?<=\\r)(?!\\n))(?!\\Z)"

    def dollar(self, multiline: bool) -> str:
        self.uses_dollar = True
        if self.has(_UNIX_LINES):
            return "(?=\\n|\\Z)" if multiline else "(?=\\n?\\Z)"
        if self.native_dollar:
            return "(?m:$)" if multiline else "$"
        if multiline:
            return "(?:(?<!\\r)(?=\\n)|(?=[\\r\\x85\\u2028\\u2029])|\\Z)"
        return "(?:\\Z|(?=\\r\\n\\Z)|(?=[\\r\\x85\\u2028\\u2029]\\Z)|(?<!\\r)(?=\\n\\Z))"

    def dot(self) -> str:
        if self.has(_DOTALL):
            return "(?s:.)"
        return "[^\\n]" if self.has(_UNIX_LINES) else f"[^{_TERMINATORS}]"

    def word_set(self, negate: bool) -> _CSet:
        cset = _props(*_WORD_U) if self.has(_UNICODE_CLASS) else _props("0-9A-Za-z_")
        return cset.negate() if negate else cset

    def predicate(self, letter: str) -> _CSet:
        """\\d \\D \\s \\S \\w \\W \\h \\H \\v \\V as a class."""
        negate = letter.isupper()
        kind = letter.lower()
        if kind == "w":
            return self.word_set(negate)
        if kind == "h":
            cset = _props(_HSPACE)
        elif kind == "v":
            cset = _props(_VSPACE)
        elif self.has(_UNICODE_CLASS):
            cset = _props("\\p{Nd}" if kind == "d" else "\\p{White_Space}")
        else:
            cset = _props("0-9" if kind == "d" else _ASCII_SPACE)
        return cset.negate() if negate else cset

    def boundary(self, inside: bool) -> str:
        if self.has(_UNICODE_CLASS):
            return "\\b" if inside else "\\B"
        w = "[0-9A-Za-z_]"
        if inside:
            return f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
        return f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"

    def escape(self, inclass: bool, create: bool, isrange: bool) -> int:
        """Pattern.escape: a code point, or -1 with `self.node` (outside a class) or `self.cset`."""
        ch = self.skip()
        c = chr(ch) if ch else "\0"
        if c == "0":
            return self.octal()
        if c in "123456789":
            if inclass:
                raise self.error("Illegal/unsupported escape sequence")
            if create:
                self.node = self.ref(ch - 48)
            return -1
        if c in "dDsSwWhHvV":
            if c == "v" and isrange:
                return 0x0B
            if create:
                self.cset = self.predicate(c)
                if not inclass:
                    self.node = self.class_node(self.cset)
            return -1
        if c in "ABGRXZzbk" and inclass:
            raise self.error("Illegal/unsupported escape sequence")
        if c == "A":
            if create:
                self.node = _Node("\\A", 0, False)
            return -1
        if c == "B":
            if create:
                self.node = _Node(self.boundary(False), 0, False)
            return -1
        if c == "G":
            if create:
                self.node = _Node("\\G", 0, False)
            return -1
        if c == "R":
            if create:
                self.node = _Node(_LINE_BREAK, 1, True, (_ST_LINE_BREAK,))
            return -1
        if c == "X":
            if create:
                self.node = _Node("\\X", 1, True, (_st_grapheme,))
            return -1
        if c == "Z":
            if create:
                self.node = _Node(self.dollar(False), 0, False)
            return -1
        if c == "z":
            if create:
                self.node = _Node("\\Z", 0, False)
            return -1
        if c == "b":
            if create:
                if self.peek() == ord("{"):
                    if self.skip() == ord("g"):
                        if self.read() == ord("}"):
                            self.node = _Node(_GRAPHEME_BOUNDARY, 0, False)
                            return -1
                        raise self.error("Illegal/unsupported escape sequence")
                    self.unread()
                    self.unread()
                self.node = _Node(self.boundary(True), 0, False)
            return -1
        if c == "k":
            if self.read() != ord("<"):
                raise self.error("\\k is not followed by '<' for named capturing group")
            name = self.groupname(self.read())
            if name not in self.names:
                raise self.error(f"named capturing group <{name}> does not exist")
            if create:
                text = f"(?P={name})"
                self.node = _Node(f"(?i:{text})" if self.has(_CI) else text, 0, True, (_st_back_ref,))
            return -1
        simple = {"a": 7, "e": 0x1B, "f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09}
        if c in simple:
            return simple[c]
        if c == "c":
            if self.cursor < self.length:
                return self.read() ^ 64
            raise self.error("Illegal control escape sequence")
        if c == "u":
            return self.unicode_escape()
        if c == "x":
            return self.hex_escape()
        if c == "N":
            return self.named_char()
        if c.isascii() and c.isalpha():
            raise self.error("Illegal/unsupported escape sequence")
        return ch

    def ref(self, number: int) -> _Node:
        while True:
            ch = self.peek()
            if not 0x30 <= ch <= 0x39:
                break
            candidate = number * 10 + ch - 48
            if self.groups - 1 < candidate:
                break
            number = candidate
            self.read()
        self.refs.add(number)
        text = f"\\g<{number}>"
        return _Node(f"(?i:{text})" if self.has(_CI) else text, 0, True, (_st_back_ref,))

    def octal(self) -> int:
        n = self.read()
        if 0x30 <= n <= 0x37:
            m = self.read()
            if 0x30 <= m <= 0x37:
                o = self.read()
                if 0x30 <= o <= 0x37 and n <= 0x33:
                    return (n - 48) * 64 + (m - 48) * 8 + (o - 48)
                self.unread()
                return (n - 48) * 8 + (m - 48)
            self.unread()
            return n - 48
        raise self.error("Illegal octal escape sequence")

    @staticmethod
    def _hex(ch: int) -> int:
        return int(chr(ch), 16) if ch < 128 and chr(ch) in "0123456789abcdefABCDEF" else -1

    def hex_escape(self) -> int:
        n = self.read()
        if self._hex(n) >= 0:
            m = self.read()
            if self._hex(m) >= 0:
                return self._hex(n) * 16 + self._hex(m)
        elif n == ord("{") and self._hex(self.peek()) >= 0:
            value = 0
            while self._hex(n := self.read()) >= 0:
                value = value * 16 + self._hex(n)
                if value > 0x10FFFF:
                    raise self.error("Hexadecimal codepoint is too big")
            if n != ord("}"):
                raise self.error("Unclosed hexadecimal escape sequence")
            return value
        raise self.error("Illegal hexadecimal escape sequence")

    def _uxxxx(self) -> int:
        value = 0
        for _ in range(4):
            digit = self._hex(self.read())
            if digit < 0:
                raise self.error("Illegal Unicode escape sequence")
            value = value * 16 + digit
        return value

    def unicode_escape(self) -> int:
        value = self._uxxxx()
        if 0xD800 <= value <= 0xDBFF:
            saved = self.cursor
            if self.read() == 0x5C and self.read() == ord("u"):
                low = self._uxxxx()
                if 0xDC00 <= low <= 0xDFFF:
                    return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            self.cursor = saved
        return value

    def named_char(self) -> int:
        if self.read() != ord("{"):
            raise self.error("Illegal character name escape sequence")
        start = self.cursor
        while self.read() != ord("}"):
            if self.cursor >= self.length:
                raise self.error("Unclosed character name escape sequence")
        name = "".join(chr(c) for c in self.temp[start : self.cursor - 1])
        try:
            return ord(unicodedata.lookup(name))
        except KeyError:
            raise self.error(f"Unknown character name [{name}]") from None

    def groupname(self, ch: int) -> str:
        if not (ch < 128 and chr(ch).isalpha()):
            raise self.error("capturing group name does not start with a Latin letter")
        name = [chr(ch)]
        while (ch := self.read()) < 128 and chr(ch).isalnum():
            name.append(chr(ch))
        if ch != ord(">"):
            raise self.error("named capturing group is missing trailing '>'")
        return "".join(name)

    def group0(self) -> _Node | None:
        saved_flags = self.flags
        ch = self.next()
        min_len = 0
        kind = "group"
        if ch == ord("?"):
            ch = self.skip()
            c = chr(ch) if ch else "\0"
            if c == ":":
                inner = self.expr()
                text, min_len = f"(?:{inner.text})", inner.min_len
            elif c in "=!":
                inner = self.expr()
                text, kind = f"(?{c}{inner.text})", "zero"
                inner = _Node("", 0, False)  # a look-ahead adds nothing to the length
            elif c == ">":
                inner = self.expr()
                text, min_len, kind = f"(?>{inner.text})", inner.min_len, "zero"
            elif c == "<":
                ch = self.read()
                if ch not in (ord("="), ord("!")):
                    name = self.groupname(ch)
                    if name in self.names:
                        raise self.error(f"Named capturing group <{name}> is already defined")
                    self.names[name] = self.groups
                    self.groups += 1
                    inner = self.expr()
                    text, min_len = f"(?P<{name}>{inner.text})", inner.min_len
                else:
                    inner = self.expr()
                    if not _study(inner.steps).valid:
                        raise self.error("Look-behind group does not have an obvious maximum length")
                    text, kind = f"(?<{chr(ch)}{inner.text})", "zero"
                    inner = _Node("", 0, False)
            elif c in "$@":
                raise self.error("Unknown group type")
            else:
                self.unread()
                self.add_flags()
                ch = self.read()
                if ch == ord(")"):
                    return None  # the flags hold until the enclosing group ends
                if ch != ord(":"):
                    raise self.error("Unknown inline modifier")
                inner = self.expr()
                text, min_len = f"(?:{inner.text})", inner.min_len
        else:
            self.groups += 1
            inner = self.expr()
            text, min_len = f"({inner.text})", inner.min_len
        self.accept(ord(")"), "Unclosed group")
        self.flags = saved_flags
        return self.closure(_Node(text, min_len, True, inner.steps, kind))

    def add_flags(self) -> None:
        ch = self.peek()
        add = True
        while True:
            c = chr(ch) if 0 < ch < 128 else ""
            if c == "-" and add:
                add = False
            elif c in _FLAG_BITS and c:
                if add:
                    self.flags |= _FLAG_BITS[c]
                else:
                    self.flags &= ~_FLAG_BITS[c]
            else:
                return
            ch = self.next()

    def closure(self, node: _Node) -> _Node:
        ch = self.peek()
        if ch == ord("?"):
            return self.quantify(node, "?", 0, 1)
        if ch == ord("*"):
            return self.quantify(node, "*", 0, -1)
        if ch == ord("+"):
            return self.quantify(node, "+", 1, -1)
        if ch != ord("{"):
            return node
        ch = self.skip()
        if not 0x30 <= ch <= 0x39:
            raise self.error("Illegal repetition")
        low = 0
        high = -1
        while True:
            low = low * 10 + ch - 48
            if low > 0x7FFFFFFF:
                raise self.error("Illegal repetition range")
            ch = self.read()
            if not 0x30 <= ch <= 0x39:
                break
        if ch == ord(","):
            ch = self.read()
            if ch != ord("}"):
                high = 0
                while 0x30 <= ch <= 0x39:
                    high = high * 10 + ch - 48
                    if high > 0x7FFFFFFF:
                        raise self.error("Illegal repetition range")
                    ch = self.read()
        else:
            high = low
        if ch != ord("}"):
            raise self.error("Unclosed counted closure")
        if 0 <= high < low:
            raise self.error("Illegal repetition range")
        self.unread()
        text = f"{{{low},}}" if high < 0 else (f"{{{low}}}" if high == low else f"{{{low},{high}}}")
        return self.quantify(node, text, low, high)

    def quantify(self, node: _Node, quantifier: str, low: int, high: int) -> _Node:
        """The quantifier's text, and the node Java builds for it (for the look-behind check)."""
        ch = self.next()
        mode = ""
        if ch in (ord("?"), ord("+")):
            self.next()
            mode = chr(ch)
        body = node.text if node.atomic else f"(?:{node.text})"
        if low == 0 and high == 1:  # Ques; on a group, a branch
            step = (
                _st_branch([node.steps, ()]) if node.kind == "group" and mode != "+" else _st_ques(node.steps)
            )
        elif node.kind == "group" and mode != "+" and not _study(node.steps).det:
            step = _st_loop
        elif high < 0 and not mode and node.kind == "char":
            step = _st_greedy_char
        else:
            step = _st_curly(node.steps, low, _MAX_REPS if high < 0 else high)
        return _Node(body + quantifier + mode, node.min_len * low, True, (step,))

    # -- character classes
    def clazz(self, consume: bool) -> _CSet:
        prev: _CSet | None = None
        curr: _CSet | None = None
        bits = _CSet([])
        has_bits = False
        negated = False
        ch = self.next()
        if ch == ord("^") and self.temp[self.cursor - 1] == ord("["):
            ch = self.next()
            negated = True
        while True:
            if ch == ord("["):
                curr = self.clazz(True)
                prev = curr if prev is None else prev.union(curr)
                ch = self.peek()
                continue
            if ch == ord("&"):
                ch = self.next()
                if ch == ord("&"):
                    ch = self.next()
                    right: _CSet | None = None
                    while ch not in (ord("]"), ord("&")):
                        if ch == ord("["):
                            part = self.clazz(True)
                        else:
                            self.unread()
                            part = self.clazz(False)
                        right = part if right is None else right.union(part)
                        ch = self.peek()
                    if has_bits:
                        if prev is None:
                            prev = curr = bits
                        else:
                            prev = prev.union(bits)
                        has_bits = False
                        bits = _CSet([])
                    if right is not None:
                        curr = right
                    if prev is None:
                        if right is None:
                            raise self.error("Bad class syntax")
                        prev = right
                    else:
                        if curr is None:
                            raise self.error("Bad intersection syntax")
                        prev = prev.intersect(curr)
                    continue
                self.unread()  # a literal '&'
            elif ch == 0 and self.cursor >= self.length:
                raise self.error("Unclosed character class")
            elif ch == ord("]") and (prev is not None or has_bits):
                if consume:
                    self.next()
                if prev is None:
                    prev = bits
                elif has_bits:
                    prev = prev.union(bits)
                return prev.negate() if negated else prev
            curr = self.range(bits)
            if curr is None:
                has_bits = True
            else:
                prev = curr if prev is None else prev.union(curr)
            ch = self.peek()

    def range(self, bits: _CSet) -> _CSet | None:
        ch = self.peek()
        if ch == 0x5C:
            ch = self.next_escaped()
            if ch in (ord("p"), ord("P")):
                return self.family_after_p(ch == ord("P"))
            isrange = self.temp[self.cursor + 1] == ord("-")
            self.unread()
            ch = self.escape(inclass=True, create=True, isrange=isrange)
            if ch == -1:
                assert self.cset is not None
                return self.cset
        else:
            self.next()
        if self.peek() == ord("-"):
            end = self.temp[self.cursor + 1]
            if end == ord("["):
                bits.items.append(self.char_item(ch))
                return None
            if end != ord("]"):
                self.next()
                m = self.peek()
                if m == 0x5C:
                    m = self.escape(inclass=True, create=False, isrange=True)
                else:
                    self.next()
                if m < ch:
                    raise self.error("Illegal character range")
                return _CSet([self.range_item(ch, m)])
        bits.items.append(self.char_item(ch))
        return None

    def family_after_p(self, complement: bool) -> _CSet:
        ch = self.next()
        if ch != ord("{"):
            self.unread()
            return self.family(True, complement)
        return self.family(False, complement)

    def family(self, single_letter: bool, complement: bool) -> _CSet:
        self.next()
        if single_letter:
            name = chr(self.temp[self.cursor])
            self.read()
        else:
            start = self.cursor
            self.temp[self.length] = ord("}")
            while self.read() != ord("}"):
                pass
            self.temp[self.length] = 0
            end = self.cursor
            if end > self.length:
                raise self.error("Unclosed character family")
            if start + 1 >= end:
                raise self.error("Empty character family")
            name = "".join(chr(c) for c in self.temp[start : end - 1])
        ci = self.has(_CI)
        cset: _CSet | None
        if "=" in name:
            key, value = name.split("=", 1)
            key = key.lower()
            if key in ("sc", "script"):
                cset = _regex_property("Script", value)
            elif key in ("blk", "block"):
                cset = _regex_property("Block", value)
            elif key in ("gc", "general_category"):
                cset = _java_property(value, ci)
            else:
                cset = None
            if cset is None:
                raise self.error(f"Unknown Unicode property {{name=<{key}>, value=<{value}>}}")
        else:
            if name.startswith("In"):
                cset = _regex_property("Block", name[2:])
            elif name.startswith("Is"):
                short = name[2:]
                cset = (
                    _unicode_property(short.upper(), ci)
                    or _java_property(short, ci)
                    or _regex_property("Script", short)
                )
            else:
                cset = _unicode_property(name.upper(), ci) if self.has(_UNICODE_CLASS) else None
                cset = cset or _java_property(name, ci)
            if cset is None:
                raise self.error(f"Unknown character property name {{{name}}}")
        return cset.negate() if complement else cset


class JavaPattern:
    """A compiled Java pattern: the `regex` object plus Matcher.find's iteration rule."""

    __slots__ = ("_may_be_empty", "_native", "flags", "groupindex", "groups", "pattern", "regex")

    def __init__(self, pattern: str, compiled: Any, may_be_empty: bool, native: Any = None) -> None:
        self.pattern = pattern
        self.flags = 0  # Pattern.flags(): the flags in force at the end of the top level
        self.regex = compiled
        self._native = native
        self.groups: int = compiled.groups
        self.groupindex: dict[str, int] = dict(compiled.groupindex)
        self._may_be_empty = may_be_empty

    def engine(self, text: str) -> Any:
        """The `regex` object to run on `text`: Python's `$` is Java's when `\\n` is the only
        line terminator in it, and much faster to search for."""
        if self._native is not None and not any(c in text for c in _OTHER_TERMINATORS):
            return self._native
        return self.regex

    def finditer(self, text: str) -> Iterator[Any]:
        """Matcher.find in a loop (plain `regex` iteration when no match can be empty)."""
        compiled = self.engine(text)
        if not self._may_be_empty:
            return compiled.finditer(text)  # type: ignore[no-any-return]
        return self._find_with_empty(compiled, text)

    @staticmethod
    def _find_with_empty(compiled: Any, text: str) -> Iterator[Any]:
        """After an empty match Java searches from the next character, while `regex` first
        retries the same position for a longer match; such a retry is skipped."""
        pos = 0
        while pos <= len(text):
            empty_at = -1
            for m in compiled.finditer(text, pos):
                start, end = m.span()
                if start == empty_at:
                    pos = start + 1
                    break
                yield m
                empty_at = end if start == end else -1
            else:
                return


@lru_cache(maxsize=1024)
def compile_java_regex(pattern: str, flags: int = 0) -> JavaPattern:
    """Pattern.compile(pattern, flags) (flags: Pattern's constants, e.g. CASE_INSENSITIVE): raises
    PatternSyntaxException (an IllegalArgumentException) on bad syntax. CANON_EQ is ignored."""
    parser = _Parser(pattern, flags=flags)
    translated = parser.compile()
    native: Any = None
    try:
        compiled = regex.compile(translated, regex.VERSION0 | regex.UNICODE)
        if parser.uses_dollar:  # Java's `$` as lookarounds is slow to search for; see finditer
            native = regex.compile(
                _Parser(pattern, native_dollar=True, flags=flags).compile(), regex.VERSION0 | regex.UNICODE
            )
    except regex.error as exc:  # a construct the translation does not cover
        raise _syntax_error(pattern, exc.msg[:1].upper() + exc.msg[1:], -1) from None
    result = JavaPattern(pattern, compiled, parser.node.min_len == 0, native)
    result.flags = parser.java_flags()
    return result


def java_split(compiled: JavaPattern, text: str, limit: int) -> list[str]:
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
