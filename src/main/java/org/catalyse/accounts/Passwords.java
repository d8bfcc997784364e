package org.catalyse.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password rule: 12 characters or more, not a common password, not made of the e-mail address, not one
 * character repeated or a plain sequence. Passwords are hashed with Argon2id.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private final Set<String> common = new HashSet<>();
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    Passwords() {
        try (var in = Passwords.class.getResourceAsStream("/accounts/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> common.add(fold(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Why a password is refused, in plain French, or empty when it is accepted. */
    Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Le mot de passe doit compter au plus " + MAX_LENGTH + " caractères.");
        }
        String folded = fold(password);
        if (common.contains(folded) || common.contains(folded.replaceAll("[0-9!?.*_-]+$", ""))) {
            return Optional.of("Ce mot de passe fait partie des plus courants : choisissez-en un autre, par exemple"
                    + " quelques mots sans rapport entre eux.");
        }
        if (folded.chars().distinct().count() <= 3 || sequence(folded)) {
            return Optional.of("Ce mot de passe est trop facile à deviner (caractères répétés ou à la suite).");
        }
        if (email != null && email.contains("@")) {
            String local = fold(email.substring(0, email.indexOf('@')));
            if (local.length() >= 4 && folded.contains(local)) {
                return Optional.of("Le mot de passe ne doit pas reprendre votre adresse électronique.");
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents or spaces: "Mot de passe" and "motdepasse" are the same guess. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Characters that follow each other on the whole (abcdefghijkl, 123456789012, azertyuiopqs…). */
    private static boolean sequence(String s) {
        int steps = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            if (d == 1 || d == -1 || d == 0) {
                steps++;
            }
        }
        return steps >= s.length() - 2;
    }
}
