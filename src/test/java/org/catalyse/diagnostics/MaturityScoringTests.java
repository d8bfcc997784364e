package org.catalyse.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.catalyse.frame.FrameView.Label;
import org.junit.jupiter.api.Test;

class MaturityScoringTests {

    static Label l(String fr) {
        return new Label(fr, fr);
    }

    static Diagnostic.Choice choice(String key, int points) {
        return new Diagnostic.Choice(key, l(key), points, false);
    }

    static final Diagnostic.Question SINGLE = new Diagnostic.Question(
            "s",
            "a",
            Diagnostic.Type.SINGLE,
            2,
            true,
            l("?"),
            null,
            List.of(choice("zero", 0), choice("un", 1), choice("quatre", 4)),
            null,
            0,
            0,
            null);
    static final Diagnostic.Question MULTIPLE = new Diagnostic.Question(
            "m",
            "a",
            Diagnostic.Type.MULTIPLE,
            1,
            true,
            l("?"),
            null,
            List.of(
                    choice("x", 1),
                    choice("y", 1),
                    choice("z", 2),
                    new Diagnostic.Choice("aucun", l("aucun"), 0, true)),
            null,
            0,
            0,
            3);
    static final Diagnostic.Question SCALE = new Diagnostic.Question(
            "e",
            "b",
            Diagnostic.Type.SCALE,
            1,
            true,
            l("?"),
            null,
            List.of(),
            new Diagnostic.Scale(1, 5, l("peu"), l("beaucoup")),
            0,
            0,
            null);
    static final Diagnostic.Question YES_NO = new Diagnostic.Question(
            "o", "b", Diagnostic.Type.YES_NO, 3, false, l("?"), null, List.of(), null, 4, 1, null);

    static final Diagnostic DIAGNOSTIC = new Diagnostic(
            "essai",
            "1",
            l("Essai"),
            l("tous"),
            List.of("associations"),
            l("intro"),
            List.of(axis("a", 0, 25, 50, 75), axis("b", 0, 30, 55, 80)),
            List.of(SINGLE, MULTIPLE, SCALE, YES_NO));

    static Diagnostic.Axis axis(String key, int... thresholds) {
        return new Diagnostic.Axis(
                key,
                l(key),
                null,
                java.util.Arrays.stream(thresholds).boxed().toList(),
                Map.of(),
                l(key),
                l("fort"),
                Map.of());
    }

    @Test
    void aSingleChoiceGivesItsPointsOverTheBestChoicesPoints() {
        assertThat(MaturityScoring.singleChoice(SINGLE, "zero")).isEqualTo(0);
        assertThat(MaturityScoring.singleChoice(SINGLE, "un")).isEqualTo(0.25);
        assertThat(MaturityScoring.singleChoice(SINGLE, "quatre")).isEqualTo(1);
    }

    @Test
    void aMultipleChoiceAddsItsPointsUpToItsCap() {
        assertThat(MaturityScoring.multipleChoice(MULTIPLE, List.of("x"))).isEqualTo(1 / 3.0);
        assertThat(MaturityScoring.multipleChoice(MULTIPLE, List.of("x", "y"))).isEqualTo(2 / 3.0);
        assertThat(MaturityScoring.multipleChoice(MULTIPLE, List.of("x", "y", "z")))
                .isEqualTo(1);
        assertThat(MaturityScoring.multipleChoice(MULTIPLE, List.of("aucun"))).isEqualTo(0);
    }

    @Test
    void aScaleGivesHowFarUpItIs() {
        assertThat(MaturityScoring.scale(SCALE, 1)).isEqualTo(0);
        assertThat(MaturityScoring.scale(SCALE, 3)).isEqualTo(0.5);
        assertThat(MaturityScoring.scale(SCALE, 5)).isEqualTo(1);
    }

    @Test
    void yesAndNoGiveTheirPointsOverTheBetterAnswers() {
        assertThat(MaturityScoring.yesNo(YES_NO, true)).isEqualTo(1);
        assertThat(MaturityScoring.yesNo(YES_NO, false)).isEqualTo(0.25);
    }

