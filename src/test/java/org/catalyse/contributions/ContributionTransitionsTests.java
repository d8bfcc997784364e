package org.catalyse.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each step of a contribution is allowed only from the statuses it makes sense from. */
class ContributionTransitionsTests {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final long AUTHOR = 1;
    static final long MODERATOR = 2;

    static Contribution draft() {
        return new Contribution(
                Kind.CASE,
                "un-cas",
                true,
                AUTHOR,
                "Un cas",
                "{\"title\":\"Un cas\"}",
                null,
                "CC-BY-SA-4.0",
                null,
                null,
                Contribution.Channel.WEB,
                T0);
    }

    static Contribution submitted() {
        Contribution c = draft();
        c.submit(T0.plusSeconds(1));
        return c;
    }

    @Test
    void aNewContributionIsADraftAtItsFirstRevision() {
        Contribution c = draft();
        assertThat(c.status()).isEqualTo(Status.DRAFT);
        assertThat(c.revision()).isEqualTo(1);
        assertThat(c.submittedAt()).isNull();
    }

    @Test
    void aDraftIsSubmittedThenApproved() {
        Contribution c = submitted();
        assertThat(c.status()).isEqualTo(Status.SUBMITTED);
        assertThat(c.submittedAt()).isEqualTo(T0.plusSeconds(1));
        c.approve(MODERATOR, null, T0.plusSeconds(2));
        assertThat(c.status()).isEqualTo(Status.APPROVED);
        assertThat(c.reviewerId()).isEqualTo(MODERATOR);
        assertThat(c.decidedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void anApprovedContributionCannotBeApprovedAgainNorChanged() {
        Contribution c = submitted();
        c.approve(MODERATOR, null, T0);
        assertThatThrownBy(() -> c.approve(MODERATOR, null, T0))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("approuver")
                .hasMessageContaining("approuvée et publiée");
        assertThatThrownBy(() -> c.reject(MODERATOR, "non", T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.requestChanges(MODERATOR, "reprendre", T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.revise("x", "{}", "CC0-1.0", null, null, T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.submit(T0)).isInstanceOf(TransitionRefused.class);
        assertThat(c.status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aRejectedContributionIsFinal() {
        Contribution c = submitted();
        c.reject(MODERATOR, "Hors sujet", T0);
        assertThat(c.status()).isEqualTo(Status.REJECTED);
        assertThat(c.reason()).isEqualTo("Hors sujet");
        assertThatThrownBy(() -> c.approve(MODERATOR, null, T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.submit(T0)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aDraftCannotBeDecidedBeforeItIsSubmitted() {
        Contribution c = draft();
        assertThatThrownBy(() -> c.approve(MODERATOR, null, T0))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("brouillon");
        assertThatThrownBy(() -> c.reject(MODERATOR, "non", T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.requestChanges(MODERATOR, "x", T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.vouch(T0)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aSubmittedContributionCannotBeEditedNorSubmittedTwice() {
        Contribution c = submitted();
        assertThatThrownBy(() -> c.submit(T0)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.revise("x", "{}", "CC0-1.0", null, null, T0))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("en attente");
    }

    @Test
    void editingADraftKeepsItsRevisionRevisingAfterChangesRequestedMakesANewOne() {
        Contribution c = draft();
        c.revise("Un cas", "{\"title\":\"Un cas, mieux\"}", "CC-BY-SA-4.0", null, null, T0);
        assertThat(c.revision()).isEqualTo(1);
        c.submit(T0);
        c.requestChanges(MODERATOR, "Ajoutez les partenaires", T0);
        assertThat(c.status()).isEqualTo(Status.CHANGES_REQUESTED);
        assertThat(c.reason()).isEqualTo("Ajoutez les partenaires");
        c.revise("Un cas", "{\"title\":\"Un cas, avec partenaires\"}", "CC-BY-SA-4.0", null, null, T0);
        assertThat(c.revision()).isEqualTo(2);
        // Saving the same text again is not a new revision.
        c.revise("Un cas", "{\"title\":\"Un cas, avec partenaires\"}", "CC-BY-SA-4.0", null, null, T0);
        assertThat(c.revision()).isEqualTo(2);
        c.submit(T0);
        assertThat(c.status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void vouchesCountOnlyWhileWaiting() {
        Contribution c = submitted();
        c.vouch(T0);
        c.vouch(T0);
        assertThat(c.vouches()).isEqualTo(2);
        c.approve(MODERATOR, null, T0);
        assertThatThrownBy(() -> c.vouch(T0)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void anOwnerPublishesADraftAtOnceButNotASubmittedOne() {
        Contribution c = draft();
        c.publishByOwner(T0);
        assertThat(c.status()).isEqualTo(Status.APPROVED);
        assertThat(c.reviewerId()).isEqualTo(AUTHOR);
        Contribution s = submitted();
        assertThatThrownBy(() -> s.publishByOwner(T0)).isInstanceOf(TransitionRefused.class);
    }
}
