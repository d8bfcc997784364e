package org.catalyse.territories;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Turns what a person types (postal code, commune name, territory id) into one place, or the choices. */
@Component
public class Places {

    /** One place, or the territories to choose from (both empty: nothing matches). */
    public record Resolved(Optional<TerritoryId> place, List<TerritoryView> choices) {}

    private final Territories territories;

    public Places(Territories territories) {
        this.territories = territories;
    }

    public Resolved resolve(String typed) {
        String q = typed.trim();
        if (q.matches("\\d{5}")) {
            List<TerritoryView> communes = territories.communesWithPostalCode(q);
            if (communes.size() == 1) {
                return new Resolved(Optional.of(communes.get(0).id()), List.of());
            }
            if (!communes.isEmpty()) {
                return new Resolved(Optional.empty(), communes);
            }
        }
        if (q.matches("[a-z]+:[0-9A-Za-z]+")) {
            try {
                TerritoryId id = TerritoryId.parse(q);
                if (territories.find(id).isPresent()) {
                    return new Resolved(Optional.of(id), List.of());
                }
            } catch (RuntimeException e) {
                // not an id: read it as a name
            }
        }
        List<TerritoryMatch> matches = territories.search(q, null, 10);
        List<TerritoryMatch> exact =
                matches.stream().filter(m -> m.quality() == MatchQuality.EXACT).toList();
        if (exact.size() == 1) {
            return new Resolved(Optional.of(exact.get(0).territory().id()), List.of());
        }
        List<TerritoryMatch> shown = exact.isEmpty() ? matches : exact;
        return new Resolved(
                Optional.empty(), shown.stream().map(TerritoryMatch::territory).toList());
    }
}
