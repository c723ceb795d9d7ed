"""java.util.regex through Painless: regex literals and their flags, Pattern and Matcher's
whitelisted methods (java.util.regex.txt), the String augmentations, and the regex limit.

Expected values are the JDK's. MATCHER_CASES: each row's ops ran on java.util.regex in a small
harness (Pattern.compile(pattern, flags of the literal's letters), then one Matcher/Pattern call per
op on the text) under JDK 25 (Temurin); JDK 17 answers the same except start()/end() before a match,
"No match available" there, "No match found" since (Elasticsearch 8.x/9.x bundle the newer JDKs).
The same ops run here as a Painless script. LITERAL_ERRORS: PatternSyntaxException
getDescription()/getIndex() from the same JDKs, which Painless' ERegex reports as "Error compiling
regex: <description>" at the literal's offset + 1 + index. RegexTests / RegexLimitTests rows restate
Elasticsearch's Painless tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_script, script_error

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import api_regex, compile_script

# id, pattern, literal flags, input text, ops, JDK results of the ops, JDK exception of the last op
# (Elasticsearch's type, message) or None
MATCHER_CASES: list[tuple[str, str, str, str, list[str], list[Any], tuple[str, str] | None]] = [
    (
        "alt_groups",
        "(a)|(b)",
        "",
        "xb",
        [
            "find",
            "group",
            "group:1",
            "start:1",
            "end:1",
            "group:2",
            "start:2",
            "end:2",
            "start",
            "end",
            "groupCount",
        ],
        [True, "b", None, -1, -1, "b", 1, 2, 1, 2, 2],
        None,
    ),
    (
        "optional_group",
        "a(b)?c",
        "",
        "ac abc",
        ["find", "group:1", "start:1", "find", "group:1", "start:1", "end:1", "find"],
        [True, None, -1, True, "b", 4, 5, False],
        None,
    ),
    ("group_before_match", "a", "", "a", ["group"], [], ("illegal_state_exception", "No match found")),
    ("start_before_match", "a", "", "a", ["start"], [], ("illegal_state_exception", "No match found")),
    ("end_before_match", "a", "", "a", ["end"], [], ("illegal_state_exception", "No match found")),
    (
        "group_after_failed_find",
        "a",
        "",
        "ab",
        ["find", "find", "group"],
        [True, False],
        ("illegal_state_exception", "No match found"),
    ),
    (
        "group_out_of_range",
        "(a)",
        "",
        "a",
        ["find", "group:2"],
        [True],
        ("index_out_of_bounds_exception", "No group 2"),
    ),
    (
        "group_negative",
        "(a)",
        "",
        "a",
        ["find", "group:-1"],
        [True],
        ("index_out_of_bounds_exception", "No group -1"),
    ),
    (
        "start_out_of_range",
        "(a)",
        "",
        "a",
        ["find", "start:3"],
        [True],
        ("index_out_of_bounds_exception", "No group 3"),
    ),
    (
        "named_groups",
        "(?<y>\\d{4})-(?<m>\\d\\d)",
        "",
        "on 2024-05!",
        ["find", "named:y", "named:m", "group:2", "start", "end", "groupCount"],
        [True, "2024", "05", "05", 3, 10, 2],
        None,
    ),
    (
        "named_missing",
        "(?<y>\\d{4})",
        "",
        "2024",
        ["find", "named:x"],
        [True],
        ("illegal_argument_exception", "No group with name <x>"),
    ),
    ("named_not_participating", "(?<a>x)?y", "", "y", ["find", "named:a"], [True, None], None),
    (
        "named_before_match",
        "(?<a>x)",
        "",
        "x",
        ["named:a"],
        [],
        ("illegal_state_exception", "No match found"),
    ),
    (
        "nested_groups",
        "((a)(b(c)))",
        "",
        "zabc",
        ["find", "group:1", "group:2", "group:3", "group:4", "start:4", "end:3", "groupCount"],
        [True, "abc", "a", "bc", "c", 3, 4, 4],
        None,
    ),
    (
        "noncapturing_count",
        "(?:a)(b)(?=c)",
        "",
        "abc",
        ["groupCount", "find", "group", "end"],
        [1, True, "ab", 2],
        None,
    ),
    (
        "empty_matches",
        "a*",
        "",
        "baaac",
        [
            "find",
            "start",
            "end",
            "find",
            "start",
            "end",
            "find",
            "start",
            "end",
            "find",
            "start",
            "end",
            "find",
            "find",
        ],
        [True, 0, 0, True, 1, 4, True, 4, 4, True, 5, 5, False, False],
        None,
    ),
    (
        "empty_pattern",
        "(?:)",
        "",
        "ab",
        ["find", "start", "find", "start", "find", "start", "find"],
        [True, 0, True, 1, True, 2, False],
        None,
    ),
    (
        "find_int",
        "\\d",
        "",
        "a1b2c3",
        ["find:3", "group", "find", "group", "find:0", "group", "find:6", "find"],
        [True, "2", True, "3", True, "1", False, True],
        None,
    ),
    (
        "find_int_negative",
        "\\d",
        "",
        "a1",
        ["find:-1"],
        [],
        ("index_out_of_bounds_exception", "Illegal start index"),
    ),
    (
        "find_int_too_big",
        "\\d",
        "",
        "a1",
        ["find:3"],
        [],
        ("index_out_of_bounds_exception", "Illegal start index"),
    ),
    (
        "find_int_after_empty",
        "x*",
        "",
        "ab",
        ["find:1", "start", "end", "find", "start", "end"],
        [True, 1, 1, True, 2, 2],
        None,
    ),
    (
        "find_after_fail_again",
        "b",
        "",
        "abc",
        ["find", "find", "find", "find"],
        [True, False, False, False],
        None,
    ),
    (
        "matches_then_find",
        "\\d+",
        "",
        "12 34",
        ["matches", "find", "group", "find", "group"],
        [False, True, "12", True, "34"],
        None,
    ),
    (
        "lookingat",
        "\\d+",
        "",
        "12ab",
        ["lookingAt", "group", "end", "matches", "lookingAt"],
        [True, "12", 2, False, True],
        None,
    ),
    ("lookingat_fail", "\\d+", "", "ab12", ["lookingAt", "find", "group"], [False, True, "12"], None),
    ("matches_partial", "ab", "", "abc", ["matches", "hitEnd", "requireEnd"], [False, False, False], None),
    (
        "reset_restart",
        "\\w",
        "",
        "ab",
        ["find", "find", "reset", "find", "group"],
        [True, True, "reset", True, "a"],
        None,
    ),
    (
        "reset_clears",
        "\\w",
        "",
        "ab",
        ["find", "reset", "group"],
        [True, "reset"],
        ("illegal_state_exception", "No match found"),
    ),
    ("hitend_plus", "a+", "", "xa", ["find", "hitEnd", "requireEnd"], [True, True, False], None),
    ("hitend_literal", "a", "", "xa", ["find", "hitEnd", "requireEnd"], [True, False, False], None),
    ("hitend_literal_mid", "a", "", "ab", ["find", "hitEnd", "requireEnd"], [True, False, False], None),
    ("hitend_dollar", "a$", "", "xa", ["find", "hitEnd", "requireEnd"], [True, True, True], None),
    ("hitend_boundary", "a\\b", "", "xa", ["find", "hitEnd", "requireEnd"], [True, True, True], None),
    ("hitend_fail", "z", "", "abc", ["find", "hitEnd", "requireEnd"], [False, True, False], None),
    ("hitend_alt", "ab|a", "", "a", ["find", "hitEnd", "requireEnd"], [True, True, False], None),
    ("hitend_lazy", "a+?", "", "aa", ["find", "hitEnd"], [True, False], None),
    ("hitend_matches_short", "abc", "", "ab", ["matches", "hitEnd"], [False, True], None),
    ("hitend_before_any", "a", "", "a", ["hitEnd", "requireEnd"], [False, False], None),
    (
        "region_find",
        "\\d",
        "",
        "1a2b3",
        ["region:1,4", "find", "group", "find", "regionStart", "regionEnd"],
        ["region", True, "2", False, 1, 4],
        None,
    ),
    (
        "region_anchors",
        "^b.$",
        "",
        "abcd",
        ["region:1,3", "matches", "find", "start", "hasAnchoring", "hasTransparent"],
        ["region", True, False],
        ("illegal_state_exception", "No match found"),
    ),
    (
        "region_no_anchoring",
        "^b",
        "",
        "abcd",
        ["region:1,3", "anchoring:false", "find", "hasAnchoring"],
        ["region", "anchoring", False, False],
        None,
    ),
    ("region_lookbehind_opaque", "(?<=a)b", "", "abc", ["region:1,3", "find"], ["region", False], None),
    (
        "region_lookbehind_transparent",
        "(?<=a)b",
        "",
        "abc",
        ["region:1,3", "transparent:true", "find", "start", "hasTransparent"],
        ["region", "transparent", True, 1, True],
        None,
    ),
    ("region_lookahead_opaque", "b(?=c)", "", "abc", ["region:0,2", "find"], ["region", False], None),
    ("region_boundary", "\\bb", "", "abc", ["region:1,3", "find", "start"], ["region", True, 1], None),
    ("region_bad_start", "a", "", "abc", ["region:-1,2"], [], ("index_out_of_bounds_exception", "start")),
    ("region_bad_end", "a", "", "abc", ["region:0,4"], [], ("index_out_of_bounds_exception", "end")),
    (
        "region_start_after_end",
        "a",
        "",
        "abc",
        ["region:2,1"],
        [],
        ("index_out_of_bounds_exception", "start > end"),
    ),
    (
        "region_reset",
        "\\d",
        "",
        "1a2",
        ["region:1,3", "reset", "regionStart", "regionEnd", "find", "group"],
        ["region", "reset", 0, 3, True, "1"],
        None,
    ),
    ("region_lookingat", "b", "", "abc", ["region:1,3", "lookingAt", "start"], ["region", True, 1], None),
    (
        "region_find_int_resets",
        "\\d",
        "",
        "1a2",
        ["region:1,2", "find:0", "group", "regionStart", "regionEnd"],
        ["region", True, "1", 0, 3],
        None,
    ),
    (
        "replace_groups",
        "(\\w+)@(\\w+)",
        "",
        "a@b c@d",
        ["replaceAll:$2 at $1", "replaceFirst:[$0]"],
        ["b at a d at c", "[a@b] c@d"],
        None,
    ),
    ("replace_named", "(?<u>\\w+)@(?<h>\\w+)", "", "a@b c@d", ["replaceAll:${h}.${u}"], ["b.a d.c"], None),
    ("replace_escapes", "o", "", "foo", ["replaceAll:\\$\\\\x"], ["f$\\x$\\x"], None),
    (
        "replace_multi_digit",
        "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)",
        "",
        "abcdefghijk",
        ["replaceAll:$11-$10-$1a"],
        ["k-j-aa"],
        None,
    ),
    ("replace_digit_beyond", "(a)", "", "a", ["replaceAll:$10"], ["a0"], None),
    ("replace_nonparticipating", "(a)|(b)", "", "ab", ["replaceAll:[$1|$2]"], ["[a|][|b]"], None),
    ("replace_empty_matches", "x*", "", "abc", ["replaceAll:-"], ["-a-b-c-"], None),
    ("replace_no_match_bad_repl", "z", "", "abc", ["replaceAll:$9"], ["abc"], None),
    (
        "replace_bad_group",
        "(a)",
        "",
        "a",
        ["replaceAll:$2"],
        [],
        ("index_out_of_bounds_exception", "No group 2"),
    ),
    (
        "replace_dollar_end",
        "a",
        "",
        "a",
        ["replaceAll:x$"],
        [],
        ("illegal_argument_exception", "Illegal group reference: group index is missing"),
    ),
    (
        "replace_backslash_end",
        "a",
        "",
        "a",
        ["replaceAll:x\\"],
        [],
        ("illegal_argument_exception", "character to be escaped is missing"),
    ),
    (
        "replace_dollar_letter",
        "a",
        "",
        "a",
        ["replaceAll:$x"],
        [],
        ("illegal_argument_exception", "Illegal group reference"),
    ),
    (
        "replace_name_unclosed",
        "(?<n>a)",
        "",
        "a",
        ["replaceAll:${n"],
        [],
        ("illegal_argument_exception", "named capturing group is missing trailing '}'"),
    ),
    (
        "replace_name_empty",
        "(?<n>a)",
        "",
        "a",
        ["replaceAll:${}"],
        [],
        ("illegal_argument_exception", "named capturing group has 0 length name"),
    ),
    (
        "replace_name_digit",
        "(?<n>a)",
        "",
        "a",
        ["replaceAll:${1n}"],
        [],
        ("illegal_argument_exception", "capturing group name {1n} starts with digit character"),
    ),
    (
        "replace_name_unknown",
        "(?<n>a)",
        "",
        "a",
        ["replaceAll:${m}"],
        [],
        ("illegal_argument_exception", "No group with name {m}"),
    ),
    (
        "replace_after_find",
        "\\d",
        "",
        "a1b2",
        ["find", "find", "replaceAll:#", "find", "group"],
        [True, True, "a#b#", False],
        ("illegal_state_exception", "No match found"),
    ),
    (
        "replace_first_then_group",
        "\\d",
        "",
        "a1b2",
        ["replaceFirst:#", "find", "group"],
        ["a#b2", True, "2"],
        None,
    ),
    ("quote_replacement", "x", "", "", ["quoteReplacement:a$b\\c"], ["a\\$b\\\\c"], None),
    ("quote", "x", "", "", ["quote:a\\Eb.c"], ["\\Qa\\E\\\\E\\Qb.c\\E"], None),
    (
        "to_string_fresh",
        "a+",
        "",
        "baab",
        ["toString", "find", "toString", "find", "toString"],
        [
            "java.util.regex.Matcher[pattern=a+ region=0,4 lastmatch=]",
            True,
            "java.util.regex.Matcher[pattern=a+ region=0,4 lastmatch=aa]",
            False,
            "java.util.regex.Matcher[pattern=a+ region=0,4 lastmatch=]",
        ],
        None,
    ),
    (
        "to_string_region",
        "a",
        "",
        "abc",
        ["region:1,2", "toString"],
        ["region", "java.util.regex.Matcher[pattern=a region=1,2 lastmatch=]"],
        None,
    ),
    (
        "use_pattern",
        "a",
        "",
        "abab",
        ["find", "usePattern:/b", "find", "group", "start", "pattern"],
        [True, "usePattern", True, "b", 1, "b"],
        None,
    ),
    (
        "use_pattern_groups",
        "(a)",
        "",
        "ab",
        ["find", "usePattern:/b", "group"],
        [True, "usePattern", None],
        None,
    ),
    (
        "split_basic",
        ",",
        "",
        "a,b,,c,,",
        ["split", "split:-1", "split:2", "split:1", "split:0"],
        [
            ["a", "b", "", "c"],
            ["a", "b", "", "c", "", ""],
            ["a", "b,,c,,"],
            ["a,b,,c,,"],
            ["a", "b", "", "c"],
        ],
        None,
    ),
    ("split_zero_width", "(?:)", "", "abc", ["split"], [["a", "b", "c"]], None),
    ("split_lookahead", "(?=b)", "", "abab", ["split"], [["a", "ba", "b"]], None),
    ("split_leading_match", ",", "", ",a,b", ["split"], [["", "a", "b"]], None),
    ("split_empty_text", ",", "", "", ["split", "splitAsStream"], [[""], [""]], None),
    ("split_stream", "\\s+", "", "a b  c ", ["splitAsStream"], [["a", "b", "c"]], None),
    (
        "split_limits_trailing",
        ",",
        "",
        "a,,",
        ["split:-1", "split:2", "split:3", "split:5"],
        [["a", "", ""], ["a", ","], ["a", "", ""], ["a", "", ""]],
        None,
    ),
    (
        "split_nothing",
        "x",
        "",
        "abc",
        ["split", "split:2", "splitAsStream"],
        [["abc"], ["abc"], ["abc"]],
        None,
    ),
    ("predicate", "b", "", "abc", ["predicate"], [True], None),
    ("predicate_no", "^b", "", "abc", ["predicate"], [False], None),
    ("flags_U", ".", "U", "", ["flags"], [320], None),
    ("flags_many", ".", "ciux", "", ["flags"], [198], None),
    ("flags_top_level_inline", "(?i)a", "", "", ["flags", "ppattern"], [2, "(?i)a"], None),
    ("literal_flag", "a.b", "l", "xa.b axb", ["find", "start", "find"], [True, 1, False], None),
    ("literal_ci", "A.B", "il", "xa.b", ["find", "group"], [True, "a.b"], None),
    ("literal_metachars", "(a)[", "l", "x(a)[", ["find", "start", "groupCount"], [True, 1, 0], None),
    ("ci_ascii_only", "é", "i", "É", ["find"], [False], None),
    ("ci_unicode", "é", "iu", "É", ["find"], [True], None),
    ("word_ascii", "\\w+", "", "héllo", ["find", "group"], [True, "h"], None),
    ("word_unicode", "\\w+", "U", "héllo", ["find", "group"], [True, "héllo"], None),
    (
        "prop_letter",
        "\\p{L}+",
        "",
        "héllo wörld",
        ["find", "group", "find", "group"],
        [True, "héllo", True, "wörld"],
        None,
    ),
    ("prop_lower_ci", "\\p{Lower}+", "i", "aBc", ["matches"], [True], None),
    ("class_intersection", "[a-z&&[^aeiou]]+", "", "hello", ["find", "group"], [True, "h"], None),
    ("class_union", "[a-c[x-z]]+", "", "-abyz-", ["find", "group"], [True, "abyz"], None),
    ("comments_flag", "a b # comment", "x", "ab", ["matches"], [True], None),
    ("dotall", "a.b", "s", "a\nb", ["matches"], [True], None),
    ("dot_no_cr", "a.b", "", "a\rb", ["matches"], [False], None),
    ("multiline_cr", "^b", "m", "a\rb", ["find", "start"], [True, 2], None),
    ("dollar_before_crlf", "a$", "", "a\r\n", ["find", "end"], [True, 1], None),
    ("backref", "(\\w)\\1", "", "abccd", ["find", "group", "start"], [True, "cc", 2], None),
    ("quoted", "\\Qa.b\\E+", "", "a.bb", ["find", "group"], [True, "a.bb"], None),
    ("possessive", "a*+a", "", "aaa", ["find"], [False], None),
    ("atomic", "(?>a|ab)c", "", "abc", ["find"], [False], None),
    ("lookbehind", "(?<=\\$)\\d+", "", "cost $42", ["find", "group"], [True, "42"], None),
    ("inline_scoped", "a(?i:b)c", "", "aBc aBC", ["find", "group", "find"], [True, "aBc", False], None),
    ("hspace", "\\h+", "", "a \xa0\tb", ["find", "end"], [True, 4], None),
    ("linebreak", "\\R", "", "a\r\nb", ["find", "end"], [True, 3], None),
    (
        "surrogate_index",
        "b",
        "",
        "😀ab",
        ["find", "start", "end", "find:3", "find:0", "group"],
        [True, 3, 4, True, True, "b"],
        None,
    ),
    ("surrogate_dot", "^.a", "", "😀a", ["find", "end", "group"], [True, 3, "😀a"], None),
    ("canon_eq_flag", "a", "c", "a", ["matches"], [True], None),
]

_VOID_OPS = {"reset", "region", "anchoring", "transparent", "usePattern"}


def _painless(pattern: str, flags: str, ops: list[str]) -> tuple[str, dict[str, Any]]:
    """One Painless statement per op; string arguments travel in params."""
    params: dict[str, Any] = {}
    lines = [
        f"Pattern p = /{pattern}/{flags}; Matcher m = p.matcher(params.text); List out = new ArrayList();"
    ]
    for op in ops:
        name, _, arg = op.partition(":")
        key = f"a{len(params)}"
        if name == "find":
            expr = f"m.find({arg})"
        elif name in ("group", "start", "end"):
            expr = f"m.{name}({arg})"
        elif name == "named":
            params[key] = arg
            expr = f"m.namedGroup(params.{key})"
        elif name in (
            "matches",
            "lookingAt",
            "groupCount",
            "hitEnd",
            "requireEnd",
            "regionStart",
            "regionEnd",
        ):
            expr = f"m.{name}()"
        elif name in ("hasAnchoring", "hasTransparent"):
            expr = f"m.{name}Bounds()"
        elif name == "reset":
            expr = "m.reset()"
        elif name == "region":
            expr = f"m.region({arg})"
        elif name in ("anchoring", "transparent"):
            expr = f"m.use{name.title()}Bounds({arg})"
        elif name in ("replaceAll", "replaceFirst"):
            params[key] = arg
            expr = f"m.{name}(params.{key})"
        elif name == "usePattern":
            other_flags, _, other = arg.partition("/")
            expr = f"m.usePattern(/{other}/{other_flags})"
        elif name == "pattern":
            expr = "m.pattern().pattern()"
        elif name == "toString":
            expr = "m.toString()"
        elif name in ("quoteReplacement", "quote"):
            params[key] = arg
            expr = f"{'Matcher' if name == 'quoteReplacement' else 'Pattern'}.{name}(params.{key})"
        elif name == "split":
            expr = f"p.split(params.text{', ' + arg if arg else ''})"
        elif name == "splitAsStream":
            expr = "p.splitAsStream(params.text).collect(Collectors.toList())"
        elif name == "predicate":
            expr = "p.asPredicate().test(params.text)"
        elif name == "flags":
            expr = "p.flags()"
        elif name == "ppattern":
            expr = "p.pattern()"
        else:
            raise AssertionError(op)
        lines.append(f"{expr}; out.add('{name}');" if name in _VOID_OPS else f"out.add({expr});")
    lines.append("ctx.out = out;")
    return "\n".join(lines), params


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple) or type(value).__name__ == "JArray":
        return [_plain(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "ops", "results", "error"),
    [c[1:] for c in MATCHER_CASES],
    ids=[c[0] for c in MATCHER_CASES],
)
def test_matcher_like_the_jdk(
    pattern: str, flags: str, text: str, ops: list[str], results: list[Any], error: tuple[str, str] | None
) -> None:
    done = ops[: len(results)]
    source, params = _painless(pattern, flags, done)
    out = run_script(source, {}, dict(params, text=text))["out"]
    assert _plain(out) == results
    if error is not None:
        source, params = _painless(pattern, flags, ops)
        with pytest.raises(ScriptException) as caught:
            compile_script(source, params=dict(params, text=text)).execute({})
        cause = caught.value.to_xcontent()["caused_by"]
        assert (cause["type"], cause["reason"]) == error


# id, pattern, literal flags, (getDescription(), getIndex()) or None when the JDK compiles it
LITERAL_ERRORS: list[tuple[str, str, str, tuple[str, int] | None]] = [
    ("bad_unicode", "\\ujjjj", "", ("Illegal Unicode escape sequence", 2)),
    ("unclosed_group", "a(b", "", ("Unclosed group", 3)),
    ("bad_range", "[z-a]", "", ("Illegal character range", 3)),
    ("dangling", "*a", "", ("Dangling meta character '*'", 0)),
    ("bad_repetition_range", "a{2,1}", "", ("Illegal repetition range", 5)),
    ("dup_name", "(?<n>a)(?<n>b)", "", ("Named capturing group <n> is already defined", 11)),
    ("unknown_property", "\\p{Foo}", "", ("Unknown character property name {Foo}", 6)),
    ("unmatched_close", "a)", "", ("Unmatched closing ')'", 0)),
    ("lookbehind_plus", "(?<=a+)b", "", None),
    ("unclosed_class", "[a", "", ("Unclosed character class", 1)),
    ("comments_unclosed", "( a # c", "x", ("Unclosed group", 7)),
    ("literal_accepts_anything", "(a[", "l", None),
    ("literal_accepts_bad_escape", "\\ujjjj", "l", None),
    ("open_brace", "a{", "", ("Illegal repetition", 2)),
    ("unknown_backref_name", "\\k<x>", "", ("named capturing group <x> does not exist", 4)),
    ("bad_escape", "\\y", "", ("Illegal/unsupported escape sequence", 1)),
    ("unknown_inline", "(?z)", "", ("Unknown inline modifier", 2)),
    ("class_escape_in_class", "[\\b]", "", ("Illegal/unsupported escape sequence", 2)),
    ("ci_unicode_ok", "[a-z]+", "iu", None),
    ("unknown_group_type", "(?$a)", "", ("Unknown group type", 2)),
    ("bad_hex", "\\xz", "", ("Illegal hexadecimal escape sequence", 2)),
    ("bad_name_start", "(?<1a>x)", "", ("capturing group name does not start with a Latin letter", 3)),
    ("properties_ok", "\\p{IsLatin}\\p{InGreek}\\p{javaLowerCase}", "U", None),
]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"), [c[1:] for c in LITERAL_ERRORS], ids=[c[0] for c in LITERAL_ERRORS]
)
def test_bad_literal_fails_at_load(pattern: str, flags: str, expected: tuple[str, int] | None) -> None:
    source = f"def p = /{pattern}/{flags}; ctx.r = p.pattern()"
    if expected is None:
        assert run_script(source)["r"] == pattern
        return
    body = script_error(source, run=False).to_xcontent()
    description, index = expected
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {
        "type": "illegal_argument_exception",
        "reason": f"Error compiling regex: {description}",
    }
    assert body["position"]["offset"] == len("def p = ") + 1 + index


# Elasticsearch's RegexTests, run as ingest scripts (the value goes to ctx.r instead of `return`)
ES_REGEX_TESTS: list[tuple[str, str, dict[str, Any], Any]] = [
    ("after_return", "ctx.r = 'foo' ==~ /foo/", {}, True),
    ("no_match", "ctx.r = 'bar' ==~ /foo/", {}, False),
    ("escaped_slashes", "ctx.r = '//' ==~ /\\/\\//", {}, True),
    ("escaped_backslash", "ctx.r = '\\\\' ==~ /\\\\/", {}, True),
    ("non_greedy_literal", "def s = /\\\\/.split('.\\\\.'); ctx.r = s[1] ==~ /\\./", {}, True),
    ("pattern_in_variable", "def a = /foo/; ctx.r = 'foo' ==~ a", {}, True),
    ("in_if", "if (/foo/.matcher('foo').matches()) { ctx.r = true } else { ctx.r = false }", {}, True),
    ("after_or", "ctx.r = false || /foo/.matcher('foo').matches()", {}, True),
    ("after_not", "ctx.r = !/foo/.matcher('bar').matches()", {}, True),
    ("ternary", "def i = 0; i += 'foo' ==~ /foo/ ? 1 : 1; ctx.r = i", {}, 1),
    ("in_function", "boolean m(String s) {s ==~ /foo/} ctx.r = m('foo')", {}, True),
    ("from_function", "Pattern m(boolean a) {a ? /foo/ : /bar/} ctx.r = 'foo' ==~ m(false)", {}, False),
    ("find_in_if", "if ('1fooasdfbasdf' =~ /foo/) {ctx.r = true} else {ctx.r = false}", {}, True),
    ("find_fails", "ctx.r = (boolean)('fo11oasdfbasdf' =~ /foo/)", {}, False),
    ("find_concat", "ctx.r = 'f' + 'o' + 'o' =~ /foo/", {}, True),
    ("find_def", "def s = 'foo'; ctx.r = s =~ /foo/", {}, True),
    ("find_param", "ctx.r = params.s =~ /foo/", {"s": "11f2ooasdfdf"}, False),
    ("group", "Matcher m = /foo/.matcher('foo'); m.find(); ctx.r = m.group()", {}, "foo"),
    ("numbered_group", "Matcher m = /(f)(o)o/.matcher('foo'); m.find(); ctx.r = m.group(2)", {}, "o"),
    (
        "named_group",
        "Matcher m = /(?<first>f)(?<second>o)o/.matcher('foo'); m.find(); ctx.r = m.namedGroup('second')",
        {},
        "o",
    ),
    ("split", "ctx.r = /,/.split('cat,dog')", {}, ["cat", "dog"]),
    (
        "split_as_stream",
        "ctx.r = /,/.splitAsStream('cat,dog').collect(Collectors.toList())",
        {},
        ["cat", "dog"],
    ),
    ("flag_m", "ctx.r = /./m.flags()", {}, 8),
    ("flag_s", "ctx.r = /./s.flags()", {}, 32),
    ("flag_i", "ctx.r = /./i.flags()", {}, 2),
    ("flag_x", "ctx.r = /./x.flags()", {}, 4),
    ("flag_u", "ctx.r = /./u.flags()", {}, 64),
    ("flag_U", "ctx.r = /./U.flags()", {}, 320),
    ("flag_l", "ctx.r = /./l.flags()", {}, 16),
    ("flag_c", "ctx.r = /./c.flags()", {}, 128),
    ("flags_many", "ctx.r = /./ciux.flags()", {}, 128 | 2 | 64 | 4),
    (
        "replace_all_function",
        "ctx.r = 'the quick brown fox'.replaceAll(/[aeiou]/, m -> m.group().toUpperCase(Locale.ROOT))",
        {},
        "thE qUIck brOwn fOx",
    ),
    ("replace_all_no_match", "ctx.r = 'i am cat'.replaceAll(/dolphin/, m -> m.group())", {}, "i am cat"),
    (
        "replace_all_quoted",
        "ctx.r = 'the quick brown fox'.replaceAll(/[aeiou]/, m -> '$' + m.group().toUpperCase(Locale.ROOT))",
        {},
        "th$E q$U$Ick br$Own f$Ox",
    ),
    (
        "replace_first_quoted",
        "ctx.r = 'the quick brown fox'.replaceFirst(/[aeiou]/, m -> '/' + m.group().toUpperCase(Locale.ROOT))",
        {},
        "th/E quick brown fox",
    ),
    ("replace_first_no_match", "ctx.r = 'i am cat'.replaceFirst(/dolphin/, m -> m.group())", {}, "i am cat"),
]


@pytest.mark.parametrize(
    ("source", "params", "expected"), [c[1:] for c in ES_REGEX_TESTS], ids=[c[0] for c in ES_REGEX_TESTS]
)
def test_es_regex_tests(source: str, params: dict[str, Any], expected: Any) -> None:
    assert _plain(run_script(source, {}, params)["r"]) == expected


# (script, caused_by type, reason): Elasticsearch's RegexTests, and the JDK for the function results
RUNTIME_ERRORS: list[tuple[str, str, str, str]] = [
    (
        "regex_on_number",
        "ctx.r = 12 ==~ /cat/",
        "class_cast_exception",
        "Cannot cast from [int] to [java.lang.String].",
    ),
    (
        "function_returns_integer",
        "ctx.r = 'ab'.replaceAll(/a/, m -> 1)",
        "class_cast_exception",
        "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and "
        "java.lang.String are in module java.base of loader 'bootstrap')",
    ),
    (
        "function_returns_null",
        "ctx.r = 'ab'.replaceFirst(/a/, m -> null)",
        "null_pointer_exception",
        'Cannot invoke "String.indexOf(int)" because "s" is null',
    ),
    (
        "replace_all_null",
        "ctx.r = /a/.matcher('a').replaceAll(null)",
        "null_pointer_exception",
        'Cannot invoke "String.length()" because "replacement" is null',
    ),
    (
        "replace_first_null",
        "ctx.r = /a/.matcher('a').replaceFirst(null)",
        "null_pointer_exception",
        "replacement",
    ),
    (
        "named_group_null",
        "def m = /a/.matcher('a'); m.find(); ctx.r = m.namedGroup(null)",
        "null_pointer_exception",
        "Group name",
    ),
    (
        "use_pattern_null",
        "ctx.r = /a/.matcher('a').usePattern(null)",
        "illegal_argument_exception",
        "Pattern cannot be null",
    ),
]


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in RUNTIME_ERRORS], ids=[c[0] for c in RUNTIME_ERRORS]
)
def test_runtime_errors(source: str, kind: str, reason: str) -> None:
    cause = script_error(source).to_xcontent()["caused_by"]
    assert (cause["type"], cause["reason"]) == (kind, reason)


def test_bad_literal_points_inside_it() -> None:
    """RegexTests.testBadRegexPattern: the stack's caret sits on the bad escape's index."""
    body = script_error("def p = /\\ujjjj/;", run=False).to_xcontent()
    assert body["caused_by"]["reason"] == "Error compiling regex: Illegal Unicode escape sequence"
    assert body["position"]["offset"] == 11
    assert body["script_stack"][1] == " " * 11 + "^---- HERE"


# Elasticsearch's RegexLimitTests: /abc.*?def/ backtracks, so factor 2 passes and factor 1 trips
_LIMIT_PATTERN = "/abc.*?def/"
_SPLIT_TEXT = "'0-abc-1-def-X-abc-2-def-Y-abc-3-def-Z-abc'"
LIMIT_SCRIPTS: list[tuple[str, str, Any]] = [
    ("matcher_matches", f"ctx.r = {_LIMIT_PATTERN}.matcher('abcdodef').matches()", True),
    ("def_matcher", f"def p = {_LIMIT_PATTERN}; def m = p.matcher('abcdodef'); ctx.r = m.matches()", True),
    (
        "method_ref",
        "boolean isMatch(Function func) { func.apply('abcdodef').matches() } "
        f"Pattern pattern = {_LIMIT_PATTERN}; ctx.r = isMatch(pattern::matcher)",
        True,
    ),
    (
        "split_limit",
        f"ctx.r = {_LIMIT_PATTERN}.split({_SPLIT_TEXT}, 2)",
        ["0-", "-X-abc-2-def-Y-abc-3-def-Z-abc"],
    ),
    (
        "split",
        f"Pattern p = {_LIMIT_PATTERN}; ctx.r = p.split({_SPLIT_TEXT})",
        ["0-", "-X-", "-Y-", "-Z-abc"],
    ),
    (
        "split_as_stream",
        f"ctx.r = {_LIMIT_PATTERN}.splitAsStream({_SPLIT_TEXT}).collect(Collectors.toList())",
        ["0-", "-X-", "-Y-", "-Z-abc"],
    ),
    ("find_operator", f"if ('abcdodef' =~ {_LIMIT_PATTERN}) {{ ctx.r = 100 }} else {{ ctx.r = 200 }}", 100),
    ("match_operator", f"if ('abcdodef' ==~ {_LIMIT_PATTERN}) {{ ctx.r = 100 }} else {{ ctx.r = 200 }}", 100),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in LIMIT_SCRIPTS], ids=[c[0] for c in LIMIT_SCRIPTS]
)
def test_regex_limit_factor(monkeypatch: pytest.MonkeyPatch, source: str, expected: Any) -> None:
    monkeypatch.setattr(api_regex, "LIMIT_FACTOR", 2)
    assert _plain(run_script(source)["r"]) == expected
    monkeypatch.setattr(api_regex, "LIMIT_FACTOR", 1)
    cause = script_error(source).to_xcontent()["caused_by"]
    assert cause["type"] == "circuit_breaking_exception"
    assert cause["reason"].startswith("[scripting] Regular expression considered too many characters")


def test_regex_limit_snippet(monkeypatch: pytest.MonkeyPatch) -> None:
    """RegexLimitTests.testSnippetRegex: the input is cut to 61 characters and '...'."""
    monkeypatch.setattr(api_regex, "LIMIT_FACTOR", 1)
    text = "abcdef123456" * 100
    cause = script_error(f"ctx.r = '{text}' ==~ {_LIMIT_PATTERN}").to_xcontent()["caused_by"]
    assert f"wrapped: [{text[:61]}...]" in cause["reason"]


def test_as_predicate_is_not_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pattern.asPredicate is whitelisted plain (no Augmentation), so no LimitedCharSequence."""
    monkeypatch.setattr(api_regex, "LIMIT_FACTOR", 1)
    assert run_script(f"ctx.r = {_LIMIT_PATTERN}.asPredicate().test('abcdodef')")["r"] is True
