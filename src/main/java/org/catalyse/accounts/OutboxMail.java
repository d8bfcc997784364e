package org.catalyse.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the platform sent, or would have sent: kept so that an administrator can read it. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String failure;

    protected OutboxMail() {}

    OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
    }

    void sent(Instant now) {
        this.sentAt = now;
        this.failure = null;
    }

    void failed(String why) {
        this.failure = why.length() > 500 ? why.substring(0, 500) : why;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFailure() {
        return failure;
    }

    /** When, in UTC, as people read it. */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(createdAt);
    }
}
