package org.catalyse.alliances;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a case that are only ever read and written with it, stored as one JSON text in its row: its partners,
 * its territories, its frame values by axis, what changed on each impact (with figures) and its sources. An actor's
 * page, territory pages and maps find cases through the search, not through these values (docs/decisions/0017).
 *
 * @param partners the actors (by id) with their role, in the order written
 * @param territories the ids of the territories the case is attached to, each once, in the order written
 * @param qualifiers values by axis, each value once, in the order written
 * @param outcomes what changed, by impact
 * @param sources in the order written
 */
record CaseDetails(
        List<CaseParts.Partner> partners,
        List<String> territories,
        Map<String, List<String>> qualifiers,
        Map<String, CaseContent.Outcome> outcomes,
        List<CaseContent.Source> sources) {

    static final CaseDetails NONE = new CaseDetails(List.of(), List.of(), Map.of(), Map.of(), List.of());

    CaseDetails {
        partners = partners == null ? List.of() : List.copyOf(partners);
        territories = territories == null ? List.of() : List.copyOf(new LinkedHashSet<>(territories));
        Map<String, List<String>> distinct = new LinkedHashMap<>();
        if (qualifiers != null) {
            qualifiers.forEach((axis, values) -> {
                if (values != null && !values.isEmpty()) {
                    distinct.put(axis, List.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        qualifiers = Collections.unmodifiableMap(distinct);
        outcomes = outcomes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The details of a case as written, with its partners resolved to actors. */
    static CaseDetails of(CaseContent c, List<CaseParts.Partner> partners) {
        return new CaseDetails(partners, c.territories(), c.qualifiers(), c.outcomes(), c.sources());
    }

    /** The values of the axes, in this order of axes, each axis's values sorted; axes without values left out. */
    Map<String, List<String>> qualifiersIn(List<String> axes) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String axis : axes) {
            List<String> values = qualifiers.get(axis);
            if (values != null) {
                List<String> sorted = new ArrayList<>(values);
                Collections.sort(sorted);
                ordered.put(axis, List.copyOf(sorted));
            }
        }
        return ordered;
    }

    /** The outcomes of these impacts, in this order; impacts without an outcome left out. */
    Map<String, CaseContent.Outcome> outcomesIn(List<String> impacts) {
        Map<String, CaseContent.Outcome> ordered = new LinkedHashMap<>();
        for (String impact : impacts) {
            CaseContent.Outcome outcome = outcomes.get(impact);
            if (outcome != null) {
                ordered.put(impact, outcome);
            }
        }
        return ordered;
    }

    /** The JSON text of the details, as the column {@code partnership_case.details} holds it. */
    String json() {
        return Json.MAPPER.writeValueAsString(this);
    }

    /** Reads the column {@code partnership_case.details}; no text reads as no details. */
    @Converter
    static class Json implements AttributeConverter<CaseDetails, String> {

        static final JsonMapper MAPPER = JsonMapper.builder().build();

        @Override
        public String convertToDatabaseColumn(CaseDetails details) {
            return (details == null ? NONE : details).json();
        }

        @Override
        public CaseDetails convertToEntityAttribute(String json) {
            return json == null || json.isBlank() ? NONE : MAPPER.readValue(json, CaseDetails.class);
        }
    }
}
