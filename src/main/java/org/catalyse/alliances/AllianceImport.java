package org.catalyse.alliances;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.catalyse.search.SearchDocument;
import org.catalyse.search.SearchIndex;
import org.catalyse.shared.Csv;
import org.catalyse.shared.GrowingTables;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.Slugs;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports actors or cases from a CSV file laid out like the open-data exports. A dry run checks every row
 * and reports each problem with its line and column; nothing is written unless every row is valid, or the
 * person asks to import only the valid rows. An import only adds: a row whose identifier already exists is an
 * error, so that nothing already saved is changed. Probable duplicates (same SIREN or RNA, same name in the same
 * commune, same title) are reported as warnings.
 */
@Service
public class AllianceImport implements DisposableBean {

    /** What the file holds. */
    public enum Kind {
        ACTORS,
        CASES
    }

    /** What to do with the rows: check only, write all (only if all are valid), or write the valid ones. */
    public enum Mode {
        DRY_RUN,
        ALL,
        VALID_ONLY
    }

    /** A problem of a row: its line in the file (0 for the whole file) and column (null for the whole row). */
    public record Problem(int line, String column, String message) {}

    /**
     * What an import found and did.
     *
     * @param written how many rows were written (0 for a dry run or a refused import)
     */
    public record Report(
            Kind kind, Mode mode, int rows, int valid, List<Problem> errors, List<Problem> warnings, int written) {

        public boolean refused() {
            return mode == Mode.ALL && !errors.isEmpty();
        }
    }

    static final List<String> ACTOR_REQUIRED = List.of("name", "profile");
    static final List<String> CASE_REQUIRED = List.of("title", "summary", "partners", "description");
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    /**
     * Rows written per transaction. Small enough that a transaction usually commits before the embedded database
     * next saves its changes to disk (every half second): rows still uncommitted when it saves are written to the file
     * twice, once as they are and once committed (measured: half the database's serialisation work and memory at
     * 100 rows instead of 500, see docs/benchmarks.md).
     */
    private static final int BATCH = 100;

    private static final Pattern PARTNER = Pattern.compile("^\\s*([^()]+?)\\s*(?:\\((.*)\\))?\\s*$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,;]+");
    /** Words left out when names are compared for duplicates: legal forms and articles. */
    private static final Set<String> LEGAL_FORMS_AND_ARTICLES = Set.of(
            "association", "asso", "sas", "sa", "sarl", "scop", "scic", "la", "le", "les", "l", "de", "du", "des", "d");

    private static final Pattern SOURCE = Pattern.compile("^(.*?)(?:, ([^,()]+))?(?: \\(([^)]*)\\))?$");

    private final Alliances alliances;
    private final Actors actors;
    private final Cases cases;
    private final AllianceSearchSources searchSources;
    private final SearchIndex searchIndex;
    private final TransactionTemplate transaction;
    /** The tables of actors and of cases, whose statistics an import keeps up to date on PostgreSQL. */
    private final GrowingTables actorTables;

