package org.catalyse.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.catalyse.frame.Frame;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-up with e-mail confirmation, password reset, profile, roles. Messages never tell whether an
 * address has an account: sign-up and reset requests answer the same way in every case, and the owner of an
 * address learns by mail what was asked.
 */
@Service
public class Accounts {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** Attempts from one client address before it is slowed down: many people may share it. */
    static final int CLIENT_FREE_ATTEMPTS = 30;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** How following a one-time link went. */
    public enum LinkState {
        USABLE,
        USED,
        EXPIRED,
        UNKNOWN
    }

    private final AccountStore store;
    private final AccountTokens tokens;
    private final Passwords passwords;
    private final Mailer mailer;
    private final SecurityLog log;
    private final Throttle throttle;
    private final Frame frame;
    private final Territories territories;
    private final Clock clock;
    private final Set<String> administrators;
    private final SecureRandom random = new SecureRandom();

    Accounts(
            AccountStore store,
            AccountTokens tokens,
            Passwords passwords,
            Mailer mailer,
            SecurityLog log,
            Throttle throttle,
            Frame frame,
            Territories territories,
            Clock clock,
            @Value("${catalyse.accounts.administrators:}") String administrators) {
        this.store = store;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.log = log;
        this.throttle = throttle;
        this.frame = frame;
        this.territories = territories;
        this.clock = clock;
        this.administrators = java.util.Arrays.stream(administrators.split(","))
                .map(Accounts::normalise)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Signs up a new account, which can sign in once its address is confirmed through the link sent by mail. An
     * address that already has an account gets a mail saying so instead; the answer is the same.
     *
     * @param baseUrl the address of the platform, for the links in the mail
     * @return what is wrong with the form (field name → message); empty when the request was taken
     */
    @Transactional
    public List<Problem> signUp(String email, String password, String displayName, String remote, String baseUrl) {
        String address = normalise(email);
        List<Problem> problems = new ArrayList<>();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            problems.add(
                    new Problem("email", "Saisissez une adresse électronique valide, par exemple nom@exemple.fr."));
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            problems.add(new Problem("displayName", "Indiquez votre nom (120 caractères au plus)."));
        }
        passwords.problem(password, address).ifPresent(p -> problems.add(new Problem("password", p)));
        if (!problems.isEmpty()) {
            return problems;
        }
        // Per client, and per address so that several clients cannot flood one mailbox.
        Duration wait = longest(
                throttle.wait("signup:" + remote, CLIENT_FREE_ATTEMPTS), throttle.wait("signup-address:" + address));
        if (!wait.isZero()) {
            log.record("SIGN_UP_THROTTLED", null, address, remote, null);
            return List.of(new Problem("", tooMany(wait)));
        }
        throttle.failed("signup:" + remote);
        throttle.failed("signup-address:" + address);
        Optional<Account> existing = store.findByEmail(address);
        if (existing.isPresent()) {
            log.record("SIGN_UP_EXISTING", existing.get().id(), address, remote, null);
            mailer.send(
                    address,
                    "Votre compte Catalyse existe déjà",
                    "Bonjour,\n\nQuelqu'un (peut-être vous) a demandé à créer un compte Catalyse avec cette adresse,"
                            + " qui en a déjà un. Pour vous connecter : " + baseUrl
                            + "/connexion\nMot de passe oublié :"
                            + " " + baseUrl + "/mot-de-passe-oublie\n\nSi vous n'êtes pas à l'origine de cette demande,"
                            + " vous pouvez ignorer ce message.\n");
            return List.of();
        }
        Account account =
                store.save(new Account(address, passwords.hash(password), displayName.strip(), clock.instant()));
        String link = baseUrl + "/inscription/confirmer?jeton=" + issue(account, AccountToken.Purpose.CONFIRM);
        log.record("SIGN_UP", account.id(), address, remote, null);
        mailer.send(
                address,
                "Confirmez votre adresse pour Catalyse",
                "Bonjour " + account.view().displayName() + ",\n\nPour activer votre compte Catalyse, ouvrez ce lien"
                        + " (valable 48 heures, une seule fois) :\n" + link
                        + "\n\nSi vous n'avez rien demandé, ignorez ce message : aucun compte ne sera activé.\n");
        return List.of();
    }

    /** What is wrong with one field of a form ({@code field} empty: the whole form). */
    public record Problem(String field, String message) {}

    /** Confirms an address through its link. */
    @Transactional
    public LinkState confirm(String token, String remote) {
        Optional<AccountToken> found = find(token);
        LinkState state = state(found, AccountToken.Purpose.CONFIRM);
        if (state != LinkState.USABLE) {
            log.record("CONFIRM_REFUSED", found.map(AccountToken::accountId).orElse(null), null, remote, state.name());
            return state;
        }
        AccountToken t = found.orElseThrow();
        t.use(clock.instant());
        Account account = store.findById(t.accountId()).orElseThrow();
        account.confirm(clock.instant());
        if (administrators.contains(account.email())) {
            account.changeRole(Role.ADMINISTRATOR);
        }
        log.record(
                "CONFIRMED",
                account.id(),
                account.email(),
                remote,
                account.role().name());
        return LinkState.USABLE;
    }

