package org.catalyse.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a module gives the index about one of its objects.
 *
 * @param type the kind of object, e.g. {@code resource}
 * @param key the object's stable key within its type, e.g. a slug
 * @param qualifiers frame values by axis key, plus any other facet (e.g. {@code licence})
 * @param labels the labels of the qualifiers, so that "innovation sociétale" finds what is qualified so
 * @param territories ids of the territories the object is attached to, e.g. {@code commune:38185}
 * @param links other objects this one involves, as {@code type:key} (e.g. {@code actor:cress-bretagne} for a case's
 *     partner), so that a module can find what involves one of its objects ({@link SearchEngine#keysLinkedTo})
 */
public record SearchDocument(
        String type,
        String key,
        String title,
        String summary,
        String text,
        String url,
        LocalDate date,
        Map<String, List<String>> qualifiers,
        List<String> labels,
        List<String> territories,
        List<String> links) {

    public SearchDocument {
        links = links == null ? List.of() : links;
    }

    public String id() {
        return type + ":" + key;
    }
}
