"""Painless' semantic errors (DefaultSemanticAnalysisPhase, SemanticScope) in the ingest context.

The facts come from Elasticsearch's WhenThingsGoWrongTests (testNotAStatement, testInvalidAssignment,
testCannotResolveSymbol, testPartialType, testInstanceMethodNotFound, testDefNullPointer, ...),
BasicExpressionTests (testNullSafeDeref, testIllegalDefCast), PostfixTests and OverloadTests, and from
the semantic phase they exercise. Those tests run scripts that return Object; an ingest script is
void, so:

- `...; return null;` tails are dropped (a void script cannot return a value);
- a value the ES script returned implicitly is stored in `ctx.r` here, so it is still read;
- a bare expression statement is not read in a void script: visitDot/visitBrace/visitBinary check
  "not a statement" before their operands, while an unknown lone name (visitSymbol) is a partial
  type name and fails as `cannot resolve symbol [...]` (checkedVisit).

Left out (not expressible here, or not ingest): `java.util.List` used as a value (a dotted type name
in expression position), FeatureTest classes, BitSet, the WrongMethodTypeException rows of
testDynamicWrongArgs/ArrayWrongIndex/ListWrongIndex, stack overflow and loop-limit rows (covered
elsewhere), compile-time parameters.
"""

from __future__ import annotations

import pytest
from painless_helpers import BYTE, CHAR, INT, B, L, S, java, run_script, script_error

IAE, CCE, NPE = "illegal_argument_exception", "class_cast_exception", "null_pointer_exception"

NOT_A_STATEMENT = [
    ("1 * 1;", "result not used from multiplication operation [*]"),
    ("boolean x = false; x && true;", "result not used from boolean and operation [&&]"),
    ("false;", "boolean constant [false] not used"),
    ("boolean x = false; x == true;", "result not used from equals operation [==]"),
    ("boolean x = false; x ? 1 : 2;", "result not used from conditional operation [?:]"),
    ("1.1;", "decimal constant [1.1] not used"),
    ("List x = null; x ?: [2];", "result not used from elvis operation [?:]"),
    ("List x = null; (ArrayList)x;", "result not used from explicit cast with target type [ArrayList]"),
    ("List x = null; x instanceof List;", "result not used from instanceof with target type [List]"),
    ("[];", "result not used from list initializer"),
    ("[:];", "result not used from map initializer"),
    ("new int[] {1, 2};", "result not used from new array"),
    ("null;", "null constant not used"),
    ("1;", "numeric constant [1] not used"),
    ("/a/;", "regex constant [a] with flags [] not used"),
    ("'1';", "string constant [1] not used"),
    ("+1;", "result not used from addition operation [+]"),
    ("boolean x; x;", "variable [x] not used"),
    ("int[] x = new int[] {1}; x[0];", "result of brace operator not used"),
    ("Integer.MAX_VALUE;", "result of dot operator [.] not used"),
    # void context: the dot/brace reports before its unknown prefix is resolved
    ("test0.test1.test2", "result of dot operator [.] not used"),
    ("doc['a'].value", "result of dot operator [.] not used"),
    ("doc['a']", "result of brace operator not used"),
    ("test0 + 1", "result not used from addition operation [+]"),
]

INVALID_ASSIGNMENT = [
    ("1 * 1 = 2;", "multiplication operation [*]"),
    ("boolean x = true; x && false = 2;", "boolean and operation [&&]"),
    ("false = 2;", "boolean constant [false]"),
    ("x() = 1;", "function call [x/0]"),
    ("1 == 1 = 2;", "equals operation [==]"),
    ("boolean x = true; (x ? 1 : 1) = 2;", "conditional operation [?:]"),
    ("1.1 = 1;", "decimal constant [1.1]"),
    ("List x = []; (x ?: []) = 2;", "elvis operation [?:]"),
    ("List x = []; x instanceof List = 5;", "instanceof with target type [List]"),
    ("[] = 5;", "list initializer"),
    ("[:] = 5;", "map initializer"),
    ("new int[] {} = 5;", "new array"),
    ("null = 1;", "null constant"),
    ("1 = 1;", "numeric constant [1]"),
    ("/a/ = 1;", "regex constant [a] with flags []"),
    ("'1' = 1;", "string constant [1]"),
    ("+1 = 2;", "addition operation [+]"),
    ("Double.x() = 1;", "method call [x/0]"),
    # the target is analysed before the value: its error wins over one in the value
    ("1 = test0;", "numeric constant [1]"),
]

