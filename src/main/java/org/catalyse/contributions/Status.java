package org.catalyse.contributions;

/** Where a contribution stands. Approved and rejected are final. */
public enum Status {
    /** Written, not yet sent for review: only its author sees it. */
    DRAFT,
    /** Waiting for a moderator. */
    SUBMITTED,
    /** A moderator asked its author to change it; the author revises it and submits it again. */
    CHANGES_REQUESTED,
    /** Published. */
    APPROVED,
    /** Refused, with a reason. */
    REJECTED;

    public boolean editableByAuthor() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
