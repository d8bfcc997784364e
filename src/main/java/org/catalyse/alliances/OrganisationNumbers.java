package org.catalyse.alliances;

/**
 * Checks the official numbers of French organisations: SIREN (9 digits) and SIRET (14 digits) carry a Luhn
 * key; La Poste's establishments (SIREN 356 000 000) use a digit sum divisible by 5 instead. An RNA number
 * (national register of associations) is W followed by 9 digits.
 */
public final class OrganisationNumbers {

    private static final String LA_POSTE = "356000000";

    private OrganisationNumbers() {}

    /** Digits only: spaces, dots and dashes people type are removed. */
    public static String clean(String number) {
        return number == null ? null : number.replaceAll("[\\s.\\-\u00a0]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean validSiren(String siren) {
        return siren != null && siren.matches("\\d{9}") && luhn(siren);
    }

    public static boolean validSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret) && luhn(siret.substring(0, 9));
    }

    public static boolean validRna(String rna) {
        return rna != null && rna.matches("W\\d{9}");
    }

    /** The Luhn check: doubling every second digit from the right, the sum is a multiple of 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
