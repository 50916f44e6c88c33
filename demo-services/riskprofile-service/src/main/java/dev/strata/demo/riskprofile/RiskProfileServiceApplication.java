package dev.strata.demo.riskprofile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
  * Clients' risk profiles and the questionnaires that set them, over REST; Strata migrates the schema (database
  * {@code cds_riskprofile}) at startup.
  */
@SpringBootApplication
public class RiskProfileServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(RiskProfileServiceApplication.class, args);
    }
}
