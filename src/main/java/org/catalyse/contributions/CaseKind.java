package org.catalyse.contributions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalyse.alliances.Alliances;
import org.catalyse.alliances.CaseContent;
import org.catalyse.alliances.CaseView;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView.Label;
import org.catalyse.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** Partnership cases, through {@link Alliances}. */
@Component
class CaseKind extends RecordKind<CaseContent> {

    /** The case axes and the form fields (the import's columns) that hold them. */
    static final Map<String, String> AXES = new LinkedHashMap<>(Map.of());

    static {
        AXES.put("action-domain", "action_domains");
        AXES.put("partnership-mode", "partnership_modes");
        AXES.put("mecenat-type", "mecenat_types");
        AXES.put("partnership-objective", "partnership_objectives");
        AXES.put("strategic-objective", "strategic_objectives");
    }

    private static final Map<String, Label> MECENAT = Map.of(
            "financier", new Label("Financier", "Financial"),
            "en-nature", new Label("En nature", "In kind"),
            "logistique", new Label("Logistique", "Logistics"),
            "competences", new Label("De compétences", "Skills"));

    private static final Map<String, Label> STATUSES = Map.of(
            "en-projet", new Label("En projet", "Planned"),
            "en-cours", new Label("En cours", "Ongoing"),
            "termine", new Label("Terminé", "Completed"),
            "inconnu", new Label("Inconnu", "Unknown"));

    private final Alliances alliances;
    private final Frame frame;

    CaseKind(Alliances alliances, Frame frame) {
        this.alliances = alliances;
        this.frame = frame;
    }

    @Override
    Kind kind() {
        return Kind.CASE;
    }

    @Override
    Class<CaseContent> type() {
        return CaseContent.class;
    }

    @Override
    Optional<CaseContent> current(String slug) {
        return alliances.partnershipCase(slug).map(CaseView::content);
    }

    @Override
    List<FieldProblem> problems(String slug, CaseContent content) {
        return alliances.problemsOf(slug, content);
    }

    @Override
    void publish(String slug, CaseContent content) {
        alliances.saveCase(slug, content, false, true);
    }

    @Override
    String title(CaseContent content) {
        return content.title() == null ? "" : content.title();
    }

