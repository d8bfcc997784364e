package org.catalyse.alliances;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.catalyse.frame.Frame;
import org.catalyse.search.SearchDocument;
import org.catalyse.search.SearchDocumentChanged;
import org.catalyse.search.SearchEngine;
import org.catalyse.shared.FieldProblem;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.Markdown;
import org.catalyse.shared.NotFoundException;
import org.catalyse.shared.Slugs;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The alliances base: actors, catalysts and partnership cases; every change is announced to the search. */
@Service
public class Alliances {

    /** The statuses of a case (ours to define). */
    public static final List<String> STATUSES = List.of("en-projet", "en-cours", "termine", "inconnu");

    /** The sub-types of mécénat (law of 1 August 2003 practice): financial, in kind, logistical, skills. */
    public static final List<String> MECENAT_TYPES = List.of("financier", "en-nature", "logistique", "competences");

    /** The frame axes a case is qualified by; {@code mecenat-type} is checked against {@link #MECENAT_TYPES}. */
    public static final List<String> CASE_AXES = List.of(
            "action-domain", "partnership-mode", "partnership-objective", "strategic-objective", "mecenat-type");

    /** The three impacts a case's outcomes are told on, in the order they are shown. */
    public static final List<String> IMPACTS = List.of("performance", "innovation", "confiance");

    /** How many slugs one lookup asks for at most. */
    static final int LOOKUP_CHUNK = 1000;

    private final Actors actors;
    private final Cases cases;
    private final Frame frame;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AllianceSearchSources> searchSources;
    private final ObjectProvider<SearchEngine> search;
    private final TransactionTemplate reading;
    private final Clock clock = Clock.systemUTC();
    private final CatalystDirectory directory;

    private final AllianceRows rows;

    Alliances(
            Actors actors,
            Cases cases,
            Frame frame,
            Territories territories,
            ApplicationEventPublisher events,
            ObjectProvider<AllianceSearchSources> searchSources,
            ObjectProvider<SearchEngine> search,
            PlatformTransactionManager transactionManager,
            AllianceRows rows) {
        this.rows = rows;
        this.search = search;
        this.actors = actors;
        this.cases = cases;
        this.frame = frame;
        this.territories = territories;
        this.events = events;
        this.searchSources = searchSources;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.directory = new CatalystDirectory(() -> reading.execute(status -> actors.findCatalysts().stream()
                .map(a -> {
                    ActorContent c = a.content();
                    return new CatalystDirectory.Entry(
                            a.slug(), c.name(), c.catalystFunctions(), c.coverage(), c.contact());
                })
                .toList()));
    }

    // --- Reading -----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<ActorView> actor(String slug) {
        return actors.findBySlug(slug).map(Alliances::view);
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> partnershipCase(String slug) {
        return cases.findBySlug(slug).map(this::view);
    }

    /**
     * The cases an actor took part in, by title (at most {@value #CASES_OF_AN_ACTOR}). Found through the search, where
     * each case's entry links to its partners (docs/decisions/0017): a case saved a moment ago appears once the index
     * has taken it.
     */
    @Transactional(readOnly = true)
    public List<CaseView> casesOf(String actorSlug) {
        Optional<Actor> actor = actors.findBySlug(actorSlug);
        if (actor.isEmpty()) {
            return List.of();
        }
        List<String> slugs = search.getObject()
                .keysLinkedTo(
                        AllianceSearchSources.CASE, AllianceSearchSources.actorLink(actorSlug), CASES_OF_AN_ACTOR);
        List<PartnershipCase> found = new ArrayList<>();
        inChunks(slugs, chunk -> found.addAll(cases.findBySlugIn(chunk)));
        // The index may be a moment behind the database: only the cases that still name the actor are shown.
        UUID id = actor.get().id();
        List<PartnershipCase> partnered = found.stream()
                .filter(c -> c.partners().stream().anyMatch(p -> p.actorId().equals(id)))
                .sorted(Comparator.comparing(PartnershipCase::title, TITLES).thenComparing(PartnershipCase::slug))
                .toList();
        return views(partnered);
    }

    /** How many cases an actor's page lists at most. */
    static final int CASES_OF_AN_ACTOR = 1000;

    private static final Comparator<String> TITLES = java.text.Collator.getInstance(Locale.FRENCH)::compare;

