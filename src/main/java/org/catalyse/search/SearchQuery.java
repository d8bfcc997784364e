package org.catalyse.search;

import java.util.List;
import java.util.Map;

/**
 * A search as a person or a program asks it.
 *
 * @param type only this type of object (e.g. {@code resource}), or null for all
 * @param territory a territory id, or null
 * @param scope {@code around} (what is attached to the territory or any territory enclosing it) or
 *     {@code within} (what is attached to the territory or any territory inside it)
 * @param filters wanted values by axis; values of one axis are alternatives, axes add up
 */
public record SearchQuery(
        String q, String type, String territory, String scope, Map<String, List<String>> filters, int page, int size) {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_SIZE = 100;
}
