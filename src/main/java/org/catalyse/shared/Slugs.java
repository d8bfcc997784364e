package org.catalyse.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slugs of records' addresses: lower-case letters and digits in words joined by hyphens, 100 at most. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The longest slug {@link #slugify} makes. */
    static final int MAX_MADE = 90;

    private Slugs() {}

    /** Whether this can be a record's slug. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= 100 && VALID.matcher(slug).matches();
    }

    /**
     * The slug made from a title or a name: accents dropped, other signs turned to hyphens, 90 at most. In one pass
     * over the text (imports make one per row): only characters outside ASCII are decomposed, one at a time, which
     * gives what decomposing the whole text would, as their marks are dropped.
     */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder slug = new StringBuilder(Math.min(text.length(), MAX_MADE + 2));
        boolean hyphen = false;
        // Past MAX_MADE, nothing more can stay in the slug.
        for (int i = 0; i < text.length() && slug.length() <= MAX_MADE; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                hyphen = append(slug, (char) c, hyphen);
                continue;
            }
            String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
            for (int j = 0; j < decomposed.length(); ) {
                int d = decomposed.codePointAt(j);
                j += Character.charCount(d);
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) {
                    continue;
                }
                String lower = new String(Character.toChars(d)).toLowerCase(Locale.ROOT);
                for (int k = 0; k < lower.length(); k++) {
                    hyphen = append(slug, lower.charAt(k), hyphen);
                }
            }
        }
        if (slug.length() > MAX_MADE) {
            slug.setLength(MAX_MADE);
        }
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    /**
     * Adds a character of the text, lower-cased: a letter or digit as it is, anything else as one hyphen between
     * words (none at the start).
     *
     * @return whether a hyphen is pending: the next letter or digit goes after one
     */
    private static boolean append(StringBuilder slug, char c, boolean hyphen) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            if (hyphen && !slug.isEmpty()) {
                slug.append('-');
            }
            slug.append(lower);
            return false;
        }
        return true;
    }
}
