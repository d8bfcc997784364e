package org.catalyse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Slugs made in one pass are those of the definition: decompose, drop marks, lower-case, hyphens between words. */
class SlugsTests {

    /** The definition, in regular expressions over the whole text (how slugs were first made). */
    static String byDefinition(String text) {
        String marked = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        String s = Pattern.compile("\\p{M}").matcher(marked).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 90 ? s.substring(0, 90).replaceAll("-+$", "") : s;
    }

    @Test
    void namesAndTitlesGiveTheirUsualSlugs() {
        assertThat(Slugs.slugify("CRESS Bretagne")).isEqualTo("cress-bretagne");
        assertThat(Slugs.slugify("  L’Atelier — des Œuvres à Fougères (35) ! "))
                .isEqualTo("l-atelier-des-uvres-a-fougeres-35");
        assertThat(Slugs.slugify("Élan  solidaire, Saint-Étienne")).isEqualTo("elan-solidaire-saint-etienne");
        assertThat(Slugs.slugify(null)).isEmpty();
        assertThat(Slugs.slugify("—")).isEmpty();
        assertThat(Slugs.slugify("a".repeat(89) + " bc")).isEqualTo("a".repeat(89));
        assertThat(Slugs.slugify("a".repeat(88) + " bc")).isEqualTo("a".repeat(88) + "-b");
        assertThat(Slugs.valid(Slugs.slugify("Un titre très long ".repeat(20)))).isTrue();
    }

    @Test
    void everyTextGivesTheSlugOfTheDefinition() {
        // Letters with and without accents, marks alone, ligatures, compatibility forms, Kelvin and ångström signs,
        // dotted capital I, Greek, emoji and a lone surrogate, supplementary combining marks, digits and signs.
        String[] pool = {
            "a",
            "Z",
            "0",
            "9",
            " ",
            "-",
            "_",
            "'",
            "’",
            ".",
            ",",
            "(",
            ")",
            "é",
            "È",
            "ç",
            "Ç",
            "œ",
            "Œ",
            "æ",
            "ß",
            "ï",
            "Ô",
            "ñ",
            "\u0301",
            "\u0327",
            "\u20DD",
            "\u0903",
            "ﬁ",
            "Ａ",
            "²",
            "\u212A",
            "\u212B",
            "\u0130",
            "ı",
            "Σ",
            "ς",
            "Ω",
            "я",
            "中",
            "😀",
            "\uD83D",
            "\uD834\uDD65",
            "\u00A0",
            "\t",
            "\n",
            "Ǆ",
            "ǅ",
            "ẞ",
            "Ⅻ",
            "ｶ",
            "ﾞ"
        };
        Random random = new Random(20261203);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 130 : 25);
            for (int i = 0; i < length; i++) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            assertThat(Slugs.slugify(text.toString()))
                    .as("slug of \"%s\"", text)
                    .isEqualTo(byDefinition(text.toString()));
        }
    }
}
