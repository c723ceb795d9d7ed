"""Method lookup by static versus runtime type, the rule Elasticsearch's DynamicTypeTests exercise.

DynamicTypeTests itself runs on test-only classes (DynamicTypeTests.DynA..DynG, allowlisted with
@dynamic_type in a test allowlist) that no ingest script can name, so its cells are not portable.
The rule they check is: a call on a value of a static (non-def) type is resolved at compile time
against that type ("member method [<type>, <name>/<arity>] not found" when the type lacks it, even
if the runtime class has it); a call on `def` is resolved on the runtime class ("dynamic method
[<class>, <name>/<arity>] not found" when it lacks it). These rows apply it to allowlisted
classes; the message formats are those of DefaultSemanticAnalysisPhase.visitCall and
Def.lookupMethod.
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

IAE = "java.lang.IllegalArgumentException"


def _member(owner: str, name: str) -> tuple[str, str]:
    return IAE, f"member method [{owner}, {name}] not found"


def _dynamic(owner: str, name: str) -> tuple[str, str]:
    return IAE, f"dynamic method [{owner}, {name}] not found"


CASES = [
    # static type without the method: a compile error, whatever the runtime class offers
    ("Collection c = new ArrayList(); c.add(1); ctx.r = c.get(0);", _member("java.util.Collection", "get/1")),
    ("Iterable c = new ArrayList(); ctx.r = c.size();", _member("java.lang.Iterable", "size/0")),
    ("Object o = new ArrayList(); ctx.r = o.size();", _member("java.lang.Object", "size/0")),
    ("Map m = new TreeMap(); ctx.r = m.firstKey();", _member("java.util.Map", "firstKey/0")),
    ("Number n = 5; ctx.r = n.compareTo(3);", _member("java.lang.Number", "compareTo/1")),
    ("Comparable c = 'abc'; ctx.r = c.length();", _member("java.lang.Comparable", "length/0")),
    ("CharSequence s = 'abc'; ctx.r = s.toUpperCase();", _member("java.lang.CharSequence", "toUpperCase/0")),
    ("Object o = 'abc'; ctx.r = o.toUpperCase();", _member("java.lang.Object", "toUpperCase/0")),
    ("Collection c = new ArrayDeque(); ctx.r = c.peek();", _member("java.util.Collection", "peek/0")),
    # static type with the method: the runtime class's implementation runs
    ("List c = new ArrayList(); c.add(1); ctx.r = c.get(0);", ("java.lang.Integer", "1")),
    ("Comparable c = 'abc'; ctx.r = c.compareTo('abd');", ("java.lang.Integer", "-1")),
    ("CharSequence s = 'abc'; ctx.r = s.length();", ("java.lang.Integer", "3")),
    # def: the runtime class decides
    ("def c = new ArrayList(); c.add(1); ctx.r = c.get(0);", ("java.lang.Integer", "1")),
    ("def m = new TreeMap(); m.a = 1; ctx.r = m.firstKey();", ("java.lang.String", "a")),
    ("def n = 5; ctx.r = n.compareTo(3);", ("java.lang.Integer", "1")),
    ("def s = 'abc'; ctx.r = s.toUpperCase();", ("java.lang.String", "ABC")),
    ("def o = new HashSet(); ctx.r = o.get(0);", _dynamic("java.util.HashSet", "get/1")),
    ("def m = new HashMap(); ctx.r = m.firstKey();", _dynamic("java.util.HashMap", "firstKey/0")),
    ("def s = 'abc'; ctx.r = s.foo();", _dynamic("java.lang.String", "foo/0")),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_method_lookup_by_static_or_runtime_type(source: str, expected: tuple[str, str]) -> None:
    if expected[0] == IAE:
        cause = script_error(source).cause
        assert (cause.java_class, cause.reason) == expected
    else:
        assert java(run_script(source)["r"]) == expected
