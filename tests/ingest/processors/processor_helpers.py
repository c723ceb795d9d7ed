"""Build one processor from its options and run it on a fresh document (no pipeline needed)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.processors import REGISTRY, Processor, load_all


class FakeContext:
    """A LoadContext for processors that need no nested processors or scripts."""

    geoip_dir: Path | None = None

    def load_processor(self, processor_type: str, options: Any) -> Processor:
        raise AssertionError("not used by these processors")

    def compile_script(self, source: str, params: dict[str, Any] | None, *, condition: bool) -> Any:
        raise AssertionError("not used by these processors")


def build(processor_type: str, options: dict[str, Any], tag: str | None = None) -> Processor:
    load_all()
    cfg = ProcessorConfig(processor_type, tag, copy.deepcopy(options))
    return REGISTRY[processor_type].create(cfg, FakeContext())


def run_doc(processor_type: str, options: dict[str, Any], source: dict[str, Any]) -> IngestDocument:
    doc = IngestDocument.from_source(copy.deepcopy(source))
    result = build(processor_type, options).execute(doc)
    assert result is doc
    return doc


def run(processor_type: str, options: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """The document's `_source` after the processor ran."""
    return run_doc(processor_type, options, source).source_fields()


def run_error(processor_type: str, options: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """The `error` JSON Elasticsearch would print for the failing document."""
    with pytest.raises(JavaException) as caught:
        run(processor_type, options, source)
    return caught.value.error_body()


def config_error(processor_type: str, options: dict[str, Any], tag: str | None = "t") -> dict[str, Any]:
    """The error body of a processor configuration Elasticsearch refuses."""
    with pytest.raises(JavaException) as caught:
        build(processor_type, options, tag)
    return caught.value.error_body()


def iae(reason: str) -> dict[str, Any]:
    """An illegal_argument_exception error body."""
    entry = {"type": "illegal_argument_exception", "reason": reason}
    return {"root_cause": [entry], **entry}


def parse_error(reason: str, prop: str | None, processor_type: str, tag: str | None = "t") -> dict[str, Any]:
    entry: dict[str, Any] = {"type": "parse_exception", "reason": reason}
    if prop is not None:
        entry["property_name"] = prop
    entry["processor_type"] = processor_type
    if tag is not None:
        entry["processor_tag"] = tag
    return {"root_cause": [entry], **entry}
