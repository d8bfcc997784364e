package org.catalyse.commons;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.catalyse.shared.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The whole commons as CSV and JSON files, written to the response as they are read. */
@RestController
class OpenDataExports {

    static final List<String> AXES = List.of(
            "actor-profile",
            "action-domain",
            "echelon",
            "strategic-objective",
            "appropriation-format",
            "usage-stage",
            "maturity-level",
            "sdg",
            "partnership-mode");

    private final Commons commons;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenDataExports(Commons commons) {
        this.commons = commons;
    }

    @GetMapping("/open-data/resources.json")
    ResponseEntity<StreamingResponseBody> json() {
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                commons.forEachResource(resource -> json.writeValue(generator, ResourceJson.of(resource)));
                generator.writeEndArray();
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"catalyse-ressources.json\"")
                .body(body);
    }

    @GetMapping("/open-data/resources.csv")
    ResponseEntity<StreamingResponseBody> csv() {
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(String.join(",", header()) + "\r\n");
            commons.forEachResource(r -> {
                List<String> cells = new java.util.ArrayList<>(List.of(
                        r.slug(),
                        r.type(),
                        r.title(),
                        r.summary(),
                        String.join("; ", r.authors()),
                        nullToEmpty(r.organisation()),
                        r.licence().key(),
                        nullToEmpty(r.attribution()),
                        r.language(),
                        r.published() == null ? "" : r.published().toString(),
                        r.verified() == null ? "" : r.verified().toString()));
                AXES.forEach(axis -> cells.add(String.join(" ", r.qualifier(axis))));
                cells.add(String.join(" ", r.territories()));
                cells.add(r.url());
                try {
                    writer.write(Csv.line(cells));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"catalyse-ressources.csv\"")
                .body(body);
    }

    static List<String> header() {
        List<String> header = new java.util.ArrayList<>(List.of(
                "slug",
                "type",
                "title",
                "summary",
                "authors",
                "organisation",
                "licence",
                "attribution",
                "language",
                "published",
                "verified"));
        header.addAll(AXES);
        header.add("territories");
        header.add("url");
        return header;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
