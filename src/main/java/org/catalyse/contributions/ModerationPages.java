package org.catalyse.contributions;

import java.security.Principal;
import java.util.Locale;
import org.catalyse.accounts.AccountView;
import org.catalyse.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moderators' queue, the public moderation log, the history of each record, and who is responsible for a
 * record.
 */
@Controller
class ModerationPages {

    static final int LOG_PAGE = 50;

    private final Contributions contributions;
    private final ContributionPages pages;

    ModerationPages(Contributions contributions, ContributionPages pages) {
        this.contributions = contributions;
        this.pages = pages;
    }

    @GetMapping("/moderation")
    String queue(
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "rapide", required = false) String fast,
            @RequestParam(name = "canal", required = false) String channel,
            @RequestParam(name = "q", required = false) String words,
            Principal principal,
            Model model) {
        AccountView who = pages.who(principal);
        Status s = parseStatus(status);
        Kind k = kind == null || kind.isBlank() ? null : ContributionPages.kind(kind);
        if (channel != null && !channel.isBlank() && !channel.equals("web") && !channel.equals("api")) {
            throw new InvalidInputException("Canal « " + channel + " » inconnu : web ou api.");
        }
        Contributions.QueueFilter filter = new Contributions.QueueFilter(s, k, fast != null, channel, words);
        model.addAttribute("items", contributions.queue(filter, who));
        model.addAttribute("counts", contributions.queueCounts());
        model.addAttribute("status", s == null ? Status.SUBMITTED : s);
        model.addAttribute("kind", k);
        model.addAttribute("fast", fast != null);
        model.addAttribute("channel", channel);
        model.addAttribute("q", words);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("statuses", Status.values());
        return "contributions/queue";
    }

    private static Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "Statut « " + status + " » inconnu : draft, submitted, changes_requested, approved ou rejected.");
        }
    }

    @GetMapping("/moderation/journal")
    String log(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        if (page < 1) {
            throw new InvalidInputException("Page « " + page + " » invalide : 1 ou plus.");
        }
        long total = contributions.logSize();
        model.addAttribute("decisions", contributions.log(page - 1, LOG_PAGE));
        model.addAttribute("page", page);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) page * LOG_PAGE < total);
        return "contributions/log";
    }

    @PostMapping("/moderation/responsables")
    String addOwner(
            @RequestParam(name = "type", defaultValue = "") String kind,
            @RequestParam(name = "slug", defaultValue = "") String slug,
            @RequestParam(name = "email", defaultValue = "") String email,
            Principal principal,
            Locale locale,
            Model model) {
        Kind k = ContributionPages.kind(kind);
        try {
            contributions.addOwner(k, slug, email, pages.who(principal));
            return "redirect:" + k.page(slug) + "/historique?responsable";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return history(k, slug, principal, locale, model);
        }
    }

    @GetMapping("/ressources/{slug}/historique")
    String resourceHistory(@PathVariable("slug") String slug, Principal principal, Locale locale, Model model) {
        return history(Kind.RESOURCE, slug, principal, locale, model);
    }

    @GetMapping("/alliances/{slug}/historique")
    String caseHistory(@PathVariable("slug") String slug, Principal principal, Locale locale, Model model) {
        return history(Kind.CASE, slug, principal, locale, model);
    }

    @GetMapping("/acteurs/{slug}/historique")
    String actorHistory(@PathVariable("slug") String slug, Principal principal, Locale locale, Model model) {
        return history(Kind.ACTOR, slug, principal, locale, model);
    }

    private String history(Kind kind, String slug, Principal principal, Locale locale, Model model) {
        AccountView who = pages.who(principal);
        model.addAttribute("kind", kind);
        model.addAttribute("slug", slug);
        model.addAttribute("versions", contributions.history(kind, slug, locale));
        model.addAttribute("title", contributions.currentTitle(kind, slug).orElse(slug));
        model.addAttribute("open", contributions.openOn(kind, slug));
        model.addAttribute(
                "moderator", who != null && who.role().ordinal() >= org.catalyse.accounts.Role.MODERATOR.ordinal());
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", null);
        }
        return "contributions/history";
    }
}
