package org.catalyse.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Each word as written, then its French light stem at the same position where the stem differs: what Lucene's
 * {@code keywordRepeat}, {@code frenchLightStem} and {@code removeDuplicates} filters give one after the other, in one
 * filter that neither copies each word's attributes twice nor compares the two words in a set (the index spends
 * most of its time in analysis; {@code FrenchAnalysisTests} checks that both give the same tokens).
 */
public final class StemBesideWord extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final FrenchLightStemmer stemmer = new FrenchLightStemmer();
    private char[] stem = new char[32];
    /** The length of the stem still to emit, or -1. */
    private int pending = -1;

    StemBesideWord(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending >= 0) {
            term.copyBuffer(stem, 0, pending);
            position.setPositionIncrement(0);
            pending = -1;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        int length = term.length();
        if (stem.length < length) {
            stem = new char[ArrayUtil.oversize(length, Character.BYTES)];
        }
        System.arraycopy(term.buffer(), 0, stem, 0, length);
        int stemmed = stemmer.stem(stem, length);
        if (stemmed != length || !java.util.Arrays.equals(stem, 0, length, term.buffer(), 0, length)) {
            pending = stemmed;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = -1;
    }

    /** The factory, known to Lucene by its name {@value #NAME}. */
    public static final class Factory extends TokenFilterFactory {

        /** The name analysis definitions use. */
        public static final String NAME = "frenchLightStemBesideWord";

        public Factory(Map<String, String> args) {
            super(args);
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("Unknown parameters: " + args);
            }
        }

        /** For Lucene's service loader only. */
        public Factory() {
            throw defaultCtorException();
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new StemBesideWord(input);
        }
    }
}
