package dev.strata.demo.rmbrain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The relationship manager's assistant (RM Brain): insights about clients, the recommendations drawn from them and
 * the manager's feedback, over REST, reactive end to end (WebFlux, Spring Data R2DBC, no JDBC driver); Strata
 * migrates the schema (database {@code rmbrain_mainapp}) over R2DBC at startup.
 */
@SpringBootApplication
public class RmBrainApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(RmBrainApplication.class, args);
    }
}
