"""Formats, zones, locales and texts shared by the date fast-path differential tests.

Texts are aimed at a format (valid ones, near misses with every piece sometimes wrong, and noise),
so that every reason a fast path has to step aside comes up.
"""

from __future__ import annotations

from hypothesis import strategies as st

from s1elastic.ingest.dates import for_pattern, zone_of
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.errors import JavaException

ISO_FORMATS = [
    "ISO8601",
    "iso8601",
    "strict_date_optional_time",
    "strict_date_optional_time_nanos",
    "date_optional_time",
    "8strict_date_optional_time",
]
EPOCH_FORMATS = ["UNIX", "UNIX_MS", "epoch_millis", "epoch_second"]
PATTERNS = [
    "yyyy-MM-dd HH:mm:ss",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXX",
    "yyyy-MM-dd'T'HH:mm:ssXXXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx",
    "yyyy-MM-dd HH:mm:ss.SSS ZZZZZ",
    "yyyy-MM-dd HH:mm:ss xx",
    "yyyy-MM-dd HH:mm:ss XXXX",
    "dd/MMM/yyyy:HH:mm:ss Z",
    "EEE, dd MMM yyyy HH:mm:ss Z",
    "EEE, dd MMM uuuu HH:mm:ss Z",
    "EEEE, MMMM d, yyyy h:mm a",
    "MMM d HH:mm:ss",
    "MMM  d HH:mm:ss",
    "MMM dd HH:mm:ss",
    "dd/MM",
    "HH:mm",
    "yyyyMMddHHmmss",
    "yyyyMMdd",
    "yyyyMMddHHmmssSSS",
    "uuuuMMdd",
    "HHmmss",
    "Hmm",
    "d/M/yyyy",
    "d/M/y H:m:s",
    "dd.MM.yy HH:mm",
    "yyyy-MM-dd",
    "yyyy-MM-dd Z",
    "yyyy-MM-dd'T'HH:mm:ssX",
    "yyyy-MM-dd'T'HH",
    "yyyy-MM-dd hh a",
    "yyyy-MM-dd HH:mm:ss.SSS",
    "yyyy-MM-dd[ HH:mm]",
    "yyyy-MM-dd||dd/MM/yyyy",
    "yyyy-MM-dd HH:mm:ss Z||iso8601",
    "yyyy-MM-dd||ISO8601",
    "epoch_millis||strict_date_optional_time",
    "yyyy-MM-dd VV",
    "8yyyy-MM-dd",
]
FORMATS = ISO_FORMATS + EPOCH_FORMATS + PATTERNS
ZONES = [
    "UTC",
    "Z",
    "+05:30",
    "-08:00",
    "+18:00",
    "-18:00",
    "+01:00:30",
    "UTC+01:00",
    "GMT",
    "Europe/Paris",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Africa/Monrovia",
    "America/Sao_Paulo",
]
LOCALES = ["", "en", "en-US", "fr", "de-DE"]
OUTPUT_FORMATS = [
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX",
    "yyyy-MM-dd",
    "EEEE, MMMM d, yyyy h:mm a",
    "HH:mm xxx",
    "yyyy-DDD",
    "yyyy''MM",
    "yy-M-d H:m:s.S",
    "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
    "yyyy-MM-dd'T'HH:mm:ssX",
    "yyyy-MM-dd'T'HH:mm:ssXXXXX",
    "strict_date_optional_time",
    "strict_date_optional_time_nanos",
    "epoch_millis",
    "epoch_second",
    "uuuu-MM-dd'T'HH:mm:ss%",
    "yyyy-MM-dd VV",
]

_DIGITS = st.text("0123456789", min_size=0, max_size=5)
NOISE = st.text("0123456789+-:.,TZ /tzAMPJanMrFbe\u0661 \t", max_size=30)


@st.composite
def iso_text(draw: st.DrawFn) -> str:
    """Texts shaped like ISO dates, with every piece sometimes wrong."""
    sign = draw(st.sampled_from(["", "", "", "+", "-"]))
    year = draw(st.sampled_from(["2024", "2023", "1970", "0001", "0000", "9999", "0002", "9998"]) | _DIGITS)
    out = sign + year
    for _part in ("month", "day"):
        if draw(st.integers(0, 9)) == 0:
            break
        value = draw(st.integers(0, 39))
        out += "-" + (f"{value:02d}" if draw(st.booleans()) else str(value))
    if draw(st.booleans()):
        out += draw(st.sampled_from(["T", "T", "T", "t", " "]))
        for sep in ("", ":", ":"):
            if draw(st.integers(0, 5)) == 0:
                break
            value = draw(st.integers(0, 61))
            out += sep + (f"{value:02d}" if draw(st.integers(0, 7)) else str(value))
        if draw(st.booleans()):
            out += draw(st.sampled_from([".", ".", ","])) + draw(st.text("0123456789", max_size=12))
    if draw(st.booleans()):
        out += draw(
            st.sampled_from(
                ["Z", "+01:00", "+0100", "+01", "-00:00", "+18:00", "-18:00", "+18:30", "+24:00", "+01:60",
                 "+0175", "+01:00:30", "-0530", "UTC", "Europe/Paris", "GMT+2", "z", "Zulu", "+1", "+01:3"]
            )
        )  # fmt: skip
    return out


