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
    void scriptsWrittenInTheMarkdownStayText() {
        String html = Markdown.toSafeHtml("Voir <script>alert(1)</script> [ici](javascript:alert(1))");

        assertThat(html).doesNotContain("<script").doesNotContain("javascript:");
        assertThat(Markdown.textOfSafeHtml(html)).contains("<script>alert(1)</script>");
        assertThat(Markdown.textOfSafeHtml(null)).isEmpty();
    }
}
