"""fail: fail_processor_exception with the rendered message."""

from __future__ import annotations

import pytest

from s1elastic.ingest.errors import FailProcessorException, ParseException
from s1elastic.ingest.pipeline import Pipeline


def test_message_template() -> None:
    with pytest.raises(FailProcessorException) as caught:
        Pipeline.load({"processors": [{"fail": {"message": "no {{a}} here"}}]}).run({"a": "x"})
    assert caught.value.reason == "no x here"
    assert caught.value.type_name == "fail_processor_exception"


def test_message_is_required() -> None:
    with pytest.raises(ParseException) as caught:
        Pipeline.load({"processors": [{"fail": {"tag": "t"}}]})
    assert caught.value.error_body()["root_cause"] == [
        {
            "type": "parse_exception",
            "reason": "[message] required property is missing",
            "property_name": "message",
            "processor_type": "fail",
            "processor_tag": "t",
        }
    ]