    @Test
    void anAxisScoresTheWeightedMeanOfItsAnsweredQuestions() {
        // (2 × 0.25 + 1 × 1) / 3 = 50
        assertThat(MaturityScoring.axisScore(
                        List.of(SINGLE, MULTIPLE), Map.of("s", List.of("un"), "m", List.of("x", "z"))))
                .isEqualTo(50.0);
        // the optional yes/no question left out counts for nothing: 1 × 0.5 / 1
        assertThat(MaturityScoring.axisScore(List.of(SCALE, YES_NO), Map.of("e", List.of("3"))))
                .isEqualTo(50.0);
        // answered: (1 × 0.5 + 3 × 0.25) / 4 = 31.25 → 31.3
        assertThat(MaturityScoring.axisScore(List.of(SCALE, YES_NO), Map.of("e", List.of("3"), "o", List.of("non"))))
                .isEqualTo(31.3);
    }

    @Test
    void eachThresholdStartsItsLevel() {
        List<Integer> t = List.of(0, 30, 55, 80);
        assertThat(MaturityScoring.levelFor(t, 0)).isEqualTo(1);
        assertThat(MaturityScoring.levelFor(t, 29.9)).isEqualTo(1);
        assertThat(MaturityScoring.levelFor(t, 30)).isEqualTo(2);
        assertThat(MaturityScoring.levelFor(t, 54.9)).isEqualTo(2);
        assertThat(MaturityScoring.levelFor(t, 55)).isEqualTo(3);
        assertThat(MaturityScoring.levelFor(t, 79.9)).isEqualTo(3);
        assertThat(MaturityScoring.levelFor(t, 80)).isEqualTo(4);
        assertThat(MaturityScoring.levelFor(t, 100)).isEqualTo(4);
    }

    @Test
    void theOverallLevelIsTheRoundedMeanOfTheAxesLevels() {
        assertThat(MaturityScoring.overallLevel(List.of(1, 2))).isEqualTo(2);
        assertThat(MaturityScoring.overallLevel(List.of(1, 1, 2))).isEqualTo(1);
        assertThat(MaturityScoring.overallLevel(List.of(2, 3, 3))).isEqualTo(3);
        assertThat(MaturityScoring.overallLevel(List.of(4, 4, 4, 1))).isEqualTo(3);
    }

    @Test
    void aWholeSetOfAnswersGetsALevelPerAxisAndOverall() {
        Scores s = MaturityScoring.score(
                DIAGNOSTIC, Map.of("s", List.of("quatre"), "m", List.of("x", "y", "z"), "e", List.of("2")));
        assertThat(s.axis("a").orElseThrow().score()).isEqualTo(100.0);
        assertThat(s.axis("a").orElseThrow().level()).isEqualTo(4);
        assertThat(s.axis("b").orElseThrow().score()).isEqualTo(25.0);
        assertThat(s.axis("b").orElseThrow().level()).isEqualTo(1);
        assertThat(s.level()).isEqualTo(3);
        assertThat(s.axis("b").orElseThrow().levelKey()).isEqualTo("decouvrir");
    }

    @Test
    void tamperedAnswersAreNamedByQuestion() {
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("inconnue", List.of("x"))))
                .extracting(AnswerProblem::question)
                .containsExactly("inconnue");
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("s", List.of("dix"))))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("« dix » inconnu"));
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("s", List.of("un", "quatre"))))
                .hasSize(1);
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("m", List.of("x", "aucun"))))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("ne se coche pas"));
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("e", List.of("6"))))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("hors de l'échelle 1 à 5"));
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("e", List.of("trois")))).hasSize(1);
        assertThat(Answers.problems(DIAGNOSTIC, Map.of("o", List.of("peut-être"))))
                .hasSize(1);
        assertThat(Answers.missing(DIAGNOSTIC, Map.of("s", List.of("un")), null))
                .extracting(AnswerProblem::question)
                .containsExactly("m", "e");
    }
}
