package org.catalyse.search;

import org.catalyse.shared.InvalidInputException;

/** The territory of a search is malformed or unknown; pages show the message next to the place field. */
final class InvalidTerritoryException extends InvalidInputException {

    InvalidTerritoryException(String message) {
        super(message);
    }
}