# (script, unresolved name): every place a value is read
CANNOT_RESOLVE = [
    "test0 = 1",
    "int x; x = test0",
    "test0 += 1",
    "ctx.r = test0 + 1",
    "ctx.r = 1 + test0",
    "ctx.r = test0 || true",
    "ctx.r = true || test0",
    "ctx.r = test0[0]",
    "int[] x = new int[1]; ctx.r = x[test0]",
    "def x = new int[1]; ctx.r = x[test0]",
    "Map x = new HashMap(); ctx.r = x[test0]",
    "List x = new ArrayList(); ctx.r = x[test0]",
    "List x = new ArrayList(); x.add(test0)",
    "def x = new ArrayList(); x.add(test0)",
    "ctx.r = test0 > true",
    "ctx.r = true > test0",
    "ctx.r = test0 ? 2 : 1",
    "boolean x = true; ctx.r = x ? test0 : 1",
    "boolean x = true; ctx.r = x ? 2 : test0",
    "ctx.r = test0 ?: []",
    "boolean x = true; ctx.r = x ?: test0",
    "ctx.r = (int)test0",
    "ctx.r = test0 instanceof List",
    "ctx.r = [test0]",
    "ctx.r = [test0 : 1]",
    "ctx.r = [1 : test0]",
    "ctx.r = new int[test0]",
    "new ArrayList(test0)",
    "ctx.r = !test0",
    "ctx.r = -test0",
    "int x = test0;",
    "do {int x = 1;} while (test0);",
    "for (def x : test0) {int x = 1;}",
    "test0",
    "for (int x = test0;;) {int x = 1;}",
    "for (;test0;) {int x = 1;}",
    "for (;;++test0) {int x = 1;}",
    "if (test0) {int x = 1;}",
    "if (test0) {int x = 1;} else {int x = 2;}",
    "throw test0;",
    "while (test0) {int x = 1;}",
    "params = test0",  # params is no final variable: the value is reached
]

PARTIAL_TYPE = [
    "test0.test1.test2 = 1",
    "int x; x = test0.test1.test2",
    "test0.test1.test2 += 1",
    "ctx.r = test0.test1.test2 + 1",
    "ctx.r = test0.test1.test2[0]",
    "List x = new ArrayList(); x.add(test0.test1.test2)",
    "ctx.r = (int)test0.test1.test2",
    "ctx.r = [1 : test0.test1.test2]",
    "new ArrayList(test0.test1.test2)",
    "for (def x : test0.test1.test2) {int x = 1;}",
    "for (;;++test0.test1.test2) {int x = 1;}",
    "while (test0.test1.test2) {int x = 1;}",
]