def _two_digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda v: f"{v:02d}")


@st.composite
def instant_text(draw: st.DrawFn) -> str:
    """`yyyy-MM-ddTHH:mm:ss[.f]Z` and its neighbours: each piece is now and then at or past its
    limits (leap days, day 29..32, hour 24, second 60, years before 0002 and past 9999, fractions
    of 0 or 10 digits, other offsets, non-ASCII digits), and the whole is sometimes mutated."""

    def piece(usual: st.SearchStrategy[str], unusual: st.SearchStrategy[str]) -> str:
        return draw(unusual if draw(st.integers(0, 7)) == 0 else usual)

    year = piece(
        st.sampled_from(["2024", "2023", "2000", "1900", "2100"])
        | st.integers(2, 9998).map(lambda v: f"{v:04d}"),
        st.sampled_from(["0000", "0001", "0002", "9998", "9999", "+10000", "10000", "+2024", "-0001", "202"])
        | st.just("\u0662\u0660\u0662\u0664"),
    )
    month = piece(_two_digits(1, 12) | st.just("02"), st.sampled_from(["00", "13", "1", "1a"]))
    day = piece(_two_digits(1, 28), st.sampled_from(["29", "29", "30", "31", "32", "00", "1"]))
    hour = piece(_two_digits(0, 23), st.sampled_from(["24", "25", "1"]))
    minute = piece(_two_digits(0, 59), st.sampled_from(["60", "61", "5"]))
    second = piece(_two_digits(0, 59), st.sampled_from(["60", "61", "5"]))
    digits = st.integers(1, 9).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
    fraction = piece(
        st.just("")
        | digits.map(lambda d: "." + d)
        | st.text("0123456789", min_size=3, max_size=3).map(lambda d: "." + d),
        st.sampled_from([".", ".1234567891", ".\u0661\u0662\u0663"]) | digits.map(lambda d: "," + d),
    )
    separator = piece(st.just("T"), st.sampled_from(["t", " "]))
    offset = piece(st.just("Z"), st.sampled_from(["z", "+00:00", "-00:00", "+0000", "+01:00", "", "Z "]))
    text = f"{year}-{month}-{day}{separator}{hour}:{minute}:{second}{fraction}{offset}"
    return mutate(draw, text) if draw(st.integers(0, 7)) == 0 else text


@st.composite
def epoch_text(draw: st.DrawFn) -> str:
    sign = draw(st.sampled_from(["", "", "-", "+", " "]))
    whole = draw(st.sampled_from(["1709633472123", "1709633472", "0", "253402300799999", "-1"]) | _DIGITS)
    frac = draw(
        st.sampled_from(["", "", ".", ".5", ".123456", ".1234567891"]) | _DIGITS.map(lambda d: "." + d)
    )
    tail = draw(st.sampled_from(["", "", "", "e3", "d", " "]))
    return sign + whole + frac + tail


def mutate(draw: st.DrawFn, text: str) -> str:
    mutation = draw(st.integers(0, 5))
    if mutation > 3 or not text:
        return text
    at = draw(st.integers(0, len(text) - 1))
    char = draw(st.sampled_from("0123456789 +-:.AMPZT"))
    if mutation == 1:
        return text[:at] + text[at + 1 :]
    if mutation == 2:
        return text[:at] + char + text[at:]
    return text[:at] + char + text[at + 1 :]


@st.composite
def printed_text(draw: st.DrawFn, pattern: str) -> str:
    """What a pattern's general printer writes for some date, sometimes mutated."""
    year = draw(st.sampled_from([2024, 2023, 2000, 1999, 2100, 1, 2, 9998, 9999]) | st.integers(1, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 31 if draw(st.booleans()) else 28))
    zone = zone_of(draw(st.sampled_from(["UTC", "+05:30", "-08:00", "+18:00", "-01:00:30", "Europe/Paris"])))
    try:
        when = JDateTime.of_local(
            year,
            month,
            day,
            draw(st.integers(0, 23)),
            draw(st.integers(0, 59)),
            draw(st.integers(0, 59)),
            draw(st.sampled_from([0, 123_000_000]) | st.integers(0, 999_999_999)),
            zone,
        )
    except (JavaException, ValueError):
        return f"{year}-{month}-{day}"
    return mutate(draw, for_pattern(pattern).format(when))


@st.composite
def text_for(draw: st.DrawFn, fmt: str) -> str:
    """A text aimed at `fmt` (one of its `||` elements), or at another format, or noise."""
    element = draw(st.sampled_from(fmt.removeprefix("8").split("||")))
    if draw(st.integers(0, 9)) < 2:
        return draw(
            iso_text() | epoch_text() | NOISE | st.sampled_from(SINGLE_PATTERNS).flatmap(printed_text)
        )
    if element in ISO_FORMATS or element == "iso8601":
        return draw(iso_text() | instant_text())
    if element in EPOCH_FORMATS:
        return draw(epoch_text())
    return draw(printed_text(element))


SINGLE_PATTERNS = [p.removeprefix("8") for p in PATTERNS if "||" not in p]
