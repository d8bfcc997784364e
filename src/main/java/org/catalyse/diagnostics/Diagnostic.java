package org.catalyse.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalyse.frame.FrameView.Label;

/**
 * One version of a self-diagnostic, as its data file defines it.
 *
 * @param profiles the actor profiles it is written for (frame values of {@code actor-profile})
 */
public record Diagnostic(
        String key,
        String version,
        Label title,
        Label audience,
        List<String> profiles,
        Label intro,
        List<Axis> axes,
        List<Question> questions) {

    /** The maturity levels of the frame, in order (level 1 to 4). */
    public static final List<String> LEVELS = List.of("decouvrir", "experimenter", "structurer", "essaimer");

    /**
     * An axis, scored from its questions; {@code thresholds} are the four scores (0–100) from which each level
     * starts; {@code frame} the frame values it is about; {@code topics} the words that name it.
     */
    public record Axis(
            String key,
            Label label,
            Label description,
            List<Integer> thresholds,
            Map<String, List<String>> frame,
            Label topics,
            Label strength,
            Map<String, Label> nextSteps) {}

    /** The kinds of question. */
    public enum Type {
        SINGLE("single"),
        MULTIPLE("multiple"),
        SCALE("scale"),
        YES_NO("yes-no");

        private final String key;

        Type(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Optional<Type> of(String key) {
            for (Type t : values()) {
                if (t.key.equals(key)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A question; {@code choices} for single and multiple choice; {@code scale} for a scale; {@code yes} and
     * {@code no} the points of each answer to a yes/no question; {@code maxPoints} caps a multiple choice.
     */
    public record Question(
            String key,
            String axis,
            Type type,
            int weight,
            boolean required,
            Label text,
            Label help,
            List<Choice> choices,
            Scale scale,
            int yes,
            int no,
            Integer maxPoints) {

        public Optional<Choice> choice(String choiceKey) {
            return choices.stream().filter(c -> c.key().equals(choiceKey)).findFirst();
        }
    }

    /** A choice; an {@code exclusive} one (e.g. "none of these") cannot be ticked with another. */
    public record Choice(String key, Label label, int points, boolean exclusive) {}

    /** A scale from {@code min} to {@code max}, its ends labelled. */
    public record Scale(int min, int max, Label minLabel, Label maxLabel) {}

    public Optional<Axis> axis(String axisKey) {
        return axes.stream().filter(a -> a.key().equals(axisKey)).findFirst();
    }

    public Optional<Question> question(String questionKey) {
        return questions.stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    public List<Question> questionsOf(String axisKey) {
        return questions.stream().filter(q -> q.axis().equals(axisKey)).toList();
    }
}
