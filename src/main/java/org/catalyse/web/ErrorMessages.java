package org.catalyse.web;

import java.util.Map;
import org.catalyse.shared.UserFacingException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The attributes of error pages and JSON errors: a message for people in their language, the one of a
 * {@link UserFacingException} when there is one, never a stack trace or an internal exception message.
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

    private final MessageSource messages;

    ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Throwable error = getError(request);
        while (error != null && !(error instanceof UserFacingException) && error.getCause() != error) {
            error = error.getCause();
        }
        Object status = attributes.getOrDefault("status", 500);
        boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403, WebRequest.SCOPE_REQUEST)
                instanceof CsrfException;
        String generic = messages.getMessage(
                csrf ? "error.csrf" : "error.status." + status, null, null, LocaleContextHolder.getLocale());
        if (generic == null) {
            generic = messages.getMessage(
                    Integer.parseInt(String.valueOf(status)) >= 500 ? "error.status.500" : "error.status.400",
                    null,
                    LocaleContextHolder.getLocale());
        }
        // User-facing messages are written in French; other languages get the generic message on pages.
        attributes.put("message", error instanceof UserFacingException ? error.getMessage() : generic);
        attributes.put("genericMessage", generic);
        attributes.remove("trace");
        attributes.remove("exception");
        attributes.remove("errors");
        return attributes;
    }
}
