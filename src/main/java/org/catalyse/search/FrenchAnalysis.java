package org.catalyse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * French analysis: elisions (l', d', qu'…), lower case, stop words, accents folded, light stemming. The index
 * keeps each word as written (folded) beside its stem, at the same position, in one pass: searches match stems,
 * typo-tolerant searches match the words as written.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

    /** How searches are analysed: stems. */
    static final String FRENCH = "french";
    /** How texts are indexed: stems, and the words as written where they differ. */
    static final String FRENCH_INDEX = "french_index";

    static final String KEYWORD = "keyword";
    /** Words as written, in lower case and without accents or elisions: for word beginnings. */
    static final String FOLDED = "folded";

    /** One token filter with its parameters. */
    private record Filter(String name, Map<String, String> params) {}

    private static final Filter ELISION =
            new Filter("elision", Map.of("articles", "search/fr-elision.txt", "ignoreCase", "true"));
    private static final Filter LOWER_CASE = new Filter("lowercase", Map.of());
    private static final Filter STOP = new Filter(
            "stop", Map.of("words", "org/apache/lucene/analysis/snowball/french_stop.txt", "format", "snowball"));
    private static final Filter FOLD = new Filter("asciiFolding", Map.of());
    private static final Filter STEM = new Filter("frenchLightStem", Map.of());
    /**
     * The word as written, then its stem where it differs: {@code keywordRepeat}, {@code frenchLightStem} and
     * {@code removeDuplicates} in one pass ({@link StemBesideWord}).
     */
    private static final Filter STEM_BESIDE_WORD = new Filter(StemBesideWord.Factory.NAME, Map.of());

    private static final List<Filter> SEARCH = List.of(ELISION, LOWER_CASE, STOP, FOLD, STEM);
    private static final List<Filter> INDEX = List.of(ELISION, LOWER_CASE, STOP, FOLD, STEM_BESIDE_WORD);
    private static final List<Filter> WORDS_AS_WRITTEN = List.of(ELISION, LOWER_CASE, FOLD);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        define(context, FRENCH, SEARCH);
        define(context, FRENCH_INDEX, INDEX);
        define(context, FOLDED, WORDS_AS_WRITTEN);
        context.normalizer(KEYWORD).custom().tokenFilter("lowercase");
    }

    private static void define(LuceneAnalysisConfigurationContext context, String name, List<Filter> filters) {
        LuceneAnalysisOptionalComponentsStep step =
                context.analyzer(name).custom().tokenizer("standard");
        for (Filter f : filters) {
            LuceneAnalysisComponentParametersStep filter = step.tokenFilter(f.name());
            for (Map.Entry<String, String> p : f.params().entrySet()) {
                filter = filter.param(p.getKey(), p.getValue());
            }
            step = filter;
        }
    }

    /**
     * The same analysis as a plain Lucene analyzer, whatever the backend: for snippets and for tools that read the
     * index directly.
     *
     * @param index as texts are indexed ({@link #FRENCH_INDEX}) rather than as searches are ({@link #FRENCH})
     */
    static Analyzer analyzer(boolean index) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder(
                            new ClasspathResourceLoader(FrenchAnalysis.class.getClassLoader()))
                    .withTokenizer("standard");
            for (Filter f : index ? INDEX : SEARCH) {
                b.addTokenFilter(f.name(), new HashMap<>(f.params()));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
