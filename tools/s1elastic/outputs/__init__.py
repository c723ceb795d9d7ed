"""Destinations for documents: NDJSON files (default) and stdout; Elasticsearch, HEC and SDL later.

`build_output(spec)` turns one `outputs:` entry of the poller config into an Output. Later output
types register a factory in OUTPUT_TYPES.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from s1elastic.outputs.base import Ack, Batch, Document, Failure, Output, OutputError, ndjson_line
from s1elastic.outputs.ndjson import DEFAULT_MAX_BYTES, NdjsonOutput
from s1elastic.outputs.stdout import StdoutOutput


def _ndjson(spec: Mapping[str, Any]) -> Output:
    return NdjsonOutput(Path(spec["path"]), max_bytes=int(spec.get("max_bytes", DEFAULT_MAX_BYTES)))


def _stdout(spec: Mapping[str, Any]) -> Output:
    return StdoutOutput()


def _elasticsearch(spec: Mapping[str, Any]) -> Output:
    from s1elastic.outputs.elasticsearch import build_elasticsearch_output

    return build_elasticsearch_output(spec)


def _hec(spec: Mapping[str, Any]) -> Output:
    from s1elastic.outputs.hec import build_hec_output

    return build_hec_output(spec)


def _sdl(spec: Mapping[str, Any]) -> Output:
    from s1elastic.outputs.sdl import build_sdl_output

    return build_sdl_output(spec)


OUTPUT_TYPES: dict[str, Callable[[Mapping[str, Any]], Output]] = {
    "ndjson": _ndjson,
    "stdout": _stdout,
    "elasticsearch": _elasticsearch,
    "hec": _hec,
    "sdl": _sdl,
}


def build_output(spec: Mapping[str, Any]) -> Output:
    factory = OUTPUT_TYPES.get(str(spec.get("type")))
    if factory is None:
        raise ValueError(f"unknown output type {spec.get('type')!r}")
    return factory(spec)


__all__ = [
    "OUTPUT_TYPES",
    "Ack",
    "Batch",
    "Document",
    "Failure",
    "NdjsonOutput",
    "Output",
    "OutputError",
    "StdoutOutput",
    "build_output",
    "ndjson_line",
]
