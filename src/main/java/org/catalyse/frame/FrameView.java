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

    /** An axis, e.g. {@code action-domain}; status is {@code fact} or {@code editable-default}. */
    public record Axis(
            String key, Label label, Label description, String status, Label statusNote, List<Value> values) {

        public Optional<Value> value(String valueKey) {
            return values.stream().filter(v -> v.key().equals(valueKey)).findFirst();
        }
    }

    /** A value of an axis, referred to elsewhere as {@code axis:key}. */
    public record Value(String key, Label label, Label description) {}

    public Optional<Axis> axis(String key) {
        return axes.stream().filter(a -> a.key().equals(key)).findFirst();
    }
}
