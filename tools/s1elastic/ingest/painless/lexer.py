"""Painless tokens: a hand-written scanner in front of the LALR parser.

Painless' own lexer (ANTLR) makes decisions a plain regular lexer cannot: a `/` starts a regex
literal only where an operand is expected, a name is a TYPE token when it names a known class,
and a `(` opens lambda parameters when the matching `)` is followed by `->`. The scanner below
tokenizes the whole source first and then applies those rules with look-behind and look-ahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lark import Token
from lark.lexer import Lexer

from s1elastic.ingest.painless.types import is_type_name, qualified_type

KEYWORDS = {
    "if": "IF",
    "else": "ELSE",
    "while": "WHILE",
    "do": "DO",
    "for": "FOR",
    "in": "IN",
    "continue": "CONTINUE",
    "break": "BREAK",
    "return": "RETURN",
    "new": "NEW",
    "try": "TRY",
    "catch": "CATCH",
    "throw": "THROW",
    "this": "THIS",
    "instanceof": "INSTANCEOF",
    "true": "TRUE",
    "false": "FALSE",
    "null": "NULL",
}

# Longest operators first.
_PUNCT = [
    (">>>=", "ASSIGNOP"),
    ("===", "EQOP"),
    ("!==", "EQOP"),
    ("==~", "FINDOP"),
    (">>>", "SHIFTOP"),
    ("<<=", "ASSIGNOP"),
    (">>=", "ASSIGNOP"),
    ("==", "EQOP"),
    ("!=", "EQOP"),
    ("=~", "FINDOP"),
    ("<=", "RELOP"),
    (">=", "RELOP"),
    ("<<", "SHIFTOP"),
    (">>", "SHIFTOP"),
    ("&&", "ANDAND"),
    ("||", "OROR"),
    ("++", "INCDEC"),
    ("--", "INCDEC"),
    ("+=", "ASSIGNOP"),
    ("-=", "ASSIGNOP"),
    ("*=", "ASSIGNOP"),
    ("/=", "ASSIGNOP"),
    ("%=", "ASSIGNOP"),
    ("&=", "ASSIGNOP"),
    ("^=", "ASSIGNOP"),
    ("|=", "ASSIGNOP"),
    ("->", "ARROW"),
    ("::", "REF"),
    ("?.", "NSDOT"),
    ("?:", "ELVIS"),
    ("<", "RELOP"),
    (">", "RELOP"),
    ("=", "ASSIGNOP"),
    ("+", "PLUS"),
    ("-", "MINUS"),
    ("*", "MULOP"),
    ("/", "MULOP"),
    ("%", "MULOP"),
    ("!", "BANG"),
    ("~", "TILDE"),
    ("&", "AMP"),
    ("^", "CARET"),
    ("|", "BWOR"),
    ("?", "QUESTION"),
    (":", "COLON"),
    ("(", "LPAR"),
    (")", "RPAR"),
    ("{", "LBRACE"),
    ("}", "RBRACE"),
    ("[", "LSQB"),
    ("]", "RSQB"),
    (",", "COMMA"),
    (";", "SEMICOLON"),
    (".", "DOT"),
]
_PUNCT_RE = "|".join(re.escape(p) for p, _ in _PUNCT)
_PUNCT_TYPE = dict(_PUNCT)

_WS = re.compile(r"(?:\s+|//[^\n\r]*|/\*.*?\*/)", re.S)
_NUMBER = re.compile(
    r"0[xX][0-9a-fA-F]+[lL]?(?![\w.])"
    r"|0[0-7]+[lL]?(?![\w.])"
    r"|(?:(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[lLfFdD]?(?!\w)"
)
_NAME = re.compile(r"[_a-zA-Z][_a-zA-Z0-9]*")
_DOTINT = re.compile(r"[0-9]+")
_STRING = re.compile(r"\"(?:\\\"|\\\\|[^\\\"])*?\"|'(?:\\'|\\\\|[^\\'])*?'", re.S)
_REGEX = re.compile(r"/(?:\\.|[^/\\\n])+/[cilmsUux]*")
_PUNCT_MATCH = re.compile(_PUNCT_RE)

# After these tokens a `/` divides; anywhere else it opens a regex literal.
_OPERAND_END = {
    "ID",
    "TYPE",
    "INTEGER",
    "DECIMAL",
    "STRING",
    "REGEX",
    "RPAR",
    "RSQB",
    "TRUE",
    "FALSE",
    "NULL",
    "THIS",
    "DOTINT",
    "INCDEC",
}


@dataclass
class LexError(Exception):
    """A character the scanner cannot start a token with."""

    offset: int
    text: str


def _broken_string(source: str, pos: int) -> str:
    """The text ANTLR's lexer gives up on for a string that does not close: up to and including
    the character after a backslash that starts no valid escape, else the rest of the source."""
    quote = source[pos]
    i = pos + 1
    while i < len(source):
        if source[i] == "\\":
            if source[i + 1 : i + 2] not in (quote, "\\"):
                return source[pos : i + 2]
            i += 2
            continue
        i += 1
    return source[pos:]


def tokenize(source: str, *, raw: bool = False) -> list[Token]:
    """Every token of `source`, with Painless' context rules applied, ending with an EOS token;
    `raw` keeps dotted names and lambda parentheses as the plain tokens Painless' own lexer gives."""
    tokens: list[Token] = []
    pos = 0
    n = len(source)
    after_dot = False
    while pos < n:
        m = _WS.match(source, pos)
        if m:
            pos = m.end()
            continue
        ch = source[pos]
        prev = tokens[-1].type if tokens else None
        if after_dot:
            m = _NAME.match(source, pos) or _DOTINT.match(source, pos)
            if m is None:
                raise LexError(pos, source[pos:])
            kind = "ID" if m.group(0)[0] not in "0123456789" else "DOTINT"
            tokens.append(_tok(kind, m.group(0), pos))
            pos = m.end()
            after_dot = False
            continue
        if ch.isdigit() or (
            ch == "." and pos + 1 < n and source[pos + 1].isdigit() and prev not in _OPERAND_END
        ):
            m = _NUMBER.match(source, pos)
            if m is None:
                raise LexError(pos, source[pos:])
            text = m.group(0)
            kind = "INTEGER"
            if not text.startswith(("0x", "0X")) and (any(c in text for c in ".eE") or text[-1] in "fFdD"):
                kind = "DECIMAL"
            tokens.append(_tok(kind, text, pos))
            pos = m.end()
            continue
        if ch.isalpha() or ch == "_":
            m = _NAME.match(source, pos)
            assert m is not None
            word = m.group(0)
            kind = KEYWORDS.get(word, "ID")
            if kind == "ID" and is_type_name(word):
                kind = "TYPE"
            tokens.append(_tok(kind, word, pos))
            pos = m.end()
            continue
        if ch in "'\"":
            m = _STRING.match(source, pos)
            if m is None:
                raise LexError(pos, _broken_string(source, pos))
            tokens.append(_tok("STRING", m.group(0), pos))
            pos = m.end()
            continue
        if ch == "/" and prev not in _OPERAND_END:
            m = _REGEX.match(source, pos)
            if m is not None:
                tokens.append(_tok("REGEX", m.group(0), pos))
                pos = m.end()
                continue
        m = _PUNCT_MATCH.match(source, pos)
        if m is None:
            raise LexError(pos, source[pos:])
        text = m.group(0)
        tokens.append(_tok(_PUNCT_TYPE[text], text, pos))
        pos = m.end()
        after_dot = text in (".", "?.")
    if not raw:
        _merge_reference_owners(tokens)
        _merge_qualified_types(tokens)
        _merge_dotted_types(tokens)
        _mark_type_values(tokens, source)
        _mark_lambda_parens(tokens)
    tokens.append(_tok("EOS", "", n))
    return tokens


