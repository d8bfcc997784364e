package org.catalyse.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slugs of records' addresses: lower-case letters and digits in words joined by hyphens, 100 at most. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER_SIGNS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {}

    /** Whether this can be a record's slug. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= 100 && VALID.matcher(slug).matches();
    }

    /** The slug made from a title or a name: accents dropped, other signs turned to hyphens, 90 at most. */
    public static String slugify(String text) {
        String marked = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        String s = MARKS.matcher(marked).replaceAll("").toLowerCase(Locale.ROOT);
        s = EDGE_HYPHENS.matcher(OTHER_SIGNS.matcher(s).replaceAll("-")).replaceAll("");
        return s.length() > 90 ? TRAILING_HYPHENS.matcher(s.substring(0, 90)).replaceAll("") : s;
    }
}
