"""java.util.stream, Optional and Base64 as Painless whitelists them: each row runs a script and
checks the Java class and String.valueOf text of `ctx.r`. Expected values follow the JDK's documented
behaviour (int sums wrap, count is a long, DoubleStream.sum is compensated, distinct uses equals)."""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

INT, L, D, S, B = (
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.String",
    "java.lang.Boolean",
)
LIST, MAP = "java.util.ArrayList", "java.util.HashMap"

ROWS: list[tuple[str, str, tuple[str, str]]] = [
    ("int_range_sum", "ctx.r = IntStream.range(0, 4).sum()", (INT, "6")),
    (
        "int_range_closed",
        "ctx.r = IntStream.rangeClosed(1, 3).boxed().collect(Collectors.toList())",
        (LIST, "[1, 2, 3]"),
    ),
    ("int_range_empty", "ctx.r = IntStream.range(5, 1).count()", (L, "0")),
    ("long_range_sum", "ctx.r = LongStream.range(0, 3).sum()", (L, "3")),
    ("int_sum_wraps", "ctx.r = [2147483647, 1].stream().mapToInt(x -> x).sum()", (INT, "-2147483648")),
    ("long_sum", "ctx.r = [2147483647, 1].stream().mapToLong(x -> (long) x).sum()", (L, "2147483648")),
    ("double_sum_compensated", "ctx.r = [0.1, 0.2, 0.3].stream().mapToDouble(x -> x).sum()", (D, "0.6")),
    (
        "average",
        "ctx.r = [1, 2, 4].stream().mapToInt(x -> x).average().getAsDouble()",
        (D, "2.3333333333333335"),
    ),
    ("average_empty", "ctx.r = IntStream.range(0, 0).average().isPresent()", (B, "false")),
    ("int_max", "ctx.r = [3, 9, 2].stream().mapToInt(x -> x).max().getAsInt()", (INT, "9")),
    (
        "int_min_to_string",
        "ctx.r = [3, 9, 2].stream().mapToInt(x -> x).min().toString()",
        (S, "OptionalInt[2]"),
    ),
    ("chars_count", "ctx.r = 'héllo'.chars().count()", (L, "5")),
    (
        "chars_are_utf16_units",
        "ctx.r = ctx.emoji.chars().boxed().collect(Collectors.toList())",
        (LIST, "[55357, 56832]"),
    ),
    ("chars_filter", "ctx.r = 'a1b2'.chars().filter(c -> Character.isDigit(c)).count()", (L, "2")),
    (
        "map_to_obj_joining",
        "ctx.r = IntStream.range(0, 3).mapToObj(i -> 'n' + i).collect(Collectors.joining())",
        (S, "n0n1n2"),
    ),
    (
        "joining_prefix",
        "ctx.r = ['a', 'b'].stream().collect(Collectors.joining('|', '<', '>'))",
        (S, "<a|b>"),
    ),
    ("joining_empty", "ctx.r = [].stream().collect(Collectors.joining(',', '[', ']'))", (S, "[]")),
    ("to_set", "ctx.r = [1, 2, 2, 1].stream().collect(Collectors.toSet()).size()", (INT, "2")),
    ("distinct_uses_equals", "ctx.r = [1, 1L, 1.0, 1].stream().distinct().count()", (L, "3")),
    ("sorted_natural", "ctx.r = ['b', 'c', 'a'].stream().sorted().findFirst().get()", (S, "a")),
    (
        "sorted_comparator",
        "ctx.r = [1, 3, 2].stream().sorted((a, b) -> b - a).collect(Collectors.toList())",
        (LIST, "[3, 2, 1]"),
    ),
    ("reduce_optional", "ctx.r = [1, 2, 3, 4].stream().reduce((a, b) -> a * b).get()", (INT, "24")),
    ("reduce_identity", "ctx.r = ['a', 'b'].stream().reduce('>', (a, b) -> a + b)", (S, ">ab")),
    ("reduce_empty", "ctx.r = [].stream().reduce((a, b) -> a).isPresent()", (B, "false")),
    ("stream_of_array", "ctx.r = Stream.of(new def[] {'x', 'y'}).count()", (L, "2")),
    (
        "flat_map",
        "ctx.r = [[1, 2], [3]].stream().flatMap(l -> l.stream()).map(x -> x * 10).collect(Collectors.toList())",
        (LIST, "[10, 20, 30]"),
    ),
    (
        "limit_skip",
        "ctx.r = IntStream.range(0, 10).skip(2).limit(3).boxed().collect(Collectors.toList())",
        (LIST, "[2, 3, 4]"),
    ),
    (
        "max_first_of_ties",
        "ctx.r = ['bb', 'aa', 'c'].stream().max((a, b) -> a.length() - b.length()).get()",
        (S, "bb"),
    ),
    ("min_comparator", "ctx.r = ['bb', 'aa', 'c'].stream().min((a, b) -> a.compareTo(b)).get()", (S, "aa")),
    (
        "to_map_merge",
        "ctx.r = ['a', 'b', 'a'].stream().collect(Collectors.toMap(x -> x, x -> 1, (p, q) -> p + q))",
        (MAP, "{a=2, b=1}"),
    ),
    (
        "grouping_by_lists",
        "ctx.r = ['a', 'bb', 'cc'].stream().collect(Collectors.groupingBy(s -> s.length()))",
        (MAP, "{1=[a], 2=[bb, cc]}"),
    ),
    (
        "grouping_by_counting",
        "ctx.r = ['a', 'bb', 'cc'].stream().collect(Collectors.groupingBy(s -> s.length(), Collectors.counting())).get(2)",
        (L, "2"),
    ),
    (
        "partitioning",
        "ctx.r = ['a', 'bb', 'cc'].stream().collect(Collectors.partitioningBy(s -> s.length() > 1)).get(true)",
        (LIST, "[bb, cc]"),
    ),
    (
        "mapping",
        "ctx.r = ['a', 'bb'].stream().collect(Collectors.mapping(s -> s.length(), Collectors.toList()))",
        (LIST, "[1, 2]"),
    ),
    (
        "collect_supplier",
        "ctx.r = ['a', 'b'].stream().collect(() -> new ArrayList(), (l, x) -> l.add(x + x), (l1, l2) -> l1.addAll(l2))",
        (LIST, "[aa, bb]"),
    ),
    ("to_array", "ctx.r = ['x', 'y'].stream().toArray().length", (INT, "2")),
    ("int_to_array", "int[] a = IntStream.range(0, 3).toArray(); ctx.r = a[2]", (INT, "2")),
    ("any_match_set", "ctx.r = new HashSet(['x', 'y']).stream().anyMatch(x -> x == 'y')", (B, "true")),
    (
        "map_entries",
        "ctx.r = ['k': 1].entrySet().stream().map(e -> e.getKey() + '=' + e.getValue()).findFirst().get()",
        (S, "k=1"),
    ),
    ("optional_of_nullable", "ctx.r = Optional.ofNullable(null).map(x -> 1).orElse(7)", (INT, "7")),
    ("optional_map_to_null", "ctx.r = Optional.of('a').map(x -> null).isPresent()", (B, "false")),
    ("optional_filter", "ctx.r = Optional.of('a').filter(x -> x == 'b').orElseGet(() -> 'z')", (S, "z")),
    ("optional_to_string_empty", "ctx.r = Optional.empty().toString()", (S, "Optional.empty")),
    ("optional_double_text", "ctx.r = OptionalDouble.of(2).toString()", (S, "OptionalDouble[2.0]")),
    (
        "base64_round_trip",
        "ctx.r = Base64.getEncoder().encodeToString(Base64.getDecoder().decode('aGVsbG8gd29ybGQ='))",
        (S, "aGVsbG8gd29ybGQ="),
    ),
    ("base64_unpadded_input", "ctx.r = Base64.getDecoder().decode('aGVsbG8').length", (INT, "5")),
    ("base64_url_decoder", "ctx.r = Base64.getUrlDecoder().decode('-_8').length", (INT, "2")),
    ("base64_mime_skips", "ctx.r = Base64.getMimeDecoder().decode(ctx.mime).length", (INT, "2")),
    ("decode_base64_unpadded", "ctx.r = 'aGVsbG8'.decodeBase64()", (S, "hello")),
    ("string_format", "ctx.r = String.format('%s=%05d', new def[] {'n', 42})", (S, "n=00042")),
]


