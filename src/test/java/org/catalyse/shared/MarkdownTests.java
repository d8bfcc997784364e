package org.catalyse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void theTextOfTheSafeHtmlIsTheTextOfTheMarkdown() {
        String markdown = "## Le principe\n\nUne **association** & une entreprise : « coopérer ».\n\n- un\n- deux\n";

        String text = Markdown.textOfSafeHtml(Markdown.toSafeHtml(markdown));

        assertThat(text).isEqualTo("Le principe Une association & une entreprise : « coopérer ». un deux");
    }

    @Test
    void eachRunOfSpacesLineBreaksAndTagsIsOneSpaceAndCharactersAreDecoded() {
        String html = "<h2>Contexte</h2>\n\n<p>L&#39;association   et\tla mairie</p>\n<ul>\n<li>un</li><li>deux"
                + " &amp; trois</li>\n</ul>\n";

        assertThat(Markdown.textOfSafeHtml(html)).isEqualTo("Contexte L'association et la mairie un deux & trois");
        assertThat(Markdown.textOfSafeHtml("<p>\n</p>")).isEmpty();
    }

    @Test
    void scriptsWrittenInTheMarkdownStayText() {
        String html = Markdown.toSafeHtml("Voir <script>alert(1)</script> [ici](javascript:alert(1))");

        assertThat(html).doesNotContain("<script").doesNotContain("javascript:");
        assertThat(Markdown.textOfSafeHtml(html)).contains("<script>alert(1)</script>");
        assertThat(Markdown.textOfSafeHtml(null)).isEmpty();
    }
}
