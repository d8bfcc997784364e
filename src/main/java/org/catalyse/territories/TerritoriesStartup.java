package org.catalyse.territories;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Imports the territory data files (when their version is new) and loads the graph into memory, before
 * the web server takes its first request. A corrupt file stops the start with a message naming it.
 */
@Component
class TerritoriesStartup implements SmartInitializingSingleton {

    private final Territories territories;
    private final TerritoriesProperties properties;
    private final ResourceLoader resourceLoader;
    private final JdbcTemplate jdbc;
    private final TerritoryImporter importer;

    TerritoriesStartup(
            Territories territories,
            TerritoriesProperties properties,
            ResourceLoader resourceLoader,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.territories = territories;
        this.properties = properties;
        this.resourceLoader = resourceLoader;
        this.jdbc = jdbc;
        this.importer = new TerritoryImporter(jdbc, transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.importOnStart()) {
            importFrom(properties.dataLocation());
        } else {
            territories.use(TerritoryGraphReader.read(jdbc));
        }
    }

    /** Imports the files under {@code location} and reloads the graph. */
    TerritoryImporter.Report importFrom(String location) {
        TerritoryImporter.Report report = importer.importDataset(TerritoryDataset.load(resourceLoader, location));
        territories.use(TerritoryGraphReader.read(jdbc));
        return report;
    }
}
