package org.catalyse.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user's input cannot be used; its message says why and is safe to show to the user. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String message) {
        super(message);
    }
}
