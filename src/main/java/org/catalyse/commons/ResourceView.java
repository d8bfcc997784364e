package org.catalyse.commons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A resource of the commons as other modules and pages see it.
 *
 * @param qualifiers frame values by axis key, e.g. {@code action-domain → [sante]}
 * @param territories territory ids, e.g. {@code pays:FR}, {@code commune:38185}
 * @param bodyText the body as plain text, for search and previews
 */
public record ResourceView(
        ResourceId id,
        String slug,
        String type,
        String title,
        String summary,
        String bodyHtml,
        String bodyText,
        List<String> authors,
        String organisation,
        Licence licence,
        String attribution,
        String language,
        LocalDate published,
        LocalDate verified,
        Map<String, List<String>> qualifiers,
        List<String> territories,
        List<LinkView> links,
        List<RelatedView> related,
        List<AttachmentView> attachments,
        boolean seed,
        Instant updatedAt) {

    /** A link to a page elsewhere. */
    public record LinkView(String title, String url) {}

    /** A file attached to the resource, downloadable at {@code url}. */
    public record AttachmentView(String fileName, String title, String mediaType, long sizeBytes, String url) {}

    /** Another resource this one points to. */
    public record RelatedView(String slug, String type, String title) {}

    public String url() {
        return "/ressources/" + slug;
    }

    public List<String> qualifier(String axis) {
        return qualifiers.getOrDefault(axis, List.of());
    }
}
