package org.catalyse.orientation;

/** One ranking signal a suggestion matched: the signal's name, the points it adds, and why, in plain words. */
public record Reason(String signal, double points, String why) {}
