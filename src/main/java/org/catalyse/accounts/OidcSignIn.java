package org.catalyse.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in through the OpenID Connect providers set with {@code spring.security.oauth2.client.*}: the person is
 * the account of the address the provider has verified ({@code email_verified}), with the authorities of its role
 * as after a password sign-in, and is named by that address.
 */
final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final ProviderAccounts accounts;

    OidcSignIn(ProviderAccounts accounts) {
        this.accounts = accounts;
    }

    /** A provider as the sign-in page shows it. */
    record Provider(String id, String name) {}

    /** The configured providers, in the order of the configuration; none when no provider is set. */
    static List<Provider> providers(Optional<ClientRegistrationRepository> registrations) {
        List<Provider> providers = new ArrayList<>();
        registrations.filter(Iterable.class::isInstance).ifPresent(r -> {
            for (Object o : (Iterable<?>) r) {
                ClientRegistration c = (ClientRegistration) o;
                providers.add(new Provider(c.getRegistrationId(), c.getClientName()));
            }
        });
        return providers;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        String provider = request.getClientRegistration().getRegistrationId();
        String email = user.getEmail();
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    "email_not_verified", "Le fournisseur " + provider + " n'a pas donné d'adresse vérifiée.", null));
        }
        Account account = accounts.signIn(provider, email, name(user), remote())
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("account_disabled", "Compte désactivé.", null)));
        List<SimpleGrantedAuthority> authorities = account.role().authorities().stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
        return new AccountUser(authorities, user, account.email());
    }

    private static String name(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        // ProConnect gives given_name and usual_name rather than name.
        String family = user.getFamilyName() != null ? user.getFamilyName() : user.getClaimAsString("usual_name");
        String joined = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                        + (family == null ? "" : family))
                .strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String remote() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The signed-in person: named by the account's address, with the role's authorities only. */
    static final class AccountUser extends DefaultOidcUser {
        private static final long serialVersionUID = 1L;
        private final String email;

        AccountUser(List<SimpleGrantedAuthority> authorities, OidcUser user, String email) {
            super(authorities, user.getIdToken(), user.getUserInfo(), "sub");
            this.email = email;
        }

        @Override
        public String getName() {
            return email;
        }
    }
}
