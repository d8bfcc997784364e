package org.catalyse.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may open what, sign-in and sign-out. Reading is open to everyone; an account's own pages need a
 * signed-in person; imports need a moderator; administration needs an administrator. Every form carries a
 * CSRF token, and so does an API request made with a signed-in session; the session id changes at sign-in;
 * sign-in attempts are throttled per address and per client. The API also takes personal tokens
 * ({@code Authorization: Bearer}); its writes, imports included, need a write token. People may also
 * sign in through the OpenID Connect providers that are configured, if any.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AccountsSecurity {

    static final int CLIENT_SIGN_IN_FREE_ATTEMPTS = 50;
    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    /** The API's writes, which go through review and need a write token. */
    static final String[] WRITES = {
        "/api/v1/resources",
        "/api/v1/resources/**",
        "/api/v1/cases",
        "/api/v1/cases/**",
        "/api/v1/actors",
        "/api/v1/actors/**"
    };

    /** An API refusal as JSON, like every other API error. */
    private static void json(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String error = status == 401 ? "Unauthorized" : "Forbidden";
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message
                        + "\",\"path\":\"" + request.getRequestURI().replace("\"", "%22") + "\"}");
    }

    /**
     * The API needs no CSRF token when a request cannot carry a signed-in browser's credentials: it sends a token
     * in its {@code Authorization} header (which another site's form cannot set), or nobody is signed in. A
     * request that relies on a session cookie must carry the CSRF token like any form.
     */
    static boolean apiWithoutSession(HttpServletRequest request) {
        if (!API.matches(request)) {
            return false;
        }
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken;
    }

    /** The contribution forms, whose text is kept when their session or CSRF token has expired. */
    private static final RequestMatcher KEPT_FORMS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/contribuer/*/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/contributions/*/modifier"));

    /**
     * A page refused: a contribution form whose session or CSRF token expired goes back to its page, where the text
     * typed is shown again (after a new sign-in if need be); other refusals get the 403 error page, which says
     * whether the form's token was missing or stale.
     */
    private static void pageRefusal(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        if (exception instanceof CsrfException && KEPT_FORMS.matches(request) && KeptForm.keep(request)) {
            response.sendRedirect(request.getRequestURI() + "?session-expiree");
            return;
        }
        // The error page reads the refusal to say whether the form's token was missing or stale.
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
        new AccessDeniedHandlerImpl().handle(request, response, exception);
    }

    /** Why the API refused a request, said so that its author knows what to change. */
    private static void apiRefusal(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        String message;
        if (exception instanceof CsrfException) {
            message = "Requête envoyée avec la session du site mais sans jeton CSRF : utilisez l'API avec un jeton"
                    + " d'accès (en-tête « Authorization: Bearer <jeton> », créé sur la page Mon compte › Jetons"
                    + " d'accès).";
        } else if (request.getHeader("Authorization") == null && !"GET".equals(request.getMethod())) {
            message = "Les écritures de l'API se font avec un jeton d'écriture (en-tête « Authorization: Bearer"
                    + " <jeton> », créé sur la page Mon compte › Jetons d'accès), pas avec la session du site.";
        } else {
            message = "Votre rôle ne permet pas cette action.";
        }
        json(request, response, 403, message);
    }

    @Bean
    PasswordEncoder passwordEncoder(Passwords passwords) {
        return passwords.encoder();
    }

    @Bean
    UserDetailsService accountDetails(AccountStore store) {
        return email -> store.findByEmail(Accounts.normalise(email))
                .map(a -> User.withUsername(a.email())
                        .password(a.passwordHash())
                        .authorities(a.role().authorities().toArray(String[]::new))
                        .disabled(a.status() != Account.Status.ACTIVE)
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            Throttle throttle,
            SecurityLog log,
            PersonalTokens tokens,
            ProviderAccounts providerAccounts,
            ObjectProvider<ClientRegistrationRepository> providers)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/compte");
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, WRITES)
                        .hasAuthority(ApiScope.WRITE.authority())
                        .requestMatchers(HttpMethod.PUT, WRITES)
                        .hasAuthority(ApiScope.WRITE.authority())
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/api/v1/import/**")
                        .access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(ApiScope.WRITE.authority()),
                                AuthorityAuthorizationManager.hasRole(Role.MODERATOR.name())))
                        .requestMatchers("/alliances/import")
                        .hasRole(Role.MODERATOR.name())
                        .requestMatchers("/compte", "/compte/**")
                        .authenticated()
                        .requestMatchers("/moderation/journal")
                        .permitAll()
                        .requestMatchers("/moderation", "/moderation/**")
                        .hasRole(Role.MODERATOR.name())
                        .requestMatchers("/contribuer", "/contribuer/**", "/contributions/*/modifier")
                        .authenticated()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/contributions/**")
                        .authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            String email = Accounts.normalise(authentication.getName());
                            throttle.succeeded("signin:" + email);
                            log.record("SIGN_IN", null, email, request.getRemoteAddr(), null);
                            afterSignIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            String email = Accounts.normalise(request.getParameter("email"));
                            throttle.failed("signin:" + email);
                            throttle.failed("signin-client:" + request.getRemoteAddr());
                            log.record(
                                    "SIGN_IN_FAILED",
                                    null,
                                    email,
                                    request.getRemoteAddr(),
                                    exception.getClass().getSimpleName());
                            response.sendRedirect(request.getContextPath() + "/connexion?erreur");
                        })
                        .permitAll())
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .csrf(c -> c.ignoringRequestMatchers(AccountsSecurity::apiWithoutSession))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint())
                        .defaultAccessDeniedHandlerFor(AccountsSecurity::apiRefusal, API)
                        .defaultAccessDeniedHandlerFor(AccountsSecurity::pageRefusal, AnyRequestMatcher.INSTANCE))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.cacheControl(c -> c.disable()))
                .addFilterBefore(new SignInThrottle(throttle, log), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new BearerTokens(tokens, AccountsSecurity::json), UsernamePasswordAuthenticationFilter.class);
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/connexion")
                    .tokenEndpoint(t -> t.accessTokenResponseClient(tokenClient()))
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcSignIn(providerAccounts)))
                    .successHandler((request, response, authentication) -> {
                        log.record(
                                "SIGN_IN",
                                null,
                                authentication.getName(),
                                request.getRemoteAddr(),
                                authentication instanceof OAuth2AuthenticationToken t
                                        ? t.getAuthorizedClientRegistrationId()
                                        : null);
                        afterSignIn.onAuthenticationSuccess(request, response, authentication);
                    })
                    .failureHandler((request, response, exception) -> {
                        log.record(
                                "SIGN_IN_FAILED",
                                null,
                                null,
                                request.getRemoteAddr(),
                                exception instanceof OAuth2AuthenticationException e
                                        ? e.getError().getErrorCode()
                                        : exception.getClass().getSimpleName());
                        response.sendRedirect(request.getContextPath() + "/connexion?erreur-fournisseur");
                    }));
        }
        return http.build();
    }

    /**
     * Exchanges the provider's code for tokens through the JDK's HTTP client, whichever other HTTP client library
     * may be on the class path.
     */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** The API answers 401 in JSON; pages send the visitor to the sign-in page, then back. */
    private static AuthenticationEntryPoint entryPoint() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(
                API,
                (request, response, exception) -> json(
                        request,
                        response,
                        401,
                        "Connexion requise : connectez-vous avec un compte qui a le droit de le faire."));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion"));
        return entryPoint;
    }

    /** Refuses a sign-in attempt, before any password is checked, while its address or client must wait. */
    static final class SignInThrottle extends OncePerRequestFilter {
        private final Throttle throttle;
        private final SecurityLog log;

        SignInThrottle(Throttle throttle, SecurityLog log) {
            this.throttle = throttle;
            this.log = log;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/connexion").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String email = Accounts.normalise(request.getParameter("email"));
            Duration wait = throttle.wait("signin:" + email);
            Duration client = throttle.wait("signin-client:" + request.getRemoteAddr(), CLIENT_SIGN_IN_FREE_ATTEMPTS);
            if (client.compareTo(wait) > 0) {
                wait = client;
            }
            if (!wait.isZero()) {
                log.record("SIGN_IN_THROTTLED", null, email, request.getRemoteAddr(), wait.toSeconds() + " s");
                response.sendRedirect(
                        request.getContextPath() + "/connexion?attente=" + Math.max(1, (wait.toSeconds() + 59) / 60));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
