package org.catalyse.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Word-level differences between two texts. */
class WordDiffTests {

    static String render(List<WordDiff.Segment> segments) {
        return segments.stream()
                .map(s -> switch (s.op()) {
                    case SAME -> s.text();
                    case REMOVED -> "[-" + s.text() + "-]";
                    case ADDED -> "{+" + s.text() + "+}";
                })
                .collect(Collectors.joining());
    }

    @Test
    void oneWordChanged() {
        assertThat(render(WordDiff.diff("Le mécénat de compétences", "Le mécénat de savoir-faire")))
                .isEqualTo("Le mécénat de [-compétences-]{+savoir-faire+}");
    }

    @Test
    void wordsAddedAndRemovedInTheMiddle() {
        assertThat(render(WordDiff.diff("un deux trois quatre", "un trois quatre cinq")))
                .isEqualTo("un [-deux -]trois quatre {+cinq+}");
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertThat(render(WordDiff.diff("", "Trois mots ici"))).isEqualTo("{+Trois mots ici+}");
        assertThat(render(WordDiff.diff(null, "Trois"))).isEqualTo("{+Trois+}");
    }

    @Test
    void spacingAloneIsNoChange() {
        assertThat(WordDiff.unchanged("un  deux\ntrois", "un deux trois ")).isTrue();
        assertThat(WordDiff.unchanged("un deux", "un trois")).isFalse();
    }

    @Test
    void longUnchangedRunsAreShortenedToTheirEnds() {
        String common = "mot ".repeat(200);
        List<WordDiff.Segment> segments = WordDiff.diff(common + "avant " + common, common + "après " + common);
        String text = render(segments);
        assertThat(text).contains("[-avant -]{+après +}").contains("[…]");
        assertThat(text.length()).isLessThan(400);
    }

    @Test
    void veryLongRewritesFallBackToRemovedThenAdded() {
        String a = "a".repeat(1) + " x".repeat(3000);
        String b = "b" + " y".repeat(3000);
        List<WordDiff.Segment> segments = WordDiff.diff(a, b);
        assertThat(segments).extracting(WordDiff.Segment::op).containsExactly(WordDiff.Op.REMOVED, WordDiff.Op.ADDED);
    }
}
