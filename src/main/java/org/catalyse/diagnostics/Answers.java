package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks answers against a definition. Answers are kept as lists of strings by question key: the choice key of a
 * single choice, the keys of a multiple choice, the number of a scale, {@code oui} or {@code non}.
 */
final class Answers {

    static final String YES = "oui";
    static final String NO = "non";

    private Answers() {}

    /**
     * The problems of answers to some questions of a definition: an unknown question or choice, a scale out of
     * range, two choices where one is allowed, an exclusive choice ticked with others. Empty when they are fine.
     */
    static List<AnswerProblem> problems(Diagnostic d, Map<String, List<String>> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        answers.forEach((key, answer) -> {
            var found = d.question(key);
            if (found.isEmpty()) {
                problems.add(new AnswerProblem(key, "question inconnue dans la version " + d.version()));
                return;
            }
            check(found.get(), answer, problems);
        });
        return problems;
    }

    /** The required questions of these axes (all axes when null) that have no answer. */
    static List<AnswerProblem> missing(Diagnostic d, Map<String, List<String>> answers, String axis) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Diagnostic.Question q : d.questions()) {
            if ((axis == null || q.axis().equals(axis)) && q.required()) {
                List<String> answer = answers.get(q.key());
                if (answer == null || answer.isEmpty()) {
                    problems.add(new AnswerProblem(q.key(), "réponse obligatoire"));
                }
            }
        }
        return problems;
    }

    private static void check(Diagnostic.Question q, List<String> answer, List<AnswerProblem> problems) {
        if (answer == null || answer.isEmpty()) {
            return;
        }
        switch (q.type()) {
            case SINGLE -> {
                if (answer.size() > 1) {
                    problems.add(new AnswerProblem(q.key(), "un seul choix attendu"));
                } else if (q.choice(answer.get(0)).isEmpty()) {
                    problems.add(new AnswerProblem(q.key(), "choix « " + answer.get(0) + " » inconnu"));
                }
            }
            case MULTIPLE -> {
                Set<String> seen = new HashSet<>();
                for (String k : answer) {
                    var choice = q.choice(k);
                    if (choice.isEmpty()) {
                        problems.add(new AnswerProblem(q.key(), "choix « " + k + " » inconnu"));
                        return;
                    }
                    if (!seen.add(k)) {
                        problems.add(new AnswerProblem(q.key(), "choix « " + k + " » donné deux fois"));
                        return;
                    }
                    if (choice.get().exclusive() && answer.size() > 1) {
                        problems.add(new AnswerProblem(q.key(), "« " + k + " » ne se coche pas avec d'autres choix"));
                        return;
                    }
                }
            }
            case SCALE -> {
                int value;
                try {
                    value = answer.size() == 1 ? Integer.parseInt(answer.get(0)) : Integer.MIN_VALUE;
                } catch (NumberFormatException e) {
                    value = Integer.MIN_VALUE;
                }
                if (value < q.scale().min() || value > q.scale().max()) {
                    problems.add(new AnswerProblem(
                            q.key(),
                            "valeur « " + String.join(",", answer) + " » hors de l'échelle "
                                    + q.scale().min() + " à " + q.scale().max()));
                }
            }
            case YES_NO -> {
                if (answer.size() != 1 || !(YES.equals(answer.get(0)) || NO.equals(answer.get(0)))) {
                    problems.add(new AnswerProblem(q.key(), "réponse « oui » ou « non » attendue"));
                }
            }
        }
    }

    /** The answers with empty ones removed, in the definition's order. */
    static Map<String, List<String>> cleaned(Map<String, List<String>> answers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                kept.put(k, List.copyOf(v));
            }
        });
        return kept;
    }
}
