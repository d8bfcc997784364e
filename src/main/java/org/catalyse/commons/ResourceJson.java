package org.catalyse.commons;

import java.util.List;
import java.util.Map;

/** A resource in the API and the JSON dump. */
record ResourceJson(
        String id,
        String slug,
        String url,
        String type,
        String title,
        String summary,
        String bodyHtml,
        List<String> authors,
        String organisation,
        LicenceJson licence,
        String attribution,
        String language,
        String published,
        String verified,
        Map<String, List<String>> qualifiers,
        List<String> territories,
        List<ResourceView.LinkView> links,
        List<String> related,
        List<ResourceView.AttachmentView> attachments,
        boolean seed) {

    record LicenceJson(String key, String label, String url) {}

    static ResourceJson of(ResourceView r) {
        return new ResourceJson(
                r.id().toString(),
                r.slug(),
                r.url(),
                r.type(),
                r.title(),
                r.summary(),
                r.bodyHtml(),
                r.authors(),
                r.organisation(),
                new LicenceJson(
                        r.licence().key(), r.licence().label(), r.licence().url()),
                r.attribution(),
                r.language(),
                r.published() == null ? null : r.published().toString(),
                r.verified() == null ? null : r.verified().toString(),
                r.qualifiers(),
                r.territories(),
                r.links(),
                r.related().stream().map(ResourceView.RelatedView::slug).toList(),
                r.attachments(),
                r.seed());
    }
}
