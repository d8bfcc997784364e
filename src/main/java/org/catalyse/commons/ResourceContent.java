package org.catalyse.commons;

import java.time.LocalDate;
import java.util.List;

/** What a resource says, as written by its authors (a seed file now, a contribution later). */
record ResourceContent(
        String type,
        String title,
        String summary,
        String bodyMarkdown,
        List<String> authors,
        String organisation,
        Licence licence,
        String attribution,
        String language,
        LocalDate published,
        LocalDate verified,
        List<Qualifier> qualifiers,
        List<String> territories,
        List<Link> links) {}
