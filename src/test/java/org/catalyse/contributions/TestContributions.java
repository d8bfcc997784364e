package org.catalyse.contributions;

import java.util.List;
import java.util.Map;
import org.catalyse.accounts.AccountView;

/** Contributions made for tests of this and other modules, as the proposal page or the API sends them. */
public final class TestContributions {

    private TestContributions() {}

    /** The form of a new partnership case, as the proposal page sends it ({@code partners}: slugs and roles). */
    public static Map<String, List<String>> caseForm(
            String title, String summary, String partners, String description) {
        return Map.of(
                "title", List.of(title),
                "summary", List.of(summary),
                "partners", List.of(partners),
                "status", List.of("en-cours"),
                "description", List.of(description));
    }

    /** A new case proposed and sent for review by {@code author}, through the API when {@code api}. */
    public static Contributions.Saved submitCase(
            Contributions contributions, Map<String, List<String>> form, AccountView author, boolean api) {
        return contributions.propose(Kind.CASE, null, form, null, null, null, true, author, api);
    }

    /** A new case with the CRESS Bretagne as partner and short texts, sent for review by {@code author}. */
    public static Contributions.Saved submitCase(
            Contributions contributions, String title, AccountView author, boolean api) {
        return submitCase(contributions, caseForm(title, "Résumé.", "cress-bretagne", "Texte."), author, api);
    }
}