    /** Whether the seed actors were loaded (once loaded, they are never loaded again). */
    @Transactional(readOnly = true)
    public boolean hasSeeds() {
        return actors.existsBySeedTrue();
    }

    @Transactional(readOnly = true)
    public long actorCount() {
        return actors.count();
    }

    @Transactional(readOnly = true)
    public long caseCount() {
        return cases.count();
    }

    /** Gives every actor, by slug, 200 at a time, each batch in its own read-only transaction. */
    public void forEachActor(Consumer<ActorView> action) {
        forEach(
                after -> actors.findTop200BySlugGreaterThanOrderBySlug(after).stream()
                        .map(Alliances::view)
                        .toList(),
                ActorView::slug,
                action);
    }

    /** Gives every case, by slug, 200 at a time, each batch in its own read-only transaction. */
    public void forEachCase(Consumer<CaseView> action) {
        forEach(after -> views(cases.findTop200BySlugGreaterThanOrderBySlug(after)), CaseView::slug, action);
    }

    private <V> void forEach(Function<String, List<V>> batchAfter, Function<V, String> slug, Consumer<V> action) {
        String last = "";
        while (true) {
            String after = last;
            List<V> batch = reading.execute(status -> batchAfter.apply(after));
            if (batch == null || batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            last = slug.apply(batch.get(batch.size() - 1));
        }
    }

    /**
     * The catalysts who can help at a place: those whose coverage holds it, nearest coverage first
     * (commune, EPCI, département, région, France), then by name.
     */
    public List<CatalystMatch> catalystsFor(TerritoryId place) {
        territories.get(place);
        return directory.covering(territories.enclosing(place));
    }

    // --- Writing -----------------------------------------------------------------------------------------

    /**
     * Creates or replaces the actor with this slug, after checking it; when {@code announce}, tells the search
     * (seeds are indexed by the start-up check instead).
     */
    @Transactional
    public ActorView saveActor(String slug, ActorContent content, boolean seed, boolean announce) {
        ActorView view = saveActors(List.of(new Edit<>(slug, content)), seed).get(0);
        if (announce) {
            events.publishEvent(
                    new SearchDocumentChanged(searchSources.getObject().document(view)));
        }
        return view;
    }

    /** Creates or replaces the case with this slug, after checking it (its partners must exist). */
    @Transactional
    public CaseView saveCase(String slug, CaseContent content, boolean seed, boolean announce) {
        CaseView view = saveCases(List.of(new Edit<>(slug, content)), seed).get(0);
        if (announce) {
            events.publishEvent(
                    new SearchDocumentChanged(searchSources.getObject().document(view)));
        }
        return view;
    }

    /** A slug and the content to save under it. */
    record Edit<C>(String slug, C content) {}

    /**
     * Creates or replaces actors as {@link #saveActor} does each, without telling the search; the actors already
     * saved are looked up once for all. The first invalid one stops it with an error.
     */
    @Transactional
    List<ActorView> saveActors(List<Edit<ActorContent>> edits, boolean seed) {
        Map<String, Actor> existing = new HashMap<>();
        actors.findBySlugIn(edits.stream().map(Edit::slug).toList()).forEach(a -> existing.put(a.slug(), a));
        List<ActorView> views = new ArrayList<>();
        for (Edit<ActorContent> edit : edits) {
            ActorContent checked = check(edit.slug(), edit.content());
            Actor actor = existing.computeIfAbsent(edit.slug(), slug -> new Actor(slug, clock.instant()));
            actor.fill(checked, seed, clock.instant());
            actors.save(actor);
            directory.invalidate();
            views.add(view(actor));
        }
        return views;
    }

    /**
     * Creates or replaces cases as {@link #saveCase} does each, without telling the search; their partners and the
     * cases already saved are looked up once for all. The first invalid one stops it with an error.
     */
    @Transactional
    List<CaseView> saveCases(List<Edit<CaseContent>> edits, boolean seed) {
        Map<String, UUID> partnerIds = actorIds(edits.stream()
                .flatMap(e -> e.content().partners().stream())
                .map(CaseContent.PartnerRef::actor)
                .distinct()
                .toList());
        Map<String, PartnershipCase> existing = new HashMap<>();
        cases.findBySlugIn(edits.stream().map(Edit::slug).toList()).forEach(c -> existing.put(c.slug(), c));
        List<PartnershipCase> saved = new ArrayList<>();
        for (Edit<CaseContent> edit : edits) {
            CaseContent content = edit.content();
            Problems errors = new Problems();
            List<CaseParts.Partner> partners = new ArrayList<>();
            checkCase(edit.slug(), content, errors, partners, partnerIds);
            if (!errors.isEmpty()) {
                throw errors.exception();
            }
            PartnershipCase c =
                    existing.computeIfAbsent(edit.slug(), slug -> new PartnershipCase(slug, clock.instant()));
            c.fill(
                    content,
                    partners,
                    Markdown.toSafeHtml(content.description()),
                    content.replication() == null ? null : Markdown.toSafeHtml(content.replication()),
                    seed,
                    clock.instant());
            cases.save(c);
            saved.add(c);
        }
        return views(saved);
    }

    /**
     * Adds actors checked before ({@link #check}) under new slugs, in batches of plain inserts; the search is not
     * told (the import announces them).
     */
    @Transactional
    List<ActorView> insertActors(List<Edit<ActorContent>> edits) {
        Instant now = clock.instant();
        rows.insertActors(
                edits.stream()
                        .map(e ->
                                new AllianceRows.NewActor(org.catalyse.shared.Ids.timeOrdered(), e.slug(), e.content()))
                        .toList(),
                now);
        directory.invalidate();
        return edits.stream()
                .map(e -> new ActorView(e.slug(), e.content(), false, now, null))
                .toList();
    }

    /** Checked cases ready to be written: their rows, texts rendered, and their search documents. */
    record PreparedCases(List<AllianceRows.NewCase> rows, List<SearchDocument> documents) {}

    /**
     * Renders the texts of cases checked before ({@link #checkCase}, which resolved their partners) and builds their
     * search documents. No database work: the import prepares the next batch on another thread while one is written.
     *
     * @param partnerActors the partners named by the cases, by slug ({@link #partnerActors})
     */
    PreparedCases prepareCases(
            List<Edit<CaseContent>> edits,
            List<List<CaseParts.Partner>> partners,
            Map<String, PartnerActor> partnerActors) {
        AllianceSearchSources sources = searchSources.getObject();
        List<AllianceRows.NewCase> rows = new ArrayList<>(edits.size());
        List<SearchDocument> documents = new ArrayList<>(edits.size());
        for (int i = 0; i < edits.size(); i++) {
            CaseContent c = edits.get(i).content();
            AllianceRows.NewCase row = new AllianceRows.NewCase(
                    org.catalyse.shared.Ids.timeOrdered(),
                    edits.get(i).slug(),
                    c,
                    Markdown.toSafeHtml(c.description()),
                    c.replication() == null ? null : Markdown.toSafeHtml(c.replication()),
                    CaseDetails.of(c, partners.get(i)).json());
            rows.add(row);
            List<AllianceSearchSources.PartnerLabel> shown = new ArrayList<>();
            for (CaseContent.PartnerRef p : c.partners()) {
                PartnerActor actor = partnerActors.get(p.actor());
                if (actor != null) {
                    shown.add(new AllianceSearchSources.PartnerLabel(
                            p.actor(), actor.name(), actor.profile(), blankToNull(p.role())));
                }
            }
            documents.add(sources.caseDocument(row.slug(), c, shown, row.descriptionHtml(), row.replicationHtml()));
        }
        return new PreparedCases(rows, documents);
    }

    /**
     * Adds prepared cases ({@link #prepareCases}) under new slugs, in batches of plain inserts; the search is not
     * told: their search entries are returned, for the import to write in the same transaction.
     */
    @Transactional
    List<SearchDocument> insertCases(PreparedCases prepared) {
        rows.insertCases(prepared.rows(), clock.instant());
        return prepared.documents();
    }

    /** What is wrong with an actor written in a contribution, field by field (nothing when it can be saved). */
    public List<FieldProblem> problemsOf(String slug, ActorContent content) {
        Problems problems = new Problems();
        check(slug, content, problems);
        return problems.list().stream()
                .map(p -> new FieldProblem(p.column(), p.message()))
                .toList();
    }

    /** What is wrong with a case written in a contribution, field by field (its partners must exist). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(String slug, CaseContent content) {
        Problems problems = new Problems();
        Map<String, UUID> ids = actorIds(content.partners().stream()
                .map(CaseContent.PartnerRef::actor)
                .distinct()
                .toList());
        checkCase(slug, content, problems, new ArrayList<>(), ids);
        return problems.list().stream()
                .map(p -> new FieldProblem(p.column(), p.message()))
                .toList();
    }

    /** Records that the actor's record was checked and is still true on this date. */
    @Transactional
    public void confirmActorVerified(String slug, LocalDate on) {
        Actor actor =
                actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("Acteur inconnu : « " + slug + " »."));
        actor.verifiedOn(on, clock.instant());
    }

