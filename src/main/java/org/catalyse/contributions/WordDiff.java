package org.catalyse.contributions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two texts word by word: runs of words kept, removed and added, the spaces going with
 * the words before them. Long unchanged runs are shortened to their ends, so that a one-word change in a long
 * text reads at a glance.
 */
final class WordDiff {

    enum Op {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of text that was kept, removed or added. */
    record Segment(Op op, String text) {
        public boolean same() {
            return op == Op.SAME;
        }

        public boolean removed() {
            return op == Op.REMOVED;
        }

        public boolean added() {
            return op == Op.ADDED;
        }
    }

    /** Beyond this many cells, the changed middle is shown as removed then added, whole. */
    static final long MAX_CELLS = 4_000_000L;

    /** Unchanged runs longer than this are cut to their ends. */
    static final int CONTEXT = 80;

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {}

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The segments that turn {@code before} into {@code after}, adjacent runs of the same kind merged. */
    static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            add(out, Op.SAME, b.get(i));
        }
        middle(a.subList(start, endA), b.subList(start, endB), out);
        for (int j = endB; j < b.size(); j++) {
            add(out, Op.SAME, b.get(j));
        }
        return shorten(out);
    }

    /** Whether both texts hold the same words (spacing apart). */
    static boolean unchanged(String before, String after) {
        return normal(before).equals(normal(after));
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void middle(List<String> a, List<String> b, List<Segment> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(t -> add(out, Op.REMOVED, t));
            b.forEach(t -> add(out, Op.ADDED, t));
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                add(out, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Op.REMOVED, a.get(i++));
            } else {
                add(out, Op.ADDED, b.get(j++));
            }
        }
        while (i < n) {
            add(out, Op.REMOVED, a.get(i++));
        }
        while (j < m) {
            add(out, Op.ADDED, b.get(j++));
        }
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }

    private static List<Segment> shorten(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (s.op() != Op.SAME || s.text().length() <= 3 * CONTEXT) {
                out.add(s);
                continue;
            }
            String t = s.text();
            boolean first = k == 0;
            boolean last = k == segments.size() - 1;
            String head = first ? "" : t.substring(0, CONTEXT);
            String tail = last ? "" : t.substring(t.length() - CONTEXT);
            out.add(new Segment(Op.SAME, head + "[…]" + (tail.isEmpty() ? "" : " ") + tail));
        }
        return out;
    }
}
