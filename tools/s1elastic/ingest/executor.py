"""Running processors the way Elasticsearch's CompoundProcessor, ConditionalProcessor and
IngestDocument.executePipeline do.

The loader builds the same tree Elasticsearch builds: a pipeline is a `CompoundProcessor`; a
processor with `ignore_failure` or `on_failure` is wrapped in an `OnFailureProcessor` (a one-item
compound), and one with `if` in a `ConditionalProcessor` outside that. Running a document is a
plain loop over bound methods: no exception is raised on the happy path, and the error bookkeeping
(headers, `_ingest.on_failure_*`) only happens when a processor fails.

A failure travels as `IngestProcessorException`, the wrapper that carries the failing processor's
type, tag and pipeline stack (Elasticsearch's headers). Callers outside the engine only ever see the
unwrapped cause (`unwrap`), which is what Elasticsearch renders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import ElasticsearchException, GraphStructureException, JavaException
from s1elastic.ingest.fusion import AtField, FieldTest, GroupMember, cuts_chain, fused_group, fused_step
from s1elastic.ingest.processors.base import REGISTRY, Processor

if TYPE_CHECKING:
    from s1elastic.ingest.pipeline import Pipeline

MAX_PIPELINES = 100
ON_FAILURE_MESSAGE = "on_failure_message"
ON_FAILURE_TYPE = "on_failure_processor_type"
ON_FAILURE_TAG = "on_failure_processor_tag"
ON_FAILURE_PIPELINE = "on_failure_pipeline"

Step = Callable[[IngestDocument], "IngestDocument | None"]
Test = Callable[[dict[str, Any]], bool]


class IngestProcessorException(ElasticsearchException):
    """The wrapper CompoundProcessor throws: the cause plus processor_type/tag/pipeline_origin headers.

    Elasticsearch unwraps it for rendering (ElasticsearchWrapperException), so it never shows.
    """

    java_class = "org.elasticsearch.ingest.IngestProcessorException"

    def __init__(
        self, cause: JavaException, processor_type: str | None, tag: str | None, origin: list[str]
    ) -> None:
        super().__init__(cause.java_to_string(), cause=cause)
        self.processor_type = processor_type
        self.processor_tag = tag
        self.pipeline_origin = origin


def unwrap(exc: JavaException) -> JavaException:
    """ExceptionsHelper.unwrapCause: drop the wrapper(s) to get what Elasticsearch reports."""
    while isinstance(exc, IngestProcessorException) and exc.cause is not None:
        exc = exc.cause
    return exc


def wrap_failure(
    exc: JavaException, processor: Processor, doc: IngestDocument | None
) -> IngestProcessorException:
    """CompoundProcessor.newCompoundProcessorException: an already-typed wrapper is kept as it is."""
    if isinstance(exc, IngestProcessorException) and exc.processor_type is not None:
        return exc
    origin = list(reversed(doc.pipeline_stack)) if doc is not None else []
    reported = getattr(processor, "actual", processor)  # verbose tracking reports the real processor
    return IngestProcessorException(exc, reported.type_name or None, reported.tag, origin)


def _put_failure_metadata(doc: IngestDocument, exc: IngestProcessorException) -> None:
    ingest = doc.ingest
    ingest[ON_FAILURE_MESSAGE] = exc.root_cause_exception().reason
    ingest[ON_FAILURE_TYPE] = exc.processor_type
    ingest[ON_FAILURE_TAG] = exc.processor_tag
    if exc.pipeline_origin:
        ingest[ON_FAILURE_PIPELINE] = exc.pipeline_origin[0]


def _remove_failure_metadata(doc: IngestDocument) -> None:
    ingest = doc.ingest
    ingest.pop(ON_FAILURE_MESSAGE, None)
    ingest.pop(ON_FAILURE_TYPE, None)
    ingest.pop(ON_FAILURE_TAG, None)
    ingest.pop(ON_FAILURE_PIPELINE, None)


class CompoundProcessor(Processor):
    """A list of processors with the list's `ignore_failure` and `on_failure` handlers."""

    type_name: ClassVar[str] = "compound"

    def __init__(
        self,
        ignore_failure: bool,
        processors: Sequence[Processor],
        on_failure: Sequence[Processor] = (),
    ) -> None:
        super().__init__(None, None)
        self.ignore_failure = ignore_failure
        self.processors: tuple[Processor, ...] = tuple(processors)
        self.on_failure: tuple[Processor, ...] = tuple(on_failure)
        steps = _steps(self.processors, group=not ignore_failure)
        self._steps: tuple[Step, ...] = tuple(step for step, _ in steps)
        # A failing step is reported as the processor it runs (a fused conditional as itself; a
        # group wraps its members' failures itself).
        self._processor_of: dict[Step, Processor] = dict(steps)
        # Only a `terminate` (directly or nested) sets doc.terminated, and only drop (directly or
        # nested) returns None; a list without either, whose failures stop it, runs as a plain loop.
        self._check_terminated = any(_may_stop(p) for p in self.processors)
        self._plain_loop = not ignore_failure and not self._check_terminated

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """What the processors and the handlers may change, together."""
        changed: list[FieldPath] = []
        for processor in (*self.processors, *self.on_failure):
            paths = processor.changed_paths()
            if paths is None:
                return None
            changed.extend(paths)
        return tuple(changed)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if doc.terminated:
            return doc
        if self._plain_loop:
            step = None
            try:
                for step in self._steps:
                    step(doc)
            except JavaException as exc:
                failure = wrap_failure(exc, self._processor_of[step], doc)  # type: ignore[index]
                if not self.on_failure:
                    raise failure from None
                return self._handle_failure(doc, failure)
            return doc
        check_terminated = self._check_terminated
        for step in self._steps:
            try:
                if step(doc) is None:
                    return None
            except JavaException as exc:
                if self.ignore_failure:
                    if doc.terminated:
                        return doc
                    continue
                failure = wrap_failure(exc, self._processor_of[step], doc)
                if not self.on_failure:
                    raise failure from None
                return self._handle_failure(doc, failure)
            if check_terminated and doc.terminated:
                return doc
        return doc

    def _handle_failure(
        self, doc: IngestDocument, failure: IngestProcessorException
    ) -> IngestDocument | None:
        """executeOnFailure: set `_ingest.on_failure_*`, run the handlers, remove them again."""
        _put_failure_metadata(doc, failure)
        for handler in self.on_failure:
            try:
                if handler.execute(doc) is None:
                    return None
            except JavaException as exc:
                _remove_failure_metadata(doc)
                raise wrap_failure(exc, handler, doc) from None
        _remove_failure_metadata(doc)
        return doc


