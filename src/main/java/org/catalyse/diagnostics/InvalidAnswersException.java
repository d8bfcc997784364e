package org.catalyse.diagnostics;

import java.util.List;
import java.util.stream.Collectors;
import org.catalyse.shared.InvalidInputException;

/** Answers that cannot be scored; the message names each offending question. */
public class InvalidAnswersException extends InvalidInputException {

    private final transient List<AnswerProblem> problems;

    InvalidAnswersException(List<AnswerProblem> problems) {
        super("Réponses invalides : "
                + problems.stream()
                        .map(p -> "question « " + p.question() + " » : " + p.message())
                        .collect(Collectors.joining(" ; "))
                + ".");
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
