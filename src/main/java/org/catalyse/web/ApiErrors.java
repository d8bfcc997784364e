package org.catalyse.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.catalyse.shared.UserFacingException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API as {@code {"status","error","message","path"}}, with a message that says what to
 * change. Pages keep their HTML error pages.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, Object>> userFacing(UserFacingException e, HttpServletRequest request)
            throws UserFacingException {
        if (!isApi(request)) {
            throw e;
        }
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        return body(status == null ? HttpStatus.BAD_REQUEST : status.code(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        if (!isApi(request)) {
            throw e;
        }
        String value = String.valueOf(e.getValue());
        value = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        String expected = e.getRequiredType() != null && Number.class.isAssignableFrom(boxed(e.getRequiredType()))
                ? " : un nombre entier est attendu."
                : ".";
        return body(
                HttpStatus.BAD_REQUEST,
                "Paramètre « " + e.getName() + " » invalide (« " + value + " »)" + expected,
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        if (!isApi(request)) {
            throw e;
        }
        return body(HttpStatus.BAD_REQUEST, "Paramètre « " + e.getParameterName() + " » obligatoire.", request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e;
        }
        return body(
                HttpStatus.NOT_FOUND,
                "Cette adresse n'existe pas dans l'API. Voir /api pour la documentation.",
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        return body(HttpStatus.METHOD_NOT_ALLOWED, "Méthode " + e.getMethod() + " non permise ici.", request);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static Class<?> boxed(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class : type;
    }

    private static ResponseEntity<Map<String, Object>> body(
            HttpStatus status, String message, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        body.put("path", request.getRequestURI());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
