"""rename: move, templates, override, ignore_missing, restore on failure."""

from __future__ import annotations

from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, related_path, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, iae, run, run_doc, run_error

from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.processors.rename import RenameProcessor


@pytest.mark.parametrize(
    ("options", "source", "expected"),
    [
        pytest.param({"field": "a", "target_field": "b"}, {"a": 1}, {"b": 1}, id="simple"),
        pytest.param(
            {"field": "a.x", "target_field": "b.y"}, {"a": {"x": 1}}, {"a": {}, "b": {"y": 1}}, id="nested"
        ),
        pytest.param(
            {"field": "{{s}}", "target_field": "{{t}}"},
            {"s": "a", "t": "b", "a": 0},
            {"s": "a", "t": "b", "b": 0},
            id="tpl",
        ),
        pytest.param(
            {"field": "a", "target_field": "b", "override": True}, {"a": 1, "b": 2}, {"b": 1}, id="override"
        ),
        pytest.param(
            {"field": "m", "target_field": "b", "ignore_missing": True},
            {"a": 1},
            {"a": 1},
            id="ignore-missing",
        ),
        pytest.param({"field": "a", "target_field": "b"}, {"a": None}, {"b": None}, id="null-value-moves"),
        # An empty field name (rendered or constant) counts as missing, so ignore_missing skips it.
        pytest.param(
            {"field": "{{nope}}", "target_field": "b", "ignore_missing": True},
            {"k": "v"},
            {"k": "v"},
            id="empty-rendered-field-ignored",
        ),
        pytest.param(
            {"field": "", "target_field": "b", "ignore_missing": True},
            {"k": 1},
            {"k": 1},
            id="empty-field-ignored",
        ),
        pytest.param(
            {"field": "gone", "target_field": "", "ignore_missing": True},
            {"k": 1},
            {"k": 1},
            id="empty-target-unused-when-missing",
        ),
    ],
)
def test_rename(options: dict[str, Any], source: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run("rename", options, source) == expected


@pytest.mark.parametrize(
    ("options", "source", "error"),
    [
        pytest.param({"field": "m", "target_field": "b"}, {}, iae("field [m] doesn't exist"), id="missing"),
        pytest.param(
            {"field": "a", "target_field": "b"},
            {"a": 1, "b": 2},
            iae("field [b] already exists"),
            id="exists",
        ),
        pytest.param(
            {"field": "l.5", "target_field": "b"},
            {"l": [1]},
            iae("[5] is out of bounds for array with length [1] as part of path [l.5]"),
            id="source-oob",
        ),
        pytest.param(
            {"field": "{{nope}}", "target_field": "b"},
            {"k": 1},
            iae("field [] doesn't exist"),
            id="empty-rendered",
        ),
        pytest.param(
            {"field": "", "target_field": "b"}, {"k": 1}, iae("field [] doesn't exist"), id="empty-const"
        ),
        pytest.param(
            {"field": "k", "target_field": "{{nope}}"},
            {"k": 1},
            iae("path cannot be null nor empty"),
            id="empty-target",
        ),
    ],
)
def test_errors(options: dict[str, Any], source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("rename", options, source) == error


def test_failed_set_restores_the_source_field() -> None:
    from processor_helpers import build

    from s1elastic.ingest.errors import IllegalArgumentException

    doc = IngestDocument.from_source({"a": 1, "s": "str"})
    with pytest.raises(IllegalArgumentException):
        build("rename", {"field": "a", "target_field": "s.x"}).execute(doc)
    assert doc.source_fields() == {"a": 1, "s": "str"}
    assert (
        run_doc("rename", {"field": "a", "target_field": "_id", "override": True}, {"a": "new"}).source["_id"]
        == "new"
    )


# -- the one-walk fast path must agree with has/get/remove/set ------------------------------------


@settings(max_examples=1000, deadline=None)
@given(data=st.data(), field=PATHS, ignore_missing=st.booleans(), override=st.booleans())
def test_fast_path_agrees_with_general_path(
    data: st.DataObject, field: str, ignore_missing: bool, override: bool
) -> None:
    target = data.draw(related_path(field))
    source = data.draw(source_along(field) | SOURCES)
    options = {"field": field, "target_field": target, "ignore_missing": ignore_missing, "override": override}
    processor = build("rename", options)
    assert isinstance(processor, RenameProcessor)
    fast, general = make_doc(source), make_doc(source)
    fast_outcome = attempt(lambda: processor.execute(fast) is fast)
    general_outcome = attempt(lambda: processor._execute_general(general, FieldPath.of(field)) is general)
    assert fast_outcome == general_outcome
    assert state(fast) == state(general)


@settings(max_examples=500, deadline=None)
@given(data=st.data(), field=PATHS, ignore_missing=st.booleans(), override=st.booleans())
def test_bound_execute_agrees_with_class_execute(
    data: st.DataObject, field: str, ignore_missing: bool, override: bool
) -> None:
    """Constant names get a closure as `execute`; the class's own `execute` is its reference."""
    target = data.draw(related_path(field))
    source = data.draw(source_along(field) | SOURCES)
    options = {"field": field, "target_field": target, "ignore_missing": ignore_missing, "override": override}
    processor = build("rename", options)
    assert isinstance(processor, RenameProcessor)
    assert "execute" in vars(processor)
    bound, reference = make_doc(source), make_doc(source)
    bound_outcome = attempt(lambda: processor.execute(bound) is bound)
    reference_outcome = attempt(lambda: RenameProcessor.execute(processor, reference) is reference)
    assert bound_outcome == reference_outcome
    assert state(bound) == state(reference)
