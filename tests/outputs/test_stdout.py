from __future__ import annotations

import io

import pytest

from s1elastic.outputs import Batch, Document, OutputError, StdoutOutput


def test_writes_ndjson_lines_and_acknowledges() -> None:
    buf = io.BytesIO()
    ack = StdoutOutput(buf).write(
        Batch("prod", "group", [Document("logs-x", b'{"a":1}', "i1"), Document("logs-x", b"{}")])
    )
    assert ack.accepted == 2 and ack.complete
    assert (
        buf.getvalue()
        == b'{"_index":"logs-x","_id":"i1","_source":{"a":1}}\n{"_index":"logs-x","_source":{}}\n'
    )


def test_closed_stream_is_an_output_error() -> None:
    buf = io.BytesIO()
    buf.close()
    with pytest.raises(OutputError):
        StdoutOutput(buf).write(Batch("prod", "group", [Document("logs-x", b"{}")]))
