package org.catalyse.contributions;

import org.catalyse.shared.ConflictException;

/** A step a contribution cannot take from where it stands (an approved one approved again…). */
public class TransitionRefused extends ConflictException {
    public TransitionRefused(String message) {
        super(message);
    }
}
