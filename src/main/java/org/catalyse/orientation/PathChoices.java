package org.catalyse.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.frame.Frame;
import org.springframework.stereotype.Component;

/**
 * What a path is asked for, as sent by the API or the "Ma boussole" form: each value checked against the frame and
 * the diagnostics' axes. A blank value means "not given"; a bad one is kept aside, named, for the caller to report.
 */
@Component
class PathChoices {

    /** Why a value was refused. */
    enum Problem {
        UNKNOWN_PROFILE,
        UNKNOWN_DOMAIN,
        UNKNOWN_OBJECTIVE,
        /** a maturity that is not {@code <axis>:<level>}, or whose axis no diagnostic has */
        UNKNOWN_AXIS,
        UNKNOWN_LEVEL
    }

    /** A refused value, as it was sent. */
    record Refused(Problem problem, String value) {}

    /**
     * The values that were understood, and those refused.
     *
     * @param profile an {@code actor-profile} value, or null
     * @param maturity levels by diagnostic axis, in the order given
     */
    record Checked(
            String profile,
            List<String> domains,
            List<String> objectives,
            Map<String, String> maturity,
            List<Refused> refused) {}

    private final Frame frame;
    private final Diagnostics diagnostics;

    PathChoices(Frame frame, Diagnostics diagnostics) {
        this.frame = frame;
        this.diagnostics = diagnostics;
    }

    /**
     * @param domains {@code action-domain} values
     * @param objectives {@code strategic-objective} or {@code partnership-objective} values
     * @param maturity {@code <axis>:<level>} pairs, e.g. {@code evaluation:experimenter}
     */
    Checked check(String profile, List<String> domains, List<String> objectives, List<String> maturity) {
        List<Refused> refused = new ArrayList<>();
        String p = profile == null || profile.isBlank() ? null : profile;
        if (p != null && frame.value("actor-profile:" + p).isEmpty()) {
            refused.add(new Refused(Problem.UNKNOWN_PROFILE, p));
            p = null;
        }
        List<String> d = new ArrayList<>();
        for (String v : given(domains)) {
            if (frame.value("action-domain:" + v).isEmpty()) {
                refused.add(new Refused(Problem.UNKNOWN_DOMAIN, v));
            } else if (!d.contains(v)) {
                d.add(v);
            }
        }
        List<String> o = new ArrayList<>();
        for (String v : given(objectives)) {
            if (frame.value("strategic-objective:" + v).isEmpty()
                    && frame.value("partnership-objective:" + v).isEmpty()) {
                refused.add(new Refused(Problem.UNKNOWN_OBJECTIVE, v));
            } else if (!o.contains(v)) {
                o.add(v);
            }
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (String m : given(maturity)) {
            int colon = m.indexOf(':');
            String axis = colon < 0 ? "" : m.substring(0, colon);
            String level = colon < 0 ? "" : m.substring(colon + 1);
            if (axis.isEmpty() || diagnostics.axisGuide(axis).isEmpty()) {
                refused.add(new Refused(Problem.UNKNOWN_AXIS, m));
            } else if (!Diagnostic.LEVELS.contains(level)) {
                refused.add(new Refused(Problem.UNKNOWN_LEVEL, m));
            } else {
                levels.put(axis, level);
            }
        }
        return new Checked(p, List.copyOf(d), List.copyOf(o), levels, List.copyOf(refused));
    }

    private static List<String> given(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
