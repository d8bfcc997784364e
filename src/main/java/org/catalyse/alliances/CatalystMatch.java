package org.catalyse.alliances;

import java.util.List;
import org.catalyse.territories.TerritoryId;

/**
 * A catalyst who can help at a place.
 *
 * @param matchedBy the narrowest territory of its coverage that holds the place
 * @param coverage every territory it covers
 */
public record CatalystMatch(
        String slug,
        String name,
        List<String> functions,
        List<String> coverage,
        TerritoryId matchedBy,
        String contact) {

    public String url() {
        return "/acteurs/" + slug;
    }
}
