package org.catalyse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.springframework.web.util.HtmlUtils;

/**
 * The snippet of a hit: the passage of its text (or else its summary) where the searched words are, as HTML
 * with those words in {@code <mark>} and everything else escaped. The stored text is analysed again with the
 * index's French analysis, so a snippet needs no term vectors in the index and is the same on any backend.
 */
final class Snippets {

    /** About how many characters a passage of the text has. */
    static final int FRAGMENT_SIZE = 180;

    private static final Analyzer FRENCH = FrenchAnalysis.analyzer(true);

    private final Query words;

    /** @param words the words of the search as a Lucene query on {@link SearchEntry#ALL}; null without words */
    Snippets(Query words) {
        this.words = words;
    }

    /** The snippet of one hit. */
    String of(String text, String summary) {
        if (words != null) {
            String passage = best(text, FRAGMENT_SIZE);
            if (passage != null) {
                return "… " + passage + " …";
            }
            String inSummary = best(summary, Integer.MAX_VALUE);
            if (inSummary != null) {
                return inSummary;
            }
        }
        return HtmlUtils.htmlEscape(summary == null ? "" : summary, "UTF-8");
    }

    /**
     * The best passage of about {@code fragmentSize} characters (the whole text with {@code Integer.MAX_VALUE}) with
     * the words marked, or null when none of the words is in it.
     */
    private String best(String text, int fragmentSize) {
        if (text == null || text.isBlank()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(words, SearchEntry.ALL);
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, fragmentSize));
        try {
            String fragment = highlighter.getBestFragment(FRENCH, SearchEntry.ALL, text);
            return fragment == null ? null : fragment.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
