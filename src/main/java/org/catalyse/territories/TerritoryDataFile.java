package org.catalyse.territories;

import java.util.ArrayList;
import java.util.List;

/** Tab-separated territory data files, read line by line with errors that name the file and line. */
final class TerritoryDataFile {

    private TerritoryDataFile() {}

    /** The lines of one tab-separated file, header skipped, each with its line number. */
    record Table(String file, String text, int columns) {

        List<Line> lines() {
            String[] raw = text.split("\n", -1);
            if (raw.length == 0 || raw[0].isBlank()) {
                throw new TerritoryDataException(file, 1, "en-tête absent");
            }
            List<Line> lines = new ArrayList<>(raw.length);
            for (int i = 1; i < raw.length; i++) {
                String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new TerritoryDataException(
                            file, i + 1, cells.length + " colonnes au lieu de " + columns + " attendues");
                }
                lines.add(new Line(file, i + 1, cells));
            }
            return lines;
        }
    }

    /** One record of a file; its accessors name the file and line when a value is wrong. */
    record Line(String file, int number, String[] cells) {

        String text(int column, String what) {
            String value = cells[column].trim();
            if (value.isEmpty()) {
                throw fail(what + " vide");
            }
            return value;
        }

        String optional(int column) {
            String value = cells[column].trim();
            return value.isEmpty() ? null : value;
        }

        Integer integer(int column, String what) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed < 0) {
                    throw fail(what + " négative : « " + value + " »");
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw fail(what + " n'est pas un entier : « " + value + " »");
            }
        }

        TerritoryId id(Echelon echelon, int column) {
            String code = text(column, "code " + echelon.key());
            if (!echelon.accepts(code)) {
                throw fail("code " + echelon.key() + " mal formé : « " + Echelon.abbreviate(code) + " »");
            }
            return new TerritoryId(echelon, code);
        }

        TerritoryDataException fail(String message) {
            return new TerritoryDataException(file, number, message);
        }
    }
}