    /** Records that the case was checked and is still true on this date. */
    @Transactional
    public void confirmCaseVerified(String slug, LocalDate on) {
        PartnershipCase c =
                cases.findBySlug(slug).orElseThrow(() -> new NotFoundException("Cas inconnu : « " + slug + " »."));
        c.verifiedOn(on, clock.instant());
        events.publishEvent(new SearchDocumentChanged(searchSources.getObject().document(view(c))));
    }

    /** The ids of the actors with these slugs, by slug (unknown slugs are absent). */
    Map<String, UUID> actorIds(Collection<String> slugs) {
        Map<String, UUID> ids = new HashMap<>();
        inChunks(List.copyOf(slugs), chunk -> {
            for (Object[] row : actors.findIdsBySlugIn(chunk)) {
                ids.put((String) row[0], (UUID) row[1]);
            }
        });
        return ids;
    }

    /** What the import needs of a case's partner: the actor's id, name and profile. */
    record PartnerActor(UUID id, String name, String profile) {}

    /** The actors with these slugs that exist, by slug, read in one query per chunk of slugs. */
    Map<String, PartnerActor> partnerActors(Collection<String> slugs) {
        Map<String, PartnerActor> found = new HashMap<>();
        inChunks(List.copyOf(slugs), chunk -> {
            for (Object[] row : actors.findPartnersBySlugIn(chunk)) {
                found.put((String) row[0], new PartnerActor((UUID) row[1], (String) row[2], (String) row[3]));
            }
        });
        return found;
    }

