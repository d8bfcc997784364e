package org.catalyse.contributions;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Accounts;
import org.catalyse.accounts.KeptForm;
import org.catalyse.accounts.Role;
import org.catalyse.commons.Licence;
import org.catalyse.shared.ConflictException;
import org.catalyse.shared.FieldProblem;
import org.catalyse.shared.NotFoundException;
import org.catalyse.shared.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Proposing a new record or an edit, revising it, submitting it, vouching for it and, for moderators, deciding on
 * it; the page of a contribution with its timeline and what it changes.
 */
@Controller
class ContributionPages {

    /** The form inputs that are not fields of the record. */
    static final List<String> OWN_INPUTS =
            List.of("_csrf", "action", "version", "contribution_licence", "contribution_attribution", "note");

    private final Contributions contributions;
    private final Accounts accounts;

    ContributionPages(Contributions contributions, Accounts accounts) {
        this.contributions = contributions;
        this.accounts = accounts;
    }

    AccountView who(Principal principal) {
        return principal == null ? null : accounts.byEmail(principal.getName()).orElse(null);
    }

    static Kind kind(String word) {
        return Kind.fromWord(word)
                .orElseThrow(() ->
                        new NotFoundException("Type de fiche « " + word + " » inconnu : ressource, cas ou acteur."));
    }

    @GetMapping("/contribuer")
    String start(Model model) {
        model.addAttribute("kinds", Kind.values());
        return "contributions/start";
    }

    @GetMapping("/contribuer/{kind}/nouveau")
    String newForm(@PathVariable("kind") String kindWord, HttpServletRequest request, Model model) {
        Kind kind = kind(kindWord);
        Optional<KeptForm> kept = KeptForm.take(request);
        if (kept.isPresent()) {
            return keptForm(model, kind, null, null, kept.get());
        }
        return form(model, kind, null, null, FormValues.empty(), List.of(), null, null, null, null);
    }

