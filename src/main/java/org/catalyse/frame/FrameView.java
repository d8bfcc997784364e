package org.catalyse.frame;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One version of the reference frame: its axes and their values, with French and English labels. */
public record FrameView(String version, List<Axis> axes) {

    /** A text in French and English; {@link #in(Locale)} picks one, French by default. */
    public record Label(String fr, String en) {
        public String in(Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage()) && en != null;
            return english ? en : fr;
        }
    }

    /**
     * An axis, e.g. {@code action-domain}; status is {@code fact} or {@code editable-default}. {@code values} are
     * the values offered; {@code retired} ones are no longer offered but still name what refers to them.
     */
    public record Axis(
            String key,
            Label label,
            Label description,
            String status,
            Label statusNote,
            List<Value> values,
            List<Value> retired) {

        /** The value of this key, offered or retired. */
        public Optional<Value> value(String valueKey) {
            // Plain loops: checks and search entries ask this for every value of every imported row.
            for (Value v : values) {
                if (v.key().equals(valueKey)) {
                    return Optional.of(v);
                }
            }
            for (Value v : retired) {
                if (v.key().equals(valueKey)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /** A value of an axis, referred to elsewhere as {@code axis:key}. */
    public record Value(String key, Label label, Label description) {}

    public Optional<Axis> axis(String key) {
        for (Axis a : axes) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
