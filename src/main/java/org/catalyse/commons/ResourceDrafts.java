package org.catalyse.commons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.shared.FieldProblem;
import org.catalyse.shared.Slugs;
import org.catalyse.shared.UserFacingException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.stereotype.Component;

/** Checks a resource written in a contribution and turns it into what a resource holds, and back. */
@Component
class ResourceDrafts {

    private final Frame frame;
    private final Territories territories;

    ResourceDrafts(Frame frame, Territories territories) {
        this.frame = frame;
        this.territories = territories;
    }

    List<FieldProblem> check(String slug, ResourceDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Slugs.valid(slug)) {
            problems.add(new FieldProblem(
                    "slug", "Identifiant « " + slug + " » invalide : lettres minuscules, chiffres et tirets."));
        }
        require(problems, "title", d.title(), "Le titre", 300);
        require(problems, "summary", d.summary(), "Le résumé", 300);
        require(problems, "bodyMarkdown", d.bodyMarkdown(), "Le texte", 100_000);
        value(problems, "type", "medoc-type", d.type(), "Type de ressource");
        if (Licence.fromKey(d.licence() == null ? Licence.DEFAULT.key() : d.licence())
                .isEmpty()) {
            problems.add(new FieldProblem("licence", "Licence « " + d.licence() + " » inconnue."));
        }
        if (d.language() != null && !List.of("fr", "en").contains(d.language())) {
            problems.add(new FieldProblem("language", "Langue « " + d.language() + " » : fr ou en."));
        }
        if (d.attribution() != null && d.attribution().length() > 600) {
            problems.add(new FieldProblem("attribution", "L’attribution dépasse 600 caractères."));
        }
        for (Map.Entry<String, List<String>> axis : d.qualifiers().entrySet()) {
            for (String v : axis.getValue()) {
                value(problems, axis.getKey(), axis.getKey(), v, axis.getKey());
            }
        }
        for (String t : d.territories()) {
            try {
                territories.get(TerritoryId.parse(t));
            } catch (UserFacingException e) {
                problems.add(new FieldProblem("territories", e.getMessage()));
            }
        }
        for (ResourceView.LinkView link : d.links()) {
            if (link.url() == null || !link.url().matches("https?://\\S+")) {
                problems.add(new FieldProblem(
                        "links", "Lien « " + link.url() + " » invalide : une adresse commençant par https://."));
            }
        }
        return problems;
    }

    private void value(List<FieldProblem> problems, String field, String axis, String value, String what) {
        try {
            frame.require(axis, value);
        } catch (UserFacingException e) {
            problems.add(new FieldProblem(field, what + " : " + e.getMessage()));
        }
    }

    private static void require(List<FieldProblem> problems, String field, String text, String what, int max) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, what + " est obligatoire."));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, what + " dépasse " + max + " caractères."));
        }
    }

    /** What a resource holds, from a checked draft (France when no territory is given). */
    ResourceContent content(ResourceDraft d) {
        List<Qualifier> qualifiers = new ArrayList<>();
        qualifiers.add(new Qualifier("medoc-type", d.type()));
        d.qualifiers().forEach((axis, values) -> {
            if (!axis.equals("medoc-type")) {
                values.stream().distinct().forEach(v -> qualifiers.add(new Qualifier(axis, v)));
            }
        });
        return new ResourceContent(
                d.type(),
                d.title().strip(),
                d.summary().strip(),
                d.bodyMarkdown(),
                d.authors(),
                blankToNull(d.organisation()),
                Licence.fromKey(d.licence() == null ? Licence.DEFAULT.key() : d.licence())
                        .orElse(Licence.DEFAULT),
                blankToNull(d.attribution()),
                d.language() == null ? "fr" : d.language(),
                d.published(),
                d.verified(),
                qualifiers,
                d.territories().isEmpty() ? List.of(TerritoryId.FRANCE.toString()) : d.territories(),
                d.links().stream().map(l -> new Link(l.title(), l.url())).toList());
    }

    /** The draft of a published resource, to edit it. */
    static ResourceDraft draft(ResourceView r, String bodyMarkdown) {
        Map<String, List<String>> qualifiers = new java.util.LinkedHashMap<>(r.qualifiers());
        qualifiers.remove("medoc-type");
        return new ResourceDraft(
                r.type(),
                r.title(),
                r.summary(),
                bodyMarkdown,
                r.authors(),
                r.organisation(),
                r.licence().key(),
                r.attribution(),
                r.language(),
                r.published(),
                r.verified(),
                qualifiers,
                r.territories(),
                r.links());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
