"""How many characters Java's backtracking regex engine reads: the regex limit's counter.

Painless wraps regex inputs in LimitedCharSequence, which throws once the engine has called charAt
more than `limit factor × input length` times. The `regex` module cannot report its reads (and it
prunes many catastrophic cases Java backtracks through), so patterns that can backtrack more than
linearly (nested quantifiers, several unbounded quantifiers, lazy quantifiers) are replayed here by
a small backtracking matcher shaped like java.util.regex (Start scanning, Slice, Curly, Loop,
Branch), counting one read per character test and stopping as soon as the budget is exceeded.
Patterns with syntax this matcher does not model (lookaround, back references, \\p{..}, atomic
groups) are not replayed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class Unsupported(Exception):
    """The pattern uses syntax the counting matcher does not model."""


class BudgetExceeded(Exception):
    """More reads than the budget: Java's LimitedCharSequence would have thrown."""


# -- pattern tree ---------------------------------------------------------------------------------


@dataclass
class CharTest:
    test: Callable[[str], bool]


@dataclass
class Seq:
    items: list[Any]


@dataclass
class Alt:
    options: list[Seq]


@dataclass
class Repeat:
    node: Any
    lo: int
    hi: int  # -1: unbounded
    mode: str  # greedy, lazy, possessive


@dataclass
class Anchor:
    kind: str  # ^ $ \b \B \A \z \Z


_DIGIT = "0123456789"
_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_SPACE = " \t\n\x0b\f\r"


def _class_escape(c: str) -> Callable[[str], bool] | None:
    return {
        "d": lambda ch: ch in _DIGIT,
        "D": lambda ch: ch not in _DIGIT,
        "w": lambda ch: ch in _WORD,
        "W": lambda ch: ch not in _WORD,
        "s": lambda ch: ch in _SPACE,
        "S": lambda ch: ch not in _SPACE,
    }.get(c)


_LITERAL_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "a": "\x07", "e": "\x1b"}


