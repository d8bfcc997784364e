package org.catalyse.territories;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.catalyse.territories.TerritoryDataFile.Line;
import org.catalyse.territories.TerritoryDataFile.Table;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The territory data files (see scripts/territories/), parsed and checked as a whole before anything is
 * written: a reference to a missing territory or a malformed value stops the import with the file and
 * line at fault.
 */
record TerritoryDataset(
        String version,
        String source,
        String licence,
        String checksum,
        List<Row> territories,
        List<SecondaryName> secondaryNames,
        List<FormerCode> formerCodes) {

    /** One territory as the files describe it, with every territory that encloses it. */
    record Row(
            TerritoryId id,
            String name,
            String kind,
            String zone,
            Integer population,
            String siren,
            List<String> postalCodes,
            List<TerritoryId> parents) {}

    /** A commune déléguée or associée, or a municipal arrondissement, and the commune it belongs to. */
    record SecondaryName(String code, String name, String kind, TerritoryId commune) {}

    /** A code a commune had before a merger. */
    record FormerCode(String code, TerritoryId commune) {}

    static final List<String> FILES = List.of(
            "dataset.properties",
            "regions.tsv",
            "departements.tsv",
            "epci.tsv",
            "communes.tsv",
            "secondary-names.tsv",
            "former-codes.tsv");

    /** Reads and checks the files under {@code location}, e.g. {@code classpath:territories/}. */
    static TerritoryDataset load(ResourceLoader loader, String location) {
        String base = location.endsWith("/") ? location : location + "/";
        MessageDigest digest = sha256();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : FILES) {
            Resource resource = loader.getResource(base + file);
            try (InputStream in = resource.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                digest.update(bytes);
                texts.put(file, new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new TerritoryDataException(file, 0, "fichier illisible ou absent sous " + base);
            }
        }
        Properties meta = new Properties();
        try {
            meta.load(new java.io.StringReader(texts.get("dataset.properties")));
        } catch (IOException e) {
            throw new TerritoryDataException("dataset.properties", 0, e.getMessage());
        }
        String version = meta.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new TerritoryDataException("dataset.properties", 0, "la clé « version » manque");
        }
        Parser parser = new Parser();
        parser.regions(new Table("regions.tsv", texts.get("regions.tsv"), 4));
        parser.departements(new Table("departements.tsv", texts.get("departements.tsv"), 5));
        parser.epcis(new Table("epci.tsv", texts.get("epci.tsv"), 4));
        parser.communes(new Table("communes.tsv", texts.get("communes.tsv"), 9));
        parser.secondaryNames(new Table("secondary-names.tsv", texts.get("secondary-names.tsv"), 4));
        parser.formerCodes(new Table("former-codes.tsv", texts.get("former-codes.tsv"), 2));
        return new TerritoryDataset(
                version.trim(),
                meta.getProperty("source", ""),
                meta.getProperty("licence", ""),
                HexFormat.of().formatHex(digest.digest()),
                parser.rows(),
                parser.secondaryNames,
                parser.formerCodes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the rows file by file, checking that every reference points to a known territory. */
    private static final class Parser {
        final Map<TerritoryId, Row> byId = new LinkedHashMap<>();
        final Map<TerritoryId, Set<TerritoryId>> epciParents = new LinkedHashMap<>();
        final List<SecondaryName> secondaryNames = new ArrayList<>();
        final List<FormerCode> formerCodes = new ArrayList<>();
        long totalPopulation;

        void regions(Table table) {
            for (Line line : table.lines()) {
                add(line, area(line, line.id(Echelon.REGION, 0), 2, 3, List.of(TerritoryId.FRANCE)));
            }
        }

        void departements(Table table) {
            for (Line line : table.lines()) {
                TerritoryId region = known(line, line.id(Echelon.REGION, 2));
                add(line, area(line, line.id(Echelon.DEPARTEMENT, 0), 3, 4, List.of(region, TerritoryId.FRANCE)));
            }
        }

        /** A région or a département: code, name, zone and population, no postal code. */
        private static Row area(Line line, TerritoryId id, int zone, int population, List<TerritoryId> parents) {
            return new Row(
                    id,
                    line.text(1, "nom"),
                    null,
                    line.optional(zone),
                    line.integer(population, "population"),
                    null,
                    List.of(),
                    parents);
        }

        void epcis(Table table) {
            for (Line line : table.lines()) {
                TerritoryId id = line.id(Echelon.EPCI, 0);
                add(
                        line,
                        new Row(
                                id,
                                line.text(1, "nom"),
                                line.optional(2),
                                null,
                                line.integer(3, "population"),
                                id.code(),
                                List.of(),
                                List.of()));
                epciParents.put(id, new LinkedHashSet<>());
            }
        }

        void communes(Table table) {
            for (Line line : table.lines()) {
                TerritoryId id = line.id(Echelon.COMMUNE, 0);
                TerritoryId departement = known(line, line.id(Echelon.DEPARTEMENT, 2));
                TerritoryId region = known(line, line.id(Echelon.REGION, 3));
                List<TerritoryId> parents = new ArrayList<>(4);
                if (line.optional(4) != null) {
                    TerritoryId epci = known(line, line.id(Echelon.EPCI, 4));
                    parents.add(epci);
                    epciParents.get(epci).add(departement);
                    epciParents.get(epci).add(region);
                }
                parents.add(departement);
                parents.add(region);
                parents.add(TerritoryId.FRANCE);
                String postal = line.optional(7);
                List<String> postalCodes = postal == null ? List.of() : List.of(postal.split(" "));
                for (String code : postalCodes) {
                    if (!code.matches("[0-9]{5}")) {
                        throw line.fail("code postal mal formé : « " + Echelon.abbreviate(code) + " »");
                    }
                }
                String siren = line.optional(6);
                if (siren != null && !siren.matches("[0-9]{9}")) {
                    throw line.fail("SIREN mal formé : « " + Echelon.abbreviate(siren) + " »");
                }
                Integer population = line.integer(5, "population");
                totalPopulation += population == null ? 0 : population;
                add(
                        line,
                        new Row(
                                id,
                                line.text(1, "nom"),
                                null,
                                line.optional(8),
                                population,
                                siren,
                                postalCodes,
                                List.copyOf(parents)));
            }
        }

        void secondaryNames(Table table) {
            for (Line line : table.lines()) {
                String code = line.id(Echelon.COMMUNE, 0).code();
                TerritoryId commune = known(line, line.id(Echelon.COMMUNE, 3));
                secondaryNames.add(new SecondaryName(code, line.text(1, "nom"), line.text(2, "type"), commune));
            }
        }

        void formerCodes(Table table) {
            for (Line line : table.lines()) {
                String code = line.id(Echelon.COMMUNE, 0).code();
                formerCodes.add(new FormerCode(code, known(line, line.id(Echelon.COMMUNE, 1))));
            }
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>(byId.size() + 1);
            rows.add(new Row(
                    TerritoryId.FRANCE, "France", null, null, (int) totalPopulation, null, List.of(), List.of()));
            for (Row row : byId.values()) {
                if (row.id().echelon() == Echelon.EPCI) {
                    List<TerritoryId> parents = new ArrayList<>(epciParents.get(row.id()));
                    parents.sort(
                            java.util.Comparator.comparing(TerritoryId::echelon).thenComparing(TerritoryId::code));
                    parents.add(TerritoryId.FRANCE);
                    row = new Row(
                            row.id(),
                            row.name(),
                            row.kind(),
                            row.zone(),
                            row.population(),
                            row.siren(),
                            row.postalCodes(),
                            List.copyOf(parents));
                }
                rows.add(row);
            }
            return rows;
        }

        private void add(Line line, Row row) {
            if (byId.putIfAbsent(row.id(), row) != null) {
                throw line.fail("code en double : " + row.id());
            }
        }

        private TerritoryId known(Line line, TerritoryId id) {
            if (!byId.containsKey(id)) {
                throw line.fail("référence à un territoire inconnu : " + id);
            }
            return id;
        }
    }
}
