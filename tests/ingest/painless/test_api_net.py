"""`CIDR` and `IPAddress` (org.elasticsearch.net.txt, a base whitelist): CIDR.java matches an
address against a range as CIDRUtils does (IPv4 compared as IPv4-mapped IPv6 against an IPv6
range); null or empty addresses are not contained; parse errors are InetAddresses' messages."""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

CONTAINS = [
    ("v4_inside", "10.0.0.0/8", "10.255.255.255", True),
    ("v4_lower_bound", "10.0.0.0/8", "10.0.0.0", True),
    ("v4_outside", "10.0.0.0/8", "11.0.0.0", False),
    ("v4_host_bits_ignored", "192.168.1.77/24", "192.168.1.1", True),
    ("v4_slash_32", "192.168.1.77/32", "192.168.1.78", False),
    ("v4_slash_0", "0.0.0.0/0", "255.255.255.255", True),
    ("single_address", "172.16.0.1", "172.16.0.1", True),
    ("single_address_other", "172.16.0.1", "172.16.0.2", False),
    ("v6_inside", "2001:db8::/32", "2001:db8:ffff::1", True),
    ("v6_outside", "2001:db8::/32", "2001:db9::", False),
    ("v6_loopback", "::1", "0:0:0:0:0:0:0:1", True),
    ("v4_compared_as_mapped_v6", "::/0", "1.2.3.4", True),
    ("v4_range_mapped_v6_address", "1.2.3.0/24", "::ffff:1.2.3.4", True),
    ("v4_not_in_other_v6_range", "fe80::/10", "1.2.3.4", False),
    ("null_address", "10.0.0.0/8", None, False),
    ("empty_address", "10.0.0.0/8", "", False),
]


@pytest.mark.parametrize(
    ("cidr", "address", "expected"), [c[1:] for c in CONTAINS], ids=[c[0] for c in CONTAINS]
)
def test_contains(cidr: str, address: str | None, expected: bool) -> None:
    doc = run_script(
        "ctx.r = new CIDR(params.cidr).contains(params.ip)", params={"cidr": cidr, "ip": address}
    )
    assert doc["r"] is expected


def test_one_range_many_addresses() -> None:
    """The intended use: build the range once, test every address of a list."""
    source = (
        "CIDR internal = new CIDR('10.0.0.0/8'); List out = [];"
        " for (def ip : ctx.ips) { out.add(internal.contains(ip)); } ctx.r = out"
    )
    assert run_script(source, {"ips": ["10.1.2.3", "8.8.8.8", "10.0.0.1"]})["r"] == [True, False, True]


def _caused_by(source: str) -> dict[str, Any]:
    with pytest.raises(ScriptException) as info:
        compile_script(source).execute({})
    return info.value.error_body()["caused_by"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            "new CIDR('10.0.0.0/33')",
            "Illegal prefix length [33] in [10.0.0.0/33]. Must be 0-32 for IPv4 ranges, 0-128 for IPv6 ranges",
        ),
        (
            "new CIDR('::ffff:1.2.3.0/120')",
            "CIDR notation is not allowed with IPv6-mapped IPv4 address [::ffff:1.2.3.0 as it introduces ambiguity as"
            " to whether the prefix length should be interpreted as a v4 prefix length or a v6 prefix length",
        ),
        ("new CIDR('10.0.0.0/8/8')", "Expected [ip/prefix] but was [10.0.0.0/8/8]"),
        ("new CIDR('10.0.0/8')", "'10.0.0' is not an IP string literal."),
        ("new CIDR('10.0.0.0/8').contains('not-an-ip')", "'not-an-ip' is not an IP string literal."),
        ("new IPAddress('300.1.1.1')", "'300.1.1.1' is not an IP string literal."),
    ],
    ids=[
        "prefix_too_long",
        "mapped_v4_with_prefix",
        "two_prefixes",
        "bad_range_address",
        "bad_address",
        "bad_ip_address",
    ],
)
def test_parse_errors(source: str, reason: str) -> None:
    assert _caused_by(f"ctx.r = {source}") == {"type": "illegal_argument_exception", "reason": reason}


IP_ADDRESSES = [
    ("v4", "new IPAddress('10.0.0.1').isV4()", ("java.lang.Boolean", "true")),
    ("v4_not_v6", "new IPAddress('10.0.0.1').isV6()", ("java.lang.Boolean", "false")),
    ("v6", "new IPAddress('::1').isV6()", ("java.lang.Boolean", "true")),
    ("mapped_v4_is_v4", "new IPAddress('::ffff:10.0.0.1').isV4()", ("java.lang.Boolean", "true")),
    (
        "v6_text_compressed",
        "new IPAddress('2001:0db8:0:0:0:0:0:1').toString()",
        ("java.lang.String", "2001:db8::1"),
    ),
    ("v4_text", "new IPAddress('192.168.0.1').toString()", ("java.lang.String", "192.168.0.1")),
]


@pytest.mark.parametrize(
    ("expr", "expected"), [c[1:] for c in IP_ADDRESSES], ids=[c[0] for c in IP_ADDRESSES]
)
def test_ip_address(expr: str, expected: tuple[str, str]) -> None:
    assert java(run_script(f"ctx.r = {expr}")["r"]) == expected
