package org.catalyse.contributions;

import java.util.Arrays;
import java.util.Optional;

/** What a contribution is about: a resource of the commons, a partnership case or an actor's record. */
public enum Kind {
    RESOURCE("ressource", "/ressources/", "/api/v1/resources"),
    CASE("cas", "/alliances/", "/api/v1/cases"),
    ACTOR("acteur", "/acteurs/", "/api/v1/actors");

    private final String word;
    private final String pagePrefix;
    private final String apiPath;

    Kind(String word, String pagePrefix, String apiPath) {
        this.word = word;
        this.pagePrefix = pagePrefix;
        this.apiPath = apiPath;
    }

    /** Its name in addresses: {@code ressource}, {@code cas}, {@code acteur}. */
    public String word() {
        return word;
    }

    /** The public page of the record with this slug. */
    public String page(String slug) {
        return pagePrefix + slug;
    }

    public String apiPath() {
        return apiPath;
    }

    public static Optional<Kind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
