package org.catalyse.alliances;

import java.time.Instant;
import java.util.List;

/**
 * What callers see of a partnership case.
 *
 * @param partners the partners in order, each with its actor
 * @param descriptionHtml the description rendered to safe HTML
 * @param replicationHtml the conditions to replicate, rendered to safe HTML
 */
public record CaseView(
        String slug,
        CaseContent content,
        List<Partner> partners,
        String descriptionHtml,
        String replicationHtml,
        boolean seed,
        Instant updatedAt) {

    public String url() {
        return pathOf(slug);
    }

    /** The address of the case with this slug. */
    static String pathOf(String slug) {
        return "/alliances/" + slug;
    }

    public String title() {
        return content.title();
    }

    /** A partner: the actor and its role in the case. */
    public record Partner(ActorView actor, String role) {}
}
