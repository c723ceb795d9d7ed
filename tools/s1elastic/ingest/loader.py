"""Building processors from pipeline configuration, as ConfigurationUtils and Pipeline.create do.

Everything is parsed, validated and compiled here, once; the result is the processor tree of
`executor`. Errors are the exceptions Elasticsearch's `PUT _ingest/pipeline` would refuse the
pipeline with, in the same order and with the same metadata:

- per processor: `tag`, `description`, `if` are read first (their errors carry no processor type),
  then the type is looked up (`No processor type exists with name [x]`), then `ignore_failure` and
  `on_failure`, then the factory. Whatever a factory throws is wrapped by
  `newConfigurationException`: an Elasticsearch exception gets the processor type and tag added, any
  other Java exception becomes a generic `exception` whose reason is the cause's toString().
- a list of processors is read to the end; the first error is thrown with the others suppressed.
- scripts (`if` and the script processor) are parsed like `Script.parse` reads XContent.

Pipeline files are YAML or JSON. YAML is read the way Fleet and elastic-package hand it to
Elasticsearch (through JSON): YAML 1.2 core scalars, timestamps kept as strings, and whole floats
that JSON would print without a fraction (`1.0` -> `1`) become integers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from s1elastic.ingest import render
from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.errors import (
    ClassCastException,
    ElasticsearchException,
    IllegalArgumentException,
    JavaException,
    NullPointerException,
    ParseException,
    ResourceNotFoundException,
    ScriptException,
)
from s1elastic.ingest.executor import ConditionalProcessor, OnFailureProcessor
from s1elastic.ingest.javatypes import hashmap_keys, java_class_name, java_to_string
from s1elastic.ingest.processors import REGISTRY, load_all
from s1elastic.ingest.processors.base import Processor

if TYPE_CHECKING:
    from s1elastic.ingest.pipeline import Pipeline

PIPELINE_EXTENSIONS = (".yml", ".yaml", ".json")


class XContentParseException(IllegalArgumentException):
    """org.elasticsearch.xcontent.XContentParseException (an IllegalArgumentException)."""

    java_class = "org.elasticsearch.xcontent.XContentParseException"


# ---------------------------------------------------------------------------------------------
# Files


class _PipelineYamlLoader(yaml.SafeLoader):
    """YAML 1.2 core schema scalars (what js-yaml and Go's YAML libraries resolve)."""


_PipelineYamlLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
):
    _PipelineYamlLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _yaml_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _yaml_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float | int:
    text = str(loader.construct_scalar(node)).lower()
    if text.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if text == ".nan":
        return math.nan
    value = float(text)
    # JSON.stringify / Go's json.Marshal print whole numbers below 1e21 without a fraction.
    if value.is_integer() and abs(value) < 1e21:
        return int(value)
    return value


_PipelineYamlLoader.add_constructor("tag:yaml.org,2002:int", _yaml_int)
_PipelineYamlLoader.add_constructor("tag:yaml.org,2002:float", _yaml_float)


def read_pipeline_file(path: Path) -> Any:
    """The configuration map of a pipeline file (YAML, or JSON when the name ends in .json)."""
    text = path.read_text(encoding="utf-8")
    config = render.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_PipelineYamlLoader)
    _refuse_as_put_would(config)
    return config


def _refuse_as_put_would(config: Any) -> None:
    """What `PUT _ingest/pipeline` checks before the pipeline is parsed (a file is what PUT stores;
    an inline `_simulate` pipeline skips these and runs every key of a multi-key entry):

    - RestPutPipelineAction: every entry of `processors` names one processor. Assumption: only the
      top-level `processors` list is looked at, not `on_failure`.
    - IngestService (9.2+): `created_date` / `modified_date` are set by the cluster, not the body.
    """
    if not isinstance(config, dict):
        return
    processors = config.get("processors")
    if isinstance(processors, list) and any(
        isinstance(entry, dict) and len(entry) > 1 for entry in processors
    ):
        raise IllegalArgumentException(
            "[processors] contains nested objects but should be a list of single-entry objects"
        )
    for key in ("created_date", "modified_date"):
        if key in config:
            raise ParseException(f"Provided a pipeline property which is managed by the system: {key}.")


