package org.catalyse.orientation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.alliances.Alliances;
import org.catalyse.alliances.CatalystMatch;
import org.catalyse.diagnostics.Diagnostic;
import org.catalyse.diagnostics.Diagnostics;
import org.catalyse.diagnostics.TopicWords;
import org.catalyse.frame.Frame;
import org.catalyse.search.Candidates;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds a personal path: for each stage, candidates from the index near the place, ranked by the named
 * {@link Signals}; under "agir", the catalysts whose coverage holds the place always come first.
 */
@Service
public class Orientation {

    static final int PER_STAGE = 6;
    static final int CATALYSTS = 3;
    /**
     * Candidates the index preselects per source: twice the suggestions shown, the index scoring as the signals
     * do but for freshness (docs/decisions/0014).
     */
    static final int PRESELECT = 12;

    /** What each stage is made of: an object type and, for resources, MEDOC types. */
    record Source(String type, List<String> medocTypes) {}

    static final Map<String, List<Source>> STAGES = Map.of(
            "s-informer", List.of(new Source("resource", List.of("donnee", "exemple")), new Source("case", List.of())),
            "se-former", List.of(new Source("resource", List.of("methode", "competence"))),
            "agir", List.of(new Source("resource", List.of("outil"))));
    static final List<String> ORDER = List.of("s-informer", "se-former", "agir");

    private final Candidates candidates;
    private final Alliances alliances;
    private final Territories territories;
    private final Diagnostics diagnostics;
    private final Frame frame;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    Orientation(
            Candidates candidates,
            Alliances alliances,
            Territories territories,
            Diagnostics diagnostics,
            Frame frame,
            MessageSource messages) {
        this.candidates = candidates;
        this.alliances = alliances;
        this.territories = territories;
        this.diagnostics = diagnostics;
        this.frame = frame;
        this.messages = messages;
    }

    /** The path for who asks, its reasons in French; the same request always gives the same path. */
    public Path pathFor(OrientationRequest r) {
        return pathFor(r, Locale.FRENCH);
    }

    /** The path for who asks, its reasons and labels in the given language (French or English). */
    public Path pathFor(OrientationRequest r, Locale locale) {
        Context c = context(r, locale);
        List<Path.Stage> stages = new ArrayList<>();
        for (String stage : ORDER) {
            List<Path.Item> items = new ArrayList<>();
            if (stage.equals("agir")) {
                items.addAll(catalysts(c));
            }
            List<Path.Item> ranked = new ArrayList<>();
            for (Source s : STAGES.get(stage)) {
                for (Candidates.Candidate cand : candidates.find(wanted(stage, s, c))) {
                    ranked.add(item(stage, cand, c));
                }
            }
            ranked.sort(RANKING);
            items.addAll(ranked.subList(0, Math.min(PER_STAGE, ranked.size())));
            stages.add(new Path.Stage(stage, List.copyOf(items)));
        }
        return new Path(List.copyOf(stages));
    }

    static final Comparator<Path.Item> RANKING =
            Comparator.comparingDouble(Path.Item::score).reversed().thenComparing(i -> i.type() + ":" + i.id());

    /** Everything the signals need, worked out once per request. */
    record Context(
            OrientationRequest request,
            String profileLabel,
            Map<String, String> domains,
            Map<String, String> objectives,
            int level,
            Map<String, Integer> axisLevels,
            Map<String, List<String>> focusWords,
            Map<String, String> focusLabels,
            Map<TerritoryId, String> enclosing,
            TerritoryId region,
            String regionName,
            List<String> levelLabels,
            LocalDate today,
            Locale locale,
            Signals.Words words) {}

