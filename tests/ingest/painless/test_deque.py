"""ArrayDeque, LinkedList, PriorityQueue, Stack and Vector (api_deque) against the JDK.

Each body is a Painless function body; its Java twin (the same statements with raw types, list
literals written as `new ArrayList(Arrays.asList(...))`, casts added where raw-typed lambdas need
them) was run on Temurin 25 and OpenJDK 17, which agree, printing String.valueOf(result) or the
exception's class and message. Expected values are those outputs: ("ok", text) or (Elasticsearch's
error type for the exception class, message; None for a null message).
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome

CASES = [
    (
        "ad_push_pop",
        'ArrayDeque d = new ArrayDeque(); d.push(1); d.push(2); d.addLast(3); String s = d.toString(); return s + " " + d.pop() + " " + d.peek() + " " + d;',
        ("ok", "[2, 1, 3] 2 1 [1, 3]"),
    ),
    (
        "ad_offer_poll",
        'ArrayDeque d = new ArrayDeque(); d.offerFirst("b"); d.offerLast("c"); d.offerFirst("a"); d.offer("d"); return d.pollFirst() + " " + d.pollLast() + " " + d.poll() + " " + d;',
        ("ok", "a d b [c]"),
    ),
    (
        "ad_empty_nulls",
        'ArrayDeque d = new ArrayDeque(); return d.peekFirst() + " " + d.peekLast() + " " + d.pollFirst() + " " + d.pollLast() + " " + d.peek() + " " + d.poll();',
        ("ok", "null null null null null null"),
    ),
    (
        "ad_get_first_empty",
        "ArrayDeque d = new ArrayDeque(); return d.getFirst();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_get_last_empty",
        "ArrayDeque d = new ArrayDeque(); return d.getLast();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_remove_first_empty",
        "ArrayDeque d = new ArrayDeque(); return d.removeFirst();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_remove_last_empty",
        "ArrayDeque d = new ArrayDeque(); return d.removeLast();",
        ("no_such_element_exception", None),
    ),
    ("ad_pop_empty", "ArrayDeque d = new ArrayDeque(); return d.pop();", ("no_such_element_exception", None)),
    (
        "ad_element_empty",
        "ArrayDeque d = new ArrayDeque(); return d.element();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_remove_empty",
        "ArrayDeque d = new ArrayDeque(); return d.remove();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_add_first_null",
        "ArrayDeque d = new ArrayDeque(); d.addFirst(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_add_last_null",
        "ArrayDeque d = new ArrayDeque(); d.addLast(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_push_null",
        "ArrayDeque d = new ArrayDeque(); d.push(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_offer_null",
        "ArrayDeque d = new ArrayDeque(); d.offer(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_offer_first_null",
        "ArrayDeque d = new ArrayDeque(); d.offerFirst(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_add_null",
        "ArrayDeque d = new ArrayDeque(); d.add(null); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_ctor_null_elem",
        "ArrayDeque d = new ArrayDeque([1, null]); return d;",
        ("null_pointer_exception", None),
    ),
    (
        "ad_remove_obj",
        'ArrayDeque d = new ArrayDeque([1, 2, 3, 2, 1]); boolean a = d.remove(2); boolean b = d.remove(9); return a + " " + b + " " + d;',
        ("ok", "true false [1, 3, 2, 1]"),
    ),
    (
        "ad_remove_occ",
        'ArrayDeque d = new ArrayDeque([1, 2, 3, 2, 1]); boolean a = d.removeFirstOccurrence(1); boolean b = d.removeLastOccurrence(2); boolean c = d.removeLastOccurrence(7); return a + " " + b + " " + c + " " + d;',
        ("ok", "true true false [2, 3, 1]"),
    ),
    (
        "ad_remove_occ_null",
        'ArrayDeque d = new ArrayDeque([1]); return d.removeFirstOccurrence(null) + " " + d.remove(null) + " " + d.contains(null);',
        ("ok", "false false false"),
    ),
    (
        "ad_descending",
        'ArrayDeque d = new ArrayDeque([1, 2, 3]); Iterator it = d.descendingIterator(); String s = ""; while (it.hasNext()) { s += it.next(); } return s;',
        ("ok", "321"),
    ),
    (
        "ad_get_first_last",
        'ArrayDeque d = new ArrayDeque(["x", "y", "z"]); return d.getFirst() + " " + d.getLast() + " " + d.element() + " " + d.size();',
        ("ok", "x z x 3"),
    ),
    (
        "ad_remove_first_last",
        'ArrayDeque d = new ArrayDeque(["x", "y", "z"]); return d.removeFirst() + " " + d.removeLast() + " " + d;',
        ("ok", "x z [y]"),
    ),
    (
        "ad_equals_identity",
        'ArrayDeque d = new ArrayDeque([1]); return d.equals(new ArrayDeque([1])) + " " + d.equals(d) + " " + d.equals([1]);',
        ("ok", "false true false"),
    ),
    (
        "ad_clone",
        'ArrayDeque d = new ArrayDeque([1, 2]); ArrayDeque c = d.clone(); c.push(0); return d + " " + c;',
        ("ok", "[1, 2] [0, 1, 2]"),
    ),
    (
        "ad_remove_if",
        'ArrayDeque d = new ArrayDeque([1, 2, 3, 4]); boolean r = d.removeIf(x -> x.equals(2) || x.equals(4)); return r + " " + d;',
        ("ok", "true [1, 3]"),
    ),
    (
        "ad_iterator_remove",
        'ArrayDeque d = new ArrayDeque([1, 2, 3]); Iterator it = d.iterator(); it.next(); it.next(); it.remove(); return d + " " + it.next();',
        ("ok", "[1, 3] 3"),
    ),
    (
        "ad_iterator_next_end",
        "ArrayDeque d = new ArrayDeque([1]); Iterator it = d.iterator(); it.next(); return it.next();",
        ("no_such_element_exception", None),
    ),
    (
        "ad_stream",
        "ArrayDeque d = new ArrayDeque([3, 1, 2]); d.push(4); return d.stream().map(x -> x * 10).collect(Collectors.toList());",
        ("ok", "[40, 30, 10, 20]"),
    ),
    (
        "ad_contains_size",
        'ArrayDeque d = new ArrayDeque(["a", "b"]); return d.contains("a") + " " + d.contains("z") + " " + d.size() + " " + d.isEmpty();',
        ("ok", "true false 2 false"),
    ),
    (
        "ad_as_queue",
        'Queue q = new ArrayDeque(); q.offer(1); q.add(2); return q.peek() + " " + q.remove() + " " + q.element() + " " + q;',
        ("ok", "1 1 2 [2]"),
    ),
    (
        "ad_as_deque",
        'Deque q = new ArrayDeque(); q.push(1); q.offerLast(2); return q.peekLast() + " " + q.pop() + " " + q;',
        ("ok", "2 1 [2]"),
    ),
    (
        "ll_deque_ops",
        'LinkedList l = new LinkedList(); l.push(1); l.addLast(2); l.addFirst(0); l.offer(3); return l + " " + l.getFirst() + " " + l.getLast() + " " + l.peekFirst() + " " + l.peekLast();',
        ("ok", "[0, 1, 2, 3] 0 3 0 3"),
    ),
    (
        "ll_nulls_ok",
        'LinkedList l = new LinkedList(); l.addFirst(null); l.push(null); l.offer(null); return l + " " + l.size();',
        ("ok", "[null, null, null] 3"),
    ),
    (
        "ll_get_first_empty",
        "LinkedList l = new LinkedList(); return l.getFirst();",
        ("no_such_element_exception", None),
    ),
    (
        "ll_get_last_empty",
        "LinkedList l = new LinkedList(); return l.getLast();",
        ("no_such_element_exception", None),
    ),
    (
        "ll_remove_first_empty",
        "LinkedList l = new LinkedList(); return l.removeFirst();",
        ("no_such_element_exception", None),
    ),
    ("ll_pop_empty", "LinkedList l = new LinkedList(); return l.pop();", ("no_such_element_exception", None)),
    (
        "ll_element_empty",
        "LinkedList l = new LinkedList(); return l.element();",
        ("no_such_element_exception", None),
    ),
    (
        "ll_remove_empty",
        "LinkedList l = new LinkedList(); return l.remove();",
        ("no_such_element_exception", None),
    ),
    (
        "ll_poll_peek_empty",
        'LinkedList l = new LinkedList(); return l.poll() + " " + l.peek() + " " + l.pollLast() + " " + l.peekLast();',
        ("ok", "null null null null"),
    ),
    (
        "ll_remove_index",
        'LinkedList l = new LinkedList(["a", "b", "c"]); Object r = l.remove(1); return r + " " + l + " " + l.get(1);',
        ("ok", "b [a, c] c"),
    ),
    (
        "ll_list_equals",
        'LinkedList l = new LinkedList([1, 2]); return l.equals([1, 2]) + " " + [1, 2].equals(l) + " " + l.hashCode();',
        ("ok", "true true 994"),
    ),
    (
        "ll_queue_remove",
        'LinkedList l = new LinkedList([5, 6]); return l.remove() + " " + l.poll() + " " + l;',
        ("ok", "5 6 []"),
    ),
    (
        "ll_remove_occ",
        'LinkedList l = new LinkedList([1, 2, 1, 2]); return l.removeFirstOccurrence(2) + " " + l.removeLastOccurrence(1) + " " + l;',
        ("ok", "true true [1, 2]"),
    ),
    (
        "ll_descending",
        'LinkedList l = new LinkedList(["a", "b", "c"]); Iterator it = l.descendingIterator(); String s = ""; while (it.hasNext()) { s += it.next(); } return s;',
        ("ok", "cba"),
    ),
    (
        "ll_clone",
        'LinkedList l = new LinkedList([1]); LinkedList c = l.clone(); c.add(2); return l + " " + c;',
        ("ok", "[1] [1, 2]"),
    ),
    ("ll_sort", "LinkedList l = new LinkedList([3, 1, 2]); l.sort(null); return l;", ("ok", "[1, 2, 3]")),
    (
        "pq_natural",
        'PriorityQueue q = new PriorityQueue(); q.add(5); q.add(1); q.add(4); q.add(2); q.add(3); String s = q.toString(); return s + " " + q.poll() + " " + q + " " + q.peek();',
        ("ok", "[1, 2, 4, 5, 3] 1 [2, 3, 4, 5] 2"),
    ),
    (
        "pq_drain",
        'PriorityQueue q = new PriorityQueue(); q.addAll([7, 3, 9, 1, 5, 3]); String s = ""; while (!q.isEmpty()) { s += q.poll() + ","; } return s;',
        ("ok", "1,3,3,5,7,9,"),
    ),
    (
        "pq_reverse",
        'PriorityQueue q = new PriorityQueue(Comparator.reverseOrder()); q.offer("b"); q.offer("d"); q.offer("a"); q.offer("c"); return q + " " + q.poll() + " " + q;',
        ("ok", "[d, c, a, b] d [c, b, a]"),
    ),
    (
        "pq_strings",
        'PriorityQueue q = new PriorityQueue(); q.addAll(["pear", "apple", "fig", "banana"]); return q + " " + q.element();',
        ("ok", "[apple, banana, fig, pear] apple"),
    ),
    (
        "pq_offer_null",
        "PriorityQueue q = new PriorityQueue(); q.offer(null); return q;",
        ("null_pointer_exception", None),
    ),
    (
        "pq_add_null",
        "PriorityQueue q = new PriorityQueue(); q.add(null); return q;",
        ("null_pointer_exception", None),
    ),
    (
        "pq_mixed",
        'PriorityQueue q = new PriorityQueue(); q.add(1); q.add("a"); return q;',
        (
            "class_cast_exception",
            "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "pq_mixed2",
        'PriorityQueue q = new PriorityQueue(); q.add("a"); q.add(1); return q;',
        (
            "class_cast_exception",
            "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "pq_not_comparable",
        "PriorityQueue q = new PriorityQueue(); q.add(new HashMap()); return q;",
        (
            "class_cast_exception",
            "class java.util.HashMap cannot be cast to class java.lang.Comparable (java.util.HashMap and java.lang.Comparable are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "pq_element_empty",
        "PriorityQueue q = new PriorityQueue(); return q.element();",
        ("no_such_element_exception", None),
    ),
    (
        "pq_remove_empty",
        "PriorityQueue q = new PriorityQueue(); return q.remove();",
        ("no_such_element_exception", None),
    ),
    (
        "pq_poll_peek_empty",
        'PriorityQueue q = new PriorityQueue(); return q.poll() + " " + q.peek();',
        ("ok", "null null"),
    ),
    (
        "pq_remove_if",
        "PriorityQueue q = new PriorityQueue(); q.addAll([1, 2, 3, 4, 5, 6, 7, 8]); q.removeIf(x -> x.equals(1) || x.equals(4)); return q;",
        ("ok", "[2, 3, 5, 6, 7, 8]"),
    ),
    (
        "pq_contains",
        'PriorityQueue q = new PriorityQueue(); q.addAll([4, 2]); return q.contains(2) + " " + q.contains(3) + " " + q.size();',
        ("ok", "true false 2"),
    ),
    (
        "pq_equals_identity",
        "PriorityQueue q = new PriorityQueue(); return q.equals(new PriorityQueue());",
        ("ok", "false"),
    ),
    (
        "pq_comparator_lambda",
        'PriorityQueue q = new PriorityQueue(Comparator.comparing(x -> x.length())); q.addAll(["ccc", "a", "bb", "dddd", "e"]); String s = q.toString(); return s + " " + q.poll() + " " + q.poll() + " " + q;',
        ("ok", "[a, e, bb, dddd, ccc] a e [bb, ccc, dddd]"),
    ),
    (
        "st_ops",
        'Stack s = new Stack(); Object a = s.push("a"); s.push("b"); s.push("c"); return a + " " + s + " " + s.peek() + " " + s.pop() + " " + s + " " + s.empty() + " " + s.search("a") + " " + s.search("b") + " " + s.search("z");',
        ("ok", "a [a, b, c] c c [a, b] false 2 1 -1"),
    ),
    ("st_pop_empty", "Stack s = new Stack(); return s.pop();", ("empty_stack_exception", None)),
    ("st_peek_empty", "Stack s = new Stack(); return s.peek();", ("empty_stack_exception", None)),
    (
        "st_is_list",
        'Stack s = new Stack(); s.push(1); s.push(2); return s.get(0) + " " + s.size() + " " + s.equals([1, 2]) + " " + s.empty();',
        ("ok", "1 2 true false"),
    ),
    (
        "st_push_null",
        'Stack s = new Stack(); s.push(null); return s + " " + s.search(null);',
        ("ok", "[null] 1"),
    ),
    (
        "vec_ops",
        'Vector v = new Vector(); v.addElement("a"); v.addElement("b"); v.insertElementAt("z", 1); String s = v.toString(); v.setElementAt("y", 0); v.removeElementAt(2); return s + " " + v + " " + v.elementAt(1) + " " + v.firstElement() + " " + v.lastElement();',
        ("ok", "[a, z, b] [y, z] z y z"),
    ),
    (
        "vec_first_empty",
        "Vector v = new Vector(); return v.firstElement();",
        ("no_such_element_exception", None),
    ),
    (
        "vec_last_empty",
        "Vector v = new Vector(); return v.lastElement();",
        ("no_such_element_exception", None),
    ),
    (
        "vec_element_at_oob",
        "Vector v = new Vector([1, 2]); return v.elementAt(3);",
        ("array_index_out_of_bounds_exception", "3 >= 2"),
    ),
    (
        "vec_element_at_neg",
        "Vector v = new Vector([1, 2]); return v.elementAt(-1);",
        ("array_index_out_of_bounds_exception", "Index -1 out of bounds for length 2"),
    ),
    (
        "vec_insert_oob",
        "Vector v = new Vector([1, 2]); v.insertElementAt(0, 5); return v;",
        ("array_index_out_of_bounds_exception", "5 > 2"),
    ),
    (
        "vec_remove_at_oob",
        "Vector v = new Vector([1, 2]); v.removeElementAt(2); return v;",
        ("array_index_out_of_bounds_exception", "2 >= 2"),
    ),
    (
        "vec_set_at_oob",
        "Vector v = new Vector([1, 2]); v.setElementAt(0, 2); return v;",
        ("array_index_out_of_bounds_exception", "2 >= 2"),
    ),
    (
        "vec_remove_element",
        'Vector v = new Vector([1, 2, 1]); boolean a = v.removeElement(1); boolean b = v.removeElement(9); return a + " " + b + " " + v;',
        ("ok", "true false [2, 1]"),
    ),
    (
        "vec_last_index_from",
        'Vector v = new Vector([1, 2, 1, 2]); return v.lastIndexOf(2, 2) + " " + v.lastIndexOf(2, 3) + " " + v.lastIndexOf(9, 3);',
        ("ok", "1 3 -1"),
    ),
    (
        "vec_last_index_oob",
        "Vector v = new Vector([1, 2]); return v.lastIndexOf(1, 2);",
        ("index_out_of_bounds_exception", "2 >= 2"),
    ),
    (
        "vec_remove_all",
        'Vector v = new Vector([1, 2]); v.removeAllElements(); return v + " " + v.size();',
        ("ok", "[] 0"),
    ),
    (
        "vec_get_oob",
        "Vector v = new Vector([1, 2]); return v.get(2);",
        ("array_index_out_of_bounds_exception", "Array index out of range: 2"),
    ),
    (
        "vec_clone",
        'Vector v = new Vector([1]); Vector c = v.clone(); c.add(2); return v + " " + c;',
        ("ok", "[1] [1, 2]"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_matches_jdk(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