    /**
     * Sends a reset link to an address if it has an active account; says nothing either way.
     *
     * @return a message when the requests from this address or client come too fast, else empty
     */
    @Transactional
    public Optional<String> requestReset(String email, String remote, String baseUrl) {
        String address = normalise(email);
        Duration wait = throttle.wait("reset:" + address).plus(throttle.wait("reset:" + remote, CLIENT_FREE_ATTEMPTS));
        if (!wait.isZero()) {
            log.record("RESET_THROTTLED", null, address, remote, null);
            return Optional.of(tooMany(wait));
        }
        throttle.failed("reset:" + address);
        throttle.failed("reset:" + remote);
        Optional<Account> account = store.findByEmail(address).filter(a -> a.status() == Account.Status.ACTIVE);
        log.record("RESET_REQUESTED", account.map(Account::id).orElse(null), address, remote, null);
        account.ifPresent(a -> {
            tokens.findByAccountIdAndPurposeAndUsedAtIsNull(a.id(), AccountToken.Purpose.RESET)
                    .forEach(old -> old.use(clock.instant()));
            String link = baseUrl + "/mot-de-passe/nouveau?jeton=" + issue(a, AccountToken.Purpose.RESET);
            mailer.send(
                    address,
                    "Choisir un nouveau mot de passe Catalyse",
                    "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule"
                            + " fois) :\n" + link + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de"
                            + " passe ne change pas.\n");
        });
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public LinkState resetLink(String token) {
        return state(find(token), AccountToken.Purpose.RESET);
    }

    /** Sets a new password through a reset link; the link cannot be used again. */
    @Transactional
    public List<Problem> reset(String token, String password, String remote) {
        Optional<AccountToken> found = find(token);
        LinkState state = state(found, AccountToken.Purpose.RESET);
        if (state != LinkState.USABLE) {
            log.record("RESET_REFUSED", found.map(AccountToken::accountId).orElse(null), null, remote, state.name());
            throw new InvalidInputException(linkMessage(state));
        }
        Account account = store.findById(found.get().accountId()).orElseThrow();
        Optional<String> problem = passwords.problem(password, account.email());
        if (problem.isPresent()) {
            return List.of(new Problem("password", problem.get()));
        }
        found.get().use(clock.instant());
        account.changePassword(passwords.hash(password));
        throttle.succeeded("signin:" + account.email());
        log.record("PASSWORD_RESET", account.id(), account.email(), remote, null);
        return List.of();
    }

    static String linkMessage(LinkState state) {
        return switch (state) {
            case USED -> "Ce lien a déjà servi. Demandez-en un nouveau si besoin.";
            case EXPIRED -> "Ce lien a expiré. Demandez-en un nouveau.";
            default -> "Ce lien n'est pas valable. Vérifiez qu'il a été copié en entier, ou demandez-en un nouveau.";
        };
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Trop de tentatives en peu de temps. Réessayez dans " + minutes + " minute" + (minutes > 1 ? "s" : "")
                + ".";
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> byEmail(String email) {
        return store.findByEmail(normalise(email)).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> byId(long id) {
        return store.findById(id).map(Account::view);
    }

    /**
     * Sends a mail to the holder of an account, kept in the outbox (and sent through SMTP when configured); for
     * the platform's notices (a contribution reviewed…). A failing mail server never undoes the caller's work.
     */
    public void notify(AccountView to, String subject, String body) {
        mailer.send(to.email(), subject, body);
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        return store.findAllByOrderByEmailAsc().stream().map(Account::view).toList();
    }

    /** Completes a profile: organisation, actor profile from the frame, territory (any echelon). */
    @Transactional
    public AccountView describe(
            String email, String displayName, String organisation, String actorProfile, String territory) {
        Account account =
                store.findByEmail(normalise(email)).orElseThrow(() -> new NotFoundException("Compte inconnu."));
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new InvalidInputException("Indiquez votre nom (120 caractères au plus).");
        }
        String org = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (org != null && org.length() > 200) {
            throw new InvalidInputException("Le nom de l'organisation doit compter au plus 200 caractères.");
        }
        String profile = actorProfile == null || actorProfile.isBlank() ? null : actorProfile.strip();
        if (profile != null) {
            frame.require("actor-profile", profile);
        }
        String place = territory == null || territory.isBlank() ? null : territory.strip();
        if (place != null) {
            territories.get(TerritoryId.parse(place));
        }
        account.describe(displayName.strip(), org, profile, place);
        return account.view();
    }

    /** Gives an account another role; an administrator cannot remove their own administration. */
    @Transactional
    public AccountView changeRole(String byEmail, long accountId, Role role, String remote) {
        Account by = store.findByEmail(normalise(byEmail)).orElseThrow();
        Account account = store.findById(accountId).orElseThrow(() -> new NotFoundException("Compte inconnu."));
        if (account.id().equals(by.id()) && role != Role.ADMINISTRATOR) {
            throw new InvalidInputException(
                    "Vous ne pouvez pas retirer votre propre rôle d'administrateur : demandez-le à un autre.");
        }
        Role before = account.role();
        account.changeRole(role);
        log.record("ROLE_CHANGED", account.id(), account.email(), remote, before + " → " + role + " par " + by.email());
        return account.view();
    }

    Optional<Account> account(String email) {
        return store.findByEmail(normalise(email));
    }

    private String issue(Account account, AccountToken.Purpose purpose) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Duration validity = purpose == AccountToken.Purpose.CONFIRM ? CONFIRMATION_VALIDITY : RESET_VALIDITY;
        tokens.save(new AccountToken(
                account.id(), purpose, sha256(token), clock.instant().plus(validity)));
        return token;
    }

    private Optional<AccountToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(token.strip()));
    }

    private LinkState state(Optional<AccountToken> token, AccountToken.Purpose purpose) {
        if (token.isEmpty() || token.get().purpose() != purpose) {
            return LinkState.UNKNOWN;
        }
        Instant now = clock.instant();
        if (token.get().used()) {
            return LinkState.USED;
        }
        return token.get().expired(now) ? LinkState.EXPIRED : LinkState.USABLE;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
