package org.catalyse.commons;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A resource as a person writes it in a contribution: the fields of a resource page, in plain types.
 *
 * @param type the MEDOC type (frame axis {@code medoc-type})
 * @param bodyMarkdown the text, in Markdown
 * @param licence a licence key ({@link Licence#key()}), e.g. {@code CC-BY-SA-4.0}
 * @param language {@code fr} or {@code en}
 * @param qualifiers frame values by axis (the MEDOC type apart)
 * @param territories territory ids; France when empty
 */
public record ResourceDraft(
        String type,
        String title,
        String summary,
        String bodyMarkdown,
        List<String> authors,
        String organisation,
        String licence,
        String attribution,
        String language,
        LocalDate published,
        LocalDate verified,
        Map<String, List<String>> qualifiers,
        List<String> territories,
        List<ResourceView.LinkView> links) {

    public ResourceDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        qualifiers = qualifiers == null ? Map.of() : Map.copyOf(qualifiers);
        territories = territories == null ? List.of() : List.copyOf(territories);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
