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


OUTPUT_TYPES: dict[str, Callable[[Mapping[str, Any]], Output]] = {"ndjson": _ndjson, "stdout": _stdout}


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
