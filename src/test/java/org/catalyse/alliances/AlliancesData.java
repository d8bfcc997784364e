package org.catalyse.alliances;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.context.ApplicationContext;

/**
 * Generated actors, partnership cases and catalysts ({@link AlliancesCorpus}) put into a running application the
 * way an administrator does: the actors and the cases through the import in the all-or-nothing mode, the
 * catalysts saved one by one. For benchmarks of other modules that need the alliances at scale.
 */
public final class AlliancesData {

    /** A saved catalyst and the territories it covers, as generated. */
    public record Catalyst(String slug, List<TerritoryId> coverage) {}

    /** What was put in, and how long it took. */
    public record Loaded(
            int actors, int cases, List<Catalyst> catalysts, long actorsMs, long casesMs, long catalystsMs) {}

    private final AlliancesCorpus corpus;
    private final ApplicationContext context;

    public AlliancesData(long seed, ApplicationContext context) {
        this.context = context;
        this.corpus = new AlliancesCorpus(seed, context.getBean(Territories.class), context.getBean(Frame.class));
    }

    /**
     * Imports {@code actors} actors then {@code cases} cases, {@code rowsPerFile} rows per file, then saves
     * {@code catalysts} catalysts (each announced to the search). Fails on the first file not fully written.
     */
    public Loaded load(int actors, int cases, int catalysts, int rowsPerFile) {
        AllianceImport imports = context.getBean(AllianceImport.class);
        Alliances alliances = context.getBean(Alliances.class);
        long t0 = System.nanoTime();
        for (int from = 0; from < actors; from += rowsPerFile) {
            importFile(
                    imports, AllianceImport.Kind.ACTORS, corpus.actorsCsv(from, Math.min(rowsPerFile, actors - from)));
        }
        long actorsMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        for (int from = 0; from < cases; from += rowsPerFile) {
            importFile(imports, AllianceImport.Kind.CASES, corpus.casesCsv(from, Math.min(rowsPerFile, cases - from)));
        }
        long casesMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        List<Catalyst> saved = new ArrayList<>(catalysts);
        for (int i = 0; i < catalysts; i++) {
            AlliancesCorpus.Catalyst c = corpus.catalyst(i);
            alliances.saveActor(c.slug(), c.content(), false, true);
            saved.add(new Catalyst(
                    c.slug(),
                    c.content().coverage().stream().map(TerritoryId::parse).toList()));
        }
        long catalystsMs = (System.nanoTime() - t0) / 1_000_000;
        return new Loaded(actors, cases, List.copyOf(saved), actorsMs, casesMs, catalystsMs);
    }

    /**
     * The catalysts {@link #load} saves with the same arguments, without writing anything: for a run on data
     * loaded by an earlier one (the generator draws the actors and the cases first).
     */
    public List<Catalyst> catalystsAsLoaded(int actors, int cases, int catalysts, int rowsPerFile) {
        for (int from = 0; from < actors; from += rowsPerFile) {
            corpus.actorsCsv(from, Math.min(rowsPerFile, actors - from));
        }
        for (int from = 0; from < cases; from += rowsPerFile) {
            corpus.casesCsv(from, Math.min(rowsPerFile, cases - from));
        }
        List<Catalyst> out = new ArrayList<>(catalysts);
        for (int i = 0; i < catalysts; i++) {
            AlliancesCorpus.Catalyst c = corpus.catalyst(i);
            out.add(new Catalyst(
                    c.slug(),
                    c.content().coverage().stream().map(TerritoryId::parse).toList()));
        }
        return List.copyOf(out);
    }

    private static void importFile(AllianceImport imports, AllianceImport.Kind kind, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > AllianceImport.MAX_BYTES) {
            throw new IllegalStateException("a generated file weighs " + bytes.length + " bytes, above the import's"
                    + " limit of " + AllianceImport.MAX_BYTES + ": fewer rows per file");
        }
        AllianceImport.Report r = imports.run(kind, bytes, AllianceImport.Mode.ALL);
        if (r.refused() || r.written() != r.rows()) {
            throw new IllegalStateException(kind + ": " + r.errors().size() + " error(s), " + r.written() + " of "
                    + r.rows() + " rows written; first: "
                    + r.errors().stream()
                            .limit(3)
                            .map(p -> "line " + p.line() + ", " + p.column() + ": " + p.message())
                            .toList());
        }
    }

    /**
     * Communes of the referential, half drawn evenly and half by population, with their own seed (as
     * {@code AlliancesBenchmark} draws its places).
     */
    public List<TerritoryId> communes(long seed, int count) {
        return corpus.places(seed, count, 0).stream()
                .filter(p -> p.echelon() == Echelon.COMMUNE)
                .toList();
    }

    /** Values of the generated data that must exist in the frame, by axis (for requests that match them). */
    public static Map<String, List<String>> objectives() {
        return Map.of(
                "partnership-objective", AlliancesCorpus.OBJECTIVES, "strategic-objective", AlliancesCorpus.STRATEGIC);
    }
}
