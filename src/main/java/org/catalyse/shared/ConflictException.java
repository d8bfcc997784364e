package org.catalyse.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The action does not fit the present state of the thing (approving what is already approved, saving over a
 * newer version); the message says what the state is.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends UserFacingException {

    public ConflictException(String message) {
        super(message);
    }
}
