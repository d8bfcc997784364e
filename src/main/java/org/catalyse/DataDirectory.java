package org.catalyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code catalyse.data-dir} (default {@code ./data}) to an absolute directory, creates it, and
 * exposes it as {@code catalyse.data-path}, which the H2 URL and the search index root use.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("catalyse.data-dir", "./data");
        Path path = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "catalyseDataDirectory",
                        Map.of("catalyse.data-path", path.toString().replace('\\', '/'))));
    }
}
