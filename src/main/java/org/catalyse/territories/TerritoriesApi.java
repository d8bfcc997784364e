package org.catalyse.territories;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.Page;
import org.catalyse.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territoires", description = "Le référentiel territorial officiel (Code officiel géographique de l'INSEE)")
class TerritoriesApi {

    static final int MAX_LIMIT = 100;

    private final Territories territories;

    TerritoriesApi(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(
            summary = "Chercher un territoire par nom, code postal ou code officiel",
            description = "Classement par qualité de correspondance puis population. La casse, les accents, les"
                    + " tirets et apostrophes sont ignorés ; « st » et « ste » valent « saint » et « sainte ».")
    TerritoryJson.Items<TerritoryJson.Found> search(
            @Parameter(description = "Nom, code postal ou code officiel (200 caractères au plus)")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "commune, epci, departement, region ou pays") @RequestParam(required = false)
                    String echelon,
            @Parameter(description = "Nombre de réponses, de 1 à 100 (10 par défaut)")
                    @RequestParam(defaultValue = "10")
                    int limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException(
                    "Paramètre « q » obligatoire : un nom, un code postal ou un code officiel.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("Le paramètre « limit » doit être compris entre 1 et " + MAX_LIMIT + ".");
        }
        Echelon only = echelon == null || echelon.isBlank() ? null : Echelon.fromKey(echelon);
        return new TerritoryJson.Items<>(territories.search(q, only, limit).stream()
                .map(TerritoryJson.Found::of)
                .toList());
    }

    @GetMapping("/{echelon}/{code}")
    @Operation(
            summary = "Un territoire, ses territoires englobants jusqu'à la France et le nombre de ses enfants",
            description = "Le code d'une commune déléguée, associée ou d'une ancienne commune renvoie (301) vers la"
                    + " commune actuelle.")
    ResponseEntity<TerritoryJson.Territory> territory(@PathVariable String echelon, @PathVariable String code) {
        TerritoryId id = TerritoryId.of(echelon, code);
        var found = territories.find(id);
        if (found.isEmpty() && id.echelon() == Echelon.COMMUNE) {
            var current = territories.currentCommuneFor(id.code());
            if (current.isPresent()) {
                return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .header(
                                HttpHeaders.LOCATION,
                                "/api/v1/territories/" + current.get().echelon().key() + "/"
                                        + current.get().code())
                        .build();
            }
        }
        TerritoryView view = territories.get(id);
        return ResponseEntity.ok(TerritoryJson.Territory.of(view, territories.childrenCounts(id)));
    }

    @GetMapping("/{echelon}/{code}/children")
    @Operation(
            summary = "Les territoires situés dans un territoire, par page",
            description = "Sans « echelon », tous les territoires inclus, du plus large au plus fin, par nom.")
    TerritoryJson.Children children(
            @PathVariable String echelon,
            @PathVariable String code,
            @Parameter(description = "Ne garder qu'un échelon") @RequestParam(name = "echelon", required = false)
                    String only,
            @Parameter(description = "Numéro de page, à partir de 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "Taille de page, de 1 à 200 (50 par défaut)") @RequestParam(required = false)
                    Integer size) {
        TerritoryId id = TerritoryId.of(echelon, code);
        Echelon filter = only == null || only.isBlank() ? null : Echelon.fromKey(only);
        Page<TerritoryView> result = territories.children(id, filter, PageRequest.of(page, size));
        return new TerritoryJson.Children(
                result.items().stream()
                        .map(t -> TerritoryJson.Territory.of(t, Map.of()))
                        .toList(),
                result.page(),
                result.size(),
                result.total(),
                result.totalPages());
    }
}
