"""IP addresses as Elasticsearch's InetAddresses.forString and CIDRUtils see them.

`parse_ip` accepts what InetAddresses.forString accepts (dotted quads without leading-zero
ambiguity, IPv6 incl. embedded IPv4, either with an ignored `%scope`), returning the 4- or 16-byte
address; anything else is `'x' is not an IP string literal.` (IllegalArgumentException).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from s1elastic.ingest.errors import IllegalArgumentException, NumberFormatException


def _bad(text: str) -> IllegalArgumentException:
    return IllegalArgumentException(f"'{text}' is not an IP string literal.")


def _ipv4_bytes(text: str) -> bytes | None:
    parts = text.split(".")
    if len(parts) != 4:
        return None
    out = bytearray()
    for part in parts:
        if not part or len(part) > 3 or not part.isascii() or not part.isdigit():
            return None
        if len(part) > 1 and part[0] == "0":
            return None  # InetAddresses rejects leading zeros (octal ambiguity)
        value = int(part)
        if value > 255:
            return None
        out.append(value)
    return bytes(out)


@lru_cache(maxsize=4096)
def parse_ip(text: str) -> bytes:
    """InetAddresses.forString(text).getAddress()."""
    addr = text
    if "%" in addr:
        # ES 9.x InetAddresses ignores a non-empty scope id after the first '%' (any text, IPv4
        # or IPv6 alike: `::1%eth0`, `1.2.3.4%0`); only an empty one (`::1%`) is refused.
        addr, scope = addr.split("%", 1)
        if not scope or not addr.isascii():
            raise _bad(text)
    if ":" not in addr:
        v4 = _ipv4_bytes(addr)
        if v4 is None:
            raise _bad(text)
        return v4
    if addr.startswith("[") or not addr or any(c not in "0123456789abcdefABCDEF:." for c in addr):
        raise _bad(text)
    if "." in addr:
        head, _, tail = addr.rpartition(":")
        v4 = _ipv4_bytes(tail)
        if v4 is None:
            raise _bad(text)
        addr = f"{head}:{v4[0] << 8 | v4[1]:x}:{v4[2] << 8 | v4[3]:x}"
    try:
        packed = ipaddress.IPv6Address(addr).packed
    except ValueError:
        raise _bad(text) from None
    if packed[:10] == b"\x00" * 10 and packed[10:12] == b"\xff\xff":
        return packed[12:]  # Java turns IPv4-mapped IPv6 addresses into Inet4Address
    return packed


def format_ip(address: bytes) -> str:
    """NetworkAddress.format: dotted quad, or RFC 5952 compressed IPv6."""
    if len(address) == 4:
        return ".".join(str(b) for b in address)
    return ipaddress.IPv6Address(address).compressed


_V4_PREFIX = b"\x00" * 10 + b"\xff\xff"


def _encode(address: bytes) -> bytes:
    return _V4_PREFIX + address if len(address) == 4 else address


def in_cidr(address: bytes, cidr: str) -> bool:
    """CIDRUtils.isInRange(addr, cidr): lower <= addr <= upper, IPv4 mapped into IPv6 when lengths differ."""
    lower, upper = cidr_bounds(cidr)
    if len(address) != len(lower):
        address, lower, upper = _encode(address), _encode(lower), _encode(upper)
    return lower <= address <= upper


@lru_cache(maxsize=1024)
def cidr_bounds(cidr: str) -> tuple[bytes, bytes]:
    """InetAddresses.parseCidr + CIDRUtils.getLowerUpper (a bare address is a single host)."""
    if "/" not in cidr:
        address = parse_ip(cidr)
        return address, address
    fields = cidr.split("/")
    while len(fields) > 1 and fields[-1] == "":
        fields.pop()
    if len(fields) != 2:
        raise IllegalArgumentException(f"Expected [ip/prefix] but was [{cidr}]")
    address = parse_ip(fields[0])
    if ":" in fields[0] and len(address) == 4:
        raise IllegalArgumentException(
            f"CIDR notation is not allowed with IPv6-mapped IPv4 address [{fields[0]} as it introduces ambiguity as "
            "to whether the prefix length should be interpreted as a v4 prefix length or a v6 prefix length"
        )
    length = parse_int(fields[1])
    bits = len(address) * 8
    if length < 0 or length > bits:
        raise IllegalArgumentException(
            f"Illegal prefix length [{length}] in [{cidr}]. Must be 0-32 for IPv4 ranges, 0-128 for IPv6 ranges"
        )
    value = int.from_bytes(address, "big")
    host = (1 << (bits - length)) - 1
    lower = (value & ~host).to_bytes(len(address), "big")
    upper = (value | host).to_bytes(len(address), "big")
    return lower, upper


def parse_int(text: str) -> int:
    """Integer.parseInt with Java's NumberFormatException text."""
    body = text[1:] if text[:1] in ("+", "-") else text
    if not body or not body.isascii() or not body.isdigit():
        raise NumberFormatException(f'For input string: "{text}"')
    value = int(text)
    if not -(2**31) <= value < 2**31:
        raise NumberFormatException(f'For input string: "{text}"')
    return value
