package org.catalyse.diagnostics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.catalyse.frame.FrameView.Label;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The diagnostics: their definitions, scoring, and the responses saved step by step. */
@Service
public class Diagnostics {

    /** Peers are compared by région only when the région has at least this many responses. */
    public static final int REGION_MINIMUM = 10;
    /** Below this many responses, no distribution is shown at all, so that nobody's levels can be guessed. */
    public static final int PEER_MINIMUM = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DiagnosticCatalogue catalogue;
    private final Responses responses;
    private final Territories territories;
    private final Duration linkLifetime;
    private final Clock clock = Clock.systemUTC();

    Diagnostics(
            DiagnosticCatalogue catalogue,
            Responses responses,
            Territories territories,
            @Value("${catalyse.diagnostics.link-lifetime-days:730}") long linkLifetimeDays) {
        this.catalogue = catalogue;
        this.responses = responses;
        this.territories = territories;
        this.linkLifetime = Duration.ofDays(linkLifetimeDays);
    }

    /** The current version of every diagnostic. */
    public List<Diagnostic> all() {
        return catalogue.currentVersions();
    }

    public Optional<Diagnostic> definition(String key) {
        return catalogue.current(key);
    }

    public Optional<Diagnostic> definition(String key, String version) {
        return catalogue.version(key, version);
    }

    /** Scores a full set of answers under a version (the current one when null); refuses any bad answer. */
    public Scores score(String key, String version, Map<String, List<String>> answers) {
        Diagnostic d = (version == null ? catalogue.current(key) : catalogue.version(key, version))
                .orElseThrow(() -> new NotFoundException(
                        version == null
                                ? "Aucun diagnostic « " + key + " »."
                                : "Aucune version « " + version + " » du diagnostic « " + key + " »."));
        List<AnswerProblem> problems = new ArrayList<>(Answers.problems(d, answers));
        problems.addAll(Answers.missing(d, answers, null));
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return MaturityScoring.score(d, Answers.cleaned(answers));
    }

    /** A response just started, with the private link's secret (shown once, only its hash is kept). */
    public record Started(String secret, Response response) {}

    /** Starts a response to the current version, for a profile and, optionally, a place and a member. */
    @Transactional
    public Started start(String key, String profile, TerritoryId place, Long accountId) {
        return start(key, profile, place, List.of(), List.of(), accountId);
    }

    /**
     * Starts a response to the current version, for a profile and, optionally, a place, the action domains and
     * strategic objectives it works on (frame keys, checked by the caller) and a member.
     */
    @Transactional
    public Started start(
            String key,
            String profile,
            TerritoryId place,
            List<String> domains,
            List<String> objectives,
            Long accountId) {
        Diagnostic d =
                catalogue.current(key).orElseThrow(() -> new NotFoundException("Aucun diagnostic « " + key + " »."));
        if (profile == null || profile.isBlank()) {
            throw new InvalidInputException("Choisissez le profil de votre structure.");
        }
        String region = place == null ? null : regionOf(place);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Response r = new Response(
                UUID.randomUUID(),
                d.key(),
                d.version(),
                accountId,
                profile,
                place == null ? null : place.toString(),
                region,
                List.copyOf(domains),
                List.copyOf(objectives),
                Map.of(),
                Response.Status.IN_PROGRESS,
                now,
                now,
                null,
                null);
        responses.insert(r, hash(secret));
        return new Started(secret, r);
    }

    private String regionOf(TerritoryId place) {
        if (place.echelon() == Echelon.REGION) {
            return place.toString();
        }
        return territories.enclosing(place).stream()
                .filter(t -> t.echelon() == Echelon.REGION)
                .map(TerritoryId::toString)
                .findFirst()
                .orElse(null);
    }

    /** The response behind a private link, scored when complete; unknown and expired links are refused. */
    @Transactional(readOnly = true)
    public Response open(String secret) {
        Response r = secret == null || secret.length() > 100
                ? null
                : responses.byLink(hash(secret)).map(Responses.Stored::response).orElse(null);
        if (r == null) {
            throw new NotFoundException(
                    "Ce lien ne correspond à aucun diagnostic. Vérifiez qu'il a été copié en entier.");
        }
        if (r.accountId() == null && r.updatedAt().plus(linkLifetime).isBefore(clock.instant())) {
            throw new LinkExpiredException(linkLifetime.toDays());
        }
        return scored(r);
    }

    /** A member's own response, scored when complete. */
    @Transactional(readOnly = true)
    public Response ofMember(UUID id, long accountId) {
        return responses
                .byId(id)
                .map(Responses.Stored::response)
                .filter(r -> r.accountId() != null && r.accountId() == accountId)
                .map(this::scored)
                .orElseThrow(() -> new NotFoundException("Ce diagnostic n'est pas dans votre compte."));
    }

    /** A member's responses, newest first, scored when complete. */
    @Transactional(readOnly = true)
    public List<Response> ofMember(long accountId) {
        return responses.ofAccount(accountId).stream()
                .map(s -> scored(s.response()))
                .toList();
    }

    /** Keeps a response reached by its link in a member's account. */
    @Transactional
    public void keepInAccount(String secret, long accountId) {
        responses.attach(open(secret).id(), accountId);
    }

