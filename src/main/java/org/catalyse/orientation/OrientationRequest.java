package org.catalyse.orientation;

import java.util.List;
import java.util.Map;
import org.catalyse.territories.TerritoryId;

/**
 * Who asks for a path.
 *
 * @param profile an {@code actor-profile} value, or null
 * @param place where it acts, or null
 * @param maturity levels ({@code decouvrir}…{@code essaimer}) by diagnostic axis, in the order given
 */
public record OrientationRequest(
        String profile,
        TerritoryId place,
        List<String> domains,
        List<String> objectives,
        Map<String, String> maturity) {}
