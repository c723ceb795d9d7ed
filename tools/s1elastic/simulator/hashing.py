"""Seeded, stateless randomness: every generated value is a pure function of (seed, key, index).

Objects are never stored; object i is re-derived from its index whenever a page needs it, so the
random source must be a hash, not a stream. splitmix64's finaliser is a good 64-bit mixer and costs
a few integer operations in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

MASK64 = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15


def mix64(x: int) -> int:
    """splitmix64 finaliser: a bijection on 64-bit integers with good avalanche."""
    x &= MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK64
    return x ^ (x >> 31)


def derive_key(seed: int, *labels: str) -> int:
    """A 64-bit key for one named random stream (e.g. seed 1, "activities", "jitter")."""
    key = mix64(seed * GOLDEN + 0x5EED)
    for label in labels:
        for byte in label.encode():
            key = mix64(key ^ byte)
        key = mix64(key + GOLDEN)
    return key


def h(key: int, i: int) -> int:
    """The 64-bit hash of index i in the stream `key`."""
    return mix64(key + i * GOLDEN)


def chance(key: int, i: int, per_million: int) -> bool:
    """True for about per_million / 1e6 of the indices."""
    return per_million > 0 and h(key, i) % 1_000_000 < per_million


def pick(seq: Sequence[T], value: int) -> T:
    """An element of seq chosen by a hash value."""
    return seq[value % len(seq)]


def per_million(probability: float) -> int:
    """A probability in [0, 1] as an integer count per million (the unit `chance` takes)."""
    return max(0, min(1_000_000, round(probability * 1_000_000)))
