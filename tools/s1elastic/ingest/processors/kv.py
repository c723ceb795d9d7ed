"""The `kv` processor: split a string into key/value pairs with Java regex separators.

Follows KeyValueProcessor (8.x source): splitters and trimmers are Java regexes, fields split with
limit 0 and values with limit 2, repeated keys append, `target_field` and `field` are templates.
The processor builds its trimmers, and every separator that is not a single character or a
two-character escape, with `Pattern.compile` when it is created, so a bad one fails the pipeline's
creation; the short separators go through `String.split` and can only fail a document.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors._java_regex import JavaReplacer, compile_java_regex, java_split
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_STRIP_BRACKETS = "(^[\\(\\[<\"'])|([\\]\\)>\"']$)"


def _trimmer(chars: str | None) -> JavaReplacer | None:
    if chars is None:
        return None
    return JavaReplacer(compile_java_regex(f"(^([{chars}]+))|([{chars}]+$)"), "")


@register
class KeyValueProcessor(Processor):
    type_name = "kv"

    def __init__(
        self,
        field: Template,
        target: Template | None,
        field_split: str,
        value_split: str,
        include_keys: frozenset[str] | None,
        exclude_keys: frozenset[str] | None,
        trim_key: str | None,
        trim_value: str | None,
        strip_brackets: bool,
        prefix: str | None,
        ignore_missing: bool,
    ) -> None:
        super().__init__()
        self.field = field
        self.target = target
        self.field_split = field_split
        self.value_split = value_split
        self.include_keys = include_keys
        self.exclude_keys = exclude_keys
        self.trim_key = trim_key
        self.trim_value = trim_value
        self.strip_brackets = strip_brackets
        self.prefix = prefix or ""
        self.ignore_missing = ignore_missing
        for separator in (field_split, value_split):
            if len(separator) > 2 or (len(separator) == 2 and separator[0] != "\\"):
                compile_java_regex(separator)  # buildSplitter: Pattern.compile up front
        _trimmer(trim_key)
        _trimmer(trim_value)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.template("field")
        target_text = cfg.string("target_field", None)
        target = cfg.template("target_field", target_text) if target_text else None
        field_split = cfg.string("field_split")
        value_split = cfg.string("value_split")
        trim_key = cfg.string("trim_key", None)
        trim_value = cfg.string("trim_value", None)
        prefix = cfg.string("prefix", None)
        strip_brackets = cfg.boolean("strip_brackets", False)
        include = cfg.list("include_keys", None)
        exclude = cfg.list("exclude_keys", None)
        ignore_missing = cfg.boolean("ignore_missing", False)
        cfg.finish()
        return cls(
            field,
            target,
            field_split,
            value_split,
            None if include is None else frozenset(include),
            None if exclude is None else frozenset(exclude),
            trim_key,
            trim_value,
            strip_brackets,
            prefix,
            ignore_missing,
        )

    def _keep(self, key: str) -> bool:
        if self.include_keys is not None and key not in self.include_keys:
            return False
        return self.exclude_keys is None or key not in self.exclude_keys

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        prefix = self.prefix
        if self.target is not None:
            target = self.target.render(doc)
            if target:
                prefix = target + "." + prefix
        field_splitter = compile_java_regex(self.field_split)
        value_splitter = compile_java_regex(self.value_split)
        key_trimmer = _trimmer(self.trim_key)
        value_trimmer = _trimmer(self.trim_value)
        brackets = JavaReplacer(compile_java_regex(_STRIP_BRACKETS), "") if self.strip_brackets else None

        path_text = self.field.render(doc)
        if not path_text or not doc.has(FieldPath.of(path_text), fail_out_of_range=True):
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{path_text}] doesn't exist")
        value = doc.get_string(FieldPath.of(path_text), self.ignore_missing)
        if value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{path_text}] is null, cannot extract key-value pairs.")
        for part in java_split(field_splitter, value, 0):
            pair = java_split(value_splitter, part, 2)
            if len(pair) != 2:
                raise IllegalArgumentException(
                    f"field [{path_text}] does not contain value_split [{self.value_split}]"
                )
            key = key_trimmer.replace_all(pair[0]) if key_trimmer else pair[0]
            if not self._keep(key):
                continue
            item: Any = pair[1]
            if brackets is not None:
                item = brackets.replace_all(item)
            if value_trimmer is not None:
                item = value_trimmer.replace_all(item)
            path = FieldPath.of(prefix + key)
            if doc.has(path):
                doc.append(path, item)
            else:
                doc.set(path, item)
        return doc
