package dev.strata.boot.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Matches the customer table of the test revisions, email included. */
@Entity
public class Customer {

    @Id
    private Long id;

    private String name;

    private String email;

    protected Customer() {
    }

    public Customer(Long id, String name, String email) {
        this.id = id;
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
