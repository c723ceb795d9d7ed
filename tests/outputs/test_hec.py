"""HEC output against a loopback collector that answers with Splunk's documented codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from fakes.hec import FakeHec, hec_reply
from fakes.loopback import Reply
from fakes.simulated import COUNTS, STREAMS, config_with_output, expected_ids, object_id, poller_config

from s1elastic.outputs import Batch, Document, OutputError, build_output
from s1elastic.outputs.hec import HecOutput, hec_time
from s1elastic.outputs.http_common import Backoff, OutputConfigurationError
from s1elastic.poller import config_from_dict, run_once
from s1elastic.poller.config import validate
from s1elastic.simulator.config import SimulatorConfig
from s1elastic.simulator.server import SimulatorServer

INDEX = "logs-sentinel_one.threat-default"


def docs(n: int, start: int = 0, **extra: Any) -> list[Document]:
    return [
        Document(
            INDEX,
            orjson.dumps({"@timestamp": f"2024-03-01T12:00:{i % 60:02d}.25Z", "n": i, **extra}),
            f"id-{i}",
        )
        for i in range(start, start + n)
    ]


def make_output(hec: FakeHec, **kwargs: Any) -> tuple[HecOutput, list[float]]:
    sleeps: list[float] = []
    kwargs.setdefault("scheme", hec.scheme)
    out = HecOutput(
        hec.url,
        hec.token,
        host="poller-1",
        backoff=Backoff(initial=0.1, maximum=1.0, max_retries=3, sleep=sleeps.append),
        **kwargs,
    )
    return out, sleeps


@pytest.mark.parametrize("compression", ["gzip", "zstd", "none"])
def test_events_carry_time_host_source_fields_and_the_document(compression: str) -> None:
    with FakeHec() as hec:
        out, _ = make_output(
            hec, compression=compression, sourcetype="_json", fields={"env": "prod", "console": "{console}"}
        )
        ack = out.write(Batch("prod", "threat", docs(2)))
        assert ack.complete and ack.accepted == 2
        assert hec.events[0] == {
            "time": 1709294400.25,
            "host": "poller-1",
            "source": "sentinel_one.threat",
            "sourcetype": "_json",
            "fields": {"env": "prod", "console": "prod"},
            "event": {"@timestamp": "2024-03-01T12:00:00.25Z", "n": 0},
        }
        assert hec.encodings == [{"none": "identity"}.get(compression, compression)]
        request = hec.server.requests[0]
        assert request.headers["authorization"] == "Bearer hec-token-0001"
        assert b'"time":1709294400.250,' in (out.event(Batch("prod", "threat", []), docs(1)[0]))
        assert hec.server.unexpected == []


@pytest.mark.parametrize(
    ("timestamp", "expected"),
    [
        ("2024-03-01T12:00:00Z", "1709294400.000"),
        ("2024-03-01T12:00:00.123456789Z", "1709294400.123"),
        ("2024-03-01T13:00:00.5+01:00", "1709294400.500"),
        (1709294400123, "1709294400.123"),
    ],
)
def test_time_is_seconds_dot_milliseconds(timestamp: Any, expected: str) -> None:
    out = HecOutput("http://127.0.0.1:1", "t", host="h")
    event = out.event(Batch("prod", "threat", []), Document(INDEX, orjson.dumps({"@timestamp": timestamp})))
    assert event.startswith(b'{"time":' + expected.encode() + b",")
    assert hec_time(1_709_294_400_123_999_999) == "1709294400.123"


def test_a_document_without_timestamp_has_no_time() -> None:
    out = HecOutput("http://127.0.0.1:1", "t", host="h", source=None)
    assert out.event(Batch("p", "s", []), Document(INDEX, b'{"a":1}')) == b'{"host":"h","event":{"a":1}}'


def test_splunk_scheme() -> None:
    with FakeHec(scheme="Splunk") as hec:
        out, _ = make_output(hec)
        assert out.write(Batch("prod", "threat", docs(1))).complete
        assert hec.server.requests[0].headers["authorization"] == "Splunk hec-token-0001"


def test_payloads_stay_under_the_limit() -> None:
    with FakeHec() as hec:
        out, _ = make_output(hec, max_bytes=5000, compression="gzip")
        ack = out.write(Batch("prod", "threat", docs(40, pad="y" * 300)))
        assert ack.complete
        assert len(hec.server.requests) > 1
        assert sorted(e["event"]["n"] for e in hec.events) == list(range(40))


def test_an_event_over_the_limit_is_a_non_retryable_failure() -> None:
    with FakeHec() as hec:
        out, _ = make_output(hec, max_bytes=500)
        big = Document(INDEX, orjson.dumps({"pad": "z" * 600}))
        ack = out.write(Batch("prod", "threat", [*docs(1), big]))
        assert ack.accepted == 1 and ack.failures[0].position == 1 and not ack.failures[0].retryable


@pytest.mark.parametrize(
    ("reply", "sleeps_expected"),
    [
        pytest.param(hec_reply(503, "Server is busy", 9), [0], id="503-busy"),
        pytest.param(hec_reply(500, "Internal server error", 8), [0], id="500"),
        pytest.param(Reply(429, b"", {"Retry-After": "3"}), [3.0], id="429-retry-after"),
    ],
)
def test_busy_and_server_errors_are_retried(reply: Reply, sleeps_expected: list[float]) -> None:
    with FakeHec() as hec:
        hec.server.queue_fault(reply)
        out, sleeps = make_output(hec)
        assert out.write(Batch("prod", "threat", docs(2))).complete
        assert len(hec.events) == 2
        assert len(sleeps) == 1 and (sleeps_expected == [0] or sleeps == sleeps_expected)


def test_a_collector_that_stays_busy_raises_output_error() -> None:
    with FakeHec() as hec:
        for _ in range(4):
            hec.server.queue_fault(hec_reply(503, "Server is busy", 9))
        out, sleeps = make_output(hec)
        with pytest.raises(OutputError, match="code 9: Server is busy"):
            out.write(Batch("prod", "threat", docs(1)))
        assert len(sleeps) == 3


@pytest.mark.parametrize(
    ("scheme", "token", "code"),
    [("Bearer", "wrong-token", 4), ("Basic", "hec-token-0001", 3)],
)
def test_token_errors_are_configuration_errors(scheme: str, token: str, code: int) -> None:
    with FakeHec() as hec:
        sleeps: list[float] = []
        out = HecOutput(hec.url, token, scheme=scheme, backoff=Backoff(sleep=sleeps.append))
        with pytest.raises(OutputConfigurationError, match=f"code {code}"):
            out.write(Batch("prod", "threat", docs(1)))
        assert sleeps == [] and len(hec.server.requests) == 1


def test_incorrect_index_is_a_configuration_error() -> None:
    with FakeHec(indexes=("security",)) as hec:
        out, _ = make_output(hec, index="main")
        with pytest.raises(OutputConfigurationError, match="code 7"):
            out.write(Batch("prod", "threat", docs(1)))


def test_invalid_data_format_fails_that_event_and_resends_the_rest() -> None:
    with FakeHec() as hec:
        out, _ = make_output(hec, compression="none")
        broken = Document(INDEX, b'{"@timestamp":"2024-03-01T12:00:00Z","n":')
        ack = out.write(Batch("prod", "threat", [*docs(2), broken, *docs(2, 3)]))
        assert ack.accepted == 4 and [f.position for f in ack.failures] == [2]
        assert "Invalid data format (code 6)" in ack.failures[0].reason
        assert sorted(e["event"]["n"] for e in hec.events) == [0, 1, 3, 4]


def test_413_splits_the_request() -> None:
    with FakeHec() as hec:
        hec.server.queue_fault(Reply(413, b""))
        out, _ = make_output(hec)
        assert out.write(Batch("prod", "threat", docs(4))).complete
        assert len(hec.server.requests) == 3 and len(hec.events) == 4


def test_build_from_config_reads_the_token_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEC_TOKEN_TEST", "hec-token-0001")
    with FakeHec(scheme="Splunk") as hec:
        out = build_output(
            {
                "type": "hec",
                "url": hec.url,
                "token_env": "HEC_TOKEN_TEST",
                "auth_scheme": "Splunk",
                "compression": "zstd",
            }
        )
        assert out.write(Batch("prod", "threat", docs(3))).complete
        assert len(hec.events) == 3
        assert "hec-token-0001" not in repr(out)
        out.close()


def test_a_missing_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token_file"):
        build_output({"type": "hec", "url": "http://127.0.0.1:1"})


# -- the poller's no-loss property, simulator → run_once → this output -----------------------------


def test_every_simulated_object_arrives_exactly_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEC_TOKEN_E2E", "hec-token-0001")
    with FakeHec() as hec, SimulatorServer(SimulatorConfig(seed=22, counts=COUNTS)) as sim:
        hec.server.queue_fault(hec_reply(503, "Server is busy", 9))
        hec.server.queue_fault(Reply(502, b"<html>proxy</html>"))
        output = {
            "type": "hec",
            "url": hec.url,
            "token_env": "HEC_TOKEN_E2E",
            "compression": "zstd",
            "max_bytes": 200_000,
            "retry": {"initial": 0.001, "max": 0.01, "max_retries": 3},
        }
        summary = run_once(poller_config(tmp_path, sim, output))
        assert summary.ok, summary
        for stream in STREAMS:
            got = [
                object_id(e["event"]["message"])
                for e in hec.events
                if e["source"] == f"sentinel_one.{stream}"
            ]
            assert sorted(got) == sorted(expected_ids(sim, tmp_path, stream)), stream
            assert len(got) == len(set(got))


def test_the_poller_config_takes_the_output(tmp_path: Path) -> None:
    output = {
        "type": "hec",
        "url": "https://ingest.us1.sentinelone.net",
        "token_file": "hec.token",
        "auth_scheme": "Splunk",
    }
    config = config_from_dict(config_with_output(tmp_path, output), base_dir=tmp_path)
    assert config.outputs[0]["token_file"] == str(tmp_path / "hec.token")
    problems = validate(
        config_with_output(tmp_path, {"type": "hec", "url": "https://x", "compression": "br"})
    )
    assert any("'br' is not one of ['gzip', 'zstd', 'none']" in p for p in problems)
