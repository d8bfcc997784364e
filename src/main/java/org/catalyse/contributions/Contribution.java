package org.catalyse.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/**
 * A proposal of a new record or of an edit to one, by a member, with its present text and where it stands. Each
 * step is a named method that checks the step is allowed from the present status and refuses it otherwise.
 */
@Entity
@Table(name = "contribution")
class Contribution {

    /** Where a contribution comes from: the site's forms or the API. */
    enum Channel {
        WEB,
        API
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String slug;

    /** A new record rather than an edit. */
    private boolean creation;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "author_id")
    private long authorId;

    private String title;

    @Column(name = "content_json")
    private String contentJson;

    /** The version of the record the edit was written from (null for a new record). */
    @Column(name = "base_version")
    private Integer baseVersion;

    private String licence;

    private String attribution;

    /** The author's words to the moderators. */
    private String note;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private int revision;

    private int vouches;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    /** The moderator's comment with the last decision. */
    private String reason;

    @Version
    private long version;

    protected Contribution() {}

    Contribution(
            Kind kind,
            String slug,
            boolean creation,
            long authorId,
            String title,
            String contentJson,
            Integer baseVersion,
            String licence,
            String attribution,
            String note,
            Channel channel,
            Instant now) {
        this.kind = kind;
        this.slug = slug;
        this.creation = creation;
        this.authorId = authorId;
        this.title = title;
        this.contentJson = contentJson;
        this.baseVersion = baseVersion;
        this.licence = licence;
        this.attribution = attribution;
        this.note = note;
        this.channel = channel;
        this.status = Status.DRAFT;
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private void require(Set<Status> from, String step) {
        if (!from.contains(status)) {
            throw new TransitionRefused("Impossible " + ("aeiouéè".indexOf(step.charAt(0)) >= 0 ? "d’" : "de ") + step
                    + " cette contribution : elle est "
                    + Contributions.statusWord(status) + ".");
        }
    }

    /** The author changes the text (a draft, or after a moderator asked for changes). */
    void revise(String title, String contentJson, String licence, String attribution, String note, Instant now) {
        require(Set.of(Status.DRAFT, Status.CHANGES_REQUESTED), "modifier");
        if (!contentJson.equals(this.contentJson) && status == Status.CHANGES_REQUESTED) {
            revision++;
        }
        this.title = title;
        this.contentJson = contentJson;
        this.licence = licence;
        this.attribution = attribution;
        this.note = note;
        this.updatedAt = now;
    }

    /** Sent (again) for review. */
    void submit(Instant now) {
        require(Set.of(Status.DRAFT, Status.CHANGES_REQUESTED), "soumettre");
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** A member (not the author) says it is right. */
    void vouch(Instant now) {
        require(Set.of(Status.SUBMITTED), "soutenir");
        vouches++;
        updatedAt = now;
    }

    void requestChanges(long reviewer, String comment, Instant now) {
        require(Set.of(Status.SUBMITTED), "demander des changements sur");
        decide(Status.CHANGES_REQUESTED, reviewer, comment, now);
    }

    void approve(long reviewer, String comment, Instant now) {
        require(Set.of(Status.SUBMITTED), "approuver");
        decide(Status.APPROVED, reviewer, comment, now);
    }

    void reject(long reviewer, String comment, Instant now) {
        require(Set.of(Status.SUBMITTED), "refuser");
        decide(Status.REJECTED, reviewer, comment, now);
    }

    /** Published at once because its author is responsible for the record (a catalyst editing its own record). */
    void publishByOwner(Instant now) {
        require(Set.of(Status.DRAFT, Status.CHANGES_REQUESTED), "publier");
        submittedAt = now;
        decide(Status.APPROVED, authorId, null, now);
    }

    private void decide(Status to, long reviewer, String comment, Instant now) {
        status = to;
        reviewerId = reviewer;
        reason = comment;
        decidedAt = now;
        updatedAt = now;
    }

    /** The slug a new record gets when its first choice was taken in between. */
    void renameTo(String slug) {
        this.slug = slug;
    }

    Long id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    String slug() {
        return slug;
    }

    boolean creation() {
        return creation;
    }

    Status status() {
        return status;
    }

    long authorId() {
        return authorId;
    }

    String title() {
        return title;
    }

    String contentJson() {
        return contentJson;
    }

    Integer baseVersion() {
        return baseVersion;
    }

    String licence() {
        return licence;
    }

    String attribution() {
        return attribution;
    }

    String note() {
        return note;
    }

    Channel channel() {
        return channel;
    }

    int revision() {
        return revision;
    }

    int vouches() {
        return vouches;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Long reviewerId() {
        return reviewerId;
    }

    String reason() {
        return reason;
    }

    long version() {
        return version;
    }
}
