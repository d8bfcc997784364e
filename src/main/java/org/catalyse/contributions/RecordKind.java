package org.catalyse.contributions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * What contributions need to know of one kind of record: its present published text, how to check and publish
 * a new one, its form's fields and how a form reads into it and back. Texts are kept as JSON of the owning
 * module's own record type ({@code ResourceDraft}, {@code CaseContent}, {@code ActorContent}).
 */
abstract class RecordKind<T> {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    abstract Kind kind();

    abstract Class<T> type();

    /** The published text of the record with this slug. */
    abstract Optional<T> current(String slug);

    /** What is wrong with a text, field by field (nothing when it can be published under this slug). */
    abstract List<FieldProblem> problems(String slug, T content);

    /** Publishes the text under this slug (new record or new version) and announces it to the search. */
    abstract void publish(String slug, T content);

    abstract String title(T content);

    /** The form's fields, in order. */
    abstract List<FormField> fields();

    /** The form holding this text. */
    abstract FormValues values(T content);

    /** The text written in a form; what the form does not show is kept from {@code base} (null for new). */
    abstract T parse(FormValues form, T base);

    /** The date the record was last confirmed true, if ever. */
    abstract Optional<LocalDate> verified(String slug);

    abstract void confirmVerified(String slug, LocalDate on);

    /** The licence the text carries itself (resources), or empty when the contribution's licence applies. */
    Optional<String> licenceOf(T content) {
        return Optional.empty();
    }

    Optional<String> attributionOf(T content) {
        return Optional.empty();
    }

    String json(T content) {
        return JSON.writeValueAsString(content);
    }

    T read(String json) {
        return JSON.readValue(json, type());
    }

    /** The text from JSON written by someone else: unknown fields are refused, with their name. */
    T readStrictly(String json) {
        try {
            return STRICT.readValue(json, type());
        } catch (tools.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new org.catalyse.shared.InvalidInputException("Champ « " + e.getPropertyName()
                    + " » inconnu. Champs possibles : " + String.join(", ", fieldNames()) + ".");
        } catch (tools.jackson.core.JacksonException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            message = message.length() > 200 ? message.substring(0, 200) + "…" : message;
            throw new org.catalyse.shared.InvalidInputException("JSON invalide"
                    + (e.getPathReference() == null ? "" : " (" + e.getPathReference() + ")") + " : " + message);
        }
    }

    private java.util.List<String> fieldNames() {
        return java.util.Arrays.stream(type().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    /** The options of a frame axis, with their labels. */
    static List<FormField.Option> axisOptions(Frame frame, String axis) {
        return frame.current()
                .axis(axis)
                .map(a -> a.values().stream()
                        .map(v -> new FormField.Option(v.key(), v.label()))
                        .toList())
                .orElse(List.of());
    }

    static FrameView.Label axisLabel(Frame frame, String axis) {
        return frame.current().axis(axis).map(FrameView.Axis::label).orElse(new FrameView.Label(axis, axis));
    }
}
