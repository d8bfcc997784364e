package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryNamesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Saint-Étienne|saint etienne",
                "st-etienne|saint etienne",
                "ST ETIENNE|saint etienne",
                "Ste-Foy-lès-Lyon|sainte foy les lyon",
                "L'Abergement-Clémenciat|l abergement clemenciat",
                "L’Haÿ-les-Roses|l hay les roses",
                "Œuilly|oeuilly",
                "  Grenoble  |grenoble",
                "Saint-Denis (93)|saint denis 93",
                "stes maries|saintes maries",
                "Stella-Plage|stella plage",
                "<script>alert(1)</script>|script alert 1 script",
            })
    void foldsCaseAccentsHyphensApostrophesAndSaintAbbreviations(String input, String expected) {
        assertThat(TerritoryNames.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   '", "'-- '''"})
    void foldsPunctuationAloneToNothing(String input) {
        assertThat(TerritoryNames.normalize(input)).isEmpty();
    }
}
