package org.catalyse.commons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The page of a resource, with its qualifiers, territories, licence and related resources. */
@Controller
class CommonsPages {

    /** A qualifier axis shown on a page: its label and its values' labels. */
    record QualifierGroup(String axis, String label, List<String> values) {}

    /** A territory a resource is attached to, with its page. */
    record Place(String name, String url) {}

    private final Commons commons;
    private final Frame frame;
    private final Territories territories;
    private final JsonMapper json = JsonMapper.builder().build();

    CommonsPages(Commons commons, Frame frame, Territories territories) {
        this.commons = commons;
        this.frame = frame;
        this.territories = territories;
    }

    @GetMapping("/ressources/{slug}")
    String resource(@PathVariable String slug, Model model, Locale locale) {
        ResourceView resource = commons.find(slug)
                .orElseThrow(() ->
                        new NotFoundException("Aucune ressource ne porte l'adresse « " + abbreviate(slug) + " »."));
        model.addAttribute("resource", resource);
        model.addAttribute("typeLabel", label("medoc-type", resource.type(), locale));
        model.addAttribute("qualifiers", groups(resource, locale));
        model.addAttribute("places", places(resource));
        model.addAttribute("jsonLd", jsonLd(resource));
        return "commons/resource";
    }

    @GetMapping("/ressources/{slug}/fichiers/{fileName}")
    ResponseEntity<FileSystemResource> attachment(@PathVariable String slug, @PathVariable String fileName) {
        ResourceView resource = commons.find(slug)
                .orElseThrow(() ->
                        new NotFoundException("Aucune ressource ne porte l'adresse « " + abbreviate(slug) + " »."));
        ResourceView.AttachmentView described = resource.attachments().stream()
                .filter(a -> a.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundException("Cette ressource n'a pas de fichier « " + abbreviate(fileName) + " »."));
        java.nio.file.Path file = commons.attachment(slug, fileName)
                .orElseThrow(
                        () -> new NotFoundException("Le fichier « " + abbreviate(fileName) + " » est introuvable."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(described.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(described.fileName())
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }

    private List<QualifierGroup> groups(ResourceView resource, Locale locale) {
        List<QualifierGroup> groups = new ArrayList<>();
        for (FrameView.Axis axis : frame.current().axes()) {
            if (axis.key().equals("medoc-type")) {
                continue;
            }
            List<String> values = resource.qualifier(axis.key()).stream()
                    .map(v -> label(axis.key(), v, locale))
                    .toList();
            if (!values.isEmpty()) {
                groups.add(new QualifierGroup(axis.key(), axis.label().in(locale), values));
            }
        }
        return groups;
    }

    private String label(String axis, String value, Locale locale) {
        return frame.value(axis + ":" + value).map(v -> v.label().in(locale)).orElse(value);
    }

    private List<Place> places(ResourceView resource) {
        return resource.territories().stream()
                .map(TerritoryId::parse)
                .flatMap(id -> territories.find(id).stream())
                .map(t -> new Place(t.name(), "/territoires/" + t.echelon().key() + "/" + t.code()))
                .toList();
    }

    /** schema.org description of the resource, safe to place inside a script element. */
    String jsonLd(ResourceView r) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "LearningResource");
        ld.put("name", r.title());
        ld.put("description", r.summary());
        ld.put("url", r.url());
        ld.put("inLanguage", r.language());
        ld.put("license", r.licence().url());
        if (r.published() != null) {
            ld.put("datePublished", r.published().toString());
        }
        if (r.verified() != null) {
            ld.put("dateModified", r.verified().toString());
        }
        ld.put("learningResourceType", r.type());
        ld.put(
                "author",
                r.authors().stream()
                        .map(a -> Map.of("@type", "Person", "name", a))
                        .toList());
        if (r.organisation() != null) {
            ld.put("publisher", Map.of("@type", "Organization", "name", r.organisation()));
        }
        ld.put(
                "keywords",
                r.qualifiers().values().stream().flatMap(List::stream).toList());
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
