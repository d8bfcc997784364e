package org.catalyse.commons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.shared.UserFacingException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed commons (src/main/resources/commons/seed/*.md) at first start, in one transaction; every
 * value is checked against the frame and the territorial graph. Seeds are marked as such and can be edited
 * afterwards: a later start does not load them again.
 */
@Component
@ConditionalOnProperty(name = "catalyse.commons.seed-on-start", havingValue = "true", matchIfMissing = true)
class CommonsSeed implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CommonsSeed.class);
    static final String FILES = "classpath*:commons/seed/*.md";

    private final Commons commons;
    private final Frame frame;
    private final Territories territories;
    private final ResourcePatternResolver files;
    private final TransactionTemplate transaction;

    CommonsSeed(
            Commons commons,
            Frame frame,
            Territories territories,
            ResourcePatternResolver files,
            PlatformTransactionManager transactionManager) {
        this.commons = commons;
        this.frame = frame;
        this.territories = territories;
        this.files = files;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        if (commons.hasSeeds()) {
            return;
        }
        List<SeedFile> seeds = read();
        Map<String, List<String>> related = new LinkedHashMap<>();
        transaction.executeWithoutResult(status -> {
            for (SeedFile seed : seeds) {
                String slug = seed.text("slug");
                commons.publish(slug, content(seed), true, false);
                seed.attachments().forEach((file, title) -> commons.attach(slug, file, title, attachment(seed, file)));
                related.put(slug, seed.list("related"));
            }
            related.forEach((slug, others) -> {
                try {
                    commons.relate(slug, others);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Ressource " + slug + ".md, champ « related » : " + e.getMessage());
                }
            });
        });
        log.info("Seed commons loaded: {} resources", seeds.size());
    }

    private List<SeedFile> read() {
        try {
            Resource[] found = files.getResources(FILES);
            return Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(CommonsSeed::parse)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Ressources d'amorçage illisibles : " + e.getMessage(), e);
        }
    }

    private static SeedFile parse(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            SeedFile seed =
                    SeedFile.parse(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!resource.getFilename().equals(seed.text("slug") + ".md")) {
                throw seed.fail("slug", "ne correspond pas au nom du fichier");
            }
            return seed;
        } catch (IOException e) {
            throw new IllegalStateException("Ressource " + resource.getFilename() + " illisible", e);
        }
    }

    private byte[] attachment(SeedFile seed, String file) {
        try (InputStream in =
                files.getResource("classpath:commons/seed-files/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw seed.fail("attachments", "fichier introuvable dans commons/seed-files : " + file);
        }
    }

    ResourceContent content(SeedFile seed) {
        List<Qualifier> qualifiers = new ArrayList<>();
        qualifiers.add(qualifier(seed, "type", "medoc-type", seed.text("type")));
        SeedFile.AXES.forEach(
                (field, axis) -> seed.list(field).forEach(v -> qualifiers.add(qualifier(seed, field, axis, v))));
        List<String> territoryIds =
                seed.list("territories").isEmpty() ? List.of(TerritoryId.FRANCE.toString()) : seed.list("territories");
        for (String id : territoryIds) {
            try {
                territories.get(TerritoryId.parse(id));
            } catch (UserFacingException e) {
                throw seed.fail("territories", e.getMessage());
            }
        }
        String licenceKey = seed.optional("licence");
        Licence licence = licenceKey == null
                ? Licence.DEFAULT
                : Licence.fromKey(licenceKey)
                        .orElseThrow(() -> seed.fail("licence", "licence inconnue : " + licenceKey));
        String summary = seed.text("summary");
        if (summary.length() > 300) {
            throw seed.fail("summary", summary.length() + " caractères (300 au plus)");
        }
        return new ResourceContent(
                seed.text("type"),
                seed.text("title"),
                summary,
                seed.body(),
                seed.list("authors"),
                seed.optional("organisation"),
                licence,
                seed.optional("attribution"),
                seed.optional("language") == null ? "fr" : seed.optional("language"),
                seed.date("published"),
                seed.date("verified"),
                qualifiers,
                territoryIds,
                seed.links());
    }

    private Qualifier qualifier(SeedFile seed, String field, String axis, String value) {
        try {
            frame.require(axis, value);
            return new Qualifier(axis, value);
        } catch (UserFacingException e) {
            throw seed.fail(field, e.getMessage());
        }
    }
}