# ---------------------------------------------------------------------------------------------
# Scripts (Script.parse over XContent)


@dataclass(frozen=True)
class ScriptSpec:
    """A parsed script reference: inline `source` or stored `id`, with `lang` and `params`."""

    source: str | None
    stored_id: str | None
    lang: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def id_or_code(self) -> str:
        return self.source if self.source is not None else str(self.stored_id)


_SCRIPT_KEYS = ("source", "inline", "id", "lang", "options", "params")
_TOKEN_NAMES = {bool: "VALUE_BOOLEAN", str: "VALUE_STRING", dict: "START_OBJECT", list: "START_ARRAY"}


def _token_name(value: Any) -> str:
    if value is None:
        return "VALUE_NULL"
    for kind, name in _TOKEN_NAMES.items():
        if isinstance(value, kind):
            return name
    return "VALUE_NUMBER"


def parse_script(config: dict[str, Any], table_size: int | None = None) -> ScriptSpec:
    """Script.parse of `config` written as JSON in HashMap order.

    Errors: an unknown key or a value of the wrong kind is an XContentParseException located at
    `[1:column]` of that JSON text [U: column of the field name; newer versions may add a
    "did you mean" hint]; a missing or doubled source/id is an IllegalArgumentException.
    """
    keys = hashmap_keys(config, table_size)
    column = 2  # 1-based column of the first key's opening quote after "{"
    source: str | None = None
    stored: str | None = None
    kind: str | None = None
    lang: str | None = None
    options: dict[str, Any] = {}
    params: dict[str, Any] = {}
    for key in keys:
        value = config[key]
        location = f"[1:{column}] "
        if key in ("source", "inline"):
            if kind is not None:
                raise XContentParseException(
                    f"{location}[script] failed to parse field [{key}]",
                    cause=IllegalArgumentException(
                        "must only use one of [source, id] when specifying a script"
                    ),
                )
            if isinstance(value, dict):
                source = render.dumps(value)
                options["content_type"] = "application/json"
            elif isinstance(value, str):
                source = value
            else:
                raise XContentParseException(
                    f"{location}[script] {key} doesn't support values of type: {_token_name(value)}"
                )
            kind = "inline"
        elif key == "id":
            if not isinstance(value, str):
                raise XContentParseException(
                    f"{location}[script] id doesn't support values of type: {_token_name(value)}"
                )
            if kind is not None:
                raise XContentParseException(
                    f"{location}[script] failed to parse field [id]",
                    cause=IllegalArgumentException(
                        "must only use one of [source, id] when specifying a script"
                    ),
                )
            stored, kind = value, "stored"
        elif key == "lang":
            if not isinstance(value, str):
                raise XContentParseException(
                    f"{location}[script] lang doesn't support values of type: {_token_name(value)}"
                )
            lang = value
        elif key in ("options", "params"):
            if not isinstance(value, dict):
                raise XContentParseException(
                    f"{location}[script] {key} doesn't support values of type: {_token_name(value)}"
                )
            if key == "options":
                options.update({k: java_to_string(v) for k, v in value.items()})
            else:
                params = value
        else:
            raise XContentParseException(f"{location}[script] unknown field [{key}]")
        column += len(render.dumps(key)) + 1 + len(render.dumps(value)) + 1
    if kind is None:
        raise IllegalArgumentException(
            "must specify either [source] for an inline script or [id] for a stored script"
        )
    if kind == "inline":
        extra = {k: v for k, v in options.items() if k != "content_type"}
        if extra:
            text = ", ".join(f"{k}={v}" for k, v in extra.items())
            raise IllegalArgumentException(f"illegal compiler options [{{{text}}}] specified")
        return ScriptSpec(source, None, lang or "painless", params)
    if lang is not None:
        raise IllegalArgumentException("illegally specified <lang> for a stored script")
    if options:
        raise IllegalArgumentException("field [options] cannot be specified using a stored script")
    return ScriptSpec(None, stored, "painless", params)


