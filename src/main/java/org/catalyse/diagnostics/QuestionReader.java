package org.catalyse.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and checks one question of a definition file. */
class QuestionReader {

    private final DefinitionReader.Checker c;

    QuestionReader(DefinitionReader.Checker c) {
        this.c = c;
    }

    Diagnostic.Question read(JsonNode q, Set<String> axes) {
        String key = c.text(q, "key", "une question");
        String where = "la question « " + key + " »";
        String axis = c.text(q, "axis", where);
        if (axis != null && !axes.contains(axis)) {
            c.problem(where, "axe « " + axis + " » inconnu");
        }
        String typeKey = c.text(q, "type", where);
        Diagnostic.Type type =
                typeKey == null ? null : Diagnostic.Type.of(typeKey).orElse(null);
        if (typeKey != null && type == null) {
            c.problem(where, "type « " + typeKey + " » inconnu (single, multiple, scale, yes-no)");
        }
        int weight = q.path("weight").asInt(1);
        if (weight < 1 || weight > 10) {
            c.problem(where, "poids " + weight + " hors de 1 à 10");
        }
        List<Diagnostic.Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode ch : q.path("choices")) {
            String choiceKey = c.text(ch, "key", where + ", un choix");
            if (choiceKey != null && !keys.add(choiceKey)) {
                c.problem(where, "choix « " + choiceKey + " » en double");
            }
            int points = ch.path("points").asInt(-1);
            if (points < 0) {
                c.problem(where, "choix « " + choiceKey + " » sans points (0 ou plus)");
            }
            choices.add(new Diagnostic.Choice(
                    choiceKey,
                    c.label(ch, "label", where + ", choix « " + choiceKey + " »", true),
                    Math.max(points, 0),
                    ch.path("exclusive").asBoolean(false)));
        }
        Diagnostic.Scale scale = null;
        Integer maxPoints = q.has("maxPoints") ? q.get("maxPoints").asInt() : null;
        if (type == Diagnostic.Type.SINGLE || type == Diagnostic.Type.MULTIPLE) {
            if (choices.size() < 2) {
                c.problem(where, "il faut au moins deux choix");
            } else if (choices.stream().allMatch(ch -> ch.points() == 0)) {
                c.problem(where, "aucun choix ne rapporte de points");
            }
            if (maxPoints != null && maxPoints < 1) {
                c.problem(where, "maxPoints doit valoir au moins 1");
            }
        } else if (type == Diagnostic.Type.SCALE) {
            JsonNode s = q.path("scale");
            int min = s.path("min").asInt(1);
            int max = s.path("max").asInt(0);
            if (max <= min || max - min > 10) {
                c.problem(where, "échelle invalide (min < max, 11 crans au plus)");
            }
            scale = new Diagnostic.Scale(
                    min, max, c.label(s, "minLabel", where, true), c.label(s, "maxLabel", where, true));
        } else if (type == Diagnostic.Type.YES_NO) {
            if (!q.has("yes")
                    || !q.has("no")
                    || Math.max(q.get("yes").asInt(), q.get("no").asInt()) < 1) {
                c.problem(where, "points de « oui » et de « non » manquants");
            }
        }
        return new Diagnostic.Question(
                key,
                axis,
                type,
                weight,
                q.path("required").asBoolean(true),
                c.label(q, "text", where, true),
                c.label(q, "help", where, false),
                List.copyOf(choices),
                scale,
                q.path("yes").asInt(0),
                q.path("no").asInt(0),
                maxPoints);
    }
}