OTHER_COMPILE_ERRORS = [
    ("doesNotExist()", IAE, "Unknown call [doesNotExist] with [0] arguments."),
    ("doesNotExist(1, 'string', false)", IAE, "Unknown call [doesNotExist] with [3] arguments."),
    (
        "ctx.r = 864000000000",
        IAE,
        "Invalid int constant [864000000000]. If you want a long constant then change it to [864000000000L].",
    ),
    (
        "ctx.r = -864000000000",
        IAE,
        "Invalid int constant [-864000000000]. If you want a long constant then change it to [-864000000000L].",
    ),
    ("ctx.r = 92233720368547758070", IAE, "Invalid int constant [92233720368547758070]."),
    ("ctx.r = -92233720368547758070", IAE, "Invalid int constant [-92233720368547758070]."),
    (
        "try { int x; } catch (PainlessError error) {}",
        IAE,
        "invalid catch declaration: cannot resolve type [PainlessError]",
    ),
    # visitAssignment: no compound type at all (Class.toString() names), else a failing cast
    (
        "float x = 15F; x <<= 2;",
        CCE,
        "invalid compound assignment: cannot apply [<<=] to types [float] and [int]",
    ),
    (
        "double x = 15F; x <<= 2;",
        CCE,
        "invalid compound assignment: cannot apply [<<=] to types [double] and [int]",
    ),
    (
        "int x = 1; x >>= 1.5;",
        CCE,
        "invalid compound assignment: cannot apply [>>=] to types [int] and [double]",
    ),
    (
        "boolean b = true; b -= false;",
        CCE,
        "invalid compound assignment: cannot apply [-=] to types [boolean] and [boolean]",
    ),
    (
        "String s = 'a'; s -= 'b';",
        CCE,
        "invalid compound assignment: cannot apply [-=] to types [class java.lang.String] and [class java.lang.String]",
    ),
    ("boolean b = true; b += 1;", CCE, "Cannot cast from [boolean] to [int]."),  # promoteNumeric's `or`
    ("int x = 1; x &= 1.5;", CCE, "Cannot cast from [double] to [int]."),
    (
        "ctx.r = 'abc123abc'.indexOf('c', 3, 'bogus');",
        IAE,
        "member method [java.lang.String, indexOf/3] not found",
    ),
    # SemanticScope: captured variables are final inside a lambda; redeclaring is refused
    ("int x = 1; [1].forEach(y -> { x = 2; });", IAE, "Variable [x] is read-only."),
    ("int x = 1; [1].forEach(y -> { x++; });", IAE, "Variable [x] is read-only."),
    ("int x = 1; [1].forEach(y -> { x += test0; });", IAE, "Variable [x] is read-only."),
    ("int x = 1; int x = 2;", IAE, "variable [x] is already defined"),
    # params is a getter variable defined non-final: reassigning it only needs a Map
    ("params = 1", CCE, "Cannot cast from [int] to [java.util.Map]."),
    # visitDot: no field, getter or shortcut on a typed receiver
    ("String s = 'a'; ctx.r = s.foo", IAE, "field [java.lang.String, foo] not found"),
    ("String s = 'a'; s.foo = 1", IAE, "field [java.lang.String, foo] not found"),
    # null-safe access: never a store; its result must be a reference type
    (
        "Map a = [:]; a?.x = 1;",
        IAE,
        "invalid assignment: cannot assign a value to a null safe operation [?.]",
    ),
    (
        "def a = [:]; a?.x = 1;",
        IAE,
        "invalid assignment: cannot assign a value to a null safe operation [?.]",
    ),
    (
        "def a = [:]; a?.x += 1;",
        IAE,
        "invalid assignment: cannot assign a value to a null safe operation [?.]",
    ),
    ("def a = [:]; a?.x++;", IAE, "invalid assignment: cannot assign a value to a null safe operation [?.]"),
    ("ctx.m?.y = ctx", IAE, "invalid assignment: cannot assign a value to a null safe operation [?.]"),
    ("String a = null;  ctx.r = a?.length()", IAE, "Result of null safe operator must be nullable"),
    ("String a = 'foo'; ctx.r = a?.length()", IAE, "Result of null safe operator must be nullable"),
    ("Map a = [:];  ctx.r = a?.size()", IAE, "Result of null safe operator must be nullable"),
    ("Map a = null; ctx.r = a?.size()", IAE, "Result of null safe operator must be nullable"),
    ("int[] a = null; ctx.r = a?.length", IAE, "Result of null safe operator must be nullable"),
    ("int[] a = new int[] {2, 3}; ctx.r = a?.length", IAE, "Result of null safe operator must be nullable"),
    ("ctx.r = ctx?.isEmpty()", IAE, "Result of null safe operator must be nullable"),
]

RUNTIME_ERRORS = [
    ("def x = null; x.intValue();", NPE, "cannot access method/field [intValue] from a null def reference"),
    (
        "def x = [1, null]; for (y in x) y.intValue();",
        NPE,
        "cannot access method/field [intValue] from a null def reference",
    ),
    (
        "def x = [1, 2L, 3.0, 'test', (byte)1, (short)1, (char)1, null]; for (y in x) y.toString();",
        NPE,
        "cannot access method/field [toString] from a null def reference",
    ),
    (
        "def x = 'test'; ctx.r = x.getClass().toString()",
        IAE,
        "dynamic method [java.lang.String, getClass/0] not found",
    ),
    (
        "def x = 'abc123abc'; ctx.r = x.indexOf('c', 3, 'bogus');",
        IAE,
        "dynamic method [java.lang.String, indexOf/3] not found",
    ),
]

