package dev.strata.demo.document;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
  * Documents kept for clients, with the versions of their files, over REST; Strata migrates the schema (database
  * {@code cds_document}) at startup.
  */
@SpringBootApplication
public class DocumentServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(DocumentServiceApplication.class, args);
    }
}
