"""java.util.BitSet as Painless allowlists it (java.util.txt): only the members listed there (no
get(int), no set(int, boolean), no stream()), plus Object's equals/hashCode/toString.

The JDK's word array is kept as it is (64-bit words, `words_in_use`, whether the size is
"sticky"), because size() and clone() show it: a BitSet grows to max(2 * words, needed), and
clone() of a non-sticky set first trims the original's array to the words in use.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import IndexOutOfBoundsException, JavaException, NullPointerException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import constructor, method
from s1elastic.ingest.painless.values import JArray, JByte

_MASK = (1 << 64) - 1


class NegativeArraySizeException(JavaException):
    java_class = "java.lang.NegativeArraySizeException"


def _word(bit: int) -> int:
    return bit >> 6


def _signed(w: int) -> int:
    return w - (1 << 64) if w >> 63 else w


class BitSet:
    __slots__ = ("sticky", "words", "words_in_use")
    JAVA_CLASS = "java.util.BitSet"
    PAINLESS_CLASS = "BitSet"

    def __init__(self, nwords: int = 1, sticky: bool = False) -> None:
        self.words = [0] * nwords
        self.words_in_use = 0
        self.sticky = sticky

    # -- the JDK's bookkeeping

    def recalc(self) -> None:
        n = self.words_in_use
        while n > 0 and self.words[n - 1] == 0:
            n -= 1
        self.words_in_use = n

    def ensure_capacity(self, required: int) -> None:
        if len(self.words) < required:
            request = max(2 * len(self.words), required)
            self.words.extend([0] * (request - len(self.words)))
            self.sticky = False

    def expand_to(self, word_index: int) -> None:
        required = word_index + 1
        if self.words_in_use < required:
            self.ensure_capacity(required)
            self.words_in_use = required

    def length(self) -> int:
        if self.words_in_use == 0:
            return 0
        return 64 * (self.words_in_use - 1) + self.words[self.words_in_use - 1].bit_length()

    def bits(self) -> list[int]:
        out = []
        for i in range(self.words_in_use):
            w = self.words[i]
            while w:
                low = w & -w
                out.append(i * 64 + low.bit_length() - 1)
                w ^= low
        return out

    def java_to_string(self) -> str:
        return "{" + ", ".join(str(b) for b in self.bits()) + "}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BitSet):
            return False
        n = self.words_in_use
        return n == other.words_in_use and self.words[:n] == other.words[:n]

    def __hash__(self) -> int:
        return hash_code(self)


def hash_code(b: BitSet) -> int:
    h = 1234
    for i in range(b.words_in_use - 1, -1, -1):
        h ^= (b.words[i] * (i + 1)) & _MASK
    return int(rt.wrap32(((h >> 32) ^ h) & 0xFFFFFFFF))


def _check_bit(i: int) -> None:
    if i < 0:
        raise IndexOutOfBoundsException(f"bitIndex < 0: {i}")


def _check_range(start: int, end: int) -> None:
    if start < 0:
        raise IndexOutOfBoundsException(f"fromIndex < 0: {start}")
    if end < 0:
        raise IndexOutOfBoundsException(f"toIndex < 0: {end}")
    if start > end:
        raise IndexOutOfBoundsException(f"fromIndex: {start} > toIndex: {end}")


def _range_mask(word: int, start: int, end: int) -> int:
    """The bits of word `word` within [start, end)."""
    lo = max(start - word * 64, 0)
    hi = min(end - word * 64, 64)
    return ((1 << hi) - 1) ^ ((1 << lo) - 1)


def _other(b: Any) -> BitSet:
    if b is None:
        raise NullPointerException('Cannot read field "wordsInUse" because "set" is null')
    if not isinstance(b, BitSet):
        raise rt.java_cce(b, "BitSet")
    return b


@constructor("BitSet", "", "int")
def _new_bitset(nbits: Any = None) -> BitSet:
    if nbits is None:
        return BitSet()
    n = int(nbits)
    if n < 0:
        raise NegativeArraySizeException(f"nbits < 0: {n}")
    return BitSet(_word(n - 1) + 1, sticky=True)


@method("BitSet", "static BitSet valueOf(long[])")
def _value_of(longs: Any) -> BitSet:
    if longs is None:
        raise NullPointerException('Cannot read the array length because "longs" is null')
    words = [int(x) & _MASK for x in longs]
    while words and words[-1] == 0:
        words.pop()
    out = BitSet(len(words))
    out.words = words
    out.words_in_use = len(words)
    return out


@method("BitSet", "void set(int)")
def _set(b: BitSet, i: int) -> None:
    _check_bit(i)
    w = _word(i)
    b.expand_to(w)
    b.words[w] |= 1 << (i & 63)


def _grown_words(b: BitSet, start: int, end: int) -> range:
    """The words the bit range [start, end) touches, the set grown to hold them (none if empty)."""
    _check_range(start, end)
    if start == end:
        return range(0)
    last = _word(end - 1)
    b.expand_to(last)
    return range(_word(start), last + 1)


def _set_range(b: BitSet, start: int, end: int) -> None:
    for w in _grown_words(b, start, end):
        b.words[w] |= _range_mask(w, start, end)


def _clear_range(b: BitSet, start: int, end: int) -> None:
    _check_range(start, end)
    if start == end:
        return
    first = _word(start)
    if first >= b.words_in_use:
        return
    last = min(_word(end - 1), b.words_in_use - 1)
    for w in range(first, last + 1):
        b.words[w] &= ~_range_mask(w, start, end) & _MASK
    b.recalc()


@method("BitSet", "void set(int, int)")
def _set_from_to(b: BitSet, start: int, end: int) -> None:
    _set_range(b, start, end)


@method("BitSet", "void set(int, int, boolean)")
def _set_from_to_value(b: BitSet, start: int, end: int, value: bool) -> None:
    if value:
        _set_range(b, start, end)
    else:
        _clear_range(b, start, end)


@method("BitSet", "void clear(int)")
def _clear_bit(b: BitSet, i: int) -> None:
    _check_bit(i)
    w = _word(i)
    if w >= b.words_in_use:
        return
    b.words[w] &= ~(1 << (i & 63)) & _MASK
    b.recalc()


@method("BitSet", "void clear(int, int)")
def _clear_from_to(b: BitSet, start: int, end: int) -> None:
    _clear_range(b, start, end)


@method("BitSet", "void clear()")
def _clear(b: BitSet) -> None:
    for i in range(b.words_in_use):
        b.words[i] = 0
    b.words_in_use = 0


@method("BitSet", "void flip(int)")
def _flip(b: BitSet, i: int) -> None:
    _check_bit(i)
    w = _word(i)
    b.expand_to(w)
    b.words[w] ^= 1 << (i & 63)
    b.recalc()


@method("BitSet", "void flip(int, int)")
def _flip_from_to(b: BitSet, start: int, end: int) -> None:
    words = _grown_words(b, start, end)
    if not words:
        return
    for w in words:
        b.words[w] ^= _range_mask(w, start, end)
    b.recalc()


@method("BitSet", "int cardinality()")
def _cardinality(b: BitSet) -> int:
    return sum(b.words[i].bit_count() for i in range(b.words_in_use))


@method("BitSet", "int length()")
def _length(b: BitSet) -> int:
    return b.length()


@method("BitSet", "int size()")
def _size(b: BitSet) -> int:
    return len(b.words) * 64


@method("BitSet", "boolean isEmpty()")
def _is_empty(b: BitSet) -> bool:
    return b.words_in_use == 0


@method("BitSet", "int nextSetBit(int)")
def _next_set_bit(b: BitSet, start: int) -> int:
    if start < 0:
        raise IndexOutOfBoundsException(f"fromIndex < 0: {start}")
    w = _word(start)
    if w >= b.words_in_use:
        return -1
    word = b.words[w] & (_MASK << (start & 63)) & _MASK
    while True:
        if word:
            return w * 64 + (word & -word).bit_length() - 1
        w += 1
        if w == b.words_in_use:
            return -1
        word = b.words[w]


@method("BitSet", "int nextClearBit(int)")
def _next_clear_bit(b: BitSet, start: int) -> int:
    if start < 0:
        raise IndexOutOfBoundsException(f"fromIndex < 0: {start}")
    w = _word(start)
    if w >= b.words_in_use:
        return start
    word = ~b.words[w] & (_MASK << (start & 63)) & _MASK
    while True:
        if word:
            return w * 64 + (word & -word).bit_length() - 1
        w += 1
        if w == b.words_in_use:
            return b.words_in_use * 64
        word = ~b.words[w] & _MASK


def _previous(b: BitSet, start: int, want_set: bool) -> int:
    if start < 0:
        if start == -1:
            return -1
        raise IndexOutOfBoundsException(f"fromIndex < -1: {start}")
    w = _word(start)
    if w >= b.words_in_use:
        return b.length() - 1 if want_set else start
    keep = _MASK >> (63 - (start & 63))
    word = (b.words[w] if want_set else ~b.words[w] & _MASK) & keep
    while True:
        if word:
            return w * 64 + word.bit_length() - 1
        w -= 1
        if w < 0:
            return -1
        word = b.words[w] if want_set else ~b.words[w] & _MASK


@method("BitSet", "int previousSetBit(int)")
def _previous_set_bit(b: BitSet, start: int) -> int:
    return _previous(b, start, True)


@method("BitSet", "int previousClearBit(int)")
def _previous_clear_bit(b: BitSet, start: int) -> int:
    return _previous(b, start, False)


@method("BitSet", "boolean intersects(BitSet)")
def _intersects(b: BitSet, other: Any) -> bool:
    o = _other(other)
    return any(b.words[i] & o.words[i] for i in range(min(b.words_in_use, o.words_in_use)))


@method("BitSet", "void and(BitSet)")
def _and(b: BitSet, other: Any) -> None:
    if other is b:
        return
    o = _other(other)
    while b.words_in_use > o.words_in_use:
        b.words_in_use -= 1
        b.words[b.words_in_use] = 0
    for i in range(b.words_in_use):
        b.words[i] &= o.words[i]
    b.recalc()


@method("BitSet", "void or(BitSet)")
def _or(b: BitSet, other: Any) -> None:
    if other is b:
        return
    o = _other(other)
    common = min(b.words_in_use, o.words_in_use)
    if b.words_in_use < o.words_in_use:
        b.ensure_capacity(o.words_in_use)
        b.words_in_use = o.words_in_use
    for i in range(common):
        b.words[i] |= o.words[i]
    for i in range(common, o.words_in_use):
        b.words[i] = o.words[i]


@method("BitSet", "void xor(BitSet)")
def _xor(b: BitSet, other: Any) -> None:
    o = _other(other)
    common = min(b.words_in_use, o.words_in_use)
    if b.words_in_use < o.words_in_use:
        b.ensure_capacity(o.words_in_use)
        b.words_in_use = o.words_in_use
    for i in range(common):
        b.words[i] ^= o.words[i]
    for i in range(common, o.words_in_use):
        b.words[i] = o.words[i]
    b.recalc()


@method("BitSet", "void andNot(BitSet)")
def _and_not(b: BitSet, other: Any) -> None:
    o = _other(other)
    for i in range(min(b.words_in_use, o.words_in_use) - 1, -1, -1):
        b.words[i] &= ~o.words[i] & _MASK
    b.recalc()


@method("BitSet", "def clone()")
def _clone(b: BitSet) -> BitSet:
    if not b.sticky and len(b.words) != b.words_in_use:
        b.words = b.words[: b.words_in_use]  # trimToSize() on the original
    out = BitSet(0, b.sticky)
    out.words = list(b.words)
    out.words_in_use = b.words_in_use
    return out


@method("BitSet", "byte[] toByteArray()")
def _to_byte_array(b: BitSet) -> JArray:
    n = b.words_in_use
    if n == 0:
        return JArray("byte", [])
    last = b.words[n - 1]
    size = 8 * (n - 1) + (last.bit_length() + 7) // 8
    raw = b"".join(b.words[i].to_bytes(8, "little") for i in range(n))[:size]
    return JArray("byte", [JByte(x - 256 if x > 127 else x) for x in raw])


@method("BitSet", "long[] toLongArray()")
def _to_long_array(b: BitSet) -> JArray:
    return JArray("long", [JLong(_signed(b.words[i])) for i in range(b.words_in_use)])


@method("BitSet", "int hashCode()")
def _hash_code(b: BitSet) -> int:
    return hash_code(b)
