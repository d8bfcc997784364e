package org.catalyse.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security log: what happened, when, to which account or address, from where. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String kind;

    @Column(name = "account_id")
    private Long accountId;

    private String subject;

    @Column(name = "remote_address")
    private String remoteAddress;

    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant at, String kind, Long accountId, String subject, String remoteAddress, String detail) {
        this.occurredAt = at;
        this.kind = kind;
        this.accountId = accountId;
        this.subject = cut(subject, 254);
        this.remoteAddress = cut(remoteAddress, 64);
        this.detail = cut(detail, 500);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }

    /** When, in UTC, as people read it. */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(occurredAt);
    }
}
