"""drop: the document disappears (run returns None; simulate prints null)."""

from __future__ import annotations

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
