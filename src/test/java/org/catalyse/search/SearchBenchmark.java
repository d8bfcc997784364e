package org.catalyse.search;

import static org.catalyse.bench.Measures.met;
import static org.catalyse.bench.Measures.procStatus;
import static org.catalyse.bench.Measures.size;

import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.catalyse.CatalyseApplication;
import org.catalyse.bench.BenchArgs;
import org.catalyse.bench.LatencyStats;
import org.catalyse.frame.Frame;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search at scale, in one JVM: generates N resources ({@link SearchCorpus}), stores them in the
 * {@code search_entry} table of the application (PostgreSQL), builds the application's Lucene index with
 * Hibernate Search's mass indexer, then runs 20 fixed queries through {@link SearchEngine#search} next to
 * the same queries on raw Lucene over the same index directory ({@link RawLuceneSearch}) and on PostgreSQL
 * full-text search over the same documents ({@link PostgresFullText}).
 *
 * <p>Arguments: {@code --docs=1000000}, {@code --data-dir=DIR} (required, emptied by the caller),
 * {@code --jdbc-url=…} and {@code --db-user=postgres} (an empty PostgreSQL database, required),
 * {@code --out=FILE} (Markdown), {@code --values=FILE} ({@code key=value} lines), {@code --rounds=5},
 * {@code --warmup=3}, {@code --pg-rounds=2}, {@code --seed=20260601}, {@code --threads=2} and
 * {@code --batch=100} (mass indexer loading threads and batch size). Not a test: {@code bench/search} runs
 * it.
 */
public final class SearchBenchmark {

    static final double TARGET_P95_MS = 50;
    static final double TARGET_RATIO = 2;
    static final long TARGET_INDEXING_MS = 10 * 60 * 1000;

    /** One of the fixed queries. */
    record Case(String name, SearchQuery query) {}

    private final BenchArgs options;

    private SearchBenchmark(String[] args) {
        options = new BenchArgs(args);
    }

    public static void main(String[] args) throws Exception {
        try {
            new SearchBenchmark(args).run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("mécénat de compétences", q("mécénat de compétences", null, null, Map.of())));
        c.add(new Case(
                "l'évaluation des partenariats + medoc-type=methode",
                q("l'évaluation des partenariats", null, null, Map.of("medoc-type", List.of("methode")))));
        c.add(new Case("insertion, within region:84", q("insertion", "region:84", "within", Map.of())));
        c.add(new Case(
                "innovation sociétale, around commune:38185",
                q("innovation sociétale", "commune:38185", "around", Map.of())));
        c.add(new Case("coopération territoriale", q("coopération territoriale", null, null, Map.of())));
        c.add(new Case(
                "alimentation durable + action-domain=alimentation-agriculture",
                q("alimentation durable", null, null, Map.of("action-domain", List.of("alimentation-agriculture")))));
        c.add(new Case(
                "mobilité solidaire, within departement:38",
                q("mobilité solidaire", "departement:38", "within", Map.of())));
        c.add(new Case("entreprise (broad)", q("entreprise", null, null, Map.of())));
        c.add(new Case("territoire (broad)", q("territoire", null, null, Map.of())));
        c.add(new Case(
                "association + actor-profile=associations + usage-stage=agir",
                q(
                        "association",
                        null,
                        null,
                        Map.of("actor-profile", List.of("associations"), "usage-stage", List.of("agir")))));
        c.add(new Case(
                "évaluation + maturity-level=decouvrir|experimenter",
                q("évaluation", null, null, Map.of("maturity-level", List.of("decouvrir", "experimenter")))));
        c.add(new Case(
                "partenariat entreprise association, around commune:75056",
                q("partenariat entreprise association", "commune:75056", "around", Map.of())));
        c.add(new Case("mecenat (no accent)", q("mecenat", null, null, Map.of())));
        c.add(new Case(
                "collectivités locales, within epci:200040715",
                q("collectivités locales", "epci:200040715", "within", Map.of())));
        c.add(new Case("innovaton (typo)", q("innovaton", null, null, Map.of())));
        c.add(new Case("(no text) + medoc-type=outil", q("", null, null, Map.of("medoc-type", List.of("outil")))));
        c.add(new Case(
                "gouvernance partagée + strategic-objective=cooperer-efficacement",
                q(
                        "gouvernance partagée",
                        null,
                        null,
                        Map.of("strategic-objective", List.of("cooperer-efficacement")))));
        c.add(new Case(
                "emploi des jeunes + licence=CC-BY-4.0",
                q("emploi des jeunes", null, null, Map.of("licence", List.of("CC-BY-4.0")))));
        c.add(new Case(
                "transition écologique + action-domain=climat-energie, within region:11",
                q("transition écologique", "region:11", "within", Map.of("action-domain", List.of("climat-energie")))));
        c.add(new Case("\"mécénat de compétences\" (phrase)", q("\"mécénat de compétences\"", null, null, Map.of())));
        return c;
    }

