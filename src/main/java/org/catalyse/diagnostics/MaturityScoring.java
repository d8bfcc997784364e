package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rules, each a small function: a question's answer gives a share of its points (0 to 1); an axis
 * scores the weighted mean of its answered questions' shares, on 100; the level of an axis is the highest level
 * whose threshold the score reaches; the overall level is the mean of the axes' levels, rounded to the nearest
 * (docs/decisions/0014).
 */
final class MaturityScoring {

    private MaturityScoring() {}

    /** The levels of a complete, checked set of answers. */
    static Scores score(Diagnostic d, Map<String, List<String>> answers) {
        Map<String, Scores.AxisScore> axes = new LinkedHashMap<>();
        for (Diagnostic.Axis axis : d.axes()) {
            double score = axisScore(d.questionsOf(axis.key()), answers);
            axes.put(axis.key(), new Scores.AxisScore(axis.key(), score, levelFor(axis.thresholds(), score)));
        }
        List<Integer> levels = new ArrayList<>();
        axes.values().forEach(a -> levels.add(a.level()));
        double mean = axes.values().stream()
                .mapToDouble(Scores.AxisScore::score)
                .average()
                .orElse(0);
        return new Scores(d.key(), d.version(), List.copyOf(axes.values()), mean, overallLevel(levels));
    }

    /** Share of a single choice: the chosen choice's points over the best choice's points. */
    static double singleChoice(Diagnostic.Question q, String choice) {
        int best =
                q.choices().stream().mapToInt(Diagnostic.Choice::points).max().orElse(1);
        return q.choice(choice).orElseThrow().points() / (double) best;
    }

    /**
     * Share of a multiple choice: the chosen points added up, capped at {@code maxPoints} (or at all the points on
     * offer), over that cap.
     */
    static double multipleChoice(Diagnostic.Question q, List<String> chosen) {
        int offered = q.choices().stream().mapToInt(Diagnostic.Choice::points).sum();
        int cap = q.maxPoints() == null ? offered : Math.min(q.maxPoints(), offered);
        int sum = chosen.stream()
                .mapToInt(k -> q.choice(k).orElseThrow().points())
                .sum();
        return Math.min(sum, cap) / (double) cap;
    }

    /** Share of a scale: how far up the scale the answer is (its lowest step gives 0, its highest 1). */
    static double scale(Diagnostic.Question q, int value) {
        return (value - q.scale().min()) / (double) (q.scale().max() - q.scale().min());
    }

    /** Share of a yes/no question: the answer's points over the better answer's points. */
    static double yesNo(Diagnostic.Question q, boolean yes) {
        return (yes ? q.yes() : q.no()) / (double) Math.max(q.yes(), q.no());
    }

    /** The share of one answer, by the question's type. */
    static double share(Diagnostic.Question q, List<String> answer) {
        return switch (q.type()) {
            case SINGLE -> singleChoice(q, answer.get(0));
            case MULTIPLE -> multipleChoice(q, answer);
            case SCALE -> scale(q, Integer.parseInt(answer.get(0)));
            case YES_NO -> yesNo(q, Answers.YES.equals(answer.get(0)));
        };
    }

    /** An axis's score on 100: the weighted mean of the shares of its answered questions (0 when none is). */
    static double axisScore(List<Diagnostic.Question> questions, Map<String, List<String>> answers) {
        double points = 0;
        int weights = 0;
        for (Diagnostic.Question q : questions) {
            List<String> answer = answers.get(q.key());
            if (answer == null || answer.isEmpty()) {
                continue;
            }
            points += q.weight() * share(q, answer);
            weights += q.weight();
        }
        return weights == 0 ? 0 : Math.round(1000 * points / weights) / 10.0;
    }

    /** The level (1 to 4) of a score: the number of thresholds it reaches. */
    static int levelFor(List<Integer> thresholds, double score) {
        int level = 0;
        for (int threshold : thresholds) {
            if (score >= threshold) {
                level++;
            }
        }
        return Math.max(1, level);
    }

    /** The overall level: the mean of the axes' levels, rounded to the nearest, halves up. */
    static int overallLevel(List<Integer> levels) {
        double mean = levels.stream().mapToInt(Integer::intValue).average().orElse(1);
        return (int) Math.floor(mean + 0.5);
    }
}
