"""Painless syntax errors and catch declarations as Elasticsearch reports them.

Syntax errors (ParserErrorStrategy): a token that does not match what the grammar needs there is
"unexpected token ['x'] was expecting one of [...]"; a decision with no viable alternative is
"invalid sequence of tokens near ['x']." or, at the end, "unexpected end of script.". The rows
marked ES come from Elasticsearch's tests (WhenThingsGoWrongTests.testRCurlyNotDelim and
testQuestionSpaceDotIsNotNullSafeDereference, RegexTests.testBogusRegexFlag) or from errors a live
Elasticsearch returned (8.x); the other rows were produced by running Elasticsearch's own parser
(the ATN of its generated PainlessParser, modules/lang-painless/.../antlr/PainlessParser.interp,
under the ANTLR 4.13 Java runtime, with ParserErrorStrategy's texts and the LL(1) switches its
generated code uses) on the token stream of each script, outside this repository.

Since Elasticsearch 6.4 the lexer inserts no `;` before a `}` (elastic/elasticsearch#29566): only
the last statement of a block may omit it, not the body of an if/loop before the `}`; and there is
no empty statement outside a loop body (`;;`, `};`).

Catch declarations: DefaultSemanticAnalysisPhase.visitCatch (name check, type resolution, the
variable, then the Exception check).

SYNTAX_ERRORS: (id, script, offset of the offending token, message).
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script, script_error

SYNTAX_ERRORS: list[tuple[str, str, int, str]] = [
    # -- ES tests / live Elasticsearch
    (
        "rcurly_not_delim",
        "def i = 1} return 1",
        9,
        "unexpected token ['}'] was expecting one of [{<EOF>, ';'}].",
    ),
    ("bogus_regex_flag", "/asdf/b", 6, "unexpected token ['b'] was expecting one of [{<EOF>, ';'}]."),
    ("question_space_dot", "return params.a? .b", 17, "invalid sequence of tokens near ['.']."),
    (
        "comma_between_statements",
        "ctx._source.count += 2,ctx._source.a += 5",
        22,
        "unexpected token [','] was expecting one of [{<EOF>, ';'}].",
    ),
    ("conditional_without_else", "param2 ? 1", 10, "unexpected token ['<EOF>'] was expecting one of [':']."),
    (
        "function_after_statement",
        "int a = 1; int sq(int n) { return n * n }",
        17,
        "unexpected token ['('] was expecting one of [{<EOF>, ';'}].",
    ),
    # -- Elasticsearch's parser on these scripts
    (
        "missing_semicolon",
        "ctx.a = 1 ctx.b = 2",
        10,
        "unexpected token ['ctx'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "missing_semicolon_newline",
        "String s = 'a'\nString t = 'b'",
        15,
        "unexpected token ['String'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "missing_semicolon_after_operators",
        "ctx.a = ctx.b && ctx.c + ctx.d ctx.e",
        31,
        "unexpected token ['ctx'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "stray_string",
        "ctx.a = ctx.b ?: 'x' 'y'",
        21,
        "unexpected token [''y''] was expecting one of [{<EOF>, ';'}].",
    ),
    ("stray_rparen", "ctx.a = 1)", 9, "unexpected token [')'] was expecting one of [{<EOF>, ';'}]."),
    ("stray_rbrace", "ctx.a = 1; }", 11, "unexpected token ['}'] was expecting one of [<EOF>]."),
    ("only_rbrace", "}", 0, "invalid sequence of tokens near ['}']."),
    ("unclosed_paren", "ctx.a = (1", 10, "unexpected end of script."),
    ("unclosed_call", "ctx.tags.add('a'", 16, "unexpected end of script."),
    (
        "unclosed_call_chain",
        "def x = [1, 2].stream().map(y -> y + 1).collect(Collectors.toList()",
        67,
        "unexpected end of script.",
    ),
    ("unclosed_brace", "if (ctx.a != null) { ctx.b = 1", 30, "unexpected end of script."),
    ("unclosed_list", "ctx.a = [1, 2", 13, "unexpected end of script."),
    ("unclosed_index", "ctx['a'] = 1; ctx['b'", 21, "unexpected end of script."),
    ("dangling_operator", "ctx.a = 'x' +", 13, "unexpected end of script."),
    (
        "if_missing_rparen",
        "if (ctx.a == null { ctx.b = 1 }",
        18,
        "unexpected token ['{'] was expecting one of [')'].",
    ),
    (
        "if_missing_rparen_multiline",
        "if (ctx?.a?.b == 'x' || ctx?.a?.b == 'y' {\n  ctx.c = 1;\n}",
        41,
        "unexpected token ['{'] was expecting one of [')'].",
    ),
    (
        "each_missing_rparen",
        "for (def t : ctx.tags {}",
        22,
        "unexpected token ['{'] was expecting one of [')'].",
    ),
    (
        "for_missing_semicolon",
        "for (int i = 0; i < 3 i++) {}",
        22,
        "unexpected token ['i'] was expecting one of [';'].",
    ),
    ("conditional_at_end", "ctx.a == 1 ? 2", 14, "unexpected token ['<EOF>'] was expecting one of [':']."),
    ("missing_operand", "ctx.a = ;", 8, "invalid sequence of tokens near [';']."),
    ("two_operators", "x = 1 +* 2", 7, "invalid sequence of tokens near ['*']."),
    ("two_values", "return 1 2", 9, "unexpected token ['2'] was expecting one of [{<EOF>, ';'}]."),
    ("map_missing_colon", "def m = ['a': 1, 'b' 2]", 21, "invalid sequence of tokens near ['2']."),
    (
        "do_without_block",
        "do ctx.a = 1; while (ctx.b)",
        3,
        "unexpected token ['ctx'] was expecting one of ['{'].",
    ),
    (
        "then_without_semicolon_before_else",
        "if (ctx.a != null) ctx.b = 1 else ctx.b = 2",
        29,
        "unexpected token ['else'] was expecting one of [{<EOF>, ';'}].",
    ),
    # -- no `;` is inserted before a `}`; no empty statements
    (
        "if_body_before_brace",
        "ctx.r = 0; if (ctx.r == 0) { if (ctx.r == 0) ctx.r = 5 }",
        55,
        "unexpected token ['}'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "loop_body_before_brace",
        "int x = 0; if (x == 0) { for (y in [1, 2]) x += y } ctx.r = x",
        50,
        "unexpected token ['}'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "else_body_before_brace",
        "int x = 0; if (x == 0) { if (x == 1) x = 3; else x = 2 } ctx.r = x",
        55,
        "unexpected token ['}'] was expecting one of [{<EOF>, ';'}].",
    ),
    (
        "array_init_semicolon",
        "ctx.r = new int[] {1, 2;}.length",
        23,
        "invalid sequence of tokens near [';'].",
    ),
    ("double_semicolon", "ctx.a = 1;;", 10, "unexpected token [';'] was expecting one of [<EOF>]."),
    (
        "semicolon_after_block",
        "if (ctx.a != null) { ctx.b = 1 };",
        32,
        "unexpected token [';'] was expecting one of [<EOF>].",
    ),
    ("empty_if_body", "if (ctx.a) ;", 11, "invalid sequence of tokens near [';']."),
]

VALUES: list[tuple[str, str, tuple[str, str]]] = [
    # `empty` is a loop body (`WHILE ... (trailer | empty)`, same for FOR)
    ("for_empty_body", "ctx.r = 0; for (; ctx.r < 3; ctx.r++);", ("java.lang.Integer", "3")),
    ("do_block", "int i = 0; do { i += 2 } while (i < 5); ctx.r = i", ("java.lang.Integer", "6")),
    ("block_last_statement", "if (ctx.r == null) { ctx.r = 1; ctx.r += 1 }", ("java.lang.Integer", "2")),
    (
        "catch_resolves",
        "try { ctx.r = 1 / 0 } catch (ArithmeticException e) { ctx.r = e.getMessage() }",
        ("java.lang.String", "/ by zero"),
    ),
]

CATCH_ERRORS: list[tuple[str, str, str, str]] = [
    (
        "unknown_type",
        "try { int x; } catch (PainlessError error) {}",
        "illegal_argument_exception",
        "invalid catch declaration: cannot resolve type [PainlessError]",
    ),
    (
        "name_is_a_type",
        "try { ctx.r = 1 } catch (Exception String) {}",
        "illegal_argument_exception",
        "invalid catch declaration: type [String] cannot be a name",
    ),
    (
        "not_an_exception",
        "try { ctx.r = 1 } catch (String e) {}",
        "class_cast_exception",
        "cannot cast from [java.lang.String] to [java.lang.Exception]",
    ),
]


@pytest.mark.parametrize(
    ("source", "offset", "message"), [c[1:] for c in SYNTAX_ERRORS], ids=[c[0] for c in SYNTAX_ERRORS]
)
def test_syntax_error(source: str, offset: int, message: str) -> None:
    error = script_error(source, run=False)
    body = error.to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {"type": "illegal_argument_exception", "reason": message}
    assert error.position is not None
    assert error.position["offset"] == offset


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value(source: str, expected: tuple[str, str]) -> None:
    ctx: dict[str, Any] = {}
    assert java(run_script(source, ctx).get("r")) == expected


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in CATCH_ERRORS], ids=[c[0] for c in CATCH_ERRORS]
)
def test_catch_declaration(source: str, kind: str, reason: str) -> None:
    body = script_error(source, run=False).to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"]["type"] == kind
    assert body["caused_by"]["reason"] == reason


@pytest.mark.parametrize("source", ["ctx.r = (char)'cc'", "if (ctx.x != null) { ctx.r = (char)'' }"])
def test_constant_string_to_char_fails_when_compiled(source: str) -> None:
    """StringTests.testStringAndCharacter: a constant cast is folded while compiling
    (AnalyzerCaster.constCast -> Utility.StringTochar), so the script fails at load, not per document."""
    body = script_error(source, run=False).to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {
        "type": "class_cast_exception",
        "reason": "cannot cast java.lang.String with length not equal to one to char",
    }


def test_script_stack_points_at_the_offending_token() -> None:
    error = script_error("def i = 1} return 1", run=False)
    assert error.script_stack == ["def i = 1} return 1", "         ^---- HERE"]