    @Override
    List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.of("title", FormField.Type.TEXT, "Titre du cas", "Title of the case")
                .mandatory());
        fields.add(FormField.of("summary", FormField.Type.TEXTAREA, "Résumé", "Summary")
                .mandatory());
        fields.add(FormField.of("partners", FormField.Type.LINES, "Partenaires", "Partners")
                .mandatory()
                .hint(
                        "Un partenaire par ligne : identifiant de sa fiche acteur ; son rôle. Par exemple :"
                                + " cress-bretagne ; animatrice du réseau",
                        "One partner per line: its actor record's id ; its role."));
        fields.add(FormField.of("territories", FormField.Type.LINES, "Territoires", "Territories")
                .hint(
                        "Un identifiant par ligne, par exemple commune:29151, departement:29, region:53.",
                        "One id per line, e.g. commune:29151, departement:29, region:53."));
        AXES.forEach((axis, field) -> {
            List<FormField.Option> options = axis.equals("mecenat-type")
                    ? Alliances.MECENAT_TYPES.stream()
                            .map(k -> new FormField.Option(k, MECENAT.getOrDefault(k, new Label(k, k))))
                            .toList()
                    : axisOptions(frame, axis);
            Label label = axis.equals("mecenat-type")
                    ? new Label("Type de mécénat", "Type of sponsorship")
                    : axisLabel(frame, axis);
            fields.add(new FormField(field, FormField.Type.CHECKBOXES, label, null, false, options));
        });
        fields.add(FormField.of("start_year", FormField.Type.NUMBER, "Année de début", "Start year"));
        fields.add(FormField.of("status", FormField.Type.SELECT, "Statut", "Status")
                .mandatory()
                .options(Alliances.STATUSES.stream()
                        .map(k -> new FormField.Option(k, STATUSES.getOrDefault(k, new Label(k, k))))
                        .toList()));
        fields.add(FormField.of("description", FormField.Type.MARKDOWN, "Description", "Description")
                .mandatory()
                .hint("Qui a fait quoi, comment, avec quels moyens (Markdown).", "Who did what, how (Markdown)."));
        for (String impact : Alliances.IMPACTS) {
            Label impactLabel =
                    frame.value("impact:" + impact).map(v -> v.label()).orElse(new Label(impact, impact));
            fields.add(new FormField(
                    "outcome_" + impact,
                    FormField.Type.TEXTAREA,
                    new Label("Ce qui a changé : " + impactLabel.fr(), "What changed: " + impactLabel.en()),
                    null,
                    false,
                    List.of()));
            fields.add(new FormField(
                    "figures_" + impact,
                    FormField.Type.LINES,
                    new Label("Chiffres : " + impactLabel.fr(), "Figures: " + impactLabel.en()),
                    new Label(
                            "Un chiffre par ligne : libellé ; valeur ; unité. Par exemple : emplois créés ; 12 ; emplois",
                            "One figure per line: label ; value ; unit."),
                    false,
                    List.of()));
        }
        fields.add(FormField.of("replication", FormField.Type.MARKDOWN, "Pour le reproduire", "To replicate it"));
        fields.add(FormField.of("sources", FormField.Type.LINES, "Sources", "Sources")
                .hint(
                        "Une source par ligne : titre ; éditeur ; date (2024 ou 2024-06).",
                        "One source per line: title ; publisher ; date."));
        fields.add(FormField.of("contact", FormField.Type.TEXT, "Contact", "Contact"));
        return fields;
    }

    @Override
    FormValues values(CaseContent c) {
        FormValues.Builder b = new FormValues.Builder()
                .put("title", c.title())
                .put("summary", c.summary())
                .lines(
                        "partners",
                        c.partners().stream()
                                .map(p -> p.actor() + (p.role() == null ? "" : " ; " + p.role()))
                                .toList())
                .lines("territories", c.territories());
        AXES.forEach((axis, field) -> b.list(field, c.qualifiers().getOrDefault(axis, List.of())));
        b.put("start_year", c.startYear()).put("status", c.status()).put("description", c.description());
        for (String impact : Alliances.IMPACTS) {
            CaseContent.Outcome o = c.outcomes().get(impact);
            b.put("outcome_" + impact, o == null ? null : o.text());
            b.lines(
                    "figures_" + impact,
                    o == null
                            ? List.of()
                            : o.figures().stream()
                                    .map(f -> f.label() + " ; " + f.value().toPlainString()
                                            + (f.unit() == null ? "" : " ; " + f.unit()))
                                    .toList());
        }
        return b.put("replication", c.replication())
                .lines(
                        "sources",
                        c.sources().stream()
                                .map(s -> s.title()
                                        + (s.publisher() == null && s.published() == null
                                                ? ""
                                                : " ; " + (s.publisher() == null ? "" : s.publisher()))
                                        + (s.published() == null ? "" : " ; " + s.published()))
                                .toList())
                .put("contact", c.contact())
                .build();
    }

    @Override
    CaseContent parse(FormValues f, CaseContent base) {
        List<CaseContent.PartnerRef> partners = f.lines("partners").stream()
                .map(line -> {
                    List<String> parts = FormValues.parts(line, ";", 2);
                    return new CaseContent.PartnerRef(parts.get(0), parts.get(1));
                })
                .toList();
        Map<String, List<String>> qualifiers = new LinkedHashMap<>();
        AXES.forEach((axis, field) -> {
            List<String> values = f.all(field);
            if (!values.isEmpty()) {
                qualifiers.put(axis, values);
            }
        });
        Map<String, CaseContent.Outcome> outcomes = new LinkedHashMap<>();
        for (String impact : Alliances.IMPACTS) {
            String text = f.text("outcome_" + impact);
            List<CaseContent.Figure> figures = new ArrayList<>();
            for (String line : f.lines("figures_" + impact)) {
                List<String> parts = FormValues.parts(line, ";", 3);
                figures.add(new CaseContent.Figure(
                        parts.get(0),
                        parts.get(1) == null ? null : f.decimal("figures_" + impact, parts.get(1)),
                        parts.get(2)));
            }
            if (text != null || !figures.isEmpty()) {
                outcomes.put(impact, new CaseContent.Outcome(text, figures));
            }
        }
        List<CaseContent.Source> sources = f.lines("sources").stream()
                .map(line -> {
                    List<String> parts = FormValues.parts(line, ";", 3);
                    return new CaseContent.Source(parts.get(0), parts.get(1), parts.get(2));
                })
                .toList();
        String status = f.text("status");
        return new CaseContent(
                f.text("title"),
                f.text("summary"),
                partners,
                f.lines("territories"),
                qualifiers,
                f.integer("start_year"),
                status == null ? "inconnu" : status,
                f.text("description"),
                outcomes,
                f.text("replication"),
                sources,
                f.text("contact"),
                base == null ? null : base.verified());
    }

    @Override
    Optional<LocalDate> verified(String slug) {
        return alliances.partnershipCase(slug).map(c -> c.content().verified());
    }

    @Override
    void confirmVerified(String slug, LocalDate on) {
        alliances.confirmCaseVerified(slug, on);
    }
}
