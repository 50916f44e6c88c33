package dev.strata.demo.relationship;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
  * Parties and the relationships between them over REST; Strata migrates the schema (database
  * {@code cds_relationship}) at startup.
  */
@SpringBootApplication
public class RelationshipServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(RelationshipServiceApplication.class, args);
    }
}
