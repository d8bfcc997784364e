package org.catalyse.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalyse.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/** Reads a search from request parameters: the fixed ones, and one parameter per filter axis. */
final class SearchParameters {

    static final Set<String> RESERVED = Set.of("q", "type", "territory", "scope", "page", "size", "lang", "lieu");
    static final int DEFAULT_SIZE = 20;

    private SearchParameters() {}

    static SearchQuery read(MultiValueMap<String, String> params, String fixedType, List<String> axes) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (RESERVED.contains(name)) {
                return;
            }
            if (!axes.contains(name)) {
                throw new InvalidInputException("Critère inconnu : « " + abbreviate(name) + " ». Critères possibles : "
                        + String.join(", ", axes) + ".");
            }
            List<String> split = new ArrayList<>();
            values.forEach(v -> {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        split.add(part.trim());
                    }
                }
            });
            if (!split.isEmpty()) {
                filters.put(name, split);
            }
        });
        return new SearchQuery(
                params.getFirst("q"),
                fixedType != null ? fixedType : blankToNull(params.getFirst("type")),
                blankToNull(params.getFirst("territory")),
                blankToNull(params.getFirst("scope")),
                filters,
                integer(params.getFirst("page"), 1, "page"),
                integer(params.getFirst("size"), DEFAULT_SIZE, "size"));
    }

    private static int integer(String value, int byDefault, String name) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Paramètre « " + name + " » invalide (« " + abbreviate(value)
                    + " ») : un nombre entier est attendu.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
