package org.catalyse.contributions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.accounts.Role;
import org.catalyse.commons.Licence;
import org.catalyse.shared.ConflictException;
import org.catalyse.shared.FieldProblem;
import org.catalyse.shared.ForbiddenException;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.shared.Slugs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of new records and of edits, their review, the published versions of records and their history, the
 * public moderation log, records' owners and the notices sent to authors. Who may take each step is checked
 * here (pages and API only pass who asks); whether the step fits where the contribution stands is checked by
 * the contribution itself.
 */
@Service
public class Contributions {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Records not confirmed true for this many months are listed to their owners and marked on their pages. */
    public static final int STALE_MONTHS = 12;

    /** How a person whose account was deleted is named. */
    private static final String DELETED = "compte supprimé";

    private final ContributionRepository contributions;
    private final RevisionRepository revisions;
    private final EventRepository events;
    private final VersionRepository versions;
    private final NotificationRepository notifications;
    private final Vouches vouches;
    private final Accounts accounts;
    private final Map<Kind, RecordKind<?>> kinds = new HashMap<>();
    private final int fastReviewVouches;
    private final Clock clock = Clock.systemUTC();

    Contributions(
            ContributionRepository contributions,
            RevisionRepository revisions,
            EventRepository events,
            VersionRepository versions,
            NotificationRepository notifications,
            Vouches vouches,
            Accounts accounts,
            List<RecordKind<?>> kinds,
            @Value("${catalyse.contributions.fast-review-vouches:3}") int fastReviewVouches) {
        this.contributions = contributions;
        this.revisions = revisions;
        this.events = events;
        this.versions = versions;
        this.notifications = notifications;
        this.vouches = vouches;
        this.accounts = accounts;
        kinds.forEach(k -> this.kinds.put(k.kind(), k));
        this.fastReviewVouches = Math.max(1, fastReviewVouches);
    }

    // --- Views ---------------------------------------------------------------------------------------------

    /** A contribution as pages and the API show it. */
    public record View(
            long id,
            Kind kind,
            String slug,
            boolean creation,
            Status status,
            String statusWord,
            long authorId,
            String authorName,
            String title,
            int revision,
            int vouches,
            boolean fastReview,
            String channel,
            String licence,
            String attribution,
            String note,
            String reason,
            Instant createdAt,
            Instant updatedAt,
            Instant submittedAt,
            Instant decidedAt,
            long version) {

        public String url() {
            return "/contributions/" + id;
        }

        public String recordUrl() {
            return kind.page(slug);
        }

        public boolean published() {
            return status == Status.APPROVED;
        }
    }

    /** One step of a contribution's timeline. */
    public record Step(String kind, String who, String role, Integer revision, String comment, Instant at) {}

    /** How one field changed between two texts. */
    public record FieldDiff(
            String field, String label, boolean prose, String before, String after, List<WordDiff.Segment> words) {}

    /** A published version of a record, with what changed from the one before. */
    public record VersionView(
            int number,
            String title,
            String origin,
            String author,
            String reviewerRole,
            Instant publishedAt,
            Long contributionId,
            List<FieldDiff> changes,
            List<RevisionView> revisions) {}

    /** One revision of the contribution that led to a version, with what changed from the revision before. */
    public record RevisionView(int number, String title, Instant at, String note, List<FieldDiff> changes) {}

    /** One line of the public moderation log: what, when, which role, why; never who. */
    public record Decision(
            String kind, String recordKind, String title, String url, String role, String reason, Instant at) {}

    /** A notice in a person's account. */
    public record Notice(long id, String subject, String body, String link, Instant at, boolean unread) {}

    /** A record someone is responsible for, and when it was last confirmed true. */
    public record OwnedRecord(Kind kind, String slug, String title, String url, LocalDate verified, boolean stale) {}

    /** What the queue shows, and how it was narrowed. */
    public record QueueFilter(Status status, Kind kind, boolean fastOnly, String channel, String words) {}

    /** The result of saving a form: the contribution (saved even when it cannot be submitted yet) and problems. */
    public record Saved(View contribution, List<FieldProblem> problems, boolean submitted) {}

