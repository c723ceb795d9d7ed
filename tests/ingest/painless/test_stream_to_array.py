"""Stream.toArray(IntFunction) with generators that do not make an Object[] of the right size,
and Collection.toArray given an array constructor reference.

Painless allowlists Collection.toArray(def[]) only, so `list.toArray(int[]::new)` passes a
reference where an array is expected: FunctionRef's compile error. Stream.toArray(IntFunction)
runs the JDK's code, which was run on Temurin 25 with the same generators (`n -> new int[n]` cast
to a raw IntFunction, ...); its answers are frozen here. A SIZED pipeline (from a list, then map,
sorted, peek) calls the generator first and stores element by element (FixedNodeBuilder: `Begin
size`, ArrayStoreException naming the element's class); one whose size is unknown (filter,
distinct, flatMap) buffers the elements, then copies them with System.arraycopy (`does not fit`,
arraycopy's element type mismatch). A primitive array fails the cast to Object[] in both.
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome

CCE = "class_cast_exception"
ASE = "array_store_exception"
NPE = "null_pointer_exception"
INT_ARRAY_CCE = (
    CCE,
    "class [I cannot be cast to class [Ljava.lang.Object; ([I and [Ljava.lang.Object; are in module "
    "java.base of loader 'bootstrap')",
)
SIZED_STORE = (ASE, "java.lang.Integer")
COPY_STORE = (
    ASE,
    "arraycopy: element type mismatch: can not cast one of the elements of java.lang.Object[] to the "
    "type of the destination array, java.lang.String",
)

CASES = [
    ("int_array_sized", "return [1, 2].stream().toArray(int[]::new);", INT_ARRAY_CCE),
    ("int_array_sized_empty", "return [].stream().toArray(int[]::new);", INT_ARRAY_CCE),
    ("int_array_unsized", "return [1, 2].stream().filter(x -> true).toArray(int[]::new);", INT_ARRAY_CCE),
    (
        "int_array_unsized_empty",
        "return [1, 2].stream().filter(x -> false).toArray(int[]::new);",
        INT_ARRAY_CCE,
    ),
    ("int_array_map", "return [1, 2].stream().map(x -> x).toArray(int[]::new);", INT_ARRAY_CCE),
    ("int_array_sorted", "return [1, 2].stream().sorted().toArray(int[]::new);", INT_ARRAY_CCE),
    ("int_array_distinct", "return [1, 2].stream().distinct().toArray(int[]::new);", INT_ARRAY_CCE),
    ("int_array_lambda", "return [1, 2].stream().toArray(n -> new int[n]);", INT_ARRAY_CCE),
    (
        "long_array_sized",
        "return [1, 2].stream().toArray(long[]::new);",
        (
            CCE,
            "class [J cannot be cast to class [Ljava.lang.Object; ([J and [Ljava.lang.Object; are in "
            "module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "not_an_array",
        "return [1, 2].stream().toArray(n -> 'x');",
        (
            CCE,
            "class java.lang.String cannot be cast to class [Ljava.lang.Object; (java.lang.String and "
            "[Ljava.lang.Object; are in module java.base of loader 'bootstrap')",
        ),
    ),
    ("string_array_sized", "return [1, 2].stream().toArray(String[]::new);", SIZED_STORE),
    ("string_array_mixed_sized", "return ['a', 1, 'b'].stream().toArray(String[]::new);", SIZED_STORE),
    ("string_array_sorted", "return [1, 2].stream().sorted().toArray(String[]::new);", SIZED_STORE),
    ("string_array_map", "return [1, 2].stream().map(x -> x).toArray(String[]::new);", SIZED_STORE),
    ("string_array_peek", "return [1, 2].stream().peek(x -> {}).toArray(String[]::new);", SIZED_STORE),
    (
        "string_array_unsized",
        "return ['a', 1, 'b'].stream().filter(x -> true).toArray(String[]::new);",
        COPY_STORE,
    ),
    ("string_array_distinct", "return [1, 2].stream().distinct().toArray(String[]::new);", COPY_STORE),
    (
        "string_array_flat_map",
        "return [1, 2].stream().flatMap(x -> [x].stream()).toArray(String[]::new);",
        COPY_STORE,
    ),
    ("string_array_empty", "return [].stream().toArray(String[]::new).length;", ("ok", "0")),
    (
        "number_array",
        "def a = [1, 2].stream().toArray(Number[]::new); return a.length + ' ' + a[1];",
        ("ok", "2 2"),
    ),
    (
        "null_sized",
        "return [1, 2].stream().toArray(n -> null);",
        (NPE, 'Cannot read the array length because "this.array" is null'),
    ),
    (
        "null_sized_empty",
        "return [].stream().toArray(n -> null);",
        (NPE, 'Cannot read the array length because "this.array" is null'),
    ),
    (
        "null_unsized",
        "return [1, 2].stream().filter(x -> true).toArray(n -> null);",
        (NPE, 'Cannot read the array length because "array" is null'),
    ),
    (
        "null_unsized_empty",
        "return [1].stream().filter(x -> false).toArray(n -> null);",
        (NPE, 'Cannot read the array length because "array" is null'),
    ),
    (
        "bigger_sized",
        "return [1, 2].stream().toArray(n -> new Object[n + 1]);",
        ("illegal_state_exception", "Begin size 2 is not equal to fixed size 3"),
    ),
    (
        "smaller_sized",
        "return [1, 2].stream().toArray(n -> new Object[0]);",
        ("illegal_state_exception", "Begin size 2 is not equal to fixed size 0"),
    ),
    (
        "bigger_unsized",
        "Object[] a = [1, 2].stream().filter(x -> true).toArray(n -> new Object[n + 1]); return a.length + ' ' + a[2];",
        ("ok", "3 null"),
    ),
    (
        "smaller_unsized",
        "return [1, 2].stream().filter(x -> true).toArray(n -> new Object[0]);",
        ("index_out_of_bounds_exception", "does not fit"),
    ),
    # Collection has only toArray(def[]): a reference is no array (FunctionRef, compile time)
    (
        "collection_to_array_reference",
        "List l = [1, 2]; return l.toArray(int[]::new);",
        (
            "illegal_argument_exception",
            "cannot convert function reference [this::newarray$synthetic$0] to a non-functional interface [def[]]",
        ),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_to_array(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
