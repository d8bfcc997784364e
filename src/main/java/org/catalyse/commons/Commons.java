package org.catalyse.commons;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.catalyse.search.SearchDocumentChanged;
import org.catalyse.shared.FieldProblem;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.Markdown;
import org.catalyse.shared.NotFoundException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The commons of resources: reading them, and publishing them (each publication is announced). */
@Service
public class Commons {

    private final ResourceDrafts drafts;

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private final Resources resources;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ResourceSearchSource> searchSource;
    private final TransactionTemplate reading;
    private final AttachmentStore attachments;

    Commons(
            Resources resources,
            ApplicationEventPublisher events,
            ObjectProvider<ResourceSearchSource> searchSource,
            PlatformTransactionManager transactionManager,
            AttachmentStore attachments,
            ResourceDrafts drafts) {
        this.drafts = drafts;
        this.attachments = attachments;
        this.resources = resources;
        this.events = events;
        this.searchSource = searchSource;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.clock = Clock.systemUTC();
    }

    /** The resource with this slug. */
    @Transactional(readOnly = true)
    public Optional<ResourceView> find(String slug) {
        return resources.findBySlug(slug).map(this::view);
    }

    /** Every resource, by slug, in one list: for small commons and tests; see {@link #forEachResource}. */
    public List<ResourceView> all() {
        List<ResourceView> all = new ArrayList<>();
        forEachResource(all::add);
        return all;
    }

    /**
     * Gives every resource, by slug, reading them 200 at a time (each batch in its own read-only
     * transaction), so that exports and index rebuilds never hold the whole commons in memory.
     */
    public void forEachResource(Consumer<ResourceView> action) {
        String last = "";
        while (true) {
            String after = last;
            List<ResourceView> batch =
                    reading.execute(status -> views(resources.findTop200BySlugGreaterThanOrderBySlug(after)));
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            last = batch.get(batch.size() - 1).slug();
        }
    }

    /** Views of resources, their related resources read at once. */
    private List<ResourceView> views(List<Resource> page) {
        Map<UUID, Resource> related = new LinkedHashMap<>();
        Set<UUID> ids = new java.util.HashSet<>();
        page.forEach(r -> ids.addAll(r.related()));
        resources.findAllById(ids).forEach(o -> related.put(o.id().value(), o));
        return page.stream().map(r -> view(r, related)).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return resources.count();
    }

    /**
     * Creates or replaces the resource with this slug and, when {@code announce}, tells the other modules
     * (seeds are not announced: the search index is rebuilt from the commons at start-up).
     */
    @Transactional
    ResourceView publish(String slug, ResourceContent content, boolean seed, boolean announce) {
        Resource resource = resources
                .findBySlug(slug)
                .orElseGet(() -> new Resource(ResourceId.random(), slug, seed, clock.instant()));
        resource.describe(content, Markdown.toSafeHtml(content.bodyMarkdown()), clock.instant());
        resources.save(resource);
        ResourceView view = view(resource);
        if (announce) {
            events.publishEvent(new ResourcePublished(view));
            events.publishEvent(new SearchDocumentChanged(searchSource().document(view)));
        }
        return view;
    }

    /** The resource with this slug as a draft, to edit it in a contribution. */
    @Transactional(readOnly = true)
    public Optional<ResourceDraft> draft(String slug) {
        return resources.findBySlug(slug).map(r -> ResourceDrafts.draft(view(r), r.bodyMarkdown()));
    }

    /** What is wrong with a draft, field by field (nothing when it can be published under this slug). */
    public List<FieldProblem> check(String slug, ResourceDraft draft) {
        return drafts.check(slug, draft);
    }

    /**
     * Publishes a checked draft under this slug (a new resource, or a new version of the one with this slug: its
     * files and related resources are kept), and announces it.
     */
    @Transactional
    public ResourceView publish(String slug, ResourceDraft draft) {
        List<FieldProblem> problems = drafts.check(slug, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(
                    " ", problems.stream().map(FieldProblem::message).toList()));
        }
        return publish(slug, drafts.content(draft), false, true);
    }

    /** Records that the resource was checked and is still true on this date. */
    @Transactional
    public void confirmVerified(String slug, java.time.LocalDate on) {
        Resource resource = resources
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Ressource inconnue : « " + slug + " »."));
        resource.verifiedOn(on, clock.instant());
        events.publishEvent(new SearchDocumentChanged(searchSource().document(view(resource))));
    }

    /** Points a resource to others, by slug; unknown slugs are refused. */
    @Transactional
    void relate(String slug, List<String> relatedSlugs) {
        Resource resource = resources.findBySlug(slug).orElseThrow();
        List<UUID> ids = new ArrayList<>();
        for (String other : relatedSlugs) {
            ids.add(resources
                    .findBySlug(other)
                    .orElseThrow(() -> new IllegalArgumentException("ressource liée inconnue : " + other))
                    .id()
                    .value());
        }
        resource.relateTo(Set.copyOf(ids));
    }

    private ResourceSearchSource searchSource() {
        return searchSource.getObject();
    }

    /** Attaches a checked file to a resource (kept under the data directory). */
    @Transactional
    void attach(String slug, String fileName, String title, byte[] content) {
        Resource resource = resources.findBySlug(slug).orElseThrow();
        resource.attach(attachments.store(resource.id(), fileName, title, content));
    }

    /** The stored file of a resource's attachment. */
    @Transactional(readOnly = true)
    public Optional<java.nio.file.Path> attachment(String slug, String fileName) {
        return resources
                .findBySlug(slug)
                .filter(r -> r.attachments().stream().anyMatch(a -> a.fileName().equals(fileName)))
                .flatMap(r -> attachments.find(r.id(), fileName));
    }

    boolean hasSeeds() {
        return resources.existsBySeedTrue();
    }

    private ResourceView view(Resource r) {
        Map<UUID, Resource> related = new LinkedHashMap<>();
        resources.findAllById(r.related()).forEach(o -> related.put(o.id().value(), o));
        return view(r, related);
    }

    private ResourceView view(Resource r, Map<UUID, Resource> others) {
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        r.qualifiers()
                .forEach(q -> qualifiers
                        .computeIfAbsent(q.axis(), k -> new ArrayList<>())
                        .add(q.valueKey()));
        List<ResourceView.RelatedView> related = r.related().stream()
                .map(others::get)
                .filter(o -> o != null)
                .map(o -> new ResourceView.RelatedView(o.slug(), o.medocType(), o.title()))
                .toList();
        return new ResourceView(
                r.id(),
                r.slug(),
                r.medocType(),
                r.title(),
                r.summary(),
                r.bodyHtml(),
                TEXT.render(PARSER.parse(r.bodyMarkdown() == null ? "" : r.bodyMarkdown())),
                r.authors(),
                r.organisation(),
                Licence.fromKey(r.licence()).orElse(Licence.DEFAULT),
                r.attribution(),
                r.language(),
                r.publishedOn(),
                r.verifiedOn(),
                qualifiers,
                List.copyOf(r.territories()),
                r.links().stream()
                        .map(l -> new ResourceView.LinkView(l.title(), l.url()))
                        .toList(),
                related,
                r.attachments().stream()
                        .map(a -> new ResourceView.AttachmentView(
                                a.fileName(),
                                a.title(),
                                a.mediaType(),
                                a.sizeBytes(),
                                "/ressources/" + r.slug() + "/fichiers/" + a.fileName()))
                        .toList(),
                r.seed(),
                r.updatedAt());
    }
}
