package org.catalyse.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text of a contribution as it was submitted the first time, then after each revision. */
@Entity
@Table(name = "contribution_revision")
class ContributionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id")
    private long contributionId;

    private int number;

    private String title;

    @Column(name = "content_json")
    private String contentJson;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ContributionRevision() {}

    ContributionRevision(long contributionId, int number, String title, String contentJson, String note, Instant now) {
        this.contributionId = contributionId;
        this.number = number;
        this.title = title;
        this.contentJson = contentJson;
        this.note = note;
        this.createdAt = now;
    }

    void replace(String title, String contentJson, String note, Instant now) {
        this.title = title;
        this.contentJson = contentJson;
        this.note = note;
        this.createdAt = now;
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    String contentJson() {
        return contentJson;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
