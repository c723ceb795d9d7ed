"""A script that does not parse, reported in Elasticsearch's words.

Elasticsearch parses Painless with an ANTLR 4 parser and words the first syntax error after the way
that parser meets it (ParserErrorStrategy):
- a token that does not match the one (or the set) the grammar needs at that point:
  "unexpected token ['x'] was expecting one of [{<EOF>, ';'}]."
- no alternative of a decision can go on: "invalid sequence of tokens near ['x']." at the token
  where the last alternative died, or "unexpected end of script." when that is the end.
Which of the two, and at which token, depends on how ANTLR decides between alternatives: on the
next token alone where the alternatives' first tokens differ (its generated code then switches on
that token, an optional part is simply skipped), else by running every alternative over the
following tokens (adaptive prediction: SLL with the grammar's global follow first, full context on
a conflict). A lookahead that dies inside the alternatives is a "no viable alternative"; one that
stopped because an alternative left the deciding rule lets that alternative win, and the mismatch
is then reported later by a `match`.

This module re-walks a failed script that way over an ATN built from the Painless grammar written
out below (our own transcription of the language's syntax: rule, alternative and token order as in
Painless' grammar, since the expected-token lists and tie-breaks depend on them). lark still does
the parsing; this runs only to word an error lark found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Painless' token vocabulary in its token-type order (expected sets are listed in this order), with
# the literal text a fixed token displays as.
_TOKEN_TEXT = (
    "WS COMMENT LBRACK:{ RBRACK:} LBRACE:[ RBRACE:] LP:( RP:) DOLLAR:$ DOT:. NSDOT:?. COMMA:, "
    "SEMICOLON:; IF:if IN:in ELSE:else WHILE:while DO:do FOR:for CONTINUE:continue BREAK:break "
    "RETURN:return NEW:new TRY:try CATCH:catch THROW:throw THIS:this INSTANCEOF:instanceof "
    "BOOLNOT:! BWNOT:~ MUL:* DIV:/ REM:% ADD:+ SUB:- LSH:<< RSH:>> USH:>>> LT:< LTE:<= GT:> GTE:>= "
    "EQ:== EQR:=== NE:!= NER:!== BWAND:& XOR:^ BWOR:| BOOLAND:&& BOOLOR:|| COND:? COLON:: ELVIS:?: "
    "REF::: ARROW:-> FIND:=~ MATCH:==~ INCR:++ DECR:-- ASSIGN:= AADD:+= ASUB:-= AMUL:*= ADIV:/= "
    "AREM:%= AAND:&= AXOR:^= AOR:|= ALSH:<<= ARSH:>>= AUSH:>>>= OCTAL HEX INTEGER DECIMAL STRING "
    "REGEX TRUE:true FALSE:false NULL:null PRIMITIVE DEF:def ID DOTINTEGER DOTID"
)
_TOKENS = _TOKEN_TEXT.split()
TYPES: dict[str, int] = {t.split(":", 1)[0]: i + 1 for i, t in enumerate(_TOKENS)}
TYPES["EOF"] = EOF = -1
_DISPLAY: dict[int, str] = {-1: "<EOF>"}
for _i, _t in enumerate(_TOKENS):
    _name, _, _lit = _t.partition(":")
    _DISPLAY[_i + 1] = f"'{_lit}'" if _lit else _name
_PUNCT = {t.partition(":")[2]: i + 1 for i, t in enumerate(_TOKENS) if ":" in t and not t[-1].isalpha()}
_KEYWORDS = {t.partition(":")[2]: i + 1 for i, t in enumerate(_TOKENS) if ":" in t and t[-1].isalpha()}
_PRIMITIVES = {"boolean", "byte", "short", "char", "int", "long", "float", "double"}

# The Painless grammar. `name<N>` calls the precedence rule with precedence N, `{N}?` is its
# precedence predicate, `{noelse}?` the "next token is not else" predicate of the if statement.
_GRAMMAR = r"""
source: function* statement* EOF
function: decltype ID parameters block
parameters: LP (decltype ID (COMMA decltype ID)*)? RP
statement: rstatement | dstatement (SEMICOLON | EOF)
rstatement: IF LP expression RP trailer (ELSE trailer | {noelse}?)
  | WHILE LP expression RP (trailer | empty)
  | FOR LP initializer? SEMICOLON expression? SEMICOLON afterthought? RP (trailer | empty)
  | FOR LP decltype ID COLON expression RP trailer
  | FOR LP ID IN expression RP trailer
  | TRY block trap+