def _steps(processors: Sequence[Processor], *, group: bool) -> list[tuple[Step, Processor]]:
    """What the loop calls, with the processor each step reports a failure as.

    A processor's step is its execute, or one closure for an `if` that tests the processor's own
    field (fusion.py). With `group` (a list whose failures stop it: no `ignore_failure`),
    consecutive fused steps whose fields share a parent chain run as one group step, up to and
    including a member that may cut that chain.
    """
    steps: list[tuple[Step, Processor]] = []
    fusions = [p.fusion() if type(p) is ConditionalProcessor else None for p in processors]
    # A member that may drop the document or terminate must be followed by a look at the result.
    groupable = [
        fusion is not None and not _may_stop(p) for p, fusion in zip(processors, fusions, strict=True)
    ]
    i = 0
    while i < len(processors):
        first, fusion = processors[i], fusions[i]
        if fusion is None:
            steps.append((first.execute, first))
            i += 1
            continue
        members = [GroupMember(first, *fusion)]
        head = fusion[0].keys[:-1]
        i += 1
        while (
            group
            and groupable[i - 1]
            and i < len(processors)
            and not cuts_chain(members[-1].processor.changed_paths(), head)
        ):
            fusion = fusions[i]
            if fusion is None or not groupable[i] or fusion[0].keys[:-1] != head:
                break
            members.append(GroupMember(processors[i], *fusion))
            i += 1
        if len(members) == 1:
            only = members[0]
            steps.append((fused_step(only.test, only.operation, only.unfused), first))
        else:
            steps.append((fused_group(tuple(members), wrap_failure, JavaException), first))
    return steps


def _may_stop(processor: Processor) -> bool:
    """False only for processors known neither to set doc.terminated nor to drop the document
    (return None): every registered processor except terminate, drop and pipeline; wrappers with
    their handlers, and foreach's processor, are looked through."""
    if isinstance(processor, CompoundProcessor):
        return any(_may_stop(p) for p in (*processor.processors, *processor.on_failure))
    if type(processor) is ConditionalProcessor:
        return _may_stop(processor.inner)
    if type(processor) is REGISTRY.get("foreach"):
        return _may_stop(processor.processor)  # type: ignore[attr-defined]
    kind = type(processor)
    return kind.type_name in _NESTING_OR_STOPPING or REGISTRY.get(kind.type_name) is not kind


