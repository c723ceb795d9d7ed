"""Java date handling for the ingest engine: patterns, ES named formats, zones, locales.

Public entry points:
- `for_pattern(text)`: an Elasticsearch DateFormatter (parse to fields, format a JDateTime).
- `date_function(format, zone, locale)`: the date processors' format functions.
- `zone_of(id)`, `parse_locale(text)`, `parse_language_tag(text)`: option parsing with Java's errors.
- `dates.fast`: load-time compiled fast parsers and printers that defer to the above when unsure.
"""

from s1elastic.ingest.dates.formatter import EsDateFormatter, for_pattern
from s1elastic.ingest.dates.ingest import DateFunction, date_function
from s1elastic.ingest.dates.locales import parse_language_tag, parse_locale
from s1elastic.ingest.dates.pattern import UnsupportedPatternError
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.zones import UTC, Zone, ZoneRulesException, zone_of

__all__ = [
    "UTC",
    "DateFunction",
    "EsDateFormatter",
    "JDateTime",
    "UnsupportedPatternError",
    "Zone",
    "ZoneRulesException",
    "date_function",
    "for_pattern",
    "parse_language_tag",
    "parse_locale",
    "zone_of",
]
