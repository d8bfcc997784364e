package org.catalyse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** French analysis: elisions (l', d', qu'…), lower case, stop words, accents folded, light stemming. */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

    static final String FRENCH = "french";
    static final String KEYWORD = "keyword";
    /** The same without stemming: typo-tolerant (fuzzy) queries are matched against whole words. */
    static final String FRENCH_WORDS = "french_words";

    /** One token filter with its parameters. */
    private record Filter(String name, Map<String, String> params) {}

    /** Standard tokens, then these filters; {@link #STEM} last for {@link #FRENCH}. */
    private static final List<Filter> WORDS = List.of(
            new Filter("elision", Map.of("articles", "search/fr-elision.txt", "ignoreCase", "true")),
            new Filter("lowercase", Map.of()),
            new Filter(
                    "stop",
                    Map.of("words", "org/apache/lucene/analysis/snowball/french_stop.txt", "format", "snowball")),
            new Filter("asciiFolding", Map.of()));

    private static final Filter STEM = new Filter("frenchLightStem", Map.of());

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        frenchWords(context, FRENCH).tokenFilter(STEM.name());
        frenchWords(context, FRENCH_WORDS);
        context.normalizer(KEYWORD).custom().tokenFilter("lowercase");
    }

    private static LuceneAnalysisOptionalComponentsStep frenchWords(
            LuceneAnalysisConfigurationContext context, String name) {
        LuceneAnalysisOptionalComponentsStep step =
                context.analyzer(name).custom().tokenizer("standard");
        for (Filter f : WORDS) {
            LuceneAnalysisComponentParametersStep filter = step.tokenFilter(f.name());
            for (Map.Entry<String, String> p : f.params().entrySet()) {
                filter = filter.param(p.getKey(), p.getValue());
            }
            step = filter;
        }
        return step;
    }

    /**
     * The same analysis as a plain Lucene analyzer, whatever the backend: for snippets and for tools that read
     * the index directly.
     *
     * @param stem with light stemming ({@link #FRENCH}) or without ({@link #FRENCH_WORDS})
     */
    static Analyzer analyzer(boolean stem) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder(
                            new ClasspathResourceLoader(FrenchAnalysis.class.getClassLoader()))
                    .withTokenizer("standard");
            List<Filter> filters = new ArrayList<>(WORDS);
            if (stem) {
                filters.add(STEM);
            }
            for (Filter f : filters) {
                b.addTokenFilter(f.name(), new HashMap<>(f.params()));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