    /**
     * Saves the answers to one axis's questions (replacing earlier ones). Tampered answers are refused; the
     * required questions left unanswered are returned, and the answers given are saved all the same.
     */
    @Transactional
    public List<AnswerProblem> saveStep(String secret, String axis, Map<String, List<String>> answers) {
        Response r = open(secret);
        Diagnostic d = definitionOf(r);
        if (d.axis(axis).isEmpty()) {
            throw new InvalidInputException("Aucune étape « " + axis + " » dans ce diagnostic.");
        }
        List<AnswerProblem> problems = new ArrayList<>(Answers.problems(d, answers));
        answers.keySet().stream()
                .filter(k -> d.question(k).map(q -> !q.axis().equals(axis)).orElse(false))
                .forEach(k -> problems.add(new AnswerProblem(k, "question d'une autre étape")));
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(r.answers());
        d.questionsOf(axis).forEach(q -> merged.remove(q.key()));
        merged.putAll(Answers.cleaned(answers));
        responses.saveAnswers(r.id(), merged, clock.instant());
        return Answers.missing(d, merged, axis);
    }

    /** Completes a response whose required questions are all answered; returns the axes still to answer. */
    @Transactional
    public List<String> complete(String secret) {
        Response r = open(secret);
        Diagnostic d = definitionOf(r);
        List<AnswerProblem> missing = Answers.missing(d, r.answers(), null);
        if (!missing.isEmpty()) {
            Set<String> axes = new LinkedHashSet<>();
            missing.forEach(p -> axes.add(d.question(p.question()).orElseThrow().axis()));
            return List.copyOf(axes);
        }
        responses.complete(r.id(), r.answers(), MaturityScoring.score(d, r.answers()), clock.instant());
        return List.of();
    }

    /** The definition a response was given under. */
    public Diagnostic definitionOf(Response r) {
        return catalogue
                .version(r.diagnostic(), r.version())
                .orElseThrow(() ->
                        new IllegalStateException("Version " + r.version() + " of " + r.diagnostic() + " is not kept"));
    }

    private Response scored(Response r) {
        if (!r.complete()) {
            return r;
        }
        Scores s = MaturityScoring.score(definitionOf(r), r.answers());
        return new Response(
                r.id(),
                r.diagnostic(),
                r.version(),
                r.accountId(),
                r.profile(),
                r.territory(),
                r.region(),
                r.domains(),
                r.objectives(),
                r.answers(),
                r.status(),
                r.createdAt(),
                r.updatedAt(),
                r.completedAt(),
                s);
    }

    /**
     * How peers' levels are spread: for the same diagnostic and profile, and the région when it has enough
     * responses; empty below {@link #PEER_MINIMUM} responses.
     *
     * @param counts by axis key ({@code *} for the overall level), the number of responses at levels 1 to 4
     */
    public record Peers(long responses, boolean byRegion, String region, Map<String, long[]> counts) {}

    @Transactional(readOnly = true)
    public Optional<Peers> peers(String diagnostic, String profile, String region) {
        if (region != null && responses.count(diagnostic, profile, region) >= REGION_MINIMUM) {
            return Optional.of(new Peers(
                    responses.count(diagnostic, profile, region),
                    true,
                    region,
                    responses.distribution(diagnostic, profile, region)));
        }
        long all = responses.count(diagnostic, profile, null);
        if (all < PEER_MINIMUM) {
            return Optional.empty();
        }
        return Optional.of(new Peers(all, false, null, responses.distribution(diagnostic, profile, null)));
    }

    /** What the axes of this key are about, across the current diagnostics: their words and frame values. */
    public record AxisGuide(String axis, Label label, List<String> words, Map<String, List<String>> frame) {}

    public Optional<AxisGuide> axisGuide(String axis) {
        Label label = null;
        Set<String> words = new LinkedHashSet<>();
        Map<String, List<String>> frame = new LinkedHashMap<>();
        for (Diagnostic d : all()) {
            for (Diagnostic.Axis a : d.axes()) {
                if (!a.key().equals(axis)) {
                    continue;
                }
                label = label == null ? a.label() : label;
                words.addAll(TopicWords.of(a.topics().in(Locale.FRENCH)));
                a.frame()
                        .forEach((k, v) -> frame.merge(k, v, (x, y) -> {
                            Set<String> u = new LinkedHashSet<>(x);
                            u.addAll(y);
                            return List.copyOf(u);
                        }));
            }
        }
        // Only the words no other axis uses tell this axis apart ("mécénat" names several).
        for (Diagnostic d : all()) {
            for (Diagnostic.Axis a : d.axes()) {
                if (!a.key().equals(axis)) {
                    words.removeAll(TopicWords.of(a.topics().in(Locale.FRENCH)));
                }
            }
        }
        return label == null ? Optional.empty() : Optional.of(new AxisGuide(axis, label, List.copyOf(words), frame));
    }

    /** The axes of the current diagnostics, one per key, in the order they first appear. */
    public List<AxisGuide> axisGuides() {
        return all().stream()
                .flatMap(d -> d.axes().stream())
                .map(Diagnostic.Axis::key)
                .distinct()
                .map(k -> axisGuide(k).orElseThrow())
                .toList();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
