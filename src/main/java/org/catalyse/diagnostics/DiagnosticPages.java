package org.catalyse.diagnostics;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.frame.Frame;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Places;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Faire le point": choosing a diagnostic, answering it one axis per step without JavaScript, saving and coming
 * back through the private link, and the results.
 */
@Controller
class DiagnosticPages {

    static final String BASE = "/faire-le-point";

    private final Diagnostics diagnostics;
    private final Frame frame;
    private final Places places;
    private final Territories territories;
    private final Accounts accounts;

    DiagnosticPages(Diagnostics diagnostics, Frame frame, Places places, Territories territories, Accounts accounts) {
        this.diagnostics = diagnostics;
        this.frame = frame;
        this.places = places;
        this.territories = territories;
        this.accounts = accounts;
    }

    @GetMapping(BASE)
    String index(Model model) {
        model.addAttribute("diagnostics", diagnostics.all());
        return "diagnostics/index";
    }

    @GetMapping(BASE + "/{key}")
    String start(@PathVariable String key, Principal principal, Model model) {
        Diagnostic d = definition(key);
        AccountView who = who(principal);
        String profile =
                who != null && who.actorProfile() != null && d.profiles().contains(who.actorProfile())
                        ? who.actorProfile()
                        : d.profiles().get(0);
        String place = who != null && who.territoryId() != null
                ? territories
                        .find(TerritoryId.parse(who.territoryId()))
                        .map(t -> t.name())
                        .orElse("")
                : "";
        return startPage(d, new Start(profile, place, List.of(), List.of()), List.of(), null, model);
    }

    /** What the start form was given, to show it again. */
    record Start(String profile, String place, List<String> domains, List<String> objectives) {}

    private String startPage(Diagnostic d, Start given, List<?> choices, String error, Model model) {
        model.addAttribute("diagnostic", d);
        model.addAttribute(
                "profiles", frame.current().axis("actor-profile").orElseThrow().values());
        model.addAttribute(
                "domains", frame.current().axis("action-domain").orElseThrow().values());
        model.addAttribute(
                "objectives",
                frame.current().axis("strategic-objective").orElseThrow().values());
        model.addAttribute("given", given);
        model.addAttribute("choices", choices);
        model.addAttribute("error", error);
        return "diagnostics/start";
    }

    @PostMapping(BASE + "/{key}")
    String begin(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String profile,
            @RequestParam(defaultValue = "") String lieu,
            @RequestParam(name = "domain", required = false) List<String> domains,
            @RequestParam(name = "objective", required = false) List<String> objectives,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        Diagnostic d = definition(key);
        List<String> domainKeys = domains == null ? List.of() : List.copyOf(domains);
        List<String> objectiveKeys = objectives == null ? List.of() : List.copyOf(objectives);
        Start given = new Start(profile, lieu, domainKeys, objectiveKeys);
        if (frame.value("actor-profile:" + profile).isEmpty()) {
            response.setStatus(400);
            return startPage(
                    d,
                    new Start(d.profiles().get(0), lieu, domainKeys, objectiveKeys),
                    List.of(),
                    "Choisissez le profil de votre structure dans la liste.",
                    model);
        }
        String unknown = unknown("action-domain", domainKeys)
                .or(() -> unknown("strategic-objective", objectiveKeys))
                .orElse(null);
        if (unknown != null) {
            response.setStatus(400);
            return startPage(
                    d,
                    given,
                    List.of(),
                    "« " + unknown + " » n’est pas dans la liste : cochez les domaines et objectifs proposés.",
                    model);
        }
        TerritoryId place = null;
        if (!lieu.isBlank()) {
            if (lieu.length() > Territories.MAX_QUERY_LENGTH) {
                throw new InvalidInputException("Le lieu est trop long.");
            }
            Places.Resolved resolved = places.resolve(lieu);
            if (resolved.place().isEmpty()) {
                response.setStatus(400);
                return startPage(
                        d,
                        given,
                        resolved.choices(),
                        resolved.choices().isEmpty()
                                ? "Aucune commune ne correspond à « " + lieu
                                        + " ». Essayez un code postal ou laissez le champ vide."
                                : "Plusieurs lieux correspondent à « " + lieu + " » : choisissez le vôtre.",
                        model);
            }
            place = resolved.place().get();
        }
        AccountView who = who(principal);
        Diagnostics.Started started =
                diagnostics.start(key, profile, place, domainKeys, objectiveKeys, who == null ? null : who.id());
        return "redirect:" + BASE + "/r/" + started.secret() + "/etape/1?nouveau";
    }

    /** The first of these keys that is not a value of the frame's axis. */
    private Optional<String> unknown(String axis, List<String> keys) {
        return keys.stream().filter(k -> frame.value(axis + ":" + k).isEmpty()).findFirst();
    }

    @GetMapping(BASE + "/r/{secret}")
    String overview(@PathVariable String secret, Model model, HttpServletResponse response) {
        privatePage(response);
        Response r = diagnostics.open(secret);
        Diagnostic d = diagnostics.definitionOf(r);
        model.addAttribute("diagnostic", d);
        model.addAttribute("response", r);
        model.addAttribute("secret", secret);
        List<long[]> progress = new ArrayList<>();
        for (Diagnostic.Axis a : d.axes()) {
            List<Diagnostic.Question> qs = d.questionsOf(a.key());
            long answered =
                    qs.stream().filter(q -> r.answers().containsKey(q.key())).count();
            progress.add(new long[] {answered, qs.size()});
        }
        model.addAttribute("progress", progress);
        model.addAttribute("privateLink", privateLink(secret));
        return "diagnostics/overview";
    }

