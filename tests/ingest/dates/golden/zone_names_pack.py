"""Pack ZoneNamesGen.java's JDK dump into the package's zone_names.dat and the golden zone_names.tsv.

Usage: python zone_names_pack.py DUMPDIR DAT_OUT GOLDEN_OUT (from the repository root, with the
package importable: it reads the packed file back with `zone_names.parse_data` to find where the
case-insensitive tables need entries of their own). Not run by the tests.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from s1elastic.ingest.dates.zone_names import parse_data

HEADER = """\
# Time-zone names of java.time's DateTimeFormatter (pattern letters z, zzzz, v, vvvv) for Locale.ROOT and
# Locale.ENGLISH, and the zone each name parses to. Generated, do not edit: made on Temurin 25.0.3 (CLDR
# locale data only, as Elasticsearch 8.16+/9.x run) by tests/ingest/dates/golden/ZoneNamesGen.java for
# every ZoneId.getAvailableZoneIds() id (TimeZone.getDisplayName and DateTimeFormatter v/vvvv), parsing
# every name with DateTimeFormatter z/zzzz; packed by tests/ingest/dates/golden/zone_names_pack.py.
# [en] lines: short std|short dst|long std|long dst|short generic|long generic (named by line index).
# [zones] lines: id, ROOT names, English line index, and the zone its long names parse to when not itself.
#   ROOT is `zstd|zdst@City` (long names `City (+0)`/`City (+1)`, generic `zstd` and `City`; `|zdst` left
#   out when equal) or `=` and the six names as in [en].
# [unlisted LOCALE]: region ids that are no key of that locale's name table.
# [parse LOCALE short] lines: zone, then the short names that parse to it; [parse LOCALE long] lines: the
#   long names whose zone is not the one [zones] gives (or that are region ids). Names that are region ids
#   parsing to themselves, and GMT/UT/+/- names (parsed as offsets before the name table), are left out;
#   `ci` sections: where the case-insensitive table differs from the folded case-sensitive one.
"""

Row = list[str]


def _rows(path: Path) -> list[Row]:
    return [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]


def _skip(name: str) -> bool:
    """Names ZoneIdPrinterParser reads as offsets before it looks in the name table."""
    return name[:1] in "+-" or (name.startswith(("GMT", "UT")) and not name.startswith("UTC"))


def _full(results: dict[tuple[str, str, str], str], loc: str, pat: str, key: str) -> str | None:
    """The zone the JDK parsed `key` to when it consumed all of it."""
    got = results.get((loc, pat, key), "ERR")
    if got.startswith(("ERR", "EXC")):
        return None
    zone, end = got.rsplit("@", 1)
    return zone if int(end) == len(key) else None


def pack(dump: Path, out: Path) -> None:
    names = _rows(dump / "names.tsv")
    ids = {r[0] for r in names}
    cs: dict[tuple[str, str, str], str] = {}
    ci: dict[tuple[str, str, str], str] = {}
    for loc, pat, insensitive, key, got in _rows(dump / "parse.tsv"):
        if pat in ("z", "zzzz"):
            (ci if insensitive == "1" else cs)[(loc, pat, key)] = got
    english: list[str] = []
    english_index: dict[str, int] = {}
    zone_lines: list[str] = []
    emulated: dict[str, dict[str, str]] = {"ROOT": {}, "en": {}}
    for r in names:
        zone_id, root, en = r[0], r[1:7], r[7:13]
        zs, zd, ls, ld, v, vv = root
        if ls.endswith(" (+0)") and ld == ls[:-5] + " (+1)" and vv == ls[:-5] and v == zs:
            root_text = (zs if zs == zd else f"{zs}|{zd}") + "@" + vv
        else:
            root_text = "=" + "|".join(root)
        key = "|".join(en)
        if key not in english_index:
            english_index[key] = len(english)
            english.append(key)
        targets = set()
        for loc, off in (("ROOT", 1), ("en", 7)):
            for i in (2, 3, 5):
                name = r[off + i]
                if not _skip(name) and not (name in ids and _full(cs, loc, "zzzz", name) == name):
                    targets.add(_full(cs, loc, "zzzz", name))
        targets.discard(None)
        target = min(targets, key=lambda t: (t != zone_id, t)) if targets else ""
        for loc, off in (("ROOT", 1), ("en", 7)):
            for i in (2, 3, 5):
                name = r[off + i]
                if not _skip(name) and name not in ids:
                    emulated[loc].setdefault(name, target or zone_id)
        extra = "" if target in ("", zone_id) else f"\t{target}"
        zone_lines.append(f"{zone_id}\t{root_text}\t{english_index[key]}{extra}")
    sections: dict[tuple[str, str], dict[str, list[str]]] = {}
    for loc, pat, key in cs:
        zone = _full(cs, loc, pat, key)
        if zone is None or _skip(key) or (key in ids and zone == key):
            continue
        if pat == "zzzz" and emulated[loc].get(key) == zone:
            continue
        style = "long" if pat == "zzzz" else "short"
        sections.setdefault((loc, style), {}).setdefault(zone, []).append(key)
    for loc, table in emulated.items():
        for name, zone in table.items():
            assert _full(cs, loc, "zzzz", name) is not None, (loc, name, zone)
    unlisted: dict[str, list[str]] = {}
    for loc, pat, insensitive, key, got in _rows(dump / "ids.tsv"):
        if insensitive == "0" and pat == "z" and key in ids and got.startswith("ERR"):
            unlisted.setdefault(loc, []).append(key)
    parts = [HEADER, "[en]\n", *(s + "\n" for s in english), "[zones]\n", *(s + "\n" for s in zone_lines)]
    for loc, found in sorted(unlisted.items()):
        parts.append(f"[unlisted {loc}]\n" + "\t".join(sorted(found)) + "\n")
    for (loc, style), by_zone in sorted(sections.items()):
        parts.append(f"[parse {loc} {style}]\n")
        parts.extend(z + "\t" + "\t".join(sorted(ks)) + "\n" for z, ks in sorted(by_zone.items()))
    text = "".join(parts)
    trees = parse_data(text)[1]
    ci_parts = []
    for loc, pat in (("ROOT", "z"), ("ROOT", "zzzz"), ("en", "z"), ("en", "zzzz")):
        tree = trees[(loc == "ROOT", pat == "zzzz", True)]
        by: dict[str, list[str]] = {}
        for (loc2, pat2, key), _ in ci.items():
            zone = _full(ci, loc, pat, key)
            if (loc2, pat2) != (loc, pat) or _skip(key) or key != key.lower() or zone is None:
                continue
            if key in tree and tree[key] != zone:
                by.setdefault(zone, []).append(key)
        if by:
            ci_parts.append(f"[parse {loc} {'long' if pat == 'zzzz' else 'short'} ci]\n")
            ci_parts.extend(z + "\t" + "\t".join(sorted(ks)) + "\n" for z, ks in sorted(by.items()))
    out.write_text(text + "".join(ci_parts), encoding="utf-8")


GOLDEN_HEADER = """\
# A sample of java.time's zone-name printing and parsing on Temurin 25.0.3 (CLDR data, as Elasticsearch
# 8.16+/9.x run), drawn (seed 7) from ZoneNamesGen.java's dump by zone_names_pack.py.
# F rows: zone, instant, locale (ROOT or en), pattern, printed text.
# P rows: locale, pattern, case-insensitive (1) or not (0), text, zone@end or ERR@error index.
"""

# the JDK's tz data (2026a) and this machine's differ before 1970 for these legacy ids (reported)
_OTHER_TZ_DATA = {"CET", "MET", "WET", "EST5EDT", "MST7MDT", "America/Nassau"}


def golden(dump: Path, out: Path) -> None:
    rng = random.Random(7)
    fmt = [r for r in _rows(dump / "format.tsv") if not r[0].startswith("SystemV/")]
    fmt = [r for r in fmt if not (r[0] in _OTHER_TZ_DATA and r[1].startswith("1920"))]
    must = {"Europe/Berlin", "America/New_York", "Europe/London", "Europe/Dublin", "Asia/Kolkata", "UTC",
            "Africa/Casablanca", "Africa/Windhoek", "Australia/Sydney", "Etc/GMT-14", "Asia/Kathmandu",
            "America/Indiana/Indianapolis", "Europe/Kyiv", "Pacific/Chatham", "GMT", "Etc/UTC", "CET"}  # fmt: skip
    negative_dst = {"Europe/Dublin", "Africa/Casablanca", "Africa/Windhoek"}
    picked = [r for r in fmt if r[0] in must and (r[1][:4] == "2024" or r[0] in negative_dst)]
    picked += rng.sample([r for r in fmt if r[0] not in must], 150)
    parse = [r for r in _rows(dump / "parse.tsv") + _rows(dump / "parse2.tsv") if "SystemV/" not in r[3]]
    parse_picked = rng.sample([r for r in parse if not r[4].startswith("ERR")], 160)
    parse_picked += rng.sample([r for r in parse if r[4].startswith("ERR")], 50)
    lines = [GOLDEN_HEADER]
    lines += ["F\t" + "\t".join(r) + "\n" for r in sorted(picked)]
    lines += ["P\t" + "\t".join(r) + "\n" for r in sorted(parse_picked)]
    out.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    pack(Path(sys.argv[1]), Path(sys.argv[2]))
    golden(Path(sys.argv[1]), Path(sys.argv[3]))
