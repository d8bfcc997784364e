package org.catalyse.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sign-up, address confirmation, sign-in page, forgotten password, and one's own account. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final Frame frame;
    private final List<OidcSignIn.Provider> providers;

    AccountPages(Accounts accounts, Frame frame, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.accounts = accounts;
        this.frame = frame;
        this.providers = OidcSignIn.providers(Optional.ofNullable(registrations.getIfAvailable()));
    }

    @GetMapping("/inscription")
    String signUpForm(Model model) {
        model.addAttribute("problems", Map.of());
        return "accounts/sign-up";
    }

    @PostMapping("/inscription")
    String signUp(
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            HttpServletRequest request,
            Model model) {
        List<Accounts.Problem> problems =
                accounts.signUp(email, password, displayName, request.getRemoteAddr(), baseUrl());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", byField(problems));
            model.addAttribute("email", email);
            model.addAttribute("displayName", displayName);
            return "accounts/sign-up";
        }
        return message(model, "account.signUp.sent.title", "account.signUp.sent.text", null);
    }

    @GetMapping("/inscription/confirmer")
    String confirmForm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "accounts/confirm";
    }

    @PostMapping("/inscription/confirmer")
    String confirm(
            @RequestParam(name = "jeton", defaultValue = "") String token, HttpServletRequest request, Model model) {
        Accounts.LinkState state = accounts.confirm(token, request.getRemoteAddr());
        if (state == Accounts.LinkState.USABLE) {
            return "redirect:/connexion?confirme";
        }
        model.addAttribute("problem", Accounts.linkMessage(state));
        return message(model, "account.link.title", null, "/inscription");
    }

    @GetMapping("/connexion")
    String signIn(
            @RequestParam(name = "attente", required = false) Integer wait, HttpServletRequest request, Model model) {
        model.addAttribute("failed", request.getParameter("erreur") != null);
        model.addAttribute("providerFailed", request.getParameter("erreur-fournisseur") != null);
        model.addAttribute("providers", providers);
        model.addAttribute("signedOut", request.getParameter("deconnecte") != null);
        model.addAttribute("confirmed", request.getParameter("confirme") != null);
        model.addAttribute("reset", request.getParameter("reinitialise") != null);
        model.addAttribute("wait", wait == null ? null : Math.max(1, Math.min(wait, 60)));
        return "accounts/sign-in";
    }

    @GetMapping("/mot-de-passe-oublie")
    String forgotForm() {
        return "accounts/forgot";
    }

    @PostMapping("/mot-de-passe-oublie")
    String forgot(
            @RequestParam(name = "email", defaultValue = "") String email, HttpServletRequest request, Model model) {
        Optional<String> tooMany = accounts.requestReset(email, request.getRemoteAddr(), baseUrl());
        if (tooMany.isPresent()) {
            model.addAttribute("problem", tooMany.get());
            return "accounts/forgot";
        }
        return message(model, "account.forgot.sent.title", "account.forgot.sent.text", null);
    }

    @GetMapping("/mot-de-passe/nouveau")
    String resetForm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        Accounts.LinkState state = accounts.resetLink(token);
        if (state != Accounts.LinkState.USABLE) {
            model.addAttribute("problem", Accounts.linkMessage(state));
            return message(model, "account.link.title", null, "/mot-de-passe-oublie");
        }
        model.addAttribute("token", token);
        return "accounts/reset";
    }

    @PostMapping("/mot-de-passe/nouveau")
    String reset(
            @RequestParam(name = "jeton", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password,
            HttpServletRequest request,
            Model model) {
        List<Accounts.Problem> problems;
        try {
            problems = accounts.reset(token, password, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return message(model, "account.link.title", null, "/mot-de-passe-oublie");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("problem", problems.get(0).message());
            return "accounts/reset";
        }
        return "redirect:/connexion?reinitialise";
    }

    @GetMapping("/compte")
    String account(Principal principal, Model model) {
        model.addAttribute("account", accounts.byEmail(principal.getName()).orElseThrow());
        model.addAttribute("profiles", profiles());
        return "accounts/account";
    }

    @PostMapping("/compte")
    String describe(
            Principal principal,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "organisation", defaultValue = "") String organisation,
            @RequestParam(name = "actorProfile", defaultValue = "") String actorProfile,
            @RequestParam(name = "territory", defaultValue = "") String territory,
            Model model) {
        try {
            accounts.describe(principal.getName(), displayName, organisation, actorProfile, territory);
        } catch (InvalidInputException | org.catalyse.shared.NotFoundException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("account", accounts.byEmail(principal.getName()).orElseThrow());
            model.addAttribute("profiles", profiles());
            return "accounts/account";
        }
        return "redirect:/compte?enregistre";
    }

    private List<FrameView.Value> profiles() {
        return frame.current().axes().stream()
                .filter(a -> a.key().equals("actor-profile"))
                .flatMap(a -> a.values().stream())
                .toList();
    }

    private static Map<String, String> byField(List<Accounts.Problem> problems) {
        return problems.stream()
                .collect(Collectors.toMap(Accounts.Problem::field, Accounts.Problem::message, (a, b) -> a));
    }

    private static String message(Model model, String title, String text, String back) {
        model.addAttribute("titleKey", title);
        model.addAttribute("textKey", text);
        model.addAttribute("back", back);
        return "accounts/message";
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