    private final GrowingTables caseTables;
    /** Prepares the next batch of cases (texts, search documents) while one is written. */
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "alliance-import-prepare");
        thread.setDaemon(true);
        return thread;
    });

    AllianceImport(
            Alliances alliances,
            Actors actors,
            Cases cases,
            AllianceSearchSources searchSources,
            SearchIndex searchIndex,
            PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc) {
        this.alliances = alliances;
        this.actors = actors;
        this.cases = cases;
        this.searchSources = searchSources;
        this.searchIndex = searchIndex;
        this.transaction = new TransactionTemplate(transactionManager);
        this.actorTables = new GrowingTables(jdbc, "actor", "actor_catalyst_function", "actor_coverage");
        this.caseTables = new GrowingTables(jdbc, "partnership_case");
    }

    @Override
    public void destroy() {
        ahead.shutdownNow();
    }

    /** Checks the file and, unless a dry run, writes it as the mode says. */
    public Report run(Kind kind, byte[] file, Mode mode) {
        List<Csv.Row> rows = rows(file);
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<String> header = rows.get(0).cells().stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<String> allowed = kind == Kind.ACTORS ? AlliancesOpenData.ACTOR_COLUMNS : AlliancesOpenData.CASE_COLUMNS;
        List<String> required = kind == Kind.ACTORS ? ACTOR_REQUIRED : CASE_REQUIRED;
        List<String> missing =
                required.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !allowed.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            String message =
                    (missing.isEmpty() ? "" : "Colonnes obligatoires absentes : " + String.join(", ", missing) + ". ")
                            + (unknown.isEmpty() ? "" : "Colonnes inconnues : " + String.join(", ", unknown) + ". ")
                            + "Colonnes possibles : " + String.join(", ", allowed) + " (voir le modèle à télécharger).";
            return new Report(
                    kind, mode, rows.size() - 1, 0, List.of(new Problem(1, null, message.trim())), List.of(), 0);
        }
        List<Csv.Row> body = rows.subList(1, rows.size());
        // The cells of each row by column; null for a row with more cells than columns.
        List<Map<String, String>> cellsByRow = new ArrayList<>(body.size());
        for (Csv.Row row : body) {
            cellsByRow.add(row.cells().size() > header.size() ? null : cells(header, row));
        }
        // Each row read and checked on its own, the partners of every case looked up once for the whole file.
        Set<String> partnerSlugs = kind == Kind.CASES ? partnerSlugs(cellsByRow) : Set.of();
        Map<String, Alliances.PartnerActor> partnerActors = alliances.partnerActors(partnerSlugs);
        Map<String, UUID> partnerIds = new HashMap<>();
        partnerActors.forEach((slug, actor) -> partnerIds.put(slug, actor.id()));
        // Rows are checked side by side (the checks read only the frame and the territories, kept in memory); the
        // results keep the rows' order.
        Alliances.Problems[] problemsOf = new Alliances.Problems[body.size()];
        Pending[] pendingOf = new Pending[body.size()];
        IntStream.range(0, body.size()).parallel().forEach(i -> {
            Map<String, String> cells = cellsByRow.get(i);
            Alliances.Problems problems = new Alliances.Problems();
            problemsOf[i] = problems;
            pendingOf[i] = cells == null
                    ? null
                    : kind == Kind.ACTORS ? actor(cells, problems) : partnershipCase(cells, problems, partnerIds);
        });
        List<Alliances.Problems> problemsByRow = Arrays.asList(problemsOf);
        List<Pending> pendingByRow = Arrays.asList(pendingOf);
        // What the database already holds, looked up once for the whole file.
        Set<String> existing = existingSlugs(kind, pendingByRow);
        Saved saved = kind == Kind.ACTORS ? savedActors(pendingByRow, problemsByRow) : null;
        List<Pending> valid = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Map<String, Integer> identifiers = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            Csv.Row row = body.get(i);
            if (cellsByRow.get(i) == null) {
                errors.add(new Problem(
                        row.line(),
                        null,
                        "La ligne a " + row.cells().size() + " cellules pour " + header.size()
                                + " colonnes (un séparateur en trop, ou des guillemets manquants ?)."));
                continue;
            }
            Alliances.Problems problems = problemsByRow.get(i);
            Pending pending = pendingByRow.get(i);
            if (pending != null && existing.contains(pending.slug())) {
                problems.add(
                        "slug",
                        "L’identifiant « " + pending.slug() + " » existe déjà : un import ajoute, il ne"
                                + " remplace rien (changez l’identifiant, ou modifiez la fiche existante).");
            }
            if (pending != null && !slugs.add(pending.slug())) {
                problems.add(
                        "slug", "L’identifiant « " + pending.slug() + " » est déjà utilisé plus haut dans le fichier.");
            }
            problems.list().forEach(p -> errors.add(new Problem(row.line(), p.column(), p.message())));
            if (problems.isEmpty() && pending != null) {
                valid.add(pending.at(row.line()));
                warnings.addAll(duplicates(kind, pending, row.line(), identifiers, saved));
            }
        }
        int written = 0;
        if (mode == Mode.VALID_ONLY || (mode == Mode.ALL && errors.isEmpty())) {
            written = write(kind, valid, partnerActors);
        }
        return new Report(kind, mode, rows.size() - 1, valid.size(), errors, warnings, written);
    }

    private static Map<String, String> cells(List<String> header, Csv.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), i < row.cells().size() ? row.cells().get(i).trim() : "");
        }
        return cells;
    }

    /** A valid row waiting to be written; a case with its partners resolved. */
    private record Pending(
            String slug, ActorContent actor, CaseContent partnershipCase, List<CaseParts.Partner> partners, int line) {
        Pending at(int line) {
            return new Pending(slug, actor, partnershipCase, partners, line);
        }
    }

    private List<Csv.Row> rows(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("Le fichier pèse " + file.length / (1024 * 1024) + " Mo ; "
                    + MAX_BYTES / (1024 * 1024) + " Mo au plus. Découpez-le en plusieurs fichiers.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("Le fichier n’est pas encodé en UTF-8. Dans votre tableur, enregistrez-le"
                    + " au format « CSV UTF-8 », puis recommencez.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Csv.Row> rows = Csv.parse(text);
        if (rows.isEmpty()) {
            throw new InvalidInputException("Le fichier est vide : la première ligne doit nommer les colonnes.");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException(
                    "Le fichier a " + (rows.size() - 1) + " lignes ; " + MAX_ROWS + " au plus par import.");
        }
        return rows;
    }

    private Pending actor(Map<String, String> c, Alliances.Problems problems) {
        String name = c.getOrDefault("name", "");
        String slug = blank(c.get("slug")) ? slugify(name) : c.get("slug");
        ActorContent content = new ActorContent(
                name,
                c.get("profile"),
                c.get("siren"),
                c.get("siret"),
                c.get("rna"),
                territory(c.get("home_commune"), "commune"),
                c.get("website"),
                c.get("description"),
                c.get("contact"),
                c.get("source"),
                date(c.get("source_date"), "source_date", problems),
                list(c.get("catalyst_functions")),
                list(c.get("coverage")).stream().map(t -> territory(t, null)).toList());
        ActorContent cleaned = alliances.check(slug, content, problems);
        return new Pending(slug, cleaned, null, List.of(), 0);
    }

    private Pending partnershipCase(Map<String, String> c, Alliances.Problems problems, Map<String, UUID> partnerIds) {
        String slug = blank(c.get("slug")) ? slugify(c.getOrDefault("title", "")) : c.get("slug");
        List<CaseContent.PartnerRef> partners = partners(c);
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        for (String axis : Alliances.CASE_AXES) {
            List<String> values = list(c.get(Alliances.column(axis)));
            if (!values.isEmpty()) {
                qualifiers.put(axis, values);
            }
        }
        Map<String, CaseContent.Outcome> outcomes = new LinkedHashMap<>();
        for (String impact : Alliances.IMPACTS) {
            String text = c.get("outcome_" + impact);
            if (!blank(text)) {
                outcomes.put(impact, new CaseContent.Outcome(text, List.of()));
            }
        }
        List<CaseContent.Source> sources = new ArrayList<>();
        for (String s : c.getOrDefault("sources", "").split(";")) {
            Matcher m = SOURCE.matcher(s.trim());
            if (!s.isBlank() && m.matches()) {
                sources.add(new CaseContent.Source(m.group(1).trim(), m.group(2), m.group(3)));
            }
        }
        Integer startYear = null;
        if (!blank(c.get("start_year"))) {
            try {
                startYear = Integer.parseInt(c.get("start_year"));
            } catch (NumberFormatException e) {
                problems.add("start_year", "Année de début « " + c.get("start_year") + " » : un nombre est attendu.");
            }
        }
        CaseContent content = new CaseContent(
                c.get("title"),
                c.get("summary"),
                partners,
                list(c.get("territories")).stream().map(t -> territory(t, null)).toList(),
                qualifiers,
                startYear,
                blank(c.get("status")) ? "inconnu" : c.get("status"),
                c.get("description"),
                outcomes,
                blank(c.get("replication")) ? null : c.get("replication"),
                sources,
                blank(c.get("contact")) ? null : c.get("contact"),
                date(c.get("verified"), "verified", problems));
        List<CaseParts.Partner> resolved = new ArrayList<>();
        alliances.checkCase(slug, content, problems, resolved, partnerIds);
        return new Pending(slug, null, content, resolved, 0);
    }

    private static List<CaseContent.PartnerRef> partners(Map<String, String> c) {
        List<CaseContent.PartnerRef> partners = new ArrayList<>();
        for (String p : c.getOrDefault("partners", "").split(";")) {
            Matcher m = PARTNER.matcher(p);
            if (!p.isBlank() && m.matches()) {
                partners.add(new CaseContent.PartnerRef(m.group(1).trim(), m.group(2)));
            }
        }
        return partners;
    }

    private static Set<String> partnerSlugs(List<Map<String, String>> cellsByRow) {
        Set<String> slugs = new LinkedHashSet<>();
        for (Map<String, String> cells : cellsByRow) {
            if (cells != null) {
                partners(cells).forEach(p -> slugs.add(p.actor()));
            }
        }
        return slugs;
    }

    /** The slugs of the file already used in the database. */
    private Set<String> existingSlugs(Kind kind, List<Pending> pendingByRow) {
        List<String> wanted = pendingByRow.stream()
                .filter(p -> p != null)
                .map(Pending::slug)
                .distinct()
                .toList();
        Set<String> existing = new HashSet<>();
        Alliances.inChunks(
                wanted,
                chunk -> existing.addAll(kind == Kind.ACTORS ? actors.findSlugsIn(chunk) : cases.findSlugsIn(chunk)));
        return existing;
    }

    /** The actors already saved with a SIREN, RNA number or home commune of the file's rows. */
    private record Saved(
            Map<String, List<Actor>> bySiren, Map<String, List<Actor>> byRna, Map<String, List<Actor>> byHomeCommune) {}

    private Saved savedActors(List<Pending> pendingByRow, List<Alliances.Problems> problemsByRow) {
        Set<String> sirens = new LinkedHashSet<>();
        Set<String> rnas = new LinkedHashSet<>();
        Set<String> communes = new LinkedHashSet<>();
        for (int i = 0; i < pendingByRow.size(); i++) {
            Pending p = pendingByRow.get(i);
            if (p != null && problemsByRow.get(i).isEmpty()) {
                if (p.actor().siren() != null) {
                    sirens.add(p.actor().siren());
                }
                if (p.actor().rna() != null) {
                    rnas.add(p.actor().rna());
                }
                if (p.actor().homeCommune() != null) {
                    communes.add(p.actor().homeCommune());
                }
            }
        }
        Saved saved = new Saved(new HashMap<>(), new HashMap<>(), new HashMap<>());
        Alliances.inChunks(
                List.copyOf(sirens),
                chunk -> actors.findBySirenIn(chunk)
                        .forEach(a -> saved.bySiren()
                                .computeIfAbsent(a.siren(), k -> new ArrayList<>())
                                .add(a)));
        Alliances.inChunks(
                List.copyOf(rnas),
                chunk -> actors.findByRnaIn(chunk)
                        .forEach(a -> saved.byRna()
                                .computeIfAbsent(a.rna(), k -> new ArrayList<>())
                                .add(a)));
        Alliances.inChunks(
                List.copyOf(communes),
                chunk -> actors.findByHomeCommuneIn(chunk)
                        .forEach(a -> saved.byHomeCommune()
                                .computeIfAbsent(a.homeCommune(), k -> new ArrayList<>())
                                .add(a)));
        return saved;
    }

    private List<Problem> duplicates(Kind kind, Pending p, int line, Map<String, Integer> seen, Saved saved) {
        List<Problem> warnings = new ArrayList<>();
        if (kind == Kind.ACTORS) {
            ActorContent a = p.actor();
            if (a.siren() != null) {
                saved.bySiren().getOrDefault(a.siren(), List.of()).stream()
                        .filter(o -> !o.slug().equals(p.slug()))
                        .forEach(o -> warnings.add(new Problem(
                                line, "siren", "Doublon probable : « " + o.name() + " » a le même SIREN.")));
                sameInFile(seen, "siren:" + a.siren(), line, "siren", "le même SIREN", warnings);
            }
            if (a.rna() != null) {
                saved.byRna().getOrDefault(a.rna(), List.of()).stream()
                        .filter(o -> !o.slug().equals(p.slug()))
                        .forEach(o -> warnings.add(new Problem(
                                line, "rna", "Doublon probable : « " + o.name() + " » a le même numéro RNA.")));
                sameInFile(seen, "rna:" + a.rna(), line, "rna", "le même numéro RNA", warnings);
            }
            if (a.homeCommune() != null) {
                String key = normalise(a.name());
                saved.byHomeCommune().getOrDefault(a.homeCommune(), List.of()).stream()
                        .filter(o -> !o.slug().equals(p.slug())
                                && normalise(o.name()).equals(key))
                        .forEach(o -> warnings.add(new Problem(
                                line,
                                "name",
                                "Doublon probable : « " + o.name()
                                        + " » porte un nom très proche dans la même commune.")));
                sameInFile(
                        seen,
                        "name:" + a.homeCommune() + ":" + key,
                        line,
                        "name",
                        "un nom très proche dans la même commune",
                        warnings);
            }
        } else {
            sameInFile(
                    seen,
                    "title:" + normalise(p.partnershipCase().title()),
                    line,
                    "title",
                    "un titre très proche",
                    warnings);
        }
        return warnings;
    }

    private static void sameInFile(
            Map<String, Integer> seen, String key, int line, String column, String what, List<Problem> warnings) {
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            warnings.add(new Problem(line, column, "Doublon probable : la ligne " + first + " a " + what + "."));
        }
    }

    /**
     * Writes the valid rows, checked and new, a batch per transaction, each batch with its search entries (the index
     * takes them once the batch is committed). The texts and search documents of the next batch of cases are
     * prepared on another thread while a batch is written.
     */
    private int write(Kind kind, List<Pending> rows, Map<String, Alliances.PartnerActor> partners) {
        List<List<Pending>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        if (kind == Kind.ACTORS) {
            for (List<Pending> batch : batches) {
                writeBatch(() -> insertActors(batch));
                grown(actorTables, batch.size());
            }
            return rows.size();
        }
        Future<Alliances.PreparedCases> next =
                batches.isEmpty() ? null : ahead.submit(() -> prepare(batches.get(0), partners));
        for (int b = 0; b < batches.size(); b++) {
            Alliances.PreparedCases prepared = result(next);
            if (b + 1 < batches.size()) {
                List<Pending> following = batches.get(b + 1);
                next = ahead.submit(() -> prepare(following, partners));
            }
            writeBatch(() -> alliances.insertCases(prepared));
            grown(caseTables, prepared.rows().size());
        }
        return rows.size();
    }

    /**
     * Writes a batch of new records and their search entries in one transaction. The records are new (their slugs were
     * checked), so are their entries, which are added without being looked up; should one be left behind by a record
     * removed outside the application, the batch, rolled back, is written again, its entries replacing those found.
     */
    private void writeBatch(Supplier<List<SearchDocument>> insert) {
        try {
            transaction.executeWithoutResult(status -> searchIndex.add(insert.get()));
        } catch (DataIntegrityViolationException e) {
            transaction.executeWithoutResult(status -> searchIndex.put(insert.get()));
        }
    }

    /** Adds actors and gives their search documents, for the caller to write in the same transaction. */
    private List<SearchDocument> insertActors(List<Pending> batch) {
        return alliances
                .insertActors(batch.stream()
                        .map(p -> new Alliances.Edit<>(p.slug(), p.actor()))
                        .toList())
                .stream()
                .map(searchSources::document)
                .toList();
    }

    /** Once a batch is committed: the statistics of fast-growing tables are refreshed on PostgreSQL. */
    private void grown(GrowingTables tables, int added) {
        tables.added(added);
        searchIndex.added(added);
    }

    private Alliances.PreparedCases prepare(List<Pending> batch, Map<String, Alliances.PartnerActor> partners) {
        return alliances.prepareCases(
                batch.stream()
                        .map(p -> new Alliances.Edit<>(p.slug(), p.partnershipCase()))
                        .toList(),
                batch.stream().map(Pending::partners).toList(),
                partners);
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrompu.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<String> list(String cell) {
        if (blank(cell)) {
            return List.of();
        }
        return java.util.Arrays.stream(LIST_SEPARATORS.split(cell))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** A territory id, or a bare INSEE code read as a commune when {@code echelon} says so. */
    private static String territory(String cell, String echelon) {
        if (blank(cell)) {
            return null;
        }
        String t = cell.trim();
        return echelon != null && !t.contains(":") ? echelon + ":" + t : t;
    }

    private static LocalDate date(String cell, String column, Alliances.Problems problems) {
        if (blank(cell)) {
            return null;
        }
        try {
            return LocalDate.parse(cell.trim());
        } catch (DateTimeParseException e) {
            problems.add(column, "Date « " + cell + " » invalide : attendue sous la forme 2026-11-22.");
            return null;
        }
    }

    static String slugify(String text) {
        return Slugs.slugify(text);
    }

    /** A name as compared for duplicates: no accents, case, punctuation or legal form; its words run together. */
    static String normalise(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : slugify(name).split("-")) {
            if (!LEGAL_FORMS_AND_ARTICLES.contains(word)) {
                key.append(word);
            }
        }
        return key.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
