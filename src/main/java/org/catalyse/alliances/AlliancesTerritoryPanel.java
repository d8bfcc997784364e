package org.catalyse.alliances;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalyse.search.SearchEngine;
import org.catalyse.search.SearchQuery;
import org.catalyse.search.SearchResults;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryPanel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** On a territory's page: the catalysts who cover it, the cases and the actors inside it. */
@Component
class AlliancesTerritoryPanel implements TerritoryPanel {

    static final int SHOWN = 10;

    private final Alliances alliances;
    private final SearchEngine search;
    private final Territories territories;
    private final MessageSource messages;

    AlliancesTerritoryPanel(Alliances alliances, SearchEngine search, Territories territories, MessageSource messages) {
        this.alliances = alliances;
        this.search = search;
        this.territories = territories;
        this.messages = messages;
    }

    @Override
    public List<Section> sections(TerritoryId territory, Locale locale) {
        List<CatalystMatch> catalysts = alliances.catalystsFor(territory);
        Section catalystSection = new Section(
                "catalysts",
                message("territory.panel.catalysts", locale),
                catalysts.stream()
                        .limit(SHOWN)
                        .map(m -> new Link(
                                m.name(),
                                m.url(),
                                message(
                                        "territory.panel.covers",
                                        locale,
                                        territories
                                                .find(m.matchedBy())
                                                .map(t -> t.name())
                                                .orElse(m.matchedBy().toString()))))
                        .toList(),
                message("territory.panel.catalysts.none", locale),
                catalysts.size() > SHOWN ? "/qui-peut-aider?territory=" + territory : null,
                message("territory.panel.catalysts.all", locale, catalysts.size()));
        return List.of(
                catalystSection,
                searched(territory, AllianceSearchSources.CASE, "cases", locale),
                searched(territory, AllianceSearchSources.ACTOR, "actors", locale));
    }

    private Section searched(TerritoryId territory, String type, String key, Locale locale) {
        SearchResults within =
                search.search(new SearchQuery(null, type, territory.toString(), "within", Map.of(), 1, SHOWN));
        String all = UriComponentsBuilder.fromPath("/recherche")
                .queryParam("type", type)
                .queryParam("territory", territory.toString())
                .queryParam("scope", "within")
                .build()
                .toUriString();
        String around = territory.equals(TerritoryId.FRANCE)
                ? null
                : UriComponentsBuilder.fromPath("/recherche")
                        .queryParam("type", type)
                        .queryParam("territory", territory.toString())
                        .queryParam("scope", "around")
                        .build()
                        .toUriString();
        return new Section(
                key,
                message("territory.panel." + key, locale),
                within.items().stream()
                        .map(h -> new Link(h.title(), h.url(), null))
                        .toList(),
                message("territory.panel." + key + ".none", locale),
                within.total() > 0 ? all : null,
                message("territory.panel." + key + ".all", locale, within.total()),
                around,
                around == null ? null : message("territory.panel." + key + ".around", locale));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
