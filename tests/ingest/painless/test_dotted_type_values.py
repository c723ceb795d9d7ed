"""A class name where a value is read: Painless parses `java.util.List` and `List` as symbols, and
its semantic phase (DefaultSemanticAnalysisPhase.visitSymbol / visitDot, checkedVisit) finds a
static type there. That is a compile error with IllegalArgumentException, not a syntax error:

- read: `value required: instead found unexpected type [java.util.List]`;
- written (`=`, compound assignment, `++`): `invalid assignment: cannot write a value to a static
  type [java.util.List]`;
- reported at the node: the last `.` of a dotted name (EDot), the start of a short one (ESymbol).

The rows are Elasticsearch's WhenThingsGoWrongTests.testInvalidFullyQualifiedStaticReferenceType,
adapted to a void ingest script as test_semantic_errors_es.py does: a value the test script returned
implicitly is stored in `ctx.r`; `staticAddIntsTest` (a test-only binding) is a script function.
A dotted name alone as a statement is not read in a void script, so EDot reports `not a statement`
first; a short name alone has no such check (visitSymbol) and reports the static type.
"""

from __future__ import annotations

import pytest
from painless_helpers import script_error

VALUE = "value required: instead found unexpected type [java.util.List]"
WRITE = "invalid assignment: cannot write a value to a static type [java.util.List]"
Q = "java.util.List"

# (id, source, reason, which occurrence of `java.util.List` (0-based) the error points at)
ES_ROWS = [
    ("assign", "java.util.List = 1", WRITE, 0),
    ("assign_from", "java.util.List x; x = java.util.List", VALUE, 1),
    ("compound_assign", "java.util.List += 1", WRITE, 0),
    ("binary_left", "ctx.r = java.util.List + 1", VALUE, 0),
    ("binary_right", "ctx.r = 1 + java.util.List", VALUE, 0),
    ("bool_left", "ctx.r = java.util.List || true", VALUE, 0),
    ("bool_right", "ctx.r = true || java.util.List", VALUE, 0),
    ("brace_prefix", "ctx.r = java.util.List[0]", VALUE, 0),
    ("brace_array_index", "java.util.List[] x = new java.util.List[1]; ctx.r = x[java.util.List]", VALUE, 2),
    ("brace_def_index", "def x = new java.util.List[1]; ctx.r = x[java.util.List]", VALUE, 1),
    ("brace_map_key", "Map x = new HashMap(); ctx.r = x[java.util.List]", VALUE, 0),
    ("brace_list_index", "java.util.List x = new java.util.ArrayList(); ctx.r = x[java.util.List]", VALUE, 1),
    ("method_argument", "java.util.List x = new java.util.ArrayList(); x.add(java.util.List)", VALUE, 1),
    ("def_method_argument", "def x = new java.util.ArrayList(); x.add(java.util.List)", VALUE, 0),
    ("function_argument", "int f(def a, int b) { return b } f(java.util.List, 1)", VALUE, 0),
    ("compare_left", "ctx.r = java.util.List > true", VALUE, 0),
    ("compare_right", "ctx.r = true > java.util.List", VALUE, 0),
    ("conditional_test", "ctx.r = java.util.List ? 2 : 1", VALUE, 0),
    ("conditional_left", "boolean x = true; ctx.r = x ? java.util.List : 1", VALUE, 0),
    ("conditional_right", "boolean x = true; ctx.r = x ? 2 : java.util.List", VALUE, 0),
    ("elvis_left", "ctx.r = java.util.List ?: []", VALUE, 0),
    ("elvis_right", "boolean x = true; ctx.r = x ?: java.util.List", VALUE, 0),
    ("explicit_cast", "ctx.r = (java.util.List)java.util.List", VALUE, 1),
    ("instanceof", "ctx.r = java.util.List instanceof java.util.List", VALUE, 0),
    ("list_init", "ctx.r = [java.util.List]", VALUE, 0),
    ("map_init_key", "ctx.r = [java.util.List : 1]", VALUE, 0),
    ("map_init_value", "ctx.r = [1 : java.util.List]", VALUE, 0),
    ("new_array_size", "ctx.r = new java.util.List[java.util.List]", VALUE, 1),
    ("new_object_argument", "ctx.r = new java.util.ArrayList(java.util.List)", VALUE, 0),
    ("unary_not", "ctx.r = !java.util.List", VALUE, 0),
    ("unary_minus", "ctx.r = -java.util.List", VALUE, 0),
    ("declaration", "java.util.List x = java.util.List;", VALUE, 1),
    ("do_while", "do {java.util.List x = [];} while (java.util.List);", VALUE, 1),
    ("for_each", "for (def x : java.util.List) {java.util.List x = 1;}", VALUE, 0),
    ("for_init", "for (java.util.List x = java.util.List;;) {java.util.List x = 1;}", VALUE, 1),
    ("for_condition", "for (;java.util.List;) {java.util.List x = 1;}", VALUE, 0),
    ("for_afterthought", "for (;;++java.util.List) {java.util.List x = 1;}", WRITE, 0),
    ("if", "if (java.util.List) {java.util.List x = 1;}", VALUE, 0),
    ("if_else", "if (java.util.List) {java.util.List x = 1;} else {java.util.List x = 2;}", VALUE, 0),
    ("return", "return java.util.List;", VALUE, 0),
    ("throw", "throw java.util.List;", VALUE, 0),
    ("while", "while (java.util.List) {java.util.List x = 1;}", VALUE, 0),
]


