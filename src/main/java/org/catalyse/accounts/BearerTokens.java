package org.catalyse.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <token>} as the token's owner, with the
 * authorities of the owner's role and of the token's scope, for this request only (no session). A token that is
 * unknown, revoked or whose account is no longer active gets 401; a read token that tries to write gets 403.
 */
final class BearerTokens extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final PersonalTokens tokens;
    private final ApiErrorWriter errors;

    BearerTokens(PersonalTokens tokens, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    /** Writes an API refusal as JSON. */
    interface ApiErrorWriter {
        void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
                throws IOException;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization").strip();
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            errors.write(
                    request,
                    response,
                    401,
                    "En-tête Authorization non reconnu : utilisez « Authorization: Bearer <jeton> » avec un jeton"
                            + " créé sur la page Mon compte › Jetons d'accès.");
            return;
        }
        Optional<PersonalTokens.Bearer> bearer =
                tokens.authenticate(header.substring(7).strip(), request.getRemoteAddr());
        if (bearer.isEmpty()) {
            errors.write(
                    request,
                    response,
                    401,
                    "Jeton inconnu, révoqué ou dont le compte n'est plus actif : créez-en un nouveau sur la page Mon"
                            + " compte › Jetons d'accès.");
            return;
        }
        PersonalTokens.Bearer who = bearer.get();
        if (who.scope() == ApiScope.READ && !READING.contains(request.getMethod())) {
            errors.write(request, response, 403, "Ce jeton ne permet que la lecture : créez un jeton d'écriture.");
            return;
        }
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        who.role().authorities().forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
        authorities.add(new SimpleGrantedAuthority(ApiScope.READ.authority()));
        if (who.scope() == ApiScope.WRITE) {
            authorities.add(new SimpleGrantedAuthority(ApiScope.WRITE.authority()));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.email(), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
