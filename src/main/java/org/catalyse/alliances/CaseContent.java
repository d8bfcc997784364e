package org.catalyse.alliances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partnership case as written by an editor or an import.
 *
 * @param partners the actors who partnered (by slug), each with its role in the case
 * @param qualifiers values by axis: {@code action-domain}, {@code partnership-mode}, {@code partnership-objective},
 *     {@code strategic-objective} (frame axes) and {@code mecenat-type} (sub-types of mécénat)
 * @param status one of {@link Alliances#STATUSES}
 * @param description Markdown
 * @param outcomes what changed, by {@code impact} value (performance, innovation, confiance)
 * @param replication Markdown: what it takes to replicate the case
 */
public record CaseContent(
        String title,
        String summary,
        List<PartnerRef> partners,
        List<String> territories,
        Map<String, List<String>> qualifiers,
        Integer startYear,
        String status,
        String description,
        Map<String, Outcome> outcomes,
        String replication,
        List<Source> sources,
        String contact,
        LocalDate verified) {

    public CaseContent {
        partners = partners == null ? List.of() : List.copyOf(partners);
        territories = territories == null ? List.of() : List.copyOf(territories);
        qualifiers =
                qualifiers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers));
        outcomes = outcomes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A partner of the case: an actor's slug and its role, in plain words. */
    public record PartnerRef(String actor, String role) {}

    /** What changed on one impact, with optional figures. */
    public record Outcome(String text, List<Figure> figures) {
        public Outcome {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    /** A figure with its unit, e.g. 17,000 "points de contact". */
    public record Figure(String label, BigDecimal value, String unit) {}

    /** A source: title, publisher, date as a year or year-month. */
    public record Source(String title, String publisher, String published) {}
}
