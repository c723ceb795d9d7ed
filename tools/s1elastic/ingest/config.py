"""Reading processor options the way Elasticsearch's ConfigurationUtils does.

Each reader removes the option it reads from the map; whatever is left when the processor has been
built is refused (`finish`). Every error is a `parse_exception` carrying `property_name`,
`processor_type` and `processor_tag`, with Elasticsearch's exact reason text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from s1elastic.ingest.document import FieldPath
from s1elastic.ingest.errors import ParseException
from s1elastic.ingest.javatypes import hashmap_keys, java_class_name, java_to_string

if TYPE_CHECKING:
    from s1elastic.ingest.mustache import Template, ValueSource

_ABSENT = object()
MEDIA_TYPES = ("application/json", "text/plain", "application/x-www-form-urlencoded")


class ProcessorConfig:
    """The options of one processor, consumed by typed readers."""

    def __init__(self, processor_type: str, tag: str | None, options: dict[str, Any]) -> None:
        self.processor_type = processor_type
        self.tag = tag
        self.options = options

    # -- errors --------------------------------------------------------------------------------

    def error(self, prop: str | None, reason: str) -> ParseException:
        return ParseException.for_property(self.processor_type, self.tag, prop, reason)

    def _take(self, name: str) -> Any:
        value = self.options.pop(name, _ABSENT)
        return _ABSENT if value is None else value

    def has(self, name: str) -> bool:
        return self.options.get(name) is not None

    # -- scalar readers ------------------------------------------------------------------------

    def _typed(self, name: str, default: Any, accepts: type | tuple[type, ...], kind: str) -> Any:
        """The shared shape of readXxxProperty: missing -> default (or an error), wrong type -> error."""
        value = self._take(name)
        if value is _ABSENT:
            if default is _ABSENT:
                raise self.error(name, "required property is missing")
            return default
        if isinstance(value, accepts):
            return value
        raise self.error(name, f"property isn't {kind}, but of type [{java_class_name(value)}]")

    def string(self, name: str, default: Any = _ABSENT) -> Any:
        """readStringProperty / readOptionalStringProperty (pass default=None for optional)."""
        return self._typed(name, default, str, "a string")

    def string_or_int(self, name: str, default: Any = _ABSENT) -> Any:
        """readStringOrIntProperty: ints are returned as their text."""
        value = self._typed(name, default, (str, int), "a string or int")
        if isinstance(value, bool):
            raise self.error(name, "property isn't a string or int, but of type [java.lang.Boolean]")
        return str(value) if isinstance(value, int) else value

    def boolean(self, name: str, default: bool) -> bool:
        return bool(self._typed(name, default, bool, "a boolean"))

    def integer(self, name: str, default: int) -> int:
        """readIntProperty: parsed from toString(), so "5" is accepted."""
        value = self._take(name)
        if value is _ABSENT:
            return default
        text = java_to_string(value)
        try:
            if not text.lstrip("+-").isdigit():
                raise ValueError(text)
            number = int(text)
            if not -(2**31) <= number < 2**31:
                raise ValueError(text)
            return number
        except ValueError:
            raise self.error(name, f"property cannot be converted to an int [{text}]") from None

    def list(self, name: str, default: Any = _ABSENT) -> Any:
        return self._typed(name, default, list, "a list")

    def map(self, name: str, default: Any = _ABSENT) -> Any:
        return self._typed(name, default, dict, "a map")

    def object(self, name: str, default: Any = _ABSENT) -> Any:
        return self._typed(name, default, object, "an object")

    def media_type(self, name: str = "media_type", default: str = "application/json") -> str:
        value = self.string(name, default)
        if value not in MEDIA_TYPES:
            raise self.error(name, f"property does not contain a supported media type [{value}]")
        return str(value)

    # -- templates -----------------------------------------------------------------------------

    def template(self, name: str, default: Any = _ABSENT, media_type: str = "application/json") -> Template:
        """A string property compiled as a mustache template (compileTemplate)."""
        from s1elastic.ingest.mustache import compile_template

        text = self.string(name, default)
        return compile_template(text, media_type, config=self, property_name=name)

    def optional_template(self, name: str, media_type: str = "application/json") -> Template | None:
        if not self.has(name):
            self.options.pop(name, None)
            return None
        return self.template(name, media_type=media_type)

    def value_source(self, name: str, media_type: str = "application/json") -> ValueSource:
        """A `value` option: any JSON value, strings compiled as templates, recursively."""
        from s1elastic.ingest.mustache import compile_value

        value = self._take(name)
        if value is _ABSENT:
            raise self.error(name, "required property is missing")
        return compile_value(value, media_type, config=self, property_name=name)

    def value_or_copy_from(self) -> tuple[str, ValueSource | None, FieldPath | None]:
        """set and append: `field`, then `copy_from` or a `value` templated with `media_type`.

        Returns the field's text (compile it with `template("field", text)` when the processor's
        own options have been read), the value source and the copy_from path (one of them None).
        """
        field = self.string("field")
        copy_from = self.string("copy_from", None)
        media_type = self.media_type()
        if copy_from is None:
            return field, self.value_source("value", media_type), None
        if self.options.pop("value", None) is not None:
            raise self.error("copy_from", "cannot set both `copy_from` and `value` in the same processor")
        return field, None, FieldPath.of(copy_from)

    # -- the end -------------------------------------------------------------------------------

    def finish(self) -> None:
        """Refuse options no reader consumed, listed in HashMap order."""
        if self.options:
            keys = ", ".join(hashmap_keys(self.options))
            raise ParseException.for_property(
                self.processor_type,
                self.tag,
                None,
                f"processor [{self.processor_type}] doesn't support one or more provided configuration "
                f"parameters [{keys}]",
            )