def compile_spec(spec: ScriptSpec, context: str, *, condition: bool) -> Any:
    """ScriptService.compile for the ingest contexts. Only inline Painless exists here."""
    if spec.stored_id is not None:
        raise ResourceNotFoundException(f"unable to find script [{spec.stored_id}] in cluster state")
    if spec.lang == "mustache":
        raise IllegalArgumentException(f"mustache engine does not know how to handle context [{context}]")
    if spec.lang != "painless":
        raise IllegalArgumentException(f"script_lang not supported [{spec.lang}]")
    from s1elastic.ingest import painless

    assert spec.source is not None
    return painless.compile_script(spec.source, params=spec.params, condition=condition)  # type: ignore[attr-defined,unused-ignore]


# ---------------------------------------------------------------------------------------------
# Configuration errors


def configuration_error(
    processor_type: str | None, tag: str | None, prop: str | None, cause: JavaException
) -> ElasticsearchException:
    """newConfigurationException(type, tag, property, Exception): convertToElastic, then metadata."""
    exc = cause if isinstance(cause, ElasticsearchException) else ElasticsearchException.wrapping(cause)
    exc.with_processor(processor_type, tag)
    if prop is not None:
        exc.metadata["property_name"] = prop
    return exc


def _class_cast(value: Any, target: str) -> ClassCastException:
    source = java_class_name(value)
    return ClassCastException(
        f"class {source} cannot be cast to class {target} ({source} and {target} are in module java.base "
        "of loader 'bootstrap')"
    )


# ---------------------------------------------------------------------------------------------
# The loader


