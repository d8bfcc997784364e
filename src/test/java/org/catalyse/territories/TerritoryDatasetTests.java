package org.catalyse.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The committed data files of @etalab/decoupage-administratif 6.0.0, as the importer reads them. */
class TerritoryDatasetTests {

    static TerritoryDataset dataset;
    static Map<TerritoryId, TerritoryDataset.Row> byId;

    @BeforeAll
    static void load() {
        dataset = TerritoryDataset.load(new DefaultResourceLoader(), "classpath:territories/");
        byId = dataset.territories().stream().collect(Collectors.toMap(TerritoryDataset.Row::id, Function.identity()));
    }

    @Test
    void holdsEveryCurrentCommuneEpciDepartementRegionAndFrance() {
        Map<Echelon, Long> counts = dataset.territories().stream()
                .collect(Collectors.groupingBy(r -> r.id().echelon(), Collectors.counting()));
        assertThat(counts)
                .containsEntry(Echelon.COMMUNE, 34_969L)
                .containsEntry(Echelon.EPCI, 1_255L)
                .containsEntry(Echelon.DEPARTEMENT, 109L)
                .containsEntry(Echelon.REGION, 26L)
                .containsEntry(Echelon.PAYS, 1L);
        assertThat(dataset.version()).isEqualTo("@etalab/decoupage-administratif@6.0.0");
        assertThat(dataset.licence()).isEqualTo("MIT");
    }

    @Test
    void placesACommuneInItsEpciDepartementRegionAndFrance() {
        TerritoryDataset.Row grenoble = byId.get(new TerritoryId(Echelon.COMMUNE, "38185"));
        assertThat(grenoble.name()).isEqualTo("Grenoble");
        assertThat(grenoble.parents())
                .extracting(TerritoryId::toString)
                .containsExactly("epci:200040715", "departement:38", "region:84", "pays:FR");
        assertThat(grenoble.postalCodes()).containsExactly("38000", "38100");
        assertThat(grenoble.siren()).isEqualTo("213801855");
        assertThat(grenoble.population()).isPositive();
    }

    @Test
    void placesAnEpciInEveryDepartementItsMembersLieIn() {
        long spanning = dataset.territories().stream()
                .filter(r -> r.id().echelon() == Echelon.EPCI)
                .filter(r -> r.parents().stream()
                                .filter(p -> p.echelon() == Echelon.DEPARTEMENT)
                                .count()
                        > 1)
                .count();
        assertThat(spanning).isEqualTo(89);
        assertThat(byId.get(new TerritoryId(Echelon.EPCI, "200040715")).parents())
                .extracting(TerritoryId::toString)
                .containsExactly("departement:38", "region:84", "pays:FR");
    }

    @Test
    void keepsOverseasTerritoriesAndCorsica() {
        assertThat(byId)
                .containsKeys(
                        new TerritoryId(Echelon.DEPARTEMENT, "2A"),
                        new TerritoryId(Echelon.DEPARTEMENT, "974"),
                        new TerritoryId(Echelon.REGION, "01"),
                        new TerritoryId(Echelon.COMMUNE, "97411"));
        assertThat(byId.get(new TerritoryId(Echelon.DEPARTEMENT, "01")).name()).isEqualTo("Ain");
        assertThat(byId.get(new TerritoryId(Echelon.REGION, "01")).name()).isEqualTo("Guadeloupe");
    }

    @Test
    void keepsSecondaryNamesThatResolveToTheirCommune() {
        assertThat(dataset.secondaryNames()).hasSize(2_621);
        assertThat(dataset.secondaryNames()).anySatisfy(n -> {
            assertThat(n.name()).isEqualTo("Marseille 1er Arrondissement");
            assertThat(n.commune().code()).isEqualTo("13055");
        });
    }

    @Test
    void stopsOnAMalformedValueNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        copy("territories-fixture/v1", dir);
        replace(dir.resolve("communes.tsv"), "\t5600\t", "\tabc\t");
        assertThatThrownBy(() -> TerritoryDataset.load(
                        new DefaultResourceLoader(), dir.toUri().toString()))
                .isInstanceOf(TerritoryDataException.class)
                .hasMessage("communes.tsv, ligne 3 : population n'est pas un entier : « abc »");
    }

    @Test
    void stopsOnAReferenceToAnUnknownTerritory(@TempDir Path dir) throws IOException {
        copy("territories-fixture/v1", dir);
        replace(dir.resolve("communes.tsv"), "73001\tAiguebelette\t73", "73001\tAiguebelette\t74");
        assertThatThrownBy(() -> TerritoryDataset.load(
                        new DefaultResourceLoader(), dir.toUri().toString()))
                .hasMessage("communes.tsv, ligne 5 : référence à un territoire inconnu : departement:74");
    }

    @Test
    void stopsOnAMissingColumn(@TempDir Path dir) throws IOException {
        copy("territories-fixture/v1", dir);
        replace(dir.resolve("epci.tsv"), "\tCC\t3000", "\tCC");
        assertThatThrownBy(() -> TerritoryDataset.load(
                        new DefaultResourceLoader(), dir.toUri().toString()))
                .hasMessage("epci.tsv, ligne 3 : 3 colonnes au lieu de 4 attendues");
    }

    @Test
    void stopsOnAMissingFile(@TempDir Path dir) throws IOException {
        copy("territories-fixture/v1", dir);
        Files.delete(dir.resolve("former-codes.tsv"));
        assertThatThrownBy(() -> TerritoryDataset.load(
                        new DefaultResourceLoader(), dir.toUri().toString()))
                .hasMessageStartingWith("former-codes.tsv : fichier illisible ou absent");
    }

    static void copy(String classpathFolder, Path target) throws IOException {
        var loader = new DefaultResourceLoader();
        for (String file : TerritoryDataset.FILES) {
            try (var in = loader.getResource("classpath:" + classpathFolder + "/" + file)
                    .getInputStream()) {
                Files.write(target.resolve(file), in.readAllBytes());
            }
        }
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
