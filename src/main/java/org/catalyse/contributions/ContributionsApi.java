package org.catalyse.contributions;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.shared.ForbiddenException;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Writing through the API with a write token: every write becomes a contribution that goes through the same review
 * as the site's forms (202 with its address), never a direct publication.
 *
 * <p>Body: {@code {"content": {…the record's fields…}, "note": "…", "licence": "CC-BY-4.0", "attribution": "…"}}.
 */
@RestController
class ContributionsApi {

    private final Contributions contributions;
    private final Accounts accounts;

    ContributionsApi(Contributions contributions, Accounts accounts) {
        this.contributions = contributions;
        this.accounts = accounts;
    }

    /** No one signed in and no token. */
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    static class Unauthorized extends UserFacingException {
        Unauthorized(String message) {
            super(message);
        }
    }

    @PostMapping(value = "/api/v1/resources", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> newResource(@RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.RESOURCE, null, body, auth);
    }

    @PutMapping(value = "/api/v1/resources/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> editResource(
            @PathVariable("slug") String slug, @RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.RESOURCE, slug, body, auth);
    }

    @PostMapping(value = "/api/v1/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> newCase(@RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.CASE, null, body, auth);
    }

    @PutMapping(value = "/api/v1/cases/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> editCase(
            @PathVariable("slug") String slug, @RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.CASE, slug, body, auth);
    }

    @PostMapping(value = "/api/v1/actors", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> newActor(@RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.ACTOR, null, body, auth);
    }

    @PutMapping(value = "/api/v1/actors/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> editActor(
            @PathVariable("slug") String slug, @RequestBody(required = false) String body, Authentication auth) {
        return write(Kind.ACTOR, slug, body, auth);
    }

    /** Where a contribution stands, for its author (or a moderator). */
    @GetMapping("/api/v1/contributions/{id}")
    Map<String, Object> get(@PathVariable("id") long id, Authentication auth) {
        AccountView who = signedIn(auth);
        Contributions.View c = contributions.get(id, who);
        if (c.authorId() != who.id() && who.role().ordinal() < org.catalyse.accounts.Role.MODERATOR.ordinal()) {
            throw new ForbiddenException("Seuls son auteur et les modérateurs suivent cette contribution.");
        }
        return describe(c);
    }

    private AccountView signedIn(Authentication auth) {
        if (auth == null
                || !auth.isAuthenticated()
                || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            throw new Unauthorized("Jeton d’API requis : en-tête « Authorization: Bearer <jeton> » (créez-en un dans"
                    + " votre compte, page « Jetons d’API »).");
        }
        return accounts.byEmail(auth.getName())
                .orElseThrow(() -> new Unauthorized("Ce jeton ne correspond à aucun compte actif."));
    }

    private ResponseEntity<Map<String, Object>> write(Kind kind, String slug, String body, Authentication auth) {
        AccountView who = signedIn(auth);
        boolean write = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch("SCOPE_write"::equals);
        if (!write) {
            throw new ForbiddenException(
                    "Ce jeton ne permet que la lecture : créez un jeton de portée « write » pour proposer des fiches.");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("Corps vide : attendu {\"content\": {…}, \"note\": \"…\"}.");
        }
        JsonNode tree;
        try {
            tree = RecordKind.JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidInputException("JSON invalide : " + e.getOriginalMessage());
        }
        if (tree == null
                || !tree.isObject()
                || !tree.has("content")
                || !tree.get("content").isObject()) {
            throw new InvalidInputException(
                    "Attendu un objet {\"content\": {…les champs de la fiche…}, \"note\": \"…\", \"licence\": \"…\"}.");
        }
        for (var name : tree.propertyNames()) {
            if (!List.of("content", "note", "licence", "attribution").contains(name)) {
                throw new InvalidInputException(
                        "Champ « " + name + " » inconnu : content, note, licence, attribution.");
            }
        }
        Contributions.Saved saved = contributions.proposeJson(
                kind,
                slug,
                tree.get("content").toString(),
                text(tree, "licence"),
                text(tree, "attribution"),
                text(tree, "note"),
                who);
        if (saved.contribution() == null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", 400);
            error.put("error", "Bad Request");
            error.put("message", "La fiche ne peut pas être proposée telle quelle : corrigez les champs signalés.");
            error.put(
                    "problems",
                    saved.problems().stream()
                            .map(p -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("field", p.field());
                                m.put("message", p.message());
                                return m;
                            })
                            .toList());
            error.put("path", kind.apiPath() + (slug == null ? "" : "/" + slug));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(error);
        }
        URI page = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(saved.contribution().url())
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(page)
                .contentType(MediaType.APPLICATION_JSON)
                .body(describe(saved.contribution()));
    }

    private static String text(JsonNode tree, String name) {
        JsonNode n = tree.get(name);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static Map<String, Object> describe(Contributions.View c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("kind", c.kind().word());
        out.put("slug", c.slug());
        out.put("new", c.creation());
        out.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        out.put("title", c.title());
        out.put("revision", c.revision());
        out.put(
                "url",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(c.url())
                        .toUriString());
        out.put("api", "/api/v1/contributions/" + c.id());
        out.put("reason", c.reason());
        return out;
    }
}
