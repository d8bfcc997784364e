package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Snippets show where the searched words are, in French, and nothing of the text can inject markup. */
class SnippetsTests {

    static final LuceneQueries QUERIES = LuceneQueries.withFrenchAnalysis();

    static Snippets of(String q) {
        Query words = QUERIES.words(q, List.of(), false);
        return new Snippets(words);
    }

    @Test
    void marksTheWordsInThePassageOfTheTextWhereTheyAre() {
        String text = "Une association présente son projet. ".repeat(20)
                + "Le mécénat de compétences permet aux salariés de donner du temps. "
                + "Autre chose encore. ".repeat(20);

        String snippet = of("mécénat de compétences").of(text, "Un résumé");

        assertThat(snippet)
                .startsWith("… ")
                .endsWith(" …")
                .contains("<mark>mécénat</mark>")
                .contains("<mark>compétences</mark>");
        assertThat(snippet.length()).isLessThan(400);
    }

    @Test
    void findsTheWordsWithoutAccentsPluralsOrElisions() {
        assertThat(of("mecenat competence").of("Le mécénat de compétences.", ""))
                .contains("<mark>mécénat</mark>");
        // An elided article is part of the word it is stuck to.
        assertThat(of("évaluation").of("Pour l'évaluation des partenariats.", ""))
                .contains("<mark>l&#39;évaluation</mark>");
        assertThat(of("partenariat").of("Trois partenariats signés.", "")).contains("<mark>partenariats</mark>");
    }

    @Test
    void fallsBackOnTheSummaryMarkedThenPlain() {
        assertThat(of("insertion").of("Rien ici.", "Un chantier d'insertion & de formation"))
                .isEqualTo("Un chantier <mark>d&#39;insertion</mark> &amp; de formation");
        assertThat(of("insertion").of("Rien ici.", "Rien là <b>non plus</b>"))
                .isEqualTo("Rien là &lt;b&gt;non plus&lt;/b&gt;");
        assertThat(new Snippets(null).of("Un texte", "Le résumé <i>")).isEqualTo("Le résumé &lt;i&gt;");
    }

    @Test
    void escapesEverythingButTheMarks() {
        String snippet =
                of("partenariat").of("<script>alert(1)</script> un partenariat \"solide\" <img onerror=x>", "");

        assertThat(snippet)
                .contains("<mark>partenariat</mark>")
                .doesNotContain("<script")
                .doesNotContain("<img")
                .contains("&lt;script&gt;");
    }

    @Test
    void marksTheWordsATypoTolerantSearchFound() {
        Query words = QUERIES.words("innovaton sociétale", List.of(), true);

        assertThat(new Snippets(words).of("Une innovation sociétale en Bretagne.", ""))
                .contains("<mark>innovation</mark>")
                .contains("<mark>sociétale</mark>");
    }

    @Test
    void marksAPhraseOnlyWhereItIsAPhrase() {
        String snippet = of("\"mécénat de compétences\"")
                .of("Des compétences, puis du mécénat. Plus loin : le mécénat de compétences.", "");

        assertThat(snippet).contains("<mark>mécénat</mark> de <mark>compétences</mark>");
        assertThat(snippet).doesNotContain("Des <mark>compétences</mark>");
    }
}
