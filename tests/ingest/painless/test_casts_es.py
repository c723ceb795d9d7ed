"""Casts from `def` and `def` indexing, as Elasticsearch's Painless performs them.

- The def-cast matrix follows what ES's DefCastTests assert: an implicit cast from def to a
  primitive or its box succeeds only for a value that widens to it (boolean only from a boolean),
  an explicit one for any number (and a one-character String to char); everything else is a
  ClassCastException.
- Indexing a def list or array: ES links `normalizeIndex` through an invokedynamic call site typed
  `(Object, T)T` by the index's static type T, so `MethodHandle.asType` decides. The texts below
  were produced by the JDK (OpenJDK 17 and Temurin 25 agree) applying asType to a static
  `(List,int)int` / `(Object[],int)int` handle, as Def.lookupIndexNormalize returns, for each T.
- def to any other reference type is a JVM checkcast (MethodWriter.writeCast), with the JDK's text.
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

# (source expression, what it is): numeric kinds by their primitive, or "boolean", "string", "char1"
SOURCES = [
    ("'string'", "string"),
    ("'s'", "char1"),
    ("false", "boolean"),
    ("(byte)0", "byte"),
    ("(short)0", "short"),
    ("(char)0", "char"),
    ("0", "int"),
    ("(long)0", "long"),
    ("(float)0", "float"),
    ("(double)0", "double"),
    ("Boolean.valueOf(false)", "boolean"),
    ("Byte.valueOf(0)", "byte"),
    ("Short.valueOf(0)", "short"),
    ("Character.valueOf(0)", "char"),
    ("Integer.valueOf(0)", "int"),
    ("Long.valueOf(0)", "long"),
    ("Float.valueOf(0)", "float"),
    ("Double.valueOf(0)", "double"),
    ("new ArrayList()", "list"),
]

WIDENS_TO = {
    "byte": {"byte"},
    "short": {"byte", "short"},
    "char": {"char"},
    "int": {"byte", "short", "char", "int"},
    "long": {"byte", "short", "char", "int", "long"},
    "float": {"byte", "short", "char", "int", "long", "float"},
    "double": {"byte", "short", "char", "int", "long", "float", "double"},
}
NUMERIC = {"byte", "short", "char", "int", "long", "float", "double"}
TARGETS = {  # declared type -> (primitive, Java class of the stored result)
    "boolean": ("boolean", "java.lang.Boolean"),
    "byte": ("byte", "java.lang.Byte"),
    "short": ("short", "java.lang.Short"),
    "char": ("char", "java.lang.Character"),
    "int": ("int", "java.lang.Integer"),
    "long": ("long", "java.lang.Long"),
    "float": ("float", "java.lang.Float"),
    "double": ("double", "java.lang.Double"),
    "Boolean": ("boolean", "java.lang.Boolean"),
    "Byte": ("byte", "java.lang.Byte"),
    "Short": ("short", "java.lang.Short"),
    "Character": ("char", "java.lang.Character"),
    "Integer": ("int", "java.lang.Integer"),
    "Long": ("long", "java.lang.Long"),
    "Float": ("float", "java.lang.Float"),
    "Double": ("double", "java.lang.Double"),
}
_ZERO = {
    "byte": "0",
    "short": "0",
    "char": "\x00",
    "int": "0",
    "long": "0",
    "float": "0.0",
    "double": "0.0",
}


def _expected(kind: str, prim: str, explicit: bool) -> str | None:
    """String.valueOf of the cast result, None when ES throws ClassCastException."""
    if prim == "boolean":
        return "false" if kind == "boolean" else None
    if kind == "char1":
        return "s" if explicit and prim == "char" else None
    if kind not in NUMERIC:
        return None
    if explicit or kind in WIDENS_TO[prim]:
        return _ZERO[prim]
    return None


def _cases() -> list[tuple[str, str, str | None, str]]:
    out = []
    for target, (prim, cls) in TARGETS.items():
        for explicit in (False, True):
            for src, kind in SOURCES:
                cast = f"({target})" if explicit else ""
                script = f"def d = {src}; {target} b = {cast}d; ctx.r = b;"
                case_id = f"{target}-{'explicit' if explicit else 'implicit'}-{src}"
                out.append((case_id, script, _expected(kind, prim, explicit), cls))
    return out


CASES = _cases()


@pytest.mark.parametrize(("source", "expected", "cls"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_def_cast(source: str, expected: str | None, cls: str) -> None:
    if expected is None:
        assert script_error(source).to_xcontent()["caused_by"]["type"] == "class_cast_exception"
    else:
        assert java(run_script(source)["r"]) == (cls, expected)


def test_def_to_string() -> None:
    """testdefToStringImplicit / Explicit: a char in def converts to String only explicitly."""
    assert (
        script_error("def d = (char)'s'; String b = d;").to_xcontent()["caused_by"]["type"]
        == "class_cast_exception"
    )
    assert java(run_script("def d = (char)'s'; String b = (String)d; ctx.r = b;")["r"]) == (
        "java.lang.String",
        "s",
    )


# def list / array indexed by a value of another static type (texts from the JDK, see above)
WMTE = "wrong_method_type_exception"
CCE = "class_cast_exception"
INDEX_ERRORS = [
    (
        "list_string",
        "def l = [1, 2]; ctx.r = l['a'];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,String)String",
    ),
    (
        "list_double",
        "def l = [1, 2]; ctx.r = l[1.0];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,double)double",
    ),
    (
        "list_long",
        "def l = [1, 2]; ctx.r = l[1L];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,long)long",
    ),
    (
        "list_byte",
        "def l = [1, 2]; ctx.r = l[(byte)1];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,byte)byte",
    ),
    (
        "list_char",
        "def l = [1, 2]; char c = (char)1; ctx.r = l[c];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,char)char",
    ),
    (
        "list_boxed_long",
        "def l = [1, 2]; ctx.r = l[Long.valueOf(1)];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,Long)Long",
    ),
    (
        "list_store_string",
        "def l = [1, 2]; l['a'] = 5;",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,String)String",
    ),
    (
        "list_compound_string",
        "def l = [1, 2]; l['a'] += 5;",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,String)String",
    ),
    (
        "ctx_list_string",
        "ctx.tags = ['x']; ctx.r = ctx.tags['a'];",
        WMTE,
        "cannot convert MethodHandle(List,int)int to (Object,String)String",
    ),
    (
        "int_array_string",
        "def a = new int[2]; ctx.r = a['a'];",
        WMTE,
        "cannot convert MethodHandle(int[],int)int to (Object,String)String",
    ),
    (
        "string_array_string",
        "def a = new String[2]; ctx.r = a['a'];",
        WMTE,
        "cannot convert MethodHandle(String[],int)int to (Object,String)String",
    ),
    (
        "def_array_long",
        "def a = new def[2]; ctx.r = a[1L];",
        WMTE,
        "cannot convert MethodHandle(Object[],int)int to (Object,long)long",
    ),
    # a def index: asType unboxes at run time and only widens
    (
        "def_index_long",
        "def l = [1, 2]; def i = 1L; ctx.r = l[i];",
        CCE,
        "Cannot cast java.lang.Long to java.lang.Integer",
    ),
    (
        "def_index_float",
        "def l = [1, 2]; def i = 1.0f; ctx.r = l[i];",
        CCE,
        "Cannot cast java.lang.Float to java.lang.Integer",
    ),
    (
        "def_index_boolean",
        "def l = [1, 2]; def i = true; ctx.r = l[i];",
        CCE,
        "Cannot cast java.lang.Boolean to java.lang.Integer",
    ),
    (
        "def_index_string",
        "def l = [1, 2]; def i = 'a'; ctx.r = l[i];",
        CCE,
        "class java.lang.String cannot be cast to class java.lang.Number "
        "(java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')",
    ),
    (
        "def_index_null",
        "def l = [1, 2]; def i = null; ctx.r = l[i];",
        "null_pointer_exception",
        'Cannot invoke "java.lang.Number.intValue()" because the return value of '
        '"sun.invoke.util.ValueConversions.primitiveConversion(sun.invoke.util.Wrapper, Object, boolean)" is null',
    ),
    (
        "not_array_like",
        "def s = 'abc'; ctx.r = s[0];",
        "illegal_argument_exception",
        "Attempting to address a non-array-like type [java.lang.String] as an array.",
    ),
    # def to another reference type: a checkcast
    (
        "def_to_map",
        "def d = new ArrayList(); Map m = d;",
        CCE,
        "class java.util.ArrayList cannot be cast to class java.util.Map "
        "(java.util.ArrayList and java.util.Map are in module java.base of loader 'bootstrap')",
    ),
    (
        "def_to_string_array",
        "def d = new int[1]; String[] s = d;",
        CCE,
        "class [I cannot be cast to class [Ljava.lang.String; "
        "([I and [Ljava.lang.String; are in module java.base of loader 'bootstrap')",
    ),
]


@pytest.mark.parametrize(
    ("source", "kind", "message"), [c[1:] for c in INDEX_ERRORS], ids=[c[0] for c in INDEX_ERRORS]
)
def test_def_index_error(source: str, kind: str, message: str) -> None:
    caused_by = script_error(source).to_xcontent()["caused_by"]
    assert (caused_by["type"], caused_by["reason"]) == (kind, message)


INDEX_VALUES = [
    ("list_int", "def l = [1, 2]; ctx.r = l[1];", ("java.lang.Integer", "2")),
    ("list_negative", "def l = [1, 2]; ctx.r = l[-1];", ("java.lang.Integer", "2")),
    ("list_integer", "def l = [1, 2]; ctx.r = l[Integer.valueOf(1)];", ("java.lang.Integer", "2")),
    ("list_def_byte", "def l = [1, 2]; def i = (byte)1; ctx.r = l[i];", ("java.lang.Integer", "2")),
    ("list_def_char", "def l = [1, 2]; def i = (char)1; ctx.r = l[i];", ("java.lang.Integer", "2")),
    ("map_int_key", "def m = [1: 'x']; ctx.r = m[1];", ("java.lang.String", "x")),
    ("map_long_key", "def m = [1: 'x']; ctx.r = m[1L];", ("null", "null")),
    ("map_string_key", "def m = ['a': 1]; ctx.r = m['a'];", ("java.lang.Integer", "1")),
    (
        "def_array_covariant",
        "def d = new String[] {'a'}; def[] o = d; ctx.r = o[0];",
        ("java.lang.String", "a"),
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in INDEX_VALUES], ids=[c[0] for c in INDEX_VALUES]
)
def test_def_index_value(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected
