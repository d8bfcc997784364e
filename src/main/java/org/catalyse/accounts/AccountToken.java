package org.catalyse.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link sent by mail: only the hash of its secret is kept. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        CONFIRM,
        RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** Whether the link can still be followed for this purpose. */
    boolean usable(Purpose purpose, Instant now) {
        return this.purpose == purpose && usedAt == null && now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }
}
