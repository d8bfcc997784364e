package org.catalyse.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may not do this (another's proposal, a moderator's decision…); the message says why. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends UserFacingException {

    public ForbiddenException(String message) {
        super(message);
    }
}
