package org.catalyse.commons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.catalyse.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ressources", description = "Le commun MEDOC : méthodes, exemples, données, outils, compétences")
class CommonsApi {

    private final Commons commons;

    CommonsApi(Commons commons) {
        this.commons = commons;
    }

    @GetMapping("/api/v1/resources/{slug}")
    @Operation(summary = "Une ressource du commun, avec ses qualificatifs, territoires, licence et liens")
    ResourceJson resource(@PathVariable String slug) {
        return commons.find(slug)
                .map(ResourceJson::of)
                .orElseThrow(() -> new NotFoundException("Aucune ressource ne porte l'adresse « " + slug + " »."));
    }
}
