package org.catalyse.territories;

/** A territory data file cannot be imported; the message names the file and the record. */
class TerritoryDataException extends RuntimeException {

    TerritoryDataException(String file, int line, String message) {
        super(file + (line > 0 ? ", ligne " + line : "") + " : " + message);
    }
}
