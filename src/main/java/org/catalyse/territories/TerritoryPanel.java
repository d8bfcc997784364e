package org.catalyse.territories;

import java.util.List;
import java.util.Locale;

/**
 * What another module shows on a territory's page (its catalysts, cases, actors…): the territories module
 * renders the sections without knowing the modules.
 */
public interface TerritoryPanel {

    /** The sections to show for this territory, in the reader's language; none when there is nothing. */
    List<Section> sections(TerritoryId territory, Locale locale);

    /**
     * A titled list of links, with an optional link to the whole list and an optional link to what concerns the
     * territory or the territories enclosing it.
     *
     * @param empty what to say when {@code links} is empty, or null to hide the section
     */
    record Section(
            String key,
            String title,
            List<Link> links,
            String empty,
            String moreUrl,
            String moreLabel,
            String aroundUrl,
            String aroundLabel) {

        public Section(String key, String title, List<Link> links, String empty, String moreUrl, String moreLabel) {
            this(key, title, links, empty, moreUrl, moreLabel, null, null);
        }
    }

    /** One link, with an optional detail shown after it. */
    record Link(String label, String url, String detail) {}
}
