package org.catalyse.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The PostgreSQL baseline of the search benchmark, as peer platforms build it: one table with a weighted
 * {@code tsvector} of title, summary, body and labels ({@code 'french'} configuration) and the facets and
 * territories as arrays, each with a GIN index; a query is {@code plainto_tsquery('french', q)} ranked by
 * {@code ts_rank}, top 20 with a {@code ts_headline} of the body, plus the facet and type counts of the whole
 * filtered set, in one statement.
 */
final class PostgresFullText {

    private final DataSource dataSource;

    PostgresFullText(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Builds the table from the {@code search_entry} table; returns the table time, the index time and the size. */
    long[] build() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("set max_parallel_workers_per_gather = 2");
            s.execute("set maintenance_work_mem = '512MB'");
            s.execute("drop table if exists search_fts");
            s.execute("""
                    create table search_fts as
                    select e.id, e.type, e.title, e.entry_date,
                           string_to_array(coalesce(e.facet_values, ''), ' ') as facets,
                           string_to_array(coalesce(e.territory_ids, ''), ' ') as territories,
                           string_to_array(coalesce(e.within_ids, ''), ' ') as within,
                           setweight(to_tsvector('french', e.title), 'A')
                             || setweight(to_tsvector('french', coalesce(e.summary, '')), 'B')
                             || to_tsvector('french', coalesce(e.body, '') || ' ' || coalesce(e.labels, '')) as tsv
                    from search_entry e
                    """);
            long t1 = System.nanoTime();
            s.execute("alter table search_fts add primary key (id)");
            s.execute("create index search_fts_tsv on search_fts using gin (tsv)");
            s.execute("create index search_fts_facets on search_fts using gin (facets)");
            s.execute("create index search_fts_territories on search_fts using gin (territories)");
            s.execute("create index search_fts_within on search_fts using gin (within)");
            s.execute("create index search_fts_date on search_fts (entry_date desc)");
            s.execute("analyze search_fts");
            long t2 = System.nanoTime();
            long bytes;
            try (ResultSet rs = s.executeQuery("select pg_total_relation_size('search_fts')")) {
                rs.next();
                bytes = rs.getLong(1);
            }
            return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, bytes};
        }
    }

    /** Runs one query; returns the total number of matching documents. */
    long search(SearchQuery query, Map<String, List<String>> around) throws Exception {
        String q = query.q() == null ? "" : query.q().trim();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!q.isEmpty()) {
            where.add("tsv @@ plainto_tsquery('french', ?)");
            params.add(q);
        }
        for (Map.Entry<String, List<String>> axis : query.filters().entrySet()) {
            where.add("facets && ?");
            params.add(
                    axis.getValue().stream().map(v -> axis.getKey() + ":" + v).toList());
        }
        if (query.territory() != null) {
            if ("within".equals(query.scope())) {
                where.add("within @> ?");
                params.add(List.of(query.territory()));
            } else {
                where.add("territories && ?");
                params.add(around.get(query.territory()));
            }
        }
        String rank = q.isEmpty() ? "0::real" : "ts_rank(tsv, plainto_tsquery('french', ?))";
        String sql = "with m as materialized (select id, type, title, entry_date, facets, " + rank
                + " as r from search_fts" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + "),"
                + " top as (select id, title, r, entry_date from m order by r desc, entry_date desc nulls last"
                + " limit 20)"
                + " select 'hit', top.id, top.title, "
                + (q.isEmpty()
                        ? "left(e.summary, 180)"
                        : "ts_headline('french', e.body, plainto_tsquery('french', ?),"
                                + " 'MaxFragments=1,MaxWords=30,MinWords=15,StartSel=<mark>,StopSel=</mark>')")
                + ", 0::bigint from top join search_entry e on e.id = top.id"
                + " union all select 'facet', f, null, null, count(*) from m, unnest(m.facets) f group by f"
                + " union all select 'type', type, null, null, count(*) from m group by type"
                + " union all select 'total', null, null, null, count(*) from m";
        List<Object> all = new ArrayList<>();
        if (!q.isEmpty()) {
            all.add(q);
        }
        all.addAll(params);
        if (!q.isEmpty()) {
            all.add(q);
        }
        long total = -1;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < all.size(); i++) {
                Object p = all.get(i);
                if (p instanceof List<?> list) {
                    Array array = c.createArrayOf("text", list.toArray());
                    s.setArray(i + 1, array);
                } else {
                    s.setString(i + 1, (String) p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if ("total".equals(rs.getString(1))) {
                        total = rs.getLong(5);
                    }
                }
            }
        }
        return total;
    }
}
