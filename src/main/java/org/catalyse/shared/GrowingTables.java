package org.catalyse.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's statistics of tables that an import makes grow fast. PostgreSQL plans a prepared statement
 * once for all after a few runs, with the statistics of that moment: a table that grows from a few rows to thousands
 * within one import keeps plans made for a few rows (whole-table scans where its index should be used), each lookup
 * getting slower as the table grows. {@link #added} analyses the tables each time they have doubled since the last
 * analysis, which also makes PostgreSQL plan those statements again. Nothing is done on other databases.
 * One instance per set of tables, shared by whoever adds rows to them in bulk.
 */
public final class GrowingTables {

    /** Below this many rows a table is not analysed: any plan is fast. */
    static final long SMALL = 1000;

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private Boolean postgres;
    /** How many rows the first table held at its last analysis, or -1 before it is known. */
    private long analysed = -1;
    /** How many rows the first table holds, as far as known here, or -1 before it is counted. */
    private long rows = -1;

    /**
     * @param tables names of tables analysed together; the first one's size decides
     */
    public GrowingTables(JdbcTemplate jdbc, String... tables) {
        this.jdbc = jdbc;
        this.tables = List.of(tables);
    }

    /**
     * Tells that {@code added} rows were just committed into the first table (call it outside a transaction); on
     * PostgreSQL, analyses the tables when the first one holds at least twice as many rows as at its last analysis.
     * Rows added by others are seen at the next analysis only.
     *
     * @return whether the tables were analysed
     */
    public synchronized boolean added(long added) {
        if (!postgres()) {
            return false;
        }
        if (rows < 0) {
            Long count = jdbc.queryForObject("select count(*) from " + tables.get(0), Long.class);
            rows = count == null ? 0 : count;
        } else {
            rows += added;
        }
        if (analysed < 0) {
            Double estimate = jdbc.queryForObject(
                    "select reltuples from pg_class where oid = to_regclass(?)", Double.class, tables.get(0));
            analysed = estimate == null ? 0 : Math.max(0, estimate.longValue());
        }
        if (!due(rows, analysed)) {
            return false;
        }
        jdbc.execute("analyze " + String.join(", ", tables));
        analysed = rows;
        return true;
    }

    /** Whether a table of {@code rows} rows, analysed when it held {@code analysed}, should be analysed again. */
    static boolean due(long rows, long analysed) {
        return rows >= SMALL && rows >= 2 * Math.max(analysed, SMALL / 2);
    }

    private boolean postgres() {
        if (postgres == null) {
            String product = jdbc.execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        }
        return postgres;
    }
}
