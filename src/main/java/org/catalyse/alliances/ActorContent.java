package org.catalyse.alliances;

import java.time.LocalDate;
import java.util.List;

/**
 * What an actor says about itself, as written by an editor or an import.
 *
 * @param profile an {@code actor-profile} value of the frame
 * @param siren the 9-digit SIREN of a company or association, when known
 * @param siret the 14-digit SIRET of the establishment, when known
 * @param rna the number of an association in the national register (W and 9 digits), when known
 * @param homeCommune the commune of its seat, e.g. {@code commune:29151}
 * @param catalystFunctions {@code catalyst-function} values: empty for an actor that is not a catalyst
 * @param coverage the territories a catalyst covers, any echelon
 * @param source where the facts come from, and {@code sourceDate} when they were taken
 */
public record ActorContent(
        String name,
        String profile,
        String siren,
        String siret,
        String rna,
        String homeCommune,
        String website,
        String description,
        String contact,
        String source,
        LocalDate sourceDate,
        List<String> catalystFunctions,
        List<String> coverage) {

    public ActorContent {
        catalystFunctions = catalystFunctions == null ? List.of() : List.copyOf(catalystFunctions);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    public boolean catalyst() {
        return !catalystFunctions.isEmpty();
    }
}
