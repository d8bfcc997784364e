package org.catalyse.territories;

import java.util.Locale;
import java.util.regex.Pattern;
import org.catalyse.shared.InvalidInputException;

/** A level of the territorial graph, from the narrowest (commune) to the widest (pays). */
public enum Echelon {
    COMMUNE("commune", "[0-9][0-9AB][0-9]{3}"),
    EPCI("epci", "[0-9]{9}"),
    DEPARTEMENT("departement", "[0-9]{2}|2A|2B|[0-9]{3}"),
    REGION("region", "[0-9]{2,3}"),
    PAYS("pays", "FR");

    private static final Echelon[] ALL = values();

    private final String key;
    private final Pattern codeFormat;

    Echelon(String key, String codeFormat) {
        this.key = key;
        this.codeFormat = Pattern.compile(codeFormat);
    }

    /** The key used in identifiers and URLs, e.g. {@code departement}. */
    public String key() {
        return key;
    }

    public boolean accepts(String code) {
        return code != null && codeFormat.matcher(code).matches();
    }

    /** Parses a key such as {@code epci}; refuses anything else with a message listing the keys. */
    public static Echelon fromKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (Echelon e : ALL) {
            if (e.key.equals(wanted)) {
                return e;
            }
        }
        throw new InvalidInputException("Échelon inconnu : « " + abbreviate(key)
                + " ». Valeurs possibles : commune, epci, departement, region, pays.");
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
