package dev.strata.demo.interaction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Client interactions and who took part, over REST, reactive end to end (WebFlux, Spring Data R2DBC, no JDBC
 * driver); Strata migrates the schema (database {@code cds_interaction}) over R2DBC at startup.
 */
@SpringBootApplication
public class InteractionServiceApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(InteractionServiceApplication.class, args);
    }
}
