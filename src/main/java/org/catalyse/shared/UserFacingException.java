package org.catalyse.shared;

/** An error whose message is written for the user (in French) and never carries internals. */
public abstract class UserFacingException extends RuntimeException {

    protected UserFacingException(String message) {
        super(message);
    }
}
