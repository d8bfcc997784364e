package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.CatalyseTest;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CatalyseTest
class MapPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Alliances alliances;

    @Autowired
    Territories territories;

    String page(String query) throws Exception {
        return mvc.perform(get("/carte" + query).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The count the table gives for a territory. */
    static long tableCount(String html, String url) {
        Matcher m = Pattern.compile(
                        "<a href=\"" + Pattern.quote(url) + "\">[^<]*</a></th>\\s*<td class=\"num\">(\\d+)</td>")
                .matcher(html);
        assertThat(m.find()).as("row for " + url).isTrue();
        return Long.parseLong(m.group(1));
    }

    long casesWithin(TerritoryId id) {
        List<CaseView> all = new java.util.ArrayList<>();
        alliances.forEachCase(all::add);
        return all.stream()
                .filter(c -> c.content().territories().stream()
                        .anyMatch(t -> territories.contains(id, TerritoryId.parse(t))))
                .count();
    }

    @Test
    void theDepartementMapDrawsEveryMetropolitanDepartementAsALinkAndListsOverseas() throws Exception {
        String html = page("");
        assertThat(Pattern.compile("<a href=\"/territoires/departement/[0-9AB]{2}\" aria-label=\"")
                        .matcher(html)
                        .results()
                        .count())
                .isEqualTo(96);
        assertThat(html).contains("viewBox=\"0 0 613 585\"");
        assertThat(html).contains("Outre-mer").contains("/territoires/departement/971");
        assertThat(html).contains("<caption>").contains("Victor Cazanave");
        for (String code : List.of("29", "38", "62", "75")) {
            TerritoryId id = TerritoryId.of("departement", code);
            assertThat(tableCount(html, "/territoires/departement/" + code))
                    .as(code)
                    .isEqualTo(casesWithin(id));
        }
        assertThat(tableCount(html, "/territoires/departement/29")).isPositive();
    }

    @Test
    void theRegionMapColoursDepartementsWithTheirRegionAndCountsCatalystsPerInhabitant() throws Exception {
        String html = page("?echelle=region&mesure=catalyseurs&par=habitants");
        assertThat(html).contains("<a href=\"/territoires/region/53\" aria-label=\"Bretagne (53) : ");
        assertThat(Pattern.compile("<a href=\"/territoires/region/53\" aria-label")
                        .matcher(html)
                        .results()
                        .count())
                .isEqualTo(4);
        assertThat(tableCount(html, "/territoires/region/53")).isPositive();
        assertThat(html).contains("pour 100 000 habitants");
    }

    @Test
    void unknownChoicesAreRefusedWithTheirAlternatives() throws Exception {
        mvc.perform(get("/carte").param("echelle", "canton")).andExpect(status().isBadRequest());
        mvc.perform(get("/carte").param("mesure", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/carte").param("par", "km2")).andExpect(status().isBadRequest());
    }

    @Test
    void classesSplitTheNonZeroValues() {
        assertThat(MapPages.breaks(List.of())).isEmpty();
        assertThat(MapPages.breaks(List.of(1.0, 1.0, 1.0))).isEmpty();
        assertThat(MapPages.level(0, List.of())).isZero();
        assertThat(MapPages.level(1, List.of())).isEqualTo(1);
        List<Double> breaks = MapPages.breaks(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0));
        assertThat(breaks).containsExactly(3.0, 5.0, 7.0);
        assertThat(List.of(1.0, 3.0, 4.0, 6.0, 8.0).stream().map(v -> MapPages.level(v, breaks)))
                .containsExactly(1, 1, 2, 3, 4);
    }
}
