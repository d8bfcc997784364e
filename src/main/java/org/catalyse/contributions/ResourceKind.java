package org.catalyse.contributions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalyse.commons.Commons;
import org.catalyse.commons.Licence;
import org.catalyse.commons.ResourceDraft;
import org.catalyse.commons.ResourceView;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView.Label;
import org.catalyse.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** Resources of the commons, through {@link Commons}. */
@Component
class ResourceKind extends RecordKind<ResourceDraft> {

    /** The frame axes a resource is qualified by in the form (its MEDOC type apart). */
    static final List<String> AXES = List.of(
            "actor-profile",
            "action-domain",
            "echelon",
            "strategic-objective",
            "appropriation-format",
            "usage-stage",
            "maturity-level",
            "sdg");

    private final Commons commons;
    private final Frame frame;

    ResourceKind(Commons commons, Frame frame) {
        this.commons = commons;
        this.frame = frame;
    }

    @Override
    Kind kind() {
        return Kind.RESOURCE;
    }

    @Override
    Class<ResourceDraft> type() {
        return ResourceDraft.class;
    }

    @Override
    Optional<ResourceDraft> current(String slug) {
        return commons.draft(slug);
    }

    @Override
    List<FieldProblem> problems(String slug, ResourceDraft content) {
        return commons.check(slug, content);
    }

    @Override
    void publish(String slug, ResourceDraft content) {
        commons.publish(slug, content);
    }

    @Override
    String title(ResourceDraft content) {
        return content.title() == null ? "" : content.title();
    }

    @Override
    Optional<String> licenceOf(ResourceDraft content) {
        return Optional.ofNullable(content.licence());
    }

    @Override
    Optional<String> attributionOf(ResourceDraft content) {
        return Optional.ofNullable(content.attribution());
    }

    @Override
    List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.of("type", FormField.Type.SELECT, "Type de ressource (MEDOC)", "Resource type (MEDOC)")
                .mandatory()
                .options(axisOptions(frame, "medoc-type")));
        fields.add(FormField.of("title", FormField.Type.TEXT, "Titre", "Title").mandatory());
        fields.add(FormField.of("summary", FormField.Type.TEXTAREA, "Résumé", "Summary")
                .mandatory()
                .hint(
                        "Deux ou trois phrases, 300 caractères au plus.",
                        "Two or three sentences, 300 characters at most."));
        fields.add(FormField.of("bodyMarkdown", FormField.Type.MARKDOWN, "Texte", "Text")
                .mandatory()
                .hint(
                        "En Markdown : **gras**, listes avec « - », titres avec « ## ».",
                        "In Markdown: **bold**, lists with \"-\", headings with \"##\"."));
        fields.add(FormField.of("authors", FormField.Type.LINES, "Auteurs et autrices", "Authors")
                .hint("Un nom par ligne.", "One name per line."));
        fields.add(FormField.of("organisation", FormField.Type.TEXT, "Organisation", "Organisation"));
        fields.add(FormField.of("licence", FormField.Type.SELECT, "Licence", "Licence")
                .mandatory()
                .options(java.util.Arrays.stream(Licence.values())
                        .map(l -> new FormField.Option(l.key(), new Label(l.label(), l.label())))
                        .toList()));
        fields.add(FormField.of("attribution", FormField.Type.TEXT, "Attribution", "Attribution")
                .hint(
                        "Comment citer la ressource, par exemple « Réseau X, 2026 ».",
                        "How to credit the resource, e.g. \"Network X, 2026\"."));
        fields.add(FormField.of("language", FormField.Type.SELECT, "Langue", "Language")
                .options(List.of(
                        new FormField.Option("fr", new Label("Français", "French")),
                        new FormField.Option("en", new Label("Anglais", "English")))));
        fields.add(FormField.of("published", FormField.Type.DATE, "Date de publication", "Publication date"));
        for (String axis : AXES) {
            Label label = axisLabel(frame, axis);
            fields.add(new FormField(axis, FormField.Type.CHECKBOXES, label, null, false, axisOptions(frame, axis)));
        }
        fields.add(FormField.of("territories", FormField.Type.LINES, "Territoires", "Territories")
                .hint(
                        "Un identifiant par ligne, par exemple commune:29151, epci:242900645, departement:29, region:53;"
                                + " la France si vide.",
                        "One id per line, e.g. commune:29151, departement:29, region:53; France when empty."));
        fields.add(FormField.of("links", FormField.Type.LINES, "Liens", "Links")
                .hint("Un lien par ligne : titre | https://adresse", "One link per line: title | https://address"));
        return fields;
    }

    @Override
    FormValues values(ResourceDraft d) {
        FormValues.Builder b = new FormValues.Builder()
                .put("type", d.type())
                .put("title", d.title())
                .put("summary", d.summary())
                .put("bodyMarkdown", d.bodyMarkdown())
                .lines("authors", d.authors())
                .put("organisation", d.organisation())
                .put("licence", d.licence())
                .put("attribution", d.attribution())
                .put("language", d.language())
                .put("published", d.published());
        for (String axis : AXES) {
            b.list(axis, d.qualifiers().getOrDefault(axis, List.of()));
        }
        return b.lines("territories", d.territories())
                .lines(
                        "links",
                        d.links().stream()
                                .map(l -> (l.title() == null ? "" : l.title() + " | ") + l.url())
                                .toList())
                .build();
    }

    @Override
    ResourceDraft parse(FormValues f, ResourceDraft base) {
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        if (base != null) {
            base.qualifiers().forEach((axis, values) -> {
                if (!AXES.contains(axis)) {
                    qualifiers.put(axis, values);
                }
            });
        }
        for (String axis : AXES) {
            List<String> values = f.all(axis);
            if (!values.isEmpty()) {
                qualifiers.put(axis, values);
            }
        }
        List<ResourceView.LinkView> links = f.lines("links").stream()
                .map(line -> {
                    List<String> parts = FormValues.parts(line, "|", 2);
                    return parts.get(1) == null
                            ? new ResourceView.LinkView(null, parts.get(0))
                            : new ResourceView.LinkView(parts.get(0), parts.get(1));
                })
                .toList();
        String licence = f.text("licence");
        return new ResourceDraft(
                f.text("type"),
                f.text("title"),
                f.text("summary"),
                f.text("bodyMarkdown"),
                f.lines("authors"),
                f.text("organisation"),
                licence == null ? Licence.DEFAULT.key() : licence,
                f.text("attribution"),
                f.text("language") == null ? "fr" : f.text("language"),
                f.date("published"),
                base == null ? null : base.verified(),
                qualifiers,
                f.lines("territories"),
                links);
    }

    @Override
    Optional<LocalDate> verified(String slug) {
        return commons.draft(slug).map(ResourceDraft::verified);
    }

    @Override
    void confirmVerified(String slug, LocalDate on) {
        commons.confirmVerified(slug, on);
    }
}
