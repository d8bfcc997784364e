package org.catalyse.commons;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A seed resource file: YAML front matter between two {@code ---} lines, then the Markdown body. Errors
 * name the file and the field.
 */
record SeedFile(String file, Map<String, Object> fields, String body) {

    /** Front matter fields holding frame values, and the axis of each. */
    static final Map<String, String> AXES = axes();

    private static Map<String, String> axes() {
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("actorProfiles", "actor-profile");
        axes.put("domains", "action-domain");
        axes.put("echelons", "echelon");
        axes.put("objectives", "strategic-objective");
        axes.put("formats", "appropriation-format");
        axes.put("stages", "usage-stage");
        axes.put("maturity", "maturity-level");
        axes.put("sdgs", "sdg");
        axes.put("partnershipModes", "partnership-mode");
        return axes;
    }

    static SeedFile parse(String file, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalStateException("Ressource " + file + " : l'en-tête YAML (---) manque");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalStateException("Ressource " + file + " : l'en-tête YAML n'est pas fermé (---)");
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(normalized.substring(4, end));
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new IllegalStateException("Ressource " + file + " : l'en-tête YAML n'est pas une liste de champs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return new SeedFile(file, fields, normalized.substring(end + 5).strip() + "\n");
    }

    String text(String field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            throw fail(field, "champ obligatoire");
        }
        return value.toString().strip();
    }

    String optional(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString().strip();
    }

    List<String> list(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw fail(field, "une liste [a, b] est attendue");
        }
        return list.stream().map(String::valueOf).map(String::strip).toList();
    }

    LocalDate date(String field) {
        Object value = fields.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(field));
        } catch (java.time.format.DateTimeParseException e) {
            throw fail(field, "date AAAA-MM-JJ attendue : « " + value + " »");
        }
    }

    List<Link> links() {
        Object value = fields.get("links");
        List<Link> links = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> link) || link.get("url") == null) {
                    throw fail("links", "chaque lien a un title et une url");
                }
                String url = String.valueOf(link.get("url"));
                if (!url.startsWith("https://") && !url.startsWith("http://")) {
                    throw fail("links", "adresse non web : " + url);
                }
                links.add(new Link(String.valueOf(link.get("title")), url));
            }
        }
        return links;
    }

    /** Files to attach, as {@code file name → title}, read from commons/seed-files/. */
    Map<String, String> attachments() {
        Map<String, String> attachments = new LinkedHashMap<>();
        Object value = fields.get("attachments");
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> file) || file.get("file") == null) {
                    throw fail("attachments", "chaque fichier a un file et un title");
                }
                attachments.put(String.valueOf(file.get("file")), String.valueOf(file.get("title")));
            }
        }
        return attachments;
    }

    IllegalStateException fail(String field, String message) {
        return new IllegalStateException("Ressource " + file + ", champ « " + field + " » : " + message);
    }
}
