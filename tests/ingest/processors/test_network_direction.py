"""network_direction: named networks, CIDRs, templates, the field variant, missing values, errors."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.errors import IllegalArgumentException, JavaException, ParseException
from s1elastic.ingest.pipeline import Pipeline


def run(source: dict[str, Any], **options: Any) -> dict[str, Any]:
    doc = Pipeline.load({"processors": [{"network_direction": options}]}).run(source)
    assert doc is not None
    return doc.source


def direction(src: str, dst: str, networks: list[str]) -> str:
    out = run({"source": {"ip": src}, "destination": {"ip": dst}}, internal_networks=networks)
    return str(out["network"]["direction"])


DIRECTIONS = [
    ("documented-inbound", "128.232.110.120", "192.168.1.1", ["private"], "inbound"),
    ("outbound", "10.0.0.1", "8.8.8.8", ["private"], "outbound"),
    ("internal", "10.0.0.1", "172.16.5.4", ["private"], "internal"),
    ("external", "8.8.8.8", "1.1.1.1", ["private"], "external"),
    ("private-v6", "fd12::1", "2001:db8::1", ["private"], "outbound"),
    ("172.32-not-private", "172.32.0.1", "8.8.8.8", ["private"], "external"),
    ("cidr", "192.0.2.10", "8.8.8.8", ["192.0.2.0/24"], "outbound"),
    ("single-address", "8.8.8.8", "192.0.2.10", ["192.0.2.10"], "inbound"),
    ("cidr-v6", "2001:db8::1", "2001:db9::1", ["2001:db8::/32"], "outbound"),
    ("v4-outside-v6-range", "1.2.3.4", "2001:db9::1", ["2001:db8::/32"], "external"),
    ("loopback", "127.0.0.2", "::1", ["loopback"], "internal"),
    ("link-local", "169.254.1.1", "fe80::1", ["link_local_unicast"], "internal"),
    ("multicast", "224.0.0.1", "ff05::1", ["multicast"], "internal"),
    ("link-local-multicast", "224.0.0.251", "ff02::fb", ["link_local_multicast"], "internal"),
    ("interface-local-multicast", "ff01::1", "224.0.0.1", ["interface_local_multicast"], "outbound"),
    ("unspecified", "0.0.0.0", "::", ["unspecified"], "internal"),
    ("unicast", "8.8.8.8", "255.255.255.255", ["unicast"], "outbound"),
    ("global-unicast", "127.0.0.1", "8.8.4.4", ["global_unicast"], "inbound"),
    ("public", "8.8.8.8", "10.1.1.1", ["public"], "outbound"),
    ("public-excludes-broadcast", "255.255.255.255", "1.1.1.1", ["public"], "inbound"),
    ("any-network-matches", "8.8.8.8", "10.0.0.1", ["loopback", "8.8.8.0/24"], "outbound"),
    ("no-networks", "8.8.8.8", "10.0.0.1", [], "external"),
]


@pytest.mark.parametrize(
    ("src", "dst", "networks", "expected"), [d[1:] for d in DIRECTIONS], ids=[d[0] for d in DIRECTIONS]
)
def test_directions(src: str, dst: str, networks: list[str], expected: str) -> None:
    assert direction(src, dst, networks) == expected


def test_templated_networks() -> None:
    source = {"source": {"ip": "10.0.0.1"}, "destination": {"ip": "8.8.8.8"}, "net": "10.0.0.0/8"}
    assert run(source, internal_networks=["{{net}}"])["network"]["direction"] == "outbound"


def test_networks_from_field() -> None:
    source = {"s": "8.8.8.8", "d": "10.0.0.1", "nets": ["10.0.0.0/8"]}
    out = run(source, source_ip="s", destination_ip="d", internal_networks_field="nets", target_field="dir")
    assert out["dir"] == "inbound"


@pytest.mark.parametrize(
    "source",
    [{}, {"source": {"ip": "1.1.1.1"}}, {"destination": {"ip": "1.1.1.1"}}, {"source": {"ip": None}}],
    ids=["nothing", "no-destination", "no-source", "null-source"],
)
def test_missing_ignored_by_default(source: dict[str, Any]) -> None:
    assert "network" not in run(source, internal_networks=["private"])


def test_missing_networks_field_ignored() -> None:
    assert "network" not in run({"source": {"ip": "1.1.1.1"}}, internal_networks_field="nets")


def test_ignore_missing_false_null() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(
            {"source": {"ip": None}, "destination": {"ip": "1.1.1.1"}},
            internal_networks=["private"],
            ignore_missing=False,
        )
    assert caught.value.reason == "unable to calculate network direction from document"


def test_ignore_missing_false_missing() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run({"destination": {"ip": "1.1.1.1"}}, internal_networks=["private"], ignore_missing=False)
    assert caught.value.reason == "field [source] not present as part of path [source.ip]"


ERRORS = [
    ("bad-ip", {"source": {"ip": "300.1.1.1"}, "destination": {"ip": "1.1.1.1"}}, ["private"], "'300.1.1.1' is not an IP string literal."),
    ("bad-cidr-prefix", {"source": {"ip": "1.1.1.1"}, "destination": {"ip": "1.1.1.1"}}, ["1.1.1.0/33"],
     "Illegal prefix length [33] in [1.1.1.0/33]. Must be 0-32 for IPv4 ranges, 0-128 for IPv6 ranges"),
    ("unknown-name", {"source": {"ip": "1.1.1.1"}, "destination": {"ip": "1.1.1.1"}}, ["office"], "'office' is not an IP string literal."),
    ("ip-not-string", {"source": {"ip": 5}, "destination": {"ip": "1.1.1.1"}}, ["private"],
     "field [source.ip] of type [java.lang.Integer] cannot be cast to [java.lang.String]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "networks", "reason"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_errors(source: dict[str, Any], networks: list[str], reason: str) -> None:
    with pytest.raises(JavaException) as caught:
        run(source, internal_networks=networks)
    assert caught.value.reason == reason


def test_networks_field_must_be_list() -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        run(
            {"nets": "private", "source": {"ip": "1.1.1.1"}, "destination": {"ip": "1.1.1.1"}},
            internal_networks_field="nets",
        )
    assert (
        caught.value.reason
        == "field [nets] of type [java.lang.String] cannot be cast to [java.util.ArrayList]"
    )


CONFIG_ERRORS = [
    ("neither", {}, "[internal_networks] or [internal_networks_field] must be specified"),
    ("both", {"internal_networks": ["private"], "internal_networks_field": "x"},
     "[internal_networks] and [internal_networks_field] cannot both be used in the same processor"),
    ("not-a-list", {"internal_networks": "private"}, "[internal_networks] property isn't a list, but of type [java.lang.String]"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "reason"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS]
)
def test_config_errors(options: dict[str, Any], reason: str) -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"network_direction": options}]})
    assert caught.value.reason == reason