# values the same tests assert (BasicExpressionTests, PostfixTests, OverloadTests, null-safe reads)
VALUES = [
    ("ctx.r = (byte)255;", (BYTE, "-1")),
    ("ctx.r = (char)100000;", (CHAR, "\u86a0")),
    ("double x = 100; ctx.r = (byte)x;", (BYTE, "100")),
    ("Map x = new HashMap();\nObject y = x;\n((Map)y).put(2, 3);\nctx.r = x.get(2);\n", (INT, "3")),
    (
        'String aaa = "aaa", bbb = "bbb"; int x;\nfor (; x < 3; ++x) \n    aaa += bbb;\nctx.r = aaa;',
        (S, "aaabbbbbbbbb"),
    ),
    ("int x = 4; char y = 2; ctx.r = x < y;", (B, "false")),
    ("int x = 3; char y = 3; ctx.r = x <= y;", (B, "true")),
    ("int x = 4; long y = 2; ctx.r = x > y;", (B, "true")),
    ("double x = 3; float y = 3; ctx.r = x == y;", (B, "true")),
    ("double x = 3; float y = 3; ctx.r = x != y;", (B, "false")),
    ("String a = null; ctx.r = a != null ? 1 : 0;", (INT, "0")),
    ("int x = 5; ctx.r = (x+x)/x;", (INT, "2")),
    ("String a = 'foo'; ctx.r = a?.toString()", (S, "foo")),
    ("def a = 'foo'; ctx.r = a?.length()", (INT, "3")),
    ("Map a = [:]; ctx.r = a?.toString()", (S, "{}")),
    ("def a = [:]; ctx.r = a?.size()", (INT, "0")),
    ("Map a = ['other':1]; ctx.r = a?.other", (INT, "1")),
    ("def a = new int[] {2, 3}; ctx.r = a?.length", (INT, "2")),
    (
        "def a = [:];\na.missing = 'foo';\na.missing_length = a.missing?.length();\nctx.r = a.missing_length",
        (INT, "3"),
    ),
    ("def a = ['other': ['cat': ['x': 0]]]; ctx.r = a.other?.cat?.x", (INT, "0")),
    ("ctx.r = 2.toString()", (S, "2")),
    ("ctx.r = [1, 2, 3, 4, 5][3]", (INT, "4")),
    ("ctx.r = [1, 2, 3, 4, 5][3].toString()", (S, "4")),
    ("ctx.r = new int[] {1, 2, 3, 4, 5}[2]", (INT, "3")),
    ("ctx.r = (2 + 2).toString()", (S, "4")),
    ("boolean b = false; ctx.r = (b ? 4 : 5).toString()", (S, "5")),
    (
        "Map x = new HashMap(); x['test'] = 3; Map y = new HashMap(); y['test'] = 4; boolean b = true;"
        " ctx.r = (int)(b ? x : y).get('test')",
        (INT, "3"),
    ),
    ("int x; ctx.r = '3' == (x = 3).toString()", (B, "true")),
    ("int x; ctx.r = (x = 3).compareTo(4)", (INT, "-1")),
    ("long[] x; (x = new long[1])[0] = 3; ctx.r = x[0]", (L, "3")),
    ("int x; ((x)) = 2; ctx.r = x;", (INT, "2")),
    ("def x; (x = new long[1])[0] = 3; ctx.r = x[0]", (L, "3")),
    ("def x; ((x)) = 2; ctx.r = x;", (INT, "2")),
    ("def x = 'abc123abc'; ctx.r = x.indexOf('c', 3);", (INT, "8")),
    ("ctx.r = 'abc123abc'.indexOf('c');", (INT, "2")),
    # BasicStatementTests.testVoidReturnStatement: an ingest script is void, so a bare return ends it
    (
        "ctx.r = []; if (ctx.r.isEmpty()) {ctx.r.add(1); return;} ctx.r.add(2);",
        ("java.util.ArrayList", "[1]"),
    ),
    (
        "ctx.r = [0]; if (ctx.r.isEmpty()) {ctx.r.add(1); return} ctx.r.add(2);",
        ("java.util.ArrayList", "[0, 2]"),
    ),
    (
        "void test(List list) {if (list.isEmpty()) {list.add(1); return} list.add(2);}"
        " List rtn = new ArrayList(); rtn.add(0); test(rtn); ctx.r = rtn",
        ("java.util.ArrayList", "[0, 2]"),
    ),
    # params may be rebound (its first map stays read-only)
    ("params = [:]; params.a = 1; ctx.r = params.a", (INT, "1")),
]


