package org.catalyse.contributions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catalyse.alliances.ActorContent;
import org.catalyse.alliances.ActorView;
import org.catalyse.alliances.Alliances;
import org.catalyse.frame.Frame;
import org.catalyse.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** Actors' records (catalysts included), through {@link Alliances}. */
@Component
class ActorKind extends RecordKind<ActorContent> {

    private final Alliances alliances;
    private final Frame frame;

    ActorKind(Alliances alliances, Frame frame) {
        this.alliances = alliances;
        this.frame = frame;
    }

    @Override
    Kind kind() {
        return Kind.ACTOR;
    }

    @Override
    Class<ActorContent> type() {
        return ActorContent.class;
    }

    @Override
    Optional<ActorContent> current(String slug) {
        return alliances.actor(slug).map(ActorView::content);
    }

    @Override
    List<FieldProblem> problems(String slug, ActorContent content) {
        return alliances.problemsOf(slug, content);
    }

    @Override
    void publish(String slug, ActorContent content) {
        alliances.saveActor(slug, content, false, true);
    }

    @Override
    String title(ActorContent content) {
        return content.name() == null ? "" : content.name();
    }

    @Override
    List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.of("name", FormField.Type.TEXT, "Nom de l’organisation", "Name of the organisation")
                .mandatory());
        fields.add(FormField.of("profile", FormField.Type.SELECT, "Profil d’acteur", "Actor profile")
                .mandatory()
                .options(axisOptions(frame, "actor-profile")));
        fields.add(FormField.of("siren", FormField.Type.TEXT, "SIREN", "SIREN")
                .hint("9 chiffres, facultatif.", "9 digits, optional."));
        fields.add(FormField.of("siret", FormField.Type.TEXT, "SIRET", "SIRET")
                .hint("14 chiffres, facultatif.", "14 digits, optional."));
        fields.add(FormField.of("rna", FormField.Type.TEXT, "Numéro RNA", "RNA number")
                .hint("Pour une association : W suivi de 9 chiffres.", "For an association: W and 9 digits."));
        fields.add(FormField.of("home_commune", FormField.Type.TEXT, "Commune du siège", "Home commune")
                .hint("Par exemple commune:29151 (Morlaix).", "E.g. commune:29151 (Morlaix)."));
        fields.add(FormField.of("website", FormField.Type.TEXT, "Site web", "Website"));
        fields.add(FormField.of("description", FormField.Type.TEXTAREA, "Présentation", "Description"));
        fields.add(FormField.of("contact", FormField.Type.TEXT, "Contact", "Contact"));
        fields.add(FormField.of("source", FormField.Type.TEXT, "Source des informations", "Source of the facts"));
        fields.add(FormField.of("source_date", FormField.Type.DATE, "Date de la source", "Date of the source"));
        fields.add(new FormField(
                        "catalyst_functions",
                        FormField.Type.CHECKBOXES,
                        axisLabel(frame, "catalyst-function"),
                        null,
                        false,
                        axisOptions(frame, "catalyst-function"))
                .hint("Pour un catalyseur territorial seulement.", "For a territorial catalyst only."));
        fields.add(FormField.of("coverage", FormField.Type.LINES, "Territoires couverts", "Territories covered")
                .hint(
                        "Pour un catalyseur : un identifiant par ligne, par exemple epci:242900645 ou departement:29.",
                        "For a catalyst: one id per line."));
        return fields;
    }

    @Override
    FormValues values(ActorContent a) {
        return new FormValues.Builder()
                .put("name", a.name())
                .put("profile", a.profile())
                .put("siren", a.siren())
                .put("siret", a.siret())
                .put("rna", a.rna())
                .put("home_commune", a.homeCommune())
                .put("website", a.website())
                .put("description", a.description())
                .put("contact", a.contact())
                .put("source", a.source())
                .put("source_date", a.sourceDate())
                .list("catalyst_functions", a.catalystFunctions())
                .lines("coverage", a.coverage())
                .build();
    }

    @Override
    ActorContent parse(FormValues f, ActorContent base) {
        return new ActorContent(
                f.text("name"),
                f.text("profile"),
                f.text("siren"),
                f.text("siret"),
                f.text("rna"),
                f.text("home_commune"),
                f.text("website"),
                f.text("description"),
                f.text("contact"),
                f.text("source"),
                f.date("source_date"),
                f.all("catalyst_functions"),
                f.lines("coverage"));
    }

    @Override
    Optional<LocalDate> verified(String slug) {
        return alliances.actor(slug).map(ActorView::verified);
    }

    @Override
    void confirmVerified(String slug, LocalDate on) {
        alliances.confirmActorVerified(slug, on);
    }
}
