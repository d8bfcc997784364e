package org.catalyse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.springframework.web.util.HtmlUtils;

/**
 * The snippet of a hit: the passage of its text (or else its summary) where the searched words are, as HTML with
 * those words in {@code <mark>} and everything else escaped. The stored text is analysed again with the index's
 * French analysis (one pass, no term vectors needed, the same on any backend); a word of a phrase is marked only
 * where the whole phrase is.
 */
final class Snippets {

    /** About how many characters a passage of the text has. */
    static final int FRAGMENT_SIZE = 180;
    /** Around how many characters a long text is read first (see {@link #region}). */
    static final int REGION = 400;
    /** Texts are read up to this many characters for their passage. */
    static final int MAX_CHARS = 50_000;

    /** As the index analyses texts: stems and the words as written, so that a typo-tolerant search is marked too. */
    private static final Analyzer FRENCH = FrenchAnalysis.analyzer(true);

    /** The searched terms that count alone, as indexed (stemmed, folded). */
    private final Set<String> terms = new HashSet<>();
    /** The terms that typo-tolerant words accept. */
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();
    /** The phrases: their terms and their positions relative to the first. */
    private final List<Phrase> phrases = new ArrayList<>();

    private record Phrase(String[] terms, int[] positions) {}

    /** One word of a text as analysed: its term, position and place in the text. */
    private record Token(String term, int position, int start, int end) {}

    /** @param words the words of the search as a Lucene query, not rewritten; null without words */
    Snippets(Query words) {
        if (words != null) {
            words.visit(new Collector());
        }
    }

    /** Collects the terms and phrases of the words on the text field, leaving out excluded words. */
    private final class Collector extends QueryVisitor {
        @Override
        public boolean acceptField(String field) {
            return SearchEntry.ALL.equals(field);
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            if (query instanceof PhraseQuery phrase && found.length > 1) {
                String[] t = new String[found.length];
                for (int i = 0; i < found.length; i++) {
                    t[i] = found[i].text();
                }
                int[] p = phrase.getPositions().clone();
                for (int i = p.length - 1; i >= 0; i--) {
                    p[i] -= p[0];
                }
                phrases.add(new Phrase(t, p));
            } else {
                for (Term term : found) {
                    terms.add(term.text());
                }
            }
        }

        @Override
        public void consumeTermsMatching(
                Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
            patterns.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    /** The snippet of one hit. */
    String of(String text, String summary) {
        if (!terms.isEmpty() || !phrases.isEmpty() || !patterns.isEmpty()) {
            String passage = best(text, FRAGMENT_SIZE);
            if (passage != null) {
                return "… " + passage + " …";
            }
            String inSummary = best(summary, Integer.MAX_VALUE);
            if (inSummary != null) {
                return inSummary;
            }
        }
        return escape(summary == null ? "" : summary);
    }

    /**
     * The passage of about {@code size} characters (the whole text with {@code Integer.MAX_VALUE}) with the most
     * different searched words, them marked; null when none of them is in the text.
     */
    private String best(String text, int size) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (size != Integer.MAX_VALUE && read.length() > 4 * REGION && patterns.isEmpty()) {
            // Most texts have the words in the first place they appear: analyse the text around it first.
            String region = region(read);
            if (region != null) {
                String passage = best(region, size);
                if (passage != null) {
                    return passage;
                }
            }
        }
        List<Token> tokens = tokens(read);
        boolean[] marked = marked(tokens);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (marked[i]) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        if (size == Integer.MAX_VALUE) {
            return render(read, tokens, marked, 0, read.length());
        }
        // The window of marked words (at most `size` characters long) with the most different terms, first wins.
        int bestFrom = 0;
        int bestTo = 0;
        int bestScore = -1;
        for (int a = 0, b = 0; a < hits.size(); a++) {
            b = Math.max(b, a);
            while (b + 1 < hits.size()
                    && tokens.get(hits.get(b + 1)).end()
                                    - tokens.get(hits.get(a)).start()
                            <= size) {
                b++;
            }
            Set<String> distinct = new HashSet<>();
            for (int k = a; k <= b; k++) {
                distinct.add(tokens.get(hits.get(k)).term());
            }
            int score = distinct.size() * 1000 + (b - a);
            if (score > bestScore) {
                bestScore = score;
                bestFrom = a;
                bestTo = b;
            }
        }
        int start = tokens.get(hits.get(bestFrom)).start();
        int end = tokens.get(hits.get(bestTo)).end();
        // Some words of context on each side, up to the size, from word boundaries.
        int room = Math.max(0, size - (end - start));
        int from = wordStart(read, Math.max(0, start - room / 3), start);
        int to = wordEnd(read, Math.min(read.length(), end + (room - (start - from))), end);
        return render(read, tokens, marked, from, to);
    }