    /** Runs a lookup on the slugs {@value #LOOKUP_CHUNK} at a time, in their order. */
    static void inChunks(List<String> slugs, Consumer<List<String>> lookup) {
        for (int from = 0; from < slugs.size(); from += LOOKUP_CHUNK) {
            lookup.accept(slugs.subList(from, Math.min(slugs.size(), from + LOOKUP_CHUNK)));
        }
    }

    // --- Checks ------------------------------------------------------------------------------------------

    /** The content with its numbers cleaned, or an error naming every problem. */
    ActorContent check(String slug, ActorContent c) {
        Problems errors = new Problems();
        ActorContent cleaned = check(slug, c, errors);
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        return cleaned;
    }

    /** The content with its numbers cleaned; what is wrong goes into {@code errors}. */
    ActorContent check(String slug, ActorContent c, Problems errors) {
        if (!Slugs.valid(slug)) {
            errors.add("slug", "Identifiant « " + slug + " » invalide : lettres minuscules, chiffres et tirets.");
        }
        if (c.name() == null || c.name().isBlank()) {
            errors.add("name", "Le nom est obligatoire.");
        } else if (c.name().length() > 300) {
            errors.add("name", "Le nom dépasse 300 caractères.");
        }
        checkValue("profile", "actor-profile", c.profile(), "Profil d’acteur", errors);
        String siren = blankToNull(OrganisationNumbers.clean(c.siren()));
        String siret = blankToNull(OrganisationNumbers.clean(c.siret()));
        String rna = blankToNull(OrganisationNumbers.clean(c.rna()));
        if (siren != null && !OrganisationNumbers.validSiren(siren)) {
            errors.add(
                    "siren",
                    "SIREN « " + c.siren() + " » invalide : 9 chiffres dont le dernier est une clé de contrôle.");
        }
        if (siret != null && !OrganisationNumbers.validSiret(siret)) {
            errors.add("siret", "SIRET « " + c.siret() + " » invalide : 14 chiffres dont une clé de contrôle.");
        }
        if (siren != null && siret != null && !siret.startsWith(siren)) {
            errors.add("siret", "Le SIRET « " + c.siret() + " » ne commence pas par le SIREN « " + c.siren() + " ».");
        }
        if (siren == null && siret != null && OrganisationNumbers.validSiret(siret)) {
            siren = siret.substring(0, 9);
        }
        if (rna != null && !OrganisationNumbers.validRna(rna)) {
            errors.add("rna", "Numéro RNA « " + c.rna() + " » invalide : la lettre W suivie de 9 chiffres.");
        }
        if (c.homeCommune() != null && !c.homeCommune().isBlank()) {
            checkTerritory("home_commune", c.homeCommune(), "Commune du siège", errors)
                    .filter(id -> id.echelon() != Echelon.COMMUNE)
                    .ifPresent(id -> errors.add(
                            "home_commune", "La commune du siège doit être une commune (reçu « " + id + " »)."));
        }
        if (c.website() != null && !c.website().isBlank() && !c.website().matches("https?://\\S+")) {
            errors.add(
                    "website",
                    "Site web « " + c.website() + " » invalide : une adresse commençant par http:// ou https://.");
        }
        c.catalystFunctions()
                .forEach(f ->
                        checkValue("catalyst_functions", "catalyst-function", f, "Fonction de catalyseur", errors));
        c.coverage().forEach(t -> checkTerritory("coverage", t, "Territoire couvert", errors));
        if (!c.catalystFunctions().isEmpty() && c.coverage().isEmpty()) {
            errors.add("coverage", "Un catalyseur couvre au moins un territoire.");
        }
        if (c.catalystFunctions().isEmpty() && !c.coverage().isEmpty()) {
            errors.add(
                    "coverage",
                    "Un territoire couvert n’a de sens que pour un catalyseur (indiquez au moins une fonction).");
        }
        return new ActorContent(
                c.name().trim(),
                c.profile(),
                siren,
                siret,
                rna,
                blankToNull(c.homeCommune()),
                blankToNull(c.website()),
                blankToNull(c.description()),
                blankToNull(c.contact()),
                blankToNull(c.source()),
                c.sourceDate(),
                c.catalystFunctions(),
                c.coverage());
    }

