package org.catalyse.alliances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Places;
import org.catalyse.territories.TerritoryId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alliances", description = "Acteurs, catalyseurs territoriaux et cas de partenariat")
class AlliancesApi {

    record Catalyst(
            String id,
            String name,
            String url,
            List<String> functions,
            List<String> coverage,
            String matchedBy,
            String contact) {}

    record Catalysts(String place, List<Catalyst> items) {}

    private final Alliances alliances;
    private final Places places;

    AlliancesApi(Alliances alliances, Places places) {
        this.alliances = alliances;
        this.places = places;
    }

    @GetMapping("/api/v1/catalysts")
    @Operation(
            summary = "Qui peut m’aider ici ?",
            description = "Les catalyseurs dont le périmètre couvre un lieu, du plus proche au plus large (commune,"
                    + " intercommunalité, département, région, France). Paramètre territory (ex. commune:29151) ou"
                    + " postalCode (ex. 29600). Un code postal partagé par plusieurs communes répond 400 avec la liste"
                    + " des communes à choisir.")
    Catalysts catalysts(
            @RequestParam(required = false) String territory, @RequestParam(required = false) String postalCode) {
        TerritoryId place;
        if (territory != null && !territory.isBlank()) {
            place = TerritoryId.parse(territory.trim());
        } else if (postalCode != null && !postalCode.isBlank()) {
            if (!postalCode.trim().matches("\\d{5}")) {
                throw new InvalidInputException(
                        "Code postal « " + AlliancesPages.abbreviate(postalCode) + " » invalide : 5 chiffres.");
            }
            Places.Resolved resolved = places.resolve(postalCode);
            if (resolved.place().isEmpty() && resolved.choices().isEmpty()) {
                throw new NotFoundException("Aucune commune n’a le code postal « " + postalCode.trim() + " ».");
            }
            if (resolved.place().isEmpty()) {
                throw new InvalidInputException("Le code postal " + postalCode.trim()
                        + " est partagé par plusieurs communes ; précisez territory parmi : "
                        + String.join(
                                ", ",
                                resolved.choices().stream()
                                        .map(t -> t.id() + " (" + t.name() + ")")
                                        .toList())
                        + ".");
            }
            place = resolved.place().get();
        } else {
            throw new InvalidInputException("Paramètre « territory » ou « postalCode » obligatoire.");
        }
        return new Catalysts(
                place.toString(),
                alliances.catalystsFor(place).stream()
                        .map(m -> new Catalyst(
                                m.slug(),
                                m.name(),
                                m.url(),
                                m.functions(),
                                m.coverage(),
                                m.matchedBy().toString(),
                                m.contact()))
                        .toList());
    }

    @GetMapping("/api/v1/actors/{slug}")
    @Operation(summary = "Un acteur (organisation), avec ses fonctions et son périmètre s’il est catalyseur")
    ActorView actor(@PathVariable String slug) {
        return alliances
                .actor(slug)
                .orElseThrow(() -> new NotFoundException(
                        "Aucun acteur ne porte l’identifiant « " + AlliancesPages.abbreviate(slug) + " »."));
    }

    @GetMapping("/api/v1/cases/{slug}")
    @Operation(summary = "Un cas de partenariat : partenaires et rôles, modes, objectifs, impacts, sources")
    CaseContent partnershipCase(@PathVariable String slug) {
        return alliances
                .partnershipCase(slug)
                .map(CaseView::content)
                .orElseThrow(() -> new NotFoundException("Aucun cas de partenariat ne porte l’identifiant « "
                        + AlliancesPages.abbreviate(slug) + " »."));
    }
}
