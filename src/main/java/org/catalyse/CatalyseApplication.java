package org.catalyse;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Catalyse: the open platform for territorial alliances. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalyseApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CatalyseApplication.class);
        if (Arrays.asList(args).contains("--rebuild-search-index")) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
