"""org.elasticsearch.net.txt (a base whitelist, so ingest scripts have it): `CIDR`
(org.elasticsearch.painless.api.CIDR) and `IPAddress` (org.elasticsearch.script.field.IPAddress).

Both parse with InetAddresses.forString and compare ranges as CIDRUtils does, through the
ingest engine's `net.inet` helpers (the network_direction processor's).
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import NullPointerException
from s1elastic.ingest.net.inet import cidr_bounds, format_ip, in_cidr, parse_ip
from s1elastic.ingest.painless.methods import constructor, method


class CIDR:
    """A parsed range: `a.b.c.d/n`, `x::/n` or a single address (its own range)."""

    __slots__ = ("text",)
    JAVA_CLASS = "org.elasticsearch.painless.api.CIDR"
    PAINLESS_CLASS = "CIDR"

    def __init__(self, text: str) -> None:
        cidr_bounds(text)  # parse now: a bad range fails where the object is made
        self.text = text


class IPAddress:
    __slots__ = ("address",)
    JAVA_CLASS = "org.elasticsearch.script.field.IPAddress"
    PAINLESS_CLASS = "IPAddress"

    def __init__(self, address: bytes) -> None:
        self.address = address

    def java_to_string(self) -> str:
        return format_ip(self.address)


@constructor("CIDR", "String")
def _new_cidr(text: Any) -> CIDR:
    if text is None:
        raise NullPointerException(None)  # cidr.contains("/") on null (JDK message text not modelled)
    return CIDR(text)


@method("CIDR", "boolean contains(String)")
def _cidr_contains(cidr: CIDR, address: Any) -> bool:
    """True when the address lies in the range; null or empty is false, anything else must parse."""
    if address is None or address == "":
        return False
    return in_cidr(parse_ip(address), cidr.text)


@constructor("IPAddress", "String")
def _new_ip_address(text: Any) -> IPAddress:
    if text is None:
        raise NullPointerException(None)
    return IPAddress(parse_ip(text))


@method("IPAddress", "boolean isV4()")
def _is_v4(ip: IPAddress) -> bool:
    return len(ip.address) == 4


@method("IPAddress", "boolean isV6()")
def _is_v6(ip: IPAddress) -> bool:
    return len(ip.address) == 16
