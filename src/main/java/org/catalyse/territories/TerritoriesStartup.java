package org.catalyse.territories;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Imports the territory data files (when their version is new) and loads the graph into memory when the
 * bean is created: every bean that uses {@link Territories} finds the graph loaded. A corrupt file stops
 * the start with a message naming it.
 */
@Component
class TerritoriesStartup implements InitializingBean {

    private volatile TerritoryGraph graph = TerritoryGraph.empty();
    private final TerritoriesProperties properties;
    private final ResourceLoader resourceLoader;
    private final JdbcTemplate jdbc;
    private final TerritoryImporter importer;

    TerritoriesStartup(
            TerritoriesProperties properties,
            ResourceLoader resourceLoader,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.resourceLoader = resourceLoader;
        this.jdbc = jdbc;
        this.importer = new TerritoryImporter(jdbc, transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.importOnStart()) {
            importFrom(properties.dataLocation());
        } else {
            graph = TerritoryGraphReader.read(jdbc);
        }
    }

    /** The graph as last read from the database. */
    TerritoryGraph graph() {
        return graph;
    }

    /** Imports the files under {@code location} and reloads the graph. */
    TerritoryImporter.Report importFrom(String location) {
        TerritoryImporter.Report report = importer.importDataset(TerritoryDataset.load(resourceLoader, location));
        graph = TerritoryGraphReader.read(jdbc);
        return report;
    }
}
