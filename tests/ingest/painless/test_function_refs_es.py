"""Method references as Elasticsearch's Painless resolves them.

Rows transcribed from what ES's own FunctionRefTests assert (values, exception classes and the
message texts its FunctionRef.create / Def.lookupMethod / LambdaBootstrap build), rewritten for an
ingest script (the result goes to ctx.r instead of being returned).
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

# (id, script, (Java class, String.valueOf) of ctx.r)
VALUES = [
    ("static", "List l = [2, 1]; l.sort(Integer::compare); ctx.r = l.get(0);", ("java.lang.Integer", "1")),
    ("static_def", "def l = [2, 1]; l.sort(Integer::compare); ctx.r = l.get(0);", ("java.lang.Integer", "1")),
    (
        "virtual",
        "List l = [1, 1]; ctx.r = l.stream().mapToInt(Integer::intValue).sum();",
        ("java.lang.Integer", "2"),
    ),
    (
        "virtual_def",
        "def l = [1, 1]; ctx.r = l.stream().mapToInt(Integer::intValue).sum();",
        ("java.lang.Integer", "2"),
    ),
    (
        "qualified_virtual",
        "List l = [Instant.ofEpochMilli(1234L)]; ctx.r = l.stream().mapToLong(java.time.Instant::toEpochMilli).sum();",
        ("java.lang.Long", "1234"),
    ),
    (
        "ctor_with_param",
        "List l = ['foo', 'bar']; Stream s = l.stream().map(StringBuilder::new);"
        " ctx.r = String.join(',', s.map(Object::toString).collect(Collectors.toList()));",
        ("java.lang.String", "foo,bar"),
    ),
    (
        "array_ctor",
        "List l = [1.0, 2.0]; def[] array = l.stream().toArray(Double[]::new); ctx.r = array[0];",
        ("java.lang.Double", "1.0"),
    ),
    (
        "array_ctor_def",
        "def l = [1.0, 2.0]; def[] array = l.stream().toArray(Double[]::new); ctx.r = array[0];",
        ("java.lang.Double", "1.0"),
    ),
    (
        # the stream fills the generator's array: a String[] (an explicit downcast from def[])
        "array_ctor_type",
        "def l = ['a', 'b']; def a = l.stream().toArray(String[]::new); ctx.r = a instanceof String[];",
        ("java.lang.Boolean", "true"),
    ),
    (
        "array_ctor_length",
        "List l = ['a', 'b', 'c']; String[] a = (String[])l.stream().toArray(String[]::new); ctx.r = a.length;",
        ("java.lang.Integer", "3"),
    ),
    (
        "capture_typed",
        "Integer x = Integer.valueOf(5); ctx.r = Optional.empty().orElseGet(x::toString);",
        ("java.lang.String", "5"),
    ),
    (
        "capture_list",
        "List l = new ArrayList(); ctx.r = Optional.empty().orElseGet(l::toString);",
        ("java.lang.String", "[]"),
    ),
    (
        "capture_def",
        "def x = Integer.valueOf(5); def opt = Optional.empty(); ctx.r = opt.orElseGet(x::toString);",
        ("java.lang.String", "5"),
    ),
    (
        "capture_equals",
        "String x = 'a'; ctx.r = ['a', 'b', 'a'].stream().filter(x::equals).count();",
        ("java.lang.Long", "2"),
    ),
    (
        "own_function",
        "int mycompare(int i, int j) { j - i } List l = [1, 2]; l.sort(this::mycompare); ctx.r = l.get(0);",
        ("java.lang.Integer", "2"),
    ),
    (
        "own_function_def",
        "int mycompare(int i, int j) { j - i } def l = [1, 2]; l.sort(this::mycompare); ctx.r = l.get(0);",
        ("java.lang.Integer", "2"),
    ),
    (
        "interface_default",
        "String f(BiFunction function) { function.apply('foo', 'bar') } Map map = new HashMap(); ctx.r = f(map::getOrDefault);",
        ("java.lang.String", "bar"),
    ),
    (
        "interface_static",
        "Supplier get(Supplier supplier) { return supplier } Supplier s = get(Comparator::naturalOrder);"
        " ctx.r = s.get().compare(1, 2);",
        ("java.lang.Integer", "-1"),
    ),
    (
        "static_parse",
        "ctx.r = ['1', '22'].stream().map(Integer::parseInt).collect(Collectors.toList());",
        ("java.util.ArrayList", "[1, 22]"),
    ),
    (
        "ctor_list",
        "ctx.r = Optional.empty().orElseGet(ArrayList::new);",
        ("java.util.ArrayList", "[]"),
    ),
    # testPrimitiveMethodReferences: a primitive type's methods are its box's
    (
        "prim_boolean",
        "boolean test(Function s) {return s.apply(Boolean.valueOf(true));} ctx.r = test(boolean::booleanValue);",
        ("java.lang.Boolean", "true"),
    ),
    (
        "prim_byte",
        "byte test(Function s) {return s.apply(Byte.valueOf(1));} ctx.r = test(byte::byteValue);",
        ("java.lang.Byte", "1"),
    ),
    (
        "prim_int",
        "int test(Function s) {return s.apply(Integer.valueOf(1));} ctx.r = test(int::intValue);",
        ("java.lang.Integer", "1"),
    ),
    (
        "prim_int_capture",
        "int test(Supplier s) {return s.get();} int i = 1; ctx.r = test(i::intValue);",
        ("java.lang.Integer", "1"),
    ),
    (
        "prim_long",
        "long test(Function s) {return s.apply(Long.valueOf(1));} ctx.r = test(long::longValue);",
        ("java.lang.Long", "1"),
    ),
    (
        "prim_float_from_short",
        "float test(Function s) {return s.apply(Short.valueOf(1));} ctx.r = test(float::floatValue);",
        ("java.lang.Float", "1.0"),
    ),
    (
        "prim_double",
        "double test(Function s) {return s.apply(Double.valueOf(1));} ctx.r = test(double::doubleValue);",
        ("java.lang.Double", "1.0"),
    ),
    (
        "object_method_override",
        "CharSequence test(Function s) {return s.apply('s');} ctx.r = test(CharSequence::toString);",
        ("java.lang.String", "s"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [v[1:] for v in VALUES], ids=[v[0] for v in VALUES])
def test_reference_value(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


# (id, script, script_exception reason, caused_by type, caused_by reason)
ERRORS = [
    (
        "method_missing",
        "List l = [2, 1]; l.sort(Integer::bogus);",
        "compile error",
        "illegal_argument_exception",
        "function reference [Integer::bogus/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "qualified_method_missing",
        "List l = [2, 1]; l.sort(java.time.Instant::bogus);",
        "compile error",
        "illegal_argument_exception",
        "function reference [java.time.Instant::bogus/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "class_missing",
        "List l = [2, 1]; l.sort(Bogus::bogus);",
        "compile error",
        "illegal_argument_exception",
        "variable [Bogus] is not defined",
    ),
    (
        "qualified_class_missing",
        "List l = [2, 1]; l.sort(org.package.BogusClass::bogus);",
        "compile error",
        "illegal_argument_exception",
        "variable [org.package.BogusClass] is not defined",
    ),
    (
        "not_functional",
        "List l = new ArrayList(); l.add(Integer::bogus);",
        "compile error",
        "illegal_argument_exception",
        "cannot convert function reference [Integer::bogus] to a non-functional interface [def]",
    ),
    (
        "incompatible_return",
        "List l = [2, 1]; l.sort(String::startsWith);",
        "compile error",
        "class_cast_exception",
        "Cannot cast from [boolean] to [int].",
    ),
    (
        "wrong_arity",
        "Optional.empty().orElseGet(String::startsWith);",
        "compile error",
        "illegal_argument_exception",
        "function reference [String::startsWith/0] matching [java.util.function.Supplier, get/0] not found",
    ),
    (
        "wrong_arity_not_enough",
        "List l = [2, 1]; l.sort(String::isEmpty);",
        "compile error",
        "illegal_argument_exception",
        "function reference [String::isEmpty/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "wrong_arity_def",
        "def y = Optional.empty(); ctx.r = y.orElseGet(String::startsWith);",
        "runtime error",
        "illegal_argument_exception",
        "function reference [String::startsWith/0] matching [java.util.function.Supplier, get/0] not found",
    ),
    (
        "wrong_arity_not_enough_def",
        "def l = [2, 1]; l.sort(String::isEmpty);",
        "runtime error",
        "illegal_argument_exception",
        "function reference [String::isEmpty/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "return_void",
        "StringBuilder b = new StringBuilder(); List l = [1, 2]; l.stream().mapToLong(b::setLength).sum();",
        "compile error",
        "class_cast_exception",
        "Cannot cast from [void] to [long].",
    ),
    (
        "return_void_def_list",
        "StringBuilder b = new StringBuilder(); def l = [1, 2]; l.stream().mapToLong(b::setLength);",
        "runtime error",
        "lambda_conversion_exception",
        "lambda expects return type [long], but found return type [void]",
    ),
    (
        "return_void_def_both",
        "def b = new StringBuilder(); def l = [1, 2]; l.stream().mapToLong(b::setLength);",
        "runtime error",
        "lambda_conversion_exception",
        "lambda expects return type [long], but found return type [void]",
    ),
    (
        "return_void_def_capture",
        "def b = new StringBuilder(); List l = [1, 2]; l.stream().mapToLong(b::setLength);",
        "runtime error",
        "lambda_conversion_exception",
        "lambda expects return type [long], but found return type [void]",
    ),
    (
        "static_capture",
        "int test(Function f, String s) {return f.apply(s);} Integer i = Integer.valueOf(1); test(i::parseInt, '1');",
        "compile error",
        "illegal_argument_exception",
        "cannot use a static method as a function reference [java.lang.Integer::parseInt/1] "
        "with a non-static captured variable",
    ),
    (
        "own_function_arity",
        "int one(int i) { i } List l = [2, 1]; l.sort(this::one);",
        "compile error",
        "illegal_argument_exception",
        "function reference [this::one/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "array_ctor_arity",
        "List l = [2, 1]; l.sort(String[]::new);",
        "compile error",
        "illegal_argument_exception",
        "function reference [this::newarray$synthetic$0/2] matching [java.util.Comparator, compare/2] "
        "not found due to an incorrect number of arguments",
    ),
    (
        "ctor_arity",
        "Optional.empty().orElseGet(Integer::new);",
        "compile error",
        "illegal_argument_exception",
        "function reference [Integer::new/0] matching [java.util.function.Supplier, get/0] not found",
    ),
    (
        # Stream.toArray(IntFunction) returns def[]: no implicit downcast to String[]
        "array_ctor_implicit_downcast",
        "List l = ['a']; String[] a = l.stream().toArray(String[]::new);",
        "compile error",
        "class_cast_exception",
        "Cannot cast from [def[]] to [java.lang.String[]].",
    ),
    (
        "array_ctor_unknown_type",
        "def l = ['a']; ctx.r = l.stream().toArray(Bogus[]::new);",
        "compile error",
        "illegal_argument_exception",
        "Not a type [Bogus[]].",
    ),
    (
        "def_capture_missing_method",
        "def x = 5; def opt = Optional.empty(); opt.orElseGet(x::bogus);",
        "runtime error",
        "illegal_argument_exception",
        "dynamic method [java.lang.Integer, bogus/0] not found",
    ),
]


@pytest.mark.parametrize(
    ("source", "reason", "kind", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_reference_error(source: str, reason: str, kind: str, message: str) -> None:
    error = script_error(source).to_xcontent()
    assert (error["reason"], error["caused_by"]["type"], error["caused_by"]["reason"]) == (
        reason,
        kind,
        message,
    )
