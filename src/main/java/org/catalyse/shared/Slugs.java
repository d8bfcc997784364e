package org.catalyse.shared;

import java.text.Normalizer;
import java.util.Locale;

/** The slugs of records' addresses: lower-case letters and digits in words joined by hyphens, 100 at most. */
public final class Slugs {

    private static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {}

    /** Whether this can be a record's slug. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= 100 && slug.matches(PATTERN);
    }

    /** The slug made from a title or a name: accents dropped, other signs turned to hyphens, 90 at most. */
    public static String slugify(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.length() > 90 ? s.substring(0, 90).replaceAll("-+$", "") : s;
    }
}
