"""A loaded ingest pipeline: built once from YAML, JSON or a dict, then run on many documents.

    pipeline = Pipeline.load(Path("default.yml"))
    doc = pipeline.run({"message": "..."})      # IngestDocument, None when dropped
                                                # or raises the JavaException Elasticsearch reports

Loading follows Pipeline.create (allowed keys `description`, `version`, `_meta`, `deprecated`,
`processors`, `on_failure`); a file's id is its stem, a dict's `_simulate_pipeline` (the inline
simulate pipeline) unless given. `pipeline` processors find other pipelines by file stem in
`pipelines_dir` (default: the pipeline file's own directory).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import (
    ElasticsearchException,
    IllegalStateException,
    JavaException,
    ParseException,
)
from s1elastic.ingest.executor import CompoundProcessor, IngestProcessorException, execute_pipeline, unwrap
from s1elastic.ingest.javatypes import hashmap_keys, java_class_name, live_table_size
from s1elastic.ingest.loader import PipelineLoader, read_pipeline_file
from s1elastic.ingest.processors.base import Processor

SIMULATE_PIPELINE_ID = "_simulate_pipeline"
_PIPELINE_KEYS = ("description", "version", "_meta", "deprecated", "processors", "on_failure")


class Pipeline:
    """A pipeline id plus its processors (a CompoundProcessor without ignore_failure)."""

    def __init__(
        self,
        pipeline_id: str,
        compound: CompoundProcessor,
        *,
        description: str | None = None,
        version: int | None = None,
        meta: dict[str, Any] | None = None,
        deprecated: bool | None = None,
        loader: PipelineLoader | None = None,
    ) -> None:
        self.id = pipeline_id
        self.compound = compound
        self.description = description
        self.version = version
        self.meta = meta
        self.deprecated = deprecated
        self.loader = loader

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        source: Path | str | dict[str, Any],
        *,
        pipeline_id: str | None = None,
        pipelines_dir: Path | None = None,
        geoip_dir: Path | None = None,
    ) -> Pipeline:
        """Load and compile a pipeline; raises what `PUT _ingest/pipeline` would refuse it with."""
        if isinstance(source, dict):
            loader = PipelineLoader(pipelines_dir=pipelines_dir, geoip_dir=geoip_dir)
            pipeline = cls.from_config(source, pipeline_id=pipeline_id or SIMULATE_PIPELINE_ID, loader=loader)
            if pipeline_id is not None:
                loader.register(pipeline)
            return pipeline
        path = Path(source)
        loader = PipelineLoader(pipelines_dir=pipelines_dir or path.parent, geoip_dir=geoip_dir)
        config = read_pipeline_file(path)
        pid = pipeline_id or path.stem
        if not isinstance(config, dict):
            raise ParseException(f"pipeline [{pid}] is not a map, but of type [{java_class_name(config)}]")
        pipeline = cls.from_config(config, pipeline_id=pid, loader=loader)
        loader.register(pipeline)
        return pipeline

    @classmethod
    def from_config(cls, config: dict[str, Any], *, pipeline_id: str, loader: PipelineLoader) -> Pipeline:
        """Pipeline.create: read the known keys, build the processors, refuse anything left."""
        table_size = live_table_size(len(config))
        options = dict(config)
        reader = ProcessorConfig(None, None, options)  # type: ignore[arg-type]
        description = reader.string("description", None)
        version = _read_version(reader)
        meta = reader.map("_meta", None)
        deprecated = reader.boolean("deprecated", False) if reader.has("deprecated") else None
        processor_configs = reader.list("processors")
        processors = loader.read_processors(processor_configs)
        on_failure_configs = reader.list("on_failure", None)
        on_failure = loader.read_processors(on_failure_configs)
        options.pop("deprecated", None)
        if options:
            keys = ", ".join(hashmap_keys(options, table_size))
            raise ParseException(
                f"pipeline [{pipeline_id}] doesn't support one or more provided configuration parameters [{keys}]"
            )
        if on_failure_configs is not None and not on_failure:
            raise ParseException(f"pipeline [{pipeline_id}] cannot have an empty on_failure option defined")
        compound = CompoundProcessor(False, processors, on_failure)
        return cls(
            pipeline_id,
            compound,
            description=description,
            version=version,
            meta=meta,
            deprecated=deprecated,
            loader=loader,
        )

    # -- running -------------------------------------------------------------------------------

    @property
    def processors(self) -> tuple[Processor, ...]:
        return self.compound.processors

    def run(
        self, source: dict[str, Any], *, index: str = "_index", doc_id: str = "_id"
    ) -> IngestDocument | None:
        """Run one document (its `_source`); None when dropped, else the document.

        Only the top level of `source` is copied: its nested maps and lists become the document's own
        and are changed in place, so callers pass a fresh object per document.

        Raises the JavaException Elasticsearch would report for the document (already unwrapped).
        """
        doc = IngestDocument.from_source(source, index=index, doc_id=doc_id)
        try:
            result: IngestDocument | None = execute_pipeline(doc, self)
        except IngestProcessorException as exc:
            raise unwrap(exc) from None
        return result

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        """Run an existing document (executePipeline); failures stay wrapped for the caller."""
        result: IngestDocument | None = execute_pipeline(doc, self)
        return result


def _read_version(reader: ProcessorConfig) -> int | None:
    if not reader.has("version"):
        reader.options.pop("version", None)
        return None
    return reader.integer("version", 0)


class _PlaceholderProcessor(Processor):
    """Fails every document: stands for a stored pipeline that could not be loaded."""

    type_name: ClassVar[str] = "unknown"

    def __init__(self, message: str) -> None:
        super().__init__(None, "this is a placeholder processor")
        self.message = message

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raise IllegalStateException(self.message)


def _detailed_message(exc: JavaException) -> str:
    """ElasticsearchException.getDetailedMessage, approximately [U exact class-name rendering]."""
    parts: list[str] = []
    current: JavaException | None = exc
    while current is not None:
        simple = current.java_class.rsplit(".", 1)[-1]
        if isinstance(current, ElasticsearchException):
            parts.append(f"{simple}[{current.reason}]")
        else:
            parts.append(current.java_to_string())
        current = current.cause
    return "; nested: ".join(parts)


def placeholder_pipeline(pipeline_id: str, exc: JavaException) -> Pipeline:
    """IngestService.substitutePipeline."""
    message = f"pipeline with id [{pipeline_id}] could not be loaded, caused by [{_detailed_message(exc)}]"
    compound = CompoundProcessor(False, [_PlaceholderProcessor(message)])
    description = (
        f"this is a place holder pipeline, because pipeline with id [{pipeline_id}] could not be loaded"
    )
    return Pipeline(pipeline_id, compound, description=description)
