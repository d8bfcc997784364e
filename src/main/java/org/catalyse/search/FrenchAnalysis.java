package org.catalyse.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** French analysis: elisions (l', d', qu'…), lower case, stop words, accents folded, light stemming. */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

    static final String FRENCH = "french";
    static final String KEYWORD = "keyword";
    /** The same without stemming: typo-tolerant (fuzzy) queries are matched against whole words. */
    static final String FRENCH_WORDS = "french_words";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        frenchWords(context, FRENCH).tokenFilter("frenchLightStem");
        frenchWords(context, FRENCH_WORDS);
        context.normalizer(KEYWORD).custom().tokenFilter("lowercase");
    }

    /** Standard tokens, elisions removed, lower case, French stop words removed, accents folded. */
    private static LuceneAnalysisOptionalComponentsStep frenchWords(
            LuceneAnalysisConfigurationContext context, String name) {
        return context.analyzer(name)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("articles", "search/fr-elision.txt")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding");
    }
}
