package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/**
 * The index's analysis keeps each word as written beside its stem in one filter ({@link StemBesideWord}): it gives
 * exactly the tokens of Lucene's {@code keywordRepeat}, {@code frenchLightStem} and {@code removeDuplicates} one
 * after the other, which the index was built with before.
 */
class FrenchAnalysisTests {

    /** The index analysis as it was, with Lucene's three filters. */
    private static Analyzer threeFilters() throws IOException {
        Map<String, String> elision = new HashMap<>(Map.of("articles", "search/fr-elision.txt", "ignoreCase", "true"));
        Map<String, String> stop = new HashMap<>(
                Map.of("words", "org/apache/lucene/analysis/snowball/french_stop.txt", "format", "snowball"));
        return CustomAnalyzer.builder(new ClasspathResourceLoader(FrenchAnalysisTests.class.getClassLoader()))
                .withTokenizer("standard")
                .addTokenFilter("elision", elision)
                .addTokenFilter("lowercase")
                .addTokenFilter("stop", stop)
                .addTokenFilter("asciiFolding")
                .addTokenFilter("keywordRepeat")
                .addTokenFilter("frenchLightStem")
                .addTokenFilter("removeDuplicates")
                .build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchEntry.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "+" + position.getPositionIncrement() + "@" + offset.startOffset() + "-"
                        + offset.endOffset() + ":" + type.type());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Test
    void keepsEachWordBesideItsStemAsTheThreeFiltersDid() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "L'association et les entreprises d'Isère coopèrent : évaluations, partenariats, coopératives.",
                "Qu'elles soient publiques ou privées, aujourd'hui les collectivités s'allient pour l'emploi.",
                "Mécénat de compétences — 120 salariés, 42,5 % de retour à l'emploi en 2024 (CO2, Hauts-de-France).",
                "ANTICONSTITUTIONNELLEMENT intergénérationnelles désinstitutionnalisations"
                        + " supercalifragilisticexpialidocieusementbienveillantes",
                "Les chevaux, les travaux et les vitraux ; des bœufs, des œuvres, l’Œil du Ç.",
                "",
                "   ",
                "le la les de du des"));
        try (Stream<Path> seeds = Files.walk(Path.of("src/main/resources"))) {
            for (Path p : seeds.filter(f -> f.toString().endsWith(".md")
                            || f.toString().endsWith(".json")
                            || f.toString().endsWith(".csv"))
                    .toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(20);

        try (Analyzer before = threeFilters();
                Analyzer now = FrenchAnalysis.analyzer(true)) {
            long compared = 0;
            for (String text : texts) {
                List<String> expected = tokens(before, text);
                assertThat(tokens(now, text))
                        .as(text.substring(0, Math.min(60, text.length())))
                        .isEqualTo(expected);
                compared += expected.size();
            }
            assertThat(compared).isGreaterThan(10_000);
        }
        assertThat(tokens(FrenchAnalysis.analyzer(true), "évaluations partenariales"))
                .containsExactly(
                        "evaluations+1@0-11:<ALPHANUM>",
                        "evalu+0@0-11:<ALPHANUM>",
                        "partenariales+1@12-25:<ALPHANUM>",
                        "partenarial+0@12-25:<ALPHANUM>");
    }
}
