package org.catalyse.alliances;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.catalyse.shared.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Every actor and every case as CSV and JSON files, written to the response as they are read. */
@RestController
class AlliancesOpenData {

    static final List<String> ACTOR_COLUMNS = List.of(
            "slug",
            "name",
            "profile",
            "siren",
            "siret",
            "rna",
            "home_commune",
            "website",
            "description",
            "catalyst_functions",
            "coverage",
            "contact",
            "source",
            "source_date",
            "url");

    static final List<String> CASE_COLUMNS = List.of(
            "slug",
            "title",
            "summary",
            "partners",
            "territories",
            "action_domains",
            "partnership_modes",
            "mecenat_types",
            "partnership_objectives",
            "strategic_objectives",
            "start_year",
            "status",
            "description",
            "outcome_performance",
            "outcome_innovation",
            "outcome_confiance",
            "replication",
            "sources",
            "contact",
            "verified",
            "url");

    /** The columns of the import templates: those of the dumps but the page address. */
    static final List<String> ACTOR_TEMPLATE_COLUMNS = ACTOR_COLUMNS.subList(0, ACTOR_COLUMNS.size() - 1);

    static final List<String> CASE_TEMPLATE_COLUMNS = CASE_COLUMNS.subList(0, CASE_COLUMNS.size() - 1);

    private final Alliances alliances;
    private final JsonMapper json = JsonMapper.builder().build();

    AlliancesOpenData(Alliances alliances) {
        this.alliances = alliances;
    }

    @GetMapping("/open-data/actors.json")
    ResponseEntity<StreamingResponseBody> actorsJson() {
        return jsonFile("catalyse-acteurs.json", each -> alliances.forEachActor(a -> each.accept(new ActorJson(a))));
    }

    @GetMapping("/open-data/cases.json")
    ResponseEntity<StreamingResponseBody> casesJson() {
        return jsonFile("catalyse-cas.json", each -> alliances.forEachCase(c -> each.accept(new CaseJson(c))));
    }

    record ActorJson(String slug, String url, ActorContent content) {
        ActorJson(ActorView a) {
            this(a.slug(), a.url(), a.content());
        }
    }

    record CaseJson(String slug, String url, CaseContent content) {
        CaseJson(CaseView c) {
            this(c.slug(), c.url(), c.content());
        }
    }

    @GetMapping("/open-data/actors.csv")
    ResponseEntity<StreamingResponseBody> actorsCsv() {
        return csvFile(
                "catalyse-acteurs.csv",
                ACTOR_COLUMNS,
                row -> alliances.forEachActor(a -> {
                    ActorContent c = a.content();
                    row.accept(List.of(
                            a.slug(),
                            c.name(),
                            c.profile(),
                            text(c.siren()),
                            text(c.siret()),
                            text(c.rna()),
                            text(c.homeCommune()),
                            text(c.website()),
                            text(c.description()),
                            String.join(" ", c.catalystFunctions()),
                            String.join(" ", c.coverage()),
                            text(c.contact()),
                            text(c.source()),
                            c.sourceDate() == null ? "" : c.sourceDate().toString(),
                            a.url()));
                }));
    }

    @GetMapping("/open-data/cases.csv")
    ResponseEntity<StreamingResponseBody> casesCsv() {
        return csvFile(
                "catalyse-cas.csv",
                CASE_COLUMNS,
                row -> alliances.forEachCase(v -> {
                    CaseContent c = v.content();
                    List<String> cells = new ArrayList<>();
                    cells.add(v.slug());
                    cells.add(c.title());
                    cells.add(c.summary());
                    cells.add(String.join(
                            "; ",
                            c.partners().stream()
                                    .map(p -> p.actor() + (p.role() == null ? "" : " (" + p.role() + ")"))
                                    .toList()));
                    cells.add(String.join(" ", c.territories()));
                    for (String axis : List.of(
                            "action-domain",
                            "partnership-mode",
                            "mecenat-type",
                            "partnership-objective",
                            "strategic-objective")) {
                        cells.add(String.join(" ", c.qualifiers().getOrDefault(axis, List.of())));
                    }
                    cells.add(c.startYear() == null ? "" : c.startYear().toString());
                    cells.add(c.status());
                    cells.add(c.description());
                    for (String impact : Alliances.IMPACTS) {
                        CaseContent.Outcome o = c.outcomes().get(impact);
                        cells.add(o == null ? "" : o.text());
                    }
                    cells.add(text(c.replication()));
                    cells.add(String.join(
                            "; ",
                            c.sources().stream()
                                    .map(s -> s.title()
                                            + (s.publisher() == null ? "" : ", " + s.publisher())
                                            + (s.published() == null ? "" : " (" + s.published() + ")"))
                                    .toList()));
                    cells.add(text(c.contact()));
                    cells.add(c.verified() == null ? "" : c.verified().toString());
                    cells.add(v.url());
                    row.accept(cells);
                }));
    }

    private ResponseEntity<StreamingResponseBody> jsonFile(String name, Consumer<Consumer<Object>> items) {
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                items.accept(item -> json.writeValue(generator, item));
                generator.writeEndArray();
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(body);
    }

    private static ResponseEntity<StreamingResponseBody> csvFile(
            String name, List<String> columns, Consumer<Consumer<List<String>>> rows) {
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(String.join(",", columns) + "\r\n");
            rows.accept(cells -> {
                try {
                    writer.write(Csv.line(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
