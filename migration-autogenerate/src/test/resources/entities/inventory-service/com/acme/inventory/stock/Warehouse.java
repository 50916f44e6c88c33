package com.acme.inventory.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {

    static {
        // A tool that reads the mapping must not run application code; the scanner test relies on this throwing.
        if (Boolean.TRUE) {
            throw new IllegalStateException("Warehouse was initialised");
        }
    }

    @Id
    private Long id;

    private String city;
}
