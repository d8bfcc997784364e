package org.catalyse.shared;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown written by people to HTML that is safe to show: raw HTML is escaped, then the result
 * goes through an allow-list (no script, no event handler, no style; links only to http, https and mailto,
 * with rel="nofollow noopener").
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final org.commonmark.renderer.text.TextContentRenderer TEXT =
            org.commonmark.renderer.text.TextContentRenderer.builder()
                    .extensions(EXTENSIONS)
                    .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener")
                    .allowElements("code", "pre", "hr", "br")
                    .toFactory());

    private Markdown() {}

    /** The text of the Markdown without its marks, for the search index. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /**
     * The text of HTML made by {@link #toSafeHtml}, without its tags, each run of spaces and line breaks (and each tag)
     * made one space: cheaper than reading the Markdown again when the HTML is at hand (for the search index).
     */
    public static String textOfSafeHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        boolean space = false;
        boolean entities = false;
        for (int i = 0; i < html.length(); i++) {
            char ch = html.charAt(i);
            if (ch == '<') {
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    end = html.length() - 1;
                }
                i = end;
                space = true;
            } else if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = true;
            } else {
                if (space && !text.isEmpty()) {
                    text.append(' ');
                }
                space = false;
                entities |= ch == '&';
                text.append(ch);
            }
        }
        return entities ? org.springframework.web.util.HtmlUtils.htmlUnescape(text.toString()) : text.toString();
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }
}