dstatement: DO block WHILE LP expression RP | declaration | CONTINUE | BREAK | RETURN expression?
  | THROW expression | expression
trailer: block | statement
block: LBRACK statement* dstatement? RBRACK
empty: SEMICOLON
initializer: declaration | expression
afterthought: expression
declaration: decltype declvar (COMMA declvar)*
decltype: type (LBRACE RBRACE)*
type: DEF | PRIMITIVE | ID (DOT DOTID)*
declvar: ID (ASSIGN expression)?
trap: CATCH LP type ID RP block
noncondexpression: unary (
    {13}? (MUL | DIV | REM) noncondexpression<14>
  | {12}? (ADD | SUB) noncondexpression<13>
  | {11}? (FIND | MATCH) noncondexpression<12>
  | {10}? (LSH | RSH | USH) noncondexpression<11>
  | {9}? (LT | LTE | GT | GTE) noncondexpression<10>
  | {7}? (EQ | EQR | NE | NER) noncondexpression<8>
  | {6}? BWAND noncondexpression<7>
  | {5}? XOR noncondexpression<6>
  | {4}? BWOR noncondexpression<5>
  | {3}? BOOLAND noncondexpression<4>
  | {2}? BOOLOR noncondexpression<3>
  | {1}? ELVIS noncondexpression<1>
  | {8}? INSTANCEOF decltype
  )*
expression: noncondexpression<0>
  | noncondexpression<0> COND expression COLON expression
  | noncondexpression<0> (ASSIGN | AADD | ASUB | AMUL | ADIV | AREM | AAND | AXOR | AOR | ALSH
    | ARSH | AUSH) expression
unary: (INCR | DECR) chain | (ADD | SUB) unary | unarynotaddsub
unarynotaddsub: chain | chain (INCR | DECR) | (BOOLNOT | BWNOT) unary | castexpression
castexpression: LP primordefcasttype RP unary | LP refcasttype RP unarynotaddsub
primordefcasttype: DEF | PRIMITIVE
refcasttype: DEF (LBRACE RBRACE)+ | PRIMITIVE (LBRACE RBRACE)+ | ID (DOT DOTID)* (LBRACE RBRACE)*
chain: primary postfix* | arrayinitializer
primary: LP expression RP | (OCTAL | HEX | INTEGER | DECIMAL) | TRUE | FALSE | NULL | STRING | REGEX
  | listinitializer | mapinitializer | ID | (DOLLAR | ID) arguments | NEW type arguments
postfix: callinvoke | fieldaccess | braceaccess
postdot: callinvoke | fieldaccess
callinvoke: (DOT | NSDOT) DOTID arguments
fieldaccess: (DOT | NSDOT) (DOTID | DOTINTEGER)
braceaccess: LBRACE expression RBRACE
arrayinitializer: NEW type (LBRACE expression RBRACE)+ (postdot postfix*)?
  | NEW type LBRACE RBRACE LBRACK (expression (COMMA expression)*)? RBRACK postfix*
