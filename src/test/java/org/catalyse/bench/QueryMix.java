package org.catalyse.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.catalyse.bench.TerritoryLookupBenchmark.Query;
import org.catalyse.territories.Territories;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deterministic mix of lookups as people type them, drawn from the territories in the database with a
 * fixed seed: the same data and seed always give the same queries in the same order.
 */
final class QueryMix {

    private record Named(String code, String name) {}

    private QueryMix() {}

    static List<Query> generate(JdbcTemplate jdbc, Territories territories, long seed) {
        Random random = new Random(seed);
        List<Named> communes = named(jdbc, "commune");
        List<Named> epcis = named(jdbc, "epci");
        List<Named> departements = named(jdbc, "departement");
        List<Named> regions = named(jdbc, "region");
        List<String> postalCodes = jdbc.queryForList(
                "select distinct p.postal_code from territory_postal_code p"
                        + " join territory t on t.id = p.territory_id where t.obsolete = false order by 1",
                String.class);
        List<Named> saints = communes.stream()
                .filter(c -> c.name().startsWith("Saint-") || c.name().startsWith("Sainte-"))
                .toList();

        List<Query> queries = new ArrayList<>();

        // Full commune names, typed in various ways.
        for (int i = 0; i < 60; i++) {
            String name = pick(communes, random).name();
            String typed = switch (i % 5) {
                case 0 -> name;
                case 1 -> name.toLowerCase(Locale.FRENCH);
                case 2 -> name.toUpperCase(Locale.FRENCH);
                case 3 -> TerritoryLookupBenchmark.stripAccents(name);
                default ->
                    TerritoryLookupBenchmark.stripAccents(name)
                            .toLowerCase(Locale.ROOT)
                            .replace('-', ' ')
                            .replace("'", " ");
            };
            queries.add(new Query("commune name", typed));
        }
        // What has been typed so far: the first 3 to 8 letters.
        for (int i = 0; i < 80; i++) {
            String name = pick(communes, random).name().toLowerCase(Locale.FRENCH);
            if (i % 2 == 0) {
                name = TerritoryLookupBenchmark.stripAccents(name);
            }
            int length = Math.min(name.length(), 3 + random.nextInt(6));
            queries.add(new Query("name prefix (3-8)", name.substring(0, length).trim()));
        }
        // "st etienne", "ste foy les lyon", "St-Genis", ...
        for (int i = 0; i < 40; i++) {
            String name = pick(saints, random).name();
            boolean sainte = name.startsWith("Sainte-");
            String rest = name.substring(sainte ? 7 : 6);
            String typed = switch (i % 4) {
                case 0 -> (sainte ? "ste " : "st ") + words(rest, 1);
                case 1 -> (sainte ? "ste " : "st ") + words(rest, 9);
                case 2 -> (sainte ? "Ste-" : "St-") + rest;
                default -> (sainte ? "ste " : "st ") + prefix(words(rest, 1), 4);
            };
            queries.add(new Query("st / ste", typed.trim()));
        }
        // Postal codes, whole and partial ("290").
        for (int i = 0; i < 50; i++) {
            queries.add(new Query("postal code", pick(postalCodes, random)));
        }
        for (int i = 0; i < 30; i++) {
            String code = pick(postalCodes, random);
            queries.add(new Query("postal code prefix", code.substring(0, i % 3 == 2 ? 4 : 3)));
        }
        // Official codes: INSEE commune codes and département codes, Corsica included.
        for (int i = 0; i < 20; i++) {
            queries.add(new Query("INSEE code", pick(communes, random).code()));
        }
        List<String> departementCodes = new ArrayList<>(List.of("38", "2A", "2B", "75", "974"));
        while (departementCodes.size() < 20) {
            departementCodes.add(pick(departements, random).code());
        }
        departementCodes.forEach(code -> queries.add(new Query("département code", code)));
        // EPCI: the whole official name, or a few words of it without the "CC"/"CA" kind.
        for (int i = 0; i < 40; i++) {
            String name = pick(epcis, random).name();
            String typed = i % 2 == 0 ? name : words(dropKind(name).toLowerCase(Locale.FRENCH), 2);
            queries.add(new Query("EPCI name", typed));
        }
        // Départements and régions by name.
        for (int i = 0; i < 20; i++) {
            Named n = i % 4 == 0 ? pick(regions, random) : pick(departements, random);
            queries.add(new Query(
                    "département / région name",
                    TerritoryLookupBenchmark.stripAccents(n.name()).toLowerCase(Locale.ROOT)));
        }
        // Misspellings that find nothing.
        Set<String> misspelt = new LinkedHashSet<>();
        for (int attempt = 0; misspelt.size() < 40 && attempt < 10_000; attempt++) {
            String name = TerritoryLookupBenchmark.stripAccents(
                            pick(communes, random).name())
                    .toLowerCase(Locale.ROOT);
            if (name.length() < 6) {
                continue;
            }
            String typo = misspell(name, random);
            if (territories.search(typo, null, 10).isEmpty()) {
                misspelt.add(typo);
            }
        }
        misspelt.forEach(typo -> queries.add(new Query("misspelt (no result)", typo)));
        return List.copyOf(queries);
    }

    private static List<Named> named(JdbcTemplate jdbc, String echelon) {
        return jdbc.query(
                "select code, name from territory where echelon = ? and obsolete = false order by code",
                (rs, i) -> new Named(rs.getString(1), rs.getString(2)),
                echelon);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** The first {@code count} words of a hyphenated or spaced name, joined with spaces. */
    private static String words(String name, int count) {
        String[] parts = name.split("[- ']+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length && i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(parts[i]);
        }
        return TerritoryLookupBenchmark.stripAccents(out.toString()).toLowerCase(Locale.ROOT);
    }

    private static String prefix(String text, int length) {
        return text.substring(0, Math.min(length, text.length()));
    }

    private static String dropKind(String name) {
        return name.replaceFirst(
                        "^(CC|CA|CU|Métropole|Métropole de|Communauté de communes|Communauté d'agglomération)\\s+", "")
                .replaceFirst("^(du|de la|de l'|des|de|d')\\s*", "");
    }

    /** Two typing errors: a wrong letter and two letters swapped. */
    private static String misspell(String name, Random random) {
        char[] chars = name.toCharArray();
        int wrong = 1 + random.nextInt(chars.length - 2);
        chars[wrong] = "qxzkwj".charAt(random.nextInt(6));
        int swap = 1 + random.nextInt(chars.length - 2);
        char c = chars[swap];
        chars[swap] = chars[swap + 1];
        chars[swap + 1] = c;
        return new String(chars);
    }
}