class PipelineLoader:
    """Builds processors (the LoadContext processors see) and resolves `pipeline` processor names."""

    def __init__(self, *, pipelines_dir: Path | None = None, geoip_dir: Path | None = None) -> None:
        self.pipelines_dir = pipelines_dir
        self.geoip_dir = geoip_dir
        self._pipelines: dict[str, Pipeline | None] = {}
        load_all()

    # -- LoadContext ---------------------------------------------------------------------------

    def load_processor(self, processor_type: str, options: Any) -> Processor:
        """ConfigurationUtils.readProcessor(type, Object config)."""
        if isinstance(options, dict):
            return self._read_processor(processor_type, options)
        if isinstance(options, str) and processor_type == "script":
            return self._read_processor(processor_type, {"source": options})
        if options is None:
            # `config.getClass()` on null (foreach's `processor: {x: null}`)
            raise _null_config()
        raise ParseException.for_property(
            processor_type, None, None, f"property isn't a map, but of type [{java_class_name(options)}]"
        )

    def compile_script(self, source: str, params: dict[str, Any] | None, *, condition: bool) -> Any:
        spec = ScriptSpec(source, None, "painless", params or {})
        return compile_spec(spec, "processor_conditional" if condition else "ingest", condition=condition)

    # -- lists ---------------------------------------------------------------------------------

    def read_processors(self, configs: Any) -> list[Processor]:
        """readProcessorConfigs: every item, every key; the first error wins, the rest are suppressed."""
        processors: list[Processor] = []
        if configs is None:
            return processors
        first: JavaException | None = None
        for item in configs:
            if item is None:
                raise NullPointerException(
                    'Cannot invoke "java.util.Map.entrySet()" because "processorConfigWithKey" is null'
                )
            if not isinstance(item, dict):
                # the unchecked List<Map> cast fails while iterating, outside the per-entry try
                raise _class_cast(item, "java.util.Map")
            keys = list(item) if len(item) < 2 else hashmap_keys(item)
            for key in keys:
                try:
                    options = item[key]
                    if options is None:
                        raise ParseException.for_property(
                            key, None, None, "processor config cannot be [null]"
                        )
                    processors.append(self.load_processor(key, options))
                except JavaException as exc:
                    if first is None:
                        first = exc
                    elif exc is not first:
                        first.suppressed.append(exc)
        if first is not None:
            raise first
        return processors

    # -- one processor -------------------------------------------------------------------------

    def _read_processor(self, processor_type: str, options: dict[str, Any]) -> Processor:
        config = dict(options)
        common = ProcessorConfig(None, None, config)  # type: ignore[arg-type]
        tag = common.string("tag", None)
        described = ProcessorConfig(None, tag, config)  # type: ignore[arg-type]
        description = described.string("description", None)
        condition = self._read_condition(config)
        factory = REGISTRY.get(processor_type)
        if factory is None:
            raise ParseException.for_property(
                processor_type, tag, None, f"No processor type exists with name [{processor_type}]"
            )
        ignore_failure = common.boolean("ignore_failure", False)
        on_failure_configs = common.list("on_failure", None)
        on_failure = self.read_processors(on_failure_configs)
        if on_failure_configs is not None and not on_failure:
            raise ParseException.for_property(
                processor_type, tag, "on_failure", "processors list cannot be empty"
            )
        try:
            cfg = ProcessorConfig(processor_type, tag, config)
            processor = factory.create(cfg, self)
            cfg.finish()
            processor.tag = tag
            processor.description = description
            if on_failure or ignore_failure:
                processor = OnFailureProcessor(ignore_failure, processor, on_failure)
            if condition is not None:
                processor = self._conditional(tag, description, condition, processor)
            return processor
        except JavaException as exc:
            raise configuration_error(processor_type, tag, None, exc) from None

    def _read_condition(self, config: dict[str, Any]) -> ScriptSpec | None:
        """extractConditional: `if` is Painless source or a script object."""
        raw = config.pop("if", None)
        if raw is None:
            return None
        if isinstance(raw, str):
            return ScriptSpec(raw, None, "painless", {})
        if isinstance(raw, dict):
            return parse_script(raw)
        raise ParseException.for_property(
            "conditional",
            None,
            "script",
            f"property isn't a map or string, but of type [{java_class_name(raw)}]",
        )

    def _conditional(
        self, tag: str | None, description: str | None, spec: ScriptSpec, inner: Processor
    ) -> ConditionalProcessor:
        try:
            script = compile_spec(spec, "processor_conditional", condition=True)
        except ScriptException as exc:
            raise configuration_error("conditional", tag, None, exc) from None
        return ConditionalProcessor(tag, description, spec.id_or_code, script, inner)

    # -- pipelines by name ---------------------------------------------------------------------

    def register(self, pipeline: Pipeline) -> None:
        self._pipelines[pipeline.id] = pipeline

    def get_pipeline(self, name: str) -> Pipeline | None:
        """The pipeline a `pipeline` processor names: `<pipelines_dir>/<name>.yml|.yaml|.json`."""
        if name in self._pipelines:
            return self._pipelines[name]
        found: Pipeline | None = None
        if self.pipelines_dir is not None and name and "/" not in name and name not in (".", ".."):
            for ext in PIPELINE_EXTENSIONS:
                path = self.pipelines_dir / f"{name}{ext}"
                if path.is_file():
                    found = self._load_named(name, path)
                    break
        self._pipelines[name] = found
        return found

    def _load_named(self, name: str, path: Path) -> Pipeline:
        from s1elastic.ingest.pipeline import Pipeline, placeholder_pipeline

        try:
            config = read_pipeline_file(path)
            if not isinstance(config, dict):
                raise ParseException(
                    f"pipeline [{name}] is not a map, but of type [{java_class_name(config)}]"
                )
            return Pipeline.from_config(config, pipeline_id=name, loader=self)
        except JavaException as exc:
            # IngestService.substitutePipeline: a stored pipeline that cannot load fails every document.
            return placeholder_pipeline(name, exc)


def _null_config() -> JavaException:
    return NullPointerException('Cannot invoke "Object.getClass()" because "config" is null')
