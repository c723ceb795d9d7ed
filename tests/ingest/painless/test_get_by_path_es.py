"""`getByPath` on maps and lists, as Elasticsearch's GetByPathAugmentationTests assert, plus the
JDK facts behind its list indexes.

Augmentation.getByPath parses a list index with Integer.parseInt and wraps its
NumberFormatException as the cause of the IllegalArgumentException (the test checks the cause's
class). Integer.parseInt refuses spaces, `_` and values beyond int range and accepts a `+` sign
(OpenJDK 17: `For input string: " 1"`). A null reached before the last element is dereferenced by
handleMissing (`obj.getClass()`), which is a NullPointerException rather than a "Non-container" error.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import S, script_error

K001 = "['k011': 'b']"
MAP_MAP_LIST = "['k0': ['k01': [['k010': 'a'], " + K001 + "]], 'k1': ['q']]"
L2 = "['ll0', 'll1']"
LIST_MAP_LIST_LIST = "[['m0':'v0'],['m1':'v1'],['m2':['l0','l1', " + L2 + "]]]"
MAP_LIST = "['key0': ['a', 'b'], 'key1': ['c', 'd']]"
MAP_MAP = "['a': ['b': 'c']]"
LIST_LIST = "[['a','b'],['c','d']]"


def _call(collection: str, path: str, default: str | None) -> str:
    args = f"'{path}'" if default is None else f"'{path}', {default}"
    return f"return {collection}.getByPath({args})"


VALUES = [
    ("one_level_map", "['k0':'v0']", "k0", None, (S, "v0")),
    ("one_level_list", "['a','b','c','d']", "2", None, (S, "c")),
    ("two_level_map_list", MAP_LIST, "key1.0", None, (S, "c")),
    ("map_diff_size_list", "['k0': ['a','b','c','d'], 'k1': ['q']]", "k0.3", None, (S, "d")),
    ("bi_map_list", MAP_MAP_LIST, "k0.k01.1.k011", None, (S, "b")),
    ("bi_map_list_object", MAP_MAP_LIST, "k0.k01.1", None, ("java.util.HashMap", "{k011=b}")),
    ("list_map", "[['key0': 'value0'], ['key1': 'value1']]", "1.key1", None, (S, "value1")),
    ("tri_list", "[['a','b'],['c','d'],[['e','f'],['g','h']]]", "2.1.1", None, (S, "h")),
    ("map_bi_list_object", LIST_MAP_LIST_LIST, "2.m2.2", None, ("java.util.ArrayList", "[ll0, ll1]")),
    ("map_bi_list", LIST_MAP_LIST_LIST, "2.m2.2.1", None, (S, "ll1")),
    ("get_collection", MAP_LIST, "key1", None, ("java.util.ArrayList", "[c, d]")),
    ("default_one_level", MAP_LIST, "key2", "'x'", (S, "x")),
    ("default_two_level", MAP_LIST, "key1.1", "'x'", (S, "d")),
    ("bi_map_list_default", MAP_MAP_LIST, "k0.k01.1.k012", "'foo'", (S, "foo")),
    ("bi_map_list_default_exists", MAP_MAP_LIST, "k0.k01.1.k011", "'foo'", (S, "b")),
    (
        "bi_map_list_default_object_exists",
        MAP_MAP_LIST,
        "k0.k01.1",
        "'foo'",
        ("java.util.HashMap", "{k011=b}"),
    ),
    ("bi_map_list_default_object", MAP_MAP_LIST, "k0.k01.9", K001, ("java.util.HashMap", "{k011=b}")),
    (
        "list_map_bi_list_default_exists",
        LIST_MAP_LIST_LIST,
        "2.m2.2",
        "'foo'",
        ("java.util.ArrayList", "[ll0, ll1]"),
    ),
    (
        "list_map_bi_list_default_object",
        LIST_MAP_LIST_LIST,
        "2.m2.9",
        L2,
        ("java.util.ArrayList", "[ll0, ll1]"),
    ),
    # Integer.parseInt takes a leading sign; a null at the last element is simply returned
    ("plus_sign_index", "['a': ['x']]", "a.+0", None, (S, "x")),
    ("null_terminal", "['a': null]", "a", None, ("null", "null")),
]


@pytest.mark.parametrize(
    ("collection", "path", "default", "expected"), [pytest.param(*r[1:], id=r[0]) for r in VALUES]
)
def test_get_by_path(collection: str, path: str, default: str | None, expected: tuple[str, str]) -> None:
    assert exec_value(_call(collection, path, default)) == expected


def _unparsable(element: str, path: str, index: int) -> str:
    return f"Could not parse [{element}] as a int index into list at path [{path}] and index [{index}]"


ERRORS = [
    ("bi_list_bad_index", LIST_LIST, "1.k0", None, _unparsable("k0", "1.k0", 1)),
    (
        "bi_map_list_missing_last",
        MAP_MAP_LIST,
        "k0.k01.1.k012",
        None,
        "Could not find value at path [k0.k01.1.k012]",
    ),
    ("bi_map_list_bad_index", MAP_MAP_LIST, "k0.k01.k012", None, _unparsable("k012", "k0.k01.k012", 2)),
    (
        "list_map_bi_list_missing_object",
        LIST_MAP_LIST_LIST,
        "2.m2.12",
        None,
        "Could not find value at path [2.m2.12]",
    ),
    ("list_map_bi_list_bad_index", LIST_MAP_LIST_LIST, "2.m2.a8", None, _unparsable("a8", "2.m2.a8", 2)),
    (
        "non_container",
        MAP_MAP,
        "a.b.c",
        None,
        "Non-container [java.lang.String] at [c], index [2] in path [a.b.c]",
    ),
    ("missing_path", MAP_MAP, "", None, "Missing path"),
    ("double_dot", MAP_MAP, "a..b", None, "Extra '.' in path [a..b] at index [1]"),
    ("trailing_dot", MAP_MAP, "a.b.", None, "Trailing '.' in path [a.b.]"),
    ("bi_list_default_bad_index", LIST_LIST, "1.k0", "'foo'", _unparsable("k0", "1.k0", 1)),
    (
        "bi_map_list_default_bad_index",
        MAP_MAP_LIST,
        "k0.k01.k012",
        "'foo'",
        _unparsable("k012", "k0.k01.k012", 2),
    ),
    (
        "list_map_bi_list_default_bad_index",
        LIST_MAP_LIST_LIST,
        "2.m2.a8",
        "'foo'",
        _unparsable("a8", "2.m2.a8", 2),
    ),
    (
        "non_container_default",
        MAP_MAP,
        "a.b.c",
        "'foo'",
        "Non-container [java.lang.String] at [c], index [2] in path [a.b.c]",
    ),
    ("double_dot_default", MAP_MAP, "a..b", "'foo'", "Extra '.' in path [a..b] at index [1]"),
    ("trailing_dot_default", MAP_MAP, "a.b.", "'foo'", "Trailing '.' in path [a.b.]"),
    # Integer.parseInt (JDK) refuses what Python's int() would take
    ("space_index", "['a','b']", " 1", None, _unparsable(" 1", " 1", 0)),
    ("underscore_index", "['a','b']", "1_0", None, _unparsable("1_0", "1_0", 0)),
    ("beyond_int_index", "['a','b']", "99999999999", None, _unparsable("99999999999", "99999999999", 0)),
    (
        "container_missing_non_terminal",
        "['a':['b']]",
        "a.5.c",
        "1",
        "Container does not have [5], for non-terminal index [1] in path [a.5.c]",
    ),
]


@pytest.mark.parametrize(
    ("collection", "path", "default", "reason"), [pytest.param(*r[1:], id=r[0]) for r in ERRORS]
)
def test_get_by_path_error(collection: str, path: str, default: str | None, reason: str) -> None:
    assert exec_error(_call(collection, path, default)) == ("illegal_argument_exception", reason)


@pytest.mark.parametrize(
    ("path", "element"),
    [("1.k0", "k0"), ("0.x1", "x1"), ("0. 1", " 1")],
)
def test_unparsable_index_keeps_number_format_cause(path: str, element: str) -> None:
    """The IllegalArgumentException carries Integer.parseInt's NumberFormatException as its cause."""
    caused_by = script_error(f"ctx.r = {LIST_LIST}.getByPath('{path}')").to_xcontent()["caused_by"]
    assert caused_by["type"] == "illegal_argument_exception"
    assert caused_by["caused_by"] == {
        "type": "number_format_exception",
        "reason": f'For input string: "{element}"',
    }


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # List.get itself: size() >= index lets index == size through (ArrayList's own text)
        ("return ['a','b'].getByPath('2')", "Index 2 out of bounds for length 2"),
        ("return ['a','b'].getByPath('-1')", "Index -1 out of bounds for length 2"),
    ],
)
def test_list_get_bounds(body: str, reason: str) -> None:
    assert exec_error(body) == ("index_out_of_bounds_exception", reason)


@pytest.mark.parametrize("default", [None, "1"])
def test_null_before_last_element(default: str | None) -> None:
    """handleMissing dereferences the null it reached (JDK helpful NullPointerException text)."""
    assert exec_error(_call("['a': null]", "a.b", default)) == (
        "null_pointer_exception",
        'Cannot invoke "Object.getClass()" because "obj" is null',
    )
