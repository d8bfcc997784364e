package org.catalyse.diagnostics;

/** What is wrong with the answer to one question. */
public record AnswerProblem(String question, String message) {}
