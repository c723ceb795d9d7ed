"""Int/Long/DoubleSummaryStatistics (api_summary_stats) against the JDK.

JDK_CASES: each body is a Painless function body that is also valid Java (raw types); the same
statements were compiled into one Java class and run on Temurin 25, printing String.valueOf(result)
or the exception's class and message. Expected values are those outputs, frozen here: ("ok", text)
or (Elasticsearch's error type for the exception class, message). The random rows were generated
once (doubles of every magnitude, so the compensated sum and `%f`'s HALF_UP rounding of the
shortest digits are exercised) and then frozen with the JDK's answers.

PAINLESS_CASES: what only Painless shows (the allowlist in java.util.txt: no members beyond it,
accept/1 from the Int/Long/DoubleConsumer each class implements; def dispatch; argument casts).
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome

CCE = "class_cast_exception"
IAE = "illegal_argument_exception"

JDK_CASES = [
    (
        "double_empty_to_string",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); return s.toString();",
        (
            "ok",
            "DoubleSummaryStatistics{count=0, sum=0.000000, min=Infinity, average=0.000000, max=-Infinity}",
        ),
    ),
    (
        "double_empty_getters",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); return s.getCount() + " " + s.getSum() + " " + s.getMin() + " " + s.getMax() + " " + s.getAverage();',
        ("ok", "0 0.0 Infinity -Infinity 0.0"),
    ),
    (
        "double_combine_null",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.combine(null); return s;",
        ("null_pointer_exception", 'Cannot read field "count" because "other" is null'),
    ),
    (
        "double_combine_self",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(2); s.accept(5); s.combine(s); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=4, sum=14.000000, min=2.000000, average=3.500000, max=5.000000}",
        ),
    ),
    (
        "double_combine_empty",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(7); s.combine(t); t.combine(s); return s + " " + t;',
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=7.000000, min=7.000000, average=7.000000, max=7.000000} DoubleSummaryStatistics{count=1, sum=7.000000, min=7.000000, average=7.000000, max=7.000000}",
        ),
    ),
    (
        "double_equals_identity",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); return s.equals(t) + " " + s.equals(s);',
        ("ok", "false true"),
    ),
    (
        "double_one",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-3); return s + " " + s.getAverage();',
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=-3.000000, min=-3.000000, average=-3.000000, max=-3.000000} -3.0",
        ),
    ),
    (
        "int_empty_to_string",
        "IntSummaryStatistics s = new IntSummaryStatistics(); return s.toString();",
        ("ok", "IntSummaryStatistics{count=0, sum=0, min=2147483647, average=0.000000, max=-2147483648}"),
    ),
    (
        "int_empty_getters",
        'IntSummaryStatistics s = new IntSummaryStatistics(); return s.getCount() + " " + s.getSum() + " " + s.getMin() + " " + s.getMax() + " " + s.getAverage();',
        ("ok", "0 0 2147483647 -2147483648 0.0"),
    ),
    (
        "int_combine_null",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.combine(null); return s;",
        ("null_pointer_exception", 'Cannot read field "count" because "other" is null'),
    ),
    (
        "int_combine_self",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(2); s.accept(5); s.combine(s); return s;",
        ("ok", "IntSummaryStatistics{count=4, sum=14, min=2, average=3.500000, max=5}"),
    ),
    (
        "int_combine_empty",
        'IntSummaryStatistics s = new IntSummaryStatistics(); IntSummaryStatistics t = new IntSummaryStatistics(); s.accept(7); s.combine(t); t.combine(s); return s + " " + t;',
        (
            "ok",
            "IntSummaryStatistics{count=1, sum=7, min=7, average=7.000000, max=7} IntSummaryStatistics{count=1, sum=7, min=7, average=7.000000, max=7}",
        ),
    ),
    (
        "int_equals_identity",
        'IntSummaryStatistics s = new IntSummaryStatistics(); IntSummaryStatistics t = new IntSummaryStatistics(); return s.equals(t) + " " + s.equals(s);',
        ("ok", "false true"),
    ),
    (
        "int_one",
        'IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(-3); return s + " " + s.getAverage();',
        ("ok", "IntSummaryStatistics{count=1, sum=-3, min=-3, average=-3.000000, max=-3} -3.0"),
    ),
    (
        "long_empty_to_string",
        "LongSummaryStatistics s = new LongSummaryStatistics(); return s.toString();",
        (
            "ok",
            "LongSummaryStatistics{count=0, sum=0, min=9223372036854775807, average=0.000000, max=-9223372036854775808}",
        ),
    ),
    (
        "long_empty_getters",
        'LongSummaryStatistics s = new LongSummaryStatistics(); return s.getCount() + " " + s.getSum() + " " + s.getMin() + " " + s.getMax() + " " + s.getAverage();',
        ("ok", "0 0 9223372036854775807 -9223372036854775808 0.0"),
    ),
    (
        "long_combine_null",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.combine(null); return s;",
        ("null_pointer_exception", 'Cannot read field "count" because "other" is null'),
    ),
    (
        "long_combine_self",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(2); s.accept(5); s.combine(s); return s;",
        ("ok", "LongSummaryStatistics{count=4, sum=14, min=2, average=3.500000, max=5}"),
    ),
    (
        "long_combine_empty",
        'LongSummaryStatistics s = new LongSummaryStatistics(); LongSummaryStatistics t = new LongSummaryStatistics(); s.accept(7); s.combine(t); t.combine(s); return s + " " + t;',
        (
            "ok",
            "LongSummaryStatistics{count=1, sum=7, min=7, average=7.000000, max=7} LongSummaryStatistics{count=1, sum=7, min=7, average=7.000000, max=7}",
        ),
    ),
    (
        "long_equals_identity",
        'LongSummaryStatistics s = new LongSummaryStatistics(); LongSummaryStatistics t = new LongSummaryStatistics(); return s.equals(t) + " " + s.equals(s);',
        ("ok", "false true"),
    ),
    (
        "long_one",
        'LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(-3); return s + " " + s.getAverage();',
        ("ok", "LongSummaryStatistics{count=1, sum=-3, min=-3, average=-3.000000, max=-3} -3.0"),
    ),
    (
        "int_overflow_sum",
        'IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(Integer.MAX_VALUE); s.accept(Integer.MAX_VALUE); s.accept(Integer.MIN_VALUE); return s + " " + s.getSum();',
        (
            "ok",
            "IntSummaryStatistics{count=3, sum=2147483646, min=-2147483648, average=715827882.000000, max=2147483647} 2147483646",
        ),
    ),
    (
        "int_average_rounding",
        'IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(1); s.accept(2); s.accept(2); return s.getAverage() + " " + s;',
        ("ok", "1.6666666666666667 IntSummaryStatistics{count=3, sum=5, min=1, average=1.666667, max=2}"),
    ),
    (
        "long_overflow_sum",
        'LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(Long.MAX_VALUE); s.accept(1L); return s + " " + s.getSum() + " " + s.getAverage();',
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=-9223372036854775808, min=1, average=-4611686018427388000.000000, max=9223372036854775807} -9223372036854775808 -4.611686018427388E18",
        ),
    ),
    (
        "long_accept_int",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(5); s.accept(3000000000L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=3000000005, min=5, average=1500000002.500000, max=3000000000}",
        ),
    ),
    (
        "long_extremes",
        'LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(Long.MIN_VALUE); s.accept(Long.MAX_VALUE); return s + " " + s.getAverage();',
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=-1, min=-9223372036854775808, average=-0.500000, max=9223372036854775807} -0.5",
        ),
    ),
    (
        "double_nan",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1.0); s.accept(Double.NaN); s.accept(2.0); return s;",
        ("ok", "DoubleSummaryStatistics{count=3, sum=NaN, min=NaN, average=NaN, max=NaN}"),
    ),
    (
        "double_inf",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(Double.POSITIVE_INFINITY); s.accept(1.0); return s + " " + s.getSum();',
        (
            "ok",
            "DoubleSummaryStatistics{count=2, sum=Infinity, min=1.000000, average=Infinity, max=Infinity} Infinity",
        ),
    ),
    (
        "double_inf_both",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(Double.POSITIVE_INFINITY); s.accept(Double.NEGATIVE_INFINITY); return s + " " + s.getSum();',
        ("ok", "DoubleSummaryStatistics{count=2, sum=NaN, min=-Infinity, average=NaN, max=Infinity} NaN"),
    ),
    (
        "double_inf_twice",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(Double.POSITIVE_INFINITY); s.accept(Double.POSITIVE_INFINITY); return s.getSum() + " " + s.getAverage();',
        ("ok", "Infinity Infinity"),
    ),
    (
        "double_neg_zero",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.0); s.accept(-0.0); return s.getMin() + " " + s.getMax() + " " + s.getSum() + " " + s;',
        (
            "ok",
            "-0.0 0.0 0.0 DoubleSummaryStatistics{count=2, sum=0.000000, min=-0.000000, average=0.000000, max=0.000000}",
        ),
    ),
    (
        "double_only_neg_zero",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-0.0); return s.getSum() + " " + s;',
        (
            "ok",
            "0.0 DoubleSummaryStatistics{count=1, sum=0.000000, min=-0.000000, average=0.000000, max=-0.000000}",
        ),
    ),
    (
        "double_tenths",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); for (int i = 0; i < 10; i++) { s.accept(0.1); } return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "1.0 0.1 DoubleSummaryStatistics{count=10, sum=1.000000, min=0.100000, average=0.100000, max=0.100000}",
        ),
    ),
    (
        "double_kahan",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e16); for (int i = 0; i < 10; i++) { s.accept(1.0); } s.accept(-1e16); return s.getSum() + " " + s;',
        (
            "ok",
            "10.0 DoubleSummaryStatistics{count=12, sum=10.000000, min=-10000000000000000.000000, average=0.833333, max=10000000000000000.000000}",
        ),
    ),
    (
        "double_combine_comp",
        'DoubleSummaryStatistics a = new DoubleSummaryStatistics(); DoubleSummaryStatistics b = new DoubleSummaryStatistics(); for (int i = 0; i < 7; i++) { a.accept(0.1); b.accept(1e15 + 0.3); } a.combine(b); return a.getSum() + " " + b.getSum() + " " + a;',
        (
            "ok",
            "7.000000000000003E15 7.000000000000002E15 DoubleSummaryStatistics{count=14, sum=7000000000000003.000000, min=0.100000, average=500000000000000.200000, max=1000000000000000.200000}",
        ),
    ),
    (
        "double_combine_nan_inf",
        'DoubleSummaryStatistics a = new DoubleSummaryStatistics(); DoubleSummaryStatistics b = new DoubleSummaryStatistics(); a.accept(Double.POSITIVE_INFINITY); b.accept(Double.NEGATIVE_INFINITY); a.combine(b); return a.getSum() + " " + a;',
        ("ok", "NaN DoubleSummaryStatistics{count=2, sum=NaN, min=-Infinity, average=NaN, max=Infinity}"),
    ),
    (
        "double_accept_int",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(3); s.accept(4L); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=2, sum=7.000000, min=3.000000, average=3.500000, max=4.000000}",
        ),
    ),
    (
        "double_format_0",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.0000005); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000001, min=0.000001, average=0.000001, max=0.000001}",
        ),
    ),
    (
        "double_format_1",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.0000015); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000002, min=0.000002, average=0.000002, max=0.000002}",
        ),
    ),
    (
        "double_format_2",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.0000025); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000003, min=0.000003, average=0.000003, max=0.000003}",
        ),
    ),
    (
        "double_format_3",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1.0000005); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=1.000001, min=1.000001, average=1.000001, max=1.000001}",
        ),
    ),
    (
        "double_format_4",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(2.5e-7); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000000, min=0.000000, average=0.000000, max=0.000000}",
        ),
    ),
    (
        "double_format_5",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(4.9999999e-7); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000000, min=0.000000, average=0.000000, max=0.000000}",
        ),
    ),
    (
        "double_format_6",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e20); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=100000000000000000000.000000, min=100000000000000000000.000000, average=100000000000000000000.000000, max=100000000000000000000.000000}",
        ),
    ),
    (
        "double_format_7",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e23); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=100000000000000000000000.000000, min=100000000000000000000000.000000, average=100000000000000000000000.000000, max=100000000000000000000000.000000}",
        ),
    ),
    (
        "double_format_8",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(123456789.123456789); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=123456789.123457, min=123456789.123457, average=123456789.123457, max=123456789.123457}",
        ),
    ),
    (
        "double_format_9",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-0.0000004); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=-0.000000, min=-0.000000, average=-0.000000, max=-0.000000}",
        ),
    ),
    (
        "double_format_10",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-0.0000005); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=-0.000001, min=-0.000001, average=-0.000001, max=-0.000001}",
        ),
    ),
    (
        "double_format_11",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(9.9999995); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=10.000000, min=10.000000, average=10.000000, max=10.000000}",
        ),
    ),
    (
        "double_format_12",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1.7976931348623157E308); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.000000, min=179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.000000, average=179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.000000, max=179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.000000}",
        ),
    ),
    (
        "double_format_13",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(4.9E-324); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.000000, min=0.000000, average=0.000000, max=0.000000}",
        ),
    ),
    (
        "double_format_14",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.1234565); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.123457, min=0.123457, average=0.123457, max=0.123457}",
        ),
    ),
    (
        "double_format_15",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.1234575); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=0.123458, min=0.123458, average=0.123458, max=0.123458}",
        ),
    ),
    (
        "double_format_16",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1234.5678905); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=1234.567891, min=1234.567891, average=1234.567891, max=1234.567891}",
        ),
    ),
    (
        "stream_int",
        "return IntStream.range(0, 10).summaryStatistics();",
        ("ok", "IntSummaryStatistics{count=10, sum=45, min=0, average=4.500000, max=9}"),
    ),
    (
        "stream_int_empty",
        "return IntStream.range(0, 0).summaryStatistics();",
        ("ok", "IntSummaryStatistics{count=0, sum=0, min=2147483647, average=0.000000, max=-2147483648}"),
    ),
    (
        "stream_long",
        "return LongStream.rangeClosed(1L, 100L).summaryStatistics();",
        ("ok", "LongSummaryStatistics{count=100, sum=5050, min=1, average=50.500000, max=100}"),
    ),
    (
        "stream_double",
        "return DoubleStream.of(new double[] {1.5, 2.25, -3.0}).summaryStatistics();",
        (
            "ok",
            "DoubleSummaryStatistics{count=3, sum=0.750000, min=-3.000000, average=0.250000, max=2.250000}",
        ),
    ),
    (
        "stream_double_getters",
        'DoubleSummaryStatistics s = DoubleStream.of(new double[] {1.5, 2.25, -3.0}).summaryStatistics(); return s.getMin() + " " + s.getMax() + " " + s.getCount();',
        ("ok", "-3.0 2.25 3"),
    ),
    (
        "collect_int",
        "return IntStream.range(1, 6).boxed().collect(Collectors.summarizingInt(x -> x * 2));",
        ("ok", "IntSummaryStatistics{count=5, sum=30, min=2, average=6.000000, max=10}"),
    ),
    (
        "collect_long",
        "return IntStream.range(1, 6).boxed().collect(Collectors.summarizingLong(x -> x * 3000000000L));",
        (
            "ok",
            "LongSummaryStatistics{count=5, sum=45000000000, min=3000000000, average=9000000000.000000, max=15000000000}",
        ),
    ),
    (
        "collect_double",
        "return IntStream.range(1, 6).boxed().collect(Collectors.summarizingDouble(x -> x / 3.0));",
        (
            "ok",
            "DoubleSummaryStatistics{count=5, sum=5.000000, min=0.333333, average=1.000000, max=1.666667}",
        ),
    ),
    (
        "for_each_consumer",
        "IntSummaryStatistics s = new IntSummaryStatistics(); IntStream.range(3, 8).forEach(s); return s;",
        ("ok", "IntSummaryStatistics{count=5, sum=25, min=3, average=5.000000, max=7}"),
    ),
    (
        "double_for_each_consumer",
        "DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleStream.of(new double[] {0.5, 0.25}).forEach(s); return s;",
        (
            "ok",
            "DoubleSummaryStatistics{count=2, sum=0.750000, min=0.250000, average=0.375000, max=0.500000}",
        ),
    ),
    (
        "double_random_0",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-1e+16); s.accept(-0.0848091); s.accept(-2.686221661748289e-08); s.accept(1e-07); s.accept(-132.7); s.accept(102.0); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-1.000000000000003E16 -1.6666666666666718E15 DoubleSummaryStatistics{count=6, sum=-10000000000000030.000000, min=-10000000000000000.000000, average=-1666666666666671.800000, max=102.000000}",
        ),
    ),
    (
        "double_random_1",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-554.0); s.accept(-0.02066390506984397); s.accept(716.9369); s.accept(813717710.6428494); s.accept(0.0006322527182400628); s.accept(142.409); s.accept(9.548893141911562e-08); s.accept(2380191.8634710773); s.accept(-0.0103274); s.accept(171123.72701527746); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "8.162693315488768E8 8.162693315488768E7 DoubleSummaryStatistics{count=10, sum=816269331.548877, min=-554.000000, average=81626933.154888, max=813717710.642849}",
        ),
    ),
    (
        "double_random_2",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(588.759); s.accept(-399.5017629); s.accept(3.0); s.accept(960.3); s.accept(-67.00757927128535); s.accept(-22.0); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "1063.5496578287145 177.25827630478577 DoubleSummaryStatistics{count=6, sum=1063.549658, min=-399.501763, average=177.258276, max=960.300000}",
        ),
    ),
    (
        "double_random_3",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(116.15151); s.accept(-2996432.245616634); s.accept(-8.758933739717389e+16); s.accept(-460.1); s.accept(402.9840426); s.accept(-228.41712); s.accept(-76.61); s.accept(3534.9); s.accept(-425.136); s.accept(8336324.523601228); s.accept(-101.6251981); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-8.758933739183123E16 -7.962667035621021E15 DoubleSummaryStatistics{count=11, sum=-87589337391831230.000000, min=-87589337397173890.000000, average=-7962667035621021.000000, max=8336324.523601}",
        ),
    ),
    (
        "double_random_4",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-1e+16); s.accept(5e-07); s.accept(-0.247603); s.accept(1e-07); s.accept(-647.565); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-1.0000000000000648E16 -2.0000000000001295E15 DoubleSummaryStatistics{count=5, sum=-10000000000000648.000000, min=-10000000000000000.000000, average=-2000000000000129.500000, max=0.000001}",
        ),
    ),
    (
        "double_random_5",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-30.07); s.accept(-991.812793); s.accept(21.962487051399382); s.accept(0.1); s.accept(7419590023155.434); s.accept(-17.7122); s.accept(-792925812579.3514); s.accept(-0.006187809248663843); s.accept(-78014338999.90671); s.accept(-999.53); s.accept(89789751713.88672); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "6.638439621272993E12 6.034945110248175E11 DoubleSummaryStatistics{count=11, sum=6638439621272.993000, min=-792925812579.351400, average=603494511024.817500, max=7419590023155.434000}",
        ),
    ),
    (
        "double_random_6",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-584.094634); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-584.094634 -584.094634 DoubleSummaryStatistics{count=1, sum=-584.094634, min=-584.094634, average=-584.094634, max=-584.094634}",
        ),
    ),
    (
        "double_random_7",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-2.71472); s.accept(-7543155.384756101); s.accept(3.0); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-7543155.099476101 -2514385.0331587004 DoubleSummaryStatistics{count=3, sum=-7543155.099476, min=-7543155.384756, average=-2514385.033159, max=3.000000}",
        ),
    ),
    (
        "double_random_8",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-8.282306768876689e-06); s.accept(552.629); s.accept(38411353.76906186); s.accept(901.97114575); s.accept(3.801351717587176e-09); s.accept(-0.374861); s.accept(5e-07); s.accept(816.5170873260801); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "3.841362451142616E7 4801703.06392827 DoubleSummaryStatistics{count=8, sum=38413624.511426, min=-0.374861, average=4801703.063928, max=38411353.769062}",
        ),
    ),
    (
        "double_random_9",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(55.810978267635434); s.accept(0.0286032); s.accept(0.0590317); s.accept(-521.22465); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-465.3260368323646 -116.33150920809115 DoubleSummaryStatistics{count=4, sum=-465.326037, min=-521.224650, average=-116.331509, max=55.810978}",
        ),
    ),
    (
        "double_random_10",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e-07); s.accept(-2.8887491329008364e-09); s.accept(5e-07); s.accept(-61271010797.43813); s.accept(3.0); s.accept(1e+16); s.accept(1e+16); s.accept(-795.6857051); s.accept(-591.0); s.accept(3.0595608568201804e+16); s.accept(0.750385); s.accept(-222.929); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "5.05955472971894E16 4.2162956080991165E15 DoubleSummaryStatistics{count=12, sum=50595547297189400.000000, min=-61271010797.438130, average=4216295608099116.500000, max=30595608568201804.000000}",
        ),
    ),
    (
        "double_random_11",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-1e+16); s.accept(-30266.1); s.accept(-1e+16); s.accept(4.867054216086417e-07); s.accept(-6434.77); s.accept(181.6246048); s.accept(0.3); s.accept(24.963); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-2.0000000000036492E16 -2.5000000000045615E15 DoubleSummaryStatistics{count=8, sum=-20000000000036492.000000, min=-10000000000000000.000000, average=-2500000000004561.500000, max=181.624605}",
        ),
    ),
    (
        "double_random_12",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.3); s.accept(-7.3803229598109925e-09); s.accept(0.523308); s.accept(498.99); s.accept(7.434858559788082e+17); s.accept(0.1); s.accept(-414.067); s.accept(-316.351); s.accept(6.683899928789388e-08); s.accept(1e+16); s.accept(-1e+16); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "7.434858559788079E17 6.758962327080072E16 DoubleSummaryStatistics{count=11, sum=743485855978807900.000000, min=-10000000000000000.000000, average=67589623270800720.000000, max=743485855978808200.000000}",
        ),
    ),
    (
        "double_random_13",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-696.32723147); s.accept(-119.75); s.accept(0.0627471); s.accept(-716.9); s.accept(-34803569.79022718); s.accept(-350259723622730.06); s.accept(120.592); s.accept(-915.6); s.accept(1234587733129524.0); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "8.843279747008962E14 9.825866385565514E13 DoubleSummaryStatistics{count=9, sum=884327974700896.200000, min=-350259723622730.060000, average=98258663855655.140000, max=1234587733129524.000000}",
        ),
    ),
    (
        "double_random_14",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(22505576.868892074); s.accept(-0.581822); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "2.2505576287070073E7 1.1252788143535037E7 DoubleSummaryStatistics{count=2, sum=22505576.287070, min=-0.581822, average=11252788.143535, max=22505576.868892}",
        ),
    ),
    (
        "double_random_15",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(665708.7515834181); s.accept(-50468840.15319069); s.accept(5e-07); s.accept(1e-07); s.accept(0.3); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-4.980313110160667E7 -9960626.220321333 DoubleSummaryStatistics{count=5, sum=-49803131.101607, min=-50468840.153191, average=-9960626.220321, max=665708.751583}",
        ),
    ),
    (
        "double_random_16",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-115.8); s.accept(-10170.9); s.accept(-394.4); s.accept(0.3); s.accept(1e+16); s.accept(765.6656673); s.accept(905.008258); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "9.99999999999099E15 1.4285714285701415E15 DoubleSummaryStatistics{count=7, sum=9999999999990990.000000, min=-10170.900000, average=1428571428570141.500000, max=10000000000000000.000000}",
        ),
    ),
    (
        "double_random_17",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(335.666); s.accept(-136.956364); s.accept(-157.44705206536258); s.accept(4.443016702823714e-09); s.accept(-8265846311363.445); s.accept(-337.0042); s.accept(-8.714184148184963e+16); s.accept(752.8); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-8.715010732816054E16 -1.0893763416020068E16 DoubleSummaryStatistics{count=8, sum=-87150107328160540.000000, min=-87141841481849630.000000, average=-10893763416020068.000000, max=752.800000}",
        ),
    ),
    (
        "double_random_18",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(811.8); s.accept(-740.888881); s.accept(5e-07); s.accept(7319778.083520379); s.accept(4.008348930932357e-07); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "7319848.99464028 1463969.798928056 DoubleSummaryStatistics{count=5, sum=7319848.994640, min=-740.888881, average=1463969.798928, max=7319778.083520}",
        ),
    ),
    (
        "double_random_19",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(376.411143); s.accept(5e-07); s.accept(0.2); s.accept(0.2); s.accept(-53357.7); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-52980.888856499994 -10596.1777713 DoubleSummaryStatistics{count=5, sum=-52980.888856, min=-53357.700000, average=-10596.177771, max=376.411143}",
        ),
    ),
    (
        "double_random_20",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(3.0); s.accept(988.611781); s.accept(5e-07); s.accept(-9.09392); s.accept(96739.2); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "97721.7178615 19544.3435723 DoubleSummaryStatistics{count=5, sum=97721.717862, min=-9.093920, average=19544.343572, max=96739.200000}",
        ),
    ),
    (
        "double_random_21",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-637.7081); s.accept(0.0113767); s.accept(-108.63); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-746.3267232999999 -248.7755744333333 DoubleSummaryStatistics{count=3, sum=-746.326723, min=-637.708100, average=-248.775574, max=0.011377}",
        ),
    ),
    (
        "double_random_22",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-0.9636737854108366); s.accept(-963.1322066); s.accept(-6210870.070124432); s.accept(-105.888902); s.accept(0.0144848); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-6211940.040422018 -1242388.0080844036 DoubleSummaryStatistics{count=5, sum=-6211940.040422, min=-6210870.070124, average=-1242388.008084, max=0.014485}",
        ),
    ),
    (
        "double_random_23",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(5e-07); s.accept(-518.565); s.accept(763.86); s.accept(-3.048956396895359e-08); s.accept(0.1); s.accept(481.7784); s.accept(-8891978251265.756); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-8.891978250538582E12 -1.2702826072197974E12 DoubleSummaryStatistics{count=7, sum=-8891978250538.582000, min=-8891978251265.756000, average=-1270282607219.797400, max=763.860000}",
        ),
    ),
    (
        "double_random_24",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(5e-07); s.accept(3.8537103374389535e-08); s.accept(-684934.1203415886); s.accept(-271.7173); s.accept(1e+16); s.accept(931.3335); s.accept(-634.08422); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "9.999999999315092E15 1.4285714284735845E15 DoubleSummaryStatistics{count=7, sum=9999999999315092.000000, min=-684934.120342, average=1428571428473584.500000, max=10000000000000000.000000}",
        ),
    ),
    (
        "double_random_25",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-442.142); s.accept(552.5); s.accept(-820.493204); s.accept(-2.120427187905589); s.accept(-5343808668.183878); s.accept(0.3); s.accept(0.0501547); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-5.3438093800893545E9 -7.634013400127649E8 DoubleSummaryStatistics{count=7, sum=-5343809380.089355, min=-5343808668.183878, average=-763401340.012765, max=552.500000}",
        ),
    ),
    (
        "double_random_26",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-3477304.91747301); s.accept(448.31); s.accept(670.57908647); s.accept(0.538999); s.accept(0.3); s.accept(0.1); s.accept(1e-07); s.accept(-916.2758); s.accept(-1e+16); s.accept(0.1); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-1.0000000003477102E16 -1.0000000003477102E15 DoubleSummaryStatistics{count=10, sum=-10000000003477102.000000, min=-10000000000000000.000000, average=-1000000000347710.200000, max=670.579086}",
        ),
    ),
    (
        "double_random_27",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(62.888); s.accept(-9.93371345744304e+16); s.accept(865.00930046); s.accept(51.9803027); s.accept(-851.1); s.accept(512.883); s.accept(-3.4597); s.accept(0.2); s.accept(3673931254047029.0); s.accept(265.586); s.accept(-705.1499); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-9.566320332038317E16 -8.696654847307561E15 DoubleSummaryStatistics{count=11, sum=-95663203320383170.000000, min=-99337134574430400.000000, average=-8696654847307561.000000, max=3673931254047029.000000}",
        ),
    ),
    (
        "double_random_28",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-3.61591); s.accept(-9.75061573350121e-08); s.accept(9.450180183649298e-06); s.accept(41.7061); s.accept(33.0713881); s.accept(534339519.12079537); s.accept(956.2514735); s.accept(-82.05835407); s.accept(3.0); s.accept(-1e+16); s.accept(891.175); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-9.99999946565864E15 -9.090908605144219E14 DoubleSummaryStatistics{count=11, sum=-9999999465658640.000000, min=-10000000000000000.000000, average=-909090860514421.900000, max=534339519.120795}",
        ),
    ),
    (
        "double_random_29",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-71651864.42809378); s.accept(-280.89284699); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-7.165214532094076E7 -3.582607266047038E7 DoubleSummaryStatistics{count=2, sum=-71652145.320941, min=-71651864.428094, average=-35826072.660470, max=-280.892847}",
        ),
    ),
    (
        "double_random_30",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e+16); s.accept(795.4113912); s.accept(-6818694.620789519); s.accept(-149.775); s.accept(-127.205); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "9.999999993181824E15 1.9999999986363648E15 DoubleSummaryStatistics{count=5, sum=9999999993181824.000000, min=-6818694.620790, average=1999999998636364.800000, max=10000000000000000.000000}",
        ),
    ),
    (
        "double_random_31",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(6.804620672959738e-09); s.accept(-3234.547400607051); s.accept(853.0); s.accept(5e-07); s.accept(-870.045298); s.accept(0.2); s.accept(-0.143894497220868); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-3251.536592597467 -464.50522751392384 DoubleSummaryStatistics{count=7, sum=-3251.536593, min=-3234.547401, average=-464.505228, max=853.000000}",
        ),
    ),
    (
        "double_random_32",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-896.765); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-896.765 -896.765 DoubleSummaryStatistics{count=1, sum=-896.765000, min=-896.765000, average=-896.765000, max=-896.765000}",
        ),
    ),
    (
        "double_random_33",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e-07); s.accept(-1e+16); s.accept(-620.3019056739862); s.accept(-10294.9); s.accept(-1e+16); s.accept(1e-07); s.accept(-0.896242); s.accept(2.2982814539474262e-05); s.accept(-39.9778); s.accept(853.55); s.accept(-170.2667); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-2.000000000001027E16 -1.818181818182752E15 DoubleSummaryStatistics{count=11, sum=-20000000000010270.000000, min=-10000000000000000.000000, average=-1818181818182752.000000, max=853.550000}",
        ),
    ),
    (
        "double_random_34",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(477.4906); s.accept(-5226699.516052562); s.accept(-0.00021126444459345172); s.accept(-8423.56); s.accept(623653106.3478557); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "6.184184607621919E8 1.2368369215243837E8 DoubleSummaryStatistics{count=5, sum=618418460.762192, min=-5226699.516053, average=123683692.152438, max=623653106.347856}",
        ),
    ),
    (
        "double_random_35",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-3343314827013746.0); s.accept(-0.0072080787200055575); s.accept(-650.60981599); s.accept(-521.7468); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-3.3433148270149185E15 -8.358287067537296E14 DoubleSummaryStatistics{count=4, sum=-3343314827014918.500000, min=-3343314827013746.000000, average=-835828706753729.600000, max=-0.007208}",
        ),
    ),
    (
        "double_random_36",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(-959.836546); s.accept(0.004916810918475409); s.accept(-3.2359379899336395e-08); s.accept(148.56153678425034); s.accept(6.791); s.accept(793.580268); s.accept(-1.082832152867812); s.accept(0.1); s.accept(-149.6002419); s.accept(3.0); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-158.48189849005826 -15.848189849005825 DoubleSummaryStatistics{count=10, sum=-158.481898, min=-959.836546, average=-15.848190, max=793.580268}",
        ),
    ),
    (
        "double_random_37",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(860.47701429); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "860.47701429 860.47701429 DoubleSummaryStatistics{count=1, sum=860.477014, min=860.477014, average=860.477014, max=860.477014}",
        ),
    ),
    (
        "double_random_38",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(1e-07); s.accept(-5306.57); s.accept(943.8); s.accept(3.0); s.accept(554.0); s.accept(-5.12252); s.accept(5e-07); s.accept(5e-07); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-3810.8925188999997 -476.36156486249996 DoubleSummaryStatistics{count=8, sum=-3810.892519, min=-5306.570000, average=-476.361565, max=943.800000}",
        ),
    ),
    (
        "double_random_39",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); s.accept(0.0465032); s.accept(-859.29618328); s.accept(1e-07); s.accept(-55283393277.992035); s.accept(74.9526367); s.accept(-367.286); s.accept(-0.05304638065844443); s.accept(-176.3797); s.accept(-611.76955); return s.getSum() + " " + s.getAverage() + " " + s;',
        (
            "ok",
            "-5.5283395217777374E10 -6.142599468641931E9 DoubleSummaryStatistics{count=9, sum=-55283395217.777374, min=-55283393277.992035, average=-6142599468.641931, max=74.952637}",
        ),
    ),
    (
        "double_random_combine_0",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(334.7101); t.accept(39164557066636.62); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "3.916455706697133E13 DoubleSummaryStatistics{count=2, sum=39164557066971.330000, min=334.710100, average=19582278533485.664000, max=39164557066636.620000}",
        ),
    ),
    (
        "double_random_combine_1",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(-2.072835833120401e-09); s.accept(0.0550066); s.accept(-0.005895628259227335); s.accept(0.06400089888860772); t.accept(520.9415); t.accept(247.19); t.accept(3.0); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "771.2446118685566 DoubleSummaryStatistics{count=7, sum=771.244612, min=-0.005896, average=110.177802, max=520.941500}",
        ),
    ),
    (
        "double_random_combine_2",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(0.1); s.accept(0.3); s.accept(0.1); s.accept(948.24); t.accept(-879.729492); t.accept(42.406949227427894); t.accept(-8335.68); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-8224.262542772572 DoubleSummaryStatistics{count=7, sum=-8224.262543, min=-8335.680000, average=-1174.894649, max=948.240000}",
        ),
    ),
    (
        "double_random_combine_3",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(304.93649745); s.accept(-933.115); s.accept(-0.0205978); t.accept(3.0); t.accept(-994.2586); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-1619.45770035 DoubleSummaryStatistics{count=5, sum=-1619.457700, min=-994.258600, average=-323.891540, max=304.936497}",
        ),
    ),
    (
        "double_random_combine_4",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(9.110296649511554e-06); t.accept(1e-07); t.accept(5.374641689892652); t.accept(-1e+16); t.accept(410.513); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-9.999999999999584E15 DoubleSummaryStatistics{count=5, sum=-9999999999999584.000000, min=-10000000000000000.000000, average=-1999999999999916.800000, max=410.513000}",
        ),
    ),
    (
        "double_random_combine_5",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(-10.730500231644235); s.accept(7.939867298980703e-09); s.accept(-0.0479879); t.accept(-91.4752); t.accept(-875.0); t.accept(494.57361); t.accept(-33005817297.563557); t.accept(492.87578); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-3.3005817287367855E10 DoubleSummaryStatistics{count=8, sum=-33005817287.367855, min=-33005817297.563557, average=-4125727160.920982, max=494.573610}",
        ),
    ),
    (
        "double_random_combine_6",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(443.1); s.accept(-532.2674795); s.accept(-0.0023265); t.accept(91.584); t.accept(0.3); t.accept(0.3); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "3.014193999999995 DoubleSummaryStatistics{count=6, sum=3.014194, min=-532.267480, average=0.502366, max=443.100000}",
        ),
    ),
    (
        "double_random_combine_7",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(5e-07); t.accept(-6.82669); t.accept(722.4847424); t.accept(5.644972413140086e-07); t.accept(-0.0002166291810142149); t.accept(-871.0); t.accept(8.92332393789046e-05); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-155.3420739314444 DoubleSummaryStatistics{count=7, sum=-155.342074, min=-871.000000, average=-22.191725, max=722.484742}",
        ),
    ),
    (
        "double_random_combine_8",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(0.2); s.accept(-831.8); s.accept(976864.273991751); s.accept(-734.1376779); t.accept(1e-07); t.accept(0.077626); t.accept(-0.07459); t.accept(5e-07); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "975298.5393504511 DoubleSummaryStatistics{count=8, sum=975298.539350, min=-831.800000, average=121912.317419, max=976864.273992}",
        ),
    ),
    (
        "double_random_combine_9",
        'DoubleSummaryStatistics s = new DoubleSummaryStatistics(); DoubleSummaryStatistics t = new DoubleSummaryStatistics(); s.accept(-254057925134055.34); s.accept(-121.2); s.accept(-693.356); t.accept(-496.693); t.accept(-5.372381113523148e+16); s.combine(t); return s.getSum() + " " + s;',
        (
            "ok",
            "-5.397786906036685E16 DoubleSummaryStatistics{count=5, sum=-53977869060366850.000000, min=-53723811135231480.000000, average=-10795573812073370.000000, max=-121.200000}",
        ),
    ),
    (
        "int_random_0",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(658532530); s.accept(-41); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=2, sum=658532489, min=-41, average=329266244.500000, max=658532530}",
        ),
    ),
    (
        "int_random_1",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(-886148539); s.accept(-81); s.accept(54); s.accept(63); s.accept(-6); s.accept(-48); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=6, sum=-886148557, min=-886148539, average=-147691426.166667, max=63}",
        ),
    ),
    (
        "int_random_2",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(73); return s;",
        ("ok", "IntSummaryStatistics{count=1, sum=73, min=73, average=73.000000, max=73}"),
    ),
    (
        "int_random_3",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(519750290); s.accept(-70836749); s.accept(1270639764); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=3, sum=1719553305, min=-70836749, average=573184435.000000, max=1270639764}",
        ),
    ),
    (
        "int_random_4",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(1); s.accept(-87); return s;",
        ("ok", "IntSummaryStatistics{count=2, sum=-86, min=-87, average=-43.000000, max=1}"),
    ),
    (
        "int_random_5",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(-96); s.accept(0); s.accept(-60); s.accept(47); s.accept(-1449359987); s.accept(64); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=6, sum=-1449360032, min=-1449359987, average=-241560005.333333, max=64}",
        ),
    ),
    (
        "int_random_6",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(1834928388); s.accept(-1520904512); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=2, sum=314023876, min=-1520904512, average=157011938.000000, max=1834928388}",
        ),
    ),
    (
        "int_random_7",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(-73); s.accept(-1299907473); s.accept(-87); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=3, sum=-1299907633, min=-1299907473, average=-433302544.333333, max=-73}",
        ),
    ),
    (
        "int_random_8",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(1487567843); s.accept(-90); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=2, sum=1487567753, min=-90, average=743783876.500000, max=1487567843}",
        ),
    ),
    (
        "int_random_9",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(-500035677); s.accept(1706369134); s.accept(-1); return s;",
        (
            "ok",
            "IntSummaryStatistics{count=3, sum=1206333456, min=-500035677, average=402111152.000000, max=1706369134}",
        ),
    ),
    (
        "long_random_0",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(-1474413878532722537L); s.accept(-100L); s.accept(95L); s.accept(-1838359203108561186L); s.accept(-77L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=5, sum=-3312773081641283805, min=-1838359203108561186, average=-662554616328256800.000000, max=95}",
        ),
    ),
    (
        "long_random_1",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(-79L); return s;",
        ("ok", "LongSummaryStatistics{count=1, sum=-79, min=-79, average=-79.000000, max=-79}"),
    ),
    (
        "long_random_2",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(5243353760451532149L); s.accept(5810529801668848980L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=-7392860511589170487, min=5243353760451532149, average=-3696430255794585000.000000, max=5810529801668848980}",
        ),
    ),
    (
        "long_random_3",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(5441344489857854819L); s.accept(56L); s.accept(-35L); s.accept(1695030181658668456L); s.accept(-2356258905921744780L); s.accept(-57L); s.accept(37L); s.accept(-33L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=8, sum=4780115765594778463, min=-2356258905921744780, average=597514470699347300.000000, max=5441344489857854819}",
        ),
    ),
    (
        "long_random_4",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(-6526542131978443255L); s.accept(-4979748268365226383L); s.accept(4558555430442590052L); s.accept(-67L); s.accept(-100L); s.accept(5L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=6, sum=-6947734969901079748, min=-6526542131978443255, average=-1157955828316846600.000000, max=4558555430442590052}",
        ),
    ),
    (
        "long_random_5",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(-462979810045019991L); s.accept(5561744556535606280L); s.accept(-7456087713823122462L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=3, sum=-2357322967332536173, min=-7456087713823122462, average=-785774322444178800.000000, max=5561744556535606280}",
        ),
    ),
    (
        "long_random_6",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(5747461744732037741L); s.accept(54L); s.accept(-8411678618692210733L); s.accept(-5798588555212169063L); s.accept(5144284910762585051L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=5, sum=-3318520518409756950, min=-8411678618692210733, average=-663704103681951500.000000, max=5747461744732037741}",
        ),
    ),
    (
        "long_random_7",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(2611504938119390661L); s.accept(-3516272345613203019L); s.accept(11L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=3, sum=-904767407493812347, min=-3516272345613203019, average=-301589135831270800.000000, max=2611504938119390661}",
        ),
    ),
    (
        "long_random_8",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(2869045402523641572L); s.accept(-7281267651880297126L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=-4412222249356655554, min=-7281267651880297126, average=-2206111124678327800.000000, max=2869045402523641572}",
        ),
    ),
    (
        "long_random_9",
        "LongSummaryStatistics s = new LongSummaryStatistics(); s.accept(75L); s.accept(7271299998989645788L); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=7271299998989645863, min=75, average=3635649999494823000.000000, max=7271299998989645788}",
        ),
    ),
]

PAINLESS_CASES = [
    (
        "def_receiver",
        "def s = new DoubleSummaryStatistics(); s.accept(1); s.accept(2.5); return s.getAverage() + ' ' + s.count + ' ' + s.max;",
        ("ok", "1.75 2 2.5"),
    ),
    (
        "getter_as_field",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(4); return s.sum + ' ' + s.min + ' ' + s.average;",
        ("ok", "4 4 4.0"),
    ),
    (
        "long_accept_widens_int_def",
        "def s = new LongSummaryStatistics(); s.accept(2147483648L); s.accept(3); return s;",
        (
            "ok",
            "LongSummaryStatistics{count=2, sum=2147483651, min=3, average=1073741825.500000, max=2147483648}",
        ),
    ),
    (
        "consumer_typed",
        "DoubleConsumer c = new DoubleSummaryStatistics(); c.accept(2); return c;",
        (
            "ok",
            "DoubleSummaryStatistics{count=1, sum=2.000000, min=2.000000, average=2.000000, max=2.000000}",
        ),
    ),
    (
        "int_accept_long_def",
        "def s = new IntSummaryStatistics(); s.accept(2147483648L); return s;",
        (
            CCE,
            "class java.lang.Long cannot be cast to class java.lang.Integer (java.lang.Long and "
            "java.lang.Integer are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "combine_other_kind_def",
        "def s = new IntSummaryStatistics(); s.combine(new LongSummaryStatistics()); return s;",
        (
            CCE,
            "class java.util.LongSummaryStatistics cannot be cast to class java.util.IntSummaryStatistics "
            "(java.util.LongSummaryStatistics and java.util.IntSummaryStatistics are in module java.base "
            "of loader 'bootstrap')",
        ),
    ),
    (
        "combine_other_kind_typed",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.combine(new LongSummaryStatistics()); return s;",
        (CCE, "Cannot cast from [java.util.LongSummaryStatistics] to [java.util.IntSummaryStatistics]."),
    ),
    (
        "int_accept_long_typed",
        "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(1L); return s;",
        (CCE, "Cannot cast from [long] to [int]."),
    ),
    (
        "no_constructor_with_arguments",
        "return new LongSummaryStatistics(1L, 2L, 3L, 4L);",
        (IAE, "constructor [java.util.LongSummaryStatistics, <init>/4] not found"),
    ),
    (
        "no_get_sum_of_squares",
        "def s = new DoubleSummaryStatistics(); return s.getSumOfSquares();",
        (IAE, "dynamic method [java.util.DoubleSummaryStatistics, getSumOfSquares/0] not found"),
    ),
    (
        "instanceof_consumer",
        "Object s = new LongSummaryStatistics(); return (s instanceof LongConsumer) + ' ' + (s instanceof IntConsumer) + ' ' + (s instanceof DoubleConsumer);",
        ("ok", "true true false"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in JDK_CASES], ids=[c[0] for c in JDK_CASES])
def test_jdk(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PAINLESS_CASES], ids=[c[0] for c in PAINLESS_CASES]
)
def test_painless(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
