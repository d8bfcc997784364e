package org.catalyse.accounts;

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

/** A person who signs in with an e-mail address and a password. */
@Entity
@Table(name = "account")
class Account {

    enum Status {
        /** Signed up, address not confirmed yet: cannot sign in. */
        PENDING,
        ACTIVE,
        DISABLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private String organisation;

    @Column(name = "actor_profile")
    private String actorProfile;

    @Column(name = "territory_id")
    private String territoryId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Account() {}

    Account(String email, String passwordHash, String displayName, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = Role.MEMBER;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** Confirms the address; a second confirmation changes nothing. */
    void confirm(Instant now) {
        if (status == Status.PENDING) {
            status = Status.ACTIVE;
            confirmedAt = now;
        }
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void describe(String displayName, String organisation, String actorProfile, String territoryId) {
        this.displayName = displayName;
        this.organisation = organisation;
        this.actorProfile = actorProfile;
        this.territoryId = territoryId;
    }

    AccountView view() {
        return new AccountView(
                id, email, displayName, organisation, actorProfile, territoryId, role, status.name(), createdAt);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    Status status() {
        return status;
    }
}