@pytest.mark.parametrize(("source", "expected"), [(s, e) for _i, s, e in ROWS], ids=[r[0] for r in ROWS])
def test_stream_values(source: str, expected: tuple[str, str]) -> None:
    ctx = {"emoji": "\U0001f600", "mime": "aGk\r\n"}
    assert java(run_script(source, ctx)["r"]) == expected


ERRORS: list[tuple[str, str, str, str]] = [
    # (id, script, caused_by type, caused_by reason or "" when the JDK gives none)
    ("find_first_null", "ctx.r = [null].stream().findFirst()", "null_pointer_exception", ""),
    ("limit_negative", "ctx.r = [1].stream().limit(-1)", "illegal_argument_exception", "-1"),
    (
        "grouping_null_key",
        "ctx.r = [1].stream().collect(Collectors.groupingBy(x -> null))",
        "null_pointer_exception",
        "element cannot be mapped to a null key",
    ),
    (
        "to_map_null_value",
        "ctx.r = [1].stream().collect(Collectors.toMap(x -> x, x -> null))",
        "null_pointer_exception",
        "",
    ),
    ("optional_of_null", "ctx.r = Optional.of(null)", "null_pointer_exception", ""),
    (
        "int_stream_get_empty",
        "ctx.r = IntStream.range(0, 0).max().getAsInt()",
        "no_such_element_exception",
        "No value present",
    ),
    (
        "base64_bad_ending",
        "ctx.r = Base64.getDecoder().decode('aGk=x')",
        "illegal_argument_exception",
        "Input byte array has incorrect ending byte at 4",
    ),
    (
        "base64_dangling_char",
        "ctx.r = Base64.getDecoder().decode('aGVsb')",
        "illegal_argument_exception",
        "Last unit does not have enough valid bits",
    ),
    (
        "base64_lone_padding",
        "ctx.r = Base64.getDecoder().decode('aGk9=')",
        "illegal_argument_exception",
        "Input byte array has wrong 4-byte ending unit",
    ),
    (
        "or_else_throw",
        "ctx.r = Optional.empty().orElseThrow(() -> new IllegalArgumentException('none'))",
        "illegal_argument_exception",
        "none",
    ),
]


@pytest.mark.parametrize(
    ("source", "etype", "reason"), [(s, t, r) for _i, s, t, r in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_stream_errors(source: str, etype: str, reason: str) -> None:
    cause = script_error(source).to_xcontent()["caused_by"]
    assert cause["type"] == etype
    if reason:
        assert cause["reason"] == reason


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("ctx.r = Optional.empty().isEmpty()", "member method [java.util.Optional, isEmpty/0] not found"),
        (
            "ctx.r = Optional.of(1).orElseThrow()",
            "member method [java.util.Optional, orElseThrow/0] not found",
        ),
        (
            "ctx.r = IntStream.range(0, 2).mapToObj(i -> i).toList()",
            "member method [java.util.stream.Stream, toList/0] not found",
        ),
        (
            "ctx.r = Collectors.toUnmodifiableList()",
            "static method [java.util.stream.Collectors, toUnmodifiableList/0] not found",
        ),
    ],
    ids=["optional_is_empty", "or_else_throw_no_arg", "stream_to_list", "unmodifiable_list"],
)
def test_unwhitelisted_methods_are_compile_errors(source: str, message: str) -> None:
    body = script_error(source, run=False).to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"]["reason"] == message
