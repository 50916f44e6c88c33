package com.acme.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Invoice {

    @Id
    private Long id;

    private String number;
}