    /** Checks a case; the ids of its partners were looked up before ({@link #actorIds}). */
    void checkCase(
            String slug, CaseContent c, Problems errors, List<CaseParts.Partner> partners, Map<String, UUID> actorIds) {
        if (!Slugs.valid(slug)) {
            errors.add("slug", "Identifiant « " + slug + " » invalide : lettres minuscules, chiffres et tirets.");
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.add("title", "Le titre est obligatoire.");
        }
        if (c.summary() == null || c.summary().isBlank()) {
            errors.add("summary", "Le résumé est obligatoire.");
        }
        if (c.description() == null || c.description().isBlank()) {
            errors.add("description", "La description est obligatoire.");
        }
        if (c.partners().isEmpty()) {
            errors.add("partners", "Un cas de partenariat a au moins un partenaire.");
        }
        for (CaseContent.PartnerRef p : c.partners()) {
            UUID actor = actorIds.get(p.actor());
            if (actor == null) {
                errors.add("partners", "Partenaire inconnu : « " + p.actor() + " ».");
            } else {
                partners.add(new CaseParts.Partner(actor, blankToNull(p.role())));
            }
        }
        c.territories().forEach(t -> checkTerritory("territories", t, "Territoire", errors));
        c.qualifiers().forEach((axis, values) -> {
            if (!CASE_AXES.contains(axis)) {
                errors.add(
                        column(axis),
                        "Critère « " + axis + " » inconnu pour un cas ; possibles : " + String.join(", ", CASE_AXES)
                                + ".");
            } else if (axis.equals("mecenat-type")) {
                values.stream()
                        .filter(v -> !MECENAT_TYPES.contains(v))
                        .forEach(v -> errors.add(
                                "mecenat_types",
                                "Type de mécénat « " + v + " » inconnu ; possibles : "
                                        + String.join(", ", MECENAT_TYPES) + "."));
            } else {
                values.forEach(v -> checkValue(column(axis), axis, v, axis, errors));
            }
        });
        if (c.startYear() != null
                && (c.startYear() < 1900 || c.startYear() > Year.now(clock).getValue() + 5)) {
            errors.add("start_year", "Année de début « " + c.startYear() + " » invalide.");
        }
        if (!STATUSES.contains(c.status())) {
            errors.add(
                    "status",
                    "Statut « " + c.status() + " » inconnu ; possibles : " + String.join(", ", STATUSES) + ".");
        }
        c.outcomes().forEach((impact, outcome) -> {
            checkValue("outcome_" + impact, "impact", impact, "Impact", errors);
            if (outcome.text() == null || outcome.text().isBlank()) {
                errors.add("outcome_" + impact, "Le texte de l’impact « " + impact + " » est vide.");
            }
            outcome.figures().stream()
                    .filter(f -> f.label() == null || f.label().isBlank() || f.value() == null)
                    .forEach(f -> errors.add(
                            "outcome_" + impact,
                            "Un chiffre de l’impact « " + impact + " » n’a pas de libellé ou de valeur."));
        });
        c.sources().stream()
                .filter(s -> s.title() == null || s.title().isBlank())
                .forEach(s -> errors.add("sources", "Une source n’a pas de titre."));
    }