    private static SearchQuery q(String text, String territory, String scope, Map<String, List<String>> filters) {
        return new SearchQuery(text, null, territory, scope, new LinkedHashMap<>(filters), 1, 20);
    }

    private void run() throws Exception {
        int docs = options.intOption("docs", 1_000_000);
        long seed = Long.parseLong(options.option("seed", "20260601"));
        int rounds = options.intOption("rounds", 5);
        int warmup = options.intOption("warmup", 3);
        int pgRounds = options.intOption("pg-rounds", 2);
        int threads = options.intOption("threads", 2);
        int batch = options.intOption("batch", 100);
        Path dataDir = Path.of(options.option("data-dir", null));
        Path out = Path.of(options.option("out", "search-latest.md"));
        Path valuesFile = Path.of(options.option("values", "search.values"));
        Map<String, String> values = new LinkedHashMap<>();
        Report report = new Report();

        log("starting the application (data dir " + dataDir + ")");
        long t0 = System.nanoTime();
        SpringApplication application = new SpringApplication(CatalyseApplication.class);
        ConfigurableApplicationContext context = application.run(
                "--catalyse.data-dir=" + dataDir,
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--catalyse.commons.seed-on-start=false",
                "--catalyse.alliances.seed-on-start=false",
                "--spring.datasource.url=" + options.option("jdbc-url", null),
                "--spring.datasource.username=" + options.option("db-user", "postgres"),
                "--spring.datasource.password=",
                "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async",
                "--logging.level.org.hibernate.search.mapper.massindexing=WARN",
                "--logging.level.org.hibernate.search.mapper.pojo.massindexing=WARN");
        log(String.format(Locale.ROOT, "application started in %.1f s", (System.nanoTime() - t0) / 1e9));
        SearchEngine engine = context.getBean(SearchEngine.class);
        Territories territories = context.getBean(Territories.class);
        Frame frame = context.getBean(Frame.class);
        DataSource dataSource = context.getBean(DataSource.class);
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);

        SearchCorpus corpus = new SearchCorpus(
                seed,
                facet ->
                        frame.value(facet).map(v -> v.label().in(Locale.FRENCH)).orElse(facet));

        // 1. Generate and store the rows.
        t0 = System.nanoTime();
        CorpusStats stats = load(corpus, docs, dataSource);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        log(String.format(
                Locale.ROOT, "%d documents generated and copied into PostgreSQL in %.1f s", docs, loadMs / 1e3));
        int mismatches = SearchData.checkWithin(corpus, docs, territories);

        // 2. Mass indexing, as SearchIndexer.rebuild does it.
        System.gc();
        org.catalyse.bench.HeapPeaks.reset();
        t0 = System.nanoTime();
        SearchData.massIndex(emf, threads, batch);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        long peakHeapIndexing = org.catalyse.bench.HeapPeaks.sum();
        Path indexDir = dataDir.resolve("index").resolve("catalyse");
        long indexBytes = size(indexDir);
        log(String.format(
                Locale.ROOT,
                "mass indexing: %.1f s (%.0f documents/s), index %.0f MB",
                indexMs / 1e3,
                docs / (indexMs / 1e3),
                indexBytes / 1048576.0));

        // 3. PostgreSQL full-text table.
        PostgresFullText pg = new PostgresFullText(dataSource);
        t0 = System.nanoTime();
        long[] pgTimes = pg.build();
        long pgMs = (System.nanoTime() - t0) / 1_000_000;
        log(String.format(Locale.ROOT, "PostgreSQL full-text table and indexes built in %.1f s", pgMs / 1e3));

