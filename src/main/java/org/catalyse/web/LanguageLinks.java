package org.catalyse.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the links of the language selector: the same address with {@code lang} set. */
class LanguageLinks implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        String current = path + (query == null ? "" : "?" + query);
        try {
            mav.addObject("languageLinks", Map.of("fr", withLang(current, "fr"), "en", withLang(current, "en")));
        } catch (IllegalArgumentException e) {
            mav.addObject("languageLinks", Map.of("fr", "/?lang=fr", "en", "/?lang=en"));
        }
    }

    private static String withLang(String current, String lang) {
        return UriComponentsBuilder.fromUriString(current)
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }
}
