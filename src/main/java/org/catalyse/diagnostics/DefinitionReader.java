package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalyse.frame.FrameView;
import org.catalyse.frame.FrameView.Label;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one definition file and checks it whole: every problem is named with the file and the question (or axis),
 * and a file with any problem gives no definition at all.
 */
class DefinitionReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The definition, or the problems found in it. */
    record Result(Diagnostic diagnostic, List<String> problems) {}

    private final FrameView frame;

    DefinitionReader(FrameView frame) {
        this.frame = frame;
    }

    Result read(String file, String content) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (RuntimeException e) {
            return new Result(null, List.of(file + " : JSON illisible (" + firstLine(e.getMessage()) + ")"));
        }
        Checker c = new Checker(file, problems);
        String key = c.text(root, "key", "le diagnostic");
        if (key != null && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            c.problem("le diagnostic", "clé « " + key + " » invalide (minuscules, chiffres et tirets)");
        }
        String version = c.text(root, "version", "le diagnostic");
        if (version != null && !version.matches("\\d+(\\.\\d+)*")) {
            c.problem("le diagnostic", "version « " + version + " » invalide (par exemple 2026.1)");
        }
        List<String> profiles = new ArrayList<>();
        root.path("profiles").forEach(p -> {
            if (frame.axis("actor-profile").flatMap(a -> a.value(p.asString())).isEmpty()) {
                c.problem("le diagnostic", "profil « " + p.asString() + " » absent du cadre de référence");
            }
            profiles.add(p.asString());
        });
        List<Diagnostic.Axis> axes = new ArrayList<>();
        Set<String> axisKeys = new HashSet<>();
        for (JsonNode a : root.path("axes")) {
            Diagnostic.Axis axis = axis(c, a);
            if (axis != null && !axisKeys.add(axis.key())) {
                c.problem("l'axe « " + axis.key() + " »", "défini deux fois");
            }
            axes.add(axis);
        }
        if (axes.isEmpty()) {
            c.problem("le diagnostic", "aucun axe");
        }
        List<Diagnostic.Question> questions = new ArrayList<>();
        Set<String> questionKeys = new HashSet<>();
        for (JsonNode q : root.path("questions")) {
            Diagnostic.Question question = new QuestionReader(c).read(q, axisKeys);
            if (question != null && !questionKeys.add(question.key())) {
                c.problem("la question « " + question.key() + " »", "définie deux fois");
            }
            questions.add(question);
        }
        for (String axisKey : axisKeys) {
            if (questions.stream().noneMatch(q -> q != null && q.axis().equals(axisKey))) {
                c.problem("l'axe « " + axisKey + " »", "aucune question");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(
                new Diagnostic(
                        key,
                        version,
                        c.label(root, "title", "le diagnostic", true),
                        c.label(root, "audience", "le diagnostic", false),
                        List.copyOf(profiles),
                        c.label(root, "intro", "le diagnostic", false),
                        List.copyOf(axes),
                        List.copyOf(questions)),
                List.of());
    }

    private Diagnostic.Axis axis(Checker c, JsonNode a) {
        String key = c.text(a, "key", "un axe");
        String where = "l'axe « " + key + " »";
        List<Integer> thresholds = new ArrayList<>();
        a.path("thresholds").forEach(t -> thresholds.add(t.asInt()));
        if (thresholds.size() != Diagnostic.LEVELS.size()) {
            c.problem(where, "il faut " + Diagnostic.LEVELS.size() + " seuils (un par niveau de maturité)");
        } else if (thresholds.get(0) != 0) {
            c.problem(where, "le premier seuil doit être 0");
        } else {
            for (int i = 1; i < thresholds.size(); i++) {
                if (thresholds.get(i) <= thresholds.get(i - 1) || thresholds.get(i) > 100) {
                    c.problem(where, "les seuils doivent croître de 0 à 100 au plus");
                    break;
                }
            }
        }
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        a.path("frame").properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> {
                if (frame.axis(e.getKey()).flatMap(x -> x.value(v.asString())).isEmpty()) {
                    c.problem(where, "valeur « " + e.getKey() + ":" + v.asString() + " » absente du cadre");
                }
                values.add(v.asString());
            });
            mapped.put(e.getKey(), List.copyOf(values));
        });
        Map<String, Label> next = new LinkedHashMap<>();
        for (String level : Diagnostic.LEVELS) {
            Label step = c.label(a.path("nextSteps"), level, where + ", prochaines étapes", true);
            next.put(level, step);
        }
        return new Diagnostic.Axis(
                key,
                c.label(a, "label", where, true),
                c.label(a, "description", where, false),
                List.copyOf(thresholds),
                mapped,
                c.label(a, "topics", where, true),
                c.label(a, "strength", where, true),
                next);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Collects the problems of one file. */
    static final class Checker {
        private final String file;
        private final List<String> problems;

        Checker(String file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        void problem(String where, String message) {
            problems.add(file + ", " + where + " : " + message);
        }

        String text(JsonNode node, String field, String where) {
            JsonNode value = node.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                problem(where, "champ « " + field + " » manquant");
                return null;
            }
            return value.asString();
        }

        Label label(JsonNode node, String field, String where, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(where, "texte « " + field + " » manquant");
                }
                return null;
            }
            String fr = value.path("fr").asString(null);
            if (fr == null || fr.isBlank()) {
                problem(where, "texte « " + field + " » sans version française");
            }
            return new Label(fr, value.path("en").asString(null));
        }
    }
}