def _tok(kind: str, text: str, pos: int) -> Token:
    return Token(kind, text, start_pos=pos, line=1, column=pos + 1, end_pos=pos + len(text))


def _merge_reference_owners(tokens: list[Token]) -> None:
    """`java.time.Instant::toEpochMilli`, `org.Bogus::x`: the dotted name before `::` (Painless'
    decltype) becomes one token holding the name as written, which error messages repeat; TYPE
    when it names a class, else ID (then resolved as a variable, which it never is)."""
    i = len(tokens) - 1
    while i > 0:
        if tokens[i].type != "REF":
            i -= 1
            continue
        j = i - 1
        while j >= 1 and tokens[j].type == "RSQB" and tokens[j - 1].type == "LSQB":
            j -= 2
        k = j
        while k >= 2 and tokens[k - 1].type == "DOT" and tokens[k - 2].type in ("ID", "TYPE"):
            k -= 2
        if k == j < i - 1 and tokens[j].type == "ID":
            # `Bogus[]::new`: dimensions make it a decltype whatever the name (resolved when compiled)
            tokens[j] = _tok("TYPE", tokens[j].value, tokens[j].start_pos or 0)
        elif k < j and tokens[j].type in ("ID", "TYPE"):
            if k > 0 and tokens[k - 1].type in ("DOT", "NSDOT"):
                i = k - 1
                continue
            written = "".join(t.value for t in tokens[k : j + 1])
            kind = "TYPE" if qualified_type(written) is not None or is_type_name(written) else "ID"
            start = tokens[k].start_pos or 0
            tokens[k : j + 1] = [_tok(kind, written, start)]
        i = k - 1