def _error(source: str) -> tuple[str, str | None, int]:
    body = script_error(source, run=False).error_body()
    assert body["reason"] == "compile error"
    return body["caused_by"]["type"], body["caused_by"].get("reason"), body["position"]["offset"]


def _nth(source: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = source.index(needle, at + 1)
    return at


@pytest.mark.parametrize(("source", "reason", "nth"), [r[1:] for r in ES_ROWS], ids=[r[0] for r in ES_ROWS])
def test_dotted_name_as_value(source: str, reason: str, nth: int) -> None:
    at = _nth(source, Q, nth) + len("java.util")  # EDot: the last `.`
    assert _error(source) == ("illegal_argument_exception", reason, at)


SHORT_ROWS = [
    ("declaration", "def x = List;", VALUE),
    ("binary", "ctx.r = List + 1", VALUE),
    ("argument", "ctx.r = [1].add(List)", VALUE),
    ("statement", "List", VALUE),
    ("assign", "List = 1", WRITE),
    ("increment", "List++", WRITE),
    ("map_type", "ctx.r = HashMap", "value required: instead found unexpected type [java.util.HashMap]"),
]


@pytest.mark.parametrize(("source", "reason"), [r[1:] for r in SHORT_ROWS], ids=[r[0] for r in SHORT_ROWS])
def test_short_name_as_value(source: str, reason: str) -> None:
    kind, message, _at = _error(source)
    assert (kind, message) == ("illegal_argument_exception", reason)


def test_short_name_is_reported_at_its_start() -> None:
    assert _error("ctx.r = 1 + List")[2] == len("ctx.r = 1 + ")


def test_dotted_name_alone_is_not_a_statement() -> None:
    source = "int y = 1; java.util.List; y = 2"
    assert _error(source) == (
        "illegal_argument_exception",
        "not a statement: result of dot operator [.] not used",
        source.index(Q) + len("java.util"),
    )


@pytest.mark.parametrize(
    "source",
    [
        "List l = new ArrayList(); l.add(1); ctx.r = l",
        "java.util.List l = (java.util.List) [1]; ctx.r = l",
        "ctx.r = (List) [1]",
        "ctx.r = (List) ([1])",
        "ctx.r = ((List) [1]).size()",
        "def f(List a) { return a } ctx.r = f([1])",
        "ctx.r = [[1]].stream().map(List::size).collect(Collectors.toList())",
        "ctx.r = [1] instanceof List",
        "List[] a = new List[1]; ctx.r = a.length",
        "ctx.r = Collections.emptyList()",
        "ctx.r = [2, 1].stream().sorted(Comparator.naturalOrder()).toArray(Integer[]::new).length",
        "try { ctx.r = 1 } catch (Exception e) { ctx.r = 2 }",
        "ctx.r = [1].stream().map((List x) -> x).count()",
    ],
)
def test_type_uses_still_compile(source: str) -> None:
    from s1elastic.ingest.painless import compile_script

    compile_script(source)  # raises on any error
