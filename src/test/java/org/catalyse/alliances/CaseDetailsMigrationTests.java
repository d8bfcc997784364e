package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration 18 moves a case's territories, frame values, outcomes with figures and sources from their five tables
 * into the case's {@code details} column, and migration 19 its partners: a database at version 17 holding such rows
 * reads the same afterwards. Runs on an H2 database of its own, or on PostgreSQL in a schema of its own when the suite
 * runs there.
 */
class CaseDetailsMigrationTests {

    private static final UUID FULL = UUID.fromString("019a0000-0000-7000-8000-000000000001");
    private static final UUID BARE = UUID.fromString("019a0000-0000-7000-8000-000000000002");
    private static final UUID THIRD = UUID.fromString("019a0000-0000-7000-8000-000000000003");
    private static final UUID ACTOR = UUID.fromString("019a0000-0000-7000-8000-0000000000aa");
    private static final UUID OTHER_ACTOR = UUID.fromString("019a0000-0000-7000-8000-0000000000bb");

    private String url;
    private String user;
    private String schema;

    @BeforeEach
    void database() {
        String postgres = System.getProperty("catalyse.test.datasource.url", "");
        if (postgres.startsWith("jdbc:postgresql:")) {
            schema = "case_details_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            user = System.getProperty("catalyse.test.datasource.username", "postgres");
        } else {
            url = "jdbc:h2:mem:case-details-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
        }
    }

    private Flyway flyway(String target) {
        String vendor = schema == null ? "h2" : "postgresql";
        var config = Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target(target);
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        return config.load();
    }

    @Test
    void movesPartnersTerritoriesQualifiersOutcomesFiguresAndSourcesIntoTheCase() throws SQLException {
        flyway("17").migrate();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("insert into actor (id, slug, name, profile, created_at, updated_at, version) values ('"
                    + ACTOR + "', 'cress-bretagne', 'CRESS Bretagne', 'association', current_timestamp,"
                    + " current_timestamp, 0)");
            s.execute("insert into actor (id, slug, name, profile, created_at, updated_at, version) values ('"
                    + OTHER_ACTOR + "', 'mairie-de-morlaix', 'Mairie de Morlaix', 'collectivite', current_timestamp,"
                    + " current_timestamp, 0)");
            for (UUID id : List.of(FULL, BARE, THIRD)) {
                s.execute("insert into partnership_case (id, slug, title, summary, description_markdown,"
                        + " description_html, status, created_at, updated_at, version) values ('" + id + "', 'c-"
                        + id.toString().substring(34) + "', 'Titre', 'Résumé', 'Texte', '<p>Texte</p>', 'en-cours',"
                        + " current_timestamp, current_timestamp, 0)");
            }
            s.execute("insert into case_partner (case_id, position, actor_id, role) values ('" + THIRD + "', 0, '"
                    + OTHER_ACTOR + "', 'financeur')");
            // Written out of order: the partners keep the order of their positions.
            s.execute("insert into case_partner (case_id, position, actor_id, role) values ('" + FULL + "', 1, '"
                    + OTHER_ACTOR + "', null)");
            s.execute("insert into case_partner (case_id, position, actor_id, role) values ('" + FULL + "', 0, '"
                    + ACTOR + "', 'porteur')");
            s.execute("insert into case_territory (case_id, territory_id) values ('" + FULL + "', 'epci:242900645')");
            s.execute("insert into case_territory (case_id, territory_id) values ('" + FULL + "', 'commune:29151')");
            for (String[] q : new String[][] {
                {"partnership-mode", "mecenat"},
                {"action-domain", "emploi"},
                {"action-domain", "education"},
                {"mecenat-type", "competences"}
            }) {
                s.execute("insert into case_qualifier (case_id, axis, value_key) values ('" + FULL + "', '" + q[0]
                        + "', '" + q[1] + "')");
            }
            s.execute("insert into case_outcome (case_id, impact, outcome_text) values ('" + FULL
                    + "', 'performance', '120 jeunes accompagnés.')");
            s.execute("insert into case_outcome (case_id, impact, outcome_text) values ('" + FULL
                    + "', 'confiance', 'D''autres projets ensemble.')");
            s.execute("insert into case_figure (case_id, position, impact, label, figure_value, unit) values ('" + FULL
                    + "', 1, 'performance', 'Taux de retour à l''emploi', 42.50, '%')");
            s.execute("insert into case_figure (case_id, position, impact, label, figure_value, unit) values ('" + FULL
                    + "', 0, 'performance', 'Jeunes accompagnés', 120, null)");
            s.execute("insert into case_source (case_id, position, title, publisher, published) values ('" + FULL
                    + "', 1, 'Article', 'Ouest-France', '2024-05')");
            s.execute("insert into case_source (case_id, position, title, publisher, published) values ('" + FULL
                    + "', 0, 'Rapport d''activité 2023', null, '2024')");
        }

        flyway("latest").migrate();

        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            CaseDetails full = details(s, FULL);
            assertThat(full.partners())
                    .containsExactly(new CaseParts.Partner(ACTOR, "porteur"), new CaseParts.Partner(OTHER_ACTOR, null));
            assertThat(full.territories()).containsExactly("commune:29151", "epci:242900645");
            assertThat(full.qualifiersIn(Alliances.CASE_AXES))
                    .isEqualTo(Map.of(
                            "action-domain", List.of("education", "emploi"),
                            "partnership-mode", List.of("mecenat"),
                            "mecenat-type", List.of("competences")));
            assertThat(full.outcomesIn(Alliances.IMPACTS).keySet()).containsExactly("performance", "confiance");
            CaseContent.Outcome performance = full.outcomes().get("performance");
            assertThat(performance.text()).isEqualTo("120 jeunes accompagnés.");
            assertThat(performance.figures())
                    .containsExactly(
                            new CaseContent.Figure("Jeunes accompagnés", new BigDecimal("120.00"), null),
                            new CaseContent.Figure("Taux de retour à l'emploi", new BigDecimal("42.50"), "%"));
            assertThat(full.outcomes().get("confiance").figures()).isEmpty();
            assertThat(full.sources())
                    .containsExactly(
                            new CaseContent.Source("Rapport d'activité 2023", null, "2024"),
                            new CaseContent.Source("Article", "Ouest-France", "2024-05"));

            assertThat(details(s, BARE)).isEqualTo(CaseDetails.NONE);
            assertThat(details(s, THIRD).partners()).containsExactly(new CaseParts.Partner(OTHER_ACTOR, "financeur"));

            for (String gone : List.of(
                    "case_territory", "case_qualifier", "case_outcome", "case_figure", "case_source", "case_partner")) {
                assertThat(tableExists(c, gone)).as(gone).isFalse();
            }
            // The search entries gained the column of their links (the index is rebuilt at start-up).
            try (ResultSet rows = s.executeQuery("select count(link_ids) from search_entry")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    private static CaseDetails details(Statement s, UUID id) throws SQLException {
        try (ResultSet rows = s.executeQuery("select details from partnership_case where id = '" + id + "'")) {
            assertThat(rows.next()).isTrue();
            return new CaseDetails.Json().convertToEntityAttribute(rows.getString(1));
        }
    }

    private boolean tableExists(Connection c, String table) throws SQLException {
        String name = schema == null ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet tables = c.getMetaData().getTables(null, schema == null ? null : schema, name, null)) {
            return tables.next();
        }
    }
}
