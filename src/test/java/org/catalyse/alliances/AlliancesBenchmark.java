package org.catalyse.alliances;

import static org.catalyse.bench.Measures.met;
import static org.catalyse.bench.Measures.millisSince;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.CatalyseApplication;
import org.catalyse.bench.BenchArgs;
import org.catalyse.bench.LatencyStats;
import org.catalyse.frame.Frame;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The alliances at scale, in one JVM. Starts the application on a fresh data directory (embedded H2, or
 * PostgreSQL with {@code --jdbc-url}), seeds off but the territorial referential, then:
 *
 * <ol>
 *   <li>generates French actors and partnership cases ({@link AlliancesCorpus}) as CSV files laid out like the
 *       import templates, each under the import's size limit, and imports them through {@link AllianceImport#run}
 *       in the all-or-nothing mode, as the import page does (checks, writes, search indexing): the actors first,
 *       then the cases; it reports when the rows are written and when the search holds them all;
 *   <li>saves catalysts one by one through {@link Alliances#saveActor}, then times {@link Alliances#catalystsFor}
 *       over a fixed set of places, checks a sample of answers against the catalysts' coverage, and times the same
 *       question through {@code GET /api/v1/catalysts} over loopback.
 * </ol>
 *
 * <p>Arguments: {@code --data-dir=DIR} (an empty directory; a temporary one by default), {@code --jdbc-url=…} and
 * {@code --db-user=postgres} (an empty PostgreSQL database, optional), {@code --out=FILE} (Markdown report),
 * {@code --values=FILE} ({@code key=value} lines), {@code --cases=100000}, {@code --actors=20000},
 * {@code --rows-per-file=10000}, {@code --catalysts=10000}, {@code --communes=1700}, {@code --epcis=200},
 * {@code --warmup-cases=5000} (cases imported, untimed, before the timed files), {@code --warmup=3}, {@code --rounds=5}, {@code --http-places=400}, {@code --http-rounds=2},
 * {@code --seed=20261122}, {@code --commit=…} (for the report). Not a test: {@code bench/alliances} runs it.
 */
public final class AlliancesBenchmark {

    static final long TARGET_IMPORT_MS = 60_000;
    static final double TARGET_P95_MS = 10;
    private static final long STALL_MS = 180_000;

    private final BenchArgs options;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final StringBuilder report = new StringBuilder();

    private AlliancesBenchmark(String[] args) {
        options = new BenchArgs(args);
    }

    public static void main(String[] args) {
        try {
            new AlliancesBenchmark(args).run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Wall-clock and thread CPU timings of calls, in nanoseconds. */
    static final class Samples {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();

        void add(long wallNanos, long cpuNanos) {
            wall.add(wallNanos);
            cpu.add(cpuNanos);
        }

        LatencyStats wall() {
            return LatencyStats.of(wall.stream().mapToLong(Long::longValue).toArray());
        }

        LatencyStats cpu() {
            return LatencyStats.of(cpu.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private void run() throws Exception {
        long runStart = System.nanoTime();
        String loadBefore = loadAverage();
        long seed = Long.parseLong(options.get("seed", "20261122"));
        int caseCount = options.intOption("cases", 100_000);
        int actorCount = options.intOption("actors", 20_000);
        int rowsPerFile = options.intOption("rows-per-file", 10_000);
        int catalystCount = options.intOption("catalysts", 10_000);
        int warmup = options.intOption("warmup", 3);
        int warmupCases = options.intOption("warmup-cases", 5000);
        int rounds = options.intOption("rounds", 5);
        int httpPlaces = options.intOption("http-places", 400);
        int httpRounds = options.intOption("http-rounds", 2);
        Path dataDir = options.has("data-dir")
                ? Path.of(options.get("data-dir", null))
                : Files.createTempDirectory("catalyse-alliances-bench-");
        String jdbcUrl = options.get("jdbc-url", null);

        List<String> arguments = new ArrayList<>(List.of(
                "--catalyse.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--catalyse.commons.seed-on-start=false",
                "--catalyse.alliances.seed-on-start=false",
                "--spring.main.banner-mode=off"));
        if (jdbcUrl != null) {
            arguments.add("--spring.datasource.url=" + jdbcUrl);
            arguments.add("--spring.datasource.username=" + options.get("db-user", "postgres"));
            arguments.add("--spring.datasource.password=");
        }
        log("starting the application (data dir " + dataDir + ", " + (jdbcUrl == null ? "H2" : jdbcUrl) + ")");
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context =
                new SpringApplication(CatalyseApplication.class).run(arguments.toArray(String[]::new));
        long startMs = millisSince(t0);
        log(String.format(Locale.ROOT, "application started in %.1f s", startMs / 1e3));
        AllianceImport imports = context.getBean(AllianceImport.class);
        Alliances alliances = context.getBean(Alliances.class);
        Territories territories = context.getBean(Territories.class);
        Frame frame = context.getBean(Frame.class);
        SearchEngine search = context.getBean(SearchEngine.class);
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));

        // --- a. Generated CSV files -----------------------------------------------------------------------
        t0 = System.nanoTime();
        AlliancesCorpus corpus = new AlliancesCorpus(seed, territories, frame);
        Path files = dataDir.resolve("generated");
        Files.createDirectories(files);
        List<Path> actorFiles = new ArrayList<>();
        for (int from = 0; from < actorCount; from += rowsPerFile) {
            Path f = files.resolve(String.format(Locale.ROOT, "acteurs-%02d.csv", actorFiles.size() + 1));
            Files.writeString(f, corpus.actorsCsv(from, Math.min(rowsPerFile, actorCount - from)));
            actorFiles.add(f);
        }
        List<Path> caseFiles = new ArrayList<>();
        for (int from = 0; from < caseCount; from += rowsPerFile) {
            Path f = files.resolve(String.format(Locale.ROOT, "cas-%02d.csv", caseFiles.size() + 1));
            Files.writeString(f, corpus.casesCsv(from, Math.min(rowsPerFile, caseCount - from)));
            caseFiles.add(f);
        }
        long actorBytes = 0;
        long caseBytes = 0;
        long largest = 0;
        for (Path f : actorFiles) {
            actorBytes += Files.size(f);
            largest = Math.max(largest, Files.size(f));
        }
        for (Path f : caseFiles) {
            caseBytes += Files.size(f);
            largest = Math.max(largest, Files.size(f));
        }
        if (largest > AllianceImport.MAX_BYTES) {
            throw new IllegalStateException("a generated file weighs " + largest
                    + " bytes, above the import's limit of " + AllianceImport.MAX_BYTES + ": lower --rows-per-file");
        }
        long generateMs = millisSince(t0);
        log(String.format(
                Locale.ROOT,
                "generated %d actors (%d files, %.1f MB) and %d cases (%d files, %.1f MB) in %.1f s",
                actorCount,
                actorFiles.size(),
                actorBytes / 1048576.0,
                caseCount,
                caseFiles.size(),
                caseBytes / 1048576.0,
                generateMs / 1e3));

        // Actors first: the cases name them as partners.
        long actorsWrittenMs = 0;
        int actorWarnings = 0;
        t0 = System.nanoTime();
        for (Path f : actorFiles) {
            byte[] bytes = Files.readAllBytes(f);
            long t1 = System.nanoTime();
            AllianceImport.Report r = imports.run(AllianceImport.Kind.ACTORS, bytes, AllianceImport.Mode.ALL);
            actorsWrittenMs += millisSince(t1);
            requireWritten(f, r);
            actorWarnings += r.warnings().size();
        }
        Indexed actorsSearchable = waitForIndex(search, alliances, t0);
        log(String.format(
                Locale.ROOT,
                "actors: written in %.1f s (%.0f rows/s), searchable after %s",
                actorsWrittenMs / 1e3,
                actorCount / (actorsWrittenMs / 1e3),
                actorsSearchable.text()));

        // The checks alone, on the first case file: a dry run writes nothing.
        byte[] first = Files.readAllBytes(caseFiles.get(0));
        t0 = System.nanoTime();
        AllianceImport.Report dry = imports.run(AllianceImport.Kind.CASES, first, AllianceImport.Mode.DRY_RUN);
        long dryRunMs = millisSince(t0);
        if (!dry.errors().isEmpty()) {
            requireWritten(caseFiles.get(0), dry);
        }
        log(String.format(
                Locale.ROOT,
                "dry run of %s (checks only): %d rows in %.1f s",
                caseFiles.get(0).getFileName(),
                dry.rows(),
                dryRunMs / 1e3));

        // A first import warms the JVM up (its compilers work hard on a fresh start): cases beyond those timed.
        long warmupMs = 0;
        if (warmupCases > 0) {
            // In files of at most 10,000 rows, as the timed ones (the import takes 20 MB at most per file).
            for (int done = 0; done < warmupCases; done += 10_000) {
                int n = Math.min(10_000, warmupCases - done);
                byte[] warm = corpus.casesCsv(caseCount + done, n).getBytes(StandardCharsets.UTF_8);
                t0 = System.nanoTime();
                requireWritten(
                        files.resolve("echauffement.csv"),
                        imports.run(AllianceImport.Kind.CASES, warm, AllianceImport.Mode.ALL));
                warmupMs += millisSince(t0);
            }
            waitForIndex(search, alliances, t0);
            log(String.format(
                    Locale.ROOT,
                    "warm-up: %d cases written in %.1f s (%.0f rows/s), not counted below",
                    warmupCases,
                    warmupMs / 1e3,
                    warmupCases / (warmupMs / 1e3)));
        }

        // Then the cases, timed against the target.
        HeapSampler heap = new HeapSampler();
        System.gc();
        org.catalyse.bench.HeapPeaks.reset();
        heap.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Long> threadCpu0 = cpuByThread(threads);
        Map<String, Long> jvmCpu0 = jvmThreadsCpu();
        Map<String, Long> threadAlloc0 = allocatedByThread(threads);
        Map<String, long[]> gc0 = collections();
        long processCpu0 = os.getProcessCpuTime();
        long importCpu = 0;
        List<long[]> perFile = new ArrayList<>();
        long casesWrittenMs = 0;
        int caseWarnings = 0;
        t0 = System.nanoTime();
        for (Path f : caseFiles) {
            byte[] bytes = Files.readAllBytes(f);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            AllianceImport.Report r = imports.run(AllianceImport.Kind.CASES, bytes, AllianceImport.Mode.ALL);
            importCpu += threads.getCurrentThreadCpuTime() - c1;
            long ms = millisSince(t1);
            casesWrittenMs += ms;
            requireWritten(f, r);
            caseWarnings += r.warnings().size();
            perFile.add(new long[] {r.rows(), bytes.length, ms});
            log(String.format(
                    Locale.ROOT,
                    "  %s: %d rows written in %.1f s (%.0f rows/s)",
                    f.getFileName(),
                    r.written(),
                    ms / 1e3,
                    r.written() / (ms / 1e3)));
        }
        long writtenAt = millisSince(t0);
        Indexed casesSearchable = waitForIndex(search, alliances, t0);
        long casesSearchableMs = casesSearchable.ms();
        long processCpuMs = (os.getProcessCpuTime() - processCpu0) / 1_000_000;
        Map<String, Long> threadCpu = cpuByThread(threads);
        Map<String, Long> jvmCpu = jvmThreadsCpu();
        jvmCpu0.forEach((group, ms) -> jvmCpu.merge(group, -ms, Long::sum));
        threadCpu0.forEach((name, nanos) -> threadCpu.merge(name, -nanos, Long::sum));
        Map<String, Long> threadAlloc = allocatedByThread(threads);
        threadAlloc0.forEach((name, bytes) -> threadAlloc.merge(name, -bytes, Long::sum));
        Map<String, long[]> gc = collections();
        gc0.forEach((name, counts) ->
                gc.computeIfPresent(name, (n, now) -> new long[] {now[0] - counts[0], now[1] - counts[1]}));
        long importCpuMs = importCpu / 1_000_000;
        heap.stop();
        long peakPools = org.catalyse.bench.HeapPeaks.sum();
        log(String.format(
                Locale.ROOT,
                "cases: written in %.1f s (%.0f rows/s), searchable after %s; peak heap used %.0f MB",
                casesWrittenMs / 1e3,
                caseCount / (casesWrittenMs / 1e3),
                casesSearchable.text(),
                heap.max() / 1048576.0));

        // --- b. Catalysts and "who can help here" ------------------------------------------------------------
        List<AlliancesCorpus.Catalyst> catalysts = new ArrayList<>();
        for (int i = 0; i < catalystCount; i++) {
            catalysts.add(corpus.catalyst(i));
        }
        t0 = System.nanoTime();
        for (AlliancesCorpus.Catalyst c : catalysts) {
            alliances.saveActor(c.slug(), c.content(), false, true);
        }
        long catalystsSavedMs = millisSince(t0);
        log(String.format(
                Locale.ROOT,
                "%d catalysts saved in %.1f s (%.0f/s)",
                catalystCount,
                catalystsSavedMs / 1e3,
                catalystCount / (catalystsSavedMs / 1e3)));
        Indexed catalystsSearchable = waitForIndex(search, alliances, t0);
        log("catalysts searchable after " + catalystsSearchable.text());

        List<TerritoryId> places =
                corpus.places(seed + 1, options.intOption("communes", 1700), options.intOption("epcis", 200));
        t0 = System.nanoTime();
        alliances.catalystsFor(places.get(0));
        long rebuildMs = millisSince(t0);
        log(String.format(Locale.ROOT, "first lookup after the changes (directory rebuilt): %d ms", rebuildMs));

        Samples all = new Samples();
        Map<Echelon, Samples> byEchelon = new EnumMap<>(Echelon.class);
        long answers = 0;
        int largestAnswer = 0;
        long sink = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            List<TerritoryId> order = new ArrayList<>(places);
            Collections.shuffle(order, new Random(seed + 100 + round));
            for (TerritoryId place : order) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                List<CatalystMatch> found = alliances.catalystsFor(place);
                long wall = System.nanoTime() - w0;
                long cpu = threads.getCurrentThreadCpuTime() - c0;
                sink += found.size();
                if (round >= warmup) {
                    all.add(wall, cpu);
                    byEchelon
                            .computeIfAbsent(place.echelon(), e -> new Samples())
                            .add(wall, cpu);
                    answers += found.size();
                    largestAnswer = Math.max(largestAnswer, found.size());
                }
            }
        }
        LatencyStats lookup = all.wall();
        log(String.format(
                Locale.ROOT,
                "catalystsFor: %d calls, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.2f ms",
                lookup.count(),
                lookup.p50(),
                lookup.p95(),
                lookup.p99(),
                lookup.max()));

        // Correctness: every fifth place, against the catalysts' coverage as generated.
        List<TerritoryId> sample = new ArrayList<>();
        for (int i = 0; i < places.size(); i += 5) {
            sample.add(places.get(i));
        }
        int mismatches = 0;
        long expectedMatches = 0;
        for (TerritoryId place : sample) {
            List<CatalystMatch> found = alliances.catalystsFor(place);
            String problem = check(place, found, catalysts, territories);
            expectedMatches += found.size();
            if (problem != null) {
                if (mismatches < 5) {
                    log("mismatch at " + place + ": " + problem);
                }
                mismatches++;
            }
        }
        log("correctness: " + mismatches + " mismatch(es) on " + sample.size() + " places");

        // The same question over HTTP, on loopback.
        Samples http = new Samples();
        int httpMismatches = 0;
        List<TerritoryId> httpOrder = new ArrayList<>(places);
        Collections.shuffle(httpOrder, new Random(seed + 7));
        httpOrder = httpOrder.subList(0, Math.min(httpPlaces, httpOrder.size()));
        long httpBytes = 0;
        if (port > 0 && httpRounds > 0) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            for (int round = 0; round < httpRounds + 1; round++) {
                for (TerritoryId place : httpOrder) {
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/v1/catalysts?territory=" + place))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long w0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long wall = System.nanoTime() - w0;
                    if (round == 0) {
                        continue;
                    }
                    http.add(wall, 0);
                    httpBytes += response.body().length();
                    int items = count(response.body(), "\"matchedBy\"");
                    if (response.statusCode() != 200
                            || items != alliances.catalystsFor(place).size()) {
                        httpMismatches++;
                    }
                }
            }
        }
        LatencyStats overHttp = http.wall();
        log(String.format(
                Locale.ROOT,
                "GET /api/v1/catalysts: %d calls, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d answer(s) differing",
                overHttp.count(),
                overHttp.p50(),
                overHttp.p95(),
                overHttp.p99(),
                httpMismatches));

        System.gc();
        System.gc();
        long heapAfterGc =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        String loadAfter = loadAverage();
        long runMs = millisSince(runStart);

        // --- Report -------------------------------------------------------------------------------------------
        Map<String, Long> reach = coverageMix(catalysts);
        double casesRowsPerS = caseCount / (casesWrittenMs / 1e3);
        values.put("cases", String.valueOf(caseCount));
        values.put("cases_written_s", secs(casesWrittenMs));
        values.put("cases_rows_per_s", String.format(Locale.ROOT, "%.0f", casesRowsPerS));
        values.put("cases_searchable_s", casesSearchable.missing() == null ? secs(casesSearchableMs) : "never");
        values.put("peak_heap_mb", mb(heap.max()));
        values.put("cases_cpu_s", secs(processCpuMs));
        values.put("cases_dry_run_s", secs(dryRunMs));
        values.put("cases_import_thread_cpu_s", secs(importCpuMs));
        values.put("lookup_p50_ms", fmt(lookup.p50()));
        values.put("lookup_p95_ms", fmt(lookup.p95()));
        values.put("lookup_p99_ms", fmt(lookup.p99()));
        values.put("lookup_max_ms", fmt(lookup.max()));
        values.put("http_p50_ms", fmt(overHttp.p50()));
        values.put("http_p95_ms", fmt(overHttp.p95()));
        values.put("http_p99_ms", fmt(overHttp.p99()));
        values.put("mismatches", String.valueOf(mismatches));
        values.put("http_mismatches", String.valueOf(httpMismatches));
        values.put("rebuild_ms", String.valueOf(rebuildMs));

        line("# Catalyse alliances benchmark: latest run");
        line("");
        line("Generated by `bench/alliances`; see docs/benchmarks.md (Alliances: import and who can help here).");
        line("");
        line("- Date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + " UTC");
        line("- Commit: " + options.get("commit", "unknown"));
        line("- Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, " + memTotal() + " memory, CPU: "
                + cpuModel());
        line("- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + mb(heapMax) + " MB, " + collector());
        line("- Database: " + (jdbcUrl == null ? "embedded H2 (file, in the data directory)" : "PostgreSQL, " + jdbcUrl)
                + "; search index: Lucene in the data directory");
        line("- Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter);
        line(String.format(Locale.ROOT, "- Whole run: %.0f s (application start %.1f s)", runMs / 1e3, startMs / 1e3));
        line("");
        line("## Targets");
        line("");
        line("| Figure | Measured | Target | Met |");
        line("|---|---:|---:|:---:|");
        line("| Import of " + caseCount + " cases, all-or-nothing, until every row is written | "
                + secs(casesWrittenMs) + " s (" + String.format(Locale.ROOT, "%.0f", casesRowsPerS) + " rows/s) | ≤ "
                + TARGET_IMPORT_MS / 1000 + " s | " + met(casesWrittenMs <= TARGET_IMPORT_MS) + " |");
        line("| Same, until the search finds every case | " + casesSearchable.text() + " | ≤ "
                + TARGET_IMPORT_MS / 1000 + " s | "
                + met(casesSearchable.missing() == null && casesSearchableMs <= TARGET_IMPORT_MS) + " |");
        line("| `Alliances.catalystsFor(place)` p95, " + catalystCount + " catalysts, " + lookup.count() + " calls | "
                + fmt(lookup.p95()) + " ms | ≤ " + fmt(TARGET_P95_MS) + " ms | " + met(lookup.p95() <= TARGET_P95_MS)
                + " |");
        line("| Answers checked against the catalysts' coverage | " + mismatches + " mismatch(es) on " + sample.size()
                + " places | 0 | " + met(mismatches == 0) + " |");
        line("");
        line("## a. Import");
        line("");
        line("Files generated with seed " + seed + " in " + secs(generateMs) + " s (not timed below), laid out like the"
                + " import templates, " + rowsPerFile + " rows per file (the import takes "
                + AllianceImport.MAX_BYTES / 1048576 + " MB at most per file; largest file "
                + String.format(Locale.ROOT, "%.1f", largest / 1048576.0)
                + " MB); each imported with `AllianceImport.run(kind, file, Mode.ALL)`, the path of the import page.");
        line("");
        line("| Import | Rows | Files | Size | Written (sum of `run`) | Rows/s | Searchable after | Warnings |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        line("| Actors (partners of the cases) | " + actorCount + " | " + actorFiles.size() + " | "
                + String.format(Locale.ROOT, "%.1f MB", actorBytes / 1048576.0) + " | " + secs(actorsWrittenMs)
                + " s | " + String.format(Locale.ROOT, "%.0f", actorCount / (actorsWrittenMs / 1e3)) + " | "
                + actorsSearchable.text() + " | " + actorWarnings + " |");
        line("| Partnership cases | " + caseCount + " | " + caseFiles.size() + " | "
                + String.format(Locale.ROOT, "%.1f MB", caseBytes / 1048576.0) + " | " + secs(casesWrittenMs) + " s | "
                + String.format(Locale.ROOT, "%.0f", casesRowsPerS) + " | " + casesSearchable.text() + " | "
                + caseWarnings + " |");
        line("");
        StringBuilder files1 = new StringBuilder();
        for (int i = 0; i < perFile.size(); i++) {
            files1.append(i == 0 ? "" : ", ").append(secs(perFile.get(i)[2]));
        }
        line("- Cases, seconds per file in order: " + files1 + "; the last `run` returned after " + secs(writtenAt)
                + " s, "
                + (casesSearchable.missing() == null ? "the search held every case " : "the benchmark stopped waiting ")
                + secs(casesSearchableMs - writtenAt) + " s later (index polled"
                + " every 250 ms with a search for the type)");
        line("- Checks alone (a dry run of the first case file, " + dry.rows() + " rows, before the import): "
                + secs(dryRunMs) + " s");
        if (warmupCases > 0) {
            line("- Warm-up before the timed import (`--warmup-cases`, counted nowhere else): " + warmupCases
                    + " other cases imported the same way in " + secs(warmupMs)
                    + " s, so that the timed files do not pay for the JVM compiling the import's code");
        }
        line("- CPU time from the first case file to the last case searchable: " + secs(processCpuMs)
                + " s for the whole JVM ("
                + String.format(Locale.ROOT, "%.1f", processCpuMs / (double) casesSearchableMs)
                + " CPUs busy on average), of which " + secs(importCpuMs) + " s in the thread running the imports"
                + " (reading, checks, Markdown, Hibernate and the embedded database's work for its own writes); the rest"
                + " is the search (listeners writing the search entries, Lucene indexing and merges), the database's"
                + " background writer and the garbage collector");
        line("- CPU time in that span by thread (names with their numbers dropped): "
                + describeCpu(threadCpu, processCpuMs));
        if (!jvmCpu.isEmpty()) {
            line("- The JVM's own threads in that span (Linux, `/proc/self/task`, threads still running at the end):"
                    + " just-in-time compilers " + secs(jvmCpu.getOrDefault("compilers", 0L))
                    + " s, garbage collector and VM thread " + secs(jvmCpu.getOrDefault("garbage collector", 0L))
                    + " s, others " + secs(jvmCpu.getOrDefault("others", 0L)) + " s");
        }
        line("- Memory allocated in that span by thread (the garbage collector's load; unlike CPU time, it does not"
                + " depend on what else runs on the machine): " + describeAllocated(threadAlloc, caseCount)
                + "; collections: " + describeCollections(gc));
        line("- Heap during the case import: at most " + mb(heap.max()) + " MB used (sampled every 50 ms; sum of the"
                + " pools' peaks " + mb(peakPools) + " MB, an upper bound)");
        line("- Rows of the cases: 1 to 4 partners (mostly of the same département), territories from a commune drawn"
                + " by population (commune, commune and EPCI, EPCI, département, région or none), 1 or 2 action"
                + " domains, 1 or 2 partnership modes, mécénat types when a mode is mécénat, objectives, a Markdown"
                + " description of about 900 characters, outcomes, replication, sources, contact and dates for part of"
                + " them");
        line("");
        line("## b. Who can help here");
        line("");
        line("- " + catalystCount + " catalysts saved one by one with `Alliances.saveActor(slug, content, false, true)`"
                + " (one transaction each, each announced to the search): " + secs(catalystsSavedMs) + " s ("
                + String.format(Locale.ROOT, "%.0f", catalystCount / (catalystsSavedMs / 1e3)) + " per second),"
                + " searchable after " + catalystsSearchable.text());
        line("- Main coverage of the catalysts: " + describe(reach, catalystCount) + "; "
                + String.format(
                        Locale.ROOT,
                        "%.2f territories covered per catalyst on average",
                        catalysts.stream()
                                        .mapToInt(c -> c.content().coverage().size())
                                        .sum()
                                / (double) catalystCount));
        line("- First lookup after the last change to an actor (the directory is rebuilt from the database): "
                + rebuildMs + " ms");
        line("- Places: " + describePlaces(places) + "; " + warmup + " warm-up round(s), then " + rounds
                + " measured rounds, each in its own shuffled order; "
                + String.format(Locale.ROOT, "%.0f", answers / (double) Math.max(1, lookup.count()))
                + " catalysts per answer on average, " + largestAnswer + " at most");
        line("");
        line("| Lookup (ms) | Calls | Mean | p50 | p95 | p99 | Max |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        line(row("`Alliances.catalystsFor(place)`, wall clock", lookup));
        line(row("same, thread CPU time", all.cpu()));
        for (Map.Entry<Echelon, Samples> e : byEchelon.entrySet()) {
            line(row("  places of echelon " + e.getKey().key(), e.getValue().wall()));
        }
        line(row(
                "`GET /api/v1/catalysts?territory=…`, loopback, " + httpOrder.size() + " places × " + httpRounds,
                overHttp));
        line("");
        line("- Correctness: every fifth place (" + sample.size() + " places, " + expectedMatches + " catalysts in the"
                + " answers) compared with the generated coverage: the same catalysts (those with a covered territory"
                + " that contains the place, `Territories.contains`), each matched by its narrowest covering territory,"
                + " ordered by echelon of that territory then by name: " + mismatches + " mismatch(es)");
        line("- HTTP: JSON answers of "
                + String.format(Locale.ROOT, "%.0f", httpBytes / (double) Math.max(1, http.wall.size()) / 1024)
                + " KB on average (one connection, no compression); " + httpMismatches
                + " answer(s) not 200 or not the same number of catalysts as in process");
        line("- Heap used after `System.gc()` at the end: " + mb(heapAfterGc) + " MB; sink " + (sink % 10));
        Files.writeString(
                Path.of(options.get("out", "alliances-latest.md")), report.toString(), StandardCharsets.UTF_8);
        if (options.has("values")) {
            StringBuilder v = new StringBuilder();
            values.forEach((k, x) -> v.append(k).append('=').append(x).append('\n'));
            Files.writeString(Path.of(options.get("values", null)), v.toString());
        }
        context.close();
    }

    private static void requireWritten(Path file, AllianceImport.Report r) {
        if (r.refused() || r.written() != r.rows()) {
            r.errors().stream()
                    .limit(5)
                    .forEach(p -> log("  line " + p.line() + ", " + p.column() + ": " + p.message()));
            throw new IllegalStateException(file.getFileName() + ": "
                    + r.errors().size() + " error(s), " + r.written() + " of " + r.rows() + " rows written");
        }
    }

    /**
     * When the search found everything written, in ms since the start of the step; or, when it stopped making
     * progress (a search listener that failed is not retried before the next start), what it was missing.
     */
    record Indexed(long ms, String missing) {

        String text() {
            return missing == null ? secs(ms) + " s" : "**never** (" + missing + ")";
        }
    }

    private static Indexed waitForIndex(SearchEngine search, Alliances alliances, long since)
            throws InterruptedException {
        long actors = alliances.actorCount();
        long cases = alliances.caseCount();
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            long indexedActors = indexed(search, "actor");
            long indexedCases = indexed(search, "case");
            if (indexedActors == actors && indexedCases == cases) {
                return new Indexed(millisSince(since), null);
            }
            if (indexedActors + indexedCases != lastCount) {
                lastCount = indexedActors + indexedCases;
                lastProgress = System.nanoTime();
            } else if (millisSince(lastProgress) > STALL_MS) {
                String missing = String.format(
                        Locale.ROOT,
                        "%d of %d actors and %d of %d cases found after %s s, no progress in the last %d s",
                        indexedActors,
                        actors,
                        indexedCases,
                        cases,
                        secs(millisSince(since)),
                        STALL_MS / 1000);
                log("the search stopped catching up: " + missing);
                return new Indexed(millisSince(since), missing);
            }
            Thread.sleep(250);
        }
    }

    private static long indexed(SearchEngine search, String type) {
        // The exact count: the total of a search page is an estimate beyond a large number of hits.
        return search.count(new SearchQuery(null, type, null, null, Map.of(), 1, 1));
    }

    /** What is wrong with an answer, or null. */
    static String check(
            TerritoryId place,
            List<CatalystMatch> found,
            List<AlliancesCorpus.Catalyst> catalysts,
            Territories territories) {
        Map<String, TerritoryId> expected = new HashMap<>();
        for (AlliancesCorpus.Catalyst c : catalysts) {
            TerritoryId nearest = null;
            for (String t : c.content().coverage()) {
                TerritoryId covered = TerritoryId.parse(t);
                if (territories.contains(covered, place)
                        && (nearest == null
                                || covered.echelon().ordinal()
                                        < nearest.echelon().ordinal())) {
                    nearest = covered;
                }
            }
            if (nearest != null) {
                expected.put(c.slug(), nearest);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (CatalystMatch m : found) {
            if (!seen.add(m.slug())) {
                return m.slug() + " appears twice";
            }
            if (!expected.containsKey(m.slug())) {
                return m.slug() + " does not cover it";
            }
            // Any covered territory of the nearest echelon that holds the place is a right answer.
            if (expected.get(m.slug()).echelon() != m.matchedBy().echelon()
                    || !territories.contains(m.matchedBy(), place)) {
                return m.slug() + " matched by " + m.matchedBy() + " instead of " + expected.get(m.slug());
            }
        }
        if (seen.size() != expected.size()) {
            return (expected.size() - seen.size()) + " covering catalyst(s) missing";
        }
        Comparator<CatalystMatch> nearestFirst = Comparator.<CatalystMatch>comparingInt(
                        m -> m.matchedBy().echelon().ordinal())
                .thenComparing(CatalystMatch::name, String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < found.size(); i++) {
            if (nearestFirst.compare(found.get(i - 1), found.get(i)) > 0) {
                return "not nearest first at " + i + ": " + found.get(i - 1).name() + " before "
                        + found.get(i).name();
            }
        }
        return null;
    }

    private static Map<String, Long> coverageMix(List<AlliancesCorpus.Catalyst> catalysts) {
        Map<String, Long> mix = new LinkedHashMap<>();
        for (String e : List.of("commune", "epci", "departement", "region", "pays")) {
            mix.put(e, 0L);
        }
        for (AlliancesCorpus.Catalyst c : catalysts) {
            // The widest territory covered says the catalyst's reach.
            String widest = c.content().coverage().stream()
                    .map(TerritoryId::parse)
                    .max(Comparator.comparingInt(t -> t.echelon().ordinal()))
                    .map(t -> t.echelon().key())
                    .orElse("?");
            mix.merge(widest, 1L, Long::sum);
        }
        return mix;
    }

    private static String describe(Map<String, Long> mix, int total) {
        StringBuilder s = new StringBuilder("widest territory covered ");
        mix.forEach((k, v) -> s.append(s.toString().endsWith(" ") ? "" : ", ")
                .append(k)
                .append(String.format(Locale.ROOT, " %.1f %%", 100.0 * v / total)));
        return s.toString();
    }

    private static String describePlaces(List<TerritoryId> places) {
        Map<Echelon, Integer> counts = new EnumMap<>(Echelon.class);
        places.forEach(p -> counts.merge(p.echelon(), 1, Integer::sum));
        StringBuilder s = new StringBuilder().append(places.size()).append(" (");
        counts.forEach((e, n) -> s.append(s.toString().endsWith("(") ? "" : ", ")
                .append(n)
                .append(' ')
                .append(e.key()));
        return s.append("; communes half drawn evenly, half by population)").toString();
    }

    /** CPU time of the live Java threads, in nanoseconds, by name with the numbers dropped. */
    private static Map<String, Long> cpuByThread(ThreadMXBean threads) {
        Map<String, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                cpu.merge(info.getThreadName().replaceAll("[0-9]+", "N"), nanos, Long::sum);
            }
        }
        return cpu;
    }

    /**
     * CPU time of the JVM's own threads (compilers, garbage collector, others), in milliseconds, read from
     * {@code /proc/self/task} (Linux; empty elsewhere). Clock ticks are taken as hundredths of a second.
     */
    private static Map<String, Long> jvmThreadsCpu() {
        Map<String, Long> ms = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ms;
        }
        try (var list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String group = name.contains("CompilerThre")
                            ? "compilers"
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")
                                    ? "garbage collector"
                                    : name.startsWith("VM ") || name.startsWith("Sweeper") ? "others" : null;
                    if (group != null) {
                        ms.merge(group, ticks * 10, Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended in between
                }
            }
        } catch (java.io.IOException e) {
            return Map.of();
        }
        return ms;
    }

    /** Bytes allocated by the live Java threads, by name with the numbers dropped. */
    private static Map<String, Long> allocatedByThread(ThreadMXBean threads) {
        Map<String, Long> bytes = new HashMap<>();
        if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemoryEnabled()) {
            for (long id : threads.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
                long allocated = sun.getThreadAllocatedBytes(id);
                if (info != null && allocated > 0) {
                    bytes.merge(info.getThreadName().replaceAll("[0-9]+", "N"), allocated, Long::sum);
                }
            }
        }
        return bytes;
    }

    private static String describeAllocated(Map<String, Long> bytesByThread, int cases) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(bytesByThread.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        long total = 0;
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Long> e : sorted) {
            total += Math.max(0, e.getValue());
            if (e.getValue() >= 100L * 1048576) {
                s.append(s.length() == 0 ? "" : ", ")
                        .append('`')
                        .append(e.getKey())
                        .append("` ")
                        .append(mb(e.getValue()))
                        .append(" MB");
            }
        }
        return String.format(
                Locale.ROOT, "%s MB in all (%.0f KB per case), of which %s", mb(total), total / 1024.0 / cases, s);
    }

    /** Collections and their accumulated time (ms) by collector, as the JVM counts them. */
    private static Map<String, long[]> collections() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            counts.put(gc.getName(), new long[] {gc.getCollectionCount(), gc.getCollectionTime()});
        }
        return counts;
    }

    private static String describeCollections(Map<String, long[]> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((name, c) -> s.append(s.length() == 0 ? "" : ", ")
                .append(name)
                .append(' ')
                .append(c[0])
                .append(" (")
                .append(secs(c[1]))
                .append(" s)"));
        return s.toString();
    }

    private static String describeCpu(Map<String, Long> nanosByThread, long processCpuMs) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(nanosByThread.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder s = new StringBuilder();
        long listed = 0;
        long small = 0;
        for (Map.Entry<String, Long> e : sorted) {
            long ms = Math.max(0, e.getValue() / 1_000_000);
            listed += ms;
            if (ms >= 500) {
                s.append(s.length() == 0 ? "" : ", ")
                        .append('`')
                        .append(e.getKey())
                        .append("` ")
                        .append(secs(ms))
                        .append(" s");
            } else {
                small += ms;
            }
        }
        return s + "; other Java threads " + secs(small) + " s; the JVM's own threads (garbage collector, compilers)"
                + " and threads ended in between " + secs(Math.max(0, processCpuMs - listed)) + " s";
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    // --- Machine and memory ------------------------------------------------------------------------------------

    /** Samples the heap in use every 50 ms. */
    static final class HeapSampler {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(
                    () -> {
                        while (running) {
                            long used = ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed();
                            max.accumulateAndGet(used, Math::max);
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long max() {
            return max.get();
        }
    }

    private static String collector() {
        List<String> names = new ArrayList<>();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(b -> names.add(b.getName()));
        return String.join(" + ", names);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                Matcher m = Pattern.compile("^model name\\s*:\\s*(.*)$").matcher(line);
                if (m.matches()) {
                    return m.group(1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return "unknown";
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return "unknown";
    }

    // --- Formatting ------------------------------------------------------------------------------------------

    private void line(String s) {
        report.append(s).append('\n');
    }

    private static String row(String name, LatencyStats s) {
        return "| " + name + " | " + s.count() + " | " + fmt(s.mean()) + " | " + fmt(s.p50()) + " | " + fmt(s.p95())
                + " | " + fmt(s.p99()) + " | " + fmt(s.max()) + " |";
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
    }

    private static String secs(long ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1e3);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }

    static void log(String message) {
        System.err.printf("[alliances-bench %tT] %s%n", System.currentTimeMillis(), message);
    }
}