listinitializer: LBRACE expression (COMMA expression)* RBRACE | LBRACE RBRACE
mapinitializer: LBRACE maptoken (COMMA maptoken)* RBRACE | LBRACE COLON RBRACE
maptoken: expression COLON expression
arguments: LP (argument (COMMA argument)*)? RP
argument: expression | lambda | funcref
lambda: (lamtype | LP (lamtype (COMMA lamtype)*)? RP) ARROW (block | expression)
lamtype: decltype? ID
funcref: decltype REF ID | decltype REF NEW | THIS REF ID
"""


# ---------------------------------------------------------------------------------------------
# The ATN: states joined by epsilon, token-set, rule-call and predicate edges.


@dataclass
class _Edge:
    kind: str  # "eps" | "set" | "rule" | "prec" | "noelse"
    target: int
    tokens: frozenset[int] = frozenset()
    rule: str = ""
    arg: int = 0  # precedence of a rule call / of a precedence predicate


@dataclass
class _State:
    rule: str
    edges: list[_Edge] = field(default_factory=list)
    decision: str = ""  # "" | "block" | "optional" | "star" | "plus"
    stop: bool = False
    precedence: bool = False  # the operator loop of the precedence rule


@dataclass
class _Atn:
    states: list[_State] = field(default_factory=list)
    starts: dict[str, int] = field(default_factory=dict)
    stops: dict[str, int] = field(default_factory=dict)
    # rule -> (follow state, returns from an outermost precedence-rule call) of every call to it
    follow: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)
    ll1: dict[int, list[frozenset[int]] | None] = field(default_factory=dict)

    def new(self, rule: str, decision: str = "") -> int:
        self.states.append(_State(rule, decision=decision))
        return len(self.states) - 1

    def edge(self, src: int, e: _Edge) -> None:
        self.states[src].edges.append(e)


_SYNTAX = re.compile(r"\s*(?:(\{\w+\}\?)|([A-Za-z]+)(?:<(\d+)>)?|([()|?*+]))")


class _EbnfReader:
    """One rule body's pieces, read into alternatives (see _parse_grammar)."""

    def __init__(self, body: str) -> None:
        found = [m for m in _SYNTAX.finditer(body) if m.group(0).strip()]
        self.items = [(m.group(1), m.group(2), m.group(3), m.group(4)) for m in found]
        self.pos = 0

    def punct(self) -> str | None:
        return self.items[self.pos][3] if self.pos < len(self.items) else None

    def alts(self) -> list:
        out = [self.seq()]
        while self.punct() == "|":
            self.pos += 1
            out.append(self.seq())
        return out

    def seq(self) -> list:
        out: list = []
        while self.pos < len(self.items) and self.punct() not in ("|", ")"):
            pred, word, prec, punct = self.items[self.pos]
            self.pos += 1
            if pred:
                out.append(("pred", pred[1:-2]))
                continue
            if punct == "(":
                inner = self.alts()
                self.pos += 1  # ")"
                item: tuple = ("group", inner, "")
            elif word and word[0].isupper():
                item = ("tok", word)
            else:
                item = ("rule", word, int(prec or 0))
            suffix = self.punct()
            if suffix in ("?", "*", "+"):
                item = ("group", [[item]], suffix)
                self.pos += 1
            out.append(item)
        return out


def _parse_grammar(text: str) -> dict[str, list]:
    """The rules as nested lists: an alternative is a list of items; an item is ("tok", name),
    ("rule", name, precedence), ("pred", text) or ("group", alternatives, suffix)."""
    rules: dict[str, list] = {}
    for chunk in re.split(r"\n(?=\w+:)", text.strip()):
        name, body = chunk.split(":", 1)
        rules[name.strip()] = _EbnfReader(body).alts()
    return rules


def _token_set(alternatives: list) -> frozenset[int] | None:
    """A block whose every alternative is one token is one set edge in ANTLR's ATN."""
    if all(len(a) == 1 and a[0][0] == "tok" for a in alternatives):
        return frozenset(TYPES[a[0][1]] for a in alternatives)
    return None


