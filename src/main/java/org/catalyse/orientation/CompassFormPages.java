package org.catalyse.orientation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.territories.Places;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Ma boussole" without a diagnostic: a plain GET form (profile, place, action domains, objectives, a level
 * estimated on each axis) and, once filled, the path it gives. A bad value gives the form back, the reason next to
 * its field; a place that several communes match asks which one.
 */
@Controller
class CompassFormPages {

    static final String PAGE = "/ma-boussole";

    /** The form's fields: any of them in the query means the form was sent. */
    private static final List<String> FIELDS = List.of("profile", "lieu", "domain", "objective", "maturity");

    /** The ids of the fields on the page, in their order, for the summary of problems. */
    private static final List<String> FIELD_ORDER = List.of("profile", "lieu", "domaines", "objectifs", "niveaux");

    /** A problem, by the id of the field it is about (the target of the summary's link). */
    record Problem(String field, String message) {}

    /** What the form was given, to show it again. */
    record Given(
            String profile, String place, List<String> domains, List<String> objectives, Map<String, String> levels) {}

    private final Orientation orientation;
    private final PathChoices choices;
    private final Places places;
    private final Territories territories;
    private final Frame frame;
    private final Diagnostics diagnostics;
    private final MessageSource messages;

    CompassFormPages(
            Orientation orientation,
            PathChoices choices,
            Places places,
            Territories territories,
            Frame frame,
            Diagnostics diagnostics,
            MessageSource messages) {
        this.orientation = orientation;
        this.choices = choices;
        this.places = places;
        this.territories = territories;
        this.frame = frame;
        this.diagnostics = diagnostics;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(
            @RequestParam(required = false) String profile,
            @RequestParam(defaultValue = "") String lieu,
            @RequestParam(name = "domain", required = false) List<String> domains,
            @RequestParam(name = "objective", required = false) List<String> objectives,
            @RequestParam(name = "maturity", required = false) List<String> maturity,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        PathChoices.Checked checked = choices.check(profile, domains, objectives, maturity);
        String typed = lieu.trim();
        List<Problem> problems = new ArrayList<>();
        checked.refused().forEach(r -> problems.add(problem(r, locale)));
        TerritoryId place = null;
        List<TerritoryView> placeChoices = List.of();
        if (typed.length() > Territories.MAX_QUERY_LENGTH) {
            problems.add(new Problem("lieu", text("compass.form.place.tooLong", locale, Territories.MAX_QUERY_LENGTH)));
        } else if (!typed.isEmpty()) {
            Places.Resolved resolved = places.resolve(typed);
            place = resolved.place().orElse(null);
            placeChoices = resolved.choices();
            if (place == null && placeChoices.isEmpty()) {
                problems.add(new Problem("lieu", text("compass.form.place.none", locale, shown(typed))));
            }
        }
        problems.sort((a, b) -> FIELD_ORDER.indexOf(a.field()) - FIELD_ORDER.indexOf(b.field()));
        form(model);
        model.addAttribute(
                "given",
                new Given(
                        checked.profile(),
                        typed.length() > Territories.MAX_QUERY_LENGTH ? "" : typed,
                        checked.domains(),
                        checked.objectives(),
                        checked.maturity()));
        model.addAttribute("problems", problems);
        model.addAttribute("placeChoices", placeChoices);
        model.addAttribute("typedPlace", shown(typed));
        boolean sent = FIELDS.stream().anyMatch(f -> request.getParameter(f) != null);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (sent && placeChoices.isEmpty()) {
            OrientationRequest asked = new OrientationRequest(
                    checked.profile(), place, checked.domains(), checked.objectives(), checked.maturity());
            model.addAttribute("path", orientation.pathFor(asked, locale));
            model.addAttribute("facts", facts(asked, locale));
        }
        return "orientation/form";
    }

    private Problem problem(PathChoices.Refused r, Locale locale) {
        String field = switch (r.problem()) {
            case UNKNOWN_PROFILE -> "profile";
            case UNKNOWN_DOMAIN -> "domaines";
            case UNKNOWN_OBJECTIVE -> "objectifs";
            case UNKNOWN_AXIS, UNKNOWN_LEVEL -> "niveaux";
        };
        return new Problem(field, text("compass.form.problem." + r.problem().name(), locale, shown(r.value())));
    }

    /** The choices the form offers: the frame's profiles, domains and strategic objectives, the diagnostics' axes. */
    private void form(Model model) {
        model.addAttribute("profiles", values("actor-profile"));
        model.addAttribute("domainValues", values("action-domain"));
        model.addAttribute("objectiveValues", values("strategic-objective"));
        model.addAttribute("axes", diagnostics.axisGuides());
        model.addAttribute("levels", values("maturity-level"));
    }

    private List<FrameView.Value> values(String axis) {
        return frame.current().axis(axis).map(FrameView.Axis::values).orElse(List.of());
    }

    /** What the path was composed for, in words, label by label (empty ones left out). */
    private Map<String, String> facts(OrientationRequest r, Locale locale) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (r.profile() != null) {
            facts.put("compass.form.fact.profile", label("actor-profile", r.profile(), locale));
        }
        if (r.place() != null) {
            facts.put(
                    "compass.form.fact.place",
                    territories
                            .find(r.place())
                            .map(t -> t.location().isEmpty() ? t.name() : t.name() + " – " + t.location())
                            .orElse(r.place().toString()));
        }
        if (!r.domains().isEmpty()) {
            facts.put("compass.form.fact.domains", labels("action-domain", r.domains(), locale));
        }
        if (!r.objectives().isEmpty()) {
            facts.put(
                    "compass.form.fact.objectives",
                    String.join(
                            ", ",
                            r.objectives().stream()
                                    .map(o -> frame.value("strategic-objective:" + o)
                                            .or(() -> frame.value("partnership-objective:" + o))
                                            .map(v -> v.label().in(locale))
                                            .orElse(o))
                                    .toList()));
        }
        if (!r.maturity().isEmpty()) {
            List<String> levels = new ArrayList<>();
            r.maturity()
                    .forEach((axis, level) -> levels.add(text(
                            "compass.form.fact.level",
                            locale,
                            diagnostics
                                    .axisGuide(axis)
                                    .map(g -> g.label().in(locale))
                                    .orElse(axis),
                            Diagnostic.LEVELS.indexOf(level) + 1,
                            label("maturity-level", level, locale))));
            facts.put("compass.form.fact.levels", String.join(", ", levels));
        }
        return facts;
    }

    private String label(String axis, String key, Locale locale) {
        return frame.value(axis + ":" + key).map(v -> v.label().in(locale)).orElse(key);
    }

    private String labels(String axis, List<String> keys, Locale locale) {
        return String.join(", ", keys.stream().map(k -> label(axis, k, locale)).toList());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A value as sent, cut short enough to be quoted in a message. */
    private static String shown(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
