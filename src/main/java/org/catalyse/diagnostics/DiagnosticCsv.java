package org.catalyse.diagnostics;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.catalyse.accounts.Accounts;
import org.catalyse.frame.Frame;
import org.catalyse.shared.Csv;
import org.catalyse.shared.ForbiddenException;
import org.catalyse.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The results as a CSV file: one line per axis and one for the whole, then every answer. */
@Controller
class DiagnosticCsv {

    private final Diagnostics diagnostics;
    private final Frame frame;
    private final Accounts accounts;

    DiagnosticCsv(Diagnostics diagnostics, Frame frame, Accounts accounts) {
        this.diagnostics = diagnostics;
        this.frame = frame;
        this.accounts = accounts;
    }

    @GetMapping(DiagnosticPages.BASE + "/r/{secret}/resultats.csv")
    ResponseEntity<byte[]> byLink(@PathVariable String secret, Locale locale, HttpServletResponse response) {
        DiagnosticPages.privatePage(response);
        return csv(diagnostics.open(secret), locale);
    }

    @GetMapping("/compte/diagnostics/{id}/resultats.csv")
    ResponseEntity<byte[]> ofMember(@PathVariable UUID id, Principal principal, Locale locale) {
        long me = accounts.byEmail(principal == null ? "" : principal.getName())
                .orElseThrow(() -> new ForbiddenException("Connectez-vous pour voir cette page."))
                .id();
        return csv(diagnostics.ofMember(id, me), locale);
    }

    private ResponseEntity<byte[]> csv(Response r, Locale locale) {
        if (!r.complete()) {
            throw new InvalidInputException("Ce diagnostic n'est pas terminé.");
        }
        Diagnostic d = diagnostics.definitionOf(r);
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(List.of("diagnostic", "version", "axe", "score_sur_100", "niveau", "nom_du_niveau")));
        for (Scores.AxisScore a : r.scores().axes()) {
            out.append(Csv.line(List.of(
                    d.key(),
                    d.version(),
                    d.axis(a.axis()).orElseThrow().label().in(locale),
                    String.valueOf(a.score()),
                    String.valueOf(a.level()),
                    ResultView.levelLabel(frame, a.levelKey(), locale))));
        }
        out.append(Csv.line(List.of(
                d.key(),
                d.version(),
                "Ensemble",
                String.valueOf(Math.round(r.scores().score() * 10) / 10.0),
                String.valueOf(r.scores().level()),
                ResultView.levelLabel(frame, r.scores().levelKey(), locale))));
        out.append("\r\n");
        out.append(Csv.line(List.of("question", "axe", "texte", "reponse")));
        for (Diagnostic.Question q : d.questions()) {
            List<String> labels = new ArrayList<>();
            for (String v : r.answers().getOrDefault(q.key(), List.of())) {
                labels.add(q.choice(v).map(c -> c.label().in(locale)).orElse(v));
            }
            out.append(Csv.line(List.of(q.key(), q.axis(), q.text().in(locale), String.join(" | ", labels))));
        }
        String name = "diagnostic-" + d.key() + "-" + r.completedAt().toString().substring(0, 10) + ".csv";
        return ResponseEntity.ok()
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
    }
}