    @GetMapping(BASE + "/r/{secret}/etape/{step}")
    String step(@PathVariable String secret, @PathVariable int step, Model model, HttpServletResponse response) {
        privatePage(response);
        Response r = diagnostics.open(secret);
        return stepPage(secret, r, diagnostics.definitionOf(r), step, r.answers(), List.of(), model);
    }

    private String stepPage(
            String secret,
            Response r,
            Diagnostic d,
            int step,
            Map<String, List<String>> answers,
            List<AnswerProblem> problems,
            Model model) {
        if (step < 1 || step > d.axes().size()) {
            throw new NotFoundException("Ce diagnostic a " + d.axes().size() + " étapes.");
        }
        Diagnostic.Axis axis = d.axes().get(step - 1);
        model.addAttribute("diagnostic", d);
        model.addAttribute("response", r);
        model.addAttribute("secret", secret);
        model.addAttribute("privateLink", privateLink(secret));
        model.addAttribute("step", step);
        model.addAttribute("steps", d.axes().size());
        model.addAttribute("axis", axis);
        model.addAttribute("questions", d.questionsOf(axis.key()));
        model.addAttribute("answers", answers);
        Map<String, String> byQuestion = new LinkedHashMap<>();
        problems.forEach(p -> byQuestion.put(p.question(), p.message()));
        model.addAttribute("problems", byQuestion);
        return "diagnostics/step";
    }

    @PostMapping(BASE + "/r/{secret}/etape/{step}")
    String save(
            @PathVariable String secret,
            @PathVariable int step,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        privatePage(response);
        Response r = diagnostics.open(secret);
        Diagnostic d = diagnostics.definitionOf(r);
        if (step < 1 || step > d.axes().size()) {
            throw new NotFoundException("Ce diagnostic a " + d.axes().size() + " étapes.");
        }
        String axis = d.axes().get(step - 1).key();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q.")) {
                answers.put(
                        name.substring(2),
                        values.stream().filter(v -> !v.isBlank()).toList());
            }
        });
        d.questionsOf(axis).forEach(q -> answers.putIfAbsent(q.key(), List.of()));
        List<AnswerProblem> missing;
        try {
            missing = diagnostics.saveStep(secret, axis, answers);
        } catch (InvalidAnswersException e) {
            // Tampered answers: nothing of this step is saved; the page names each offending question.
            response.setStatus(400);
            return stepPage(secret, r, d, step, r.answers(), e.problems(), model);
        }
        String action = form.getFirst("action");
        if ("plus-tard".equals(action)) {
            return "redirect:" + BASE + "/r/" + secret + "?enregistre";
        }
        if ("precedent".equals(action)) {
            return "redirect:" + BASE + "/r/" + secret + "/etape/" + Math.max(1, step - 1);
        }
        if (!missing.isEmpty()) {
            response.setStatus(400);
            return stepPage(
                    secret,
                    diagnostics.open(secret),
                    d,
                    step,
                    diagnostics.open(secret).answers(),
                    missing,
                    model);
        }
        if (step < d.axes().size()) {
            return "redirect:" + BASE + "/r/" + secret + "/etape/" + (step + 1);
        }
        List<String> left = diagnostics.complete(secret);
        if (!left.isEmpty()) {
            int first = 1 + d.axes().stream().map(Diagnostic.Axis::key).toList().indexOf(left.get(0));
            return "redirect:" + BASE + "/r/" + secret + "/etape/" + first;
        }
        return "redirect:" + BASE + "/r/" + secret + "/resultats";
    }

    @GetMapping(BASE + "/r/{secret}/resultats")
    String results(
            @PathVariable String secret,
            Principal principal,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        privatePage(response);
        Response r = diagnostics.open(secret);
        if (!r.complete()) {
            return "redirect:" + BASE + "/r/" + secret;
        }
        model.addAttribute("secret", secret);
        model.addAttribute("base", BASE + "/r/" + secret);
        model.addAttribute("canKeep", principal != null && r.accountId() == null);
        return resultsPage(r, locale, model);
    }

    String resultsPage(Response r, Locale locale, Model model) {
        Diagnostic d = diagnostics.definitionOf(r);
        Optional<Diagnostics.Peers> peers = diagnostics.peers(r.diagnostic(), r.profile(), r.region());
        model.addAttribute("result", ResultView.of(d, r, peers, frame, locale));
        model.addAttribute(
                "profileLabel",
                frame.value("actor-profile:" + r.profile())
                        .map(v -> v.label().in(locale))
                        .orElse(r.profile()));
        model.addAttribute(
                "regionName",
                peers.filter(Diagnostics.Peers::byRegion)
                        .flatMap(p -> territories.find(TerritoryId.parse(p.region())))
                        .map(t -> t.name())
                        .orElse(null));
        model.addAttribute("peerMinimum", Diagnostics.PEER_MINIMUM);
        return "diagnostics/results";
    }

    @PostMapping(BASE + "/r/{secret}/compte")
    String keep(@PathVariable String secret, Principal principal) {
        AccountView who = who(principal);
        if (who == null) {
            return "redirect:/connexion";
        }
        diagnostics.keepInAccount(secret, who.id());
        return "redirect:/compte/diagnostics?garde";
    }

    private Diagnostic definition(String key) {
        return diagnostics
                .definition(key)
                .orElseThrow(() -> new NotFoundException("Aucun diagnostic « " + key + " »."));
    }

    private AccountView who(Principal principal) {
        return principal == null ? null : accounts.byEmail(principal.getName()).orElse(null);
    }

    static String privateLink(String secret) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + "/r/" + secret)
                .toUriString();
    }

    /** Pages behind a private link are never cached by others, indexed or given away in a referrer. */
    static void privatePage(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
