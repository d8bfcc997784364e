package org.catalyse.alliances;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new actors and cases in batches of plain inserts, one statement per table for a whole batch: the import's
 * way of adding thousands of rows (the entities' own way, through Hibernate, writes each collection row by row).
 * The rows are the same as the entities' ({@link Actor}, {@link PartnershipCase}); what is written here has been
 * checked before, and the slugs are new.
 */
@Component
class AllianceRows {

    private final JdbcTemplate jdbc;

    AllianceRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A checked actor to add. */
    record NewActor(UUID id, String slug, ActorContent content) {}

    /**
     * A checked case to add, its texts rendered and its details written (with its partners resolved to actor ids: one
     * row per case).
     */
    record NewCase(
            UUID id,
            String slug,
            CaseContent content,
            String descriptionHtml,
            String replicationHtml,
            String detailsJson) {}

    void insertActors(List<NewActor> actors, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> functions = new ArrayList<>();
        List<Object[]> coverage = new ArrayList<>();
        for (NewActor a : actors) {
            ActorContent c = a.content();
            rows.add(new Object[] {
                a.id(),
                a.slug(),
                c.name(),
                c.profile(),
                c.siren(),
                c.siret(),
                c.rna(),
                c.homeCommune(),
                c.website(),
                c.description(),
                c.contact(),
                c.source(),
                c.sourceDate() == null ? null : java.sql.Date.valueOf(c.sourceDate()),
                false,
                at,
                at,
                0
            });
            c.catalystFunctions().stream().distinct().forEach(f -> functions.add(new Object[] {a.id(), f}));
            c.coverage().stream().distinct().forEach(t -> coverage.add(new Object[] {a.id(), t}));
        }
        insert(
                "insert into actor (id, slug, name, profile, siren, siret, rna, home_commune, website, description,"
                        + " contact, source, source_date, seed, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                new int[] {
                    Types.OTHER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.DATE,
                    Types.BOOLEAN,
                    Types.TIMESTAMP,
                    Types.TIMESTAMP,
                    Types.INTEGER
                });
        insert("insert into actor_catalyst_function (actor_id, function_key) values (?, ?)", functions, null);
        insert("insert into actor_coverage (actor_id, territory_id) values (?, ?)", coverage, null);
    }

    void insertCases(List<NewCase> cases, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (NewCase n : cases) {
            CaseContent c = n.content();
            rows.add(new Object[] {
                n.id(),
                n.slug(),
                c.title(),
                c.summary(),
                c.description(),
                n.descriptionHtml(),
                c.replication(),
                n.replicationHtml(),
                c.startYear(),
                c.status(),
                c.contact(),
                c.verified() == null ? null : java.sql.Date.valueOf(c.verified()),
                n.detailsJson(),
                false,
                at,
                at,
                0
            });
        }
        insert(
                "insert into partnership_case (id, slug, title, summary, description_markdown, description_html,"
                        + " replication_markdown, replication_html, start_year, status, contact, verified_on, details,"
                        + " seed, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                new int[] {
                    Types.OTHER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.INTEGER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.DATE,
                    Types.VARCHAR,
                    Types.BOOLEAN,
                    Types.TIMESTAMP,
                    Types.TIMESTAMP,
                    Types.INTEGER
                });
    }

    private void insert(String sql, List<Object[]> rows, int[] types) {
        if (rows.isEmpty()) {
            return;
        }
        if (types == null) {
            jdbc.batchUpdate(sql, rows);
        } else {
            jdbc.batchUpdate(sql, rows, types);
        }
    }
}
