package org.catalyse.territories;

import java.util.Locale;
import org.catalyse.shared.InvalidInputException;

/**
 * The identity of a territory: its echelon and its official code, written {@code commune:38185},
 * {@code epci:200040715}, {@code departement:38}, {@code region:84} or {@code pays:FR}.
 */
public record TerritoryId(Echelon echelon, String code) {

    public static final TerritoryId FRANCE = new TerritoryId(Echelon.PAYS, "FR");

    public TerritoryId {
        if (echelon == null || !echelon.accepts(code)) {
            throw new InvalidInputException("Code mal formé pour l'échelon " + (echelon == null ? "?" : echelon.key())
                    + " : « " + Echelon.abbreviate(code) + " ».");
        }
    }

    /** Builds an id from an echelon key and a code as typed in a URL (case of 2A/2B is forgiven). */
    public static TerritoryId of(String echelonKey, String code) {
        Echelon echelon = Echelon.fromKey(echelonKey);
        return new TerritoryId(echelon, code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    /** Parses {@code echelon:code}. */
    public static TerritoryId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException("Identifiant de territoire mal formé : « " + Echelon.abbreviate(value)
                    + " ». Forme attendue : echelon:code, par exemple commune:38185.");
        }
        return of(value.substring(0, colon), value.substring(colon + 1));
    }

    @Override
    public String toString() {
        return echelon.key() + ":" + code;
    }
}
