package dev.strata.demo.cas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
  * The audit service of the central authentication service: login events over REST (database
  * {@code cas_audit}) and daily login statistics (database {@code cas_reports}); Strata migrates both
  * databases at startup, each from its own revisions.
  */
@SpringBootApplication
public class CasServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(CasServiceApplication.class, args);
    }
}
