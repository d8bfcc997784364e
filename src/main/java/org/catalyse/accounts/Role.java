package org.catalyse.accounts;

/**
 * What a signed-in person may do, from least to most. A visitor who is not signed in has no role. Each role
 * includes what the roles before it may do.
 */
public enum Role {
    /** Proposes contributions, vouches for others' proposals. */
    MEMBER,
    /** A member whose contributions are trusted to be reviewed faster. */
    CONTRIBUTOR,
    /** Edits the record of its own catalyst organisation. */
    CATALYST,
    /** Reviews contributions, runs imports. */
    MODERATOR,
    /** Manages people, roles and the platform. */
    ADMINISTRATOR;

    /** The Spring Security authority of this role and of every role it includes. */
    java.util.List<String> authorities() {
        return java.util.Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name())
                .toList();
    }

    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new org.catalyse.shared.InvalidInputException("Rôle inconnu : « " + value
                    + " ». Rôles possibles : member, contributor, catalyst, moderator," + " administrator.");
        }
    }
}
