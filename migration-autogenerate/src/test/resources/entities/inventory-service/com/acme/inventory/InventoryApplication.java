package com.acme.inventory;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with no @EntityScan: Spring Boot looks for entities in this package and below. */
@SpringBootApplication
public class InventoryApplication {
}