    // --- Kinds -------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    <T> RecordKind<T> kind(Kind kind) {
        return (RecordKind<T>) Objects.requireNonNull(kinds.get(kind), kind.name());
    }

    List<FormField> fields(Kind kind) {
        return kind(kind).fields();
    }

    /** The form holding the published text of a record, to edit it. */
    <T> FormValues currentForm(Kind kind, String slug) {
        RecordKind<T> k = kind(kind);
        return k.values(k.current(slug).orElseThrow(() -> unknownRecord(kind, slug)));
    }

    <T> Optional<String> currentTitle(Kind kind, String slug) {
        RecordKind<T> k = kind(kind);
        return k.current(slug).map(k::title);
    }

    /** The form of a contribution, as last saved. */
    <T> FormValues form(View view) {
        RecordKind<T> k = kind(view.kind());
        Contribution c = find(view.id());
        return k.values(k.read(c.contentJson()));
    }

    private static NotFoundException unknownRecord(Kind kind, String slug) {
        return new NotFoundException(
                "Aucune fiche « " + slug + " » (" + kind.word() + ") : vérifiez l’adresse, ou proposez-en une.");
    }

    // --- Writing ---------------------------------------------------------------------------------------------

    /**
     * Saves a new contribution from a form, for a new record ({@code slug} null) or an edit; when {@code submit},
     * sends it for review if nothing is wrong with it (it stays a draft otherwise, nothing lost).
     */
    @Transactional
    public <T> Saved propose(
            Kind kind,
            String slug,
            Map<String, List<String>> form,
            String licence,
            String attribution,
            String note,
            boolean submit,
            AccountView author,
            boolean api) {
        requireMember(author);
        RecordKind<T> k = kind(kind);
        FormValues values = new FormValues(form);
        boolean creation = slug == null || slug.isBlank();
        T base = creation ? null : k.current(slug).orElseThrow(() -> unknownRecord(kind, slug));
        return save(k, slug, k.parse(values, base), values, licence, attribution, note, submit, author, api);
    }

    /**
     * A contribution written through the API: the record's text as JSON of its own type, checked strictly (an
     * unknown field is refused, naming it); nothing is saved when something is wrong with it.
     */
    @Transactional
    public <T> Saved proposeJson(
            Kind kind, String slug, String json, String licence, String attribution, String note, AccountView author) {
        requireMember(author);
        RecordKind<T> k = kind(kind);
        boolean creation = slug == null || slug.isBlank();
        if (!creation) {
            k.current(slug).orElseThrow(() -> unknownRecord(kind, slug));
        }
        T content = k.readStrictly(json);
        String target = creation ? freeSlug(kind, Slugs.slugify(k.title(content))) : slug;
        List<FieldProblem> problems = k.problems(target.isEmpty() ? "sans-titre" : target, content);
        if (!problems.isEmpty()) {
            return new Saved(null, problems, false);
        }
        return save(k, slug, content, FormValues.empty(), licence, attribution, note, true, author, true);
    }

    private <T> Saved save(
            RecordKind<T> k,
            String slug,
            T content,
            FormValues values,
            String licence,
            String attribution,
            String note,
            boolean submit,
            AccountView author,
            boolean api) {
        Kind kind = k.kind();
        boolean creation = slug == null || slug.isBlank();
        Integer baseVersion = creation ? null : latestVersion(kind, slug);
        String target = creation ? freeSlug(kind, Slugs.slugify(k.title(content))) : slug;
        Instant now = clock.instant();
        Contribution c = contributions.save(new Contribution(
                kind,
                target.isEmpty() ? "sans-titre" : target,
                creation,
                author.id(),
                titleOf(k, content),
                k.json(content),
                baseVersion,
                licenceKey(k, content, licence),
                attributionOf(k, content, attribution),
                trim(note, 2000),
                api ? Contribution.Channel.API : Contribution.Channel.WEB,
                now));
        revisions.save(new ContributionRevision(c.id(), 1, c.title(), c.contentJson(), c.note(), now));
        event(c, ContributionEvent.Type.CREATED, author, null);
        List<FieldProblem> problems = problems(k, c, content, values);
        boolean sent = false;
        if (submit && problems.isEmpty()) {
            sent = send(c, author);
        }
        return new Saved(view(c), problems, sent);
    }

    /**
     * Saves a new text of a contribution by its author, written from version {@code seenVersion} of it: when it
     * changed in between (another tab, another person), nothing is saved and the caller keeps the text to show
     * it again with a clear message.
     */
    @Transactional
    public <T> Saved revise(
            long id,
            long seenVersion,
            Map<String, List<String>> form,
            String licence,
            String attribution,
            String note,
            boolean submit,
            AccountView author) {
        Contribution c = find(id);
        requireAuthor(c, author);
        if (c.version() != seenVersion) {
            throw new ConflictException("Cette contribution a été enregistrée ailleurs pendant que vous l’écriviez"
                    + " (par vous dans un autre onglet, ou par un modérateur qui l’a examinée). Votre texte n’est pas"
                    + " perdu : il est ci-dessous ; relisez la version enregistrée puis enregistrez à nouveau.");
        }
        if (!c.status().editableByAuthor()) {
            throw new TransitionRefused("Cette contribution est " + statusWord(c.status())
                    + " : elle ne peut plus être modifiée."
                    + (c.status() == Status.SUBMITTED ? " Attendez l’avis d’un modérateur." : ""));
        }
        RecordKind<T> k = kind(c.kind());
        FormValues values = new FormValues(form);
        T base = c.creation() ? null : k.current(c.slug()).orElse(null);
        T content = k.parse(values, base);
        int before = c.revision();
        Instant now = clock.instant();
        c.revise(
                titleOf(k, content),
                k.json(content),
                licenceKey(k, content, licence),
                attributionOf(k, content, attribution),
                trim(note, 2000),
                now);
        if (c.revision() != before) {
            revisions.save(new ContributionRevision(c.id(), c.revision(), c.title(), c.contentJson(), c.note(), now));
            event(c, ContributionEvent.Type.REVISED, author, null);
        } else {
            revisions
                    .findByContributionIdAndNumber(c.id(), c.revision())
                    .ifPresentOrElse(
                            r -> r.replace(c.title(), c.contentJson(), c.note(), now),
                            () -> revisions.save(new ContributionRevision(
                                    c.id(), c.revision(), c.title(), c.contentJson(), c.note(), now)));
        }
        List<FieldProblem> problems = problems(k, c, content, values);
        boolean sent = false;
        if (submit && problems.isEmpty()) {
            sent = send(c, author);
        }
        contributions.flush();
        return new Saved(view(c), problems, sent);
    }

    /** Sends a draft (or a revised contribution) for review. */
    @Transactional
    public <T> Saved submit(long id, AccountView author) {
        Contribution c = find(id);
        requireAuthor(c, author);
        RecordKind<T> k = kind(c.kind());
        List<FieldProblem> problems = problems(k, c, k.read(c.contentJson()), FormValues.empty());
        boolean sent = problems.isEmpty() && send(c, author);
        contributions.flush();
        return new Saved(view(c), problems, sent);
    }

    /**
     * Submits; a catalyst's edit of the actor record it is responsible for, made on the site, is published at once.
     * What comes through the API always waits for a moderator, whoever holds the token.
     */
    private boolean send(Contribution c, AccountView author) {
        Instant now = clock.instant();
        if (c.kind() == Kind.ACTOR
                && c.channel() == Contribution.Channel.WEB
                && !c.creation()
                && author.role().ordinal() >= Role.CATALYST.ordinal()
                && vouches.owns(author.id(), c.kind(), c.slug())) {
            c.publishByOwner(now);
            publish(c, author, RecordVersion.Origin.OWNER);
            event(c, ContributionEvent.Type.PUBLISHED_BY_OWNER, author, null);
            notice(
                    c.authorId(),
                    "Fiche publiée : " + c.title(),
                    "Vos changements de la fiche « " + c.title() + " » sont publiés, car vous en êtes responsable.",
                    c.kind().page(c.slug()));
            return true;
        }
        c.submit(now);
        event(c, ContributionEvent.Type.SUBMITTED, author, null);
        notice(
                c.authorId(),
                "Contribution envoyée : " + c.title(),
                "Votre contribution « " + c.title() + " » attend l’avis d’un modérateur. Vous serez prévenu de sa"
                        + " décision.",
                "/contributions/" + c.id());
        return true;
    }

    /** A member (not its author) vouches for a submitted contribution, once. */
    @Transactional
    public View vouch(long id, AccountView member) {
        requireMember(member);
        Contribution c = find(id);
        if (c.authorId() == member.id()) {
            throw new ForbiddenException("Vous ne pouvez pas soutenir votre propre contribution.");
        }
        if (vouches.vouched(id, member.id())) {
            throw new ConflictException("Vous avez déjà soutenu cette contribution : une voix par personne.");
        }
        c.vouch(clock.instant());
        vouches.add(id, member.id(), clock.instant());
        event(c, ContributionEvent.Type.VOUCHED, member, null);
        contributions.flush();
        return view(c);
    }

    public boolean hasVouched(long id, AccountView member) {
        return member != null && vouches.vouched(id, member.id());
    }

    @Transactional
    public View requestChanges(long id, String comment, AccountView moderator) {
        Contribution c = find(id);
        requireModerator(c, moderator);
        String why = requireComment(comment, "Dites à l’auteur ce qu’il faut changer.");
        c.requestChanges(moderator.id(), why, clock.instant());
        event(c, ContributionEvent.Type.CHANGES_REQUESTED, moderator, why);
        notice(
                c.authorId(),
                "Changements demandés : " + c.title(),
                "Un modérateur demande des changements à votre contribution « " + c.title() + " » :\n\n" + why
                        + "\n\nReprenez-la, puis envoyez-la de nouveau.",
                "/contributions/" + c.id());
        contributions.flush();
        return view(c);
    }

    @Transactional
    public View reject(long id, String reason, AccountView moderator) {
        Contribution c = find(id);
        requireModerator(c, moderator);
        String why = requireComment(reason, "Donnez la raison du refus, en une phrase.");
        c.reject(moderator.id(), why, clock.instant());
        event(c, ContributionEvent.Type.REJECTED, moderator, why);
        notice(
                c.authorId(),
                "Contribution refusée : " + c.title(),
                "Votre contribution « " + c.title() + " » n’a pas été retenue :\n\n" + why,
                "/contributions/" + c.id());
        contributions.flush();
        return view(c);
    }

    /** Approves and publishes: the record gets a new version, kept with its author and reviewer. */
    @Transactional
    public View approve(long id, String comment, boolean overNewer, AccountView moderator) {
        Contribution c = find(id);
        requireModerator(c, moderator);
        if (c.status() != Status.SUBMITTED) {
            c.approve(moderator.id(), comment, clock.instant()); // refuses, naming the present status
        }
        if (stale(c) && !overNewer) {
            throw new ConflictException("La fiche a été publiée dans une autre version depuis que cette contribution"
                    + " a été écrite : la publier effacerait ces changements-là. Comparez avec la version actuelle"
                    + " (les différences affichées sont par rapport à elle), puis demandez des changements à"
                    + " l’auteur, ou cochez « publier quand même ».");
        }
        if (c.creation() && kind(c.kind()).current(c.slug()).isPresent()) {
            c.renameTo(freeSlug(c.kind(), c.slug()));
        }
        List<FieldProblem> problems = problems(kind(c.kind()), c, kind(c.kind()).read(c.contentJson()), null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Cette contribution ne peut pas être publiée telle quelle : "
                    + problems.stream().map(FieldProblem::message).collect(Collectors.joining(" "))
                    + " Demandez des changements à l’auteur.");
        }
        String why = comment == null || comment.isBlank() ? null : trim(comment.strip(), 2000);
        c.approve(moderator.id(), why, clock.instant());
        publish(c, moderator, RecordVersion.Origin.REVIEWED);
        event(c, ContributionEvent.Type.APPROVED, moderator, why);
        if (c.creation()) {
            vouches.own(c.authorId(), c.kind(), c.slug(), clock.instant());
        }
        notice(
                c.authorId(),
                "Contribution publiée : " + c.title(),
                "Votre contribution « " + c.title() + " » est approuvée et publiée. Merci !"
                        + (why == null ? "" : "\n\nMot du modérateur : " + why),
                c.kind().page(c.slug()));
        contributions.flush();
        return view(c);
    }

    /** Whether the record got a newer version since the edit was written from it. */
    boolean stale(Contribution c) {
        return !c.creation()
                && c.baseVersion() != null
                && latestVersion(c.kind(), c.slug()) > Math.max(1, c.baseVersion());
    }

    @Transactional(readOnly = true)
    public boolean stale(long id) {
        return stale(find(id));
    }

    private <T> void publish(Contribution c, AccountView reviewer, RecordVersion.Origin origin) {
        RecordKind<T> k = kind(c.kind());
        Instant now = clock.instant();
        int latest = latestVersion(c.kind(), c.slug());
        if (latest == 0 && !c.creation()) {
            k.current(c.slug())
                    .ifPresent(before -> versions.save(new RecordVersion(
                            c.kind(),
                            c.slug(),
                            1,
                            k.title(before),
                            k.json(before),
                            null,
                            null,
                            null,
                            null,
                            RecordVersion.Origin.INITIAL,
                            now)));
            latest = 1;
        }
        T content = k.read(c.contentJson());
        k.publish(c.slug(), content);
        versions.save(new RecordVersion(
                c.kind(),
                c.slug(),
                latest + 1,
                c.title(),
                c.contentJson(),
                c.authorId(),
                reviewer.id(),
                reviewer.role(),
                c.id(),
                origin,
                now));
    }

    /** Makes a person responsible for a record (a catalyst for its actor record…); moderators decide it. */
    @Transactional
    public void addOwner(Kind kind, String slug, String email, AccountView moderator) {
        requireRole(moderator, Role.MODERATOR);
        kind(kind).current(slug).orElseThrow(() -> unknownRecord(kind, slug));
        AccountView owner = accounts.byEmail(email == null ? "" : email)
                .filter(AccountView::active)
                .orElseThrow(() -> new InvalidInputException(
                        "Aucun compte actif n’a l’adresse « " + email + " » : la personne doit d’abord s’inscrire."));
        vouches.own(owner.id(), kind, slug, clock.instant());
        notice(
                owner.id(),
                "Vous êtes responsable d’une fiche",
                "Vous êtes désormais responsable de la fiche « "
                        + currentTitle(kind, slug).orElse(slug)
                        + " ». Confirmez de temps en temps qu’elle est toujours exacte, depuis « Mes fiches ».",
                "/compte/fiches");
    }

    public boolean owns(AccountView who, Kind kind, String slug) {
        return who != null && vouches.owns(who.id(), kind, slug);
    }

    /** The records a person is responsible for, those not confirmed for 12 months first. */
    @Transactional(readOnly = true)
    public List<OwnedRecord> ownedBy(AccountView who) {
        LocalDate limit = staleBefore();
        List<OwnedRecord> out = new ArrayList<>();
        for (Vouches.Owned o : vouches.ownedBy(who.id())) {
            Optional<String> title = currentTitle(o.kind(), o.slug());
            if (title.isEmpty()) {
                continue;
            }
            LocalDate verified = kind(o.kind()).verified(o.slug()).orElse(null);
            out.add(new OwnedRecord(
                    o.kind(),
                    o.slug(),
                    title.get(),
                    o.kind().page(o.slug()),
                    verified,
                    verified == null || verified.isBefore(limit)));
        }
        out.sort(Comparator.comparing(OwnedRecord::stale).reversed().thenComparing(OwnedRecord::title));
        return out;
    }

    /** Its owner confirms the record is still true today. */
    @Transactional
    public void confirmVerified(Kind kind, String slug, AccountView who) {
        if (who == null || !(vouches.owns(who.id(), kind, slug) || who.role().ordinal() >= Role.MODERATOR.ordinal())) {
            throw new ForbiddenException(
                    "Seules les personnes responsables de cette fiche, ou un modérateur, peuvent confirmer qu’elle"
                            + " est à jour.");
        }
        kind(kind).current(slug).orElseThrow(() -> unknownRecord(kind, slug));
        kind(kind).confirmVerified(slug, LocalDate.now(clock.withZone(PARIS)));
    }

    /** The day before which a record's last check is too old. */
    public LocalDate staleBefore() {
        return LocalDate.now(clock.withZone(PARIS)).minusMonths(STALE_MONTHS);
    }

    // --- Reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public View get(long id, AccountView who) {
        Contribution c = find(id);
        if (!visibleTo(c, who)) {
            throw new NotFoundException("Contribution n° " + id + " inconnue.");
        }
        return view(c);
    }

    /** Drafts are seen by their author only; submitted and later ones by every signed-in person. */
    private static boolean visibleTo(Contribution c, AccountView who) {
        if (who == null) {
            return c.status() == Status.APPROVED;
        }
        return c.status() != Status.DRAFT
                || c.authorId() == who.id()
                || who.role().ordinal() >= Role.MODERATOR.ordinal();
    }

    @Transactional(readOnly = true)
    public List<Step> timeline(long id, boolean showNames) {
        Map<Long, String> names = new HashMap<>();
        return events.findByContributionIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(e -> new Step(
                        e.kind().name(),
                        showNames && e.accountId() != null ? names.computeIfAbsent(e.accountId(), this::name) : null,
                        e.actorRole() == null ? null : e.actorRole().name(),
                        e.revision(),
                        e.comment(),
                        e.occurredAt()))
                .toList();
    }

    /** What the contribution changes in the published record (for a new record: every field written). */
    @Transactional(readOnly = true)
    public <T> List<FieldDiff> changes(long id, Locale locale) {
        Contribution c = find(id);
        RecordKind<T> k = kind(c.kind());
        T after = k.read(c.contentJson());
        T before = null;
        if (!c.creation()) {
            if (c.status() == Status.APPROVED) {
                before = versionBefore(c).map(v -> k.read(v.contentJson())).orElse(null);
            } else {
                before = k.current(c.slug()).orElse(null);
            }
        }
        return diff(k, before, after, locale);
    }

    private Optional<RecordVersion> versionBefore(Contribution c) {
        List<RecordVersion> all = versions.findByKindAndSlugOrderByNumberDesc(c.kind(), c.slug());
        for (int i = 0; i < all.size(); i++) {
            if (Objects.equals(all.get(i).contributionId(), c.id())) {
                return i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public <T> List<RevisionView> revisions(long id, Locale locale) {
        Contribution c = find(id);
        RecordKind<T> k = kind(c.kind());
        List<RevisionView> out = new ArrayList<>();
        T previous = null;
        for (ContributionRevision r : revisions.findByContributionIdOrderByNumberAsc(id)) {
            T content = k.read(r.contentJson());
            out.add(new RevisionView(
                    r.number(),
                    r.title(),
                    r.createdAt(),
                    r.note(),
                    previous == null ? List.of() : diff(k, previous, content, locale)));
            previous = content;
        }
        return out;
    }

    /** The published versions of a record, newest first, each with what changed from the one before. */
    @Transactional(readOnly = true)
    public <T> List<VersionView> history(Kind kind, String slug, Locale locale) {
        RecordKind<T> k = kind(kind);
        if (k.current(slug).isEmpty()) {
            throw unknownRecord(kind, slug);
        }
        List<RecordVersion> all = versions.findByKindAndSlugOrderByNumberDesc(kind, slug);
        List<VersionView> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RecordVersion v = all.get(i);
            T content = k.read(v.contentJson());
            T before = i + 1 < all.size() ? k.read(all.get(i + 1).contentJson()) : null;
            List<FieldDiff> changes = before == null ? List.of() : diff(k, before, content, locale);
            out.add(new VersionView(
                    v.number(),
                    v.title(),
                    v.origin().name(),
                    v.authorId() == null ? null : name(v.authorId()),
                    v.reviewerRole() == null ? null : v.reviewerRole().name(),
                    v.publishedAt(),
                    v.contributionId(),
                    changes,
                    v.contributionId() == null ? List.of() : revisions(v.contributionId(), locale)));
        }
        return out;
    }

    /** The moderators' queue: fast review first (enough vouches, trusted contributors), then oldest first. */
    @Transactional(readOnly = true)
    public List<View> queue(QueueFilter filter, AccountView moderator) {
        requireRole(moderator, Role.MODERATOR);
        Status status = filter.status() == null ? Status.SUBMITTED : filter.status();
        String words = filter.words() == null ? "" : fold(filter.words());
        return contributions.findByStatusInOrderBySubmittedAtAscIdAsc(EnumSet.of(status)).stream()
                .filter(c -> filter.kind() == null || c.kind() == filter.kind())
                .filter(c -> filter.channel() == null
                        || filter.channel().isBlank()
                        || c.channel().name().equalsIgnoreCase(filter.channel()))
                .filter(c -> words.isBlank() || fold(c.title()).contains(words))
                .map(this::view)
                .filter(v -> !filter.fastOnly() || v.fastReview())
                .sorted(Comparator.comparing(View::fastReview).reversed())
                .toList();
    }

    /** Counts of the queue by status, for its tabs. */
    @Transactional(readOnly = true)
    public Map<Status, Long> queueCounts() {
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, contributions.countByStatus(s));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<View> mine(AccountView author) {
        return contributions.findByAuthorIdOrderByUpdatedAtDesc(author.id()).stream()
                .map(this::view)
                .toList();
    }

    /** The open contributions about a record (to warn a new editor that someone is on it). */
    @Transactional(readOnly = true)
    public List<View> openOn(Kind kind, String slug) {
        return contributions.findByKindAndSlugOrderByIdAsc(kind, slug).stream()
                .filter(c -> c.status() == Status.SUBMITTED || c.status() == Status.CHANGES_REQUESTED)
                .map(this::view)
                .toList();
    }

    static final Set<ContributionEvent.Type> DECISIONS = EnumSet.of(
            ContributionEvent.Type.CHANGES_REQUESTED,
            ContributionEvent.Type.APPROVED,
            ContributionEvent.Type.REJECTED,
            ContributionEvent.Type.PUBLISHED_BY_OWNER);

    /** The public moderation log, newest first: what was decided, when, by which role, why. */
    @Transactional(readOnly = true)
    public List<Decision> log(int page, int size) {
        List<ContributionEvent> decided = events.findByKindInOrderByOccurredAtDescIdDesc(
                DECISIONS, PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 200))));
        Map<Long, Contribution> byId = contributions
                .findByIdIn(
                        decided.stream().map(ContributionEvent::contributionId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Contribution::id, c -> c));
        List<Decision> out = new ArrayList<>();
        for (ContributionEvent e : decided) {
            Contribution c = byId.get(e.contributionId());
            if (c == null) {
                continue;
            }
            boolean publicRecord = !c.creation() || c.status() == Status.APPROVED;
            out.add(new Decision(
                    e.kind().name(),
                    c.kind().word(),
                    publicRecord ? c.title() : null,
                    publicRecord ? c.kind().page(c.slug()) : null,
                    e.actorRole() == null ? null : e.actorRole().name(),
                    e.kind() == ContributionEvent.Type.PUBLISHED_BY_OWNER ? null : e.comment(),
                    e.occurredAt()));
        }
        return out;
    }

    public long logSize() {
        return events.countByKindIn(DECISIONS);
    }

    // --- Notices ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Notice> notices(AccountView who) {
        return notifications.findTop100ByAccountIdOrderByCreatedAtDescIdDesc(who.id()).stream()
                .map(n -> new Notice(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt() == null))
                .toList();
    }

    public long unread(AccountView who) {
        return notifications.countByAccountIdAndReadAtIsNull(who.id());
    }

    @Transactional
    public void markRead(AccountView who) {
        Instant now = clock.instant();
        notifications.findTop100ByAccountIdOrderByCreatedAtDescIdDesc(who.id()).forEach(n -> n.read(now));
    }

    private void notice(long accountId, String subject, String body, String link) {
        notifications.save(new Notification(accountId, subject, body, link, clock.instant()));
        accounts.byId(accountId).ifPresent(to -> accounts.notify(to, subject, body + "\n\n" + link));
    }

    // --- Helpers -------------------------------------------------------------------------------------------

    private Contribution find(long id) {
        return contributions
                .findById(id)
                .orElseThrow(() -> new NotFoundException("Contribution n° " + id + " inconnue."));
    }

    int latestVersion(Kind kind, String slug) {
        return versions.findFirstByKindAndSlugOrderByNumberDesc(kind, slug)
                .map(RecordVersion::number)
                .orElse(0);
    }

    private <T> List<FieldProblem> problems(RecordKind<T> k, Contribution c, T content, FormValues values) {
        List<FieldProblem> problems = new ArrayList<>(values == null ? List.of() : values.problems());
        problems.addAll(k.problems(c.slug(), content));
        if (Licence.fromKey(c.licence()).isEmpty()) {
            problems.add(new FieldProblem("contribution_licence", "Licence « " + c.licence() + " » inconnue."));
        }
        return problems.stream()
                .map(p -> "slug".equals(p.field()) && c.creation()
                        ? new FieldProblem(k.fields().get(0).name(), "Donnez un titre fait de lettres ou de chiffres.")
                        : p)
                .distinct()
                .toList();
    }

    private void event(Contribution c, ContributionEvent.Type type, AccountView who, String comment) {
        events.save(new ContributionEvent(
                c.id(),
                type,
                who == null ? null : who.id(),
                who == null ? null : who.role(),
                c.revision(),
                comment,
                clock.instant()));
    }

    View view(Contribution c) {
        Optional<AccountView> author = accounts.byId(c.authorId());
        String authorName = author.map(AccountView::displayName).orElse(DELETED);
        boolean fast = c.vouches() >= fastReviewVouches
                || author.map(a -> a.role().ordinal() >= Role.CONTRIBUTOR.ordinal())
                        .orElse(false);
        return new View(
                c.id(),
                c.kind(),
                c.slug(),
                c.creation(),
                c.status(),
                statusWord(c.status()),
                c.authorId(),
                authorName,
                c.title(),
                c.revision(),
                c.vouches(),
                fast,
                c.channel().name().toLowerCase(Locale.ROOT),
                c.licence(),
                c.attribution(),
                c.note(),
                c.reason(),
                c.createdAt(),
                c.updatedAt(),
                c.submittedAt(),
                c.decidedAt(),
                c.version());
    }

    private String name(long accountId) {
        return accounts.byId(accountId).map(AccountView::displayName).orElse(DELETED);
    }

    private <T> List<FieldDiff> diff(RecordKind<T> k, T before, T after, Locale locale) {
        Map<String, List<String>> a =
                before == null ? Map.of() : k.values(before).asMap();
        Map<String, List<String>> b = k.values(after).asMap();
        List<FieldDiff> out = new ArrayList<>();
        for (FormField f : k.fields()) {
            String x = show(f, a.getOrDefault(f.name(), List.of()), locale);
            String y = show(f, b.getOrDefault(f.name(), List.of()), locale);
            if (WordDiff.unchanged(x, y)) {
                continue;
            }
            out.add(new FieldDiff(
                    f.name(), f.labelIn(locale), f.prose(), x, y, f.prose() ? WordDiff.diff(x, y) : List.of()));
        }
        return out;
    }

    private static String show(FormField f, Collection<String> values, Locale locale) {
        String joiner = f.type() == FormField.Type.CHECKBOXES ? ", " : "\n";
        return values.stream()
                .filter(Objects::nonNull)
                .map(v -> f.show(v, locale))
                .collect(Collectors.joining(joiner));
    }

    private void requireMember(AccountView who) {
        if (who == null || !who.active()) {
            throw new ForbiddenException("Connectez-vous pour contribuer.");
        }
    }

    private static void requireRole(AccountView who, Role role) {
        if (who == null || who.role().ordinal() < role.ordinal()) {
            throw new ForbiddenException("Cette action est réservée aux "
                    + (role == Role.MODERATOR ? "modérateurs et modératrices." : "administrateurs."));
        }
    }

    private static void requireAuthor(Contribution c, AccountView who) {
        if (who == null || c.authorId() != who.id()) {
            throw new ForbiddenException("Seul l’auteur ou l’autrice de cette contribution peut la modifier.");
        }
    }

    /** Moderators decide, never on their own contributions; administrators may (a platform may have only one). */
    private static void requireModerator(Contribution c, AccountView who) {
        requireRole(who, Role.MODERATOR);
        if (c.authorId() == who.id() && who.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException(
                    "Vous ne pouvez pas décider de votre propre contribution : un autre modérateur le fera.");
        }
    }

    private static String requireComment(String comment, String message) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(message);
        }
        return trim(comment.strip(), 2000);
    }

    private <T> String titleOf(RecordKind<T> k, T content) {
        String t = k.title(content);
        return t == null || t.isBlank() ? "(sans titre)" : trim(t.strip(), 300);
    }

    private <T> String licenceKey(RecordKind<T> k, T content, String licence) {
        return k.licenceOf(content)
                .or(() -> Optional.ofNullable(licence).filter(s -> !s.isBlank()))
                .orElse(Licence.DEFAULT.key());
    }

    private <T> String attributionOf(RecordKind<T> k, T content, String attribution) {
        return k.attributionOf(content)
                .or(() -> Optional.ofNullable(attribution).filter(s -> !s.isBlank()))
                .map(s -> trim(s.strip(), 600))
                .orElse(null);
    }

    private static String trim(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    /** A slug no published record and no open new-record proposal has, from a first choice. */
    private String freeSlug(Kind kind, String wanted) {
        String base = wanted == null || wanted.isBlank() ? "sans-titre" : wanted;
        String slug = base;
        for (int n = 2; kind(kind).current(slug).isPresent() || takenByProposal(kind, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean takenByProposal(Kind kind, String slug) {
        return contributions.findByKindAndSlugOrderByIdAsc(kind, slug).stream()
                .anyMatch(c -> c.creation() && !c.status().decided());
    }

    private static String fold(String s) {
        return Slugs.slugify(s).replace('-', ' ');
    }

    static String statusWord(Status status) {
        return switch (status) {
            case DRAFT -> "un brouillon";
            case SUBMITTED -> "en attente d’examen";
            case CHANGES_REQUESTED -> "à reprendre (changements demandés)";
            case APPROVED -> "approuvée et publiée";
            case REJECTED -> "refusée";
        };
    }
}
