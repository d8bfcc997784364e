package org.catalyse.alliances;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the seed actors and cases (src/main/resources/alliances/seed/*.json) at first start, in one transaction;
 * every value is checked like an edit. Seeds are marked as such and can be edited afterwards: a later start does
 * not load them again.
 */
@Component
@ConditionalOnProperty(name = "catalyse.alliances.seed-on-start", havingValue = "true", matchIfMissing = true)
class AlliancesSeed implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AlliancesSeed.class);
    static final String ACTORS = "classpath:alliances/seed/actors.json";
    static final String CASES = "classpath:alliances/seed/cases.json";

    record SeedActors(List<SeedActor> actors) {}

    record SeedActor(
            String slug,
            String name,
            String profile,
            String siren,
            String rna,
            String homeCommune,
            String website,
            String description,
            SeedCatalyst catalyst,
            String source,
            LocalDate sourceDate) {}

    record SeedCatalyst(List<String> functions, List<String> coverage, String contact) {}

    record SeedCases(List<SeedCase> cases) {}

    record SeedCase(
            String slug,
            String title,
            String summary,
            List<CaseContent.PartnerRef> partners,
            List<String> territories,
            List<String> domains,
            List<String> modes,
            List<String> mecenatTypes,
            List<String> objectives,
            List<String> strategicObjectives,
            Integer startYear,
            String status,
            String description,
            Map<String, SeedOutcome> outcomes,
            String replication,
            List<CaseContent.Source> sources,
            String contact,
            LocalDate verified) {}

    record SeedOutcome(String text, List<SeedFigure> figures) {}

    record SeedFigure(String label, BigDecimal value, String unit) {}

    private final Alliances alliances;
    private final ResourceLoader files;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    AlliancesSeed(Alliances alliances, ResourceLoader files, PlatformTransactionManager transactionManager) {
        this.alliances = alliances;
        this.files = files;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        if (alliances.hasSeeds()) {
            return;
        }
        SeedActors actors = read(ACTORS, SeedActors.class);
        SeedCases cases = read(CASES, SeedCases.class);
        transaction.executeWithoutResult(status -> {
            for (SeedActor a : actors.actors()) {
                try {
                    alliances.saveActor(a.slug(), content(a), true, false);
                } catch (UserFacingException e) {
                    throw new IllegalStateException("Acteur d’amorçage « " + a.slug() + " » : " + e.getMessage(), e);
                }
            }
            for (SeedCase c : cases.cases()) {
                try {
                    alliances.saveCase(c.slug(), content(c), true, false);
                } catch (UserFacingException e) {
                    throw new IllegalStateException("Cas d’amorçage « " + c.slug() + " » : " + e.getMessage(), e);
                }
            }
        });
        log.info(
                "Seed alliances loaded: {} actors, {} cases",
                actors.actors().size(),
                cases.cases().size());
    }

    static ActorContent content(SeedActor a) {
        SeedCatalyst catalyst = a.catalyst();
        return new ActorContent(
                a.name(),
                a.profile(),
                a.siren(),
                null,
                a.rna(),
                a.homeCommune(),
                a.website(),
                a.description(),
                catalyst == null ? null : catalyst.contact(),
                a.source(),
                a.sourceDate(),
                catalyst == null ? List.of() : catalyst.functions(),
                catalyst == null ? List.of() : catalyst.coverage());
    }

    static CaseContent content(SeedCase c) {
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        put(qualifiers, "action-domain", c.domains());
        put(qualifiers, "partnership-mode", c.modes());
        put(qualifiers, "mecenat-type", c.mecenatTypes());
        put(qualifiers, "partnership-objective", c.objectives());
        put(qualifiers, "strategic-objective", c.strategicObjectives());
        Map<String, CaseContent.Outcome> outcomes = new LinkedHashMap<>();
        if (c.outcomes() != null) {
            c.outcomes()
                    .forEach((impact, o) -> outcomes.put(
                            impact,
                            new CaseContent.Outcome(
                                    o.text(),
                                    o.figures() == null
                                            ? List.of()
                                            : o.figures().stream()
                                                    .map(f -> new CaseContent.Figure(f.label(), f.value(), f.unit()))
                                                    .toList())));
        }
        return new CaseContent(
                c.title(),
                c.summary(),
                c.partners(),
                c.territories(),
                qualifiers,
                c.startYear(),
                c.status(),
                c.description(),
                outcomes,
                c.replication(),
                c.sources(),
                c.contact(),
                c.verified());
    }

    private static void put(Map<String, List<String>> qualifiers, String axis, List<String> values) {
        if (values != null && !values.isEmpty()) {
            qualifiers.put(axis, values);
        }
    }

    private <T> T read(String location, Class<T> type) {
        try (InputStream in = files.getResource(location).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Données d’amorçage illisibles (" + location + ") : " + e.getMessage(), e);
        }
    }
}
