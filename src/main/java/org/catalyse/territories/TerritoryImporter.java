package org.catalyse.territories;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked {@link TerritoryDataset} into the database in one transaction. A version already
 * imported is skipped; a newer one updates territories in place, and communes that disappeared are kept,
 * flagged obsolete and pointed to their successor when the new files name one.
 */
class TerritoryImporter {

    private static final Logger log = LoggerFactory.getLogger(TerritoryImporter.class);

    /** What an import did. */
    record Report(String version, boolean skipped, int inserted, int updated, int obsoleted, long millis) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    TerritoryImporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    Report importDataset(TerritoryDataset dataset) {
        long start = System.nanoTime();
        Report report = transaction.execute(status -> write(dataset, start));
        if (report.skipped()) {
            log.info("Territory data {} already imported", dataset.version());
        } else {
            log.info(
                    "Territory data {} imported in {} ms: {} new, {} updated, {} made obsolete",
                    dataset.version(),
                    report.millis(),
                    report.inserted(),
                    report.updated(),
                    report.obsoleted());
        }
        return report;
    }

    private Report write(TerritoryDataset dataset, long start) {
        Integer already = jdbc.queryForObject(
                "select count(*) from territory_dataset where version = ? and checksum = ?",
                Integer.class,
                dataset.version(),
                dataset.checksum());
        if (already != null && already > 0) {
            return new Report(dataset.version(), true, 0, 0, 0, 0);
        }
        Map<String, Boolean> existing = new HashMap<>();
        jdbc.query("select id, obsolete from territory", rs -> {
            existing.put(rs.getString(1), rs.getBoolean(2));
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (TerritoryDataset.Row row : dataset.territories()) {
            String id = row.id().toString();
            present.add(id);
            Object[] values = {
                row.name(), row.kind(), row.zone(), row.population(), row.siren(), id,
            };
            if (existing.containsKey(id)) {
                updates.add(values);
            } else {
                inserts.add(new Object[] {
                    id,
                    row.id().echelon().key(),
                    row.id().code(),
                    row.name(),
                    row.kind(),
                    row.zone(),
                    row.population(),
                    row.siren()
                });
            }
        }
        jdbc.batchUpdate(
                "insert into territory (id, echelon, code, name, kind, zone, population, siren, obsolete)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, false)",
                inserts);
        jdbc.batchUpdate(
                "update territory set name = ?, kind = ?, zone = ?, population = ?, siren = ?, obsolete = false,"
                        + " successor_id = null where id = ?",
                updates);
        List<Object[]> obsoleted = obsolete(dataset, existing, present);
        jdbc.batchUpdate("update territory set obsolete = true, successor_id = ? where id = ?", obsoleted);
        replaceLinks(dataset);
        jdbc.update(
                "insert into territory_dataset (version, checksum, source, licence, territories, imported_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                dataset.version(),
                dataset.checksum(),
                truncate(dataset.source(), 400),
                truncate(dataset.licence(), 100),
                dataset.territories().size(),
                Timestamp.from(Instant.now()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Report(dataset.version(), false, inserts.size(), updates.size(), obsoleted.size(), millis);
    }

    /** Territories of the database that the new files no longer have, with their successor if known. */
    private static List<Object[]> obsolete(
            TerritoryDataset dataset, Map<String, Boolean> existing, Set<String> present) {
        Map<String, String> successors = new HashMap<>();
        for (TerritoryDataset.SecondaryName name : dataset.secondaryNames()) {
            successors.putIfAbsent(name.code(), name.commune().toString());
        }
        for (TerritoryDataset.FormerCode former : dataset.formerCodes()) {
            successors.putIfAbsent(former.code(), former.commune().toString());
        }
        List<Object[]> obsoleted = new ArrayList<>();
        for (Map.Entry<String, Boolean> entry : existing.entrySet()) {
            String id = entry.getKey();
            if (present.contains(id) || entry.getValue()) {
                continue;
            }
            String successor = null;
            if (id.startsWith(Echelon.COMMUNE.key() + ":")) {
                successor = successors.get(id.substring(id.indexOf(':') + 1));
            }
            obsoleted.add(new Object[] {successor, id});
        }
        return obsoleted;
    }

    private void replaceLinks(TerritoryDataset dataset) {
        jdbc.update("delete from territory_parent");
        jdbc.update("delete from territory_postal_code");
        jdbc.update("delete from territory_secondary_name");
        jdbc.update("delete from territory_former_code");
        List<Object[]> parents = new ArrayList<>();
        List<Object[]> postalCodes = new ArrayList<>();
        for (TerritoryDataset.Row row : dataset.territories()) {
            String id = row.id().toString();
            for (TerritoryId parent : row.parents()) {
                parents.add(new Object[] {id, parent.toString()});
            }
            for (String postalCode : row.postalCodes()) {
                postalCodes.add(new Object[] {id, postalCode});
            }
        }
        jdbc.batchUpdate("insert into territory_parent (child_id, parent_id) values (?, ?)", parents);
        jdbc.batchUpdate("insert into territory_postal_code (territory_id, postal_code) values (?, ?)", postalCodes);
        jdbc.batchUpdate(
                "insert into territory_secondary_name (code, kind, name, territory_id) values (?, ?, ?, ?)",
                dataset.secondaryNames().stream()
                        .map(n -> new Object[] {
                            n.code(), n.kind(), n.name(), n.commune().toString()
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into territory_former_code (code, territory_id) values (?, ?)",
                dataset.formerCodes().stream()
                        .map(f -> new Object[] {f.code(), f.commune().toString()})
                        .toList());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
