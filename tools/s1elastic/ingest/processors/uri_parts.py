"""uri_parts: split a URI into ECS `url.*` parts, as UriPartsProcessor does with java.net.URI/URL."""

from __future__ import annotations

from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.net.uri import URIParts, URISyntaxError, parse_uri, parse_url
from s1elastic.ingest.processors.base import LoadContext, Processor, register


def uri_parts(text: str) -> dict[str, Any]:
    """UriPartsProcessor.apply: URI first, URL as fallback, `unable to parse URI [x]` otherwise."""
    parts: URIParts
    try:
        parts = parse_uri(text)
    except URISyntaxError:
        try:
            parts = parse_url(text)
        except URISyntaxError:
            raise IllegalArgumentException(f"unable to parse URI [{text}]") from None
    out: dict[str, Any] = {"domain": parts.host}
    if parts.fragment is not None:
        out["fragment"] = parts.fragment
    if parts.path is not None:
        out["path"] = parts.path
        # only the last segment counts, and a path without "/" has none (elasticsearch#105689, 8.13+)
        slash = parts.path.rfind("/")
        if slash >= 0:
            dot = parts.path.rfind(".", slash)
            if dot >= 0:
                out["extension"] = parts.path[dot + 1 :]
    if parts.port != -1:
        out["port"] = parts.port
    if parts.query is not None:
        out["query"] = parts.query
    out["scheme"] = parts.scheme
    if parts.user_info is not None:
        out["user_info"] = parts.user_info
        if ":" in parts.user_info:
            colon = parts.user_info.find(":")
            out["username"] = parts.user_info[:colon]
            out["password"] = parts.user_info[colon + 1 :]
    return out


@register
class UriPartsProcessor(Processor):
    type_name: ClassVar[str] = "uri_parts"

    def __init__(
        self,
        field: str,
        target_field: str,
        remove_if_successful: bool,
        keep_original: bool,
        ignore_missing: bool,
    ) -> None:
        super().__init__()
        self.field = FieldPath.of(field)
        self.target = FieldPath.of(target_field)
        self.remove = remove_if_successful and target_field != field
        self.keep_original = keep_original
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target_field = cfg.string("target_field", "url")
        remove_if_successful = cfg.boolean("remove_if_successful", False)
        keep_original = cfg.boolean("keep_original", True)
        ignore_missing = cfg.boolean("ignore_missing", False)
        return cls(field, target_field, remove_if_successful, keep_original, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get_string(self.field, self.ignore_missing)
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            # new URI(null): the parser dereferences its input (JDK helpful NPE text, assumed)
            raise NullPointerException('Cannot invoke "String.length()" because "this.input" is null')
        parts = uri_parts(value)
        if self.keep_original:
            parts["original"] = value
        if self.remove:
            doc.remove(self.field)
        doc.set(self.target, parts)
        return doc