class _Parser:
    def __init__(self, source: str, ignore_case: bool, dotall: bool) -> None:
        self.s = source
        self.i = 0
        self.ignore_case = ignore_case
        self.dotall = dotall

    def parse(self) -> Alt:
        node = self.alt()
        if self.i != len(self.s):
            raise Unsupported(self.s)
        return node

    def alt(self) -> Alt:
        options = [self.seq()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            options.append(self.seq())
        return Alt(options)

    def seq(self) -> Seq:
        items: list[Any] = []
        while self.i < len(self.s) and self.s[self.i] not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return Seq(items)

    def quantified(self, atom: Any) -> Any:
        s = self.s
        if self.i >= len(s) or isinstance(atom, Anchor):
            return atom
        c = s[self.i]
        if c in "*+?":
            lo, hi = {"*": (0, -1), "+": (1, -1), "?": (0, 1)}[c]
            self.i += 1
        elif c == "{" and self._brace():
            lo, hi = self._brace_value
        else:
            return atom
        mode = "greedy"
        if self.i < len(s) and s[self.i] == "?":
            mode = "lazy"
            self.i += 1
        elif self.i < len(s) and s[self.i] == "+":
            mode = "possessive"
            self.i += 1
        return Repeat(atom, lo, hi, mode)

    def _brace(self) -> bool:
        end = self.s.find("}", self.i)
        if end < 0:
            return False
        body = self.s[self.i + 1 : end]
        parts = body.split(",")
        try:
            if len(parts) == 1:
                lo = hi = int(parts[0])
            elif len(parts) == 2:
                lo = int(parts[0])
                hi = int(parts[1]) if parts[1] else -1
            else:
                return False
        except ValueError:
            return False
        self._brace_value = (lo, hi)
        self.i = end + 1
        return True

    def atom(self) -> Any:
        s = self.s
        c = s[self.i]
        if c == "(":
            self.i += 1
            if s.startswith("?:", self.i):
                self.i += 2
            elif (
                s.startswith("?<", self.i)
                and not s.startswith("?<=", self.i)
                and not s.startswith("?<!", self.i)
            ):
                end = s.find(">", self.i)
                if end < 0:
                    raise Unsupported(s)
                self.i = end + 1
            elif s.startswith("?", self.i):
                raise Unsupported(s)
            inner = self.alt()
            if self.i >= len(s) or s[self.i] != ")":
                raise Unsupported(s)
            self.i += 1
            return inner
        if c == "[":
            return self.char_class()
        if c == ".":
            self.i += 1
            if self.dotall:
                return CharTest(lambda ch: True)
            return CharTest(lambda ch: ch not in "\n\r\u0085\u2028\u2029")
        if c == "^":
            self.i += 1
            return Anchor("^")
        if c == "$":
            self.i += 1
            return Anchor("$")
        if c == "\\":
            return self.escape()
        if c in "*+?{":
            raise Unsupported(s)
        self.i += 1
        return self.literal(c)

    def literal(self, c: str) -> CharTest:
        if self.ignore_case and c.isascii() and c.isalpha():
            lo, up = c.lower(), c.upper()
            return CharTest(lambda ch: ch in (lo, up))
        return CharTest(lambda ch: ch == c)

    def escape(self) -> Any:
        s = self.s
        if self.i + 1 >= len(s):
            raise Unsupported(s)
        c = s[self.i + 1]
        self.i += 2
        test = _class_escape(c)
        if test is not None:
            return CharTest(test)
        if c in "bBAzZ":
            return Anchor("\\" + c)
        if c in _LITERAL_ESCAPES:
            return self.literal(_LITERAL_ESCAPES[c])
        if c.isalnum():
            raise Unsupported(s)  # \p{..}, back references, \Q, \x.., \u....
        return self.literal(c)

    def char_class(self) -> CharTest:
        s = self.s
        self.i += 1
        negate = False
        if self.i < len(s) and s[self.i] == "^":
            negate = True
            self.i += 1
        tests: list[Callable[[str], bool]] = []
        first = True
        while self.i < len(s) and (s[self.i] != "]" or first):
            first = False
            c = s[self.i]
            if c == "[" or s.startswith("&&", self.i):
                raise Unsupported(s)
            if c == "\\":
                if self.i + 1 >= len(s):
                    raise Unsupported(s)
                e = s[self.i + 1]
                self.i += 2
                test = _class_escape(e)
                if test is not None:
                    tests.append(test)
                    continue
                if e.isalnum() and e not in _LITERAL_ESCAPES:
                    raise Unsupported(s)
                c = _LITERAL_ESCAPES.get(e, e)
            else:
                self.i += 1
            if self.i + 1 < len(s) and s[self.i] == "-" and s[self.i + 1] != "]":
                hi = s[self.i + 1]
                if hi == "\\":
                    raise Unsupported(s)
                self.i += 2
                tests.append(self._range(c, hi))
            else:
                tests.append(self._range(c, c))
        if self.i >= len(s):
            raise Unsupported(s)
        self.i += 1
        options = tuple(tests)
        if negate:
            return CharTest(lambda ch: not any(t(ch) for t in options))
        return CharTest(lambda ch: any(t(ch) for t in options))

    def _range(self, lo: str, hi: str) -> Callable[[str], bool]:
        if self.ignore_case:
            return lambda ch: lo <= ch <= hi or lo <= ch.lower() <= hi or lo <= ch.upper() <= hi
        return lambda ch: lo <= ch <= hi


# -- superlinear shapes -------------------------------------------------------------------------


def may_backtrack(tree: Alt) -> bool:
    """Nested quantifiers, several unbounded ones, or a lazy one: Java may read far more than n chars."""
    unbounded = 0
    lazy = False
    nested = False

    def walk(node: Any, inside_repeat: bool) -> None:
        nonlocal unbounded, lazy, nested
        if isinstance(node, Alt):
            if inside_repeat and len(node.options) > 1:
                nested = True
            for o in node.options:
                walk(o, inside_repeat)
        elif isinstance(node, Seq):
            for item in node.items:
                walk(item, inside_repeat)
        elif isinstance(node, Repeat):
            if node.hi == -1 or node.hi > 1:
                if inside_repeat:
                    nested = True
                if node.hi == -1:
                    unbounded += 1
            if node.mode == "lazy":
                lazy = True
            walk(node.node, inside_repeat or node.hi == -1 or node.hi > 1)

    walk(tree, False)
    return nested or lazy or unbounded >= 2


def compile_counter(source: str, ignore_case: bool, dotall: bool) -> Alt | None:
    """The pattern tree when it can backtrack superlinearly and the matcher models it, else None."""
    try:
        tree = _Parser(source, ignore_case, dotall).parse()
    except (Unsupported, IndexError, RecursionError):
        return None
    return tree if may_backtrack(tree) else None


# -- matching -------------------------------------------------------------------------------------


class Counter:
    """Replays a match over `text`, counting reads; raises BudgetExceeded past `budget`."""

    def __init__(self, tree: Alt, text: str, budget: int, multiline: bool) -> None:
        self.tree = tree
        self.text = text
        self.n = len(text)
        self.budget = budget
        self.count = 0
        self.multiline = multiline

    def read(self, i: int) -> str:
        self.count += 1
        if self.count > self.budget:
            raise BudgetExceeded
        return self.text[i]

    def find(self, start: int) -> int | None:
        """Like Matcher.find from `start`: the end of the first match, or None."""
        for i in range(start, self.n + 1):
            end = self.m(self.tree, i, lambda j: j)
            if end is not None:
                return end
        return None

    def matches(self) -> bool:
        return self.m(self.tree, 0, lambda j: j if j == self.n else None) is not None

    def m(self, node: Any, i: int, k: Callable[[int], int | None]) -> int | None:
        if isinstance(node, CharTest):
            if i < self.n and node.test(self.read(i)):
                return k(i + 1)
            return None
        if isinstance(node, Seq):
            return self._seq(node.items, 0, i, k)
        if isinstance(node, Alt):
            for option in node.options:
                r = self.m(option, i, k)
                if r is not None:
                    return r
            return None
        if isinstance(node, Repeat):
            return self._repeat(node, i, 0, k)
        if isinstance(node, Anchor):
            return k(i) if self._anchor(node.kind, i) else None
        raise AssertionError(node)

    def _seq(self, items: list[Any], idx: int, i: int, k: Callable[[int], int | None]) -> int | None:
        if idx == len(items):
            return k(i)
        return self.m(items[idx], i, lambda j: self._seq(items, idx + 1, j, k))

    def _repeat(self, node: Repeat, i: int, count: int, k: Callable[[int], int | None]) -> int | None:
        can_more = node.hi == -1 or count < node.hi
        if node.mode == "possessive":
            j = i
            c = count
            while node.hi == -1 or c < node.hi:
                nxt = self.m(node.node, j, lambda x: x)
                if nxt is None or nxt == j:
                    break
                j = nxt
                c += 1
            return k(j) if c >= node.lo else None
        if count < node.lo:
            return self.m(
                node.node,
                i,
                lambda j: self._repeat(node, j, count + 1, k) if j != i or count + 1 <= node.lo else None,
            )
        if node.mode == "lazy":
            r = k(i)
            if r is not None or not can_more:
                return r
            return self.m(node.node, i, lambda j: self._repeat(node, j, count + 1, k) if j != i else None)
        if can_more:
            r = self.m(node.node, i, lambda j: self._repeat(node, j, count + 1, k) if j != i else None)
            if r is not None:
                return r
        return k(i)

    def _anchor(self, kind: str, i: int) -> bool:
        n = self.n
        if kind == "^":
            if i == 0:
                return True
            return self.multiline and self.read(i - 1) == "\n"
        if kind == "$":
            if i == n:
                return True
            c = self.read(i)
            if self.multiline:
                return c == "\n"
            return c == "\n" and i + 1 == n
        if kind in ("\\b", "\\B"):
            before = i > 0 and self.read(i - 1) in _WORD
            after = i < n and self.read(i) in _WORD
            return (before != after) == (kind == "\\b")
        if kind == "\\A":
            return i == 0
        if kind == "\\z":
            return i == n
        if kind == "\\Z":
            return i == n or (i == n - 1 and self.read(i) == "\n")
        return False
