package org.catalyse.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.shared.FieldProblem;

/**
 * What a form holds, by field: one value for most fields, several for checkboxes, one line each for lists.
 * Reading a value that cannot be what it should (a date, a number) notes a problem instead of failing.
 */
final class FormValues {

    private final Map<String, List<String>> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    FormValues(Map<String, List<String>> values) {
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(k, v == null ? List.of() : List.copyOf(v)));
    }

    static FormValues empty() {
        return new FormValues(Map.of());
    }

    Map<String, List<String>> asMap() {
        return values;
    }

    /** The problems met while reading (a date or a number that is not one). */
    List<FieldProblem> problems() {
        return problems;
    }

    String text(String name) {
        List<String> v = values.getOrDefault(name, List.of());
        if (v.isEmpty() || v.get(0) == null) {
            return null;
        }
        String s = v.get(0).replace("\r\n", "\n").strip();
        return s.isEmpty() ? null : s;
    }

    /** The lines of a field (blank lines dropped). */
    List<String> lines(String name) {
        String text = text(name);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The values of checkboxes, or the lines of a list. */
    List<String> all(String name) {
        List<String> v = values.getOrDefault(name, List.of());
        if (v.size() == 1 && v.get(0) != null && v.get(0).contains("\n")) {
            return lines(name);
        }
        return v.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "Date « " + text + " » invalide : attendue sous la forme 2026-11-22."));
            return null;
        }
    }

    Integer integer(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "« " + text + " » n’est pas un nombre entier."));
            return null;
        }
    }

    BigDecimal decimal(String name, String text) {
        try {
            return new BigDecimal(text.replace(" ", "")
                    .replace("\u00a0", "")
                    .replace("\u202f", "")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "« " + text + " » n’est pas un nombre."));
            return null;
        }
    }

    /** The parts of a line cut at {@code separator}, trimmed, padded with nulls to {@code count}. */
    static List<String> parts(String line, String separator, int count) {
        String[] cut = line.split(java.util.regex.Pattern.quote(separator), count);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = i < cut.length ? cut[i].strip() : null;
            parts.add(p == null || p.isEmpty() ? null : p);
        }
        return parts;
    }

    /** Builds the values of a form from fields' values. */
    static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        Builder put(String name, String value) {
            values.put(name, value == null ? List.of() : List.of(value));
            return this;
        }

        Builder put(String name, Object value) {
            return put(name, value == null ? null : value.toString());
        }

        Builder list(String name, List<String> list) {
            values.put(name, list == null ? List.of() : List.copyOf(list));
            return this;
        }

        Builder lines(String name, List<String> lines) {
            return put(name, lines == null || lines.isEmpty() ? null : String.join("\n", lines));
        }

        FormValues build() {
            return new FormValues(values);
        }
    }
}
