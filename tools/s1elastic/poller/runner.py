"""One stream of one console: walk its window page by page, transform, write, acknowledge, save.

Per page: fetch (retrying by the outcome table) → drop boundary duplicates → transform → write to
every output (retrying only the outputs that have not acknowledged) → advance and save the state.
The next page is fetched in the background while a page is transformed and written; a
prefetched page is only used once the previous page's state is saved, so nothing changes for
at-least-once. Shutdown is checked between pages: the batch in flight is finished and saved.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

import orjson

from s1elastic.outputs.base import Batch, Output, OutputError
from s1elastic.poller.clock import Clock
from s1elastic.poller.config import StreamSettings
from s1elastic.poller.cursor import (
    Window,
    acknowledge_page,
    begin_walk,
    finish_walk,
    plan_window,
    restart_walk,
    select_new,
    window_params,
)
from s1elastic.poller.health import ErrorType, HealthBoard, Status
from s1elastic.poller.metrics import Metrics
from s1elastic.poller.retry import RetryPolicy
from s1elastic.poller.session import ConsoleSession
from s1elastic.poller.spec import PollSpec, dig, resolve_cursor_path
from s1elastic.poller.state import StateStore, StreamState
from s1elastic.poller.transform import Transformer, data_stream_name
from s1elastic.sentinelone.client import Page
from s1elastic.sentinelone.errors import CursorExpired, RateLimited, RetryableError
from s1elastic.sentinelone.timefmt import parse_timestamp

log = logging.getLogger(__name__)
T = TypeVar("T")


class Stopped(Exception):
    """Shutdown was requested while waiting; the state on disk is consistent."""


class GaveUp(Exception):
    """Retries ran out (one-shot runs only)."""

    def __init__(self, message: str, error_type: ErrorType) -> None:
        super().__init__(message)
        self.error_type = error_type


@dataclass
class CycleResult:
    fetched: int = 0
    written: int = 0
    duplicates: int = 0
    dropped: int = 0
    pipeline_errors: int = 0
    pages: int = 0
    retries: int = 0
    complete: bool = False

    def add(self, other: CycleResult) -> None:
        for f in dataclasses.fields(self):
            if f.type in ("int", int):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(frozen=True)
class Prepared:
    """A page ready to write: its documents, and the stream state once they are acknowledged."""

    batch: Batch
    state: StreamState


class ProgressSink(Protocol):
    def page(self, console: str, stream: str, total: CycleResult, state: StreamState) -> None: ...

    def status(self, console: str, stream: str, status: str, message: str | None = None) -> None: ...


class NullProgress:
    def page(self, console: str, stream: str, total: CycleResult, state: StreamState) -> None:
        return None

    def status(self, console: str, stream: str, status: str, message: str | None = None) -> None:
        return None


@dataclass
class RunnerDeps:
    """What every stream runner shares."""

    store: StateStore
    outputs: Sequence[Output]
    transformer: Transformer
    health: HealthBoard
    metrics: Metrics
    clock: Clock
    policy: RetryPolicy
    progress: ProgressSink
    lag: float
    retention: float


class StreamRunner:
    def __init__(
        self, session: ConsoleSession, spec: PollSpec, settings: StreamSettings, deps: RunnerDeps
    ) -> None:
        self.session = session
        self.spec = spec
        self.settings = settings
        self.deps = deps
        self.console = session.name
        self.stream = spec.stream
        self.index = data_stream_name(spec.stream, session.config.namespace)
        self._cursor_path: str | None = None
        self._labels = {"console": self.console, "stream": self.stream}
        self.give_up_after: float | None = None
        self._authenticated = False
        self._current: CycleResult | None = None  # the cycle whose retries `retrying` counts
        self._count_lock = threading.Lock()  # the walk and its writer thread both count into it

    # -- live polling ----------------------------------------------------------------------------

    @property
    def interval(self) -> float:
        return self.settings.interval if self.settings.interval is not None else self.spec.interval

    @property
    def lookback(self) -> float:
        s = self.settings.initial_lookback
        return s if s is not None else self.spec.initial_lookback

    def load_state(self) -> StreamState:
        state = self.deps.store.load(self.console, self.stream)
        if state is None or state.mode != self.spec.mode:
            state = StreamState(self.console, self.stream, mode=self.spec.mode)
        return state

    def poll(self) -> CycleResult:
        """One cycle: finish the walk in progress or start a new one, until its last page."""
        deps = self.deps
        state = self.load_state()
        prepare = getattr(deps.transformer, "prepare", None)
        if prepare is not None:
            prepare(self.stream)
        self._set(Status.INITIALIZED, only_from=(Status.PENDING, Status.STARTED))
        lag = self.session.config.lag if self.session.config.lag is not None else deps.lag
        window = plan_window(state, deps.clock.now(), lag=lag, initial_lookback=self.lookback)
        result = CycleResult()
        if window is None:
            result.complete = True
            return result
        if not state.walking:
            state = begin_walk(state, window)
        retention_start = deps.clock.now() - timedelta(seconds=deps.retention)
        self.walk(state, deps.store.save, result, count_hours=True, retention_start=retention_start)
        return result

    # -- the walk (live and backfill) ------------------------------------------------------------

    def walk(
        self,
        state: StreamState,
        save: Callable[[StreamState], None],
        result: CycleResult,
        *,
        count_hours: bool,
        retention_start: datetime | None = None,
    ) -> StreamState:
        """Walk `state`'s window from its page cursor to the end, saving after each acknowledged page."""
        self._current = result
        if self.spec.fan_out is not None:
            return self._walk_fan_out(state, save, result)
        deps = self.deps
        prefetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"prefetch-{self.stream}")
        writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"write-{self.stream}")
        pending: tuple[dict[str, str], Future[Page]] | None = None
        inflight: Future[None] | None = None  # the previous page's write and state save

        def settle() -> None:
            """Wait for the page in flight to be written and its state saved (raises its error)."""
            nonlocal inflight
            if inflight is not None:
                done, inflight = inflight, None
                done.result()

        try:
            while True:
                if deps.clock.stopping:
                    settle()  # the batch in flight is finished and saved
                    raise Stopped()
                params = self._params(state)
                fetch_first = pending[1] if pending is not None and pending[0] == params else None
                pending = None
                try:
                    page = self._fetch(params, fetch_first)
                except CursorExpired as exc:
                    if not state.page_cursor:
                        raise
                    settle()
                    log.warning(
                        "%s/%s: %s; restarting the walk from the cursor", self.console, self.stream, exc
                    )
                    state = self._restart(state)
                    save(state)
                    continue
                if page.next_cursor is not None:
                    next_params = {**params, "cursor": page.next_cursor}
                    pending = (next_params, prefetcher.submit(self._get, next_params))
                # This page is selected and transformed while the previous one is still being
                # written; it is handed to the writer only once that one is saved, so the state
                # on disk never runs ahead of the outputs.
                prepared = self._prepare(state, page, result, count_hours=count_hours)
                state = prepared.state
                last = page.next_cursor is None
                if last:
                    state = finish_walk(state, retention_start=retention_start)
                settle()
                inflight = writer.submit(self._commit, prepared, state, save, result)
                if last:
                    settle()
                    result.complete = True
                    return state
        finally:
            if pending is not None:
                pending[1].cancel()
            prefetcher.shutdown(wait=True, cancel_futures=True)
            writer.shutdown(wait=True)

    def _walk_fan_out(
        self, state: StreamState, save: Callable[[StreamState], None], result: CycleResult
    ) -> StreamState:
        """Snapshot of a child endpoint per parent row (application inventory → its endpoints)."""
        fan = self.spec.fan_out
        assert fan is not None
        limit = str(self.settings.page_size or self.spec.page_size)
        base = {**self.spec.params, **self.settings.params}
        while True:
            parent_params = {**base, "limit": limit}
            if state.parent_cursor:
                parent_params["cursor"] = state.parent_cursor
            try:
                parent = self.retrying(self._lister(fan.endpoint, parent_params), ErrorType.THIRD_PARTY)
            except CursorExpired:
                log.warning(
                    "%s/%s: parent cursor refused; restarting the snapshot", self.console, self.stream
                )
                state = dataclasses.replace(state, parent_cursor=None, parent_row=0, page_cursor=None)
                save(state)
                continue
            self._mark_authenticated()
            while state.parent_row < len(parent.items):
                row = parent.items[state.parent_row]
                values = {child: dig(row, field) for child, field in fan.params.items()}
                if any(v is None for v in values.values()):
                    state = dataclasses.replace(state, parent_row=state.parent_row + 1, page_cursor=None)
                    continue
                child_base = {**base, **{k: str(v) for k, v in values.items()}, "limit": limit}
                while True:
                    if self.deps.clock.stopping:
                        raise Stopped()
                    params = {**child_base, **({"cursor": state.page_cursor} if state.page_cursor else {})}
                    try:
                        page = self._fetch(params, None)
                    except CursorExpired:
                        state = dataclasses.replace(state, page_cursor=None)
                        continue
                    state = self._process(state, page, result, count_hours=False)
                    if page.next_cursor is None:
                        state = dataclasses.replace(state, parent_row=state.parent_row + 1, page_cursor=None)
                    save(state)
                    if page.next_cursor is None:
                        break
            if parent.next_cursor is None:
                state = finish_walk(state)
                save(state)
                result.complete = True
                self._observe(state)
                return state
            state = dataclasses.replace(
                state, parent_cursor=parent.next_cursor, parent_row=0, page_cursor=None
            )
            save(state)

    def _lister(self, endpoint: str, params: dict[str, str]) -> Callable[[], Page]:
        return lambda: self.session.client.list_page(endpoint, params)

    def _mark_authenticated(self) -> None:
        if not self._authenticated:
            self._authenticated = True
            self._set(Status.AUTHENTICATED, only_from=(Status.PENDING, Status.STARTED, Status.INITIALIZED))

    def _restart(self, state: StreamState) -> StreamState:
        if state.mode == "snapshot":
            return dataclasses.replace(state, page_cursor=None, pages_in_walk=0)
        assert state.window_end is not None
        start = state.cursor or state.window_start
        window = Window(parse_timestamp(start) if start else None, parse_timestamp(state.window_end), None)
        return begin_walk(restart_walk(state), window)

    def _params(self, state: StreamState) -> dict[str, str]:
        spec = self.spec
        window = Window(
            parse_timestamp(state.window_start) if state.window_start else None,
            parse_timestamp(state.window_end) if state.window_end else self.deps.clock.now(),
            None,
        )
        params: dict[str, str] = {**spec.params, **self.settings.params}
        params.update(window_params(spec.cursor_field if spec.incremental else None, window))
        if spec.sort_by:
            params["sortBy"] = spec.sort_by
            params["sortOrder"] = "asc"
        params["limit"] = str(self.settings.page_size or spec.page_size)
        if state.page_cursor:
            params["cursor"] = state.page_cursor
        return params

    def _get(self, params: dict[str, str]) -> Page:
        return self.session.client.list_page(self.spec.endpoint, params)

    def _fetch(self, params: dict[str, str], prefetched: Future[Page] | None) -> Page:
        first = True

        def attempt() -> Page:
            nonlocal first
            if first and prefetched is not None:
                first = False
                return prefetched.result()
            return self._get(params)

        page = self.retrying(attempt, ErrorType.THIRD_PARTY)
        self._mark_authenticated()
        return page

    def _process(
        self, state: StreamState, page: Page, result: CycleResult, *, count_hours: bool
    ) -> StreamState:
        """Select, transform and write one page; returns the state to save once it is written."""
        prepared = self._prepare(state, page, result, count_hours=count_hours)
        self._commit(prepared, prepared.state, None, result)
        return prepared.state

    def _prepare(self, state: StreamState, page: Page, result: CycleResult, *, count_hours: bool) -> Prepared:
        """Drop boundary duplicates and transform: the batch, and the state once it is acknowledged."""
        deps = self.deps
        if self._cursor_path is None and page.items and self.spec.incremental:
            self._cursor_path = resolve_cursor_path(self.spec, page.items[0])
        selected = select_new(state, page.items, self._stamp_of, self._id_of)
        transformed = deps.transformer.transform(
            self.stream, self.index, [_message(i) for i in selected.keep]
        )
        batch = Batch(self.console, self.stream, transformed.documents)
        after = acknowledge_page(
            state,
            selected,
            next_cursor=page.next_cursor,
            written=len(batch.documents),
            now=deps.clock.now(),
            count_hours=count_hours and self.spec.incremental,
        )
        with self._count_lock:
            result.fetched += len(page.items)
            result.duplicates += selected.duplicates
            result.dropped += transformed.dropped
            result.pipeline_errors += transformed.pipeline_errors
        m = deps.metrics
        m.objects.labels(**self._labels).inc(len(page.items))
        m.duplicates.labels(**self._labels).inc(selected.duplicates)
        m.pipeline_errors.labels(**self._labels).inc(transformed.pipeline_errors)
        return Prepared(batch, after)

    def _commit(
        self,
        prepared: Prepared,
        state: StreamState,
        save: Callable[[StreamState], None] | None,
        result: CycleResult,
    ) -> None:
        """Write the batch to every output (retrying), then save `state`: the page is acknowledged."""
        deps = self.deps
        written = len(prepared.batch.documents)
        if written:
            self._write(prepared.batch)
        if save is not None:
            save(state)
        with self._count_lock:
            result.written += written
            result.pages += 1
        m = deps.metrics
        m.documents.labels(**self._labels).inc(written)
        m.pages.labels(**self._labels).inc()
        m.last_success.labels(**self._labels).set(deps.clock.now().timestamp())
        self._set(Status.COLLECTING)
        if save is not None:
            self._observe(state)
        deps.progress.page(self.console, self.stream, result, state)

    def _write(self, batch: Batch) -> None:
        pending = list(self.deps.outputs)

        def attempt() -> None:
            while pending:
                output = pending[0]
                ack = output.write(batch)
                if not ack.complete:
                    first = ack.failures[0]
                    raise OutputError(
                        f"{output.name}: {len(ack.failures)} of {len(batch.documents)} documents refused "
                        f"(first: {first.reason})"
                    )
                pending.pop(0)

        self.retrying(attempt, ErrorType.FIRST_PARTY)

    def _observe(self, state: StreamState) -> None:
        now = self.deps.clock.now()
        marks = [parse_timestamp(t) for t in (state.cursor, state.collected_until) if t]
        if marks:
            self.deps.metrics.lag.labels(**self._labels).set(max(0.0, (now - max(marks)).total_seconds()))

    def _stamp_of(self, item: dict[str, Any]) -> datetime | None:
        if self._cursor_path is None:
            return None
        value = dig(item, self._cursor_path)
        if not isinstance(value, str):
            return None
        try:
            return parse_timestamp(value)
        except ValueError:
            return None

    def _id_of(self, item: dict[str, Any]) -> str | None:
        value = dig(item, self.spec.id_field)
        return None if value is None else str(value)

    # -- retries ---------------------------------------------------------------------------------

    def retrying(self, fn: Callable[[], T], kind: ErrorType) -> T:
        """Call `fn` until it succeeds, waiting by the retry policy; configuration errors propagate."""
        deps = self.deps
        attempt = 0
        first_failure: float | None = None
        while True:
            try:
                value = fn()
            except RateLimited as exc:
                delay = deps.policy.rate_limited(exc.retry_after)
                reason, etype, message = "rate_limited", ErrorType.THIRD_PARTY, str(exc)
            except (RetryableError, OutputError) as exc:
                etype = ErrorType.THIRD_PARTY if isinstance(exc, RetryableError) else ErrorType.FIRST_PARTY
                now = deps.clock.monotonic()
                first_failure = now if first_failure is None else first_failure
                delay = deps.policy.backoff(attempt, now - first_failure)
                attempt += 1
                reason, message = etype.value, str(exc)
                deps.metrics.errors.labels(**self._labels, type=etype.value).inc()
                self._set(Status.ERROR, error_type=etype, message=message)
            else:
                if attempt:
                    self._set(Status.COLLECTING)
                return value
            if first_failure is None:
                first_failure = deps.clock.monotonic()
            deps.metrics.retries.labels(**self._labels, reason=reason).inc()
            if self._current is not None:
                with self._count_lock:
                    self._current.retries += 1
            failing_for = deps.clock.monotonic() - first_failure
            if self.give_up_after is not None and failing_for + delay > self.give_up_after:
                raise GaveUp(f"gave up after {failing_for:.0f}s of failures: {message}", etype)
            log.warning("%s/%s: %s; retrying in %.1fs", self.console, self.stream, message, delay)
            if not deps.clock.sleep(delay):
                raise Stopped()

    def _set(
        self,
        status: Status,
        *,
        error_type: ErrorType | None = None,
        message: str | None = None,
        only_from: tuple[Status, ...] | None = None,
    ) -> None:
        board = self.deps.health
        if only_from is not None:
            current = board.get(self.console, self.stream)
            if current is not None and Status(current.status) not in only_from:
                return
        board.set(self.console, self.stream, status, error_type=error_type, message=message)
        self.deps.progress.status(self.console, self.stream, status.value, message)


def _message(item: dict[str, Any]) -> str:
    """The object's JSON text, as the httpjson input puts it into `message`."""
    try:
        return orjson.dumps(item).decode("utf-8")
    except TypeError:  # integers wider than 64 bits
        return json.dumps(item, separators=(",", ":"), ensure_ascii=False)
