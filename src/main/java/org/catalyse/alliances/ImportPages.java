package org.catalyse.alliances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.catalyse.shared.Csv;
import org.catalyse.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/** Importing actors or cases from a CSV file: the page, its API and the templates to fill in. */
@Controller
@Tag(name = "Import", description = "Import d’acteurs et de cas de partenariat depuis un fichier CSV")
class ImportPages {

    private final AllianceImport imports;

    ImportPages(AllianceImport imports) {
        this.imports = imports;
    }

    @GetMapping("/alliances/import")
    String form(Model model) {
        model.addAttribute("kind", "acteurs");
        model.addAttribute("mode", "verifier");
        return "alliances/import";
    }

    @PostMapping(value = "/alliances/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestParam(name = "contenu", defaultValue = "acteurs") String kind,
            @RequestParam(name = "mode", defaultValue = "verifier") String mode,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("kind", kind);
        model.addAttribute("mode", mode);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("Choisissez un fichier CSV à importer.");
            }
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("report", imports.run(kind(kind), file.getBytes(), mode(mode)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        } catch (MaxUploadSizeExceededException e) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("error", tooLarge());
        } catch (MultipartException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "Le fichier n’a pas pu être reçu en entier ; réessayez.");
        }
        return "alliances/import";
    }

    @PostMapping(
            value = "/api/v1/import/{kind}",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @ResponseBody
    @Operation(
            summary = "Importer des acteurs (actors) ou des cas (cases) depuis un CSV UTF-8",
            description = "Colonnes : celles des fichiers /open-data/actors.csv et /open-data/cases.csv. mode=dry-run"
                    + " (par défaut) vérifie seulement ; all écrit tout si toutes les lignes sont valides, rien sinon ;"
                    + " valid-only écrit les lignes valides. Un import n’ajoute que des fiches nouvelles. Réponse : le"
                    + " rapport, avec pour chaque problème sa ligne, sa colonne et un message.")
    AllianceImport.Report api(
            @PathVariable String kind, @RequestParam(defaultValue = "dry-run") String mode, @RequestBody byte[] body) {
        AllianceImport.Kind k = switch (kind) {
            case "actors" -> AllianceImport.Kind.ACTORS;
            case "cases" -> AllianceImport.Kind.CASES;
            default ->
                throw new InvalidInputException(
                        "Contenu « " + AlliancesPages.abbreviate(kind) + " » inconnu ; possibles : actors, cases.");
        };
        AllianceImport.Mode m = switch (mode) {
            case "dry-run" -> AllianceImport.Mode.DRY_RUN;
            case "all" -> AllianceImport.Mode.ALL;
            case "valid-only" -> AllianceImport.Mode.VALID_ONLY;
            default ->
                throw new InvalidInputException("Mode « " + AlliancesPages.abbreviate(mode)
                        + " » inconnu ; possibles : dry-run, all, valid-only.");
        };
        return imports.run(k, body, m);
    }

    @GetMapping("/alliances/import/modele-{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        List<String> columns;
        List<String> example;
        if (kind.equals("acteurs")) {
            columns = AlliancesOpenData.ACTOR_TEMPLATE_COLUMNS;
            example = List.of(
                    "",
                    "Association exemple du pays de Morlaix",
                    "associations",
                    "",
                    "",
                    "W291234567",
                    "29151",
                    "https://exemple.org",
                    "Ce que fait l’association, en deux phrases.",
                    "",
                    "",
                    "",
                    "Saisie de l’association",
                    "2026-11-22");
        } else if (kind.equals("cas")) {
            columns = AlliancesOpenData.CASE_TEMPLATE_COLUMNS;
            example = List.of(
                    "",
                    "Titre du cas de partenariat",
                    "Le partenariat en une ou deux phrases.",
                    "cress-bretagne (Animation); direccte-bretagne (Soutien public)",
                    "commune:29151 departement:29",
                    "developpement-economique-local",
                    "cooperation-economique",
                    "",
                    "parties-prenantes",
                    "cooperer-efficacement",
                    "2024",
                    "en-cours",
                    "Ce que les partenaires ont fait, comment et avec qui.",
                    "Ce qui a changé pour la performance.",
                    "",
                    "Ce qui a changé pour la confiance.",
                    "Ce qu’il faut pour le reproduire.",
                    "Titre de la source, Éditeur (2024)",
                    "Par le site de la structure.",
                    "2026-11-22");
        } else {
            throw new org.catalyse.shared.NotFoundException(
                    "Modèle « " + AlliancesPages.abbreviate(kind) + " » inconnu ; possibles : acteurs, cas.");
        }
        String csv = "\uFEFF" + String.join(",", columns) + "\r\n" + Csv.line(example);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"modele-" + kind + ".csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static AllianceImport.Kind kind(String kind) {
        return switch (kind) {
            case "acteurs" -> AllianceImport.Kind.ACTORS;
            case "cas" -> AllianceImport.Kind.CASES;
            default -> throw new InvalidInputException("Choisissez ce que contient le fichier : acteurs ou cas.");
        };
    }

    private static AllianceImport.Mode mode(String mode) {
        return switch (mode) {
            case "verifier" -> AllianceImport.Mode.DRY_RUN;
            case "tout" -> AllianceImport.Mode.ALL;
            case "valides" -> AllianceImport.Mode.VALID_ONLY;
            default ->
                throw new InvalidInputException("Choisissez : vérifier, tout importer ou importer les lignes valides.");
        };
    }

    static String tooLarge() {
        return "Le fichier dépasse " + AllianceImport.MAX_BYTES / (1024 * 1024)
                + " Mo. Découpez-le en plusieurs fichiers.";
    }
}
