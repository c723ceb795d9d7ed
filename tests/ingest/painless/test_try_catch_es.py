"""throw / try / catch, as Elasticsearch's TryCatchTests assert, and the exception classes the
Painless allowlists (java.lang.txt, java.util.txt, java.time.zone.txt) let a script name.

A catch clause matches by Java's class hierarchy: ArrayIndexOutOfBoundsException and
StringIndexOutOfBoundsException are IndexOutOfBoundsExceptions, ZoneRulesException is a
DateTimeException, a checked exception (CloneNotSupportedException, ReflectiveOperationException
and its subclasses) is no RuntimeException, and an Error such as StackOverflowError is no
Exception at all, so no catch clause takes it.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import INT, S

MULTI = (
    "catch (NumberFormatException nfe) {return 1;} "
    "catch (ArrayIndexOutOfBoundsException aioobe) {return 2;} "
    "catch (Exception e) {return 3;}"
)
THROW_IF = "String p = '{p}'; try {{ if (p == 'true') throw new RuntimeException('test'); }} "

VALUES = [
    # testCatch / testCatchSuperclass (the param is a local here: params is not visible in a function)
    (
        "catch_exact",
        THROW_IF.format(p="true") + "catch (RuntimeException e) { return 1; } return 2;",
        (INT, "1"),
    ),
    (
        "catch_superclass",
        THROW_IF.format(p="true") + "catch (Exception e) { return 1; } return 2;",
        (INT, "1"),
    ),
    ("no_throw", THROW_IF.format(p="false") + "catch (Exception e) { return 1; } return 2;", (INT, "2")),
    # testNoCatchBlock
    (
        "empty_catch",
        "try { return Integer.parseInt('f') } catch (NumberFormatException nfe) {} return 0;",
        (INT, "0"),
    ),
    (
        "empty_catches",
        "try { return Integer.parseInt('f') } catch (NumberFormatException nfe) {} catch (Exception e) {} return 0;",
        (INT, "0"),
    ),
    (
        "second_empty_catch",
        "try { throw new IllegalArgumentException('test') } catch (NumberFormatException nfe) {} "
        "catch (Exception e) {} return 0;",
        (INT, "0"),
    ),
    (
        "three_empty_catches",
        "try { throw new IllegalArgumentException('test') } catch (NumberFormatException nfe) {} "
        "catch (IllegalArgumentException iae) {} catch (Exception e) {} return 0;",
        (INT, "0"),
    ),
    # testMultiCatch
    ("multi_nfe", "try { return Integer.parseInt('f') } " + MULTI, (INT, "1")),
    ("multi_aioobe", "try { return new int[] {}[0] } " + MULTI, (INT, "2")),
    ("multi_other", "try { throw new IllegalArgumentException('test'); } " + MULTI, (INT, "3")),
    # the class hierarchy behind catch clauses (JDK)
    (
        "aioobe_is_ioobe",
        "try { throw new ArrayIndexOutOfBoundsException('x') } catch (IndexOutOfBoundsException e) { return e.getMessage() }",
        (S, "x"),
    ),
    (
        "sioobe_from_substring",
        "try { 'abc'.substring(5) } catch (StringIndexOutOfBoundsException e) { return e.getMessage() }",
        (S, "begin 5, end 3, length 3"),
    ),
    (
        "list_get_is_not_aioobe",
        "try { [1].get(3) } catch (ArrayIndexOutOfBoundsException e) { return 1 } catch (IndexOutOfBoundsException e) { return 2 }",
        (INT, "2"),
    ),
    (
        "zone_rules",
        "try { ZoneId.of('Bad/Zone') } catch (ZoneRulesException e) { return e.getMessage() }",
        (S, "Unknown time-zone ID: Bad/Zone"),
    ),
    (
        "input_mismatch_is_no_such_element",
        "try { throw new InputMismatchException('m') } catch (NoSuchElementException e) { return e.getMessage() }",
        (S, "m"),
    ),
    (
        "checked_is_not_runtime",
        "try { throw new CloneNotSupportedException('c') } catch (RuntimeException e) { return 1 } catch (Exception e) { return 2 }",
        (INT, "2"),
    ),
    (
        "reflective_operation",
        "try { throw new ClassNotFoundException('m') } catch (RuntimeException e) { return 1 } "
        "catch (ReflectiveOperationException e) { return 2 }",
        (INT, "2"),
    ),
    (
        "arithmetic_is_runtime",
        "try { return 1/0 } catch (RuntimeException e) { return e.getMessage() }",
        (S, "/ by zero"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [pytest.param(*r[1:], id=r[0]) for r in VALUES])
def test_try_catch(body: str, expected: tuple[str, str]) -> None:
    assert exec_value(body) == expected


@pytest.mark.parametrize(
    ("body", "error"),
    [
        # testThrow / testNoCatch
        ("throw new RuntimeException('test')", ("runtime_exception", "test")),
        (
            THROW_IF.format(p="true") + "catch (ArithmeticException e) { return 1; } return 2;",
            ("runtime_exception", "test"),
        ),
        ("throw new ArrayIndexOutOfBoundsException('x')", ("array_index_out_of_bounds_exception", "x")),
        ("throw new NoSuchElementException('x')", ("no_such_element_exception", "x")),
        ("throw new EmptyStackException()", ("empty_stack_exception", None)),
    ],
)
def test_uncaught(body: str, error: tuple[str, str | None]) -> None:
    assert exec_error(body) == error


def test_stack_overflow_is_not_an_exception() -> None:
    assert exec_error(
        "try { return g(1) } catch (Exception e) { return 1 }", "int g(int x) { return g(x) + 1 }"
    ) == (
        "stack_overflow_error",
        None,
    )