def _build() -> _Atn:
    atn = _Atn()
    rules = _parse_grammar(_GRAMMAR)
    for name in rules:
        atn.starts[name] = atn.new(name)
        atn.stops[name] = atn.new(name)
        atn.states[atn.stops[name]].stop = True
        atn.follow[name] = []

    def block(rule: str, src: int, alternatives: list, suffix: str) -> int:
        """Wire `alternatives` (with an EBNF suffix) from `src`; returns the state after them."""
        tokens = _token_set(alternatives)
        if tokens is not None and suffix == "":
            end = atn.new(rule)
            atn.edge(src, _Edge("set", end, tokens))
            return end
        if suffix == "*":
            entry = atn.new(rule, "star")
            if rule == _PRECEDENCE_RULE and not any(st.precedence for st in atn.states):
                atn.states[entry].precedence = True  # the rule's one operator loop
            loop_end = atn.new(rule)
            atn.edge(src, _Edge("eps", entry))
            body = atn.new(rule, "block" if len(alternatives) > 1 else "")
            atn.edge(entry, _Edge("eps", body))
            atn.edge(entry, _Edge("eps", loop_end))
            end = alts(rule, body, alternatives)
            atn.edge(end, _Edge("eps", entry))
            return loop_end
        if suffix == "+":
            body = atn.new(rule, "block" if len(alternatives) > 1 else "")
            atn.edge(src, _Edge("eps", body))
            end = alts(rule, body, alternatives)
            back = atn.new(rule, "plus")
            loop_end = atn.new(rule)
            atn.edge(end, _Edge("eps", back))
            atn.edge(back, _Edge("eps", body))
            atn.edge(back, _Edge("eps", loop_end))
            return loop_end
        start = atn.new(rule, "optional" if suffix == "?" else "block" if len(alternatives) > 1 else "")
        atn.edge(src, _Edge("eps", start))
        end = alts(rule, start, alternatives)
        if suffix == "?":
            atn.edge(start, _Edge("eps", end))
        return end

    def alts(rule: str, start: int, alternatives: list) -> int:
        end = atn.new(rule)
        for alternative in alternatives:
            cur = atn.new(rule)
            atn.edge(start, _Edge("eps", cur))
            for item in alternative:
                cur = element(rule, cur, item)
            atn.edge(cur, _Edge("eps", end))
        return end

    def element(rule: str, cur: int, item: tuple) -> int:
        nxt = atn.new(rule)
        if item[0] == "tok":
            atn.edge(cur, _Edge("set", nxt, frozenset({TYPES[item[1]]})))
        elif item[0] == "rule":
            atn.edge(cur, _Edge("rule", nxt, rule=item[1], arg=item[2]))
            atn.follow[item[1]].append((nxt, item[1] == _PRECEDENCE_RULE and item[2] == 0))
        elif item[0] == "pred":
            kind = "noelse" if item[1] == "noelse" else "prec"
            atn.edge(cur, _Edge(kind, nxt, arg=0 if kind == "noelse" else int(item[1])))
        else:
            end = block(rule, cur, item[1], item[2])
            atn.edge(end, _Edge("eps", nxt))
        return nxt

    for name, alternatives in rules.items():
        end = block(name, atn.starts[name], alternatives, "")
        atn.edge(end, _Edge("eps", atn.stops[name]))
    for sid, state in enumerate(atn.states):
        if state.decision:
            atn.ll1[sid] = _ll1_sets(atn, state)
    return atn


_HIT_PRED = -100


def _look(atn: _Atn, sid: int, stack: tuple[int, ...], out: set[int], busy: set) -> None:
    """Tokens that can come first from `sid` (ANTLR's LL1Analyzer with an empty context: the
    deciding rule's end goes on to every place that rule is called from)."""
    if (sid, stack) in busy:
        return
    busy.add((sid, stack))
    state = atn.states[sid]
    if state.stop:
        if stack:
            _look(atn, stack[-1], stack[:-1], out, busy)
            return
        for follow, _outermost in atn.follow[state.rule]:
            _look(atn, follow, (), out, busy)
        return
    for e in state.edges:
        if e.kind == "set":
            out |= e.tokens
        elif e.kind == "rule":
            _look(atn, atn.starts[e.rule], (*stack, e.target), out, busy)
        elif e.kind == "eps":
            _look(atn, e.target, stack, out, busy)
        else:
            out.add(_HIT_PRED)


