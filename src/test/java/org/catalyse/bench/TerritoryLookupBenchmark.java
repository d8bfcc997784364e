package org.catalyse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.catalyse.CatalyseApplication;
import org.catalyse.territories.Territories;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Territory lookup latency, in process: {@link Territories#search} against a naive SQL query on the same H2
 * database, over the same deterministic query mix, plus the same queries through the HTTP API on loopback.
 *
 * <p>Phases, in one JVM: (1) {@code Territories.search} alone, warm-up then measured rounds over every query;
 * (2) SQL warm-up; (3) measured rounds that each run every query through {@code Territories.search} and then
 * a slice of the queries through the SQL baseline, so that both share the same stretch of time; (4) HTTP.
 *
 * <p>Arguments (all optional): {@code --data-dir=DIR} (a temporary directory by default; an empty one
 * triggers the territory import), {@code --out=FILE} (the Markdown summary), {@code --values=FILE} (the
 * main figures as {@code key=value} lines), {@code --rounds=5}, {@code --warmup=3}, {@code --sql-rounds=1},
 * {@code --sql-warmup=0.5}, {@code --http-rounds=1}, {@code --seed=20250601}. Not a test: {@code bench/run}
 * runs it.
 */
public final class TerritoryLookupBenchmark {

    static final double TARGET_P95_MS = 5.0;

    /** One query of the mix and the kind of input it stands for. */
    record Query(String category, String text) {}
    /** Latencies gathered for one way of answering the queries, overall and by kind of query. */
    static final class Samples {
        private final Map<String, List<Long>> byCategory = new LinkedHashMap<>();
        private final List<Long> all = new ArrayList<>();

        void add(String category, long nanos) {
            all.add(nanos);
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(nanos);
        }

        boolean isEmpty() {
            return all.isEmpty();
        }

        LatencyStats all() {
            return LatencyStats.of(toArray(all));
        }

        LatencyStats category(String category) {
            return LatencyStats.of(toArray(byCategory.getOrDefault(category, List.of())));
        }

        private static long[] toArray(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * Wall-clock and thread CPU time of one way of answering, with how many results each query got. CPU time
     * next to wall time: on a busy machine, the gap is time spent waiting for a CPU or in GC pauses.
     */
    static final class Side {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        final Samples wall = new Samples();
        final Samples cpu = new Samples();
        final Map<Query, Integer> hits = new HashMap<>();
        final List<Double> roundP95 = new ArrayList<>();
        private final ToIntFunction<String> lookup;
        private long sink;

        Side(ToIntFunction<String> lookup) {
            this.lookup = lookup;
        }

        /** Runs the queries in order; records them unless {@code measured} is false. */
        void run(List<Query> queries, boolean measured) {
            Samples round = new Samples();
            for (Query q : queries) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int found = lookup.applyAsInt(q.text());
                long elapsed = System.nanoTime() - t0;
                long cpuTime = THREADS.getCurrentThreadCpuTime() - c0;
                sink += found;
                if (measured) {
                    wall.add(q.category(), elapsed);
                    cpu.add(q.category(), cpuTime);
                    round.add(q.category(), elapsed);
                    hits.put(q, found);
                }
            }
            if (measured && !round.isEmpty() && queries.size() > 100) {
                roundP95.add(round.all().p95());
            }
        }

        long sink() {
            return sink;
        }
    }

    /** Endless walk through the queries, reshuffled at each pass. */
    static final class Cursor {
        private final List<Query> queries;
        private final Random random;
        private List<Query> pass = List.of();
        private int index;

        Cursor(List<Query> queries, long seed) {
            this.queries = queries;
            this.random = new Random(seed);
        }

        List<Query> next(int count) {
            List<Query> slice = new ArrayList<>(count);
            while (slice.size() < count) {
                if (index == pass.size()) {
                    List<Query> shuffled = new ArrayList<>(queries);
                    Collections.shuffle(shuffled, random);
                    pass = shuffled;
                    index = 0;
                }
                slice.add(pass.get(index++));
            }
            return slice;
        }
    }

    private static final Pattern CODE_LIKE = Pattern.compile("[0-9]{2,5}|2[AB][0-9]{0,3}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static final String SQL_BY_NAME = "select id, name, population from territory"
            + " where obsolete = false and lower(name) like ?"
            + " order by population desc nulls last limit 10";
    static final String SQL_BY_CODE = "select id, name, population from territory"
            + " where obsolete = false and code = ?"
            + " union"
            + " select t.id, t.name, t.population from territory t"
            + " join territory_postal_code p on p.territory_id = t.id"
            + " where t.obsolete = false and p.postal_code like ?"
            + " order by population desc nulls last limit 10";

    private TerritoryLookupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dataDir = options.containsKey("data-dir")
                ? Path.of(options.get("data-dir"))
                : Files.createTempDirectory("catalyse-bench-");
        Path out = options.containsKey("out") ? Path.of(options.get("out")) : null;
        Path values = options.containsKey("values") ? Path.of(options.get("values")) : null;
        Settings settings = new Settings(
                Integer.parseInt(options.getOrDefault("rounds", "5")),
                Integer.parseInt(options.getOrDefault("warmup", "3")),
                Double.parseDouble(options.getOrDefault("sql-rounds", "1")),
                Double.parseDouble(options.getOrDefault("sql-warmup", "0.5")),
                Integer.parseInt(options.getOrDefault("http-rounds", "1")),
                Long.parseLong(options.getOrDefault("seed", "20250601")));

        long startedAt = System.nanoTime();
        SpringApplication application = new SpringApplication(CatalyseApplication.class);
        // As command-line arguments, so that they win over application.properties.
        String[] properties = {
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--catalyse.data-dir=" + dataDir.toAbsolutePath(),
            "--spring.main.banner-mode=off"
        };
        try (ConfigurableApplicationContext context = application.run(properties)) {
            double startSeconds = (System.nanoTime() - startedAt) / 1e9;
            Territories territories = context.getBean(Territories.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
            List<Query> queries = QueryMix.generate(jdbc, territories, settings.seed());
            int n = queries.size();
            long seed = settings.seed();

            long benchStart = System.nanoTime();
            Side alone = new Side(q -> territories.search(q, null, 10).size());
            for (int round = 0; round < settings.warmup() + settings.rounds(); round++) {
                alone.run(shuffled(queries, seed + round), round >= settings.warmup());
            }

            Side interleaved = new Side(q -> territories.search(q, null, 10).size());
            Side sql = new Side(q -> baseline(jdbc, q));
            Cursor sqlQueries = new Cursor(queries, seed ^ 0x5EEDL);
            sql.run(sqlQueries.next((int) Math.round(n * settings.sqlWarmup())), false);
            sqlQueries = new Cursor(queries, seed ^ 0xBA5EL);
            long sqlCalls = Math.round(n * settings.sqlRounds());
            for (int r = 0; r < settings.rounds(); r++) {
                interleaved.run(shuffled(queries, seed + 1000 + r), true);
                long upTo = sqlCalls * (r + 1) / settings.rounds();
                long before = sqlCalls * r / settings.rounds();
                sql.run(sqlQueries.next((int) (upTo - before)), true);
            }
            double benchSeconds = (System.nanoTime() - benchStart) / 1e9;

            Samples http = new Samples();
            if (port > 0 && settings.httpRounds() > 0) {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                for (int round = 0; round < settings.httpRounds() + 1; round++) {
                    for (Query q : shuffled(queries, seed * 31 + round)) {
                        long t0 = System.nanoTime();
                        get(client, port, q.text());
                        long elapsed = System.nanoTime() - t0;
                        if (round > 0) {
                            http.add(q.category(), elapsed);
                        }
                    }
                }
            }

            String report = report(
                    queries, alone, interleaved, sql, http, settings, startSeconds, benchSeconds, territories.size());
            System.out.println(report);
            if (out != null) {
                Files.writeString(out, report);
            }
            if (values != null) {
                Files.writeString(values, values(alone, interleaved, sql, http, n));
            }
            if (alone.sink() + interleaved.sink() + sql.sink() == Long.MIN_VALUE) {
                System.out.println("unreachable");
            }
        }
    }

    record Settings(int rounds, int warmup, double sqlRounds, double sqlWarmup, int httpRounds, long seed) {}

    private static List<Query> shuffled(List<Query> queries, long seed) {
        List<Query> order = new ArrayList<>(queries);
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /** Runs the naive SQL lookup and returns how many rows it found. */
    static int baseline(JdbcTemplate jdbc, String query) {
        String trimmed = query.trim();
        String upper = trimmed.replace(" ", "").toUpperCase(Locale.ROOT);
        List<String> rows;
        if (CODE_LIKE.matcher(upper).matches()) {
            rows = jdbc.query(
                    SQL_BY_CODE, (rs, i) -> rs.getString(1) + rs.getString(2) + rs.getInt(3), upper, upper + "%");
        } else {
            String like = "%" + trimmed.toLowerCase(Locale.ROOT) + "%";
            rows = jdbc.query(SQL_BY_NAME, (rs, i) -> rs.getString(1) + rs.getString(2) + rs.getInt(3), like);
        }
        return rows.size();
    }

    private static void get(HttpClient client, int port, String query) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/territories?limit=10&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
        }
    }

    private static String values(Side alone, Side interleaved, Side sql, Samples http, int queries) {
        LatencyStats o = alone.wall.all();
        LatencyStats i = interleaved.wall.all();
        LatencyStats s = sql.wall.all();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lookup_queries", queries);
        v.put("lookup_mean_ms", o.mean());
        v.put("lookup_p50_ms", o.p50());
        v.put("lookup_p95_ms", o.p95());
        v.put("lookup_p99_ms", o.p99());
        v.put("lookup_max_ms", o.max());
        v.put("lookup_cpu_p95_ms", alone.cpu.all().p95());
        v.put("interleaved_p95_ms", i.p95());
        v.put("sql_mean_ms", s.mean());
        v.put("sql_p95_ms", s.p95());
        v.put("ratio_p95", String.format(Locale.ROOT, "%.1f", s.p95() / o.p95()));
        v.put("ratio_interleaved_p95", String.format(Locale.ROOT, "%.1f", s.p95() / i.p95()));
        v.put("http_p95_ms", http.isEmpty() ? Double.NaN : http.all().p95());
        StringBuilder out = new StringBuilder();
        v.forEach((key, value) -> out.append(key)
                .append('=')
                .append(value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value)
                .append('\n'));
        return out.toString();
    }

    private static String report(
            List<Query> queries,
            Side alone,
            Side interleaved,
            Side sql,
            Samples http,
            Settings settings,
            double startSeconds,
            double benchSeconds,
            int graphSize) {
        LatencyStats o = alone.wall.all();
        LatencyStats i = interleaved.wall.all();
        LatencyStats s = sql.wall.all();
        StringBuilder md = new StringBuilder();
        md.append("## Territory lookup latency (in process)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d queries (seed %d) over the %d territories of the graph, each lookup `(q, null, 10)`. Phase 1:"
                        + " `Territories.search` alone, %d warm-up rounds then %d measured rounds over every query."
                        + " Phase 2: %s round(s) of SQL warm-up, then %d rounds that each run every query through"
                        + " `Territories.search` and a slice of them through the SQL baseline on the same H2"
                        + " database (%s round(s) of it in all), so that both share the same stretch of time."
                        + " Query order shuffled each round. In-process application started in %.1f s; the"
                        + " lookups took %.1f s.%n%n",
                queries.size(),
                settings.seed(),
                graphSize,
                settings.warmup(),
                settings.rounds(),
                plain(settings.sqlWarmup()),
                settings.rounds(),
                plain(settings.sqlRounds()),
                startSeconds,
                benchSeconds));
        md.append("| Lookup | calls | mean | p50 | p95 | p99 | max | queries with a result |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row("`Territories.search`, alone (phase 1)", o, hits(queries, alone.hits)));
        md.append(row("same, thread CPU time", alone.cpu.all(), ""));
        md.append(row("`Territories.search`, between SQL slices (phase 2)", i, hits(queries, interleaved.hits)));
        md.append(row("SQL baseline (phase 2)", s, hits(queries, sql.hits)));
        md.append(row("same, thread CPU time", sql.cpu.all(), ""));
        if (!http.isEmpty()) {
            md.append(row(
                    "`GET /api/v1/territories?q=…&limit=10`, loopback, " + settings.httpRounds() + " round(s)",
                    http.all(),
                    ""));
        }
        md.append("\nTimes in ms, wall clock (`System.nanoTime`) unless marked thread CPU time (`ThreadMXBean`,"
                + " the calling thread only: without the time spent waiting for a CPU or in GC pauses). SQL"
                + " baseline: `lower(name) like '%q%'` ordered by population, or for digits (and 2A/2B) the"
                + " official code or `postal_code like 'q%'` through `territory_postal_code`.\n\n");
        md.append(String.format(
                Locale.ROOT,
                "- **p95 `Territories.search` alone: %.3f ms** (target ≤ %.0f ms: %s); between SQL slices:"
                        + " %.3f ms (%s)%n",
                o.p95(),
                TARGET_P95_MS,
                verdict(o.p95()),
                i.p95(),
                verdict(i.p95())));
        md.append(String.format(
                Locale.ROOT,
                "- **Ratio SQL baseline p95 / `Territories.search` p95: %.1f×** against phase 1, %.1f× against"
                        + " phase 2 (means: %.1f× and %.1f×)%n",
                s.p95() / o.p95(),
                s.p95() / i.p95(),
                s.mean() / o.mean(),
                s.mean() / i.mean()));
        md.append("- p95 of `Territories.search` in each measured round, phase 1: " + rounds(alone.roundP95)
                + " ms; phase 2: " + rounds(interleaved.roundP95) + " ms\n\n");
        md.append("By kind of query (ms):\n\n");
        md.append("| Kind | queries | alone p95 | alone max | between SQL p95 | SQL p95 | SQL max"
                + " | with a result, ours / SQL |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, List<Query>> byKind = new LinkedHashMap<>();
        queries.forEach(q ->
                byKind.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(q));
        byKind.forEach((kind, ofKind) -> md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d / %d |%n",
                kind,
                ofKind.size(),
                alone.wall.category(kind).p95(),
                alone.wall.category(kind).max(),
                interleaved.wall.category(kind).p95(),
                sql.wall.category(kind).p95(),
                sql.wall.category(kind).max(),
                count(ofKind, alone.hits),
                count(ofKind, sql.hits))));
        List<String> examples = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> examples.add(kind + ": "
                + String.join(
                        ", ",
                        ofKind.stream().limit(3).map(q -> "`" + q.text() + "`").toList())));
        md.append("\nExamples of queries. ").append(String.join("; ", examples)).append(".\n");
        return md.toString();
    }

    private static String verdict(double p95) {
        return p95 <= TARGET_P95_MS ? "met" : "not met";
    }

    private static String rounds(List<Double> p95s) {
        return String.join(
                ", ",
                p95s.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String row(String label, LatencyStats st, String hits) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n",
                label,
                st.count(),
                st.mean(),
                st.p50(),
                st.p95(),
                st.p99(),
                st.max(),
                hits);
    }

    private static String hits(List<Query> queries, Map<Query, Integer> hits) {
        return count(queries, hits) + " / " + queries.size();
    }

    private static long count(List<Query> queries, Map<Query, Integer> hits) {
        return queries.stream().filter(q -> hits.getOrDefault(q, 0) > 0).count();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    static String stripAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