        // 4. Queries.
        List<Case> cases = cases();
        RawLuceneSearch raw = new RawLuceneSearch(indexDir);
        Map<String, List<String>> around = new LinkedHashMap<>();
        for (Case c : cases) {
            if ("around".equals(c.query().scope())) {
                around.put(
                        c.query().territory(),
                        territories.enclosing(TerritoryId.parse(c.query().territory())).stream()
                                .map(TerritoryId::toString)
                                .toList());
            }
        }
        Synonyms synonyms = context.getBean(Synonyms.class);
        List<List<String>> variants = new ArrayList<>();
        for (Case c : cases) {
            String text = c.query().q() == null ? "" : c.query().q().trim();
            variants.add(text.isEmpty() ? List.of() : synonyms.variants(text));
        }
        int limit = engine.exactFacetLimit();
        Latencies ours = new Latencies(cases.size());
        Latencies lucene = new Latencies(cases.size());
        Latencies oursExact = new Latencies(cases.size());
        Latencies luceneExact = new Latencies(cases.size());
        Latencies portable = new Latencies(cases.size());
        Latencies postgres = new Latencies(cases.size());
        long[] oursTotal = new long[cases.size()];
        long[] luceneTotal = new long[cases.size()];
        long[] portableTotal = new long[cases.size()];
        long[] pgTotal = new long[cases.size()];
        int[] oursFacets = new int[cases.size()];
        int[] luceneFacets = new int[cases.size()];
        int[] exactFacets = new int[cases.size()];
        boolean[] estimated = new boolean[cases.size()];
        log("warm-up: " + warmup + " round(s) of our search (three ways) and raw Lucene (two), 1 of PostgreSQL");
        for (int w = 0; w < warmup; w++) {
            for (int i = 0; i < cases.size(); i++) {
                engine.search(cases.get(i).query());
                raw.search(cases.get(i).query(), around, variants.get(i), limit);
                engine.search(cases.get(i).query(), false, Integer.MAX_VALUE);
                raw.search(cases.get(i).query(), around, variants.get(i), Integer.MAX_VALUE);
                engine.search(cases.get(i).query(), true, Integer.MAX_VALUE);
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            pg.search(cases.get(i).query(), around);
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < cases.size(); i++) {
                SearchQuery query = cases.get(i).query();
                long s = System.nanoTime();
                SearchResults r = engine.search(query);
                ours.add(i, System.nanoTime() - s);
                oursTotal[i] = r.total();
                oursFacets[i] = r.facets().values().stream().mapToInt(Map::size).sum();
                estimated[i] = r.estimated();
                s = System.nanoTime();
                RawLuceneSearch.Result l = raw.search(query, around, variants.get(i), limit);
                lucene.add(i, System.nanoTime() - s);
                luceneTotal[i] = l.total();
                luceneFacets[i] = l.facetCount();
                s = System.nanoTime();
                SearchResults exact = engine.search(query, false, Integer.MAX_VALUE);
                oursExact.add(i, System.nanoTime() - s);
                exactFacets[i] =
                        exact.facets().values().stream().mapToInt(Map::size).sum();
                s = System.nanoTime();
                raw.search(query, around, variants.get(i), Integer.MAX_VALUE);
                luceneExact.add(i, System.nanoTime() - s);
                s = System.nanoTime();
                portableTotal[i] = engine.search(query, true, Integer.MAX_VALUE).total();
                portable.add(i, System.nanoTime() - s);
            }
            if (round < pgRounds) {
                for (int i = 0; i < cases.size(); i++) {
                    long s = System.nanoTime();
                    pgTotal[i] = pg.search(cases.get(i).query(), around);
                    postgres.add(i, System.nanoTime() - s);
                }
            }
            log(String.format(
                    Locale.ROOT,
                    "round %d/%d: ours p95 %.1f ms, raw Lucene p95 %.1f ms, exact counts %.1f / %.1f ms, portable"
                            + " %.1f ms%s",
                    round + 1,
                    rounds,
                    ours.all().p95(),
                    lucene.all().p95(),
                    oursExact.all().p95(),
                    luceneExact.all().p95(),
                    portable.all().p95(),
                    round < pgRounds
                            ? String.format(
                                    Locale.ROOT,
                                    ", PostgreSQL p95 %.1f ms",
                                    postgres.all().p95())
                            : ""));
        }
        raw.close();

