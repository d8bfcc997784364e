package org.catalyse.alliances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.catalyse.territories.TerritoryId;

/**
 * The catalysts by covered territory, in memory: finding who covers a place reads the lists of the place and
 * of the few territories enclosing it (commune, EPCI, département, région, France), whatever the number of
 * catalysts. Rebuilt from the database after any change to an actor.
 */
final class CatalystDirectory {

    /** A catalyst as the directory keeps it. */
    record Entry(String slug, String name, List<String> functions, List<String> coverage, String contact) {}

    private final Supplier<List<Entry>> loader;
    private volatile Map<String, List<Entry>> byTerritory;

    CatalystDirectory(Supplier<List<Entry>> loader) {
        this.loader = loader;
    }

    void invalidate() {
        byTerritory = null;
    }

    /**
     * The catalysts whose coverage holds the place, nearest coverage first (by echelon), then by name.
     *
     * @param enclosing the place and the territories enclosing it, narrowest first
     */
    List<CatalystMatch> covering(List<TerritoryId> enclosing) {
        Map<String, List<Entry>> index = index();
        List<CatalystMatch> matches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // An EPCI spread over several départements (or régions) has several parents of one echelon: read every
        // territory of an echelon before any wider one, so that each catalyst is matched at its nearest echelon.
        List<TerritoryId> nearestFirst = new ArrayList<>(enclosing);
        nearestFirst.sort(Comparator.comparingInt(t -> t.echelon().ordinal()));
        for (TerritoryId territory : nearestFirst) {
            for (Entry e : index.getOrDefault(territory.toString(), List.of())) {
                if (seen.add(e.slug())) {
                    matches.add(
                            new CatalystMatch(e.slug(), e.name(), e.functions(), e.coverage(), territory, e.contact()));
                }
            }
        }
        // Catalysts of two territories of the same echelon are listed together by name.
        matches.sort(Comparator.<CatalystMatch>comparingInt(
                        m -> m.matchedBy().echelon().ordinal())
                .thenComparing(CatalystMatch::name, String.CASE_INSENSITIVE_ORDER));
        return matches;
    }

    private Map<String, List<Entry>> index() {
        Map<String, List<Entry>> index = byTerritory;
        if (index == null) {
            synchronized (this) {
                index = byTerritory;
                if (index == null) {
                    index = new HashMap<>();
                    for (Entry e : loader.get()) {
                        for (String territory : e.coverage()) {
                            index.computeIfAbsent(territory, k -> new ArrayList<>())
                                    .add(e);
                        }
                    }
                    index.values()
                            .forEach(l -> l.sort(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER)));
                    byTerritory = index;
                }
            }
        }
        return index;
    }
}
