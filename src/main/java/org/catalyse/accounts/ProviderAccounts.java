package org.catalyse.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who sign in through an OpenID Connect provider (ProConnect, FranceConnect…): found by the
 * e-mail address the provider has verified, or made as members, active at once, without a usable password (the
 * owner can choose one later with "mot de passe oublié").
 */
@Service
class ProviderAccounts {

    private final AccountStore store;
    private final Passwords passwords;
    private final SecurityLog log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProviderAccounts(AccountStore store, Passwords passwords, SecurityLog log, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The account of a verified address, made if needed; empty when that account is disabled. An account whose
     * address was waiting for confirmation is confirmed: the provider has verified it.
     */
    @Transactional
    Optional<Account> signIn(String provider, String email, String name, String remote) {
        String address = Accounts.normalise(email);
        Optional<Account> existing = store.findByEmail(address);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (account.status() == Account.Status.DISABLED) {
                log.record("SIGN_IN_FAILED", account.id(), address, remote, provider + ": account disabled");
                return Optional.empty();
            }
            account.confirm(clock.instant());
            return Optional.of(account);
        }
        byte[] unusable = new byte[32];
        random.nextBytes(unusable);
        Account account = new Account(
                address,
                passwords.hash(Base64.getEncoder().encodeToString(unusable)),
                displayName(name, address),
                clock.instant());
        account.confirm(clock.instant());
        store.save(account);
        log.record("SIGN_UP_PROVIDER", account.id(), address, remote, provider);
        return Optional.of(account);
    }

    /** The name the provider gives, or the start of the address. */
    static String displayName(String name, String address) {
        String n = name == null || name.isBlank() ? address.substring(0, address.indexOf('@')) : name.strip();
        return n.length() > 120 ? n.substring(0, 120) : n;
    }
}
