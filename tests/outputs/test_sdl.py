"""SDL addEvents output against a loopback addEvents that checks what SDL requires of clients."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest
from fakes.loopback import Reply
from fakes.sdl import FakeSdl, sdl_reply
from fakes.simulated import (
    COUNTS,
    STREAMS,
    FingerprintTransformer,
    config_with_output,
    expected_ids,
    object_id,
    poller_config,
)

from s1elastic.outputs import Batch, Document, OutputError, build_output
from s1elastic.outputs.http_common import Backoff, OutputConfigurationError
from s1elastic.outputs.sdl import SdlOutput, SessionPool, data_stream_of, flatten, sev_for
from s1elastic.poller import config_from_dict, run_once
from s1elastic.poller.config import validate
from s1elastic.simulator.config import SimulatorConfig
from s1elastic.simulator.server import SimulatorServer

INDEX = "logs-sentinel_one.alert-default"


def doc(i: int, when: str = "2024-03-01T12:00:00.000Z", **extra: Any) -> Document:
    source = {
        "@timestamp": when,
        "data_stream": {"type": "logs", "dataset": "sentinel_one.alert", "namespace": "default"},
        "event": {"severity": 73, "kind": "alert"},
        "n": i,
        **extra,
    }
    return Document(INDEX, orjson.dumps(source), f"id-{i}")


def make_output(sdl: FakeSdl, **kwargs: Any) -> tuple[SdlOutput, list[float]]:
    sleeps: list[float] = []
    kwargs.setdefault("backoff", Backoff(initial=0.1, maximum=1.0, max_retries=3, sleep=sleeps.append))
    ids = (f"00000000-0000-4000-8000-{n:012d}" for n in itertools.count(1))
    kwargs.setdefault("pool", SessionPool(new_id=lambda: next(ids)))
    return SdlOutput(sdl.url, sdl.key, server_host="poller-1", **kwargs), sleeps


def test_request_shape_session_info_logs_and_attrs() -> None:
    with FakeSdl() as sdl:
        out, _ = make_output(sdl, parser="sentinelone")
        ack = out.write(
            Batch("prod", "alert", [doc(1, "2024-03-01T12:00:00.123Z"), doc(2, "2024-03-01T12:00:01Z")])
        )
        assert ack.complete and ack.accepted == 2
        request = orjson.loads(sdl.server.requests[0].body)
        assert sdl.server.requests[0].headers["authorization"] == "Bearer sdl-write-key-0001"
        assert request["session"] == "00000000-0000-4000-8000-000000000001"
        assert request["sessionInfo"] == {
            "serverHost": "poller-1",
            "logfile": "sentinel_one.alert",
            "console": "prod",
            "parser": "sentinelone",
        }
        assert request["logs"] == [
            {
                "id": "1",
                "attrs": {
                    "data_stream.type": "logs",
                    "data_stream.dataset": "sentinel_one.alert",
                    "data_stream.namespace": "default",
                },
            }
        ]
        assert request["events"][0] == {
            "ts": "1709294400123000000",
            "sev": 5,
            "log": "1",
            "attrs": {
                "@timestamp": "2024-03-01T12:00:00.123Z",
                "event.severity": 73,
                "event.kind": "alert",
                "n": 1,
            },
        }
        assert sdl.violations == [] and sdl.server.unexpected == []


def test_ts_is_strictly_increasing_within_a_session_across_requests() -> None:
    with FakeSdl() as sdl:
        out, _ = make_output(sdl)
        same = "2024-03-01T12:00:00Z"
        out.write(Batch("prod", "alert", [doc(3, "2024-03-01T12:00:05Z"), doc(1, same), doc(2, same)]))
        out.write(Batch("prod", "alert", [doc(4, "2024-03-01T11:00:00Z")]))  # older than what was sent
        ts = [int(e["ts"]) for e in sdl.events]
        assert ts == sorted(ts) and len(set(ts)) == 4
        assert [e["attrs"]["n"] for e in sdl.events] == [1, 2, 3, 4]  # sorted by time within a batch
        assert ts[1] == ts[0] + 1 and ts[3] == ts[2] + 1
        assert sdl.violations == [] and sdl.repeats == 0


@pytest.mark.parametrize(
    ("severity", "sev"),
    [
        (None, 3),
        (0, 3),
        (21, 3),
        (22, 4),
        (47, 4),
        (48, 5),
        (73, 5),
        (74, 6),
        (99, 6),
        ("47", 4),
        ("high", 3),
        (True, 3),
    ],
)
def test_sev_from_event_severity(severity: Any, sev: int) -> None:
    assert sev_for(severity) == sev


def test_flatten_and_data_stream() -> None:
    assert flatten({"a": {"b": 1, "c": {"d": [1, 2]}}, "e": {}, "f": None}) == {
        "a.b": 1,
        "a.c.d": [1, 2],
        "e": {},
        "f": None,
    }
    assert data_stream_of("logs-sentinel_one.alert-prod_eu") == {
        "data_stream.type": "logs",
        "data_stream.dataset": "sentinel_one.alert",
        "data_stream.namespace": "prod_eu",
    }


def test_bodies_stay_under_the_limit() -> None:
    with FakeSdl() as sdl:
        out, _ = make_output(sdl, max_bytes=4000)
        docs = [doc(i, f"2024-03-01T12:00:{i:02d}Z", pad="p" * 300) for i in range(30)]
        assert out.write(Batch("prod", "alert", docs)).complete
        sizes = [len(r.body) for r in sdl.server.requests]
        assert len(sizes) > 1 and max(sizes) <= 4000
        assert sorted(e["attrs"]["n"] for e in sdl.events) == list(range(30))


def test_backoff_answer_waits_and_resends_the_same_body() -> None:
    with FakeSdl() as sdl:
        reply = sdl_reply(429, {"status": "error/server/backoff", "message": "Too many requests; back off"})
        reply.headers["Retry-After"] = "2"
        sdl.server.queue_fault(reply)
        out, sleeps = make_output(sdl)
        assert out.write(Batch("prod", "alert", [doc(1)])).complete
        assert sleeps == [2.0]
        assert sdl.server.requests[0].body == sdl.server.requests[1].body
        assert out.stats.backoffs == 1 and len(sdl.events) == 1


def test_backoff_status_in_a_200_body_is_honoured() -> None:
    with FakeSdl() as sdl:
        sdl.server.queue_fault(sdl_reply(200, {"status": "error/server/backoff"}))
        out, sleeps = make_output(sdl)
        assert out.write(Batch("prod", "alert", [doc(1)])).complete
        assert len(sleeps) == 1 and len(sdl.events) == 1


def test_a_lost_answer_is_resent_and_not_stored_twice() -> None:
    with FakeSdl() as sdl:
        sdl.lose_answers = 1
        out, sleeps = make_output(sdl)
        assert out.write(Batch("prod", "alert", [doc(1), doc(2)])).complete
        assert len(sleeps) == 1 and len(sdl.events) == 2 and sdl.repeats == 2


def test_server_that_stays_down_raises_output_error() -> None:
    with FakeSdl() as sdl:
        for _ in range(4):
            sdl.server.queue_fault(Reply(502, b"<html>bad gateway</html>"))
        out, sleeps = make_output(sdl)
        with pytest.raises(OutputError, match="failed 4 times"):
            out.write(Batch("prod", "alert", [doc(1)]))
        assert len(sleeps) == 3


def test_a_bad_key_is_a_configuration_error() -> None:
    with FakeSdl() as sdl:
        sleeps: list[float] = []
        out = SdlOutput(sdl.url, "not-the-key", backoff=Backoff(sleep=sleeps.append))
        with pytest.raises(OutputConfigurationError, match="noPermission"):
            out.write(Batch("prod", "alert", [doc(1)]))
        assert sleeps == []


def test_bad_param_is_an_output_error() -> None:
    with FakeSdl() as sdl:
        sdl.server.queue_fault(sdl_reply(400, {"status": "error/client/badParam", "message": "bad events"}))
        out, _ = make_output(sdl)
        with pytest.raises(OutputError, match="badParam"):
            out.write(Batch("prod", "alert", [doc(1)]))


class StepClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_more_sessions_when_one_would_pass_the_rate() -> None:
    clock = StepClock()
    with FakeSdl() as sdl:
        pool = SessionPool(rate=1000.0, window=1.0, clock=clock)
        out, _ = make_output(sdl, pool=pool, max_bytes=200_000)
        for i in range(3):  # ~700 bytes each within one second: a session carries one
            out.write(Batch("prod", "alert", [doc(i, f"2024-03-01T12:00:0{i}Z", pad="q" * 500)]))
        sessions = [orjson.loads(r.body)["session"] for r in sdl.server.requests]
        assert len(set(sessions)) == 3
        clock.now = 5.0  # the window has passed: the first session is reused
        out.write(Batch("prod", "alert", [doc(9, "2024-03-01T12:00:09Z")]))
        assert orjson.loads(sdl.server.requests[-1].body)["session"] == sessions[0]
        assert sdl.violations == []


def test_concurrent_writers_never_share_a_session_in_flight() -> None:
    with FakeSdl(hold=0.02) as sdl:
        out = SdlOutput(sdl.url, sdl.key, server_host="h", backoff=Backoff(sleep=lambda s: None))
        errors: list[BaseException] = []

        def worker(base: int) -> None:
            try:
                for k in range(5):
                    n = base * 100 + k
                    assert out.write(Batch("prod", "alert", [doc(n, f"2024-03-01T12:{k:02d}:00Z")])).complete
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(b,)) for b in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert sdl.violations == []
        assert len(sdl.events) == 20 and sdl.repeats == 0
        assert len(sdl.session_infos) >= 2


def test_build_from_config(tmp_path: Any) -> None:
    key = tmp_path / "key"
    key.write_text("sdl-write-key-0001\n")
    key.chmod(0o600)
    with FakeSdl() as sdl:
        out = build_output({"type": "sdl", "url": sdl.url, "api_key_file": str(key), "server_host": "edge"})
        assert out.write(Batch("prod", "alert", [doc(1)])).complete
        assert sdl.events[0]["session"] in sdl.session_infos
        assert sdl.session_infos[sdl.events[0]["session"]]["serverHost"] == "edge"
        assert "sdl-write-key-0001" not in repr(out)


# -- the poller's no-loss property, simulator → run_once → this output -----------------------------


def test_every_simulated_object_arrives_exactly_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_KEY_E2E", "sdl-write-key-0001")
    with FakeSdl() as sdl, SimulatorServer(SimulatorConfig(seed=23, counts=COUNTS)) as sim:
        sdl.server.queue_fault(sdl_reply(429, {"status": "error/server/backoff", "message": "back off"}))
        sdl.lose_answers = 2  # stored, then answered 503: the resent bodies must add nothing
        output = {
            "type": "sdl",
            "url": sdl.url,
            "api_key_env": "SDL_KEY_E2E",
            "max_bytes": 300_000,
            "retry": {"initial": 0.001, "max": 0.01, "max_retries": 3},
        }
        summary = run_once(
            poller_config(tmp_path, sim, output, transform="local"), transformer=FingerprintTransformer()
        )
        assert summary.ok, summary
        assert sdl.violations == [] and sdl.repeats > 0
        for stream in STREAMS:
            got = [
                object_id(e["attrs"]["message"])
                for e in sdl.events
                if e["log_attrs"].get("data_stream.dataset") == f"sentinel_one.{stream}"
            ]
            assert sorted(got) == sorted(expected_ids(sim, tmp_path, stream)), stream
            assert len(got) == len(set(got))


def test_the_poller_config_takes_the_output(tmp_path: Path) -> None:
    output = {
        "type": "sdl",
        "url": "https://xdr.us1.sentinelone.net",
        "api_key_env": "SDL_KEY",
        "session_rate": 1000000,
    }
    assert (
        config_from_dict(config_with_output(tmp_path, output), base_dir=tmp_path).outputs[0]["session_rate"]
        == 1000000
    )
    problems = validate(
        config_with_output(tmp_path, {"type": "sdl", "url": "https://x", "max_bytes": 7000000})
    )
    assert any("7000000 is greater than the maximum of 6000000" in p for p in problems)
