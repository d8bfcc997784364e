package org.catalyse.accounts;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** Accounts made directly in the database for tests of other modules: confirmed, with the role asked for. */
public final class TestAccounts {

    /** The password of every account made here. */
    public static final String PASSWORD = "cheval agrafe batterie 42";

    private TestAccounts() {}

    /** The account of this address, made confirmed with this role if it does not exist yet. */
    public static synchronized void ensure(ApplicationContext context, String email, Role role) {
        AccountStore store = context.getBean(AccountStore.class);
        if (store.findByEmail(email).isPresent()) {
            return;
        }
        Passwords passwords = context.getBean(Passwords.class);
        Clock clock = context.getBean(Clock.class);
        Account account =
                new Account(email, passwords.hash(PASSWORD), email.substring(0, email.indexOf('@')), clock.instant());
        account.confirm(clock.instant());
        account.changeRole(role);
        store.save(account);
    }

    /** A real personal token of this account ({@code "read"} or {@code "write"}), its secret as sent in a header. */
    public static String token(ApplicationContext context, String email, String scope) {
        return context.getBean(PersonalTokens.class)
                .create(email, "Test " + scope, scope, "127.0.0.1")
                .secret();
    }

    /** A new account waiting for its confirmation, and the secret of its confirmation link. */
    public static String pendingWithConfirmationLink(ApplicationContext context, String email) {
        AccountStore store = context.getBean(AccountStore.class);
        Clock clock = context.getBean(Clock.class);
        Account account = store.save(new Account(
                email,
                context.getBean(Passwords.class).hash(PASSWORD),
                email.substring(0, email.indexOf('@')),
                clock.instant()));
        return link(context, account.id(), AccountToken.Purpose.CONFIRM);
    }

    /** The secret of a fresh password-reset link of this existing account. */
    public static String resetLink(ApplicationContext context, String email) {
        Account account = context.getBean(AccountStore.class).findByEmail(email).orElseThrow();
        return link(context, account.id(), AccountToken.Purpose.RESET);
    }

    private static String link(ApplicationContext context, long accountId, AccountToken.Purpose purpose) {
        String secret = "lien-de-test-" + java.util.UUID.randomUUID();
        context.getBean(AccountTokens.class)
                .save(new AccountToken(
                        accountId,
                        purpose,
                        Accounts.sha256(secret),
                        context.getBean(Clock.class).instant().plus(java.time.Duration.ofHours(1))));
        return secret;
    }

    /** Lets tests that fail sign-ins on purpose leave no waiting behind them. */
    public static void forgetFailures(ApplicationContext context) {
        context.getBean(Throttle.class).clear();
    }
}
