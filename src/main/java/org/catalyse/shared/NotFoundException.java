package org.catalyse.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something the user asked for does not exist; its message is safe to show to the user. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends UserFacingException {

    public NotFoundException(String message) {
        super(message);
    }
}
