package org.catalyse.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading CSV cell by cell gives what reading it character by character gave: rows, lines, cells and errors. */
class CsvTests {

    /** Character by character, as the first reader did. */
    static List<Csv.Row> byDefinition(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<Csv.Row> rows = new java.util.ArrayList<>();
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
                    rows.add(new Csv.Row(rowStart, List.copyOf(cells)));
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
            rows.add(new Csv.Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("a;b;c\r\n1;\"x;\"\"y\"\"\r\nz\";3\n\n4;5;\n");
        assertThat(rows)
                .containsExactly(
                        new Csv.Row(1, List.of("a", "b", "c")),
                        new Csv.Row(2, List.of("1", "x;\"y\"\r\nz", "3")),
                        new Csv.Row(5, List.of("4", "5", "")));
        assertThatThrownBy(() -> Csv.parse("a,b\n\"x\" y,2\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Ligne 2 : du texte suit un guillemet fermant");
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n\"x\n,3"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Ligne 3 : un guillemet ouvre une cellule");
    }

    @Test
    void everyTextReadsAsCharacterByCharacter() {
        String[] pool = {"a", "é", " ", ",", ";", "\"", "\"\"", "\r\n", "\n", "\r", "=1+2", "’", "x y"};
        Random random = new Random(20261203);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 60 : 12);
            for (int i = 0; i < length; i++) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String csv = text.toString();
            Object expected;
            try {
                expected = byDefinition(csv);
            } catch (InvalidInputException e) {
                expected = e.getMessage();
            }
            Object actual;
            try {
                actual = Csv.parse(csv);
            } catch (InvalidInputException e) {
                actual = e.getMessage();
            }
            assertThat(actual).as("CSV \"%s\"", csv).isEqualTo(expected);
        }
    }
}
