package org.catalyse.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a form refused because its session expired (or its CSRF token was stale), kept in the visitor's
 * session so that the form's page can show it again, after a new sign-in if need be: nothing typed is lost. Only
 * a form sent from this site is kept, never one another site's page sent.
 *
 * @param path the form's address, where its page shows it again
 * @param params what was typed, field by field (the CSRF token apart)
 */
public record KeptForm(String path, Map<String, List<String>> params) implements Serializable {

    private static final String ATTRIBUTE = KeptForm.class.getName();
    private static final int MAX_CHARACTERS = 500_000;

    /** Keeps the form of this request; false when it does not come from this site or is too large. */
    static boolean keep(HttpServletRequest request) {
        if (!fromThisSite(request)) {
            return false;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals("_csrf")) {
                continue;
            }
            for (String v : e.getValue()) {
                size += v.length();
            }
            params.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
        }
        if (size > MAX_CHARACTERS) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getSession(true).setAttribute(ATTRIBUTE, new KeptForm(path, params));
        return true;
    }

    /** The form kept for this address, if any; it is then forgotten. */
    public static Optional<KeptForm> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!kept.path().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(kept);
    }

    /** The first value of a field, or null. */
    public String first(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A browser says where a form was sent from (Origin); without it, the form is not kept. */
    private static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        String self = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return origin.equalsIgnoreCase(self);
    }
}