def _ll1_sets(atn: _Atn, state: _State) -> list[frozenset[int]] | None:
    """Each alternative's first tokens when they are disjoint (ANTLR then decides on LA(1)),
    None when the decision needs adaptive prediction."""
    sets: list[frozenset[int]] = []
    seen: set[int] = set()
    for e in state.edges:
        out: set[int] = set()
        _look(atn, e.target, (), out, set())
        if not out or _HIT_PRED in out or out & seen:
            return None
        seen |= out
        sets.append(frozenset(out))
    return sets


@lru_cache(maxsize=1)
def _atn() -> _Atn:
    return _build()


# ---------------------------------------------------------------------------------------------
# Walking a token list the way ANTLR's generated parser does.


@dataclass(frozen=True)
class Tok:
    type: int
    start: int
    text: str | None  # None: end of script


class _SyntaxError(Exception):
    def __init__(self, token: Tok, message: str) -> None:
        super().__init__(message)
        self.token = token
        self.message = message


def _display(token: Tok) -> str:
    text = "<EOF>" if token.text is None else token.text
    return "'" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'"


def _no_viable(token: Tok) -> _SyntaxError:
    if token.type == EOF:
        return _SyntaxError(token, "unexpected end of script.")
    return _SyntaxError(token, f"invalid sequence of tokens near [{_display(token)}].")


def _mismatch(token: Tok, expected: frozenset[int]) -> _SyntaxError:
    names = [_DISPLAY[t] for t in sorted(expected)]
    shown = names[0] if len(names) == 1 else "{" + ", ".join(names) + "}"
    return _SyntaxError(token, f"unexpected token [{_display(token)}] was expecting one of [{shown}].")


# A prediction's call stack: the set of ways back, each `(return state, stack below)` or None for
# "the bottom" (the deciding rule's caller in SLL, the script's end with the full context).
_Ctx = frozenset
_EMPTY: _Ctx = frozenset({None})
# A configuration's key: (state, alternative, how it left the deciding rule through its global
# follow: 0 not, 1 yes, 2 by returning from an outermost call of the precedence rule).
_Key = tuple[int, int, int]
_PRECEDENCE_RULE = "noncondexpression"


def _precedence_filter(configs: dict[_Key, _Ctx]) -> dict[_Key, _Ctx]:
    """ANTLR's applyPrecedenceFilter: leaving the operator loop only to take the next operator in
    an enclosing invocation of the same rule is dropped where staying in the loop gets there too,
    so operator precedence does not read as an ambiguity."""
    from_loop = {(sid, ctx) for (sid, alt, _o), ctx in configs.items() if alt == 1}
    return {
        key: ctx
        for key, ctx in configs.items()
        if key[1] == 1 or key[2] == 2 or (key[0], ctx) not in from_loop
    }


@lru_cache(maxsize=65536)
def _merge(a: _Ctx, b: _Ctx) -> _Ctx:
    if a is b:
        return a
    parents: dict[int, _Ctx] = {}
    bottom = False
    for entry in (*a, *b):
        if entry is None:
            bottom = True
        elif entry[0] in parents:
            parents[entry[0]] = _merge(parents[entry[0]], entry[1])
        else:
            parents[entry[0]] = entry[1]
    merged: set = {(ret, parent) for ret, parent in parents.items()}
    if bottom:
        merged.add(None)
    return _intern(frozenset(merged))


_INTERNED: dict[_Ctx, _Ctx] = {}


def _intern(ctx: _Ctx) -> _Ctx:
    """One object per distinct stack, so most comparisons are identity checks."""
    if len(_INTERNED) > 100_000:
        _INTERNED.clear()
    return _INTERNED.setdefault(ctx, ctx)


def _add(out: dict[_Key, _Ctx], key: _Key, ctx: _Ctx) -> None:
    old = out.get(key)
    out[key] = ctx if old is None else _merge(old, ctx)


