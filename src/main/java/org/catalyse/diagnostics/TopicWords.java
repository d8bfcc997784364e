package org.catalyse.diagnostics;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that name an axis, for finding what speaks of it: the first five letters of each word of seven
 * letters or more, accents removed, leaving out the words every resource of the commons uses.
 */
public final class TopicWords {

    /** Beginnings of words too common in the commons to tell one axis from another. */
    static final Set<String> COMMON = Set.of("parte", "terri", "entre", "assoc", "colle", "proje", "acteu", "struc");

    private TopicWords() {}

    public static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : fold(text).split("[^a-z]+")) {
            if (word.length() >= 7) {
                String start = word.substring(0, 5);
                if (!COMMON.contains(start)) {
                    words.add(start);
                }
            }
        }
        return List.copyOf(words);
    }

    /** Lower case without accents. */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
