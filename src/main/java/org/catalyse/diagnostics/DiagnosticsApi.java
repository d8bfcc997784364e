package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/diagnostics} (the definitions), {@code GET /api/v1/diagnostics/{key}} and
 * {@code POST /api/v1/diagnostics/{key}/responses}, which scores a full set of answers (nothing is kept).
 */
@RestController
class DiagnosticsApi {

    private final Diagnostics diagnostics;
    private final Frame frame;

    DiagnosticsApi(Diagnostics diagnostics, Frame frame) {
        this.diagnostics = diagnostics;
        this.frame = frame;
    }

    @GetMapping("/api/v1/diagnostics")
    Map<String, Object> list() {
        return Map.of("items", diagnostics.all().stream().map(this::summary).toList());
    }

    private Map<String, Object> summary(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", d.key());
        m.put("version", d.version());
        m.put("title", d.title().fr());
        m.put("profiles", d.profiles());
        m.put("questions", d.questions().size());
        m.put(
                "axes",
                d.axes().stream()
                        .map(a -> Map.of("key", a.key(), "label", a.label().fr()))
                        .toList());
        m.put("url", "/api/v1/diagnostics/" + d.key());
        return m;
    }

    @GetMapping("/api/v1/diagnostics/{key}")
    Diagnostic one(@PathVariable String key) {
        return diagnostics
                .definition(key)
                .orElseThrow(() -> new NotFoundException("Aucun diagnostic « " + key + " »."));
    }

    /**
     * Body: {@code {"version":"2026.1" (optional), "answers":{"<question>": "<choice>" | ["<choice>"…] | <number>
     * | true/false}}}.
     */
    @PostMapping("/api/v1/diagnostics/{key}/responses")
    Map<String, Object> score(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("Corps JSON attendu : {\"answers\": {\"<question>\": <réponse>}}.");
        }
        for (var e : body.properties()) {
            if (!List.of("version", "answers").contains(e.getKey())) {
                throw new InvalidInputException("Champ « " + e.getKey() + " » inconnu (version, answers).");
            }
        }
        JsonNode answersNode = body.get("answers");
        if (answersNode == null || !answersNode.isObject()) {
            throw new InvalidInputException("Champ « answers » attendu : un objet question → réponse.");
        }
        JsonNode versionNode = body.get("version");
        String version = versionNode == null || versionNode.isNull() ? null : versionNode.asString();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        for (var e : answersNode.properties()) {
            answers.put(e.getKey(), values(e.getKey(), e.getValue(), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Scores s = diagnostics.score(key, version, answers);
        Diagnostic d = diagnostics.definition(key, s.version()).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("diagnostic", s.diagnostic());
        out.put("version", s.version());
        out.put("overall", level(s.score(), s.level(), s.levelKey()));
        List<Map<String, Object>> axes = new ArrayList<>();
        for (Scores.AxisScore a : s.axes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", a.axis());
            m.put("label", d.axis(a.axis()).orElseThrow().label().fr());
            m.putAll(level(a.score(), a.level(), a.levelKey()));
            axes.add(m);
        }
        out.put("axes", axes);
        return out;
    }

    private Map<String, Object> level(double score, int level, String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", Math.round(score * 10) / 10.0);
        m.put("level", level);
        m.put("maturity", key);
        m.put("label", ResultView.levelLabel(frame, key, java.util.Locale.FRENCH));
        return m;
    }

    private static List<String> values(String question, JsonNode v, List<AnswerProblem> problems) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isString()) {
                    out.add(x.asString());
                } else {
                    problems.add(new AnswerProblem(question, "liste de clés de choix attendue"));
                }
            });
        } else if (v.isString()) {
            out.add(v.asString());
        } else if (v.isBoolean()) {
            out.add(v.asBoolean() ? Answers.YES : Answers.NO);
        } else if (v.isIntegralNumber()) {
            out.add(String.valueOf(v.asLong()));
        } else if (!v.isNull()) {
            problems.add(new AnswerProblem(question, "réponse illisible"));
        }
        return out;
    }

    /** Bad answers: the message names each question, and {@code problems} lists them one by one. */
    @ExceptionHandler(InvalidAnswersException.class)
    ResponseEntity<Map<String, Object>> invalid(
            InvalidAnswersException e, jakarta.servlet.http.HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("message", e.getMessage());
        body.put("path", request.getRequestURI());
        body.put(
                "problems",
                e.problems().stream()
                        .map(p -> Map.of("question", p.question(), "message", p.message()))
                        .toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }
}
