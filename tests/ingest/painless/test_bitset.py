"""java.util.BitSet (api_bitset) against the JDK.

JDK_CASES: each body is a Painless function body that is also valid Java (raw types); the same
statements were compiled into one Java class and run on Temurin 25, printing String.valueOf(result)
or the exception's class and message, frozen here as ("ok", text) or (Elasticsearch's error type,
message). The random rows (set/clear/flip over ranges, and/or/xor/andNot with a second set, then
toString, length, size, cardinality, hashCode and the next/previous searches) were generated once
and frozen with the JDK's answers; size() shows the JDK's word-array growth and clone()'s trimming.

PAINLESS_CASES: the allowlist (java.util.txt lists no get(int), no set(int, boolean), no stream())
and Painless' argument casts (WhenThingsGoWrongTests.testBadBoxingCast: `bs.and(2)`).
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome

CCE = "class_cast_exception"
IAE = "illegal_argument_exception"

JDK_CASES = [
    (
        "empty",
        'BitSet b = new BitSet(); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 64 0 true 1234"),
    ),
    (
        "sized_0",
        'BitSet b = new BitSet(0); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 0 0 true 1234"),
    ),
    (
        "sized_1",
        'BitSet b = new BitSet(1); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 64 0 true 1234"),
    ),
    (
        "sized_64",
        'BitSet b = new BitSet(64); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 64 0 true 1234"),
    ),
    (
        "sized_65",
        'BitSet b = new BitSet(65); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 128 0 true 1234"),
    ),
    (
        "sized_1000",
        'BitSet b = new BitSet(1000); b.set(3); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{3} 4 1024 1 false 1242"),
    ),
    (
        "negative_size",
        "BitSet b = new BitSet(-1); return b;",
        ("negative_array_size_exception", "nbits < 0: -1"),
    ),
    (
        "set_negative",
        "BitSet b = new BitSet(); b.set(-1); return b;",
        ("index_out_of_bounds_exception", "bitIndex < 0: -1"),
    ),
    (
        "clear_negative",
        "BitSet b = new BitSet(); b.clear(-5); return b;",
        ("index_out_of_bounds_exception", "bitIndex < 0: -5"),
    ),
    (
        "flip_negative",
        "BitSet b = new BitSet(); b.flip(-2); return b;",
        ("index_out_of_bounds_exception", "bitIndex < 0: -2"),
    ),
    (
        "set_range_from_negative",
        "BitSet b = new BitSet(); b.set(-1, 3); return b;",
        ("index_out_of_bounds_exception", "fromIndex < 0: -1"),
    ),
    (
        "set_range_to_negative",
        "BitSet b = new BitSet(); b.set(1, -3); return b;",
        ("index_out_of_bounds_exception", "toIndex < 0: -3"),
    ),
    (
        "set_range_reversed",
        "BitSet b = new BitSet(); b.set(5, 2); return b;",
        ("index_out_of_bounds_exception", "fromIndex: 5 > toIndex: 2"),
    ),
    (
        "clear_range_reversed",
        "BitSet b = new BitSet(); b.clear(5, 2); return b;",
        ("index_out_of_bounds_exception", "fromIndex: 5 > toIndex: 2"),
    ),
    (
        "flip_range_reversed",
        "BitSet b = new BitSet(); b.flip(5, 2); return b;",
        ("index_out_of_bounds_exception", "fromIndex: 5 > toIndex: 2"),
    ),
    (
        "set_range_bool_reversed",
        "BitSet b = new BitSet(); b.set(5, 2, false); return b;",
        ("index_out_of_bounds_exception", "fromIndex: 5 > toIndex: 2"),
    ),
    (
        "set_range_empty",
        'BitSet b = new BitSet(); b.set(4, 4); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 64 0 true 1234"),
    ),
    (
        "clear_range_empty_negative",
        "BitSet b = new BitSet(); b.clear(-1, -1); return b;",
        ("index_out_of_bounds_exception", "fromIndex < 0: -1"),
    ),
    (
        "next_set_negative",
        "BitSet b = new BitSet(); return b.nextSetBit(-1);",
        ("index_out_of_bounds_exception", "fromIndex < 0: -1"),
    ),
    (
        "next_clear_negative",
        "BitSet b = new BitSet(); return b.nextClearBit(-1);",
        ("index_out_of_bounds_exception", "fromIndex < 0: -1"),
    ),
    (
        "previous_set_minus_one",
        'BitSet b = new BitSet(); b.set(0); return b.previousSetBit(-1) + " " + b.previousClearBit(-1);',
        ("ok", "-1 -1"),
    ),
    (
        "previous_set_minus_two",
        "BitSet b = new BitSet(); return b.previousSetBit(-2);",
        ("index_out_of_bounds_exception", "fromIndex < -1: -2"),
    ),
    (
        "previous_clear_minus_two",
        "BitSet b = new BitSet(); return b.previousClearBit(-2);",
        ("index_out_of_bounds_exception", "fromIndex < -1: -2"),
    ),
    (
        "and_null",
        "BitSet b = new BitSet(); b.and(null); return b;",
        ("null_pointer_exception", 'Cannot read field "wordsInUse" because "set" is null'),
    ),
    (
        "or_null",
        "BitSet b = new BitSet(); b.or(null); return b;",
        ("null_pointer_exception", 'Cannot read field "wordsInUse" because "set" is null'),
    ),
    (
        "xor_null",
        "BitSet b = new BitSet(); b.xor(null); return b;",
        ("null_pointer_exception", 'Cannot read field "wordsInUse" because "set" is null'),
    ),
    (
        "and_not_null",
        "BitSet b = new BitSet(); b.andNot(null); return b;",
        ("null_pointer_exception", 'Cannot read field "wordsInUse" because "set" is null'),
    ),
    (
        "intersects_null",
        "BitSet b = new BitSet(); return b.intersects(null);",
        ("null_pointer_exception", 'Cannot read field "wordsInUse" because "set" is null'),
    ),
    (
        "value_of_null",
        "long[] x = null; return BitSet.valueOf(x);",
        ("null_pointer_exception", 'Cannot read the array length because "longs" is null'),
    ),
    (
        "value_of",
        'BitSet b = BitSet.valueOf(new long[] {5L, 0L, -1L, 0L, 0L}); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        (
            "ok",
            "{0, 2, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191} 192 192 66 false 1237",
        ),
    ),
    (
        "value_of_zeros",
        'BitSet b = BitSet.valueOf(new long[] {0L, 0L}); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 0 0 true 1234"),
    ),
    (
        "value_of_sign_bit",
        'BitSet b = BitSet.valueOf(new long[] {Long.MIN_VALUE}); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{63} 64 64 1 false -2147482414"),
    ),
    (
        "to_long_array",
        "BitSet b = new BitSet(); b.set(0); b.set(63); b.set(130); List out = new ArrayList(); for (long x : b.toLongArray()) { out.add(x); } return out;",
        ("ok", "[-9223372036854775807, 0, 4]"),
    ),
    (
        "to_byte_array",
        "BitSet b = new BitSet(); b.set(0); b.set(7); b.set(9); b.set(63); List out = new ArrayList(); for (byte x : b.toByteArray()) { out.add(x); } return out;",
        ("ok", "[-127, 2, 0, 0, 0, 0, 0, -128]"),
    ),
    (
        "to_byte_array_partial_word",
        "BitSet b = new BitSet(); b.set(64); b.set(80); List out = new ArrayList(); for (byte x : b.toByteArray()) { out.add(x); } return out;",
        ("ok", "[0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]"),
    ),
    (
        "to_byte_array_empty",
        'BitSet b = new BitSet(100); List out = new ArrayList(); for (byte x : b.toByteArray()) { out.add(x); } return out.size() + " " + b.toLongArray().length;',
        ("ok", "0 0"),
    ),
    (
        "clone_trims_original",
        'BitSet b = new BitSet(); b.set(200); b.clear(200); b.set(3); String before = b.size() + ""; BitSet c = (BitSet) b.clone(); return before + " " + b.size() + " " + c.size() + " " + c + " " + c.equals(b);',
        ("ok", "256 64 64 {3} true"),
    ),
    (
        "clone_sticky",
        'BitSet b = new BitSet(500); b.set(3); BitSet c = (BitSet) b.clone(); return b.size() + " " + c.size() + " " + c;',
        ("ok", "512 512 {3}"),
    ),
    (
        "clone_independent",
        'BitSet b = new BitSet(); b.set(1); BitSet c = (BitSet) b.clone(); c.set(2); return b + " " + c;',
        ("ok", "{1} {1, 2}"),
    ),
    (
        "clone_empty_default",
        'BitSet b = new BitSet(); BitSet c = (BitSet) b.clone(); return b.size() + " " + c.size();',
        ("ok", "0 0"),
    ),
    (
        "equals_different_sizes",
        'BitSet a = new BitSet(1000); BitSet b = new BitSet(); a.set(5); b.set(5); return a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals("x") + " " + a.equals(null);',
        ("ok", "true true false false"),
    ),
    (
        "grow_doubling",
        'BitSet b = new BitSet(); b.set(64); String s1 = b.size() + ""; b.set(300); return s1 + " " + b.size();',
        ("ok", "128 320"),
    ),
    (
        "grow_sticky_lost",
        'BitSet b = new BitSet(10); b.set(100); BitSet c = (BitSet) b.clone(); b.clear(100); return b.size() + " " + c.size();',
        ("ok", "128 128"),
    ),
    ("and_self", "BitSet b = new BitSet(); b.set(1); b.and(b); b.or(b); return b;", ("ok", "{1}")),
    (
        "xor_self",
        'BitSet b = new BitSet(); b.set(1); b.set(99); b.xor(b); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 128 0 true 1234"),
    ),
    (
        "and_not_self",
        'BitSet b = new BitSet(); b.set(1); b.andNot(b); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 64 0 true 1234"),
    ),
    (
        "or_grows",
        'BitSet a = new BitSet(); BitSet b = new BitSet(); b.set(1000); a.set(1); a.or(b); return a + " " + a.size();',
        ("ok", "{1, 1000} 1024"),
    ),
    (
        "next_clear_all_set",
        'BitSet b = new BitSet(); b.set(0, 128); return b.nextClearBit(0) + " " + b.nextClearBit(500) + " " + b.previousClearBit(127) + " " + b.previousClearBit(128);',
        ("ok", "128 500 -1 128"),
    ),
    (
        "previous_set_past_end",
        'BitSet b = new BitSet(); b.set(70); return b.previousSetBit(1000) + " " + b.previousSetBit(70) + " " + b.previousSetBit(69);',
        ("ok", "70 70 -1"),
    ),
    (
        "next_set_past_end",
        'BitSet b = new BitSet(); b.set(70); return b.nextSetBit(71) + " " + b.nextSetBit(0) + " " + b.nextSetBit(70);',
        ("ok", "-1 70 70"),
    ),
    (
        "clear_all",
        'BitSet b = new BitSet(); b.set(5, 300); b.clear(); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{} 0 320 0 true 1234"),
    ),
    (
        "set_bool_true",
        'BitSet b = new BitSet(); b.set(3, 7, true); b.set(4, 6, false); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{3, 6} 7 64 2 false 1178"),
    ),
    (
        "flip_range",
        'BitSet b = new BitSet(); b.set(10); b.flip(5, 70); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        (
            "ok",
            "{5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69} 70 128 64 false 179",
        ),
    ),
    (
        "clear_range_beyond",
        'BitSet b = new BitSet(); b.set(0, 100); b.clear(50, 1000); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        (
            "ok",
            "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49} 50 128 50 false -260910",
        ),
    ),
    (
        "clear_range_outside",
        'BitSet b = new BitSet(); b.set(3); b.clear(100, 200); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.isEmpty() + " " + b.hashCode();',
        ("ok", "{3} 4 64 1 false 1242"),
    ),
    (
        "to_string_method",
        "BitSet b = new BitSet(); b.set(1); b.set(3); return b.toString();",
        ("ok", "{1, 3}"),
    ),
    (
        "random_0",
        'BitSet b = new BitSet(231); BitSet c = new BitSet(); c.set(65, 121); c.set(7, 301); c.set(61, 106); c.set(13, 220); b.flip(110, 172); b.flip(1); b.clear(5); b.and(c); b.set(16, 24, false); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(108) + " " + b.nextClearBit(108) + " " + b.previousSetBit(108) + " " + b.previousClearBit(108) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171} 172 256 62 21712 true 110 108 -1 108 3 22",
        ),
    ),
    (
        "random_1",
        'BitSet b = new BitSet(303); BitSet c = new BitSet(); c.set(12, 126); b.set(26, 47); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(294) + " " + b.nextClearBit(294) + " " + b.previousSetBit(294) + " " + b.previousClearBit(294) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125} 126 320 93 2080404691 true -1 294 125 294 2 16",
        ),
    ),
    (
        "random_2",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(29, 83); c.set(62, 128); c.set(35, 218); b.flip(95); b.set(151); b.clear(8, 10); b.set(66, 231); b.set(60, 63); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(63) + " " + b.nextClearBit(63) + " " + b.previousSetBit(63) + " " + b.previousClearBit(63) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{60, 61, 62, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230} 231 256 168 -1879049516 true 66 63 62 63 4 29",
        ),
    ),
    (
        "random_3",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(166, 203); b.and(c); b.set(187); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(130) + " " + b.nextClearBit(130) + " " + b.previousSetBit(130) + " " + b.previousClearBit(130) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{187} 188 192 1 402654418 true 187 130 -1 130 3 24"),
    ),
    (
        "random_4",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(147, 174); c.set(28, 294); b.flip(40, 186); b.set(131); b.flip(64); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(17) + " " + b.nextClearBit(17) + " " + b.previousSetBit(17) + " " + b.previousClearBit(17) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185} 186 192 145 201325523 true 40 17 -1 17 3 24",
        ),
    ),
    (
        "random_5",
        'BitSet b = new BitSet(12); BitSet c = new BitSet(); c.set(13, 244); c.set(91, 262); b.clear(200); b.andNot(c); b.or(c); b.flip(59); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(109) + " " + b.nextClearBit(109) + " " + b.previousSetBit(109) + " " + b.previousClearBit(109) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261} 262 320 248 134224406 true 109 262 109 59 5 33",
        ),
    ),
    (
        "random_6",
        'BitSet b = new BitSet(44); BitSet c = new BitSet(); c.set(19, 279); c.set(88, 250); c.set(102, 193); b.clear(89); b.set(48); b.or(c); b.flip(76, 288); b.and(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(52) + " " + b.nextClearBit(52) + " " + b.previousSetBit(52) + " " + b.previousClearBit(52) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75} 76 320 57 517331 true 52 76 52 18 2 10",
        ),
    ),
    (
        "random_7",
        'BitSet b = new BitSet(242); BitSet c = new BitSet(); c.set(55, 157); c.set(6, 165); b.flip(100, 115); b.clear(69); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(140) + " " + b.nextClearBit(140) + " " + b.previousSetBit(140) + " " + b.previousClearBit(140) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114} 115 256 15 1047346 true -1 140 114 140 2 15",
        ),
    ),
    (
        "random_8",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(24, 231); c.set(89, 252); b.set(70); b.clear(23); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(84) + " " + b.nextClearBit(84) + " " + b.previousSetBit(84) + " " + b.previousClearBit(84) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{70} 71 128 1 1106 true -1 84 70 84 2 9"),
    ),
    (
        "random_9",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(49, 166); c.set(84, 172); c.set(43, 132); c.set(1, 170); b.flip(15, 114); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(121) + " " + b.nextClearBit(121) + " " + b.previousSetBit(121) + " " + b.previousClearBit(121) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171} 172 256 72 502574 true 121 172 121 113 3 22",
        ),
    ),
    (
        "random_10",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(5, 230); c.set(186, 283); b.flip(183); b.clear(36, 70); b.set(50, 199, true); b.flip(61, 66); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(72) + " " + b.nextClearBit(72) + " " + b.previousSetBit(72) + " " + b.previousClearBit(72) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198} 199 384 144 536610091 true 72 199 72 65 4 25",
        ),
    ),
    (
        "random_11",
        'BitSet b = new BitSet(213); BitSet c = new BitSet(); c.set(63, 362); b.set(65, 139, false); b.clear(35, 108); b.or(c); b.andNot(c); b.clear(31); b.clear(28, 54); b.set(120, 247); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(173) + " " + b.nextClearBit(173) + " " + b.previousSetBit(173) + " " + b.previousClearBit(173) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246} 247 512 127 1235 true 173 247 173 119 4 31",
        ),
    ),
    (
        "random_12",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(54, 233); b.xor(c); b.set(80, 184); b.and(c); b.clear(1, 186); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(41) + " " + b.nextClearBit(41) + " " + b.previousSetBit(41) + " " + b.previousClearBit(41) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232} 233 256 47 201325777 true 186 41 -1 41 4 30",
        ),
    ),
    (
        "random_13",
        'BitSet b = new BitSet(183); BitSet c = new BitSet(); c.set(172, 226); c.set(50, 154); c.set(100, 133); b.set(35, 84); b.andNot(c); b.flip(185, 235); b.flip(69); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(37) + " " + b.nextClearBit(37) + " " + b.previousSetBit(37) + " " + b.previousClearBit(37) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 69, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234} 235 384 66 100408169 true 37 50 37 34 4 30",
        ),
    ),
    (
        "random_14",
        'BitSet b = new BitSet(387); BitSet c = new BitSet(); c.set(152, 165); b.andNot(c); b.set(67, 104, false); b.clear(14, 64); b.and(c); b.set(40); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(120) + " " + b.nextClearBit(120) + " " + b.previousSetBit(120) + " " + b.previousClearBit(120) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{40} 41 448 1 1490 false -1 120 40 120 1 6"),
    ),
    (
        "random_15",
        'BitSet b = new BitSet(367); BitSet c = new BitSet(); c.set(94, 344); c.set(28, 124); b.flip(18, 212); b.andNot(c); b.clear(22, 66); b.set(129, 182, false); b.set(69, 109); b.set(52, 69); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(161) + " " + b.nextClearBit(161) + " " + b.previousSetBit(161) + " " + b.previousClearBit(161) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{18, 19, 20, 21, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108} 109 384 61 3392723 true -1 161 108 161 2 14",
        ),
    ),
    (
        "random_16",
        'BitSet b = new BitSet(38); BitSet c = new BitSet(); c.set(79, 307); c.set(62, 348); c.set(156, 233); c.set(12, 127); b.set(43, 75); b.flip(162); b.clear(9); b.clear(43); b.or(c); b.flip(124, 260); b.clear(96, 150); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(110) + " " + b.nextClearBit(110) + " " + b.previousSetBit(110) + " " + b.previousClearBit(110) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347} 348 512 172 -1610609817 true 260 110 95 110 6 44",
        ),
    ),
    (
        "random_17",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(53, 185); b.or(c); b.or(c); b.set(62, 145); b.andNot(c); b.flip(30); b.set(70, 92, false); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(81) + " " + b.nextClearBit(81) + " " + b.previousSetBit(81) + " " + b.previousClearBit(81) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{30} 31 192 1 1073743058 false -1 81 30 81 1 4"),
    ),
    (
        "random_18",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(90, 186); c.set(187, 208); b.or(c); b.flip(266); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(164) + " " + b.nextClearBit(164) + " " + b.previousSetBit(164) + " " + b.previousClearBit(164) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 266} 267 512 118 201068755 true 164 186 164 89 5 34",
        ),
    ),
    (
        "random_19",
        'BitSet b = new BitSet(371); BitSet c = new BitSet(); c.set(41, 245); c.set(39, 231); c.set(58, 239); c.set(29, 224); b.clear(100, 104); b.clear(68); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(156) + " " + b.nextClearBit(156) + " " + b.previousSetBit(156) + " " + b.previousClearBit(156) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 384 0 1234 false -1 156 -1 156 0 0"),
    ),
    (
        "random_20",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(56, 320); c.set(66, 300); c.set(67, 100); b.set(49, 178, true); b.set(46, 189); b.andNot(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(104) + " " + b.nextClearBit(104) + " " + b.previousSetBit(104) + " " + b.previousClearBit(104) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{46, 47, 48, 49, 50, 51, 52, 53, 54, 55} 56 192 10 16762066 false -1 104 55 104 1 7"),
    ),
    (
        "random_21",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(120, 177); b.set(64, 222, false); b.set(105); b.andNot(c); b.or(c); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(74) + " " + b.nextClearBit(74) + " " + b.previousSetBit(74) + " " + b.previousClearBit(74) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{105} 106 256 1 210 false 105 74 -1 74 2 14"),
    ),
    (
        "random_22",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(67, 251); c.set(115, 240); c.set(38, 346); b.set(20, 186); b.xor(c); b.andNot(c); b.set(290); b.flip(27, 27); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(281) + " " + b.nextClearBit(281) + " " + b.previousSetBit(281) + " " + b.previousClearBit(281) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 290} 291 384 19 -1047303 true 290 281 37 281 5 37",
        ),
    ),
    (
        "random_23",
        'BitSet b = new BitSet(104); BitSet c = new BitSet(); c.set(62, 205); c.set(106, 201); b.clear(10); b.and(c); b.set(125, 160); b.clear(62); b.or(c); b.xor(c); b.set(106, 199, true); b.or(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(140) + " " + b.nextClearBit(140) + " " + b.previousSetBit(140) + " " + b.previousClearBit(140) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204} 205 256 143 -1073710291 true 140 205 140 61 4 26",
        ),
    ),
    (
        "random_24",
        'BitSet b = new BitSet(231); BitSet c = new BitSet(); c.set(196, 212); c.set(27, 179); b.andNot(c); b.clear(30, 218); b.flip(36); b.set(44, 51, false); b.flip(125, 157); b.set(32, 186); b.clear(18, 60); b.flip(107); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(196) + " " + b.nextClearBit(196) + " " + b.previousSetBit(196) + " " + b.previousClearBit(196) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185} 186 256 125 67114193 true -1 196 185 196 3 24",
        ),
    ),
    (
        "random_25",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(53, 294); b.and(c); b.flip(98); b.clear(126); b.clear(60); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(121) + " " + b.nextClearBit(121) + " " + b.previousSetBit(121) + " " + b.previousClearBit(121) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{98} 99 128 1 1242 true -1 121 98 121 2 13"),
    ),
    (
        "random_26",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(33, 315); c.set(120, 207); c.set(8, 225); b.flip(41); b.xor(c); b.set(53, 156, false); b.clear(180); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(137) + " " + b.nextClearBit(137) + " " + b.previousSetBit(137) + " " + b.previousClearBit(137) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314} 315 320 202 137361877 true 156 137 52 137 5 40",
        ),
    ),
    (
        "random_27",
        'BitSet b = new BitSet(129); BitSet c = new BitSet(); c.set(21, 339); c.set(145, 223); c.set(32, 229); c.set(116, 103); b.and(c); b.set(25, 161, true); b.clear(70); b.clear(3, 31); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(9) + " " + b.nextClearBit(9) + " " + b.previousSetBit(9) + " " + b.previousClearBit(9) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("index_out_of_bounds_exception", "fromIndex: 116 > toIndex: 103"),
    ),
    (
        "random_28",
        'BitSet b = new BitSet(385); BitSet c = new BitSet(); c.set(62, 336); b.xor(c); b.set(1); b.flip(189); b.clear(142, 230); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(12) + " " + b.nextClearBit(12) + " " + b.previousSetBit(12) + " " + b.previousClearBit(12) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{1, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335} 336 448 187 1073396690 true 62 12 1 12 6 42",
        ),
    ),
    (
        "random_29",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(26, 137); c.set(12, 360); b.clear(209); b.set(97, 164); b.andNot(c); b.andNot(c); b.flip(54, 108); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(223) + " " + b.nextClearBit(223) + " " + b.previousSetBit(223) + " " + b.previousClearBit(223) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107} 108 192 54 4187347 true -1 223 107 223 2 14",
        ),
    ),
    (
        "random_30",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(70, 338); c.set(60, 87); c.set(19, 132); c.set(62, 97); b.set(36, 42); b.xor(c); b.flip(3, 196); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(100) + " " + b.nextClearBit(100) + " " + b.previousSetBit(100) + " " + b.previousClearBit(100) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 36, 37, 38, 39, 40, 41, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337} 338 384 164 1050395 true 196 100 41 100 6 43",
        ),
    ),
    (
        "random_31",
        'BitSet b = new BitSet(7); BitSet c = new BitSet(); c.set(16, 206); c.set(46, 273); c.set(17, 360); b.and(c); b.clear(110); b.flip(132, 229); b.and(c); b.andNot(c); b.clear(37, 93); b.clear(199, 215); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(12) + " " + b.nextClearBit(12) + " " + b.previousSetBit(12) + " " + b.previousClearBit(12) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 256 0 1234 false -1 12 -1 12 0 0"),
    ),
    (
        "random_32",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(65, 301); c.set(69, 179); c.set(84, 306); b.flip(55); b.or(c); b.or(c); b.or(c); b.set(15, 189); b.andNot(c); b.set(123, 262); b.flip(87, 115); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(17) + " " + b.nextClearBit(17) + " " + b.previousSetBit(17) + " " + b.previousClearBit(17) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261} 262 320 217 252675562 true 17 65 17 14 5 33",
        ),
    ),
    (
        "random_33",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(15, 335); c.set(126, 278); c.set(38, 247); c.set(59, 344); b.flip(193); b.or(c); b.and(c); b.clear(); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(61) + " " + b.nextClearBit(61) + " " + b.previousSetBit(61) + " " + b.previousClearBit(61) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 512 0 1234 false -1 61 -1 61 0 0"),
    ),
    (
        "random_34",
        'BitSet b = new BitSet(303); BitSet c = new BitSet(); c.set(46, 188); c.set(11, 179); b.clear(36, 42); b.andNot(c); b.clear(); b.andNot(c); b.clear(2); b.flip(88); b.andNot(c); b.set(48, 56, false); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(57) + " " + b.nextClearBit(57) + " " + b.previousSetBit(57) + " " + b.previousClearBit(57) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 320 0 1234 false -1 57 -1 57 0 0"),
    ),
    (
        "random_35",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(63, 272); c.set(102, 220); b.or(c); b.andNot(c); b.flip(246, 294); b.set(119, 294); b.set(76, 122); b.set(62, 271, true); b.andNot(c); b.clear(68, 100); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(62) + " " + b.nextClearBit(62) + " " + b.previousSetBit(62) + " " + b.previousClearBit(62) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{62, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293} 294 320 23 -1074067987 false 62 63 62 61 5 37",
        ),
    ),
    (
        "random_36",
        'BitSet b = new BitSet(228); BitSet c = new BitSet(); c.set(12, 161); c.set(37, 214); c.set(14, 337); b.flip(148, 277); b.clear(64); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(88) + " " + b.nextClearBit(88) + " " + b.previousSetBit(88) + " " + b.previousClearBit(88) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276} 277 512 129 11535573 true 148 88 -1 88 5 35",
        ),
    ),
    (
        "random_37",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(0, 160); c.set(82, 277); c.set(24, 133); b.and(c); b.xor(c); b.andNot(c); b.xor(c); b.xor(c); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(82) + " " + b.nextClearBit(82) + " " + b.previousSetBit(82) + " " + b.previousClearBit(82) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276} 277 320 277 10484521 true 82 277 82 -1 5 35",
        ),
    ),
    (
        "random_38",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(14, 130); b.clear(52); b.flip(7); b.set(145); b.andNot(c); b.flip(58); b.clear(108); b.and(c); b.clear(120); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(125) + " " + b.nextClearBit(125) + " " + b.previousSetBit(125) + " " + b.previousClearBit(125) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{58} 59 192 1 67110098 true -1 125 58 125 1 8"),
    ),
    (
        "random_39",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(42, 144); c.set(35, 278); c.set(8, 118); b.flip(96); b.flip(5); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(155) + " " + b.nextClearBit(155) + " " + b.previousSetBit(155) + " " + b.previousClearBit(155) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{5, 96} 97 128 2 1264 true -1 155 96 155 2 13"),
    ),
    (
        "random_40",
        'BitSet b = new BitSet(61); BitSet c = new BitSet(); c.set(63, 362); c.set(10, 355); b.xor(c); b.and(c); b.flip(62); b.set(172, 278, true); b.set(22); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(112) + " " + b.nextClearBit(112) + " " + b.previousSetBit(112) + " " + b.previousClearBit(112) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361} 362 384 351 -1073746132 true 112 362 112 62 6 46",
        ),
    ),
    (
        "random_41",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(3, 218); c.set(73, 254); c.set(36, 255); c.set(0, 251); b.or(c); b.and(c); b.set(10); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(51) + " " + b.nextClearBit(51) + " " + b.previousSetBit(51) + " " + b.previousClearBit(51) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 256 0 1234 false -1 51 -1 51 0 0"),
    ),
    (
        "random_42",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(45, 321); c.set(60, 226); c.set(81, 287); c.set(158, 183); b.set(59, 264); b.andNot(c); b.clear(13, 196); b.xor(c); b.clear(59, 111); b.set(4, 269); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(25) + " " + b.nextClearBit(25) + " " + b.previousSetBit(25) + " " + b.previousClearBit(25) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320} 321 640 317 1247 true 25 321 25 3 6 41",
        ),
    ),
    (
        "random_43",
        'BitSet b = new BitSet(222); BitSet c = new BitSet(); c.set(173, 272); c.set(63, 193); c.set(70, 307); c.set(34, 138); b.flip(50, 78); b.clear(140); b.set(42, 165); b.flip(24, 229); b.andNot(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(104) + " " + b.nextClearBit(104) + " " + b.previousSetBit(104) + " " + b.previousClearBit(104) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{24, 25, 26, 27, 28, 29, 30, 31, 32, 33} 34 256 10 -16775983 false -1 104 33 104 1 5"),
    ),
    (
        "random_44",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(155, 226); b.xor(c); b.xor(c); b.andNot(c); b.andNot(c); b.and(c); b.flip(117, 147); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(176) + " " + b.nextClearBit(176) + " " + b.previousSetBit(176) + " " + b.previousClearBit(176) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146} 147 256 30 -2622673 false -1 176 146 176 3 19",
        ),
    ),
    (
        "random_45",
        'BitSet b = new BitSet(46); BitSet c = new BitSet(); c.set(110, 250); c.set(94, 334); b.andNot(c); b.and(c); b.andNot(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(167) + " " + b.nextClearBit(167) + " " + b.previousSetBit(167) + " " + b.previousClearBit(167) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 64 0 1234 false -1 167 -1 167 0 0"),
    ),
    (
        "random_46",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(195, 263); b.clear(140); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(66) + " " + b.nextClearBit(66) + " " + b.previousSetBit(66) + " " + b.previousClearBit(66) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262} 263 320 68 1718 true 195 66 -1 66 5 33",
        ),
    ),
    (
        "random_47",
        'BitSet b = new BitSet(191); BitSet c = new BitSet(); c.set(19, 131); c.set(46, 224); c.set(43, 151); c.set(61, 133); b.or(c); b.flip(8, 22); b.andNot(c); b.set(27, 287, true); b.flip(127); b.clear(8, 53); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(83) + " " + b.nextClearBit(83) + " " + b.previousSetBit(83) + " " + b.previousClearBit(83) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286} 287 384 233 -2145387733 true 83 127 83 52 5 36",
        ),
    ),
    (
        "random_48",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(69, 237); c.set(37, 296); c.set(24, 235); b.clear(6, 79); b.set(69, 171); b.and(c); b.andNot(c); b.and(c); b.clear(146); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(116) + " " + b.nextClearBit(116) + " " + b.previousSetBit(116) + " " + b.previousClearBit(116) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 192 0 1234 false -1 116 -1 116 0 0"),
    ),
    (
        "random_49",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(31, 108); b.set(242); b.clear(); b.andNot(c); b.set(22, 198); b.and(c); b.andNot(c); b.set(30); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(10) + " " + b.nextClearBit(10) + " " + b.previousSetBit(10) + " " + b.previousClearBit(10) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{30} 31 256 1 1073743058 false 30 10 -1 10 1 4"),
    ),
    (
        "random_50",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(40, 131); c.set(97, 353); c.set(24, 303); c.set(6, 211); b.set(14); b.clear(57); b.set(66, 68); b.flip(65, 70); b.set(171); b.xor(c); b.flip(133, 158); b.flip(20); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(38) + " " + b.nextClearBit(38) + " " + b.previousSetBit(38) + " " + b.previousClearBit(38) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352} 353 512 316 1074814172 true 38 65 38 20 6 45",
        ),
    ),
    (
        "random_51",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(88, 356); c.set(7, 263); c.set(108, 232); c.set(13, 306); b.and(c); b.or(c); b.andNot(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(92) + " " + b.nextClearBit(92) + " " + b.previousSetBit(92) + " " + b.previousClearBit(92) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 384 0 1234 false -1 92 -1 92 0 0"),
    ),
    (
        "random_52",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(106, 189); b.or(c); b.and(c); b.flip(29); b.clear(12); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(20) + " " + b.nextClearBit(20) + " " + b.previousSetBit(20) + " " + b.previousClearBit(20) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{29, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188} 189 192 84 2147482832 true 29 20 -1 20 3 24",
        ),
    ),
    (
        "random_53",
        'BitSet b = new BitSet(47); BitSet c = new BitSet(); c.set(27, 197); b.and(c); b.clear(34, 100); b.flip(46); b.and(c); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(215) + " " + b.nextClearBit(215) + " " + b.previousSetBit(215) + " " + b.previousClearBit(215) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196} 197 256 169 134200146 true -1 215 196 215 4 25",
        ),
    ),
    (
        "random_54",
        'BitSet b = new BitSet(350); BitSet c = new BitSet(); c.set(5, 162); c.set(49, 153); c.set(8, 208); c.set(19, 304); b.flip(70, 234); b.clear(191); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(103) + " " + b.nextClearBit(103) + " " + b.previousSetBit(103) + " " + b.previousClearBit(103) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233} 234 384 163 2147480748 true 103 191 103 69 4 30",
        ),
    ),
    (
        "random_55",
        'BitSet b = new BitSet(264); BitSet c = new BitSet(); c.set(53, 188); c.set(117, 329); b.andNot(c); b.flip(91); b.clear(78, 150); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(128) + " " + b.nextClearBit(128) + " " + b.previousSetBit(128) + " " + b.previousClearBit(128) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{} 0 320 0 1234 false -1 128 -1 128 0 0"),
    ),
    (
        "random_56",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(81, 96); c.set(113, 105); b.set(179); b.and(c); b.flip(17); b.and(c); b.flip(152); b.andNot(c); b.xor(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(147) + " " + b.nextClearBit(147) + " " + b.previousSetBit(147) + " " + b.previousClearBit(147) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("index_out_of_bounds_exception", "fromIndex: 113 > toIndex: 105"),
    ),
    (
        "random_57",
        'BitSet b = new BitSet(); BitSet c = new BitSet(); c.set(47, 306); b.set(65, 265); b.set(6, 56, false); b.andNot(c); b.xor(c); b.flip(13); b.and(c); b.or(c); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(48) + " " + b.nextClearBit(48) + " " + b.previousSetBit(48) + " " + b.previousClearBit(48) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305} 306 320 259 1279190 true 48 306 48 46 5 39",
        ),
    ),
    (
        "random_58",
        'BitSet b = new BitSet(178); BitSet c = new BitSet(); c.set(26, 174); c.set(68, 250); b.clear(11); b.flip(132); b.flip(233); b.flip(143); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(71) + " " + b.nextClearBit(71) + " " + b.previousSetBit(71) + " " + b.previousClearBit(71) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        ("ok", "{132, 143, 233} 234 384 3 101602 true 132 71 -1 71 4 30"),
    ),
    (
        "random_59",
        'BitSet b = new BitSet(198); BitSet c = new BitSet(); c.set(28, 139); b.xor(c); b.flip(43, 43); b.set(83, 102, false); b.set(57); b.and(c); b.set(43, 136); b.flip(114); return b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.hashCode() + " " + b.intersects(c) + " " + b.nextSetBit(79) + " " + b.nextClearBit(79) + " " + b.previousSetBit(79) + " " + b.previousClearBit(79) + " " + b.toLongArray().length + " " + b.toByteArray().length;',
        (
            "ok",
            "{28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138} 139 256 110 267906257 true 79 114 79 27 3 18",
        ),
    ),
]

PAINLESS_CASES = [
    (
        "bad_boxing_cast_typed",
        "BitSet bs = new BitSet(); bs.and(2); return bs;",
        (CCE, "Cannot cast from [int] to [java.util.BitSet]."),
    ),
    (
        "bad_boxing_cast_def",
        "def bs = new BitSet(); bs.and(2); return bs;",
        (
            CCE,
            "class java.lang.Integer cannot be cast to class java.util.BitSet (java.lang.Integer and "
            "java.util.BitSet are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "no_get_typed",
        "BitSet b = new BitSet(); return b.get(1);",
        (IAE, "member method [java.util.BitSet, get/1] not found"),
    ),
    (
        "no_get_def",
        "def b = new BitSet(); return b.get(1);",
        (IAE, "dynamic method [java.util.BitSet, get/1] not found"),
    ),
    (
        "no_stream",
        "def b = new BitSet(); return b.stream();",
        (IAE, "dynamic method [java.util.BitSet, stream/0] not found"),
    ),
    (
        "set_two_is_a_range_typed",
        "BitSet b = new BitSet(); b.set(1, true); return b;",
        (CCE, "Cannot cast from [boolean] to [int]."),
    ),
    (
        "set_two_is_a_range_def",
        "def b = new BitSet(); b.set(1, true); return b;",
        (
            CCE,
            "class java.lang.Boolean cannot be cast to class java.lang.Integer (java.lang.Boolean and "
            "java.lang.Integer are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "def_equals_operator",
        "def a = new BitSet(); def b = new BitSet(64); a.set(3); b.set(3); return a == b;",
        ("ok", "true"),
    ),
    (
        "clone_is_def",
        "BitSet b = new BitSet(); b.set(2); def c = b.clone(); c.set(5); return b + ' ' + c;",
        ("ok", "{2} {2, 5}"),
    ),
    (
        "value_of_typed_array",
        "long[] words = new long[] {6L}; BitSet b = BitSet.valueOf(words); words[0] = 0L; return b;",
        ("ok", "{1, 2}"),
    ),
    ("length_field", "BitSet b = new BitSet(); b.set(9); return b.empty;", ("ok", "false")),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in JDK_CASES], ids=[c[0] for c in JDK_CASES])
def test_jdk(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PAINLESS_CASES], ids=[c[0] for c in PAINLESS_CASES]
)
def test_painless(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
