package dev.strata.demo.client;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Clients and their addresses over REST; Strata migrates the schema (database {@code cds_client}) at startup. */
@SpringBootApplication
public class ClientServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(ClientServiceApplication.class, args);
    }
}
