"""`POST _ingest/pipeline/_simulate`: request parsing, execution and the response body.

    status, body = simulate(pipeline, {"docs": [{"_source": {...}}]}, verbose=False)

Request (SimulatePipelineRequest.parseDocs): `docs` (non-empty list of objects), each with `_source`
and optional `_index`/`_id` (string or int; default `"_index"`/`"_id"`), `_routing`, `_version`
(default -3), `_version_type`, `_if_seq_no`, `_if_primary_term`, `_dynamic_templates`. A bad request
gives `(400, {"error": {...}, "status": 400})`.

Response: `{"docs": [...]}` with, per document, `{"doc": {META..., "_source", "_ingest"}}`, `null`
when dropped, or `{"error": {...}}`. Verbose (`processor_results`) follows TrackingResultProcessor:
the pipeline's processors are re-wrapped so that every real processor records a result, `if` and
`on_failure` wrappers are unwrapped, and `pipeline` processors record themselves and then the
called pipeline's processors in the same flat list.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.errors import (
    ElasticsearchException,
    GraphStructureException,
    IllegalArgumentException,
    JavaException,
    NumberFormatException,
    ParseException,
    ResourceNotFoundException,
    request_error,
)
from s1elastic.ingest.executor import (
    CompoundProcessor,
    ConditionalProcessor,
    execute_pipeline,
    unwrap,
)
from s1elastic.ingest.javatypes import JLong, java_class_name, java_to_string
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.processors.base import Processor
from s1elastic.ingest.processors.pipeline import PipelineProcessor
from s1elastic.ingest.processors.script import ensure_no_self_references

__all__ = ["document_json", "parse_docs", "simulate", "simulate_request"]

_METADATA_SET = frozenset(METADATA_KEYS)
_LONG_TEXT = re.compile(r"[+-]?[0-9]+")
_VERSION_TYPES = {
    "internal": "internal",
    "external": "external",
    "external_gt": "external",
    "external_gte": "external_gte",
}


# ---------------------------------------------------------------------------------------------
# Request


def http_status(exc: JavaException) -> int:
    """ExceptionsHelper.status for the failures a simulate request can have."""
    exc = unwrap(exc)
    if isinstance(exc, ResourceNotFoundException):
        return 404
    if (
        isinstance(exc, ElasticsearchException)
        and type(exc) is ElasticsearchException
        and exc.cause is not None
    ):
        return http_status(exc.cause)
    if isinstance(exc, ParseException | IllegalArgumentException) or exc.type_name == "script_exception":
        return 400
    return 500


def _string_or_long(reader: ProcessorConfig, name: str) -> str | None:
    """readOptionalStringOrLongProperty."""
    value = reader.options.pop(name, None)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63:
        return str(int(value))
    raise reader.error(name, f"property isn't a string or long, but of type [{java_class_name(value)}]")


def _parse_long(text: str) -> JLong:
    """Long.parseLong."""
    if _LONG_TEXT.fullmatch(text):
        number = int(text)
        if -(2**63) <= number < 2**63:
            return JLong(number)
    raise NumberFormatException(f'For input string: "{text}"')


def parse_docs(body: dict[str, Any]) -> list[IngestDocument]:
    """SimulatePipelineRequest.parseDocs."""
    reader = ProcessorConfig(None, None, dict(body))  # type: ignore[arg-type]
    docs = reader.list("docs")
    if not docs:
        raise IllegalArgumentException("must specify at least one document in [docs]")
    out: list[IngestDocument] = []
    for entry in docs:
        if not isinstance(entry, dict):
            raise IllegalArgumentException("malformed [docs] section, should include an inner object")
        data = ProcessorConfig(None, None, dict(entry))  # type: ignore[arg-type]
        source = data.map("_source")
        index = data.string_or_int("_index", "_index")
        doc_id = data.string_or_int("_id", "_id")
        routing = data.string_or_int("_routing", None)
        version = JLong(-3)
        if "_version" in data.options:
            text = _string_or_long(data, "_version")
            if text is None:
                raise IllegalArgumentException("[_version] cannot be null")
            version = _parse_long(text)
        version_type = None
        if "_version_type" in data.options:
            name = data.string("_version_type")
            if name not in _VERSION_TYPES:
                raise IllegalArgumentException(f"No version type match [{name}]")
            version_type = _VERSION_TYPES[name]
        present = ["_index", "_id", "_version"]
        present += [k for k, v in (("_routing", routing), ("_version_type", version_type)) if v is not None]
        clashes = sorted(k for k in present if k in source)
        if clashes:
            listed = ", ".join(f"{k}:{java_to_string(source[k])}" for k in clashes)
            raise IllegalArgumentException(f"unexpected metadata [{listed}] in source")
        doc = IngestDocument.from_source(
            source,
            index=index,
            doc_id=doc_id,
            version=int(version),
            metadata={"_routing": routing, "_version_type": version_type},
        )
        for key in ("_if_seq_no", "_if_primary_term"):
            if key in data.options:
                text = _string_or_long(data, key)
                if text is None:
                    raise IllegalArgumentException(f"[{key}] cannot be null")
                doc.set(FieldPath.of(key), _parse_long(text))
        if "_dynamic_templates" in data.options:
            doc.set(FieldPath.of("_dynamic_templates"), dict(data.map("_dynamic_templates")))
        out.append(doc)
    return out


# ---------------------------------------------------------------------------------------------
# Response


class SelfReferencingDocument(Exception):
    """A result document that contains itself (a script stored a container inside itself and the
    failure was ignored): it cannot be copied or written, so the whole request fails.

    Elasticsearch's IngestDocument copy and XContentBuilder both refuse such a map with
    `Iterable object is self-referencing itself`; that the simulate request then fails as a whole
    (400) rather than per document is [U].
    """

    def __init__(self) -> None:
        super().__init__("self-referencing document")
        self.error = IllegalArgumentException("Iterable object is self-referencing itself")


def document_json(doc: IngestDocument) -> dict[str, Any]:
    """WriteableIngestDocument: metadata as strings, then deep copies of `_source` and `_ingest`."""
    source = doc.source
    out: dict[str, Any] = {}
    for key in METADATA_KEYS:
        value = source.get(key)
        if value is not None:
            out[key] = java_to_string(value)
    try:
        out["_source"] = {k: deep_copy(v) for k, v in source.items() if k not in _METADATA_SET}
        out["_ingest"] = deep_copy(doc.ingest)
    except RecursionError:
        # Only a cycle (or absurd nesting, which is re-raised) gets here; the stack is unwound.
        try:
            ensure_no_self_references(source)
            ensure_no_self_references(doc.ingest)
        except IllegalArgumentException:
            raise SelfReferencingDocument() from None
        raise
    return out


def _document_result(pipeline: Pipeline, doc: IngestDocument) -> dict[str, Any] | None:
    try:
        result = execute_pipeline(doc, pipeline)
        if result is None:
            return None
        return {"doc": document_json(result)}
    except JavaException as exc:
        return {"error": unwrap(exc).error_body()}


@dataclass(frozen=True)
class ProcessorResult:
    """SimulateProcessorResult: one line of `processor_results`."""

    processor_type: str | None
    tag: str | None
    description: str | None
    doc: dict[str, Any] | None = None
    failure: JavaException | None = None
    condition: tuple[str, bool] | None = None

    def status(self) -> str:
        if self.condition is not None and not self.condition[1]:
            return "skipped"
        if self.failure is not None:
            return "error" if self.doc is None else "error_ignored"
        if self.doc is None and self.processor_type != "pipeline":
            return "dropped"
        return "success"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.processor_type is not None:
            out["processor_type"] = self.processor_type
        out["status"] = self.status()
        if self.description is not None:
            out["description"] = self.description
        if self.tag is not None:
            out["tag"] = self.tag
        if self.condition is not None:
            out["if"] = {"condition": self.condition[0], "result": self.condition[1]}
        if self.failure is not None:
            error = unwrap(self.failure).error_body()
            if self.doc is not None:
                out["ignored_error"] = {"error": error}
            else:
                out["error"] = error
        if self.doc is not None:
            out["doc"] = self.doc
        return out


class TrackingResultProcessor(Processor):
    """Runs one real processor and records what happened (verbose simulate)."""

    type_name: ClassVar[str] = "tracking"

    def __init__(
        self,
        ignore_failure: bool,
        actual: Processor,
        conditional: ConditionalProcessor | None,
        results: list[ProcessorResult],
        cycle_check: bool,
    ) -> None:
        super().__init__(actual.tag, actual.description)
        self.ignore_failure = ignore_failure
        self.actual = actual
        self.conditional = conditional
        self.results = results
        self.cycle_check = cycle_check

    def _record(
        self,
        doc: IngestDocument | None,
        failure: JavaException | None,
        condition: tuple[str, bool] | None,
    ) -> None:
        actual = self.actual
        snapshot = document_json(doc) if doc is not None else None
        self.results.append(
            ProcessorResult(actual.type_name, actual.tag, actual.description, snapshot, failure, condition)
        )

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        condition: tuple[str, bool] | None = None
        if self.conditional is not None:
            if not self.conditional.evaluate(doc):
                self._record(None, None, (self.conditional.condition, False))
                return doc
            condition = (self.conditional.condition, True)
        actual = self.actual
        if isinstance(actual, PipelineProcessor):
            return self._execute_pipeline(actual, doc, condition)
        try:
            result = actual.execute(doc)
        except JavaException as exc:
            self._record(doc if self.ignore_failure else None, exc, condition)
            raise
        self._record(doc if result is not None else None, None, condition)
        return result

    def _execute_pipeline(
        self, actual: PipelineProcessor, doc: IngestDocument, condition: tuple[str, bool] | None
    ) -> IngestDocument | None:
        name, pipeline = actual.get_pipeline(doc)
        if pipeline is None:
            missing = IllegalArgumentException(
                f"Pipeline processor configured for non-existent pipeline [{name}]"
            )
            self._record(doc if actual.ignore_missing_pipeline else None, missing, condition)
            if actual.ignore_missing_pipeline:
                return doc
            raise missing
        if self.cycle_check:
            # A non-verbose run on a copy (with an empty pipeline stack) finds cycles first.
            copy = IngestDocument(deep_copy(doc.source), deep_copy(doc.ingest))
            try:
                execute_pipeline(copy, pipeline)
            except JavaException as exc:
                if isinstance(exc, ElasticsearchException) and isinstance(exc.cause, GraphStructureException):
                    self._record(doc if self.ignore_failure else None, exc, condition)
                    raise
        decorated = decorate(pipeline.compound, None, self.results, cycle_check=False)
        self._record(None, None, condition)
        result: IngestDocument | None = execute_pipeline(doc, pipeline, decorated)
        return result


def decorate(
    compound: CompoundProcessor,
    parent: ConditionalProcessor | None,
    results: list[ProcessorResult],
    *,
    cycle_check: bool = True,
) -> CompoundProcessor:
    """TrackingResultProcessor.decorate: the same tree with every real processor tracked."""

    def wrap(processor: Processor, condition: ConditionalProcessor | None) -> Processor:
        if isinstance(processor, ConditionalProcessor):
            condition = processor
            processor = processor.inner
        if isinstance(processor, CompoundProcessor):
            # Elasticsearch's recursive call uses the public decorate(), which checks cycles.
            return decorate(processor, condition, results, cycle_check=True)
        return TrackingResultProcessor(compound.ignore_failure, processor, condition, results, cycle_check)

    processors = [wrap(p, parent) for p in compound.processors]
    on_failure = [wrap(p, None) for p in compound.on_failure]
    return CompoundProcessor(compound.ignore_failure, processors, on_failure)


def _verbose_result(pipeline: Pipeline, doc: IngestDocument) -> dict[str, Any]:
    results: list[ProcessorResult] = []
    decorated = decorate(pipeline.compound, None, results)
    # SimulateDocumentVerboseResult keeps only the processor results, not the failure.
    with contextlib.suppress(JavaException):
        execute_pipeline(doc, pipeline, decorated)
    return {"processor_results": [r.to_json() for r in results]}


# ---------------------------------------------------------------------------------------------
# Entry points


def simulate(
    pipeline: Pipeline, body: dict[str, Any], *, verbose: bool = False
) -> tuple[int, dict[str, Any]]:
    """Simulate `body` against `pipeline` (like `POST _ingest/pipeline/<id>/_simulate`)."""
    try:
        docs = parse_docs(body)
    except JavaException as exc:
        status = http_status(exc)
        return status, request_error(exc, status)
    try:
        if verbose:
            return 200, {"docs": [_verbose_result(pipeline, doc) for doc in docs]}
        return 200, {"docs": [_document_result(pipeline, doc) for doc in docs]}
    except SelfReferencingDocument as exc:
        return 400, request_error(exc.error, 400)


def simulate_request(
    body: dict[str, Any],
    *,
    pipeline: Pipeline | None = None,
    pipelines_dir: Path | None = None,
    geoip_dir: Path | None = None,
    verbose: bool = False,
) -> tuple[int, dict[str, Any]]:
    """A whole simulate request: the inline `pipeline` of the body unless one is given."""
    if pipeline is None:
        try:
            config = ProcessorConfig(None, None, dict(body)).map("pipeline")  # type: ignore[arg-type]
            pipeline = Pipeline.load(config, pipelines_dir=pipelines_dir, geoip_dir=geoip_dir)
        except JavaException as exc:
            status = http_status(exc)
            return status, request_error(exc, status)
    return simulate(pipeline, body, verbose=verbose)
