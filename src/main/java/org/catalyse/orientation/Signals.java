package org.catalyse.orientation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.TerritoryId;

/**
 * The ranking signals of a path, each a small function of a suggestion and of who asks, giving points and the
 * words that explain them (docs/decisions/0014). Their weights are the points; equal totals are ordered by type
 * and id, so that equal inputs always give the same path.
 */
final class Signals {

    static final double PROFILE = 2;
    static final double DOMAIN = 2;
    static final double OBJECTIVE = 2;
    static final double MATURITY_SAME = 2;
    static final double MATURITY_NEXT = 1;
    static final double FOCUS = 3;
    static final double STAGE = 1;
    static final double FRESH = 1;
    static final int FRESH_YEARS = 5;

    /** Points by the echelon of the territory that ties a suggestion to the place. */
    static final Map<Echelon, Double> PROXIMITY = Map.of(
            Echelon.COMMUNE, 4.0, Echelon.EPCI, 3.0, Echelon.DEPARTEMENT, 2.0, Echelon.REGION, 1.5, Echelon.PAYS, 0.5);
    /** Points of a suggestion elsewhere in the place's région. */
    static final double SAME_REGION = 1;

    private Signals() {}

    /** The words of the reasons, in the asker's language: a message key and its arguments. */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... args);
    }

    /** Written for (or, for a case, made with) organisations of the asker's profile. */
    static Optional<Reason> profileMatch(
            Words w, Map<String, List<String>> qualifiers, String profile, String profileLabel) {
        if (profile == null
                || !qualifiers.getOrDefault("actor-profile", List.of()).contains(profile)) {
            return Optional.empty();
        }
        return Optional.of(new Reason("profile", PROFILE, w.get("reason.profile", profileLabel)));
    }

    /** About one of the asker's action domains. */
    static Optional<Reason> domainMatch(Words w, Map<String, List<String>> qualifiers, Map<String, String> domains) {
        return first(qualifiers.getOrDefault("action-domain", List.of()), domains)
                .map(label -> new Reason("domain", DOMAIN, w.get("reason.domain", label)));
    }

    /** Serves one of the asker's objectives (strategic objective or partnership objective). */
    static Optional<Reason> objectiveMatch(
            Words w, Map<String, List<String>> qualifiers, Map<String, String> objectives) {
        return first(qualifiers.getOrDefault("strategic-objective", List.of()), objectives)
                .or(() -> first(qualifiers.getOrDefault("partnership-objective", List.of()), objectives))
                .map(label -> new Reason("objective", OBJECTIVE, w.get("reason.objective", label)));
    }

    /** Meant for the asker's level, or for the next one (level keys in order, {@code level} from 1 to 4). */
    static Optional<Reason> maturityFit(
            Words w, Map<String, List<String>> qualifiers, List<String> levels, int level, List<String> levelLabels) {
        if (level < 1) {
            return Optional.empty();
        }
        List<String> meant = qualifiers.getOrDefault("maturity-level", List.of());
        if (meant.contains(levels.get(level - 1))) {
            return Optional.of(
                    new Reason("maturity", MATURITY_SAME, w.get("reason.maturity.same", levelLabels.get(level - 1))));
        }
        if (level < levels.size() && meant.contains(levels.get(level))) {
            return Optional.of(
                    new Reason("maturity", MATURITY_NEXT, w.get("reason.maturity.next", levelLabels.get(level))));
        }
        return Optional.empty();
    }

    /**
     * Tied to the place: attached to it or to what encloses it, the narrowest first (commune > EPCI > département >
     * région), or else lying within its région, or else attached to France: the best of these only.
     *
     * @param enclosing the place and what encloses it, narrowest first, with their names
     */
    static Optional<Reason> territorialProximity(
            Words w, List<String> attached, Map<TerritoryId, String> enclosing, List<String> withinRegion) {
        for (Map.Entry<TerritoryId, String> e : enclosing.entrySet()) {
            // Attached to France and lying within the région too: the région is nearer (and worth more).
            boolean franceButRegion = e.getKey().echelon() == Echelon.PAYS && !withinRegion.isEmpty();
            if (attached.contains(e.getKey().toString()) && !franceButRegion) {
                String where = switch (e.getKey().echelon()) {
                    case PAYS -> w.get("reason.proximity.france");
                    case COMMUNE -> w.get("reason.proximity.commune", e.getValue());
                    default -> w.get("reason.proximity.area", e.getValue());
                };
                return Optional.of(
                        new Reason("proximity", PROXIMITY.get(e.getKey().echelon()), where));
            }
        }
        if (!withinRegion.isEmpty()) {
            return Optional.of(
                    new Reason("proximity", SAME_REGION, w.get("reason.proximity.region", withinRegion.get(0))));
        }
        return Optional.empty();
    }

    /** Recent: full points within a year, fewer until {@link #FRESH_YEARS} years, none after. */
    static Optional<Reason> freshness(Words w, LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(date, today);
        double points = days <= 365 ? FRESH : Math.max(0, FRESH * (1 - (days - 365) / (365.0 * (FRESH_YEARS - 1))));
        if (points <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Reason(
                "freshness",
                Math.round(points * 100) / 100.0,
                w.get(days <= 365 ? "reason.fresh" : "reason.fairlyFresh", String.valueOf(date.getYear()))));
    }

    /** Speaks of an axis where the asker has the most to gain (its words appear in the title or summary). */
    static Optional<Reason> axisFocus(
            Words w, String folded, Map<String, List<String>> focusWords, Map<String, String> focusLabels) {
        for (Map.Entry<String, List<String>> axis : focusWords.entrySet()) {
            for (String word : axis.getValue()) {
                if (folded.contains(word)) {
                    return Optional.of(
                            new Reason("focus", FOCUS, w.get("reason.focus", focusLabels.get(axis.getKey()))));
                }
            }
        }
        return Optional.empty();
    }

    /** Meant for the stage of the path it is suggested in (its usage stage, e.g. « Se former »). */
    static Optional<Reason> stageFit(Words w, Map<String, List<String>> qualifiers, String stage, String stageLabel) {
        if (!qualifiers.getOrDefault("usage-stage", List.of()).contains(stage)) {
            return Optional.empty();
        }
        return Optional.of(new Reason("stage", STAGE, w.get("reason.stage", stageLabel)));
    }

    private static Optional<String> first(List<String> values, Map<String, String> wanted) {
        return values.stream().filter(wanted::containsKey).findFirst().map(wanted::get);
    }
}
