package org.catalyse.shared;

/**
 * What is wrong with one field of something a person wrote, in plain French, so that a form can show it next to
 * the field (and an API in its answer).
 *
 * @param field the field's name (a form input or a CSV column), or null for the whole thing
 */
public record FieldProblem(String field, String message) {}
