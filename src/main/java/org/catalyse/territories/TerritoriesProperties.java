package org.catalyse.territories;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the territory data files are and whether to import them at start-up.
 *
 * @param dataLocation a Spring resource location holding the files of scripts/territories/
 * @param importOnStart import (or update) the data before the application takes requests
 */
@ConfigurationProperties("catalyse.territories")
record TerritoriesProperties(String dataLocation, Boolean importOnStart) {

    TerritoriesProperties {
        dataLocation = dataLocation == null ? "classpath:territories/" : dataLocation;
        importOnStart = importOnStart == null ? Boolean.TRUE : importOnStart;
    }
}
