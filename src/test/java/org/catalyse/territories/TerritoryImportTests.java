package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports small data sets into a database of their own: first version, the same again, a corrupt one, then
 * a newer version in which a commune merged into another.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "catalyse.territories.data-location=classpath:territories-fixture/v1/",
            "catalyse.commons.seed-on-start=false",
            "catalyse.alliances.seed-on-start=false"
        })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryImportTests {

    static final String SCHEMA = "territory_import_test";

    /** On PostgreSQL the suite shares one database: this test keeps its tables in a schema of its own. */
    @DynamicPropertySource
    static void ownSchemaOnPostgres(DynamicPropertyRegistry registry) {
        String url = System.getProperty("catalyse.test.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
            registry.add("spring.flyway.default-schema", () -> SCHEMA);
            registry.add("spring.flyway.schemas", () -> SCHEMA);
            registry.add("spring.jpa.properties.hibernate.default_schema", () -> SCHEMA);
        }
    }

    @Autowired
    TerritoriesStartup startup;

    @Autowired
    Territories territories;

    @Autowired
    JdbcTemplate jdbc;

    static final TerritoryId GRENOBLE = new TerritoryId(Echelon.COMMUNE, "38185");
    static final TerritoryId SAINT_MARTIN = new TerritoryId(Echelon.COMMUNE, "38423");
    static final TerritoryId LES_ABRETS = new TerritoryId(Echelon.COMMUNE, "38001");
    static final TerritoryId AIGUEBELETTE = new TerritoryId(Echelon.COMMUNE, "73001");
    static final TerritoryId DEUX_RIVES = new TerritoryId(Echelon.EPCI, "200000001");

    @Test
    @Order(1)
    void importsTheFirstVersionAtStartUp() {
        assertThat(count("territory")).isEqualTo(1 + 1 + 2 + 2 + 4);
        assertThat(territories.get(GRENOBLE).population()).isEqualTo(156_140);
        assertThat(territories.get(GRENOBLE).postalCodes()).containsExactly("38000", "38100");
        assertThat(territories.get(DEUX_RIVES).parents())
                .extracting(TerritoryRef::name)
                .containsExactly("Isère", "Savoie", "Auvergne-Rhône-Alpes", "France");
        assertThat(jdbc.queryForObject("select count(*) from territory_dataset", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void skipsAVersionAlreadyImported() {
        Map<String, Integer> before = counts();
        TerritoryImporter.Report report = startup.importFrom("classpath:territories-fixture/v1/");
        assertThat(report.skipped()).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void leavesTheDatabaseAsItWasWhenAFileIsCorrupt(@TempDir Path dir) throws IOException {
        TerritoryDatasetTests.copy("territories-fixture/v2", dir);
        TerritoryDatasetTests.replace(dir.resolve("communes.tsv"), "\t900\t", "\tneuf-cents\t");
        Map<String, Integer> before = counts();
        List<Map<String, Object>> rowsBefore = jdbc.queryForList("select * from territory order by id");

        assertThatThrownBy(() -> startup.importFrom(dir.toUri().toString()))
                .isInstanceOf(TerritoryDataException.class)
                .hasMessage("communes.tsv, ligne 4 : population n'est pas un entier : « neuf-cents »");

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from territory order by id")).isEqualTo(rowsBefore);
        assertThat(territories.find(SAINT_MARTIN))
                .hasValueSatisfying(t -> assertThat(t.obsolete()).isFalse());
    }

    @Test
    @Order(4)
    void updatesInPlaceAndKeepsVanishedCommunesPointingToTheirSuccessor() {
        TerritoryImporter.Report report = startup.importFrom("classpath:territories-fixture/v2/");

        assertThat(report.skipped()).isFalse();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.obsoleted()).isEqualTo(2);
        TerritoryView grenoble = territories.get(GRENOBLE);
        assertThat(grenoble.population()).isEqualTo(162_000);
        assertThat(grenoble.postalCodes()).containsExactly("38000", "38100", "38950");
        assertThat(grenoble.secondaryNames()).containsExactly("Saint-Martin-le-Vinoux");
        assertThat(territories.get(AIGUEBELETTE).name()).isEqualTo("Aiguebelette-le-Lac");

        TerritoryView saintMartin = territories.get(SAINT_MARTIN);
        assertThat(saintMartin.obsolete()).isTrue();
        assertThat(saintMartin.successor().id()).isEqualTo(GRENOBLE);
        assertThat(saintMartin.name()).isEqualTo("Saint-Martin-le-Vinoux");
        TerritoryView lesAbrets = territories.get(LES_ABRETS);
        assertThat(lesAbrets.obsolete()).isTrue();
        assertThat(lesAbrets.successor().id()).isEqualTo(AIGUEBELETTE);

        assertThat(territories.search("saint martin le vinoux", null, 5))
                .first()
                .satisfies(m -> assertThat(m.territory().id()).isEqualTo(GRENOBLE));
        assertThat(territories.childrenCounts(new TerritoryId(Echelon.DEPARTEMENT, "38")))
                .containsEntry(Echelon.COMMUNE, 1);
        assertThat(jdbc.queryForObject("select count(*) from territory_dataset", Integer.class))
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void importsTheNewerVersionOnlyOnce() {
        Map<String, Integer> before = counts();
        assertThat(startup.importFrom("classpath:territories-fixture/v2/").skipped())
                .isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "territory", count("territory"),
                "obsolete", jdbc.queryForObject("select count(*) from territory where obsolete", Integer.class),
                "territory_parent", count("territory_parent"),
                "territory_postal_code", count("territory_postal_code"),
                "territory_secondary_name", count("territory_secondary_name"),
                "territory_dataset", count("territory_dataset"));
    }
}
