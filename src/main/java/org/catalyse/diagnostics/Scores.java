package org.catalyse.diagnostics;

import java.util.List;
import java.util.Optional;

/**
 * The levels of one set of answers, scored under the version it was given under.
 *
 * @param score the mean of the axes' scores, on 100
 * @param level the overall level, 1 to 4
 */
public record Scores(String diagnostic, String version, List<AxisScore> axes, double score, int level) {

    /** One axis: its score on 100 and its level, 1 to 4. */
    public record AxisScore(String axis, double score, int level) {

        /** The frame's key of the level, e.g. {@code experimenter}. */
        public String levelKey() {
            return Diagnostic.LEVELS.get(level - 1);
        }
    }

    public String levelKey() {
        return Diagnostic.LEVELS.get(level - 1);
    }

    public Optional<AxisScore> axis(String key) {
        return axes.stream().filter(a -> a.axis().equals(key)).findFirst();
    }
}
