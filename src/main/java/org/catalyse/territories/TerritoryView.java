package org.catalyse.territories;

import java.util.List;

/**
 * What callers see of a territory.
 *
 * @param parents every enclosing territory, narrowest first, ending with France
 * @param secondaryNames former communes (déléguées, associées) and municipal arrondissements
 * @param successor for an obsolete commune, the commune that took it over, when known
 */
public record TerritoryView(
        TerritoryId id,
        String name,
        String kind,
        Integer population,
        String siren,
        List<String> postalCodes,
        List<TerritoryRef> parents,
        List<String> secondaryNames,
        boolean obsolete,
        TerritoryRef successor,
        int childrenCount) {

    public Echelon echelon() {
        return id.echelon();
    }

    public String code() {
        return id.code();
    }

    /** Where the territory lies, e.g. "Isère (38)" for a commune, "Isère (38) · Auvergne-Rhône-Alpes" for an EPCI. */
    public String location() {
        List<String> parts = new java.util.ArrayList<>();
        for (TerritoryRef parent : parents) {
            if (parent.id().echelon() == Echelon.DEPARTEMENT) {
                parts.add(parent.name() + " (" + parent.id().code() + ")");
            } else if (parent.id().echelon() == Echelon.REGION && echelon() != Echelon.COMMUNE) {
                parts.add(parent.name());
            }
        }
        return String.join(" · ", parts);
    }

    public TerritoryRef ref() {
        return new TerritoryRef(id, name);
    }
}
