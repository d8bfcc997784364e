package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catalyse.frame.Frame;

/** What the results page shows: levels per axis and overall, strengths, next steps, peers, the radar chart. */
record ResultView(
        Diagnostic diagnostic,
        Response response,
        Scores scores,
        List<Row> rows,
        List<Row> strengths,
        List<Row> nextSteps,
        Optional<Diagnostics.Peers> peers,
        RadarChart radar,
        String overallLabel) {

    /** One axis: its label, score, level and level's name, what it does well, what to do next. */
    record Row(
            String axis,
            String label,
            double score,
            int level,
            String levelLabel,
            String strength,
            String nextStep,
            long[] peers) {}

    static ResultView of(Diagnostic d, Response r, Optional<Diagnostics.Peers> peers, Frame frame, Locale locale) {
        Scores s = r.scores();
        List<Row> rows = new ArrayList<>();
        for (Scores.AxisScore a : s.axes()) {
            Diagnostic.Axis axis = d.axis(a.axis()).orElseThrow();
            rows.add(new Row(
                    a.axis(),
                    axis.label().in(locale),
                    a.score(),
                    a.level(),
                    levelLabel(frame, a.levelKey(), locale),
                    axis.strength().in(locale),
                    axis.nextSteps().get(a.levelKey()).in(locale),
                    peers.map(p -> p.counts().get(a.axis())).orElse(null)));
        }
        List<Row> strengths = rows.stream().filter(x -> x.level() >= 3).toList();
        List<Row> next = rows.stream()
                .sorted(Comparator.comparingInt(Row::level).thenComparing(Row::axis))
                .toList();
        List<Double> peerMeans = peers.map(p -> rows.stream()
                        .map(row -> mean(p.counts().get(row.axis())))
                        .toList())
                .orElse(null);
        RadarChart radar = RadarChart.of(
                rows.stream().map(Row::label).toList(),
                rows.stream().map(Row::level).toList(),
                peerMeans);
        return new ResultView(d, r, s, rows, strengths, next, peers, radar, levelLabel(frame, s.levelKey(), locale));
    }

    static String levelLabel(Frame frame, String levelKey, Locale locale) {
        return frame.value("maturity-level:" + levelKey)
                .map(v -> v.label().in(locale))
                .orElse(levelKey);
    }

    /** The mean level of a distribution (1 to 4), or 1 when empty. */
    static double mean(long[] counts) {
        if (counts == null) {
            return 1;
        }
        long n = 0;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += (i + 1) * counts[i];
        }
        return n == 0 ? 1 : sum / n;
    }

    public long[] overallPeers() {
        return peers.map(p -> p.counts().get("*")).orElse(null);
    }
}