_NESTING_OR_STOPPING = frozenset(("terminate", "drop", "pipeline"))


class OnFailureProcessor(CompoundProcessor):
    """The wrapper around one processor that has its own `ignore_failure` or `on_failure`."""

    type_name: ClassVar[str] = "on_failure"

    def __init__(self, ignore_failure: bool, processor: Processor, on_failure: Sequence[Processor]) -> None:
        super().__init__(ignore_failure, [processor], on_failure)
        self.inner = processor

    def at_field(self, test: FieldTest) -> AtField | None:
        """The inner processor's fused operation, its failures handled as `execute` handles them."""
        operation = self.inner.at_field(test)
        if operation is None:
            return None
        inner = self.inner

        def guarded(doc: IngestDocument, parent: dict[str, Any], value: Any) -> IngestDocument | None:
            if doc.terminated:
                return doc
            try:
                return None if operation(doc, parent, value) is None else doc
            except JavaException as exc:
                if self.ignore_failure:
                    return doc
                failure = wrap_failure(exc, inner, doc)
                if not self.on_failure:
                    raise failure from None
                return self._handle_failure(doc, failure)

        return guarded


class ConditionalProcessor(Processor):
    """`if`: runs the wrapped processor only when the condition holds.

    Its type is `conditional`, so a failure of a processor that has `if` but no handlers of its own
    reports `_ingest.on_failure_processor_type: conditional`, as Elasticsearch does.
    """

    type_name: ClassVar[str] = "conditional"

    def __init__(
        self, tag: str | None, description: str | None, condition: str, script: Any, inner: Processor
    ) -> None:
        super().__init__(tag, description)
        self.condition = condition
        self.script = script
        self.inner = inner
        # Bound once: a pure condition's evaluate_condition is already its specialised closure.
        self.test: Test = script.evaluate_condition
        evaluate = self.test
        run = inner.execute

        def execute(doc: IngestDocument) -> IngestDocument | None:
            if evaluate(doc.source):
                return run(doc)
            return doc

        self.execute = execute  # type: ignore[method-assign]

    def evaluate(self, doc: IngestDocument) -> bool:
        return bool(self.test(doc.source))

    def fusion(self) -> tuple[FieldTest, AtField, Step] | None:
        """(test, operation, this conditional's execute) when the condition tests nothing but the
        processor's own field (fusion.py), else None."""
        test: FieldTest | None = getattr(self.script, "field_test", None)
        if test is None:
            return None
        operation = self.inner.at_field(test)
        if operation is None:
            return None
        return test, operation, self.execute

    def fused(self) -> Step | None:
        """One closure for the condition and the processor (`fusion`), else None."""
        fusion = self.fusion()
        return None if fusion is None else fused_step(*fusion)

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        return self.inner.changed_paths()


def execute_pipeline(
    doc: IngestDocument, pipeline: Pipeline, compound: CompoundProcessor | None = None
) -> Any:
    """IngestDocument.executePipeline: cycle and depth checks, `_ingest.pipeline`, terminate reset.

    `compound` replaces the pipeline's own processors (verbose simulate runs a decorated copy).
    """
    body = compound if compound is not None else pipeline.compound
    if not body.processors:
        return doc
    stack = doc.pipeline_stack
    if len(stack) >= MAX_PIPELINES:
        raise GraphStructureException(
            f"Too many nested pipelines. Cannot have more than {MAX_PIPELINES} nested pipelines"
        )
    pipeline_id = pipeline.id
    if pipeline_id in stack:
        raise GraphStructureException(f"Cycle detected for pipeline: {pipeline_id}")
    stack.append(pipeline_id)
    ingest = doc.ingest
    previous = ingest.get("pipeline")
    ingest["pipeline"] = pipeline_id
    try:
        return body.execute(doc)
    finally:
        stack.remove(pipeline_id)
        if previous is not None:
            ingest["pipeline"] = previous
        else:
            ingest.pop("pipeline", None)
        # Pipeline.execute resets `terminate` so that an outer pipeline goes on. A processor that must
        # stop every pipeline (reroute) sets a truthy value other than True, which stays.
        if doc.terminated is True:
            doc.terminated = False
