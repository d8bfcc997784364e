package org.catalyse.contributions;

import java.util.List;
import java.util.Locale;
import org.catalyse.frame.FrameView.Label;

/**
 * One field of a contribution form, in the order the form shows them; the same fields make the rows of a diff.
 *
 * @param name the form input's name, also the field named by a problem found in what was written
 * @param options the choices of a select or of checkboxes
 */
record FormField(String name, Type type, Label label, Label hint, boolean required, List<Option> options) {

    enum Type {
        TEXT,
        TEXTAREA,
        /** Long text, in Markdown. */
        MARKDOWN,
        /** One item per line. */
        LINES,
        SELECT,
        CHECKBOXES,
        DATE,
        NUMBER
    }

    /** A choice, with its label. */
    record Option(String key, Label label) {}

    FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static FormField of(String name, Type type, String fr, String en) {
        return new FormField(name, type, new Label(fr, en), null, false, List.of());
    }

    FormField mandatory() {
        return new FormField(name, type, label, hint, true, options);
    }

    FormField hint(String fr, String en) {
        return new FormField(name, type, label, new Label(fr, en), required, options);
    }

    FormField options(List<Option> options) {
        return new FormField(name, type, label, hint, required, options);
    }

    public String labelIn(Locale locale) {
        return label.in(locale);
    }

    /** Text where words matter (compared word by word in a diff). */
    public boolean prose() {
        return type == Type.TEXT || type == Type.TEXTAREA || type == Type.MARKDOWN || type == Type.LINES;
    }

    /** How a value reads: its option's label for choices, the value itself otherwise. */
    String show(String value, Locale locale) {
        if (type == Type.SELECT || type == Type.CHECKBOXES) {
            return options.stream()
                    .filter(o -> o.key().equals(value))
                    .findFirst()
                    .map(o -> o.label().in(locale))
                    .orElse(value);
        }
        return value;
    }
}
