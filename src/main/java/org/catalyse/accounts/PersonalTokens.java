package org.catalyse.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: their owner creates them (the secret is shown once, only its SHA-256 is kept) and revokes
 * them; a request that presents one acts as its owner, with the owner's role as it is now.
 */
@Service
class PersonalTokens {

    /** Every token starts with this, so that people and secret scanners recognise one. */
    static final String PREFIX = "cat_";

    static final int MAX_ACTIVE = 20;
    static final int MAX_NAME = 80;

    private final ApiTokens tokens;
    private final AccountStore accounts;
    private final SecurityLog log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalTokens(ApiTokens tokens, AccountStore accounts, SecurityLog log, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.log = log;
        this.clock = clock;
    }

    /** A token just made: its secret, which is never shown again. */
    record Created(ApiTokenView token, String secret) {}

    /** Who a valid token acts for, and what it allows. */
    record Bearer(String email, Role role, ApiScope scope) {}

    /** Why a token was refused. */
    enum Refusal {
        UNKNOWN,
        REVOKED,
        ACCOUNT_INACTIVE
    }

    /** The rule for a token's scope: writing (through review) is for roles that may contribute. */
    static boolean mayHave(Role role, ApiScope scope) {
        return scope == ApiScope.READ || role.compareTo(Role.MEMBER) >= 0;
    }

    @Transactional
    Created create(String email, String name, String scope, String remote) {
        Account account = owner(email);
        String label = name == null ? "" : name.strip();
        List<String> problems = new ArrayList<>();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            problems.add("Donnez un nom au jeton (" + MAX_NAME + " caractères au plus), par exemple le nom de"
                    + " l'outil qui l'utilisera.");
        }
        ApiScope wanted = ApiScope.parse(scope);
        if (!mayHave(account.role(), wanted)) {
            problems.add("Votre rôle ne permet pas de créer un jeton d'écriture.");
        }
        if (tokens.countByAccountIdAndRevokedAtIsNull(account.id()) >= MAX_ACTIVE) {
            problems.add("Vous avez déjà " + MAX_ACTIVE + " jetons actifs : révoquez ceux qui ne servent plus.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(
                account.id(),
                label,
                wanted,
                Accounts.sha256(secret),
                secret.substring(0, PREFIX.length() + 6),
                clock.instant()));
        log.record("TOKEN_CREATED", account.id(), account.email(), remote, token.prefix() + " " + wanted);
        return new Created(token.view(), secret);
    }

    @Transactional(readOnly = true)
    List<ApiTokenView> of(String email) {
        return tokens.findByAccountIdOrderByIdDesc(owner(email).id()).stream()
                .map(ApiToken::view)
                .toList();
    }

    /** Revokes one of the owner's tokens; from now on it is refused. */
    @Transactional
    void revoke(String email, long id, String remote) {
        Account account = owner(email);
        ApiToken token = tokens.findById(id)
                .filter(t -> t.accountId().equals(account.id()))
                .orElseThrow(() -> new NotFoundException("Ce jeton n'existe pas ou n'est pas le vôtre."));
        if (!token.revoked()) {
            token.revoke(clock.instant());
            log.record("TOKEN_REVOKED", account.id(), account.email(), remote, token.prefix());
        }
    }

    /**
     * The owner a presented secret acts for, its last use noted; or why it is refused (the refusal is logged).
     */
    @Transactional
    Optional<Bearer> authenticate(String secret, String remote) {
        Optional<ApiToken> found = secret == null || secret.length() > 200
                ? Optional.empty()
                : tokens.findByTokenHash(Accounts.sha256(secret.strip()));
        Refusal refusal;
        if (found.isEmpty()) {
            refusal = Refusal.UNKNOWN;
        } else if (found.get().revoked()) {
            refusal = Refusal.REVOKED;
        } else {
            ApiToken token = found.get();
            Optional<Account> account =
                    accounts.findById(token.accountId()).filter(a -> a.status() == Account.Status.ACTIVE);
            if (account.isPresent()) {
                token.used(clock.instant());
                ApiScope scope = mayHave(account.get().role(), token.scope()) ? token.scope() : ApiScope.READ;
                return Optional.of(
                        new Bearer(account.get().email(), account.get().role(), scope));
            }
            refusal = Refusal.ACCOUNT_INACTIVE;
        }
        log.record(
                "TOKEN_REJECTED",
                found.map(ApiToken::accountId).orElse(null),
                null,
                remote,
                refusal + found.map(t -> " " + t.prefix()).orElse(""));
        return Optional.empty();
    }

    private Account owner(String email) {
        return accounts.findByEmail(Accounts.normalise(email))
                .orElseThrow(() -> new NotFoundException("Compte inconnu."));
    }
}
