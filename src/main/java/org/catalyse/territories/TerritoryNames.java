package org.catalyse.territories;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a place name or a query into a comparable form: no case, accents, hyphens or apostrophes. */
final class TerritoryNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private TerritoryNames() {}

    /** {@code "St-Étienne-du-Rouvray"} → {@code "saint etienne du rouvray"}. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        folded = folded.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        folded = SEPARATORS.matcher(folded).replaceAll(" ").trim();
        if (folded.isEmpty()) {
            return folded;
        }
        String[] words = folded.split(" ");
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(expand(word));
        }
        return out.toString();
    }

    private static String expand(String word) {
        return switch (word) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "sts" -> "saints";
            case "stes" -> "saintes";
            default -> word;
        };
    }
}
