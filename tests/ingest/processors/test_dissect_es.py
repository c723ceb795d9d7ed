"""dissect parser rows taken from the behaviour pinned by Elasticsearch's DissectParserTests/DissectKeyTests.

Each row is (pattern, input, expected results or None for "no match", append separator). Expected
values are the ones ES asserts; rows marked "8.15+" or "#119264" follow ES's fixes for a multi-byte
leading delimiter and for repeated delimiters without `->` (newest behaviour).
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.processors.dissect import DissectException, DissectParser, parse_key

Row = tuple[str, str, dict[str, str] | None, str]


def _row(pattern: str, text: str, expected: dict[str, str] | None, sep: str = "", *, id: str) -> object:
    return pytest.param(pattern, text, expected, sep, id=id)


ROWS = [
    _row("%{a} %{b},%{c}", "foo bar,baz", {"a": "foo", "b": "bar", "c": "baz"}, id="doc-basic"),
    _row("%{a},%{b}:%{c}", "foo,bar,baz", None, id="doc-miss"),
    _row("%{a->} %{b} %{c}", "foo         bar baz", {"a": "foo", "b": "bar", "c": "baz"}, id="doc-padding"),
    _row("%{a} %{+a} %{+a}", "foo bar baz", {"a": "foobarbaz"}, id="doc-append"),
    _row("%{a} %{+a/2} %{+a/1}", "foo bar baz", {"a": "foobazbar"}, id="doc-append-order"),
    _row("%{*a} %{b} %{&a}", "foo bar baz", {"foo": "baz", "b": "bar"}, id="doc-reference"),
    _row("%{a} %{} %{c}", "foo bar baz", {"a": "foo", "c": "baz"}, id="doc-empty-skip"),
    _row("%{a} %{?skipme} %{c}", "foo bar baz", {"a": "foo", "c": "baz"}, id="doc-named-skip"),
    _row("%{a},%{b},%{c},%{d}", "foo,,,", {"a": "foo", "b": "", "c": "", "d": ""}, id="doc-empties"),
    _row("%{a->},%{b}", "foo,,,,,,bar", {"a": "foo", "b": "bar"}, id="doc-padding-commas"),
    _row("%{a} %{b}%{c} %{d}", "foo bar baz", None, id="ls-adjacent-keys-miss"),
    _row("%{a} %{b} %{c}%{d}", "foo bar baz quux", None, id="ls-adjacent-keys-miss-2"),
    _row(
        "%{a} %{b} %{+b} %{z}",
        "foo bar baz quux",
        {"a": "foo", "b": "bar baz", "z": "quux"},
        " ",
        id="ls-append",
    ),
    _row(
        "%{a}------->%{b}", "foo------->bar baz quux", {"a": "foo", "b": "bar baz quux"}, id="ls-long-delim"
    ),
    _row("%{a}------->%{}", "foo------->bar baz quux", {"a": "foo"}, id="ls-long-delim-skip"),
    _row(
        "%{a} » %{b}»%{c}€%{d}",
        "foo » bar»baz€quux",
        {"a": "foo", "b": "bar", "c": "baz", "d": "quux"},
        id="ls-multibyte-delims",
    ),
    _row("%{a} %{b} %{+a}", "foo bar baz quux", {"a": "foo baz quux", "b": "bar"}, " ", id="ls-append-rest"),
    _row(
        "%{+a} %{a} %{+a} %{b}",
        "December 31 1999 quux",
        {"a": "December 31 1999", "b": "quux"},
        " ",
        id="ls-implicit-order",
    ),
    _row(
        "%{+a/1} %{a} %{+a/2} %{b}",
        "December 31 1999 quux",
        {"a": "31 December 1999", "b": "quux"},
        " ",
        id="ls-explicit-order",
    ),
    _row(
        "%{+a/2} %{+a/4} %{+a/1} %{+a/3}", "bar quux foo baz", {"a": "foo bar baz quux"}, " ", id="ls-order-4"
    ),
    _row("%{+a} %{b}", "foo bar", {"a": "foo", "b": "bar"}, id="ls-single-append"),
    _row(
        "%{+a} %{b} %{+a} %{c}",
        "foo bar baz quux",
        {"a": "foo baz", "b": "bar", "c": "quux"},
        " ",
        id="ls-split",
    ),
    _row(
        "%{} %{ts} %{host} %{rt}: %{reason} %{+reason} %{src}/%{sport}->%{dst}/%{dport} "
        "%{polrt} %{+polrt} %{+polrt} %{from} %{to} %{rest}",
        "42 2016-05-25T14:47:23Z host.name.com RT_FLOW - RT_FLOW_SESSION_DENY: session denied "
        "2.2.2.20/60000->1.1.1.10/8090 None 6(0) DEFAULT-DENY ZONE-UNTRUST ZONE-DMZ UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0",
        {
            "ts": "2016-05-25T14:47:23Z",
            "host": "host.name.com",
            "rt": "RT_FLOW - RT_FLOW_SESSION_DENY",
            "reason": "session denied",
            "src": "2.2.2.20",
            "sport": "60000",
            "dst": "1.1.1.10",
            "dport": "8090",
            "polrt": "None 6(0) DEFAULT-DENY",
            "from": "ZONE-UNTRUST",
            "to": "ZONE-DMZ",
            "rest": "UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0",
        },
        " ",
        id="ls-juniper",
    ),
    _row(
        "%{a->}   %{b->}---%{c}",
        "foo            bar------------baz",
        {"a": "foo", "b": "bar", "c": "baz"},
        id="pad-multi",
    ),
    _row("%{->}-%{a}", "-----666", {"a": "666"}, id="pad-skip-leading"),
    _row("%{?skipme->}-%{a}", "-----666", {"a": "666"}, id="pad-named-skip-leading"),
    _row(
        "%{a},%{b},%{c},%{d},%{e},%{f}",
        "111,,333,,555,666",
        {"a": "111", "b": "", "c": "333", "d": "", "e": "555", "f": "666"},
        id="csv-gaps",
    ),
    _row("%{a}.࿏.%{b}", "⟳༒.࿏.༒⟲", {"a": "⟳༒", "b": "༒⟲"}, id="unicode-delim"),
    _row("%{a}", "子", {"a": "子"}, id="unicode-whole"),
    _row("%{a}{\n}%{b}", "aaa{\n}bbb", {"a": "aaa", "b": "bbb"}, id="braces-newline"),
    _row("MACHINE[%{a}] %{b}", "1234567890 MACHINE[foo] bar", None, id="leading-not-at-start"),
    _row("%{a} %{b} %{c}", "foo:bar:baz", None, id="no-delims"),
    _row("/var/%{key1}/log/%{key2}.log", "/var/foo/log/bar.log", {"key1": "foo", "key2": "bar"}, id="path"),
    _row(
        "%{a->}   %{b}-.-%{c}-%{d}-..-%{e}-%{f}-%{g}-%{h}",
        "foo            bar-.-baz-1111-..-22-333-4444-55555",
        {"a": "foo", "b": "bar", "c": "baz", "d": "1111", "e": "22", "f": "333", "g": "4444", "h": "55555"},
        id="mixed-delims",
    ),
    _row("%{a} %{b}", "foo 子", {"a": "foo", "b": "子"}, id="unicode-value"),
    _row("%{a}࿏%{+a} %{+a}", "⟳༒࿏༒⟲ 子", {"a": "⟳༒༒⟲子"}, id="unicode-append"),
    _row("%{a}࿏%{+a/2} %{+a/1}", "⟳༒࿏༒⟲ 子", {"a": "⟳༒子༒⟲"}, id="unicode-append-order"),
    _row("%{a->}࿏%{b}", "⟳༒࿏࿏࿏࿏࿏༒⟲", {"a": "⟳༒", "b": "༒⟲"}, id="unicode-padding"),
    _row("%{*a}࿏%{&a}", "⟳༒࿏༒⟲", {"⟳༒": "༒⟲"}, id="unicode-reference"),
    _row("%{}࿏%{a}", "⟳༒࿏༒⟲", {"a": "༒⟲"}, id="unicode-skip"),
    # 8.15+ (#111184): the first value starts after the leading delimiter's UTF-8 bytes.
    _row(
        "Zürich, the %{adjective} city in Switzerland",
        "Zürich, the largest city in Switzerland",
        {"adjective": "largest"},
        id="multibyte-leading-delimiter",
    ),
    _row("»%{a} %{b}", "»foo bar", {"a": "foo", "b": "bar"}, id="multibyte-leading-short"),
    _row("%{a}", "foo bar the rest", {"a": "foo bar the rest"}, id="rest-single"),
    _row("%{a} %{b}", "foo bar the rest", {"a": "foo", "b": "bar the rest"}, id="rest-last"),
    _row("%{} %{b}", "foo bar the rest", {"b": "bar the rest"}, id="rest-after-skip"),
    _row("%{a} %{b->}", "foo bar the rest", {"a": "foo", "b": "bar the rest"}, id="rest-padded-last"),
    _row("%{*a} %{&a}", "foo bar the rest", {"foo": "bar the rest"}, id="rest-reference"),
    _row("%{a} %{+a}", "foo bar the rest", {"a": "foo bar the rest"}, " ", id="rest-append"),
    _row("%{a} %{+a} %{b} %{+b}", "foo bar baz lol", {"a": "foobar", "b": "bazlol"}, id="append-two"),
    _row("%{a} %{+a/2} %{+a/1}", "foo bar baz", {"a": "foo baz bar"}, " ", id="append-order-sep"),
    _row("%{&a} %{*a}", "foo bar", {"bar": "foo"}, id="reference-reversed"),
    _row("%{*a} %{&a} %{*b} %{&b}", "foo bar baz lol", {"foo": "bar", "baz": "lol"}, id="reference-two"),
    _row(
        "%{*a} %{&a} %{c} %{*b} %{&b}",
        "foo bar x baz lol",
        {"foo": "bar", "baz": "lol", "c": "x"},
        id="reference-mixed",
    ),
    _row("%{*a} %{&a} {a} %{*b} %{&b}", "foo bar x baz lol", None, id="reference-literal-miss"),
    _row("%{a} %%{b},%{c}", "foo %bar,baz", {"a": "foo", "b": "bar", "c": "baz"}, id="percent-middle"),
    _row("%{a} %{b},%%{c}", "foo bar,%baz", {"a": "foo", "b": "bar", "c": "baz"}, id="percent-last"),
    _row("%%{a} %{b},%{c}", "%foo bar,baz", {"a": "foo", "b": "bar", "c": "baz"}, id="percent-leading"),
    _row("%foo %{bar}", "%foo test", {"bar": "test"}, id="percent-literal"),
    _row(
        "%{a} %{+a} %{*b} %{&b}", "foo bar baz lol", {"a": "foobar", "baz": "lol"}, id="append-and-reference"
    ),
    _row(
        "%{a->} %{+a/2} %{+a/1} %{*b} %{&b}",
        "foo      bar baz lol x",
        {"a": "foobazbar", "lol": "x"},
        id="append-order-and-reference",
    ),
    _row("%{a} %{}", "foo bar", {"a": "foo"}, id="skip-last"),
    _row("%{->} %{b}", "foo        bar", {"b": "bar"}, id="skip-padded"),
    _row("%{->} %{b}", "        bar", {"b": "bar"}, id="skip-padded-empty-first"),
    _row("%{a} %{->}", "foo  bar       ", {"a": "foo"}, id="skip-padded-last"),
    _row("%{?} %{b}", "foo bar", {"b": "bar"}, id="named-skip-no-name"),
    _row("%{a} %{?bar}", "foo bar", {"a": "foo"}, id="named-skip-last"),
    _row("%{?foo->} %{b}", "foo        bar", {"b": "bar"}, id="named-skip-padded"),
    _row("%{?->} %{b}", "foo        bar", {"b": "bar"}, id="named-skip-padded-no-name"),
    _row("%{?foo->} %{b}", "        bar", {"b": "bar"}, id="named-skip-padded-empty"),
    _row("%{a} %{->?bar}", "foo  bar       ", {"a": "foo"}, id="padding-before-question"),
    _row("%{a} %{?skipme} %{?skipme}", "foo  bar  baz", {"a": "foo"}, id="named-skip-twice"),
    _row("%{a} %{?} %{?}", "foo  bar  baz", {"a": "foo"}, id="nameless-skip-twice"),
    _row("%{->},%{a}", ",,,,,foo", {"a": "foo"}, id="consecutive-leading-skip"),
    _row("%{a->},%{b}", ",,,,,foo", {"a": "", "b": "foo"}, id="consecutive-leading-empty"),
    _row("%{a->},", "foo,,,,,", {"a": "foo"}, id="consecutive-trailing-padded"),
    _row("%{a} %{b},", "foo bar,,,,,", {"a": "foo", "b": "bar"}, id="consecutive-trailing"),
    _row("%{a} %{b->},", "foo bar,,,,,", {"a": "foo", "b": "bar"}, id="consecutive-trailing-padded-2"),
    _row("%{a->},%{b}", "foo,,,,,bar", {"a": "foo", "b": "bar"}, id="consecutive-middle"),
    _row("%{a->}x%{b}", "fooxxxxxbar", {"a": "foo", "b": "bar"}, id="consecutive-x"),
    _row(
        "%{a->} xyz%{b}", "foo xyz xyz xyz xyz xyzbar", {"a": "foo", "b": "bar"}, id="consecutive-multichar"
    ),
    _row("%{a},%{b},%{c},%{d}", "foo,,bar,baz", {"a": "foo", "b": "", "c": "bar", "d": "baz"}, id="empty-b"),
    _row("%{a},%{b},%{c},%{d}", "foo,,,baz", {"a": "foo", "b": "", "c": "", "d": "baz"}, id="empty-bc"),
    _row("%{a},%{b},%{c},%{d}", ",bar,,baz", {"a": "", "b": "bar", "c": "", "d": "baz"}, id="empty-ac"),
    _row("%{->},%{a->},%{b}", ",,,bar,,baz", {"a": "bar", "b": "baz"}, id="padding-chain"),
    # #119264: without `->` a run of delimiters is not swallowed, it starts the next value.
    _row(
        "%{+a/1},%{+a/3}-%{+a/2} %{b}",
        "foo,bar----baz lol",
        {"a": "foo---bazbar", "b": "lol"},
        id="append-unpadded-run",
    ),
    _row(
        "%{+a/1},%{+a/3->}-%{+a/2} %{b}",
        "foo,bar----baz lol",
        {"a": "foobazbar", "b": "lol"},
        id="append-padded-run",
    ),
    _row("%{a}-%{b}", "foo------bar", {"a": "foo", "b": "-----bar"}, id="run-goes-to-last-key"),
    _row("%{}|%{}|foo=%{field}", "||foo=bar", {"field": "bar"}, id="run-different-delimiters"),
    _row("%{a} %{b}", "foo  bar", {"a": "foo", "b": " bar"}, id="double-space-unpadded"),
    _row("%{a->} %{b}", "foo bar", {"a": "foo", "b": "bar"}, id="padding-without-padding"),
    _row("%{->} %{a}", "foo            bar", {"a": "bar"}, id="skip-padding"),
    _row(
        "%{a->} %{+a->} %{*b->} %{&b->} %{c}",
        "foo       bar    baz  lol    x",
        {"a": "foobar", "baz": "lol", "c": "x"},
        id="padding-every-modifier",
    ),
    _row("%{a} %{b->} ", "foo bar        ", {"a": "foo", "b": "bar"}, id="trim-trailing-spaces"),
    _row("%{a} %{b->}", "foo bar,,,,,,", {"a": "foo", "b": "bar,,,,,,"}, id="last-padded-keeps-rest"),
    _row("%{a} %{b->},", "foo bar,,,,,,", {"a": "foo", "b": "bar"}, id="padded-trailing-commas"),
    _row(",,,%{a} %{b}", ",,,foo bar", {"a": "foo", "b": "bar"}, id="leading-delimiter"),
    _row(",%{a} %{b}", ",,foo bar", {"a": ",foo", "b": "bar"}, id="leading-delimiter-once"),
    _row("(%{a}) [%{b}] -[%{c}]", "(foo) [] -[bar]", {"a": "foo", "b": "", "c": "bar"}, id="brackets-empty"),
    _row("[%{a}] [%{b}]", "[] []", {"a": "", "b": ""}, id="brackets-all-empty"),
    _row("%{a}%{b}", "foo", None, id="miss-adjacent"),
    _row("%{a},%{b}", "foo bar", None, id="miss-no-comma"),
    _row("%{a}, %{b}", "foo,bar", None, id="miss-comma-space"),
    _row("x%{a},%{b}", "foo,bar", None, id="miss-leading"),
    _row("x%{},%{b}", "foo,bar", None, id="miss-leading-skip"),
    _row("leading_delimiter_long%{a}", "foo", None, id="miss-long-leading"),
    _row("%{a}trailing_delimiter_long", "foo", None, id="miss-long-trailing"),
    _row("%{a}x", "foo", None, id="miss-trailing"),
    _row("%{a},%{b}x", "foo,bar", None, id="miss-trailing-2"),
    _row(
        "%{timestamp} %{+timestamp} %{+timestamp} %{logsource} %{program}[%{pid}]: %{message}",
        "Mar 16 00:01:25 evita postfix/smtpd[1713]: connect from camomile.cloud9.net[168.100.1.3]",
        {
            "timestamp": "Mar 16 00:01:25",
            "logsource": "evita",
            "program": "postfix/smtpd",
            "pid": "1713",
            "message": "connect from camomile.cloud9.net[168.100.1.3]",
        },
        " ",
        id="syslog",
    ),
    _row(
        '%{ip} %{ident} %{auth} [%{ts}] "%{verb} %{req} HTTP/%{ver}" %{code} %{bytes} "%{ref}" "%{agent}" %{->}',
        '31.184.238.164 - - [24/Jul/2014:05:35:37 +0530] "GET /logs/access.log HTTP/1.0" 200 69849 '
        '"http://8rursodiol.enjin.com" "Mozilla/5.0 (Windows NT 6.1; WOW64)" "www.example.com"',
        {
            "ip": "31.184.238.164",
            "ident": "-",
            "auth": "-",
            "ts": "24/Jul/2014:05:35:37 +0530",
            "verb": "GET",
            "req": "/logs/access.log",
            "ver": "1.0",
            "code": "200",
            "bytes": "69849",
            "ref": "http://8rursodiol.enjin.com",
            "agent": "Mozilla/5.0 (Windows NT 6.1; WOW64)",
        },
        id="apache",
    ),
    _row(
        'level=%{level} ts=%{ts} caller=%{caller} msg="%{message}"',
        'level=info ts=2018-06-27T17:19:13.036579993Z caller=main.go:222 msg="Starting OK" version="2.3.1"}',
        {
            "level": "info",
            "ts": "2018-06-27T17:19:13.036579993Z",
            "caller": "main.go:222",
            "message": "Starting OK",
        },
        id="spec-remaining-data",
    ),
    _row("/var/log/%{key}.log", "foobar", None, id="spec-leading-missing"),
    _row("/var/log/%{key}.log", "/var/log/foobar", None, id="spec-trailing-missing"),
    _row("%{k1} %{k2} %{k3}", "foo bar", None, id="spec-partial"),
    _row("/var/%{key}", "/var/foobar/log", {"key": "foobar/log"}, id="spec-one-level"),
    _row("%{+key/3} %{+key/1} %{+key/2}", "1 2 3", {"key": "231"}, id="spec-append-order"),
    _row("%{+key/3} %{+key/1} %{+key/2}", "1 2 3", {"key": "2::3::1"}, "::", id="spec-append-order-sep"),
    _row("%{+key/3} %{+key/1->} %{+key/2}", "1 2              3", {"key": "231"}, id="spec-append-order-pad"),
    _row("%{key}-%{+key}-%{+key}", "1-2-3", {"key": "1,2,3"}, ",", id="spec-append-sep"),
    _row(
        "%{name},%{addr1->},%{city},%{zip}",
        "Jane Doe,4321 Fifth Avenue,,,New York,87432",
        {"name": "Jane Doe", "addr1": "4321 Fifth Avenue", "city": "New York", "zip": "87432"},
        id="spec-padded-address",
    ),
    _row(
        "%{name},%{a1},%{a2},%{a3},%{city},%{zip}",
        "Jane Doe,4321 Fifth Avenue,,,New York,87432",
        {
            "name": "Jane Doe",
            "a1": "4321 Fifth Avenue",
            "a2": "",
            "a3": "",
            "city": "New York",
            "zip": "87432",
        },
        id="spec-empty-address",
    ),
    _row(
        "{%{a}}{%{b}} %{rest}", "{c}{d} anything", {"a": "c", "b": "d", "rest": "anything"}, id="spec-braces"
    ),
]


@pytest.mark.parametrize(("pattern", "text", "expected", "sep"), ROWS)
def test_parse(pattern: str, text: str, expected: dict[str, str] | None, sep: str) -> None:
    assert DissectParser(pattern, sep).parse(text) == expected


@pytest.mark.parametrize(
    ("pattern", "reason_start"),
    [
        pytest.param("%{+/2}", "Unable to parse key: +/2 ", id="order-no-name"),
        pytest.param("%{&+a_field}", "Unable to parse key: &+a_field ", id="two-modifiers"),
        pytest.param("%{*}", "Unable to parse key: * ", id="reference-no-name"),
        pytest.param("%{++}", "Unable to parse key: ++ ", id="double-plus"),
        pytest.param("%{a/3}", "Unable to parse key: a/3 ", id="order-without-append"),
        pytest.param("%{*a} %{a}", "Unable to parse pattern: %{*a} %{a} ", id="reference-unpaired"),
        pytest.param("%{a} %{&a}", "Unable to parse pattern: %{a} %{&a} ", id="value-unpaired"),
        pytest.param("%{*a} %{&b}", "Unable to parse pattern: %{*a} %{&b} ", id="reference-mismatch"),
        pytest.param("", "Unable to parse pattern:  ", id="empty"),
        pytest.param("{}", "Unable to parse pattern: {} ", id="braces"),
        pytest.param("anything", "Unable to parse pattern: anything ", id="no-keys"),
        pytest.param(
            "%{some?thing}", "Unable to parse pattern: %{some?thing} ", id="question-inside-is-skip"
        ),
    ],
)
def test_bad_pattern(pattern: str, reason_start: str) -> None:
    with pytest.raises(DissectException) as caught:
        DissectParser(pattern, "")
    assert str(caught.value).startswith(reason_start)


@pytest.mark.parametrize(
    ("key", "name", "modifier", "skip", "padding", "position"),
    [
        pytest.param("abc", "abc", "", False, False, 0, id="plain"),
        pytest.param("+abc", "abc", "+", False, False, 0, id="append"),
        pytest.param("+abc/42", "abc", "/", False, False, 42, id="append-order"),
        pytest.param("*abc", "abc", "*", False, False, 0, id="field-name"),
        pytest.param("&abc", "abc", "&", False, False, 0, id="field-value"),
        pytest.param("abc->", "abc", "", False, True, 0, id="padding"),
        pytest.param("*abc->", "abc", "*", False, True, 0, id="name-padding"),
        pytest.param("&abc->", "abc", "&", False, True, 0, id="value-padding"),
        pytest.param("+abc->", "abc", "+", False, True, 0, id="append-padding"),
        pytest.param("?abc->", "abc", "?", True, True, 0, id="skip-padding"),
        pytest.param("+abc/2->", "abc", "/", False, True, 2, id="order-padding"),
        pytest.param("", "", "", True, False, 0, id="empty-skip"),
        pytest.param("?myname", "myname", "?", True, False, 0, id="named-skip"),
        pytest.param("->", "", "", True, True, 0, id="empty-skip-padding"),
        pytest.param("?->", "", "?", True, True, 0, id="named-empty-skip-padding"),
    ],
)
def test_key(key: str, name: str, modifier: str, skip: bool, padding: bool, position: int) -> None:
    parsed = parse_key(key)
    assert (parsed.name, parsed.modifier, parsed.skip, parsed.skip_right_padding, parsed.append_position) == (
        name,
        modifier,
        skip,
        padding,
        position,
    )


@pytest.mark.parametrize("key", ["+/7", "abc/7", "++abc", "+*abc", "*&abc", "?+abc", "&?abc", "*+abc"])
def test_bad_key(key: str) -> None:
    with pytest.raises(DissectException) as caught:
        parse_key(key)
    assert str(caught.value).startswith(f"Unable to parse key: {key} Reason: ")
