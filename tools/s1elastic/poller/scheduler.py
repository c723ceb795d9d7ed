"""The poller: one thread per console and stream, each polling at its interval.

Threads rather than one loop because streams of one console have very different walks (a
million activities must not delay the agents snapshot); rate limits stay per console because
the streams of a console share its limiter. Per stream, failures are handled by kind:
configuration errors park the stream until its console's token changes (or for good with
`FeatureNotEnabled`: e.g. alerts without STAR); generic errors are retried inside the runner.
A console-wide thread reads the token's expiry at start and daily.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from s1elastic.outputs import build_output
from s1elastic.outputs.base import Output
from s1elastic.poller.clock import Clock, SystemClock
from s1elastic.poller.config import ConsoleConfig, PollerConfig, StreamSettings
from s1elastic.poller.health import CONSOLE, ErrorType, HealthBoard, Status
from s1elastic.poller.metrics import HealthServer, Metrics
from s1elastic.poller.progress import make_progress
from s1elastic.poller.redact import Redactor, install
from s1elastic.poller.retry import RetryPolicy
from s1elastic.poller.runner import CycleResult, GaveUp, ProgressSink, RunnerDeps, Stopped, StreamRunner
from s1elastic.poller.session import ConsoleSession, TransportFactory
from s1elastic.poller.spec import SpecError, load_spec
from s1elastic.poller.state import StateStore
from s1elastic.poller.transform import (
    LocalTransformer,
    PoolTransformer,
    RawTransformer,
    Transformer,
    TransformError,
)
from s1elastic.sentinelone.errors import ApiError, ConfigurationError, FeatureNotEnabled
from s1elastic.sentinelone.timefmt import format_timestamp

log = logging.getLogger(__name__)

TOKEN_CHECK_INTERVAL = 86400.0


@dataclass
class StreamSummary:
    console: str
    stream: str
    fetched: int = 0
    written: int = 0
    duplicates: int = 0
    dropped: int = 0
    pipeline_errors: int = 0
    pages: int = 0
    retries: int = 0
    complete: bool = False
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        return self.complete and self.error is None

    def absorb(self, result: CycleResult) -> None:
        for name in ("fetched", "written", "duplicates", "dropped", "pipeline_errors", "pages", "retries"):
            setattr(self, name, getattr(self, name) + getattr(result, name))
        self.complete = result.complete


@dataclass
class RunSummary:
    streams: list[StreamSummary] = field(default_factory=list)
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return not self.stopped and all(s.ok for s in self.streams)

    def stream(self, console: str, stream: str) -> StreamSummary:
        for s in self.streams:
            if (s.console, s.stream) == (console, stream):
                return s
        raise KeyError((console, stream))

    @property
    def written(self) -> int:
        return sum(s.written for s in self.streams)


class StateDirLocked(RuntimeError):
    """Another poller process is using the state directory."""


@contextlib.contextmanager
def state_lock(state_dir: Path) -> Iterator[None]:
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(state_dir / "poller.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StateDirLocked(f"another poller is using {state_dir}") from None
        yield
    finally:
        os.close(fd)


class Poller:
    """Builds clients, outputs and runners from a PollerConfig; runs once, forever, or a backfill."""

    def __init__(
        self,
        config: PollerConfig,
        *,
        clock: Clock | None = None,
        env: Mapping[str, str] | None = None,
        transport_factory: TransportFactory | None = None,
        outputs: Sequence[Output] | None = None,
        transformer: Transformer | None = None,
        progress: ProgressSink | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.config = config
        self.clock = clock or SystemClock()
        self.redactor = Redactor()
        self._filter = install(self.redactor)
        self.health = HealthBoard(config.state_dir, self.clock, self.redactor)
        self.metrics = Metrics()
        self.store = StateStore(config.state_dir)
        self._own_outputs = outputs is None
        self.outputs: list[Output] = (
            list(outputs) if outputs is not None else [build_output(o) for o in config.outputs]
        )
        self.sessions = {
            c.name: ConsoleSession(c, self.clock, self.redactor, env=env, transport_factory=transport_factory)
            for c in config.consoles
        }
        for session in self.sessions.values():
            session.preload()
        self._own_transformer = transformer is None
        self.transformer = transformer or self._make_transformer()
        self.progress = progress or make_progress(config.progress, self.clock)
        self.deps = RunnerDeps(
            store=self.store,
            outputs=self.outputs,
            transformer=self.transformer,
            health=self.health,
            metrics=self.metrics,
            clock=self.clock,
            policy=policy or RetryPolicy(config.retry),
            progress=self.progress,
            lag=config.lag,
            retention=config.ledger_retention,
        )
        self._server: HealthServer | None = None

    def _make_transformer(self) -> Transformer:
        if self.config.transform != "local":
            return RawTransformer()
        pipelines = {}
        for console in self.config.consoles:
            for s in self.config.enabled_streams(console):
                path = (
                    self.config.package_dir
                    / "data_stream"
                    / s.name
                    / "elasticsearch"
                    / "ingest_pipeline"
                    / "default.yml"
                )
                if path.is_file():
                    pipelines[s.name] = path
        if self.config.workers > 0:
            return PoolTransformer(pipelines, self.config.workers)
        return LocalTransformer(pipelines)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        for session in self.sessions.values():
            session.close()
        if self._own_transformer:
            self.transformer.close()
        if self._own_outputs:
            for output in self.outputs:
                output.close()
        closer = getattr(self.progress, "close", None)
        if closer is not None:
            closer()
        for target in (logging.getLogger(), *logging.getLogger().handlers):
            target.removeFilter(self._filter)

    def __enter__(self) -> Poller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start_health_server(self) -> HealthServer | None:
        if self.config.health_listen and self._server is None:
            self._server = HealthServer(self.config.health_listen, self.metrics, self.health.snapshot)
            self._server.start()
            log.info("health and metrics on http://%s:%d/", *self._server.address)
        return self._server

    def runners(self) -> list[tuple[StreamRunner | None, StreamSettings, ConsoleConfig, str | None]]:
        """A runner per enabled stream (None with the reason when its poll spec does not load)."""
        out: list[tuple[StreamRunner | None, StreamSettings, ConsoleConfig, str | None]] = []
        for console in self.config.consoles:
            for settings in self.config.enabled_streams(console):
                self.health.set(console.name, settings.name, Status.PENDING)
                try:
                    spec = load_spec(self.config.package_dir, settings.name)
                except SpecError as exc:
                    out.append((None, settings, console, str(exc)))
                    continue
                runner = StreamRunner(self.sessions[console.name], spec, settings, self.deps)
                out.append((runner, settings, console, None))
        self._prepare_pipelines({r.stream for r, _, _, _ in out if r is not None})
        return out

    def _prepare_pipelines(self, streams: set[str]) -> None:
        """Load every stream's pipeline before any stream starts, so all start polling together.

        A pipeline that does not load is left to its stream: `StreamRunner.poll` meets the same
        error again and reports it as that stream's configuration error; the others go on.
        """
        prepare = getattr(self.transformer, "prepare", None)
        if prepare is None:
            return
        for stream in sorted(streams):
            if self.clock.stopping:
                return
            try:
                prepare(stream)
            except TransformError:
                continue

    # -- token expiry ----------------------------------------------------------------------------

    def check_tokens(self) -> None:
        for session in self.sessions.values():
            self.check_token(session)

    def check_token(self, session: ConsoleSession) -> None:
        """Read the token's expiry; warn (naming the console) when it expires within the warning period."""
        name = session.name
        try:
            details = session.client.token_details()
        except ConfigurationError as exc:
            if exc.status in (401, None):
                self.health.set(
                    name, CONSOLE, Status.ERROR, error_type=ErrorType.CONFIGURATION, message=str(exc)
                )
            else:
                self.health.warn(name, CONSOLE, f"console {name}: cannot read the token's expiry: {exc}")
            return
        except ApiError as exc:
            self.health.warn(name, CONSOLE, f"console {name}: cannot read the token's expiry: {exc}")
            return
        self.health.set(name, CONSOLE, Status.AUTHENTICATED)
        self.health.clear_warnings(name, CONSOLE)
        if details.expires_at is None:
            return
        self.metrics.token_expiry.labels(console=name).set(details.expires_at.timestamp())
        left = details.expires_at - self.clock.now()
        if left <= timedelta(seconds=self.config.token_expiry_warning):
            when = format_timestamp(details.expires_at)
            text = (
                "has expired"
                if left.total_seconds() <= 0
                else f"expires in {left.days}d {left.seconds // 3600}h"
            )
            message = f"console {name}: the API token {text} ({when}); create a new token and update {session.config.token_source}"
            self.health.warn(name, CONSOLE, message)
            log.warning("%s", message)

    # -- one cycle -------------------------------------------------------------------------------

    def run_once(self) -> RunSummary:
        """Poll every enabled stream once (in parallel), retrying generic errors for `generic_window`."""
        summary = RunSummary()
        self.check_tokens()
        threads = []
        for runner, settings, console, problem in self.runners():
            item = StreamSummary(console.name, settings.name)
            summary.streams.append(item)
            if runner is None:
                item.error, item.error_type = problem, ErrorType.CONFIGURATION.value
                self.health.set(
                    console.name,
                    settings.name,
                    Status.ERROR,
                    error_type=ErrorType.CONFIGURATION,
                    message=problem,
                )
                continue
            runner.give_up_after = self.config.retry.generic_window
            thread = threading.Thread(
                target=self._once, args=(runner, item), name=f"{console.name}/{settings.name}"
            )
            threads.append(thread)
            thread.start()
        for thread in threads:
            thread.join()
        summary.stopped = self.clock.stopping
        return summary

    def _once(self, runner: StreamRunner, item: StreamSummary) -> None:
        self.health.set(item.console, item.stream, Status.STARTED)
        result = CycleResult()
        try:
            result = runner.poll()
        except Stopped:
            item.error = "stopped before the walk finished"
        except Exception as exc:
            item.error, item.error_type = self._failed(runner, exc)
        item.absorb(result)

    def _failed(self, runner: StreamRunner, exc: BaseException) -> tuple[str, str]:
        """Record a stream's failure in health and metrics; returns (message, error type)."""
        message = self.redactor.scrub(str(exc))
        if isinstance(exc, FeatureNotEnabled):
            etype = ErrorType.CONFIGURATION
            message = f"{runner.stream} stream disabled on console {runner.console}: {message}; the other streams keep running"
        elif isinstance(exc, ConfigurationError | TransformError):
            etype = ErrorType.CONFIGURATION
            message = f"{message} (no retries until the configuration or token changes)"
        elif isinstance(exc, GaveUp):
            etype = exc.error_type
        else:
            etype = ErrorType.FIRST_PARTY
            log.exception("%s/%s: unexpected error", runner.console, runner.stream)
            message = f"unexpected error: {type(exc).__name__}: {message}"
        self.metrics.errors.labels(console=runner.console, stream=runner.stream, type=etype.value).inc()
        self.health.set(runner.console, runner.stream, Status.ERROR, error_type=etype, message=message)
        log.error("%s/%s: %s", runner.console, runner.stream, message)
        return message, etype.value

    # -- forever ---------------------------------------------------------------------------------

    def run_forever(self) -> RunSummary:
        """Poll every stream at its interval until shutdown is requested; returns the totals."""
        summary = RunSummary()
        self.start_health_server()
        threads = [threading.Thread(target=self._token_loop, name="token-check", daemon=True)]
        for runner, settings, console, problem in self.runners():
            item = StreamSummary(console.name, settings.name)
            summary.streams.append(item)
            if runner is None:
                item.error = problem
                self.health.set(
                    console.name,
                    settings.name,
                    Status.ERROR,
                    error_type=ErrorType.CONFIGURATION,
                    message=problem,
                )
                continue
            threads.append(
                threading.Thread(
                    target=self._forever, args=(runner, item), name=f"{console.name}/{settings.name}"
                )
            )
        for thread in threads:
            thread.start()
        for thread in threads[1:]:
            thread.join()
        summary.stopped = True
        return summary

    def _token_loop(self) -> None:
        while not self.clock.stopping:
            self.check_tokens()
            if not self.clock.sleep(TOKEN_CHECK_INTERVAL):
                return

    def _forever(self, runner: StreamRunner, item: StreamSummary) -> None:
        clock = self.clock
        self.health.set(item.console, item.stream, Status.STARTED)
        while not clock.stopping:
            started = clock.monotonic()
            try:
                item.absorb(runner.poll())
                item.error = None
            except Stopped:
                break
            except FeatureNotEnabled as exc:
                item.error, item.error_type = self._failed(runner, exc)
                return  # disabled for this run; the other streams keep going
            except (ConfigurationError, TransformError) as exc:
                item.error, item.error_type = self._failed(runner, exc)
                if not self._park(runner):
                    break
                continue
            except Exception as exc:  # a bug or a GaveUp: log it, wait an interval, try again
                item.error, item.error_type = self._failed(runner, exc)
            wait = runner.interval - (clock.monotonic() - started)
            if not clock.sleep(max(0.0, wait)):
                break
        self.health.set(item.console, item.stream, Status.STOPPED)

    def _park(self, runner: StreamRunner) -> bool:
        """Wait until the console's token changes; False if shutdown came first."""
        while self.clock.sleep(runner.interval):
            if runner.session.changed():
                log.info("%s: the API token changed; resuming %s", runner.console, runner.stream)
                return True
        return False

    def status_rows(self) -> list[dict[str, Any]]:
        from s1elastic.poller.status import status_rows

        return status_rows(self.config.state_dir, self.clock.now())
