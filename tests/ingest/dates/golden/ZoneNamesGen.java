// Dumps java.time's zone names and zone-name parsing for s1elastic's dates package (ground truth; not run
// by the tests). Run with the JDK Elasticsearch bundles (Temurin 25 here): `java ZoneNamesGen.java OUTDIR`;
// writes names.tsv, format.tsv, parse.tsv, parse2.tsv and ids.tsv; zone_names_pack.py turns them into
// tools/s1elastic/ingest/dates/zone_names.dat and the golden zone_names.tsv.
import java.time.*;
import java.time.format.*;
import java.util.*;
import java.text.ParsePosition;

public class ZoneNamesGen {
    public static void main(String[] a) throws Exception {
        namesFormatParse(a);
        variants(new String[]{a[0] + "/names.tsv", a[0] + "/parse2.tsv"});
        ids(a);
    }

    static String fmt(String pat, Locale loc, ZonedDateTime z) {
        return DateTimeFormatter.ofPattern(pat, loc).format(z);
    }
    @SuppressWarnings("unchecked")
    static void namesFormatParse(String[] a) throws Exception {
        Locale[] locs = {Locale.ROOT, Locale.ENGLISH};
        List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
        Collections.sort(ids);
        Instant w = Instant.parse("2024-01-15T12:00:00Z"), s = Instant.parse("2024-07-15T12:00:00Z");
        // names: id, then per locale: zstd zdst zzzzstd zzzzdst v vvvv
        StringBuilder names = new StringBuilder();
        Set<String>[] keys = new Set[]{new TreeSet<String>(), new TreeSet<String>()};
        for (String id : ids) {
            names.append(id);
            TimeZone tz = TimeZone.getTimeZone(id);
            for (int li = 0; li < 2; li++) {
                Locale l = locs[li];
                ZonedDateTime zw = w.atZone(ZoneId.of(id));
                String[] n = {
                    tz.getDisplayName(false, TimeZone.SHORT, l), tz.getDisplayName(true, TimeZone.SHORT, l),
                    tz.getDisplayName(false, TimeZone.LONG, l), tz.getDisplayName(true, TimeZone.LONG, l),
                    fmt("v", l, zw), fmt("vvvv", l, zw)};
                for (String x : n) { names.append('\t').append(x); keys[li].add(x); }
            }
            names.append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0] + "/names.tsv"), names.toString());
        // format golden at many instants for all zones
        StringBuilder g = new StringBuilder();
        String[] pats = {"z", "zzzz", "v", "vvvv", "zzz"};
        Instant[] insts = {w, s, Instant.parse("1990-03-01T00:00:00Z"), Instant.parse("2015-10-25T00:30:00Z"), Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2038-06-01T00:00:00Z"), Instant.parse("1920-06-01T00:00:00Z")};
        for (String id : ids) for (Instant i : insts) for (int li = 0; li < 2; li++) for (String p : pats) {
            ZonedDateTime zd = i.atZone(ZoneId.of(id));
            g.append(id).append('\t').append(i).append('\t').append(li == 0 ? "ROOT" : "en").append('\t').append(p).append('\t').append(fmt(p, locs[li], zd)).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0] + "/format.tsv"), g.toString());
        // parse: every name key, per locale, per pattern z / zzzz / v / vvvv, case-sensitive and insensitive
        StringBuilder pr = new StringBuilder();
        Set<String> all = new TreeSet<>(); all.addAll(keys[0]); all.addAll(keys[1]);
        for (int li = 0; li < 2; li++) for (String p : new String[]{"z", "zzzz", "v", "vvvv"}) for (int ci = 0; ci < 2; ci++) {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
            if (ci == 1) b.parseCaseInsensitive();
            DateTimeFormatter f = b.appendPattern(p).toFormatter(locs[li]);
            for (String k : all) for (String kk : ci == 1 ? new String[]{k, k.toLowerCase(Locale.ROOT)} : new String[]{k}) {
                ParsePosition pp = new ParsePosition(0);
                String res;
                try {
                    TemporalAccessorHolder.t = f.parseUnresolved(kk, pp);
                    if (TemporalAccessorHolder.t == null) res = "ERR@" + pp.getErrorIndex();
                    else res = TemporalAccessorHolder.t.query(java.time.temporal.TemporalQueries.zoneId()) + "@" + pp.getIndex();
                } catch (Exception e) { res = "EXC " + e.getMessage(); }
                pr.append(li == 0 ? "ROOT" : "en").append('\t').append(p).append('\t').append(ci).append('\t').append(kk).append('\t').append(res).append('\n');
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0] + "/parse.tsv"), pr.toString());
    }

    static void variants(String[] a) throws Exception {
        // parse variants of every name: prefix, suffixes; args: names.tsv out
        Set<String> keys = new TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(a[0]))) {
            String[] c = line.split("\t");
            for (int i = 1; i < c.length; i++) keys.add(c[i]);
            keys.add(c[0]);
        }
        Set<String> inputs = new TreeSet<>();
        for (String k : keys) {
            inputs.add(k + " X"); inputs.add(k + "X"); inputs.add(k + " (");
            if (k.length() > 1) inputs.add(k.substring(0, k.length() - 1));
            if (k.length() > 3) inputs.add(k.substring(0, k.length() / 2));
        }
        inputs.removeAll(keys);
        StringBuilder pr = new StringBuilder();
        Locale[] locs = {Locale.ROOT, Locale.ENGLISH};
        for (int li = 0; li < 2; li++) for (String p : new String[]{"z", "zzzz"}) for (int ci = 0; ci < 2; ci++) {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
            if (ci == 1) b.parseCaseInsensitive();
            DateTimeFormatter f = b.appendPattern(p).toFormatter(locs[li]);
            for (String k : inputs) for (String kk : ci == 1 ? new String[]{k.toLowerCase(Locale.ROOT)} : new String[]{k}) {
                ParsePosition pp = new ParsePosition(0);
                var t = f.parseUnresolved(kk, pp);
                String res = t == null ? "ERR@" + pp.getErrorIndex() : t.query(java.time.temporal.TemporalQueries.zoneId()) + "@" + pp.getIndex();
                pr.append(li == 0 ? "ROOT" : "en").append('\t').append(p).append('\t').append(ci).append('\t').append(kk).append('\t').append(res).append('\n');
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[1]), pr.toString());
    }

    static void ids(String[] a) throws Exception {
        List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds()); Collections.sort(ids);
        StringBuilder out = new StringBuilder();
        for (String loc : new String[]{"ROOT", "en"}) for (String p : new String[]{"z", "zzzz", "VV"}) for (int ci = 0; ci < 2; ci++) {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder(); if (ci == 1) b.parseCaseInsensitive();
            DateTimeFormatter f = b.appendPattern(p).toFormatter(loc.equals("ROOT") ? Locale.ROOT : Locale.ENGLISH);
            for (String id : ids) for (String t : new String[]{id, id + " X"}) {
                java.text.ParsePosition pp = new java.text.ParsePosition(0);
                var r = f.parseUnresolved(ci == 1 ? t.toLowerCase() : t, pp);
                String res = r == null ? "ERR@" + pp.getErrorIndex() : r.query(java.time.temporal.TemporalQueries.zoneId()) + "@" + pp.getIndex();
                out.append(loc + "\t" + p + "\t" + ci + "\t" + (ci == 1 ? t.toLowerCase() : t) + "\t" + res).append('\n');
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0] + "/ids.tsv"), out.toString());
    }
}

class TemporalAccessorHolder { static java.time.temporal.TemporalAccessor t; }
