package org.catalyse.shared;

import java.util.List;
import java.util.stream.Collectors;

/** CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and no formula run by accident. */
public final class Csv {

    private Csv() {}

    /** One record of a CSV file and the line it starts on (1 is the header). */
    public record Row(int line, List<String> cells) {}

    /**
     * Reads CSV text: RFC 4180 quoting (quoted cells may hold separators, quotes doubled and line breaks),
     * CRLF or LF line ends; the separator is the comma, or the semicolon when the header holds more of them
     * (as French spreadsheets write it). Blank lines are skipped.
     *
     * @throws InvalidInputException naming the line of a quote that is never closed, or of text after a quote
     */
    public static List<Row> parse(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<Row> rows = new java.util.ArrayList<>();
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(rowStart, List.copyOf(cells)));
                }
                cells.clear();
                line++;
                rowStart = line;
            } else if (afterQuote) {
                throw new InvalidInputException("Ligne " + line + " : du texte suit un guillemet fermant ; "
                        + "une cellule entre guillemets doit s’arrêter au guillemet.");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(
                    "Ligne " + quoteLine + " : un guillemet ouvre une cellule qui n’est jamais fermée.");
        }
        cells.add(cell.toString());
        if (!(cells.size() == 1 && cells.get(0).isBlank())) {
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    /** One line: every cell quoted, ended by CRLF. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so that spreadsheets do not run it as a formula. */
    public static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
