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
        // Cell by cell: an unquoted cell is cut out of the text as it is, a quoted one copied between its quotes.
        List<Row> rows = new java.util.ArrayList<>();
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder quotedCell = new StringBuilder();
        int n = text.length();
        int line = 1;
        int rowStart = 1;
        int i = 0;
        while (true) {
            String cell;
            if (i < n && text.charAt(i) == '"') {
                int quoteLine = line;
                quotedCell.setLength(0);
                i++;
                while (true) {
                    int quote = text.indexOf('"', i);
                    if (quote < 0) {
                        throw new InvalidInputException(
                                "Ligne " + quoteLine + " : un guillemet ouvre une cellule qui n’est jamais fermée.");
                    }
                    line += count(text, '\n', i, quote);
                    quotedCell.append(text, i, quote);
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        quotedCell.append('"');
                        i = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                char next = i < n ? text.charAt(i) : separator;
                if (next != separator && next != '\r' && next != '\n') {
                    throw new InvalidInputException("Ligne " + line + " : du texte suit un guillemet fermant ; "
                            + "une cellule entre guillemets doit s’arrêter au guillemet.");
                }
                cell = quotedCell.toString();
            } else {
                int end = i;
                while (end < n) {
                    char c = text.charAt(end);
                    if (c == separator || c == '\r' || c == '\n') {
                        break;
                    }
                    end++;
                }
                cell = text.substring(i, end);
                i = end;
            }
            cells.add(cell);
            if (i < n && text.charAt(i) == separator) {
                i++;
                continue;
            }
            // The end of a record: a line break, or the end of the text.
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                rows.add(new Row(rowStart, List.copyOf(cells)));
            }
            cells.clear();
            if (i >= n) {
                return rows;
            }
            if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
            line++;
            rowStart = line;
        }
    }

    private static int count(String text, char c, int from, int to) {
        int found = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                found++;
            }
        }
        return found;
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
