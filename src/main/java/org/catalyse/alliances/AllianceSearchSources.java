package org.catalyse.alliances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.catalyse.frame.Frame;
import org.catalyse.search.SearchDocument;
import org.catalyse.search.SearchSource;
import org.catalyse.shared.Markdown;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Actors and cases as the search index sees them: one source per type. */
@Configuration(proxyBeanMethods = false)
class AllianceSearchSources {

    static final String ACTOR = "actor";
    static final String CASE = "case";

    private final Frame frame;
    private final Alliances alliances;

    AllianceSearchSources(Frame frame, @Lazy Alliances alliances) {
        this.frame = frame;
        this.alliances = alliances;
    }

    @Bean
    SearchSource actorSearchSource() {
        return source(
                ACTOR,
                alliances::actorCount,
                slug -> alliances.actor(slug).map(this::document),
                action -> alliances.forEachActor(a -> action.accept(document(a))));
    }

    @Bean
    SearchSource caseSearchSource() {
        return source(
                CASE,
                alliances::caseCount,
                slug -> alliances.partnershipCase(slug).map(this::document),
                action -> alliances.forEachCase(c -> action.accept(document(c))));
    }

    private static SearchSource source(
            String type,
            java.util.function.LongSupplier count,
            Function<String, Optional<SearchDocument>> one,
            Consumer<Consumer<SearchDocument>> each) {
        return new SearchSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public long count() {
                return count.getAsLong();
            }

            @Override
            public Optional<SearchDocument> document(String key) {
                return one.apply(key);
            }

            @Override
            public void forEachDocument(Consumer<SearchDocument> action) {
                each.accept(action);
            }
        };
    }

    SearchDocument document(ActorView a) {
        ActorContent c = a.content();
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        qualifiers.put("actor-profile", List.of(c.profile()));
        if (c.catalyst()) {
            qualifiers.put("catalyst-function", c.catalystFunctions());
        }
        List<String> territories =
                c.catalyst() ? c.coverage() : c.homeCommune() == null ? List.of() : List.of(c.homeCommune());
        List<String> text = new ArrayList<>();
        add(text, c.description());
        add(text, c.contact());
        return new SearchDocument(
                ACTOR,
                a.slug(),
                c.name(),
                c.description(),
                String.join("\n", text),
                a.url(),
                c.sourceDate(),
                qualifiers,
                labels(qualifiers),
                territories,
                List.of());
    }

    SearchDocument document(CaseView v) {
        return caseDocument(
                v.slug(),
                v.content(),
                v.partners().stream()
                        .map(p -> new PartnerLabel(
                                p.actor().slug(),
                                p.actor().name(),
                                p.actor().content().profile(),
                                p.role()))
                        .toList(),
                v.descriptionHtml(),
                v.replicationHtml());
    }

    /**
     * A partner as a case's search entry shows it: the actor's name and profile, and its role in the case; the entry
     * links to the actor by its slug, so that the actor's page finds the case ({@link Alliances#casesOf}).
     */
    record PartnerLabel(String slug, String name, String profile, String role) {}

    /** The search entry of a case, from its content, its partners in order and its texts rendered to safe HTML. */
    SearchDocument caseDocument(
            String slug, CaseContent c, List<PartnerLabel> partners, String descriptionHtml, String replicationHtml) {
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        c.qualifiers().forEach((axis, values) -> {
            if (!axis.equals("mecenat-type")) {
                qualifiers.put(axis, values);
            }
        });
        Set<String> profiles = new LinkedHashSet<>();
        partners.forEach(p -> profiles.add(p.profile()));
        qualifiers.put("actor-profile", List.copyOf(profiles));
        if (!c.outcomes().isEmpty()) {
            qualifiers.put("impact", List.copyOf(c.outcomes().keySet()));
        }
        List<String> labels = labels(qualifiers);
        c.qualifiers()
                .getOrDefault("mecenat-type", List.of())
                .forEach(t -> labels.add(MECENAT_LABELS.getOrDefault(t, t)));
        List<String> text = new ArrayList<>();
        partners.forEach(p -> text.add(p.name() + (p.role() == null ? "" : " (" + p.role() + ")")));
        add(text, Markdown.textOfSafeHtml(descriptionHtml));
        c.outcomes().values().forEach(o -> add(text, o.text()));
        add(text, Markdown.textOfSafeHtml(replicationHtml));
        return new SearchDocument(
                CASE,
                slug,
                c.title(),
                c.summary(),
                String.join("\n", text),
                CaseView.pathOf(slug),
                c.verified(),
                qualifiers,
                labels,
                c.territories().isEmpty() ? List.of("pays:FR") : c.territories(),
                partners.stream().map(p -> actorLink(p.slug())).distinct().toList());
    }

    /** How a case's search entry names one of its partners among its links. */
    static String actorLink(String actorSlug) {
        return ACTOR + ":" + actorSlug;
    }

    static final Map<String, String> MECENAT_LABELS = Map.of(
            "financier", "mécénat financier",
            "en-nature", "mécénat en nature",
            "logistique", "mécénat logistique",
            "competences", "mécénat de compétences");

    private List<String> labels(Map<String, List<String>> qualifiers) {
        List<String> labels = new ArrayList<>();
        qualifiers.forEach((axis, values) -> values.forEach(v -> frame.value(axis + ":" + v)
                .ifPresent(value -> labels.add(value.label().in(Locale.FRENCH)))));
        return labels;
    }

    private static void add(List<String> text, String s) {
        if (s != null && !s.isBlank()) {
            text.add(s);
        }
    }
}
