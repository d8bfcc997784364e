package org.catalyse.frame;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The content of a frame data file (src/main/resources/frame/frame-VERSION.json), checked on load. */
record FrameFile(String version, List<AxisDef> axes) {

    record Text(String fr, String en) {}

    record AxisDef(String key, Text label, Text description, String status, Text statusNote, List<ValueDef> values) {}

    record ValueDef(String key, Text label, Text description) {}

    private static final Pattern KEY = Pattern.compile("(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> STATUSES = Set.of("fact", "editable-default");

    /** Throws an {@link IllegalStateException} naming the file, axis and value at fault. */
    FrameFile checked(String file) {
        if (version == null || !version.matches("[0-9]{4}\\.[0-9]+")) {
            throw fail(file, "version absente ou mal formée (attendu AAAA.N) : " + version);
        }
        if (axes == null || axes.isEmpty()) {
            throw fail(file, "aucun axe");
        }
        Set<String> axisKeys = new HashSet<>();
        for (AxisDef axis : axes) {
            String where = "axe « " + axis.key() + " »";
            if (axis.key() == null || !KEY.matcher(axis.key()).matches() || !axisKeys.add(axis.key())) {
                throw fail(file, where + " : clé absente, mal formée ou en double");
            }
            if (!STATUSES.contains(axis.status())) {
                throw fail(file, where + " : statut « " + axis.status() + " » inconnu (fact ou editable-default)");
            }
            checkText(file, where + ", libellé", axis.label());
            if (axis.values() == null || axis.values().isEmpty()) {
                throw fail(file, where + " : aucune valeur");
            }
            Set<String> valueKeys = new HashSet<>();
            for (ValueDef value : axis.values()) {
                String at = where + ", valeur « " + value.key() + " »";
                if (value.key() == null || !KEY.matcher(value.key()).matches() || !valueKeys.add(value.key())) {
                    throw fail(file, at + " : clé absente, mal formée ou en double");
                }
                checkText(file, at + ", libellé", value.label());
            }
        }
        return this;
    }

    private static void checkText(String file, String where, Text text) {
        if (text == null
                || text.fr() == null
                || text.fr().isBlank()
                || text.en() == null
                || text.en().isBlank()) {
            throw fail(file, where + " : français et anglais obligatoires");
        }
    }

    private static IllegalStateException fail(String file, String message) {
        return new IllegalStateException("Référentiel " + file + " : " + message);
    }
}