    Context context(OrientationRequest r, Locale locale) {
        Map<String, Integer> axisLevels = new LinkedHashMap<>();
        r.maturity().forEach((axis, level) -> axisLevels.put(axis, Diagnostic.LEVELS.indexOf(level) + 1));
        // The level suggestions should fit: that of the axis where there is the most to gain. The focus goes to the
        // (at most two) axes at that level, in the order given: the weakest first when a diagnostic gives them.
        int lowest =
                axisLevels.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        Map<String, List<String>> focusWords = new LinkedHashMap<>();
        Map<String, String> focusLabels = new LinkedHashMap<>();
        axisLevels.forEach((axis, l) -> {
            if (l == lowest && l < 4 && focusWords.size() < 2) {
                diagnostics.axisGuide(axis).ifPresent(g -> {
                    focusWords.put(axis, g.words());
                    focusLabels.put(axis, g.label().in(locale));
                });
            }
        });
        Map<TerritoryId, String> enclosing = new LinkedHashMap<>();
        TerritoryId region = null;
        String regionName = null;
        if (r.place() != null) {
            for (TerritoryId id : territories.enclosing(r.place())) {
                String name = territories.find(id).map(t -> t.name()).orElse(id.toString());
                enclosing.put(id, name);
                if (id.echelon() == Echelon.REGION) {
                    region = id;
                    regionName = name;
                }
            }
        } else {
            enclosing.put(TerritoryId.FRANCE, "France");
        }
        return new Context(
                r,
                r.profile() == null ? null : label("actor-profile", r.profile(), locale),
                labels("action-domain", r.domains(), locale),
                objectiveLabels(r.objectives(), locale),
                lowest,
                axisLevels,
                focusWords,
                focusLabels,
                enclosing,
                region,
                regionName,
                Diagnostic.LEVELS.stream()
                        .map(k -> label("maturity-level", k, locale))
                        .toList(),
                LocalDate.now(clock),
                locale,
                (key, args) -> messages.getMessage(key, args, key, locale));
    }

    private Candidates.Wanted wanted(String stage, Source s, Context c) {
        Map<String, List<String>> filters = s.medocTypes().isEmpty() ? Map.of() : Map.of("medoc-type", s.medocTypes());
        // Each signal the index can see, as the signals count it: once, the best alternative only.
        List<Candidates.Preference> preferences = new ArrayList<>();
        preferences.add(Candidates.Preference.facets((float) Signals.STAGE, List.of("usage-stage:" + stage)));
        if (c.request().profile() != null) {
            preferences.add(Candidates.Preference.facets(
                    (float) Signals.PROFILE,
                    List.of("actor-profile:" + c.request().profile())));
        }
        if (!c.domains().isEmpty()) {
            preferences.add(Candidates.Preference.topic(
                    (float) Signals.DOMAIN,
                    c.domains().keySet().stream().map(d -> "action-domain:" + d).toList()));
        }
        if (!c.objectives().isEmpty()) {
            List<String> objectives = new ArrayList<>();
            c.objectives().keySet().forEach(o -> {
                objectives.add("strategic-objective:" + o);
                objectives.add("partnership-objective:" + o);
            });
            preferences.add(Candidates.Preference.topic((float) Signals.OBJECTIVE, objectives));
        }
        if (c.level() > 0) {
            List<Candidates.Alternative> levels = new ArrayList<>();
            levels.add(new Candidates.Alternative(
                    Candidates.FACETS, "maturity-level:" + Diagnostic.LEVELS.get(c.level() - 1), (float)
                            Signals.MATURITY_SAME));
            if (c.level() < 4) {
                levels.add(new Candidates.Alternative(
                        Candidates.FACETS, "maturity-level:" + Diagnostic.LEVELS.get(c.level()), (float)
                                Signals.MATURITY_NEXT));
            }
            preferences.addAll(Candidates.Preference.bestOf(levels));
        }
        List<Candidates.Alternative> near = new ArrayList<>();
        c.enclosing()
                .keySet()
                .forEach(t -> near.add(new Candidates.Alternative(
                        Candidates.TERRITORIES,
                        t.toString(),
                        Signals.PROXIMITY.get(t.echelon()).floatValue())));
        if (c.region() != null) {
            near.add(new Candidates.Alternative(Candidates.WITHIN, c.region().toString(), (float) Signals.SAME_REGION));
        }
        preferences.addAll(Candidates.Preference.bestOf(near));
        List<String> words = c.focusWords().values().stream()
                .flatMap(List::stream)
                .distinct()
                .toList();
        return new Candidates.Wanted(
                s.type(),
                filters,
                c.enclosing().keySet().stream().map(TerritoryId::toString).toList(),
                c.region() == null ? null : c.region().toString(),
                preferences,
                words,
                (float) Signals.FOCUS,
                PRESELECT);
    }