    /** A form sent after its session expired, shown again as it was typed. */
    private String keptForm(Model model, Kind kind, String slug, Contributions.View contribution, KeptForm kept) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>(kept.params());
        model.addAttribute("kept", true);
        // The version the person was writing from: saving over a newer one is then caught as a conflict.
        model.addAttribute("keptVersion", kept.first("version"));
        return form(
                model,
                kind,
                slug,
                contribution,
                new FormValues(fields(params)),
                List.of(),
                kept.first("contribution_licence"),
                kept.first("contribution_attribution"),
                kept.first("note"),
                null);
    }

    @PostMapping("/contribuer/{kind}/nouveau")
    String propose(
            @PathVariable("kind") String kindWord,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            Model model) {
        return proposeOn(kind(kindWord), null, params, principal, model);
    }

    @GetMapping("/contribuer/{kind}/{slug}")
    String editForm(
            @PathVariable("kind") String kindWord,
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            Model model) {
        Kind kind = kind(kindWord);
        FormValues values = contributions.currentForm(kind, slug);
        model.addAttribute("open", contributions.openOn(kind, slug));
        Optional<KeptForm> kept = KeptForm.take(request);
        if (kept.isPresent()) {
            return keptForm(model, kind, slug, null, kept.get());
        }
        return form(model, kind, slug, null, values, List.of(), null, null, null, null);
    }

    @PostMapping("/contribuer/{kind}/{slug}")
    String proposeEdit(
            @PathVariable("kind") String kindWord,
            @PathVariable("slug") String slug,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            Model model) {
        return proposeOn(kind(kindWord), slug, params, principal, model);
    }

    private String proposeOn(
            Kind kind, String slug, MultiValueMap<String, String> params, Principal principal, Model model) {
        AccountView who = who(principal);
        Map<String, List<String>> fields = fields(params);
        Contributions.Saved saved = contributions.propose(
                kind,
                slug,
                fields,
                params.getFirst("contribution_licence"),
                params.getFirst("contribution_attribution"),
                params.getFirst("note"),
                "submit".equals(params.getFirst("action")),
                who,
                false);
        return afterSave(saved, fields, params, model);
    }

    private String afterSave(
            Contributions.Saved saved,
            Map<String, List<String>> fields,
            MultiValueMap<String, String> params,
            Model model) {
        Contributions.View c = saved.contribution();
        if (saved.problems().isEmpty()) {
            return "redirect:/contributions/" + c.id() + (saved.submitted() ? "?envoyee" : "?enregistree");
        }
        return form(
                model,
                c.kind(),
                c.creation() ? null : c.slug(),
                c,
                new FormValues(fields),
                saved.problems(),
                params.getFirst("contribution_licence"),
                params.getFirst("contribution_attribution"),
                params.getFirst("note"),
                "submit".equals(params.getFirst("action"))
                        ? "Votre texte est enregistré comme brouillon, mais il ne peut pas encore être envoyé :"
                                + " corrigez ce qui est signalé, puis envoyez-le."
                        : "Votre brouillon est enregistré. Avant de l’envoyer, corrigez ce qui est signalé.");
    }

    @GetMapping("/contributions/{id}")
    String show(@PathVariable("id") long id, Principal principal, Locale locale, Model model) {
        AccountView who = who(principal);
        return page(model, contributions.get(id, who), who, locale, null);
    }

    private String page(Model model, Contributions.View c, AccountView who, Locale locale, String problem) {
        boolean moderator = who != null && who.role().ordinal() >= Role.MODERATOR.ordinal();
        boolean author = who != null && who.id() == c.authorId();
        model.addAttribute("c", c);
        model.addAttribute("author", author);
        model.addAttribute("moderator", moderator);
        model.addAttribute(
                "canDecide",
                moderator && c.status() == Status.SUBMITTED && (!author || who.role() == Role.ADMINISTRATOR));
        model.addAttribute(
                "canVouch",
                who != null && !author && c.status() == Status.SUBMITTED && !contributions.hasVouched(c.id(), who));
        model.addAttribute("vouched", contributions.hasVouched(c.id(), who));
        model.addAttribute("stale", contributions.stale(c.id()));
        model.addAttribute("steps", contributions.timeline(c.id(), who != null));
        model.addAttribute("changes", contributions.changes(c.id(), locale));
        model.addAttribute("revisions", contributions.revisions(c.id(), locale));
        model.addAttribute("problem", problem);
        return "contributions/contribution";
    }

    @GetMapping("/contributions/{id}/modifier")
    String reviseForm(@PathVariable("id") long id, Principal principal, HttpServletRequest request, Model model) {
        AccountView who = who(principal);
        Contributions.View c = contributions.get(id, who);
        if (who == null || who.id() != c.authorId()) {
            throw new org.catalyse.shared.ForbiddenException(
                    "Seul l’auteur ou l’autrice de cette contribution peut la modifier.");
        }
        Optional<KeptForm> kept = KeptForm.take(request);
        if (kept.isPresent()) {
            return keptForm(model, c.kind(), c.creation() ? null : c.slug(), c, kept.get());
        }
        return form(
                model,
                c.kind(),
                c.creation() ? null : c.slug(),
                c,
                contributions.form(c),
                List.of(),
                c.licence(),
                c.attribution(),
                c.note(),
                c.status().editableByAuthor()
                        ? null
                        : "Cette contribution est " + c.statusWord() + " : elle ne peut plus être modifiée.");
    }

    @PostMapping("/contributions/{id}/modifier")
    String revise(
            @PathVariable("id") long id,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            Model model) {
        AccountView who = who(principal);
        Map<String, List<String>> fields = fields(params);
        long version;
        try {
            version = Long.parseLong(params.getFirst("version") == null ? "-1" : params.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            Contributions.Saved saved = contributions.revise(
                    id,
                    version,
                    fields,
                    params.getFirst("contribution_licence"),
                    params.getFirst("contribution_attribution"),
                    params.getFirst("note"),
                    "submit".equals(params.getFirst("action")),
                    who);
            return afterSave(saved, fields, params, model);
        } catch (ConflictException e) {
            // Nobody's text is lost: the person's text is shown again, with the saved version's number to save over.
            Contributions.View now = contributions.get(id, who);
            model.addAttribute("conflict", true);
            model.addAttribute("saved", contributions.form(now).asMap());
            return form(
                    model,
                    now.kind(),
                    now.creation() ? null : now.slug(),
                    now,
                    new FormValues(fields),
                    List.of(),
                    params.getFirst("contribution_licence"),
                    params.getFirst("contribution_attribution"),
                    params.getFirst("note"),
                    e.getMessage());
        }
    }

    @PostMapping("/contributions/{id}/soumettre")
    String submit(@PathVariable("id") long id, Principal principal, Locale locale, Model model) {
        AccountView who = who(principal);
        try {
            Contributions.Saved saved = contributions.submit(id, who);
            if (!saved.problems().isEmpty()) {
                return page(
                        model,
                        saved.contribution(),
                        who,
                        locale,
                        "Elle ne peut pas être envoyée telle quelle : "
                                + saved.problems().stream()
                                        .map(FieldProblem::message)
                                        .collect(Collectors.joining(" ")));
            }
            return "redirect:/contributions/" + id + "?envoyee";
        } catch (ConflictException e) {
            return page(model, contributions.get(id, who), who, locale, e.getMessage());
        }
    }

    @PostMapping("/contributions/{id}/soutenir")
    String vouch(@PathVariable("id") long id, Principal principal, Locale locale, Model model) {
        AccountView who = who(principal);
        try {
            contributions.vouch(id, who);
            return "redirect:/contributions/" + id + "?soutenue";
        } catch (ConflictException e) {
            return page(model, contributions.get(id, who), who, locale, e.getMessage());
        }
    }

    @PostMapping("/contributions/{id}/decision")
    String decide(
            @PathVariable("id") long id,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @RequestParam(name = "comment", required = false) String comment,
            @RequestParam(name = "overNewer", required = false) String overNewer,
            Principal principal,
            Locale locale,
            Model model) {
        AccountView who = who(principal);
        try {
            switch (decision) {
                case "approve" -> contributions.approve(id, comment, overNewer != null, who);
                case "changes" -> contributions.requestChanges(id, comment, who);
                case "reject" -> contributions.reject(id, comment, who);
                default ->
                    throw new org.catalyse.shared.InvalidInputException(
                            "Choisissez une décision : approuver, demander des changements ou refuser.");
            }
            return "redirect:/contributions/" + id + "?decidee";
        } catch (UserFacingException e) {
            if (e instanceof org.catalyse.shared.ForbiddenException || e instanceof NotFoundException) {
                throw e;
            }
            model.addAttribute("comment", comment);
            return page(model, contributions.get(id, who), who, locale, e.getMessage());
        }
    }

    private String form(
            Model model,
            Kind kind,
            String slug,
            Contributions.View contribution,
            FormValues values,
            List<FieldProblem> problems,
            String licence,
            String attribution,
            String note,
            String message) {
        List<FormField> fields = contributions.fields(kind);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new java.util.ArrayList<>();
        java.util.Set<String> names = fields.stream().map(FormField::name).collect(Collectors.toSet());
        for (FieldProblem p : problems) {
            if (p.field() != null && (names.contains(p.field()) || p.field().startsWith("contribution_"))) {
                byField.computeIfAbsent(p.field(), k -> new java.util.ArrayList<>())
                        .add(p.message());
            } else {
                general.add(p.message());
            }
        }
        model.addAttribute("kind", kind);
        model.addAttribute("slug", slug);
        model.addAttribute("contribution", contribution);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values.asMap());
        model.addAttribute("problems", byField);
        model.addAttribute("generalProblems", general);
        model.addAttribute("problemCount", problems.size());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("licence", licence == null || licence.isBlank() ? Licence.DEFAULT.key() : licence);
        model.addAttribute("attribution", attribution);
        model.addAttribute("note", note);
        model.addAttribute("message", message);
        model.addAttribute(
                "action",
                contribution != null
                        ? "/contributions/" + contribution.id() + "/modifier"
                        : "/contribuer/" + kind.word() + "/" + (slug == null ? "nouveau" : slug));
        if (!model.containsAttribute("open")) {
            model.addAttribute("open", List.of());
        }
        return "contributions/form";
    }

    /** The record's fields among the form's inputs. */
    static Map<String, List<String>> fields(MultiValueMap<String, String> params) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!OWN_INPUTS.contains(name)) {
                fields.put(name, values);
            }
        });
        return fields;
    }
}