    /**
     * The part of a long text around the first place where a searched term appears as written in the index (a
     * stem is most often the start of the words it stands for), or null when none appears so.
     */
    private String region(String text) {
        String folded = fold(text);
        int first = Integer.MAX_VALUE;
        for (String term : terms) {
            int at = folded.indexOf(term);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        for (Phrase phrase : phrases) {
            int at = folded.indexOf(phrase.terms()[0]);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        if (first == Integer.MAX_VALUE) {
            return null;
        }
        int from = wordStart(text, Math.max(0, first - REGION / 2), first);
        int to = wordEnd(text, Math.min(text.length(), first + 2 * REGION), first);
        return text.substring(from, to);
    }

    /** Lower case without accents, about as long as the text (for {@link #region} only). */
    private static String fold(String text) {
        char[] in = text.toLowerCase(java.util.Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    private static int wordStart(String text, int at, int limit) {
        if (at == 0) {
            return 0;
        }
        int space = text.indexOf(' ', at);
        return space < 0 || space >= limit ? at : space + 1;
    }

    private static int wordEnd(String text, int at, int limit) {
        if (at >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', at);
        return space <= limit ? at : space;
    }

    /** The text from {@code from} to {@code to}, escaped, marked words in {@code <mark>}. */
    private static String render(String text, List<Token> tokens, boolean[] marked, int from, int to) {
        StringBuilder html = new StringBuilder(to - from + 64);
        int at = from;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!marked[i] || t.start() < Math.max(from, at) || t.end() > to) {
                continue;
            }
            html.append(escape(text.substring(at, t.start())))
                    .append("<mark>")
                    .append(escape(text.substring(t.start(), t.end())))
                    .append("</mark>");
            at = t.end();
        }
        return html.append(escape(text.substring(at, to))).toString().strip();
    }

    /** Which tokens are searched words: a term searched alone, or a word of a whole phrase. */
    private boolean[] marked(List<Token> tokens) {
        boolean[] marked = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.get(i).term();
            if (terms.contains(term)) {
                marked[i] = true;
            } else if (!patterns.isEmpty()) {
                BytesRef bytes = new BytesRef(term);
                for (ByteRunAutomaton pattern : patterns) {
                    if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
                        marked[i] = true;
                        break;
                    }
                }
            }
        }
        for (Phrase phrase : phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).term().equals(phrase.terms()[0])) {
                    continue;
                }
                int[] at = new int[phrase.terms().length];
                at[0] = i;
                boolean whole = true;
                for (int k = 1, j = i + 1; k < phrase.terms().length && whole; k++) {
                    int wanted = tokens.get(i).position() + phrase.positions()[k];
                    while (j < tokens.size() && tokens.get(j).position() < wanted) {
                        j++;
                    }
                    // Several tokens may stand at one position (a word and its stem).
                    whole = false;
                    for (int h = j; h < tokens.size() && tokens.get(h).position() == wanted; h++) {
                        if (tokens.get(h).term().equals(phrase.terms()[k])) {
                            whole = true;
                            at[k] = h;
                        }
                    }
                }
                if (whole) {
                    for (int k : at) {
                        marked[k] = true;
                    }
                }
            }
        }
        return marked;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = FRENCH.tokenStream(SearchEntry.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