    /** A candidate, its signals worked out. */
    Path.Item item(String stage, Candidates.Candidate cand, Context c) {
        List<Reason> reasons = new ArrayList<>();
        Map<String, List<String>> q = cand.qualifiers();
        String folded = TopicWords.fold(cand.title() + " " + (cand.summary() == null ? "" : cand.summary()));
        Signals.Words w = c.words();
        Signals.axisFocus(w, folded, c.focusWords(), c.focusLabels()).ifPresent(reasons::add);
        Signals.profileMatch(w, q, c.request().profile(), c.profileLabel()).ifPresent(reasons::add);
        Signals.stageFit(w, q, stage, label("usage-stage", stage, c.locale())).ifPresent(reasons::add);
        Signals.domainMatch(w, q, c.domains()).ifPresent(reasons::add);
        Signals.objectiveMatch(w, q, c.objectives()).ifPresent(reasons::add);
        Signals.maturityFit(w, q, Diagnostic.LEVELS, c.level(), c.levelLabels()).ifPresent(reasons::add);
        List<String> inRegion = c.region() != null
                        && cand.territories().stream()
                                .anyMatch(t -> territories.contains(c.region(), TerritoryId.parse(t)))
                ? List.of(c.regionName())
                : List.of();
        Signals.territorialProximity(w, cand.territories(), c.enclosing(), inRegion)
                .ifPresent(reasons::add);
        Signals.freshness(w, cand.date(), c.today()).ifPresent(reasons::add);
        double score = Math.round(reasons.stream().mapToDouble(Reason::points).sum() * 100) / 100.0;
        return new Path.Item(cand.type(), cand.key(), cand.title(), cand.url(), score, List.copyOf(reasons));
    }

    private List<Path.Item> catalysts(Context c) {
        TerritoryId place =
                c.request().place() == null ? TerritoryId.FRANCE : c.request().place();
        List<Path.Item> items = new ArrayList<>();
        for (CatalystMatch m :
                alliances.catalystsFor(place).stream().limit(CATALYSTS).toList()) {
            String where =
                    c.enclosing().getOrDefault(m.matchedBy(), m.matchedBy().toString());
            String functions = String.join(
                    ", ",
                    m.functions().stream()
                            .map(f -> label("catalyst-function", f, c.locale()))
                            .toList());
            items.add(new Path.Item(
                    "catalyst",
                    m.slug(),
                    m.name(),
                    m.url(),
                    Signals.PROXIMITY.get(m.matchedBy().echelon()),
                    List.of(
                            new Reason(
                                    "proximity",
                                    Signals.PROXIMITY.get(m.matchedBy().echelon()),
                                    c.words().get("reason.catalyst.covers", where)),
                            new Reason("catalyst", 0, c.words().get("reason.catalyst.functions", functions)))));
        }
        return items;
    }

    private String label(String axis, String value, Locale locale) {
        return frame.value(axis + ":" + value).map(v -> v.label().in(locale)).orElse(value);
    }

    private Map<String, String> labels(String axis, List<String> values, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach(v -> out.put(v, label(axis, v, locale)));
        return out;
    }

    private Map<String, String> objectiveLabels(List<String> values, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach(v -> out.put(
                v,
                frame.value("strategic-objective:" + v)
                        .or(() -> frame.value("partnership-objective:" + v))
                        .map(x -> x.label().in(locale))
                        .orElse(v)));
        return out;
    }
}
