"""Zone ids in net.inet.parse_ip, the parser behind community_id, network_direction, geoip and cidr.

Facts from Elasticsearch 9.x's InetAddresses (ipStringToBytes after elastic/elasticsearch#132463):
the text after the first '%' is dropped without a look (IPv4 and IPv6 alike), an empty zone is
refused, and the error names the whole input. The convert processor's table (test_convert.py) holds
the same rows, so both paths agree.
"""

from __future__ import annotations

import pytest

from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.net.inet import format_ip, parse_ip


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param("::1%0", "::1", id="v6-numeric"),
        pytest.param("fe80::1%eth0", "fe80::1", id="v6-interface-name"),
        pytest.param("::1%fred", "::1", id="v6-any-name"),
        pytest.param("::1%%", "::1", id="v6-percent"),
        pytest.param("::1.2.3.4%0", "::102:304", id="v6-dotted-tail"),
        pytest.param("::ffff:1.2.3.4%0", "1.2.3.4", id="v4-mapped"),
        pytest.param("1.2.3.4%0", "1.2.3.4", id="v4"),
        pytest.param("10.0.0.1%eth0", "10.0.0.1", id="v4-name"),
    ],
)
def test_zone_is_ignored(text: str, address: str) -> None:
    assert format_ip(parse_ip(text)) == address


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("::1%", id="v6-empty-zone"),
        pytest.param("1.2.3.4%", id="v4-empty-zone"),
        pytest.param("%::1", id="zone-first"),
        pytest.param("%0", id="zone-only"),
        pytest.param("::1:%0", id="zone-after-colon"),
        pytest.param("::1:1.2.3.%0", id="zone-after-dot"),
        pytest.param("01.2.3.4%0", id="v4-leading-zero"),
    ],
)
def test_bad_address_with_zone(text: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        parse_ip(text)
    assert caught.value.reason == f"'{text}' is not an IP string literal."
