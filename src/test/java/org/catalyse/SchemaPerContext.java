package org.catalyse;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, gives each test application context a schema of its own in the test database, as each one has
 * an in-memory H2 database of its own: contexts with different settings (mail server, OpenID provider…) then never
 * read what another context wrote while its own search index did not see it.
 */
public class SchemaPerContext implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String schema = "test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String separator = url.contains("?") ? "&" : "?";
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "schema-per-context",
                        Map.of(
                                "spring.datasource.url",
                                url + separator + "currentSchema=" + schema,
                                "spring.flyway.schemas",
                                schema,
                                "spring.flyway.create-schemas",
                                "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
