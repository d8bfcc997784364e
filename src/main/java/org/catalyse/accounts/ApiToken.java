package org.catalyse.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A personal API token: only the hash of its secret is kept, and the start of the secret to recognise it. */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** How often the last use is written: at most once a minute per token. */
    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    private String name;

    @Enumerated(EnumType.STRING)
    private ApiScope scope;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_prefix")
    private String tokenPrefix;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(Long accountId, String name, ApiScope scope, String tokenHash, String tokenPrefix, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    /** Revokes the token; revoking it again changes nothing. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes a use, unless one was noted less than a minute ago. */
    boolean used(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(USE_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    ApiScope scope() {
        return scope;
    }

    String prefix() {
        return tokenPrefix;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, scope, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