class _Walker:
    def __init__(self, tokens: list[Tok]) -> None:
        self.atn = _atn()
        self.tokens = tokens
        self.pos = 0
        # frames: (rule, return state, precedence)
        self.frames: list[tuple[str, int, int]] = []

    def la(self, offset: int = 0) -> Tok:
        return self.tokens[min(self.pos + offset, len(self.tokens) - 1)]

    def run(self) -> None:
        atn = self.atn
        sid = atn.starts["source"]
        self.frames.append(("source", -1, 0))
        while True:
            state = atn.states[sid]
            if state.stop:
                _rule, ret, _prec = self.frames.pop()
                if not self.frames:
                    return
                sid = ret
                continue
            alt = self.decide(sid, state) if state.decision else 1
            e = state.edges[alt - 1]
            if e.kind == "set":
                token = self.la()
                if token.type not in e.tokens:
                    raise _mismatch(token, e.tokens)
                if token.type != EOF:
                    self.pos += 1
            elif e.kind == "rule":
                self.frames.append((e.rule, e.target, e.arg))
                sid = atn.starts[e.rule]
                continue
            elif e.kind in ("prec", "noelse") and not self._holds(e):
                raise _SyntaxError(self.la(), f"unexpected token near [{_display(self.la())}].")
            sid = e.target

    def decide(self, sid: int, state: _State) -> int:
        sets = self.atn.ll1[sid]
        if sets is None:
            return self.predict(sid, state)
        la = self.la().type
        for i, tokens in enumerate(sets):
            if la in tokens:
                return i + 1
        if state.decision in ("star", "plus", "optional"):
            return len(sets)  # a loop or an optional part is left on any other token
        raise _no_viable(self.la())

    # -- adaptive prediction -------------------------------------------------------------------

    def predict(self, sid: int, state: _State) -> int:
        """ANTLR's adaptivePredict: SLL first; on a conflict again with the real call stack."""
        start = [(e.target, i + 1) for i, e in enumerate(state.edges)]
        alt = self._simulate(start, full=False, precedence=state.precedence)
        return self._simulate(start, full=True) if alt == 0 else alt

    def _simulate(self, start: list[tuple[int, int]], *, full: bool, precedence: bool = False) -> int:
        """The predicted alternative, 0 for an SLL conflict; raises when no alternative can go on."""
        ctx: _Ctx = _EMPTY
        if full:
            for frame in self.frames[1:]:
                ctx = _intern(frozenset({(frame[1], ctx)}))
        configs: dict[_Key, _Ctx] = {}
        busy: set = set()
        for target, alt in start:
            self._closure(target, alt, 0, ctx, configs, busy, 0, full=full, first=True)
        if precedence and not full:
            configs = _precedence_filter(configs)
        i = 0
        while True:
            token = self.la(i)
            reach: dict[_Key, _Ctx] = {}
            busy = set()
            for (sid, alt, outer), cctx in configs.items():
                for e in self.atn.states[sid].edges:
                    if e.kind == "set" and token.type in e.tokens:
                        self._closure(e.target, alt, outer, cctx, reach, busy, 0, full=full, first=False)
            if full and token.type == EOF:
                for key, cctx in configs.items():
                    if self.atn.states[key[0]].stop:
                        reach[key] = cctx
            if not reach:
                finished = [k[1] for k in configs if k[2] or self.atn.states[k[0]].stop]
                if finished:
                    return min(finished)
                raise _no_viable(token)
            alts = {k[1] for k in reach}
            if len(alts) == 1:
                return alts.pop()
            groups: dict[tuple[int, _Ctx], set[int]] = {}
            by_state: dict[int, set[int]] = {}
            for (sid, alt, _outer), cctx in reach.items():
                groups.setdefault((sid, cctx), set()).add(alt)
                by_state.setdefault(sid, set()).add(alt)
            if full:
                minimums = {min(g) for g in groups.values()}
                if len(minimums) == 1:
                    return minimums.pop()
            elif all(self.atn.states[k[0]].stop for k in reach) or (
                any(len(g) > 1 for g in groups.values()) and all(len(s) > 1 for s in by_state.values())
            ):
                return 0
            if token.type == EOF:
                return min(alts)
            configs = reach
            i += 1

    def _closure(
        self,
        sid: int,
        alt: int,
        outer: int,
        ctx: _Ctx,
        out: dict[_Key, _Ctx],
        busy: set,
        depth: int,
        *,
        full: bool,
        first: bool,
    ) -> None:
        """Follow the edges that consume nothing, adding the configurations that wait for a token
        to `out` (call stacks of one state and alternative merged, as ANTLR's graph-structured
        stacks are). Predicates count only in the decision's own rule at its first step."""
        key = (sid, alt, outer, ctx)
        if key in busy:
            return
        busy.add(key)
        state = self.atn.states[sid]
        if state.stop:
            for entry in ctx:
                if entry is not None:
                    self._closure(
                        entry[0], alt, outer, entry[1], out, busy, depth - 1, full=full, first=first
                    )
                    continue
                follows = self.atn.follow[state.rule]
                if full or not follows:
                    _add(out, (sid, alt, outer), _EMPTY)
                    continue
                for follow, outermost in follows:  # SLL: the rule may have been called from anywhere
                    left = 2 if outermost or outer == 2 else 1
                    self._closure(follow, alt, left, _EMPTY, out, busy, depth - 1, full=full, first=first)
            return
        for e in state.edges:
            if e.kind == "set":
                _add(out, (sid, alt, outer), ctx)
            elif e.kind == "eps":
                self._closure(e.target, alt, outer, ctx, out, busy, depth, full=full, first=first)
            elif e.kind == "rule":
                pushed: _Ctx = _intern(frozenset({(e.target, ctx)}))
                self._closure(
                    self.atn.starts[e.rule], alt, outer, pushed, out, busy, depth + 1, full=full, first=first
                )
            elif not (first and depth == 0) or self._holds(e):
                self._closure(e.target, alt, outer, ctx, out, busy, depth, full=full, first=first)

    def _holds(self, e: _Edge) -> bool:
        if e.kind == "prec":
            return e.arg >= self.frames[-1][2]
        return self.la().type != TYPES["ELSE"]


