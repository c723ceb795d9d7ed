"""java.util's queues and stacks as Painless whitelists them: Queue and Deque (ArrayDeque,
LinkedList, PriorityQueue), Vector and Stack.

Each is a Python list in Java iteration order: a deque from head to tail, a PriorityQueue its
binary heap array (so toString, iteration and streams show the heap order Java shows), a Vector
or Stack from bottom to top. The heap is kept with the JDK's own sift-up / sift-down steps, so the
array matches Java's element for element. ArrayDeque and PriorityQueue keep Object.equals (only
the same instance is equal) and are not Lists: List methods do not resolve on them.

Painless keys methods by name and arity and copies a superinterface's method only when the class
has none of that key yet, in Class.getInterfaces() order: LinkedList's `remove/1` is List's
remove(int), not Deque's remove(Object); PriorityQueue has no `remove/1` at all.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import (
    ArrayIndexOutOfBoundsException,
    ClassCastException,
    IllegalStateException,
    IndexOutOfBoundsException,
    JavaException,
    NullPointerException,
)
from s1elastic.ingest.javatypes import java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_collections import (
    JIterator,
    NoSuchElementException,
    _mut_removes,
    _mut_store,
    comparator_arg,
)
from s1elastic.ingest.painless.api_comparator import compare_with, natural_compare
from s1elastic.ingest.painless.methods import constructor, method


class EmptyStackException(JavaException):
    java_class = "java.util.EmptyStackException"


def _eq(a: Any, b: Any) -> bool:
    """Objects.equals."""
    return a is b or (a is not None and java_equals(a, b))


# ---------------------------------------------------------------------------------------------
# the classes


def _deque_add(d: list[Any], item: Any) -> bool:
    """Collection.add on a deque: addLast (ArrayDeque refuses null)."""
    _need_element(d, item)
    _mut_store(d, item)
    d.append(item)
    return True


class ArrayDeque(list):  # type: ignore[type-arg]
    __slots__ = ()
    JAVA_CLASS = "java.util.ArrayDeque"
    PAINLESS_CLASS = "ArrayDeque"
    IDENTITY_EQUALS = True  # Object.equals
    NOT_A_LIST = True  # no `d[0]` or `d.0` (runtime)
    NULLS = False  # every insertion of null is a NullPointerException
    JAVA_ADD = _deque_add


class LinkedList(list):  # type: ignore[type-arg]
    __slots__ = ()
    JAVA_CLASS = "java.util.LinkedList"
    PAINLESS_CLASS = "LinkedList"
    NULLS = True
    OOB_MESSAGE = "Index: {index}, Size: {size}"  # LinkedList.checkElementIndex

    def __copy__(self) -> list[Any]:
        return list(self)  # IngestDocument.deepCopy makes every List an ArrayList


class Vector(list):  # type: ignore[type-arg]
    __slots__ = ()
    JAVA_CLASS = "java.util.Vector"
    PAINLESS_CLASS = "Vector"
    OOB_MESSAGE = "Array index out of range: {index}"  # Vector.get: new ArrayIndexOutOfBoundsException(index)
    OOB_EXCEPTION = ArrayIndexOutOfBoundsException

    def __copy__(self) -> list[Any]:
        return list(self)


class Stack(Vector):
    __slots__ = ()
    JAVA_CLASS = "java.util.Stack"
    PAINLESS_CLASS = "Stack"


def _need_element(d: Any, item: Any) -> None:
    if item is None and not getattr(type(d), "NULLS", True):
        raise NullPointerException(None)


# ---------------------------------------------------------------------------------------------
# PriorityQueue: the JDK's binary heap


def _natural(a: Any, b: Any) -> int:
    """a.compareTo(b) where `a` is cast to Comparable: a mismatched `b` fails the cast of b to a's
    class (`class <b> cannot be cast to class <a>`)."""
    try:
        return natural_compare(a, b)
    except ClassCastException as e:
        if "java.lang.Comparable" in (e.reason or ""):
            raise
        x, y = rt.class_name(b), rt.class_name(a)
        raise ClassCastException(
            f"class {x} cannot be cast to class {y} ({x} and {y} are in module java.base of loader 'bootstrap')"
        ) from None


def _pq_offer(q: PriorityQueue, item: Any) -> bool:
    if item is None:
        raise NullPointerException(None)
    _mut_store(q, item)
    if q.comparator is None:
        natural_compare(item, item)  # siftUpComparable casts the element to Comparable first
    list.append(q, item)
    q.sift_up(len(q) - 1, item)
    return True


class PriorityQueue(list):  # type: ignore[type-arg]
    __slots__ = ("comparator",)
    JAVA_CLASS = "java.util.PriorityQueue"
    PAINLESS_CLASS = "PriorityQueue"
    IDENTITY_EQUALS = True
    NOT_A_LIST = True
    JAVA_ADD = _pq_offer

    def __init__(self, comparator: Any = None) -> None:
        super().__init__()
        self.comparator = comparator

    def compare(self, a: Any, b: Any) -> int:
        return _natural(a, b) if self.comparator is None else compare_with(self.comparator, a, b)

    def sift_up(self, k: int, x: Any) -> None:
        while k > 0:
            parent = (k - 1) >> 1
            e = self[parent]
            if self.compare(x, e) >= 0:
                break
            list.__setitem__(self, k, e)
            k = parent
        list.__setitem__(self, k, x)

    def sift_down(self, k: int, x: Any, n: int) -> None:
        half = n >> 1
        while k < half:
            child = 2 * k + 1
            c = self[child]
            right = child + 1
            if right < n and self.compare(c, self[right]) > 0:
                child = right
                c = self[child]
            if self.compare(x, c) <= 0:
                break
            list.__setitem__(self, k, c)
            k = child
        list.__setitem__(self, k, x)

    def poll(self) -> Any:
        if not self:
            return None
        _mut_removes(self)
        result = self[0]
        x = list.pop(self)
        if self:
            self.sift_down(0, x, len(self))
        return result

    def remove_at(self, i: int) -> Any:
        """PriorityQueue.removeAt: the element moved from the end to before `i`, if any."""
        s = len(self) - 1
        if s == i:
            list.pop(self)
            return None
        moved = list.pop(self)
        self.sift_down(i, moved, s)
        if self[i] is moved:
            self.sift_up(i, moved)
            if self[i] is not moved:
                return moved
        return None

    def after_bulk_remove(self) -> None:
        """removeIf / removeAll / retainAll compact the array, then heapify()."""
        n = len(self)
        for i in range((n >> 1) - 1, -1, -1):
            self.sift_down(i, self[i], n)


class PQIterator(JIterator):
    """PriorityQueue.Itr: the heap array in order; remove() re-sifts, and an element moved from
    the end to before the cursor is visited after the array (forgetMeNot)."""

    __slots__ = ("extra", "last_elt")

    def __init__(self, q: PriorityQueue) -> None:
        super().__init__(q)
        self.extra: list[Any] = []
        self.last_elt: Any = None

    def has_next(self) -> bool:
        return self.pos < len(self.items) or bool(self.extra)

    def next_(self) -> Any:
        self.check_comodification()
        if self.pos < len(self.items):
            self.last = self.pos
            self.pos += 1
            return self.items[self.last]
        if self.extra:
            self.last = -1
            self.last_elt = self.extra.pop(0)
            return self.last_elt
        raise NoSuchElementException(None)

    def remove_(self) -> None:
        self.check_comodification()
        q = self.source
        if self.last != -1:
            _mut_removes(q)
            moved = q.remove_at(self.last)
            self.last = -1
            if moved is None:
                self.pos -= 1
            else:
                self.extra.append(moved)
        elif self.last_elt is not None:
            _mut_removes(q)
            for i, x in enumerate(q):
                if x is self.last_elt:
                    q.remove_at(i)
                    break
            self.last_elt = None
        else:
            raise IllegalStateException(None)
        self.expected = len(q)


@method("PriorityQueue", "Iterator iterator()")
def _pq_iterator(q: PriorityQueue) -> PQIterator:
    return PQIterator(q)


@constructor("PriorityQueue", "", "Comparator")
def _new_priority_queue(cmp: Any = None) -> PriorityQueue:
    return PriorityQueue(comparator_arg(cmp))


# ---------------------------------------------------------------------------------------------
# Queue: the head of a deque, the least element of a PriorityQueue


def _empty(d: Any) -> None:
    if not d:
        raise NoSuchElementException(None)


@method("Queue", "boolean offer(def)")
def _queue_offer(q: Any, item: Any) -> bool:
    if type(q) is PriorityQueue:
        return _pq_offer(q, item)
    return _deque_add(q, item)


@method("Queue", "def peek()")
def _queue_peek(q: Any) -> Any:
    return q[0] if q else None


@method("Queue", "def element()")
def _queue_element(q: Any) -> Any:
    _empty(q)
    return q[0]


@method("Queue", "def poll()")
def _queue_poll(q: Any) -> Any:
    if type(q) is PriorityQueue:
        return q.poll()
    return _deque_poll(q, 0)


@method("Queue", "def remove()")
def _queue_remove(q: Any) -> Any:
    _empty(q)
    return _queue_poll(q)


# ---------------------------------------------------------------------------------------------
# Deque


def _deque_insert(d: list[Any], index: int, item: Any) -> None:
    _need_element(d, item)
    _mut_store(d, item)
    if index == 0:
        d.insert(0, item)
    else:
        d.append(item)


def _deque_poll(d: list[Any], index: int) -> Any:
    if not d:
        return None
    _mut_removes(d)
    return d.pop(index)


@method("Deque", "void addFirst(def)", "void push(def)")
def _add_first(d: list[Any], item: Any) -> None:
    _deque_insert(d, 0, item)


@method("Deque", "void addLast(def)")
def _add_last(d: list[Any], item: Any) -> None:
    _deque_insert(d, -1, item)


@method("Deque", "boolean offerFirst(def)")
def _offer_first(d: list[Any], item: Any) -> bool:
    _deque_insert(d, 0, item)
    return True


@method("Deque", "boolean offerLast(def)")
def _offer_last(d: list[Any], item: Any) -> bool:
    _deque_insert(d, -1, item)
    return True


@method("Deque", "def getFirst()")
def _get_first(d: list[Any]) -> Any:
    _empty(d)
    return d[0]


@method("Deque", "def getLast()")
def _get_last(d: list[Any]) -> Any:
    _empty(d)
    return d[-1]


@method("Deque", "def peekFirst()")
def _peek_first(d: list[Any]) -> Any:
    return d[0] if d else None


@method("Deque", "def peekLast()")
def _peek_last(d: list[Any]) -> Any:
    return d[-1] if d else None


@method("Deque", "def pollFirst()")
def _poll_first(d: list[Any]) -> Any:
    return _deque_poll(d, 0)


@method("Deque", "def pollLast()")
def _poll_last(d: list[Any]) -> Any:
    return _deque_poll(d, -1)


@method("Deque", "def removeFirst()", "def pop()")
def _remove_first(d: list[Any]) -> Any:
    _empty(d)
    return _deque_poll(d, 0)


@method("Deque", "def removeLast()")
def _remove_last(d: list[Any]) -> Any:
    _empty(d)
    return _deque_poll(d, -1)


def _remove_occurrence(d: list[Any], item: Any, last: bool) -> bool:
    if item is None and not getattr(type(d), "NULLS", True):
        return False  # ArrayDeque.removeFirstOccurrence(null) is false
    indexes = range(len(d) - 1, -1, -1) if last else range(len(d))
    for i in indexes:
        if _eq(item, d[i]):
            _mut_removes(d)
            del d[i]
            return True
    return False


@method("Deque", "boolean remove(def)", "boolean removeFirstOccurrence(def)")
def _remove_first_occurrence(d: list[Any], item: Any) -> bool:
    return _remove_occurrence(d, item, last=False)


@method("Deque", "boolean removeLastOccurrence(def)")
def _remove_last_occurrence(d: list[Any], item: Any) -> bool:
    return _remove_occurrence(d, item, last=True)


class DescendingIterator(JIterator):
    """Deque.descendingIterator(): a live cursor from the tail to the head."""

    __slots__ = ()

    def __init__(self, d: list[Any]) -> None:
        super().__init__(d)
        self.pos = len(d) - 1

    def has_next(self) -> bool:
        return self.pos >= 0

    def next_(self) -> Any:
        self.check_comodification()
        if self.pos < 0:
            raise NoSuchElementException(None)
        self.last = self.pos
        self.pos -= 1
        return self.items[self.last]

    def remove_(self) -> None:
        if self.last < 0:
            raise IllegalStateException(None)
        _mut_removes(self.source)
        del self.source[self.last]
        self.last = -1
        self.expected = len(self.source)


@method("Deque", "Iterator descendingIterator()")
def _descending_iterator(d: list[Any]) -> DescendingIterator:
    return DescendingIterator(d)


@constructor("ArrayDeque", "", "Collection")
def _new_array_deque(other: Any = None) -> ArrayDeque:
    out = ArrayDeque()
    for x in rt.iterate(other) if other is not None else ():
        _deque_add(out, x)
    return out


@constructor("LinkedList", "", "Collection")
def _new_linked_list(other: Any = None) -> LinkedList:
    return LinkedList() if other is None else LinkedList(rt.iterate(other))


@method("ArrayDeque", "ArrayDeque clone()")
@method("LinkedList", "def clone()")
@method("Vector", "def clone()")
def _clone(d: list[Any]) -> list[Any]:
    return type(d)(d)


# ---------------------------------------------------------------------------------------------
# Vector and Stack


@constructor("Vector", "", "Collection")
def _new_vector(other: Any = None) -> Vector:
    return Vector() if other is None else Vector(rt.iterate(other))


@constructor("Stack", "")
def _new_stack() -> Stack:
    return Stack()


@method("Vector", "void addElement(def)")
def _add_element(v: list[Any], item: Any) -> None:
    _mut_store(v, item)
    v.append(item)


def _at(v: list[Any], i: int, op: str = ">=") -> int:
    """Vector's own index checks: `3 >= 2`, or the array's message for a negative index."""
    if i >= len(v):
        raise ArrayIndexOutOfBoundsException(f"{i} {op} {len(v)}")
    if i < 0:
        raise ArrayIndexOutOfBoundsException(f"Index {i} out of bounds for length {len(v)}")
    return i


@method("Vector", "def elementAt(int)")
def _element_at(v: list[Any], i: int) -> Any:
    return v[_at(v, i)]


@method("Vector", "def firstElement()")
def _first_element(v: list[Any]) -> Any:
    _empty(v)
    return v[0]


@method("Vector", "def lastElement()")
def _last_element(v: list[Any]) -> Any:
    _empty(v)
    return v[-1]


@method("Vector", "void insertElementAt(def, int)")
def _insert_element_at(v: list[Any], item: Any, i: int) -> None:
    if i > len(v):
        raise ArrayIndexOutOfBoundsException(f"{i} > {len(v)}")
    if i < 0:
        raise ArrayIndexOutOfBoundsException(
            f"arraycopy: source index {i} out of bounds for object array[{len(v)}]"
        )
    _mut_store(v, item)
    v.insert(i, item)


@method("Vector", "void setElementAt(def, int)")
def _set_element_at(v: list[Any], item: Any, i: int) -> None:
    rt.list_set(v, _at(v, i), item)


@method("Vector", "void removeElementAt(int)")
def _remove_element_at(v: list[Any], i: int) -> None:
    if i >= len(v):
        raise ArrayIndexOutOfBoundsException(f"{i} >= {len(v)}")
    if i < 0:
        raise ArrayIndexOutOfBoundsException(f"Array index out of range: {i}")
    _mut_removes(v)
    del v[i]


@method("Vector", "boolean removeElement(def)")
def _remove_element(v: list[Any], item: Any) -> bool:
    for i, x in enumerate(v):
        if _eq(item, x):
            _mut_removes(v)
            del v[i]
            return True
    return False


@method("Vector", "void removeAllElements()")
def _remove_all_elements(v: list[Any]) -> None:
    _mut_removes(v)
    v.clear()


@method("Vector", "int lastIndexOf(def, int)")
def _last_index_of_from(v: list[Any], item: Any, start: int) -> int:
    if start >= len(v):
        raise IndexOutOfBoundsException(f"{start} >= {len(v)}")
    for i in range(start, -1, -1):
        if _eq(item, v[i]):
            return i
    return -1


@method("Stack", "def push(def)")
def _push(s: list[Any], item: Any) -> Any:
    _mut_store(s, item)
    s.append(item)
    return item


@method("Stack", "def peek()")
def _peek(s: list[Any]) -> Any:
    if not s:
        raise EmptyStackException(None)
    return s[-1]


@method("Stack", "def pop()")
def _pop(s: list[Any]) -> Any:
    if not s:
        raise EmptyStackException(None)
    _mut_removes(s)
    return s.pop()


@method("Stack", "boolean empty()")
def _stack_empty(s: list[Any]) -> bool:
    return not s


@method("Stack", "int search(def)")
def _search(s: list[Any], item: Any) -> int:
    """1-based distance from the top, -1 when absent."""
    for i in range(len(s) - 1, -1, -1):
        if _eq(item, s[i]):
            return len(s) - i
    return -1