def _compile_reason(source: str) -> tuple[str, str | None]:
    cause = script_error(source).to_xcontent()["caused_by"]
    return cause["type"], cause.get("reason")


@pytest.mark.parametrize(("source", "what"), NOT_A_STATEMENT, ids=[r[0] for r in NOT_A_STATEMENT])
def test_not_a_statement(source: str, what: str) -> None:
    assert _compile_reason(source) == (IAE, f"not a statement: {what}")


@pytest.mark.parametrize(("source", "what"), INVALID_ASSIGNMENT, ids=[r[0] for r in INVALID_ASSIGNMENT])
def test_invalid_assignment(source: str, what: str) -> None:
    assert _compile_reason(source) == (IAE, f"invalid assignment: cannot assign a value to {what}")


def test_invalid_assignment_to_new_object_has_no_colon() -> None:
    # sic in Elasticsearch: "invalid assignment cannot assign ..." for a constructor call
    assert _compile_reason("new ArrayList() = 1;") == (
        IAE,
        "invalid assignment cannot assign a value to new object with constructor [ArrayList/0]",
    )


@pytest.mark.parametrize("source", CANNOT_RESOLVE)
def test_cannot_resolve_symbol(source: str) -> None:
    assert _compile_reason(source) == (IAE, "cannot resolve symbol [test0]")


@pytest.mark.parametrize("source", PARTIAL_TYPE)
def test_partial_type_is_reported_whole(source: str) -> None:
    assert _compile_reason(source) == (IAE, "cannot resolve symbol [test0.test1.test2]")


@pytest.mark.parametrize(
    ("source", "kind", "reason"), OTHER_COMPILE_ERRORS, ids=[r[0] for r in OTHER_COMPILE_ERRORS]
)
def test_compile_error(source: str, kind: str, reason: str) -> None:
    error = script_error(source, run=False)
    assert error.to_xcontent()["reason"] == "compile error"
    assert _compile_reason(source) == (kind, reason)


@pytest.mark.parametrize(("source", "kind", "reason"), RUNTIME_ERRORS, ids=[r[0] for r in RUNTIME_ERRORS])
def test_runtime_error(source: str, kind: str, reason: str) -> None:
    body = script_error(source).to_xcontent()
    assert body["reason"] == "runtime error"
    assert (body["caused_by"]["type"], body["caused_by"].get("reason")) == (kind, reason)


@pytest.mark.parametrize(("source", "expected"), VALUES, ids=[r[0] for r in VALUES])
def test_value(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


@pytest.mark.parametrize(
    "source",
    [
        "String a = null; ctx.r = a?.toString()",
        "def a = null; ctx.r = a?.length()",
        "Map a = null; ctx.r = a?.other",
        "def a = null; ctx.r = a?.length",
        "Map a = ['thing': ['cat': 1]]; ctx.r = a.other?.cat?.x",
        "def a = [:];\na.missing_length = a.missing?.length();\nctx.r = a.missing_length",
    ],
)
def test_null_safe_reads_of_null_give_null(source: str) -> None:
    assert run_script(source) == {"r": None}


def test_illegal_def_cast_is_a_class_cast() -> None:
    assert _compile_reason("def x = 1.0; int y = x; ctx.r = y;")[0] == CCE
    assert _compile_reason("def x = (short)1; byte y = x; ctx.r = y;")[0] == CCE


# Where the errors point: the node that reports them (its first token), or nowhere.
POSITIONS = [
    ("test0", 0),
    ("int x = 1; test0", 11),
    ("boolean x = true; (x ? 1 : 1) = 2;", 19),  # the conditional inside the parentheses
    ("boolean x = true; x && false = 2;", 18),
    ("int x = 1; [1].forEach(y -> { x = 2; });", 30),  # the captured variable
    ("Map a = [:]; a?.x = 1;", 14),  # the `?.` token
    ("ctx.r = 1; break;", 11),
]


@pytest.mark.parametrize(("source", "offset"), POSITIONS, ids=[r[0] for r in POSITIONS])
def test_error_position(source: str, offset: int) -> None:
    assert script_error(source, run=False).to_xcontent()["position"]["offset"] == offset


def test_null_safe_primitive_error_has_no_position() -> None:
    # thrown without createError: no script frame, so no stack and no position
    body = script_error("String s = 'a'; ctx.r = s?.length()", run=False).to_xcontent()
    assert body["script_stack"] == []
    assert "position" not in body