def diagnose(tokens: list[Tok]) -> tuple[int, str] | None:
    """(offset, message) of the first syntax error as Painless reports it; None when the walk finds
    none (the caller then keeps its own wording)."""
    walker = _Walker(tokens)
    try:
        walker.run()
    except _SyntaxError as exc:
        return exc.token.start, exc.message
    except RecursionError:
        return None
    return None


def painless_tokens(source: str) -> list[Tok]:
    """`source` as Painless' lexer tokenizes it (names stay names: types are resolved later)."""
    from s1elastic.ingest.painless.lexer import tokenize

    out: list[Tok] = []
    after_dot = False
    for t in tokenize(source, raw=True):
        kind, text, start = t.type, str(t.value), int(t.start_pos or 0)
        if kind == "EOS":
            out.append(Tok(EOF, len(source), None))
            break
        if after_dot:
            typ = TYPES["DOTINTEGER" if kind == "DOTINT" else "DOTID"]
        elif kind in ("ID", "TYPE"):
            typ = (
                TYPES["PRIMITIVE"] if text in _PRIMITIVES else TYPES["DEF"] if text == "def" else TYPES["ID"]
            )
        elif kind == "INTEGER":
            octal = len(text) > 1 and text[0] == "0" and text[1].isdigit()
            typ = TYPES["HEX" if text[:2] in ("0x", "0X") else "OCTAL" if octal else "INTEGER"]
        elif kind in ("DECIMAL", "STRING", "REGEX"):
            typ = TYPES[kind]
        else:
            typ = _KEYWORDS.get(text) or _PUNCT[text]
        out.append(Tok(typ, start, text))
        after_dot = kind in ("DOT", "NSDOT")
    return out
