package org.catalyse.territories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the territories API. */
final class TerritoryJson {

    private TerritoryJson() {}

    record Ref(String id, String echelon, String code, String name) {
        static Ref of(TerritoryRef ref) {
            return new Ref(
                    ref.id().toString(), ref.id().echelon().key(), ref.id().code(), ref.name());
        }
    }

    record Territory(
            String id,
            String echelon,
            String code,
            String name,
            String kind,
            Integer population,
            List<String> postalCodes,
            String siren,
            List<Ref> parents,
            int childrenCount,
            Map<String, Integer> childrenCountByEchelon,
            List<String> secondaryNames,
            boolean obsolete,
            Ref successor,
            String url) {

        static Territory of(TerritoryView t, Map<Echelon, Integer> counts) {
            Map<String, Integer> byEchelon = new LinkedHashMap<>();
            counts.forEach((e, n) -> byEchelon.put(e.key(), n));
            return new Territory(
                    t.id().toString(),
                    t.echelon().key(),
                    t.code(),
                    t.name(),
                    t.kind(),
                    t.population(),
                    t.postalCodes(),
                    t.siren(),
                    t.parents().stream().map(Ref::of).toList(),
                    t.childrenCount(),
                    byEchelon,
                    t.secondaryNames(),
                    t.obsolete(),
                    t.successor() == null ? null : Ref.of(t.successor()),
                    TerritoryPages.path(t.id()));
        }
    }

    record Match(String quality, String by, String text) {}

    record Found(
            String id,
            String echelon,
            String code,
            String name,
            Integer population,
            String context,
            String url,
            Match match) {

        static Found of(TerritoryMatch m) {
            TerritoryView t = m.territory();
            return new Found(
                    t.id().toString(),
                    t.echelon().key(),
                    t.code(),
                    t.name(),
                    t.population(),
                    t.location(),
                    TerritoryPages.path(t.id()),
                    new Match(m.quality().name().toLowerCase(java.util.Locale.ROOT), m.matchedBy(), m.matchedText()));
        }
    }

    record Items<T>(List<T> items) {}

    record Children(List<Territory> items, int page, int size, long total, long totalPages) {}
}
