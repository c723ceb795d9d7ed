"""The timeline arithmetic the engine relies on: monotone createdAt, exact bisection, repeats."""

from __future__ import annotations

import pytest

from s1elastic.simulator.timeline import OffsetStream, SpreadStream, Timeline, current_revision

US = 1_000_000
ANCHOR = 1_767_225_600 * US  # 2026-01-01T00:00:00Z


def make(n: int = 2000, live: float = 0.0, dup: int = 50_000, late: int = 0) -> Timeline:
    return Timeline(
        key=99,
        history_start_us=ANCHOR - 3600 * US,
        anchor_us=ANCHOR,
        n_history=n,
        live_rate=live,
        dup_per_million=dup,
        late_per_million=late,
        late_delay_us=30 * US,
    )


@pytest.mark.parametrize("live", [0.0, 5.0], ids=["history-only", "with-live"])
def test_created_is_monotone_and_repeats_some_timestamps(live: float) -> None:
    tl = make(live=live)
    times = [tl.created(i) for i in range(2500 if live else 2000)]
    assert times == sorted(times)
    assert len(set(times)) < len(times)  # some distinct objects share a microsecond
    assert all(t < ANCHOR for t in times[:2000])
    if live:
        assert all(t >= ANCHOR - 3600 * US for t in times[2000:])


@pytest.mark.parametrize("live", [0.0, 5.0], ids=["history-only", "with-live"])
def test_bisection_matches_brute_force(live: float) -> None:
    tl = make(n=500, live=live)
    times = [tl.created(i) for i in range(700)]
    real = 700 if live else 500
    probes = [times[0] - 1, times[0], *times[1:real:37], times[499] + 1, ANCHOR, ANCHOR + 10 * US]
    for t in probes:
        expected = next(i for i, x in enumerate(times) if x >= t)
        assert tl.first_at_or_after(t) == expected, t
        assert tl.first_after(t) == sum(1 for x in times if x <= t), t


def test_late_objects_become_visible_after_the_delay() -> None:
    tl = make(late=1_000_000)
    i = 1000
    created = tl.created(i)
    assert tl.is_late(i)
    assert not tl.is_visible(i, created)
    assert not tl.is_visible(i, created + 30 * US - 1)
    assert tl.is_visible(i, created + 30 * US)


def test_current_revision_picks_the_latest_event_not_after_now() -> None:
    tl = make()
    streams = [OffsetStream("a", tl, 60 * US, 1, 1_000_000), OffsetStream("b", tl, 600 * US, 2, 1_000_000)]
    c = tl.created(10)
    assert current_revision(tl, streams, 10, c) == (-1, c)
    assert current_revision(tl, streams, 10, c + 60 * US) == (0, c + 60 * US)
    assert current_revision(tl, streams, 10, c + 3600 * US) == (1, c + 600 * US)


def test_spread_stream_is_monotone_and_never_before_creation() -> None:
    tl = make()
    stream = SpreadStream("s", tl, ANCHOR - 1800 * US, 1800 * US, 2000, 5, 700_000)
    times = [stream.time(i) for i in range(2000)]
    assert times == sorted(times)
    assert all(stream.time(i) > tl.created(i) for i in range(2000) if stream.has(i))
