"""`def` reads with a target type, as Elasticsearch's DefOptimizationTests assert.

A method call, field (`a.b`) or brace (`a[i]`) read on a `def` receiver takes the type its context
wants (a declaration, an assignment, a method argument, `return`, `if`, `!`; not an explicit cast, a
`?.` read or the implicit return of the last statement): the invokedynamic call site then converts
with MethodHandle.asType, whose rules and texts differ from the Def.defTo* casts used for other def
values (a boxed target takes only its own class; "Cannot cast java.lang.Double to
java.lang.Integer"). A def receiver's call also boxes a numeric argument for a boxed parameter
through Def's defTo<Box>Implicit.

- `ES_CASES`: the scripts of DefOptimizationTests with the values it asserts (its bytecode
  assertions are not observable here; the operator cells assert the value their call-site
  signature implies: `double d = x * y` is a double).
- `AS_TYPE`: MethodHandle.asType(Object -> target) applied to one value of each kind, printed by
  a small Java program (MethodHandles.identity(Object.class).asType(...).invoke(value)) on
  OpenJDK 17 and Temurin 25, which agree.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_condition, run_script, script_error

INT, DBL, BOOL = "java.lang.Integer", "java.lang.Double", "java.lang.Boolean"
CCE = "java.lang.ClassCastException"

ES_CASES: list[tuple[str, tuple[str, str]]] = [
    # (script with the ES test's `return x` written as `ctx.r = x`, (class, value))
    ("int x = 0; def y = new int[1]; y[0] = 5; x = y[0]; ctx.r = x;", (INT, "5")),
    ("int x = 1; def y = new int[1]; y[0] = x; ctx.r = y[0];", (INT, "1")),
    ("int x = 0; def y = new ArrayList(); y.add(5); x = y[0]; ctx.r = x;", (INT, "5")),
    ("int x = 1; def y = new ArrayList(); y.add(0); y[0] = x; ctx.r = y[0];", (INT, "1")),
    ("int x = 0; def y = new HashMap(); y.put(0, 5); ctx.r = x = y[0];", (INT, "5")),
    ("int x = 1; def y = new HashMap(); y.put(0, 1); ctx.r = y[0] = x;", (INT, "1")),
    ("int x = 0; def y = new ArrayList(); y.add(5); ctx.r = x = y.0;", (INT, "5")),
    ("int x = 1; def y = new ArrayList(); y.add(0); ctx.r = y.0 = x;", (INT, "1")),
    ("int x = 0; def y = new HashMap(); y.put('0', 5); x = y.0; ctx.r = x;", (INT, "5")),
    ("int x = 1; def y = new HashMap(); y.put('0', 1); y.0 = x; ctx.r = y.0;", (INT, "1")),
    ("int x; def y = new HashMap(); y['int'] = 1; x = y.get('int'); ctx.r = x;", (INT, "1")),
    ("int x; def y = new HashMap(); y['int'] = 1; ctx.r = x = y.get('int');", (INT, "1")),
    ("double x = 0; def y = new double[1]; y[0] = 5.0; x = y[0]; ctx.r = x;", (DBL, "5.0")),
    ("double x = 1; def y = new double[1]; y[0] = x; ctx.r = y[0];", (DBL, "1.0")),
    ("double x = 0.0; def y = new ArrayList(); y.add(5.0); x = y[0]; ctx.r = x;", (DBL, "5.0")),
    ("double x = 1.0; def y = new ArrayList(); y.add(0.0); y[0] = x; ctx.r = y[0];", (DBL, "1.0")),
    ("double x = 0.0; def y = new HashMap(); y.put(0, 5.0); ctx.r = x = y[0];", (DBL, "5.0")),
    ("double x = 1.0; def y = new HashMap(); y.put(0, 2.0); ctx.r = y[0] = x;", (DBL, "1.0")),
    ("double x = 0; def y = new ArrayList(); y.add(5.0); ctx.r = x = y.0;", (DBL, "5.0")),
    ("double x = 1.0; def y = new ArrayList(); y.add(0); ctx.r = y.0 = x;", (DBL, "1.0")),
    ("double x = 0; def y = new HashMap(); y.put('0', 5.0); x = y.0; ctx.r = x;", (DBL, "5.0")),
    ("double x = 1.0; def y = new HashMap(); y.put('0', 1.0); y.0 = x; ctx.r = y.0;", (DBL, "1.0")),
    ("double x; def y = new HashMap(); y['double'] = 1.0; x = y.get('double'); ctx.r = x;", (DBL, "1.0")),
    ("double x; def y = new HashMap(); y['double'] = 1.0; ctx.r = x = y.get('double');", (DBL, "1.0")),
    ("boolean x = true; def y = true; ctx.r = x ^ y;", (BOOL, "false")),
    ("def x = true; boolean y = true; ctx.r = x ^ y;", (BOOL, "false")),
    ("def x = true; def y = true; boolean v = x ^ y; ctx.r = v;", (BOOL, "false")),
    ("def x = 1; double y = -x; ctx.r = y;", (DBL, "-1.0")),
    ("def x = 1; double y = ~x; ctx.r = y;", (DBL, "-2.0")),
    ("def x = 1; double y = +x; ctx.r = y;", (DBL, "1.0")),
    (
        "List l = new ArrayList(); l.add(5); l.add(20); l.removeIf(x -> x < 10); ctx.r = l;",
        ("java.util.ArrayList", "[20]"),
    ),
    (
        "List l = new ArrayList(); l.add(1); l.add(2); "
        "ctx.r = l.stream().mapToDouble(Double::valueOf).map(x -> x + 1).sum();",
        (DBL, "5.0"),
    ),
]
# int x = 1, y = 2 through each operator with a def operand on either side (an Integer result) or
# both (assigned to a double)
_OPS = {"*": 2, "/": 0, "%": 1, "+": 3, "-": -1, "<<": 4, ">>": 0, ">>>": 0, "&": 0, "|": 3, "^": 3}
for _op, _v in _OPS.items():
    ES_CASES.append((f"int x = 1; def y = 2; ctx.r = x {_op} y;", (INT, str(_v))))
    ES_CASES.append((f"def x = 1; int y = 2; ctx.r = x {_op} y;", (INT, str(_v))))
    ES_CASES.append((f"def x = 1; def y = 2; double d = x {_op} y; ctx.r = d;", (DBL, f"{float(_v)}")))
for _op, _b in {"<": True, "<=": True, "==": False, "!=": True, ">=": False, ">": False}.items():
    ES_CASES.append((f"int x = 1; def y = 2; ctx.r = x {_op} y;", (BOOL, str(_b).lower())))
    ES_CASES.append((f"def x = 1; int y = 2; ctx.r = x {_op} y;", (BOOL, str(_b).lower())))


@pytest.mark.parametrize(("source", "expected"), ES_CASES)
def test_def_optimization_values(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


def test_illegal_cast_is_the_call_sites_as_type() -> None:
    # DefOptimizationTests.testIllegalCast: the message contains the JDK's asType text
    cause = script_error("int x;\ndef y = new HashMap();\ny['double'] = 1.0;\nx = y.get('double');\n").cause
    assert (cause.java_class, cause.reason) == (CCE, "Cannot cast java.lang.Double to java.lang.Integer")


# Painless expression of one value of each Java class of the table
VALUES = {
    "Byte": "(byte)1",
    "Short": "(short)1",
    "Character": "(char)1",
    "Integer": "1",
    "Long": "1L",
    "Float": "1f",
    "Double": "1.0",
    "Boolean": "true",
    "String": "'s'",
    "ArrayList": "new ArrayList()",
    "null": "null",
}
NPE_TAIL = (
    ' because the return value of "sun.invoke.util.ValueConversions.primitiveConversion('
    'sun.invoke.util.Wrapper, Object, boolean)" is null'
)
# (target type, value class) -> (class, String.valueOf) of the converted value, None for null, or
# (exception class, message)
AS_TYPE: dict[tuple[str, str], Any] = {
    ("byte", "Byte"): ("java.lang.Byte", "1"),
    ("byte", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Byte"),
    ("byte", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Byte",
    ),
    ("byte", "Integer"): ("java.lang.ClassCastException", "Cannot cast java.lang.Integer to java.lang.Byte"),
    ("byte", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Byte"),
    ("byte", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Byte"),
    ("byte", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Byte"),
    ("byte", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.lang.Byte"),
    ("byte", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("byte", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("byte", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.byteValue()"' + NPE_TAIL,
    ),
    ("short", "Byte"): ("java.lang.Short", "1"),
    ("short", "Short"): ("java.lang.Short", "1"),
    ("short", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Short",
    ),
    ("short", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Short",
    ),
    ("short", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Short"),
    ("short", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Short"),
    ("short", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Short"),
    ("short", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Short",
    ),
    ("short", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("short", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("short", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.shortValue()"' + NPE_TAIL,
    ),
    ("char", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Character"),
    ("char", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Character"),
    ("char", "Character"): ("java.lang.Character", "\u0001"),
    ("char", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Character",
    ),
    ("char", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Character"),
    ("char", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Character"),
    ("char", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.Character",
    ),
    ("char", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Character",
    ),
    ("char", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("char", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("char", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.intValue()"' + NPE_TAIL,
    ),
    ("int", "Byte"): ("java.lang.Integer", "1"),
    ("int", "Short"): ("java.lang.Integer", "1"),
    ("int", "Character"): ("java.lang.Integer", "1"),
    ("int", "Integer"): ("java.lang.Integer", "1"),
    ("int", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Integer"),
    ("int", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Integer"),
    ("int", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Integer"),
    ("int", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Integer",
    ),
    ("int", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("int", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("int", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.intValue()"' + NPE_TAIL,
    ),
    ("long", "Byte"): ("java.lang.Long", "1"),
    ("long", "Short"): ("java.lang.Long", "1"),
    ("long", "Character"): ("java.lang.Long", "1"),
    ("long", "Integer"): ("java.lang.Long", "1"),
    ("long", "Long"): ("java.lang.Long", "1"),
    ("long", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Long"),
    ("long", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Long"),
    ("long", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.lang.Long"),
    ("long", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("long", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("long", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.longValue()"' + NPE_TAIL,
    ),
    ("float", "Byte"): ("java.lang.Float", "1.0"),
    ("float", "Short"): ("java.lang.Float", "1.0"),
    ("float", "Character"): ("java.lang.Float", "1.0"),
    ("float", "Integer"): ("java.lang.Float", "1.0"),
    ("float", "Long"): ("java.lang.Float", "1.0"),
    ("float", "Float"): ("java.lang.Float", "1.0"),
    ("float", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Float"),
    ("float", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Float",
    ),
    ("float", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("float", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("float", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.floatValue()"' + NPE_TAIL,
    ),
    ("double", "Byte"): ("java.lang.Double", "1.0"),
    ("double", "Short"): ("java.lang.Double", "1.0"),
    ("double", "Character"): ("java.lang.Double", "1.0"),
    ("double", "Integer"): ("java.lang.Double", "1.0"),
    ("double", "Long"): ("java.lang.Double", "1.0"),
    ("double", "Float"): ("java.lang.Double", "1.0"),
    ("double", "Double"): ("java.lang.Double", "1.0"),
    ("double", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Double",
    ),
    ("double", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("double", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("double", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.doubleValue()"' + NPE_TAIL,
    ),
    ("boolean", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Boolean"),
    ("boolean", "Short"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Short to java.lang.Boolean",
    ),
    ("boolean", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Boolean",
    ),
    ("boolean", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Boolean",
    ),
    ("boolean", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Boolean"),
    ("boolean", "Float"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Float to java.lang.Boolean",
    ),
    ("boolean", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.Boolean",
    ),
    ("boolean", "Boolean"): ("java.lang.Boolean", "true"),
    ("boolean", "String"): (
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("boolean", "ArrayList"): (
        "java.lang.ClassCastException",
        "class java.util.ArrayList cannot be cast to class java.lang.Number (java.util.ArrayList and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    ("boolean", "null"): (
        "java.lang.NullPointerException",
        'Cannot invoke "java.lang.Number.intValue()"' + NPE_TAIL,
    ),
    ("Byte", "Byte"): ("java.lang.Byte", "1"),
    ("Byte", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Byte"),
    ("Byte", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Byte",
    ),
    ("Byte", "Integer"): ("java.lang.ClassCastException", "Cannot cast java.lang.Integer to java.lang.Byte"),
    ("Byte", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Byte"),
    ("Byte", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Byte"),
    ("Byte", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Byte"),
    ("Byte", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.lang.Byte"),
    ("Byte", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.lang.Byte"),
    ("Byte", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Byte",
    ),
    ("Byte", "null"): None,
    ("Short", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Short"),
    ("Short", "Short"): ("java.lang.Short", "1"),
    ("Short", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Short",
    ),
    ("Short", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Short",
    ),
    ("Short", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Short"),
    ("Short", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Short"),
    ("Short", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Short"),
    ("Short", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Short",
    ),
    ("Short", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.lang.Short"),
    ("Short", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Short",
    ),
    ("Short", "null"): None,
    ("Character", "Byte"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Byte to java.lang.Character",
    ),
    ("Character", "Short"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Short to java.lang.Character",
    ),
    ("Character", "Character"): ("java.lang.Character", "\u0001"),
    ("Character", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Character",
    ),
    ("Character", "Long"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Long to java.lang.Character",
    ),
    ("Character", "Float"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Float to java.lang.Character",
    ),
    ("Character", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.Character",
    ),
    ("Character", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Character",
    ),
    ("Character", "String"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.String to java.lang.Character",
    ),
    ("Character", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Character",
    ),
    ("Character", "null"): None,
    ("Integer", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Integer"),
    ("Integer", "Short"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Short to java.lang.Integer",
    ),
    ("Integer", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Integer",
    ),
    ("Integer", "Integer"): ("java.lang.Integer", "1"),
    ("Integer", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Integer"),
    ("Integer", "Float"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Float to java.lang.Integer",
    ),
    ("Integer", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.Integer",
    ),
    ("Integer", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Integer",
    ),
    ("Integer", "String"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.String to java.lang.Integer",
    ),
    ("Integer", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Integer",
    ),
    ("Integer", "null"): None,
    ("Long", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Long"),
    ("Long", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Long"),
    ("Long", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Long",
    ),
    ("Long", "Integer"): ("java.lang.ClassCastException", "Cannot cast java.lang.Integer to java.lang.Long"),
    ("Long", "Long"): ("java.lang.Long", "1"),
    ("Long", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Long"),
    ("Long", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Long"),
    ("Long", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.lang.Long"),
    ("Long", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.lang.Long"),
    ("Long", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Long",
    ),
    ("Long", "null"): None,
    ("Float", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Float"),
    ("Float", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Float"),
    ("Float", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Float",
    ),
    ("Float", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Float",
    ),
    ("Float", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Float"),
    ("Float", "Float"): ("java.lang.Float", "1.0"),
    ("Float", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.lang.Float"),
    ("Float", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Float",
    ),
    ("Float", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.lang.Float"),
    ("Float", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Float",
    ),
    ("Float", "null"): None,
    ("Double", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Double"),
    ("Double", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.Double"),
    ("Double", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Double",
    ),
    ("Double", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Double",
    ),
    ("Double", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Double"),
    ("Double", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.Double"),
    ("Double", "Double"): ("java.lang.Double", "1.0"),
    ("Double", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Double",
    ),
    ("Double", "String"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.String to java.lang.Double",
    ),
    ("Double", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Double",
    ),
    ("Double", "null"): None,
    ("Boolean", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.Boolean"),
    ("Boolean", "Short"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Short to java.lang.Boolean",
    ),
    ("Boolean", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Boolean",
    ),
    ("Boolean", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.Boolean",
    ),
    ("Boolean", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.Boolean"),
    ("Boolean", "Float"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Float to java.lang.Boolean",
    ),
    ("Boolean", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.Boolean",
    ),
    ("Boolean", "Boolean"): ("java.lang.Boolean", "true"),
    ("Boolean", "String"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.String to java.lang.Boolean",
    ),
    ("Boolean", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Boolean",
    ),
    ("Boolean", "null"): None,
    ("String", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.lang.String"),
    ("String", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.lang.String"),
    ("String", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.String",
    ),
    ("String", "Integer"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Integer to java.lang.String",
    ),
    ("String", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.lang.String"),
    ("String", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.lang.String"),
    ("String", "Double"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Double to java.lang.String",
    ),
    ("String", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.String",
    ),
    ("String", "String"): ("java.lang.String", "s"),
    ("String", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.String",
    ),
    ("String", "null"): None,
    ("List", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.util.List"),
    ("List", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.util.List"),
    ("List", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.util.List",
    ),
    ("List", "Integer"): ("java.lang.ClassCastException", "Cannot cast java.lang.Integer to java.util.List"),
    ("List", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.util.List"),
    ("List", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.util.List"),
    ("List", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.util.List"),
    ("List", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.util.List"),
    ("List", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.util.List"),
    ("List", "ArrayList"): ("java.util.ArrayList", "[]"),
    ("List", "null"): None,
    ("Map", "Byte"): ("java.lang.ClassCastException", "Cannot cast java.lang.Byte to java.util.Map"),
    ("Map", "Short"): ("java.lang.ClassCastException", "Cannot cast java.lang.Short to java.util.Map"),
    ("Map", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.util.Map",
    ),
    ("Map", "Integer"): ("java.lang.ClassCastException", "Cannot cast java.lang.Integer to java.util.Map"),
    ("Map", "Long"): ("java.lang.ClassCastException", "Cannot cast java.lang.Long to java.util.Map"),
    ("Map", "Float"): ("java.lang.ClassCastException", "Cannot cast java.lang.Float to java.util.Map"),
    ("Map", "Double"): ("java.lang.ClassCastException", "Cannot cast java.lang.Double to java.util.Map"),
    ("Map", "Boolean"): ("java.lang.ClassCastException", "Cannot cast java.lang.Boolean to java.util.Map"),
    ("Map", "String"): ("java.lang.ClassCastException", "Cannot cast java.lang.String to java.util.Map"),
    ("Map", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.util.Map",
    ),
    ("Map", "null"): None,
    ("Number", "Byte"): ("java.lang.Byte", "1"),
    ("Number", "Short"): ("java.lang.Short", "1"),
    ("Number", "Character"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Character to java.lang.Number",
    ),
    ("Number", "Integer"): ("java.lang.Integer", "1"),
    ("Number", "Long"): ("java.lang.Long", "1"),
    ("Number", "Float"): ("java.lang.Float", "1.0"),
    ("Number", "Double"): ("java.lang.Double", "1.0"),
    ("Number", "Boolean"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.Boolean to java.lang.Number",
    ),
    ("Number", "String"): (
        "java.lang.ClassCastException",
        "Cannot cast java.lang.String to java.lang.Number",
    ),
    ("Number", "ArrayList"): (
        "java.lang.ClassCastException",
        "Cannot cast java.util.ArrayList to java.lang.Number",
    ),
    ("Number", "null"): None,
}
READS = {
    "field": "m.v",
    "brace": "m['v']",
    "call": "m.get('v')",
}


@pytest.mark.parametrize(
    ("target", "value", "read"),
    [pytest.param(t, v, r, id=f"{t}-from-{v}-{r}") for (t, v) in AS_TYPE for r in READS],
)
def test_def_optimized_read_converts_like_as_type(target: str, value: str, read: str) -> None:
    source = f"def m = ['v': {VALUES[value]}]; {target} x = {READS[read]}; ctx.r = x;"
    expected = AS_TYPE[(target, value)]
    if expected is None:
        assert run_script(source)["r"] is None
    elif expected[0].endswith("Exception"):
        cause = script_error(source).cause
        assert (cause.java_class, cause.reason) == expected
    else:
        assert java(run_script(source)["r"]) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a method argument and an explicit `return` give the read their type too
        (
            "def m = ['v': 1]; ctx.r = Integer.parseInt(m.v);",
            (CCE, "Cannot cast java.lang.Integer to java.lang.String"),
        ),
        (
            "def m = ['v': 2L]; ctx.r = Math.abs((int) 0) + Integer.bitCount(m.v);",
            (CCE, "Cannot cast java.lang.Long to java.lang.Integer"),
        ),
        (
            "int f(def m) { return m.v } ctx.r = f(['v': 2.5]);",
            (CCE, "Cannot cast java.lang.Double to java.lang.Integer"),
        ),
        (
            "def m = ['v': 's']; if (m.v) { ctx.r = 1 }",
            (
                CCE,
                "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
            ),
        ),
        (
            "def m = ['v': 's']; ctx.r = !m.v;",
            (
                CCE,
                "class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
            ),
        ),
        # not def-optimized: a typed Map's shortcut, an explicit cast, a `?.` read (Def.defTo* casts)
        ("Map m = ['v': 1]; Long x = m.v; ctx.r = x;", ("java.lang.Long", "1")),
        ("def m = ['v': 1]; Long x = (Long) m.v; ctx.r = x;", ("java.lang.Long", "1")),
        ("def m = ['v': 1]; Long x = m?.v; ctx.r = x;", ("java.lang.Long", "1")),
        ("Map m = ['v': 1.5]; int x = m.v;", (CCE, "cannot implicitly cast def [double] to int")),
    ],
)
def test_def_optimization_contexts(source: str, expected: tuple[str, str]) -> None:
    if expected[0].endswith("Exception"):
        cause = script_error(source).cause
        assert (cause.java_class, cause.reason) == expected
    else:
        assert java(run_script(source)["r"]) == expected


def test_implicit_return_is_a_def_cast() -> None:
    # SExpression gives the last statement its target type after analysing it: Def.defToboolean
    cause = script_error("ctx.a.b", {"a": {"b": "yes"}}, condition=True).cause
    assert (cause.java_class, cause.reason) == (CCE, "cannot cast def [java.lang.String] to boolean")
    # an explicit return is def-optimized
    cause = script_error("return ctx.a.b", {"a": {"b": "yes"}}, condition=True).cause
    assert cause.reason.startswith("class java.lang.String cannot be cast to class java.lang.Number")
    assert run_condition("return ctx.a.b", {"a": {"b": True}}) is True
