package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart of levels 1 to 4, one spoke per axis, drawn as inline SVG by the results page
 * (which also gives the same figures as a table).
 */
record RadarChart(int size, List<String> rings, List<Spoke> spokes, String shape, String peerShape) {

    static final int SIZE = 360;
    static final double RADIUS = 120;

    /** A spoke: its end, where its label goes and how the label is anchored, and the point of the level. */
    record Spoke(
            String label,
            double x,
            double y,
            double labelX,
            double labelY,
            String anchor,
            double pointX,
            double pointY) {}

    static RadarChart of(List<String> labels, List<Integer> levels, List<Double> peerLevels) {
        double c = SIZE / 2.0;
        int n = labels.size();
        List<String> rings = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ring.add(point(c, i, n, level / 4.0));
            }
            rings.add(points(ring));
        }
        List<Spoke> spokes = new ArrayList<>();
        List<double[]> shape = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] end = point(c, i, n, 1);
            double[] label = point(c, i, n, 1.18);
            double[] value = point(c, i, n, levels.get(i) / 4.0);
            shape.add(value);
            String anchor = Math.abs(label[0] - c) < 5 ? "middle" : label[0] < c ? "end" : "start";
            spokes.add(new Spoke(
                    labels.get(i),
                    r(end[0]),
                    r(end[1]),
                    r(label[0]),
                    r(label[1] + 4),
                    anchor,
                    r(value[0]),
                    r(value[1])));
        }
        String peers = null;
        if (peerLevels != null) {
            List<double[]> p = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                p.add(point(c, i, n, peerLevels.get(i) / 4.0));
            }
            peers = points(p);
        }
        return new RadarChart(SIZE, rings, spokes, points(shape), peers);
    }

    private static double[] point(double c, int i, int n, double share) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {c + RADIUS * share * Math.cos(angle), c + RADIUS * share * Math.sin(angle)};
    }

    private static String points(List<double[]> points) {
        StringBuilder s = new StringBuilder();
        for (double[] p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return s.toString();
    }

    private static double r(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public String viewBox() {
        return "-40 0 " + (SIZE + 80) + " " + SIZE;
    }
}
