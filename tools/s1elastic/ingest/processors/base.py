"""The processor contract and the name -> class registry.

A processor class builds itself from its options once (`create`) and then only runs documents
(`execute`). The common options (`tag`, `description`, `if`, `ignore_failure`, `on_failure`) are
read by the pipeline loader, not by each processor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Protocol

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.fusion import AtField, FieldTest


class LoadContext(Protocol):
    """What a processor factory may ask of the loader."""

    geoip_dir: Path | None

    def load_processor(self, processor_type: str, options: Any) -> Processor:
        """Build one nested processor (foreach's `processor`) with its common options and handlers."""
        ...

    def compile_script(self, source: str, params: dict[str, Any] | None, *, condition: bool) -> Any:
        """Compile Painless source (`CompiledScript`); compile errors are script_exception."""
        ...


class Processor:
    """One configured processor. `execute` returns the document, or None when it was dropped."""

    type_name: ClassVar[str] = ""

    def __init__(self, tag: str | None = None, description: str | None = None) -> None:
        self.tag = tag
        self.description = description

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        raise NotImplementedError(cls.__name__)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raise NotImplementedError(type(self).__name__)

    def at_field(self, test: FieldTest) -> AtField | None:
        """The operation to run once `test` (this processor's `if`) held on this processor's own
        field, given that field's parent map and value (fusion.py); None when it cannot be fused."""
        return None

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """Every field this processor may set, replace or remove, handlers included; None when that
        is not known before a document runs (templated names, scripts, nested pipelines). The
        executor only groups fused steps whose shared parent chain none of these can cut."""
        return None


REGISTRY: dict[str, type[Processor]] = {}


def register(cls: type[Processor]) -> type[Processor]:
    """Class decorator: make the processor available under its `type_name`."""
    REGISTRY[cls.type_name] = cls
    return cls
