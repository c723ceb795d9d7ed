"""foreach over lists and maps (ForEachProcessor, newest: maps iterate `_key`/`_value`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_pipeline_support import source_of

from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.pipeline import Pipeline


def foreach(inner: dict[str, Any], **options: Any) -> Pipeline:
    return Pipeline.load({"processors": [{"foreach": {"field": "f", "processor": inner, **options}}]})


def test_list_elements_are_replaced_by_what_is_left_in_value() -> None:
    doc = foreach({"set": {"field": "_ingest._value", "value": "x"}}).run({"f": [1, 2, 3]})
    assert source_of(doc) == {"f": ["x", "x", "x"]}
    assert doc.ingest["_value"] is None  # restored with put(): left behind as null


def test_list_element_fields_can_be_changed_in_place() -> None:
    doc = foreach({"set": {"field": "_ingest._value.seen", "value": True}}).run({"f": [{"a": 1}, {"a": 2}]})
    assert source_of(doc) == {"f": [{"a": 1, "seen": True}, {"a": 2, "seen": True}]}


def test_map_entries_iterate_key_and_value() -> None:
    doc = foreach({"set": {"field": "_ingest._value", "value": 0}}).run({"f": {"a": 1, "b": 2}})
    assert source_of(doc) == {"f": {"a": 0, "b": 0}}
    assert doc.ingest["_key"] is None and doc.ingest["_value"] is None


def test_map_entry_with_blank_key_is_dropped() -> None:
    doc = foreach({"set": {"field": "_ingest._key", "value": " "}}).run({"f": {"a": 1}})
    assert source_of(doc) == {"f": {}}


def test_map_entry_is_rekeyed() -> None:
    doc = foreach({"set": {"field": "_ingest._key", "value": "same"}}).run({"f": {"a": 1}})
    assert source_of(doc) == {"f": {"same": 1}}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"f": None}, "field [f] is null, cannot loop over its elements."),
        ({"f": "text"}, "field [f] of type [java.lang.String] cannot be cast to a list or map"),
        ({}, "field [f] not present as part of path [f]"),
    ],
    ids=["null", "string", "missing"],
)
def test_errors(source: dict[str, Any], message: str) -> None:
    with pytest.raises(IllegalArgumentException) as caught:
        foreach({"set": {"field": "x", "value": 1}}).run(source)
    assert caught.value.reason == message


@pytest.mark.parametrize("source", [{}, {"f": None}], ids=["missing", "null"])
def test_ignore_missing(source: dict[str, Any]) -> None:
    doc = foreach({"set": {"field": "x", "value": 1}}, ignore_missing=True).run(source)
    assert source_of(doc) == source


def test_error_stops_the_loop_and_restores_value() -> None:
    pipeline = Pipeline.load(
        {
            "processors": [{"foreach": {"field": "f", "processor": {"fail": {"message": "stop"}}}}],
            "on_failure": [
                {"set": {"field": "seen_value", "copy_from": "_ingest._value"}},
                {"set": {"field": "seen_type", "copy_from": "_ingest.on_failure_processor_type"}},
            ],
        }
    )
    doc = pipeline.run({"f": [1, 2]})
    assert doc.source["f"] == [1, 2]
    assert doc.source["seen_value"] is None
    assert doc.source["seen_type"] == "foreach"


def test_drop_inside_drops_the_document() -> None:
    assert foreach({"drop": {}}).run({"f": [1]}) is None


def test_inner_processor_has_its_own_handlers() -> None:
    inner = {
        "fail": {"message": "x", "on_failure": [{"set": {"field": "_ingest._value", "value": "handled"}}]}
    }
    assert source_of(foreach(inner).run({"f": [1, 2]})) == {"f": ["handled", "handled"]}