    private void checkValue(String column, String axis, String value, String what, Problems errors) {
        try {
            frame.require(axis, value);
        } catch (RuntimeException e) {
            errors.add(column, what + " : " + e.getMessage());
        }
    }

    private Optional<TerritoryId> checkTerritory(String column, String id, String what, Problems errors) {
        try {
            TerritoryId parsed = TerritoryId.parse(id);
            territories.get(parsed);
            return Optional.of(parsed);
        } catch (RuntimeException e) {
            errors.add(column, what + " « " + id + " » : " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The column of the CSV files (import and export) that holds a case axis. */
    static String column(String axis) {
        return switch (axis) {
            case "action-domain" -> "action_domains";
            case "partnership-mode" -> "partnership_modes";
            case "mecenat-type" -> "mecenat_types";
            case "partnership-objective" -> "partnership_objectives";
            case "strategic-objective" -> "strategic_objectives";
            default -> axis;
        };
    }

    /** Problems found in an edit, each with the field (the CSV column) it is about. */
    static final class Problems {
        record Problem(String column, String message) {}

        private final List<Problem> list = new ArrayList<>();

        void add(String column, String message) {
            list.add(new Problem(column, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Problem> list() {
            return List.copyOf(list);
        }

        InvalidInputException exception() {
            return new InvalidInputException(
                    String.join(" ", list.stream().map(Problem::message).toList()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // --- Views -------------------------------------------------------------------------------------------

    static ActorView view(Actor a) {
        return new ActorView(a.slug(), a.content(), a.seed(), a.updatedAt(), a.verifiedOn());
    }

    private CaseView view(PartnershipCase c) {
        return views(List.of(c)).get(0);
    }

    private List<CaseView> views(List<PartnershipCase> page) {
        List<UUID> ids = page.stream()
                .flatMap(c -> c.partners().stream().map(CaseParts.Partner::actorId))
                .toList();
        Map<UUID, Actor> byId = new HashMap<>();
        actors.findAllById(ids).forEach(a -> byId.put(a.id(), a));
        List<CaseView> views = new ArrayList<>();
        for (PartnershipCase c : page) {
            List<CaseView.Partner> partners = new ArrayList<>();
            List<CaseContent.PartnerRef> refs = new ArrayList<>();
            for (CaseParts.Partner p : c.partners()) {
                Actor a = byId.get(p.actorId());
                if (a != null) {
                    partners.add(new CaseView.Partner(view(a), p.role()));
                    refs.add(new CaseContent.PartnerRef(a.slug(), p.role()));
                }
            }
            CaseDetails details = c.details();
            CaseContent content = new CaseContent(
                    c.title(),
                    c.summary(),
                    refs,
                    details.territories().stream().sorted().toList(),
                    details.qualifiersIn(CASE_AXES),
                    c.startYear(),
                    c.status(),
                    c.descriptionMarkdown(),
                    details.outcomesIn(IMPACTS),
                    c.replicationMarkdown(),
                    details.sources(),
                    c.contact(),
                    c.verifiedOn());
            views.add(new CaseView(
                    c.slug(), content, partners, c.descriptionHtml(), c.replicationHtml(), c.seed(), c.updatedAt()));
        }
        return views;
    }
}
