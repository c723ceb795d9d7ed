"""registered_domain: split a host name into domain, registered domain, eTLD and subdomain.

Elasticsearch uses Apache HttpClient's PublicSuffixMatcher, whose rules differ from a textbook
public-suffix lookup in one way that shows in results: a matching PRIVATE-section rule (e.g.
`global.ssl.fastly.net`, `googleapis.com`) is itself returned as the registered domain. The
algorithm below is PublicSuffixMatcher.getDomainRoot; the rules come from the public-suffix list
shipped with the pinned `publicsuffixlist` package (ES's bundled list may be older).
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import ClassVar

import publicsuffixlist

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.processors.base import LoadContext, Processor, register

ICANN, PRIVATE = "ICANN", "PRIVATE"


@lru_cache(maxsize=1)
def suffix_rules() -> tuple[dict[str, str], dict[str, str]]:
    """(rules, exception rules): rule text (Unicode) -> ICANN or PRIVATE, as PublicSuffixListParser reads them."""
    rules: dict[str, str] = {}
    exceptions: dict[str, str] = {}
    section = ICANN
    with open(publicsuffixlist.PSLFILE, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if line.startswith("// ===BEGIN PRIVATE DOMAINS==="):
                section = PRIVATE
            elif line.startswith("// ===BEGIN ICANN DOMAINS==="):
                section = ICANN
            if not line or line.startswith("//"):
                continue
            rule = line.split()[0]
            if rule.startswith("."):
                rule = rule[1:]
            if rule.startswith("!"):
                exceptions.setdefault(rule[1:], section)
            else:
                rules.setdefault(rule, section)
    return rules, exceptions


def _to_unicode(label_text: str) -> str:
    """java.net.IDN.toUnicode: punycode labels decoded, anything undecodable left as is."""
    if "xn--" not in label_text.lower():
        return label_text
    out = []
    for label in label_text.split("."):
        if label.lower().startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label[4:].encode("ascii").decode("punycode")
        out.append(label)
    return ".".join(out)


def _ascii_lower(text: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def domain_root(domain: str) -> str | None:
    """PublicSuffixMatcher.getDomainRoot(domain, null)."""
    if domain.startswith("."):
        return None
    rules, exceptions = suffix_rules()
    segment: str | None = _ascii_lower(domain)
    result = None
    while segment is not None:
        key = _to_unicode(segment)
        if key in exceptions:
            return segment
        rule = rules.get(key)
        if rule is not None:
            return segment if rule == PRIVATE else result
        dot = segment.find(".")
        next_segment = segment[dot + 1 :] if dot != -1 else None
        if next_segment is not None:
            wildcard = rules.get("*." + _to_unicode(next_segment))
            if wildcard is not None:
                return segment if wildcard == PRIVATE else result
        result = segment
        segment = next_segment
    return result


def matches(domain: str) -> bool:
    """PublicSuffixMatcher.matches(domain): the domain itself is a public suffix."""
    return domain_root(domain[1:] if domain.startswith(".") else domain) is None


def domain_info(text: str) -> dict[str, str] | None:
    """RegisteredDomainProcessor.getRegisteredDomain + DomainInfo: the non-null parts, or None."""
    root = domain_root(text)
    if root is None:
        if matches(text):
            return {"domain": text, "top_level_domain": text}
        return None
    if "." not in root:
        return None
    index = root.find(".") + 1
    if not 0 < index < len(root):
        return {}
    info = {"domain": text, "registered_domain": root, "top_level_domain": root[index:]}
    sub = text.rfind("." + root)
    if sub > 0:
        info["subdomain"] = text[:sub]
    return info


@register
class RegisteredDomainProcessor(Processor):
    type_name: ClassVar[str] = "registered_domain"

    def __init__(self, field: str, target_field: str, ignore_missing: bool) -> None:
        super().__init__()
        self.field = FieldPath.of(field)
        prefix = target_field + "." if target_field else ""
        self.targets = {
            key: FieldPath.of(prefix + key)
            for key in ("domain", "registered_domain", "top_level_domain", "subdomain")
        }
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target_field = cfg.string("target_field", "")
        ignore_missing = cfg.boolean("ignore_missing", True)
        return cls(field, target_field, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get_string(self.field, self.ignore_missing)
        info = None if value is MISSING or value is None else domain_info(value)
        if info is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException("unable to set domain information for document")
        for key in ("domain", "registered_domain", "top_level_domain", "subdomain"):
            if key in info:
                doc.set(self.targets[key], info[key])
        return doc
