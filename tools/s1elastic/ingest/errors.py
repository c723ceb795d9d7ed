"""Elasticsearch and Java exceptions, and their JSON rendering.

Every failure inside the engine is one of these, never a bare Python exception, so that the
document's error reads exactly as Elasticsearch's does. Hierarchy:

    JavaException                    a plain Java exception (not an ElasticsearchException)
      IllegalArgumentException       illegal_argument_exception (path errors, most processor errors)
        NumberFormatException        number_format_exception
      IllegalStateException          illegal_state_exception
      NullPointerException, ClassCastException, ArithmeticException,
      IndexOutOfBoundsException, UnsupportedOperationException, DateTimeParseException,
      FailProcessorException, PainlessError, ...
    ElasticsearchException           exception (generic wrapper; reason = cause.toString())
      ParseException                 parse_exception (configuration readers)
      ScriptException                script_exception (script_stack, script, lang, position)
      CircuitBreakingException       circuit_breaking_exception

Rendering (`to_xcontent`) follows ElasticsearchException.generateThrowableXContent: type, reason,
metadata without the `es.` prefix, exception extras, caused_by, suppressed. `error_response`
adds root_cause, as the REST layer does.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class JavaException(Exception):
    """A Java exception. `java_class` is the fully qualified class name used by toString()."""

    java_class: ClassVar[str] = "java.lang.RuntimeException"
    is_elasticsearch: ClassVar[bool] = False

    def __init__(
        self,
        reason: str | None,
        *,
        cause: JavaException | None = None,
        suppressed: list[JavaException] | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause
        self.suppressed: list[JavaException] = list(suppressed or [])
        # es.* metadata: property_name, processor_type, processor_tag (in that HashMap order)
        self.metadata: dict[str, Any] = {}

    @property
    def type_name(self) -> str:
        """The `type` Elasticsearch prints: the simple class name in snake_case, minus `elasticsearch_`."""
        simple = self.java_class.rsplit(".", 1)[-1].rsplit("$", 1)[-1]
        name = _snake(simple)
        return name.removeprefix("elasticsearch_")

    def java_to_string(self) -> str:
        return self.java_class if self.reason is None else f"{self.java_class}: {self.reason}"

    def root_cause_exception(self) -> JavaException:
        """Throwable.getRootCause(): the deepest cause (its message becomes on_failure_message)."""
        current = self
        while current.cause is not None and current.cause is not current:
            current = current.cause
        return current

    def with_processor(self, processor_type: str | None, tag: str | None) -> JavaException:
        """Attach processor metadata (configuration errors carry it; only set when non-null)."""
        if processor_type is not None:
            self.metadata["processor_type"] = processor_type
        if tag is not None:
            self.metadata["processor_tag"] = tag
        return self

    def extras(self) -> dict[str, Any]:
        """Exception-specific fields rendered after the metadata (script_exception's script_stack...)."""
        return {}

    def _ordered_metadata(self) -> dict[str, Any]:
        order = ("property_name", "processor_type", "processor_tag")
        out = {k: self.metadata[k] for k in order if k in self.metadata}
        out.update({k: v for k, v in self.metadata.items() if k not in out})
        return out

    def to_xcontent(self, *, with_cause: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type_name, "reason": self.reason}
        if self.is_elasticsearch:
            out.update(self._ordered_metadata())
            out.update(self.extras())
        if with_cause and self.cause is not None:
            out["caused_by"] = self.cause.to_xcontent()
        if self.suppressed:
            # innerToXContent writes `suppressed` even when the cause is skipped (root_cause entries)
            out["suppressed"] = [s.to_xcontent(with_cause=with_cause) for s in self.suppressed]
        return out

    def root_causes(self) -> list[JavaException]:
        """ElasticsearchException.guessRootCauses: the first ES exception without an ES cause."""
        current: JavaException = self
        while current.is_elasticsearch and current.cause is not None and current.cause.is_elasticsearch:
            current = current.cause
        return [current]

    def error_body(self) -> dict[str, Any]:
        """The `error` object of a REST response or a failed simulate document."""
        body: dict[str, Any] = {"root_cause": [c.to_xcontent(with_cause=False) for c in self.root_causes()]}
        body.update(self.to_xcontent())
        return body


class IllegalArgumentException(JavaException):
    java_class = "java.lang.IllegalArgumentException"


class NumberFormatException(IllegalArgumentException):
    java_class = "java.lang.NumberFormatException"


class IllegalStateException(JavaException):
    java_class = "java.lang.IllegalStateException"


class NullPointerException(JavaException):
    java_class = "java.lang.NullPointerException"


class ClassCastException(JavaException):
    java_class = "java.lang.ClassCastException"


class ArithmeticException(JavaException):
    java_class = "java.lang.ArithmeticException"


class IndexOutOfBoundsException(JavaException):
    java_class = "java.lang.IndexOutOfBoundsException"


class ArrayIndexOutOfBoundsException(IndexOutOfBoundsException):
    java_class = "java.lang.ArrayIndexOutOfBoundsException"


class StringIndexOutOfBoundsException(IndexOutOfBoundsException):
    java_class = "java.lang.StringIndexOutOfBoundsException"


class UnsupportedOperationException(JavaException):
    java_class = "java.lang.UnsupportedOperationException"


class ConcurrentModificationException(JavaException):
    java_class = "java.util.ConcurrentModificationException"


class DateTimeParseException(JavaException):
    java_class = "java.time.format.DateTimeParseException"


class DateTimeException(JavaException):
    java_class = "java.time.DateTimeException"


class FailProcessorException(JavaException):
    java_class = "org.elasticsearch.ingest.common.FailProcessorException"


class PainlessError(JavaException):
    java_class = "org.elasticsearch.painless.PainlessError"


class PainlessExplainError(JavaException):
    java_class = "org.elasticsearch.painless.PainlessExplainError"


class ElasticsearchException(JavaException):
    """The generic ElasticsearchException (type `exception`)."""

    java_class = "org.elasticsearch.ElasticsearchException"
    is_elasticsearch = True

    @classmethod
    def wrapping(cls, cause: JavaException) -> ElasticsearchException:
        """`new ElasticsearchException(cause)`: the reason is the cause's toString()."""
        return cls(cause.java_to_string(), cause=cause)


class ParseException(ElasticsearchException):
    java_class = "org.elasticsearch.ElasticsearchParseException"

    @classmethod
    def for_property(
        cls, processor_type: str | None, tag: str | None, property_name: str | None, reason: str
    ) -> ParseException:
        """ConfigurationUtils.newConfigurationException."""
        message = reason if property_name is None else f"[{property_name}] {reason}"
        exc = cls(message)
        if property_name is not None:
            exc.metadata["property_name"] = property_name
        exc.with_processor(processor_type, tag)
        return exc


class CircuitBreakingException(ElasticsearchException):
    java_class = "org.elasticsearch.common.breaker.CircuitBreakingException"


class ResourceNotFoundException(ElasticsearchException):
    java_class = "org.elasticsearch.ResourceNotFoundException"


class GraphStructureException(ElasticsearchException):
    java_class = "org.elasticsearch.ingest.GraphStructureException"


class ScriptException(ElasticsearchException):
    """script_exception with the script's stack, source, language and error position."""

    java_class = "org.elasticsearch.script.ScriptException"

    def __init__(
        self,
        reason: str,
        *,
        cause: JavaException | None,
        script_stack: list[str],
        script: str,
        lang: str = "painless",
        position: dict[str, int] | None = None,
    ) -> None:
        super().__init__(reason, cause=cause)
        self.script_stack = script_stack
        self.script = script
        self.lang = lang
        self.position = position

    def extras(self) -> dict[str, Any]:
        out: dict[str, Any] = {"script_stack": self.script_stack, "script": self.script, "lang": self.lang}
        if self.position is not None:
            out["position"] = self.position
        return out


def request_error(exc: JavaException, status: int = 400) -> dict[str, Any]:
    """`{"error": {...}, "status": N}`, the body of a refused REST request."""
    return {"error": exc.error_body(), "status": status}
