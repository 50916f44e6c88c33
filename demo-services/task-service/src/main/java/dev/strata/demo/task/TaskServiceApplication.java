package dev.strata.demo.task;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Task lists and tasks of relationship managers over REST, reactive end to end (WebFlux, Spring Data R2DBC, no
 * JDBC driver); Strata migrates the schema (database {@code cds_task}) over R2DBC at startup.
 */
@SpringBootApplication
public class TaskServiceApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(TaskServiceApplication.class, args);
    }
}
