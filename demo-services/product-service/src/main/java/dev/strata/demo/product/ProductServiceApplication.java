package dev.strata.demo.product;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
  * A product catalogue with price history over REST; Strata migrates the schema (database {@code cds_product})
  * at startup, SQL revisions and a Java data migration alike.
  */
@SpringBootApplication
public class ProductServiceApplication {

    /**
      * Starts the service.
      *
      * @param args Spring Boot command-line arguments
      */
    public static void main(String[] args) {
        SpringApplication.run(ProductServiceApplication.class, args);
    }
}