def _merge_qualified_types(tokens: list[Token]) -> None:
    """`java.util.ArrayList` is the type ArrayList: the longest run of dotted names that is a
    class's canonical name becomes one TYPE token (Painless resolves such partial names while
    type-checking; a name after a `.` is a member, never the start of one)."""
    i = 0
    while i + 2 < len(tokens):
        t = tokens[i]
        if t.type != "ID" or (i > 0 and tokens[i - 1].type in ("DOT", "NSDOT")):
            i += 1
            continue
        parts = [t.value]
        j = i
        best: tuple[int, str] | None = None
        while j + 2 < len(tokens) and tokens[j + 1].type == "DOT" and tokens[j + 2].type == "ID":
            parts.append(tokens[j + 2].value)
            j += 2
            name = qualified_type(".".join(parts))
            if name is not None:
                best = (j, name)
        if best is not None:
            tokens[i : best[0] + 1] = [_tok("TYPE", best[1], t.start_pos or 0)]
        i += 1


def _merge_dotted_types(tokens: list[Token]) -> None:
    """`Map.Entry` is one type name, as in Painless' lexer."""
    i = 0
    while i + 2 < len(tokens):
        t = tokens[i]
        if t.type == "TYPE" and tokens[i + 1].type == "DOT" and tokens[i + 2].type == "ID":
            dotted = f"{t.value}.{tokens[i + 2].value}"
            if is_type_name(dotted):
                tokens[i : i + 3] = [_tok("TYPE", dotted, t.start_pos or 0)]
                continue
        i += 1


class TypeValueToken(Token):
    """A class name standing where a value is read (`java.util.List + 1`, `def x = List`): Painless
    parses it as a symbol and its semantic pass finds a static type there. `err_pos` is where
    Painless reports it: the last `.` of a dotted name (EDot), else the name's start (ESymbol)."""

    __slots__ = ("err_pos",)
    err_pos: int


# tokens that may start the operand of a cast: `(List) x` is a cast, `if (List) {` is not
_UNARY_START = frozenset(
    {"ID", "TYPE", "INTEGER", "DECIMAL", "STRING", "REGEX", "LPAR", "NEW", "TRUE", "FALSE", "NULL"}
    | {"LSQB", "BANG", "TILDE", "PLUS", "MINUS", "INCDEC", "THIS"}
)
# an opening parenthesis after these is an argument list or a statement's condition, not a cast
_NOT_CAST_LPAR = frozenset({"ID", "TYPE", "IF", "WHILE", "FOR", "CATCH", "RPAR", "RSQB"})
_NOT_VALUE_TYPES = frozenset(
    {"def", "void", "boolean", "byte", "short", "char", "int", "long", "float", "double"}
)


