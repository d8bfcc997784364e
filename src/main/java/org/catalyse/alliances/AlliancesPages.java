package org.catalyse.alliances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Places;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Pages of actors, cases and "who can help here". */
@Controller
class AlliancesPages {

    /** A territory as linked from a page. */
    record Place(String id, String name, String url) {}

    /** Values of one axis as shown: the axis label and the value labels. */
    record Group(String label, List<String> values) {}

    private final Alliances alliances;
    private final Frame frame;
    private final Territories territories;
    private final Places places;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    AlliancesPages(Alliances alliances, Frame frame, Territories territories, Places places, MessageSource messages) {
        this.alliances = alliances;
        this.frame = frame;
        this.territories = territories;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/acteurs")
    String actors() {
        return "redirect:/recherche?type=actor";
    }

    @GetMapping("/alliances")
    String cases() {
        return "redirect:/recherche?type=case";
    }

    @GetMapping("/acteurs/{slug}")
    String actor(@PathVariable String slug, Model model, Locale locale) {
        ActorView actor = alliances
                .actor(slug)
                .orElseThrow(
                        () -> new NotFoundException("Aucun acteur ne porte l’adresse « " + abbreviate(slug) + " »."));
        ActorContent c = actor.content();
        model.addAttribute("actor", actor);
        model.addAttribute("profile", label("actor-profile", c.profile(), locale));
        model.addAttribute("home", c.homeCommune() == null ? null : place(c.homeCommune()));
        model.addAttribute(
                "functions",
                c.catalystFunctions().stream()
                        .map(f -> label("catalyst-function", f, locale))
                        .toList());
        model.addAttribute("coverage", c.coverage().stream().map(this::place).toList());
        model.addAttribute("cases", alliances.casesOf(slug));
        model.addAttribute("jsonLd", actorJsonLd(actor));
        return "alliances/actor";
    }

    @GetMapping("/alliances/{slug}")
    String partnershipCase(@PathVariable String slug, Model model, Locale locale) {
        CaseView view = alliances
                .partnershipCase(slug)
                .orElseThrow(() -> new NotFoundException(
                        "Aucun cas de partenariat ne porte l’adresse « " + abbreviate(slug) + " »."));
        CaseContent c = view.content();
        model.addAttribute("case", view);
        model.addAttribute("places", c.territories().stream().map(this::place).toList());
        List<Group> groups = new ArrayList<>();
        c.qualifiers().forEach((axis, values) -> {
            if (axis.equals("mecenat-type")) {
                groups.add(new Group(
                        messages.getMessage("case.mecenatType", null, locale),
                        values.stream()
                                .map(v -> messages.getMessage("case.mecenatType." + v, null, v, locale))
                                .toList()));
            } else {
                groups.add(new Group(
                        frame.current()
                                .axis(axis)
                                .map(a -> a.label().in(locale))
                                .orElse(axis),
                        values.stream().map(v -> label(axis, v, locale)).toList()));
            }
        });
        model.addAttribute("qualifiers", groups);
        model.addAttribute("status", messages.getMessage("case.status." + c.status(), null, c.status(), locale));
        Map<String, String> impacts = new LinkedHashMap<>();
        c.outcomes().keySet().forEach(i -> impacts.put(i, label("impact", i, locale)));
        model.addAttribute("impacts", impacts);
        model.addAttribute(
                "partnerProfiles",
                view.partners().stream()
                        .map(p -> label("actor-profile", p.actor().content().profile(), locale))
                        .toList());
        model.addAttribute("jsonLd", caseJsonLd(view));
        return "alliances/case";
    }

    /**
     * "Qui peut m'aider ici ?": a place typed as a postal code, a commune or any territory name, or given by
     * its id; a postal code or name shared by several communes asks which one.
     */
    @GetMapping("/qui-peut-aider")
    String whoCanHelp(
            @RequestParam(name = "lieu", required = false) String lieu,
            @RequestParam(name = "territory", required = false) String territory,
            Model model,
            Locale locale) {
        model.addAttribute("lieu", lieu == null ? "" : lieu);
        if (territory != null && !territory.isBlank()) {
            showCatalysts(TerritoryId.parse(territory.trim()), model, locale);
        } else if (lieu != null && !lieu.isBlank()) {
            Places.Resolved resolved = places.resolve(lieu);
            if (resolved.place().isPresent()) {
                showCatalysts(resolved.place().get(), model, locale);
            } else if (!resolved.choices().isEmpty()) {
                model.addAttribute(
                        "choices",
                        resolved.choices().stream()
                                .map(t -> new Place(
                                        t.id().toString(),
                                        t.name() + (t.location().isEmpty() ? "" : " – " + t.location()),
                                        "/qui-peut-aider?territory=" + t.id()))
                                .toList());
            } else {
                model.addAttribute("notFound", true);
            }
        }
        return "alliances/catalysts";
    }

    private void showCatalysts(TerritoryId id, Model model, Locale locale) {
        TerritoryView place = territories.get(id);
        model.addAttribute("place", place);
        List<CatalystMatch> matches = alliances.catalystsFor(id);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CatalystMatch m : matches) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("match", m);
            row.put(
                    "functions",
                    m.functions().stream()
                            .map(f -> label("catalyst-function", f, locale))
                            .toList());
            row.put("matchedBy", place(m.matchedBy().toString()));
            row.put("coverage", m.coverage().stream().map(this::place).toList());
            rows.add(row);
        }
        model.addAttribute("catalysts", rows);
    }

    private Place place(String id) {
        try {
            TerritoryId parsed = TerritoryId.parse(id);
            Optional<TerritoryView> t = territories.find(parsed);
            return new Place(
                    id,
                    t.map(TerritoryView::name).orElse(id),
                    "/territoires/" + parsed.echelon().key() + "/" + parsed.code());
        } catch (RuntimeException e) {
            return new Place(id, id, null);
        }
    }

    private String label(String axis, String value, Locale locale) {
        return frame.value(axis + ":" + value)
                .map(FrameView.Value::label)
                .map(l -> l.in(locale))
                .orElse(value);
    }

    String actorJsonLd(ActorView a) {
        ActorContent c = a.content();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Organization");
        ld.put("name", c.name());
        ld.put("url", a.url());
        if (c.description() != null) {
            ld.put("description", c.description());
        }
        if (c.website() != null) {
            ld.put("sameAs", c.website());
        }
        if (c.siren() != null) {
            ld.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "SIREN", "value", c.siren()));
        }
        if (!c.coverage().isEmpty()) {
            ld.put("areaServed", c.coverage().stream().map(t -> place(t).name()).toList());
        }
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    String caseJsonLd(CaseView v) {
        CaseContent c = v.content();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Project");
        ld.put("name", c.title());
        ld.put("description", c.summary());
        ld.put("url", v.url());
        ld.put(
                "member",
                v.partners().stream()
                        .map(p -> Map.of(
                                "@type",
                                "Organization",
                                "name",
                                p.actor().name(),
                                "url",
                                p.actor().url()))
                        .toList());
        ld.put("areaServed", c.territories().stream().map(t -> place(t).name()).toList());
        if (c.startYear() != null) {
            ld.put("foundingDate", String.valueOf(c.startYear()));
        }
        if (c.verified() != null) {
            ld.put("dateModified", c.verified().toString());
        }
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
