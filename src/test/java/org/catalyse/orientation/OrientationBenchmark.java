package org.catalyse.orientation;

import static org.catalyse.bench.Measures.met;
import static org.catalyse.bench.Measures.millisSince;
import static org.catalyse.bench.Measures.procStatus;
import static org.catalyse.bench.Measures.size;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.catalyse.CatalyseApplication;
import org.catalyse.alliances.Alliances;
import org.catalyse.alliances.AlliancesData;
import org.catalyse.bench.BenchArgs;
import org.catalyse.bench.HeapPeaks;
import org.catalyse.bench.LatencyStats;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.search.Candidates;
import org.catalyse.search.SearchData;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.TimedCandidates;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The orientation path at scale, in one JVM. Starts the application on a fresh data directory (embedded H2, or
 * PostgreSQL with {@code --jdbc-url}), seeds off but the territorial referential, then:
 *
 * <ol>
 *   <li>imports generated actors and partnership cases and saves catalysts ({@link AlliancesData}: the import in
 *       the all-or-nothing mode, {@code Alliances.saveActor}), their search entries written by the search module's
 *       listener; inserts generated resources ({@link SearchData}) straight into the {@code search_entry} table;
 *       then builds the whole index with the mass indexer, as a rebuild of the search module does. The automatic
 *       indexing of Hibernate Search is off meanwhile: the mass indexer indexes every entry once;
 *   <li>times {@link Orientation#pathFor} over a fixed mix of requests (actor profiles, communes across France,
 *       with and without action domains and objectives, maturity at every level), with warm-up rounds, and, in
 *       the same calls, the time spent in {@link Candidates#find} (the index part);
 *   <li>checks a sample of paths: three stages in order, under "agir" the catalysts that cover the place first,
 *       the same path for the same request.
 * </ol>
 *
 * <p>Arguments: {@code --data-dir=DIR} (an empty directory, required), {@code --jdbc-url=…} and {@code
 * --db-user=postgres} (optional), {@code --out=FILE} (Markdown report), {@code --resources=1000000}, {@code
 * --cases=100000}, {@code --actors=} (a fifth of the cases by default), {@code --catalysts=10000}, {@code
 * --rows-per-file=10000}, {@code --requests=240}, {@code --warmup=3}, {@code --rounds=5}, {@code
 * --seed=20261202}, {@code --threads=2} and {@code --batch=100} (mass indexer), {@code --reuse=true} (the data
 * directory holds the data of an earlier run with the same sizes and seed: only the timings and the checks are
 * run). Not a test: {@code bench/orientation} runs it.
 */
public final class OrientationBenchmark {

    static final double TARGET_P95_MS = 50;
    static final List<String> AXES =
            List.of("typologie", "objectifs", "evaluation", "ancrage-territorial", "gouvernance");
    static final List<TerritoryId> NAMED =
            List.of(TerritoryId.parse("commune:29151"), TerritoryId.parse("commune:38185"));
    private static final long STALL_MS = 300_000;

    /** The kinds of request of the mix, in the order of the report. */
    enum Kind {
        PLACE_MATURITY("profile, commune, maturity on the five axes"),
        PLACE_DOMAINS("profile, commune, 1–2 action domains, maturity"),
        PLACE_OBJECTIVES("profile, commune, 1–2 objectives, maturity"),
        PLACE_ALL("profile, commune, domains and objectives, maturity"),
        PARTIAL_MATURITY("profile, commune, maturity on two axes"),
        NO_MATURITY("profile and commune only"),
        NO_PLACE("no place (France), profile or none, maturity");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    record Request(Kind kind, OrientationRequest request) {}

    /** Timings of calls, in nanoseconds. */
    static final class Samples {
        final List<Long> total = new ArrayList<>();
        final List<Long> index = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();

        void add(long totalNanos, long indexNanos, long cpuNanos) {
            total.add(totalNanos);
            index.add(indexNanos);
            cpu.add(cpuNanos);
        }

        static LatencyStats stats(List<Long> values) {
            return LatencyStats.of(values.stream().mapToLong(Long::longValue).toArray());
        }

        LatencyStats rest() {
            long[] rest = new long[total.size()];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = total.get(i) - index.get(i);
            }
            return LatencyStats.of(rest);
        }

        double indexShare() {
            double t = total.stream().mapToLong(Long::longValue).sum();
            return t == 0
                    ? Double.NaN
                    : index.stream().mapToLong(Long::longValue).sum() / t;
        }
    }

    private final BenchArgs options;
    private final StringBuilder report = new StringBuilder();

    private OrientationBenchmark(String[] args) {
        options = new BenchArgs(args);
    }

    public static void main(String[] args) {
        try {
            new OrientationBenchmark(args).run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        long runStart = System.nanoTime();
        long seed = Long.parseLong(options.option("seed", "20261202"));
        int resources = options.intOption("resources", 1_000_000);
        int cases = options.intOption("cases", 100_000);
        int actors = options.intOption("actors", Math.max(100, cases / 5));
        int catalysts = options.intOption("catalysts", 10_000);
        int rowsPerFile = options.intOption("rows-per-file", 10_000);
        int requestCount = options.intOption("requests", 240);
        int warmup = options.intOption("warmup", 3);
        int rounds = options.intOption("rounds", 5);
        int threads = options.intOption("threads", 2);
        int batch = options.intOption("batch", 100);
        java.nio.file.Path dataDir = java.nio.file.Path.of(options.option("data-dir", null));
        java.nio.file.Path out = java.nio.file.Path.of(options.option("out", "orientation-latest.md"));
        String jdbcUrl = options.get("jdbc-url", null);
        boolean reuse = Boolean.parseBoolean(options.option("reuse", "false"));

        List<String> arguments = new ArrayList<>(List.of(
                "--catalyse.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--catalyse.commons.seed-on-start=false",
                "--catalyse.alliances.seed-on-start=false",
                "--spring.main.banner-mode=off",
                "--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false",
                // The resources are search entries without a module object: a check would rebuild them away.
                "--catalyse.search.check-on-start=false",
                "--logging.level.org.hibernate.search.mapper.massindexing=WARN",
                "--logging.level.org.hibernate.search.mapper.pojo.massindexing=WARN"));
        if (jdbcUrl != null) {
            arguments.add("--spring.datasource.url=" + jdbcUrl);
            arguments.add("--spring.datasource.username=" + options.option("db-user", "postgres"));
            arguments.add("--spring.datasource.password=");
        }
        log("starting the application (data dir " + dataDir + ", " + (jdbcUrl == null ? "H2" : jdbcUrl) + ")");
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context =
                new SpringApplication(CatalyseApplication.class).run(arguments.toArray(String[]::new));
        long startMs = millisSince(t0);
        log(String.format(Locale.ROOT, "application started in %.1f s", startMs / 1e3));
        Territories territories = context.getBean(Territories.class);
        Frame frame = context.getBean(Frame.class);
        Alliances alliances = context.getBean(Alliances.class);
        Diagnostics diagnostics = context.getBean(Diagnostics.class);
        SearchEngine search = context.getBean(SearchEngine.class);
        for (String axis : AXES) {
            if (diagnostics.axisGuide(axis).isEmpty()) {
                throw new IllegalStateException("no diagnostic axis " + axis);
            }
        }

        // --- 1. Data ------------------------------------------------------------------------------------------
        AlliancesData alliancesData = new AlliancesData(seed, context);
        AlliancesData.Loaded loaded;
        long eventsMs = 0;
        long insertMs = 0;
        long chars = 0;
        int withinDifferences = 0;
        long indexMs = 0;
        long peakHeapIndexing = 0;
        if (reuse) {
            log("data loaded by an earlier run: regenerating the catalysts' coverage only");
            loaded = new AlliancesData.Loaded(
                    actors, cases, alliancesData.catalystsAsLoaded(actors, cases, catalysts, rowsPerFile), 0, 0, 0);
        } else {
            log("importing " + actors + " actors and " + cases + " cases, saving " + catalysts + " catalysts");
            loaded = alliancesData.load(actors, cases, catalysts, rowsPerFile);
            log(String.format(
                    Locale.ROOT,
                    "actors imported in %.1f s, cases in %.1f s, catalysts saved in %.1f s",
                    loaded.actorsMs() / 1e3,
                    loaded.casesMs() / 1e3,
                    loaded.catalystsMs() / 1e3));
            t0 = System.nanoTime();
            awaitEvents(context.getBean(EventPublicationRegistry.class));
            eventsMs = millisSince(t0);
            log(String.format(Locale.ROOT, "search entries of the alliances written %.1f s later", eventsMs / 1e3));

            SearchData searchData = new SearchData(seed, frame);
            t0 = System.nanoTime();
            chars = searchData.insert(
                    context.getBean(DataSource.class), resources, n -> log("  " + n + " resources inserted"));
            insertMs = millisSince(t0);
            log(String.format(Locale.ROOT, "%d resources generated and inserted in %.1f s", resources, insertMs / 1e3));
            withinDifferences = searchData.checkWithin(resources, territories);

            System.gc();
            HeapPeaks.reset();
            t0 = System.nanoTime();
            SearchData.massIndex(context.getBean(EntityManagerFactory.class), threads, batch);
            indexMs = millisSince(t0);
            peakHeapIndexing = HeapPeaks.sum();
        }
        long indexedResources = SearchData.indexed(search, "resource");
        long indexedCases = SearchData.indexed(search, "case");
        long indexedActors = SearchData.indexed(search, "actor");
        long indexBytes = size(dataDir.resolve("index"));
        log(String.format(
                Locale.ROOT,
                "mass indexing: %.1f s (%.0f entries/s); index holds %d resources, %d cases, %d actors; %.0f MB",
                indexMs / 1e3,
                (indexedResources + indexedCases + indexedActors) / (indexMs / 1e3),
                indexedResources,
                indexedCases,
                indexedActors,
                indexBytes / 1048576.0));
        if (indexedResources != resources || indexedCases != alliances.caseCount()) {
            throw new IllegalStateException("the index holds " + indexedResources + " resources and " + indexedCases
                    + " cases, expected " + resources + " and " + alliances.caseCount());
        }

        // --- 2. Requests and timings ------------------------------------------------------------------------
        List<Request> mix = requests(seed, requestCount, alliancesData, frame);
        TimedCandidates timed = new TimedCandidates(context.getBean(Candidates.class));
        Orientation measured = new Orientation(
                timed,
                alliances,
                territories,
                diagnostics,
                frame,
                context.getBean(org.springframework.context.MessageSource.class));
        Orientation plain = context.getBean(Orientation.class);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        t0 = System.nanoTime();
        Path first = measured.pathFor(mix.get(0).request());
        long firstMs = millisSince(t0);
        t0 = System.nanoTime();
        for (int w = 0; w < warmup; w++) {
            for (Request r : mix) {
                measured.pathFor(r.request());
            }
        }
        long warmupMs = millisSince(t0);
        log(String.format(
                Locale.ROOT, "first path in %d ms; %d warm-up round(s) in %.1f s", firstMs, warmup, warmupMs / 1e3));

        Map<Kind, Samples> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new Samples());
        }
        Samples all = new Samples();
        Samples named = new Samples();
        List<Long> plainTimes = new ArrayList<>();
        List<Long> catalystTimes = new ArrayList<>();
        int findCalls = 0;
        for (int round = 0; round < rounds; round++) {
            List<Request> order = new ArrayList<>(mix);
            Collections.shuffle(order, new Random(seed + 100 + round));
            for (Request r : order) {
                timed.reset();
                long c0 = cpu.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                measured.pathFor(r.request());
                long total = System.nanoTime() - s;
                long cpuNanos = cpu.getCurrentThreadCpuTime() - c0;
                byKind.get(r.kind()).add(total, timed.nanos(), cpuNanos);
                all.add(total, timed.nanos(), cpuNanos);
                if (r.request().place() != null && NAMED.contains(r.request().place())) {
                    named.add(total, timed.nanos(), cpuNanos);
                }
                findCalls += timed.calls();
            }
            // The application's own bean, not instrumented, on the same mix: the wrapper must not change much.
            for (Request r : order) {
                long s = System.nanoTime();
                plain.pathFor(r.request());
                plainTimes.add(System.nanoTime() - s);
            }
            for (Request r : order) {
                TerritoryId place = r.request().place() == null
                        ? TerritoryId.FRANCE
                        : r.request().place();
                long s = System.nanoTime();
                alliances.catalystsFor(place);
                catalystTimes.add(System.nanoTime() - s);
            }
            log(String.format(
                    Locale.ROOT,
                    "round %d/%d: p50 %.1f ms, p95 %.1f ms, index part %.0f %%",
                    round + 1,
                    rounds,
                    Samples.stats(all.total).p50(),
                    Samples.stats(all.total).p95(),
                    100 * all.indexShare()));
        }

        // --- 3. Correctness on a sample ---------------------------------------------------------------------
        List<Request> sample = new ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            if (i % 4 == 0
                    || (mix.get(i).request().place() != null
                            && NAMED.contains(mix.get(i).request().place()))) {
                sample.add(mix.get(i));
            }
        }
        List<String> problems = new ArrayList<>();
        int withCatalysts = 0;
        int shortStages = 0;
        for (Request r : sample) {
            Path p = plain.pathFor(r.request());
            Path again = plain.pathFor(r.request());
            String problem = check(r.request(), p, again, loaded.catalysts(), territories);
            if (problem != null) {
                problems.add(describe(r.request()) + ": " + problem);
            }
            if (!p.stages().isEmpty()
                    && p.stages().get(p.stages().size() - 1).items().stream()
                            .anyMatch(i -> i.type().equals("catalyst"))) {
                withCatalysts++;
            }
            for (Path.Stage s : p.stages()) {
                if (s.items().stream().filter(i -> !i.type().equals("catalyst")).count() < Orientation.PER_STAGE) {
                    shortStages++;
                }
            }
        }
        log("correctness: " + problems.size() + " problem(s) on " + sample.size() + " requests");
        problems.stream().limit(5).forEach(p -> log("  " + p));

        System.gc();
        System.gc();
        long heapAfterGc =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapMax = Runtime.getRuntime().maxMemory();

        // --- Report -----------------------------------------------------------------------------------------
        LatencyStats overall = Samples.stats(all.total);
        boolean full = resources == 1_000_000 && cases == 100_000;
        line("## Targets");
        line("");
        line("| Figure | Measured | Target | Met |");
        line("|---|---:|---:|:---:|");
        line("| `Orientation.pathFor` p95, " + all.total.size() + " calls (" + mix.size() + " requests × " + rounds
                + " rounds), " + resources + " resources and " + cases + " cases indexed | " + fmt(overall.p95())
                + " ms | ≤ " + fmt(TARGET_P95_MS) + " ms"
                + (full ? "" : " (at 1,000,000 / 100,000; this run is smaller)")
                + " | " + met(overall.p95() <= TARGET_P95_MS) + " |");
        line("| Paths checked (three stages, catalysts covering the place first under \"agir\", same path twice) | "
                + problems.size() + " problem(s) on " + sample.size() + " requests | 0 | " + met(problems.isEmpty())
                + " |");
        line("");
        line("## Latency of a path (ms, wall clock, one request at a time)");
        line("");
        line("Index part: the time spent in `Candidates.find` during the same calls (four per path: the index"
                + " searches, then the loading of the " + Orientation.PRESELECT
                + " best from the database); the rest is everything else"
                + " (`Alliances.catalystsFor`, the places enclosing the request's place, the signals, the ranking).");
        line("");
        line("| Requests | Calls | p50 | p95 | p99 | Max | Index part p50 | Index part p95 | Rest p50 | Rest p95 |"
                + " Index share of the time |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        line(row("**All**", all));
        for (Map.Entry<Kind, Samples> e : byKind.entrySet()) {
            long requests = mix.stream().filter(r -> r.kind() == e.getKey()).count();
            line(row(e.getKey().text + " (" + requests + ")", e.getValue()));
        }
        line(row("Morlaix (commune:29151) and Grenoble (commune:38185) only", named));
        line("");
        LatencyStats cpuStats = Samples.stats(all.cpu);
        LatencyStats plainStats = Samples.stats(plainTimes);
        LatencyStats catalystStats = Samples.stats(catalystTimes);
        line("- Same calls, thread CPU time: p50 " + fmt(cpuStats.p50()) + " ms, p95 " + fmt(cpuStats.p95())
                + " ms, p99 " + fmt(cpuStats.p99()) + " ms, max " + fmt(cpuStats.max()) + " ms (wall clock minus CPU"
                + " time is waiting: other processes on the machine, the garbage collector, input/output)");
        line("- The application's `Orientation` bean itself (no timing of `Candidates.find`), same mix and rounds: "
                + plainStats.count() + " calls, p50 " + fmt(plainStats.p50()) + " ms, p95 " + fmt(plainStats.p95())
                + " ms, p99 " + fmt(plainStats.p99()) + " ms, max " + fmt(plainStats.max()) + " ms");
        line("- `Alliances.catalystsFor(place)` alone for the same places: p50 " + fmt(catalystStats.p50())
                + " ms, p95 " + fmt(catalystStats.p95()) + " ms");
        line("- `Candidates.find` calls per path: "
                + String.format(Locale.ROOT, "%.1f", findCalls / (double) all.total.size()) + "; first path after"
                + " the index was built: " + firstMs + " ms; " + warmup + " warm-up round(s) over the whole mix, then "
                + rounds + " measured rounds, each in its own shuffled order");
        line("");
        line("## Data and indexing");
        line("");
        if (reuse) {
            line("Data directory loaded and indexed by an earlier run with the same sizes and seed (`--reuse`): the"
                    + " times below are not measured in this run.");
            line("");
        }
        line("| Step | Size | Time |");
        line("|---|---:|---:|");
        line("| Actors imported (`AllianceImport.run(ACTORS, …, Mode.ALL)`, " + rowsPerFile + " rows per file) | "
                + loaded.actors() + " | " + secs(loaded.actorsMs()) + " |");
        line("| Partnership cases imported (`AllianceImport.run(CASES, …, Mode.ALL)`) | " + loaded.cases() + " | "
                + secs(loaded.casesMs()) + " |");
        line("| Catalysts saved (`Alliances.saveActor`, one transaction each) | "
                + loaded.catalysts().size() + " | " + secs(loaded.catalystsMs()) + " |");
        line("| Their search entries written by the search module's listener, after the last save | "
                + (indexedCases + indexedActors)
                + " | " + secs(eventsMs) + " |");
        line("| Resources generated (`SearchCorpus`) and inserted into `search_entry` (batched JDBC) | " + resources
                + " | " + secs(insertMs) + " |");
        line("| Mass indexing of every entry (`threadsToLoadObjects(" + threads + ").batchSizeToLoadObjects(" + batch
                + ")`) | " + (indexedResources + indexedCases + indexedActors) + " | " + secs(indexMs) + " ("
                + String.format(
                        Locale.ROOT, "%.0f", (indexedResources + indexedCases + indexedActors) / (indexMs / 1e3))
                + " entries/s) |");
        line("");
        line("- Index: " + indexedResources + " resources, " + indexedCases + " cases, " + indexedActors
                + " actors (catalysts included); " + String.format(Locale.ROOT, "%.0f", indexBytes / 1048576.0)
                + " MB on disk; resources' text " + String.format(Locale.ROOT, "%.0f", chars / 1048576.0)
                + " M characters; `within` sets as generated, compared with the application's on "
                + Math.min(resources, 5000) + " resources: " + withinDifferences + " difference(s)");
        line("- Peak heap used during the mass indexing (sum of the pools' peaks, an upper bound): "
                + mb(peakHeapIndexing) + "; heap used after `System.gc()` at the end: " + mb(heapAfterGc) + " (max "
                + mb(heapMax) + "); process RSS " + procStatus("VmRSS") + " (peak " + procStatus("VmHWM") + ")");
        line("- Application start on the empty data directory: " + secs(startMs) + "; whole run of the JVM: "
                + secs(millisSince(runStart)));
        line("");
        line("## Requests and checks");
        line("");
        line("- " + mix.size() + " requests (seed " + seed + "): " + describeMix(mix) + "; places: "
                + describePlaces(mix) + "; profiles drawn in turn from the frame's `actor-profile` values, action"
                + " domains from `action-domain`, objectives from `strategic-objective` and `partnership-objective`;"
                + " maturity: the lowest level of a request is, in turn, each of "
                + String.join(", ", Diagnostic.LEVELS) + ", the other axes at that level or one above");
        line("- Checked: every fourth request and every request for Morlaix or Grenoble (" + sample.size()
                + "), through the application's bean: the three stages in order, each item of a type its stage offers;"
                + " under \"agir\", when generated catalysts cover the place (" + withCatalysts + " of " + sample.size()
                + "), the first items are catalysts that cover it, as many as `Orientation.CATALYSTS` allows, and"
                + " none otherwise; the same path when asked twice: " + problems.size() + " problem(s)"
                + (problems.isEmpty()
                        ? ""
                        : ": " + String.join("; ", problems.subList(0, Math.min(5, problems.size())))));
        line("- Stages with fewer than " + Orientation.PER_STAGE + " suggestions besides catalysts in the sample: "
                + shortStages + " of " + sample.size() * 3);
        line("- Sample path, " + describe(mix.get(0).request()) + ": " + describePath(first));
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        context.close();
    }

    // --- Requests ---------------------------------------------------------------------------------------------

    /**
     * The fixed mix: Morlaix and Grenoble first, then communes drawn from the referential (half evenly, half by
     * population), a seventh of the requests without a place; the kinds in turn.
     */
    static List<Request> requests(long seed, int count, AlliancesData data, Frame frame) {
        List<String> profiles = values(frame, "actor-profile");
        List<String> domains = values(frame, "action-domain");
        List<String> objectives = new ArrayList<>();
        objectives.addAll(values(frame, "strategic-objective"));
        objectives.addAll(values(frame, "partnership-objective"));
        List<TerritoryId> communes = new ArrayList<>(NAMED);
        for (TerritoryId c : data.communes(seed + 1, count)) {
            if (!communes.contains(c)) {
                communes.add(c);
            }
        }
        Random r = new Random(seed + 2);
        List<Request> mix = new ArrayList<>();
        int nextCommune = 0;
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            // Morlaix and Grenoble are asked for under every kind that has a place.
            TerritoryId place = kind == Kind.NO_PLACE
                    ? null
                    : i < 2 * Kind.values().length
                            ? NAMED.get(i / Kind.values().length)
                            : communes.get(2 + nextCommune++ % (communes.size() - 2));
            String profile = kind == Kind.NO_PLACE && r.nextBoolean() ? null : profiles.get(i % profiles.size());
            List<String> d = kind == Kind.PLACE_DOMAINS || kind == Kind.PLACE_ALL ? some(r, domains) : List.of();
            List<String> o = kind == Kind.PLACE_OBJECTIVES || kind == Kind.PLACE_ALL ? some(r, objectives) : List.of();
            Map<String, String> maturity = new LinkedHashMap<>();
            if (kind != Kind.NO_MATURITY) {
                int lowest = (i / Kind.values().length) % Diagnostic.LEVELS.size();
                List<String> axes = new ArrayList<>(AXES);
                Collections.shuffle(axes, r);
                if (kind == Kind.PARTIAL_MATURITY) {
                    axes = axes.subList(0, 2);
                }
                for (int a = 0; a < axes.size(); a++) {
                    int level = a == 0 ? lowest : Math.min(Diagnostic.LEVELS.size() - 1, lowest + r.nextInt(2));
                    maturity.put(axes.get(a), Diagnostic.LEVELS.get(level));
                }
            }
            mix.add(new Request(kind, new OrientationRequest(profile, place, d, o, maturity)));
        }
        return mix;
    }

    private static List<String> values(Frame frame, String axis) {
        return frame
                .current()
                .axis(axis)
                .orElseThrow(() -> new IllegalStateException("no axis " + axis))
                .values()
                .stream()
                .map(FrameView.Value::key)
                .toList();
    }

    private static List<String> some(Random r, List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, r);
        return List.copyOf(copy.subList(0, Math.min(copy.size(), 1 + r.nextInt(2))));
    }

    // --- Checks -------------------------------------------------------------------------------------------------

    private static final Map<String, Set<String>> TYPES = Map.of(
            "s-informer", Set.of("resource", "case"),
            "se-former", Set.of("resource"),
            "agir", Set.of("resource", "catalyst"));

    /** What is wrong with a path, or null. */
    static String check(
            OrientationRequest request,
            Path path,
            Path again,
            List<AlliancesData.Catalyst> catalysts,
            Territories territories) {
        if (!path.equals(again)) {
            return "another path when asked again";
        }
        List<String> stages = path.stages().stream().map(Path.Stage::stage).toList();
        if (!stages.equals(Orientation.ORDER)) {
            return "stages " + stages;
        }
        for (Path.Stage s : path.stages()) {
            for (Path.Item i : s.items()) {
                if (!TYPES.get(s.stage()).contains(i.type())) {
                    return "a " + i.type() + " under " + s.stage();
                }
            }
        }
        TerritoryId place = request.place() == null ? TerritoryId.FRANCE : request.place();
        Set<String> covering = new HashSet<>();
        for (AlliancesData.Catalyst c : catalysts) {
            if (c.coverage().stream().anyMatch(t -> territories.contains(t, place))) {
                covering.add(c.slug());
            }
        }
        List<Path.Item> act = path.stages().get(2).items();
        int expected = Math.min(Orientation.CATALYSTS, covering.size());
        for (int i = 0; i < act.size(); i++) {
            Path.Item item = act.get(i);
            boolean catalyst = item.type().equals("catalyst");
            if (i < expected && (!catalyst || !covering.contains(item.id()))) {
                return "item " + (i + 1) + " under agir is " + item.type() + ":" + item.id() + ", expected one of the "
                        + covering.size() + " catalysts covering " + place;
            }
            if (i >= expected && catalyst) {
                return "catalyst " + item.id() + " at " + (i + 1) + " under agir, " + expected + " expected";
            }
        }
        if (act.size() < expected) {
            return act.size() + " item(s) under agir, " + expected + " catalysts expected";
        }
        return null;
    }

    // --- Waiting ------------------------------------------------------------------------------------------------

    private static final Set<EventPublication.Status> PENDING = EnumSet.of(
            EventPublication.Status.PUBLISHED, EventPublication.Status.PROCESSING, EventPublication.Status.RESUBMITTED);

    /** Waits until no event publication is pending; fails when none was handled for {@link #STALL_MS}. */
    private static void awaitEvents(EventPublicationRegistry registry) throws InterruptedException {
        long last = -1;
        long progressAt = System.nanoTime();
        while (true) {
            long pending = registry.findIncompletePublications().stream()
                    .filter(p -> PENDING.contains(p.getStatus()))
                    .count();
            if (pending == 0) {
                return;
            }
            if (pending != last) {
                last = pending;
                progressAt = System.nanoTime();
            } else if (millisSince(progressAt) > STALL_MS) {
                throw new IllegalStateException(
                        pending + " event(s) still pending, none handled for " + STALL_MS / 1000 + " s");
            }
            Thread.sleep(1000);
        }
    }

    // --- Report helpers -----------------------------------------------------------------------------------------

    private static String row(String name, Samples s) {
        LatencyStats t = Samples.stats(s.total);
        LatencyStats i = Samples.stats(s.index);
        LatencyStats rest = s.rest();
        return "| " + name + " | " + t.count() + " | " + fmt(t.p50()) + " | " + fmt(t.p95()) + " | " + fmt(t.p99())
                + " | " + fmt(t.max()) + " | " + fmt(i.p50()) + " | " + fmt(i.p95()) + " | " + fmt(rest.p50()) + " | "
                + fmt(rest.p95()) + " | " + String.format(Locale.ROOT, "%.0f %%", 100 * s.indexShare()) + " |";
    }

    private static String describeMix(List<Request> mix) {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        mix.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        StringBuilder s = new StringBuilder();
        counts.forEach((k, n) ->
                s.append(s.length() == 0 ? "" : ", ").append(n).append(" ").append(k.text));
        return s.toString();
    }

    private static String describePlaces(List<Request> mix) {
        long places = mix.stream()
                .map(r -> r.request().place())
                .filter(p -> p != null)
                .distinct()
                .count();
        long departements = mix.stream()
                .map(r -> r.request().place())
                .filter(p -> p != null)
                .map(p -> p.code().length() >= 2 ? p.code().substring(0, 2) : p.code())
                .distinct()
                .count();
        return places + " distinct communes (Morlaix commune:29151 and Grenoble commune:38185 included, under every"
                + " kind with a place) in " + departements + " départements (by the first two digits of the code)";
    }

    static String describe(OrientationRequest r) {
        return "profile " + r.profile() + ", place " + r.place() + ", domains " + r.domains() + ", objectives "
                + r.objectives() + ", maturity " + r.maturity();
    }

    private static String describePath(Path p) {
        StringBuilder s = new StringBuilder();
        for (Path.Stage stage : p.stages()) {
            s.append(s.length() == 0 ? "" : "; ").append(stage.stage()).append(" ");
            s.append(stage.items().stream()
                    .limit(3)
                    .map(i -> i.type() + ":" + i.id() + " (" + i.score() + ")")
                    .toList());
            if (stage.items().size() > 3) {
                s.append(" and ").append(stage.items().size() - 3).append(" more");
            }
        }
        return s.toString();
    }

    private void line(String s) {
        report.append(s).append('\n');
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

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    static void log(String message) {
        System.err.printf("[orientation-bench %tT] %s%n", System.currentTimeMillis(), message);
    }
}
