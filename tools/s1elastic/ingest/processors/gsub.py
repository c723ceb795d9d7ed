"""The `gsub` processor: Matcher.replaceAll with a Java regex and Java replacement syntax."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.processors._java_regex import JavaReplacer, PatternSyntaxException, compile_java_regex
from s1elastic.ingest.processors.base import register
from s1elastic.ingest.processors.strings import StringProcessor


@register
class GsubProcessor(StringProcessor):
    type_name = "gsub"

    replacer: JavaReplacer

    @classmethod
    def new_processor(
        cls, cfg: ProcessorConfig, field: str, target: str, ignore_missing: bool
    ) -> StringProcessor:
        pattern = cfg.string("pattern")
        replacement = cfg.string("replacement")
        try:
            compiled = compile_java_regex(pattern)
        except PatternSyntaxException as exc:
            raise cfg.error("pattern", f"Invalid regex pattern. {exc.reason}") from None
        processor = cls(field, target, ignore_missing)
        processor.replacer = JavaReplacer(compiled, replacement)
        return processor

    def process(self, value: str) -> Any:
        return self.replacer.replace_all(value)