        // 5. Heap after GC while serving (the context is up, the index open).
        System.gc();
        System.gc();
        long heapAfterGc =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        SearchResults check = engine.search(cases.get(0).query());
        log(String.format(
                Locale.ROOT,
                "heap used after GC while serving: %.0f MB of %.0f MB max (%d hits for the first query)",
                heapAfterGc / 1048576.0,
                heapMax / 1048576.0,
                check.total()));
        String rss = procStatus("VmRSS");
        String hwm = procStatus("VmHWM");

        LatencyStats o = ours.all();
        LatencyStats l = lucene.all();
        LatencyStats p = postgres.all();
        LatencyStats oe = oursExact.all();
        LatencyStats le = luceneExact.all();
        LatencyStats po = portable.all();
        values.put("docs", String.valueOf(docs));
        values.put("load_ms", String.valueOf(loadMs));
        values.put("index_ms", String.valueOf(indexMs));
        values.put("index_docs_per_s", String.format(Locale.ROOT, "%.0f", docs / (indexMs / 1e3)));
        values.put("index_mb", String.format(Locale.ROOT, "%.0f", indexBytes / 1048576.0));
        values.put("pg_build_ms", String.valueOf(pgMs));
        values.put("ours_p50_ms", fmt(o.p50()));
        values.put("ours_p95_ms", fmt(o.p95()));
        values.put("ours_p99_ms", fmt(o.p99()));
        values.put("lucene_p50_ms", fmt(l.p50()));
        values.put("lucene_p95_ms", fmt(l.p95()));
        values.put("lucene_p99_ms", fmt(l.p99()));
        values.put("pg_p50_ms", fmt(p.p50()));
        values.put("pg_p95_ms", fmt(p.p95()));
        values.put("pg_p99_ms", fmt(p.p99()));
        values.put("ours_exact_p95_ms", fmt(oe.p95()));
        values.put("lucene_exact_p95_ms", fmt(le.p95()));
        values.put("portable_p95_ms", fmt(po.p95()));
        values.put("ratio_lucene_p95", fmt(o.p95() / l.p95()));
        values.put("ratio_lucene_exact_p95", fmt(oe.p95() / le.p95()));
        values.put("ratio_pg_p95", fmt(o.p95() / p.p95()));
        values.put("heap_after_gc_mb", String.format(Locale.ROOT, "%.0f", heapAfterGc / 1048576.0));
        values.put("heap_max_mb", String.format(Locale.ROOT, "%.0f", heapMax / 1048576.0));
        values.put("peak_heap_indexing_mb", String.format(Locale.ROOT, "%.0f", peakHeapIndexing / 1048576.0));
        Files.writeString(
                valuesFile,
                values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .reduce("", (a, b) -> a + b + "\n"));

