package org.catalyse.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a personal API token allows: reading, or reading and writing. A request made with a token holds the
 * authority {@code SCOPE_read}, and {@code SCOPE_write} too for a write token; signing in on the site gives
 * neither, so that the API's writes are made with a token only.
 */
public enum ApiScope {
    READ,
    WRITE;

    /** The Spring Security authority of this scope, e.g. {@code SCOPE_write}. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this authentication holds this scope. */
    public boolean grantedTo(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> authority().equals(a.getAuthority()));
    }

    /** Whether the current request holds this scope, e.g. {@code ApiScope.WRITE.granted()} in a controller. */
    public boolean granted() {
        return grantedTo(SecurityContextHolder.getContext().getAuthentication());
    }

    static ApiScope parse(String value) {
        if ("write".equalsIgnoreCase(value == null ? "" : value.strip())) {
            return WRITE;
        }
        if ("read".equalsIgnoreCase(value == null ? "" : value.strip())) {
            return READ;
        }
        throw new org.catalyse.shared.InvalidInputException(
                "Portée inconnue : choisissez « lecture » (read) ou « lecture et écriture » (write).");
    }
}