def _is_type_use(tokens: list[Token], i: int) -> bool:
    """Whether the TYPE token at `i` stands where Painless' grammar wants a type: a declaration
    (`List x`), an array type (`List[]`), a static member (`List.of`), a reference (`List::size`),
    after `new` / `instanceof`, or in a cast."""
    prev = tokens[i - 1].type if i > 0 else None
    nxt = tokens[i + 1].type if i + 1 < len(tokens) else None
    if prev in ("NEW", "INSTANCEOF", "TYPE", "DOT", "NSDOT") or nxt in ("ID", "TYPE", "DOT", "REF"):
        return True
    if nxt == "LSQB" and i + 2 < len(tokens) and tokens[i + 2].type == "RSQB":
        return True
    if prev == "LPAR" and nxt == "RPAR" and i + 2 < len(tokens):
        before = tokens[i - 2].type if i > 1 else None
        operand = tokens[i + 2].type
        if operand in ("PLUS", "MINUS") and tokens[i].value not in _NOT_VALUE_TYPES:
            # Painless' grammar: a reference-type cast takes `unarynotaddsub`, so `(Double)-1.0`
            # is `(Double) - 1.0`, a subtraction whose left side is a type (UnaryTests.testBasics)
            return False
        return before not in _NOT_CAST_LPAR and operand in _UNARY_START
    return False


def _mark_type_values(tokens: list[Token], source: str) -> None:
    """A class name anywhere else is a TYPEVAL token (a semantic error when compiled, not a syntax
    error); primitives and `def` stay TYPE (a syntax error there, as in Painless' grammar)."""
    for i, t in enumerate(tokens):
        if t.type != "TYPE" or t.value in _NOT_VALUE_TYPES or _is_type_use(tokens, i):
            continue
        start = t.start_pos or 0
        written = _WRITTEN_NAME.match(source, start)
        text = written.group(0) if written else t.value
        err_pos = start + text.rfind(".") if "." in text else start
        tv = TypeValueToken(
            "TYPEVAL", t.value, start_pos=start, line=1, column=start + 1, end_pos=start + len(text)
        )
        tv.err_pos = err_pos
        tokens[i] = tv


_WRITTEN_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def _mark_lambda_parens(tokens: list[Token]) -> None:
    """`(a, b) ->` and `(def a) ->`: the `(` becomes LAMBDA_LPAR so the parser needs no backtracking."""
    for i, t in enumerate(tokens):
        if t.type != "LPAR":
            continue
        j = i + 1
        ok = True
        expect_param = True
        while j < len(tokens) and tokens[j].type != "RPAR":
            k = tokens[j].type
            if expect_param:
                if k == "TYPE":
                    j += 1
                    while j + 1 < len(tokens) and tokens[j].type == "LSQB" and tokens[j + 1].type == "RSQB":
                        j += 2
                    if j >= len(tokens) or tokens[j].type != "ID":
                        ok = False
                        break
                elif k != "ID":
                    ok = False
                    break
                expect_param = False
            else:
                if k != "COMMA":
                    ok = False
                    break
                expect_param = True
            j += 1
        if ok and j + 1 < len(tokens) and tokens[j].type == "RPAR" and tokens[j + 1].type == "ARROW":
            if expect_param and j != i + 1:
                continue
            tokens[i] = _tok("LAMBDA_LPAR", "(", t.start_pos or 0)


class PainlessLexer(Lexer):
    """lark custom lexer (interface 0): `lex(text)` yields the tokens."""

    __future_interface__ = 0

    def __init__(self, lexer_conf: object) -> None:
        self.conf = lexer_conf

    def lex(self, text: str, parser_state: object = None) -> Iterator[Token]:  # type: ignore[override]
        yield from tokenize(text)
