package org.catalyse.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.catalyse.accounts.Role;

/** One step in a contribution's life, for its timeline; decisions also make the public moderation log. */
@Entity
@Table(name = "contribution_event")
class ContributionEvent {

    enum Type {
        CREATED,
        SUBMITTED,
        REVISED,
        VOUCHED,
        CHANGES_REQUESTED,
        APPROVED,
        REJECTED,
        PUBLISHED_BY_OWNER;

        boolean decision() {
            return this == CHANGES_REQUESTED || this == APPROVED || this == REJECTED || this == PUBLISHED_BY_OWNER;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id")
    private long contributionId;

    @Enumerated(EnumType.STRING)
    private Type kind;

    @Column(name = "account_id")
    private Long accountId;

    /** The role of the person who took the step, shown in the public log instead of the person. */
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    private Role actorRole;

    private Integer revision;

    private String comment;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ContributionEvent() {}

    ContributionEvent(
            long contributionId, Type kind, Long accountId, Role role, Integer revision, String comment, Instant at) {
        this.contributionId = contributionId;
        this.kind = kind;
        this.accountId = accountId;
        this.actorRole = role;
        this.revision = revision;
        this.comment = comment;
        this.occurredAt = at;
    }

    long contributionId() {
        return contributionId;
    }

    Type kind() {
        return kind;
    }

    Long accountId() {
        return accountId;
    }

    Role actorRole() {
        return actorRole;
    }

    Integer revision() {
        return revision;
    }

    String comment() {
        return comment;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
