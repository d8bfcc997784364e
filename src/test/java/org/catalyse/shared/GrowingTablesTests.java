package org.catalyse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Statistics of fast-growing tables: analysed each time they double past 1,000 rows, on PostgreSQL only. The
 * PostgreSQL case runs when the suite does ({@code catalyse.test.datasource.url}), in a schema of its own.
 */
class GrowingTablesTests {

    @Test
    void analysesWhenTheTableHasDoubledSinceItsLastAnalysis() {
        assertThat(GrowingTables.due(999, 0)).isFalse();
        assertThat(GrowingTables.due(1000, 0)).isTrue();
        assertThat(GrowingTables.due(1000, 600)).isFalse();
        assertThat(GrowingTables.due(1200, 600)).isTrue();
        assertThat(GrowingTables.due(5999, 3000)).isFalse();
        assertThat(GrowingTables.due(6000, 3000)).isTrue();
    }

    @Test
    void analysesOnPostgresqlOnly() {
        String url = System.getProperty("catalyse.test.datasource.url", "");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String schema =
                "growing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource dataSource = postgres
                ? new DriverManagerDataSource(
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        System.getProperty("catalyse.test.datasource.username", "postgres"),
                        "")
                : new DriverManagerDataSource("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (postgres) {
            jdbc.execute("create schema " + schema);
        }
        try {
            jdbc.execute("create table grown (id integer primary key, name varchar(20))");
            jdbc.update("insert into grown (id, name) select x, 'n' || x from " + series(postgres, 1500));
            GrowingTables tables = new GrowingTables(jdbc, "grown");

            assertThat(tables.added(1500)).isEqualTo(postgres);
            assertThat(tables.added(10)).isFalse();
            if (postgres) {
                assertThat(jdbc.queryForObject(
                                "select reltuples from pg_class where oid = to_regclass('grown')", Double.class))
                        .isEqualTo(1500.0);
                jdbc.update("insert into grown (id, name) select x + 1500, 'n' || x from " + series(true, 1500));
                assertThat(tables.added(1490)).isTrue();
            }
        } finally {
            jdbc.execute(postgres ? "drop schema " + schema + " cascade" : "shutdown");
        }
    }

    private static String series(boolean postgres, int n) {
        return postgres ? "generate_series(1, " + n + ") as x" : "system_range(1, " + n + ") as t(x)";
    }
}
