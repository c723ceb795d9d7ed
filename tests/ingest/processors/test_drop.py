"""drop: the document disappears (run returns None; simulate prints null)."""

from __future__ import annotations

from typing import Any

import pytest

from s1elastic.ingest.errors import ParseException
from s1elastic.ingest.pipeline import Pipeline


def test_drop_returns_none() -> None:
    assert Pipeline.load({"processors": [{"drop": {}}]}).run({"a": 1}) is None


def test_drop_takes_no_options() -> None:
    with pytest.raises(
        ParseException,
        match=r"processor \[drop\] doesn't support one or more provided configuration parameters \[x\]",
    ):
        Pipeline.load({"processors": [{"drop": {"x": 1}}]})


# Where a drop may sit: each must end the run at once (the loop looks at each step's result only
# when a drop or terminate can be reached, so every nesting must be seen).
@pytest.mark.parametrize(
    "dropping",
    [
        pytest.param({"drop": {}}, id="plain"),
        pytest.param({"drop": {"if": "ctx.a == 1"}}, id="conditional"),
        pytest.param(
            {"drop": {"tag": "t", "on_failure": [{"set": {"field": "x", "value": 1}}]}}, id="handled"
        ),
        pytest.param({"fail": {"message": "m", "on_failure": [{"drop": {}}]}}, id="in-on-failure"),
        pytest.param(
            {"fail": {"message": "m", "if": "ctx.a == 1", "on_failure": [{"drop": {}}]}}, id="cond-onf"
        ),
        pytest.param({"foreach": {"field": "l", "processor": {"drop": {}}}}, id="in-foreach"),
        pytest.param(
            {
                "foreach": {
                    "field": "l",
                    "processor": {"foreach": {"field": "_ingest._value", "processor": {"drop": {}}}},
                }
            },
            id="in-nested-foreach",
        ),
        pytest.param(
            {
                "foreach": {
                    "field": "l",
                    "processor": {"fail": {"message": "m", "on_failure": [{"drop": {}}]}},
                }
            },
            id="in-foreach-handler",
        ),
    ],
)
def test_drop_anywhere_ends_the_run(dropping: dict[str, Any]) -> None:
    config = {
        "processors": [
            {"set": {"field": "before", "value": 1}},
            dropping,
            {"fail": {"message": "must not run after the drop"}},
        ]
    }
    assert Pipeline.load(config).run({"a": 1, "l": [[1]]}) is None


def test_a_failure_in_the_plain_loop_is_reported_as_its_processor() -> None:
    """Without drop or terminate the steps run as a plain loop; a failure still names its processor."""
    config = {
        "processors": [
            {"set": {"field": "a", "value": 1, "tag": "first"}},
            {"fail": {"message": "stop", "tag": "second"}},
            {"set": {"field": "b", "value": 1, "tag": "third"}},
        ],
        "on_failure": [{"set": {"field": "failed", "value": "{{_ingest.on_failure_processor_tag}}"}}],
    }
    doc = Pipeline.load(config).run({})
    assert doc is not None and doc.source_fields() == {"a": 1, "failed": "second"}