        report.line("## Search at scale: " + docs + " resources");
        report.line("");
        report.line("### Targets");
        report.line("");
        report.line("| Figure | Measured | Target | Met |");
        report.line("|---|---:|---:|:---:|");
        report.line("| Mass indexing of " + docs + " documents | " + secs(indexMs) + " ("
                + values.get("index_docs_per_s") + " documents/s) | "
                + (docs == 1_000_000
                        ? "≤ 600 s for 1,000,000"
                        : "≤ 600 s for 1,000,000 (not run at 1M: extrapolation "
                                + secs((long) (indexMs * (1_000_000.0 / docs))) + ")")
                + " | " + (docs == 1_000_000 ? met(indexMs <= TARGET_INDEXING_MS) : "see extrapolation") + " |");
        report.line("| `SearchEngine.search` p95, 20 queries × " + rounds + " rounds | " + fmt(o.p95()) + " ms | ≤ "
                + fmt(TARGET_P95_MS) + " ms | " + met(o.p95() <= TARGET_P95_MS) + " |");
        report.line("| Ours p95 / raw Lucene p95 | " + fmt(o.p95() / l.p95()) + "× | ≤ " + fmt(TARGET_RATIO) + "× | "
                + met(o.p95() / l.p95() <= TARGET_RATIO) + " |");
        report.line("| Heap used after full GC while serving (JVM at -Xmx" + Math.round(heapMax / 1048576.0) + "m) | "
                + values.get("heap_after_gc_mb") + " MB | fits in 1 GiB | " + met(heapMax <= 1L << 30) + " |");
        report.line("");
        report.line("### Latency (ms, wall clock, one query at a time)");
        report.line("");
        report.line("| Engine | Samples | Mean | p50 | p95 | p99 | Max |");
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        report.line(row("Ours: `SearchEngine.search` (total and facet counts exact up to " + limit + " hits)", o));
        report.line(row("Raw Lucene, same index, same query and counting rules", l));
        report.line(row("Ours, total and every facet count exact", oe));
        report.line(row("Raw Lucene, total and every facet count exact", le));
        report.line(row("Ours through Hibernate Search aggregations only (portable path)", po));
        report.line(row("PostgreSQL full text (`plainto_tsquery`, GIN, `ts_rank`), exact counts", p));
        report.line("");
        report.line("Ratios: ours / raw Lucene p50 " + fmt(o.p50() / l.p50()) + "×, p95 " + fmt(o.p95() / l.p95())
                + "×, p99 " + fmt(o.p99() / l.p99()) + "×; with every count exact, ours / raw Lucene p95 "
                + fmt(oe.p95() / le.p95()) + "×; ours / portable path p95 " + fmt(o.p95() / po.p95())
                + "×; ours / PostgreSQL p50 " + fmt(o.p50() / p.p50())
                + "×, p95 " + fmt(o.p95() / p.p95()) + "×, p99 " + fmt(o.p99() / p.p99()) + "×.");
        report.line("");
        report.line("### Per query (p50 ms; hits found)");
        report.line("");
        report.line(
                "| # | Query | Ours | Raw Lucene | Ours exact | Raw exact | Portable | PostgreSQL | Hits (ours) | Hits (raw Lucene) | Hits (portable) | Hits (PostgreSQL) | Facet values (ours / raw / exact) | Total and counts estimated |");
        report.line("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        for (int i = 0; i < cases.size(); i++) {
            report.line("| " + (i + 1) + " | " + cases.get(i).name().replace("|", "\\|") + " | "
                    + fmt(ours.of(i).p50())
                    + " | " + fmt(lucene.of(i).p50()) + " | "
                    + fmt(oursExact.of(i).p50()) + " | "
                    + fmt(luceneExact.of(i).p50()) + " | " + fmt(portable.of(i).p50()) + " | "
                    + fmt(postgres.of(i).p50()) + " | " + oursTotal[i] + " | "
                    + luceneTotal[i] + " | " + portableTotal[i] + " | " + pgTotal[i] + " | " + oursFacets[i] + " / "
                    + luceneFacets[i] + " / " + exactFacets[i] + " | " + (estimated[i] ? "yes" : "no") + " |");
        }
        report.line("");
        report.line("### Corpus, indexing and memory");
        report.line("");
        report.line("- Documents: " + docs + " (seed " + seed + "), body " + stats.minWords + " to " + stats.maxWords
                + " words (mean " + stats.meanWords() + "), "
                + String.format(Locale.ROOT, "%.0f", stats.textBytes / 1048576.0)
                + " MB of text; facet values per document: mean "
                + String.format(Locale.ROOT, "%.1f", stats.facets / (double) docs)
                + "; attached territories: " + stats.describeEchelons(docs));
        report.line("- `within` sets computed from the territory files, compared with `Territories.enclosing` on "
                + Math.min(docs, 5000) + " documents: " + mismatches + " difference(s)");
        report.line("- Generation + `COPY` into the `search_entry` table: " + secs(loadMs));
        report.line("- Mass indexing (`massIndexer().purgeAllOnStart(true).threadsToLoadObjects(" + threads
                + ").batchSizeToLoadObjects(" + batch + ")`): " + secs(indexMs) + ", " + values.get("index_docs_per_s")
                + " documents/s; index on disk: " + values.get("index_mb") + " MB; peak heap used during indexing: "
                + values.get("peak_heap_indexing_mb") + " MB");
        report.line("- PostgreSQL full-text table (`CREATE TABLE AS`, `to_tsvector('french', …)`): " + secs(pgTimes[0])
                + "; GIN indexes (tsvector, facets, territories, within): " + secs(pgTimes[1]) + "; table + indexes: "
                + pgTimes[2] / 1048576 + " MB");
        report.line("- Heap used after `System.gc()` while serving: " + values.get("heap_after_gc_mb") + " MB (max "
                + values.get("heap_max_mb") + " MB); process RSS: " + rss + " (peak " + hwm + ")");
        report.line("- Rounds: " + warmup + " warm-up round(s), then " + rounds
                + " measured rounds of the five Lucene-based searches (alternating query by query), and "
                + Math.min(pgRounds, rounds) + " measured round(s) of PostgreSQL");
        Files.writeString(out, report.text(), StandardCharsets.UTF_8);
        context.close();
    }

    // --- Loading --------------------------------------------------------------------------------------------

    /** What the generated corpus looks like. */
    static final class CorpusStats {
        long words;
        int minWords = Integer.MAX_VALUE;
        int maxWords;
        long textBytes;
        long facets;
        final Map<String, Long> echelons = new LinkedHashMap<>();
        long docs;

        long meanWords() {
            return docs == 0 ? 0 : words / docs;
        }

        String describeEchelons(int total) {
            long all = echelons.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder s = new StringBuilder();
            echelons.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ")
                    .append(k)
                    .append(String.format(Locale.ROOT, " %.1f %%", 100.0 * v / all)));
            return s.toString();
        }
    }

    private static CorpusStats load(SearchCorpus corpus, int docs, DataSource dataSource) throws Exception {
        CorpusStats stats = new CorpusStats();
        int chunk = 5000;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < docs; from += chunk) {
                int to = Math.min(docs, from + chunk);
                StringBuilder entries = new StringBuilder(chunk * 2600);
                for (int i = from; i < to; i++) {
                    SearchCorpus.Doc d = corpus.doc(i);
                    entries.append(esc(d.id()))
                            .append('\t')
                            .append("resource")
                            .append('\t')
                            .append(esc(d.key()))
                            .append('\t')
                            .append(esc(d.title()))
                            .append('\t')
                            .append(esc(d.summary()))
                            .append('\t')
                            .append(esc(d.body()))
                            .append('\t')
                            .append(esc(d.labels()))
                            .append('\t')
                            .append(esc(d.url()))
                            .append('\t')
                            .append(d.date())
                            .append('\t')
                            .append(esc(String.join(" ", d.facets())))
                            .append('\t')
                            .append(esc(String.join(" ", d.territories())))
                            .append('\t')
                            .append(esc(String.join(" ", d.within())))
                            .append('\n');
                    for (String t : d.territories()) {
                        String echelon = t.substring(0, t.indexOf(':'));
                        stats.echelons.merge(echelon, 1L, Long::sum);
                    }
                    int words = d.body().split("\\s+").length;
                    stats.words += words;
                    stats.minWords = Math.min(stats.minWords, words);
                    stats.maxWords = Math.max(stats.maxWords, words);
                    stats.textBytes +=
                            d.title().length() + d.summary().length() + d.body().length();
                    stats.facets += d.facets().size();
                    stats.docs++;
                }
                copy.copyIn(
                        "copy search_entry (id, type, entry_key, title, summary, body, labels, url, entry_date,"
                                + " facet_values, territory_ids, within_ids) from stdin",
                        new StringReader(entries.toString()));
                if (to % 100_000 == 0 || to == docs) {
                    log("  " + to + " documents copied");
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("analyze search_entry");
            }
        }
        return stats;
    }

    /** COPY text format escaping. */
    private static String esc(String s) {
        if (s == null) {
            return "\\N";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // --- Measures ---------------------------------------------------------------------------------------
    /** Latencies per query and overall. */
    static final class Latencies {
        private final List<List<Long>> perCase = new ArrayList<>();

        Latencies(int cases) {
            for (int i = 0; i < cases; i++) {
                perCase.add(new ArrayList<>());
            }
        }

        void add(int i, long nanos) {
            perCase.get(i).add(nanos);
        }

        LatencyStats of(int i) {
            return LatencyStats.of(
                    perCase.get(i).stream().mapToLong(Long::longValue).toArray());
        }

        LatencyStats all() {
            return LatencyStats.of(perCase.stream()
                    .flatMap(List::stream)
                    .mapToLong(Long::longValue)
                    .toArray());
        }
    }

    /** The Markdown report. */
    static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String s) {
            text.append(s).append('\n');
        }

        String text() {
            return text.toString();
        }
    }

    private static String row(String name, LatencyStats s) {
        return "| " + name + " | " + s.count() + " | " + fmt(s.mean()) + " | " + fmt(s.p50()) + " | " + fmt(s.p95())
                + " | " + fmt(s.p99()) + " | " + fmt(s.max()) + " |";
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String secs(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1e3);
    }

    static void log(String message) {
        System.err.printf("[search-bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    /** Runs a statement on a connection of the pool. */
    static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    static long queryLong(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
