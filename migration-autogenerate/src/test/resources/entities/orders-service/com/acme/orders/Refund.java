package com.acme.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Loads, but a field's type is missing. */
@Entity
public class Refund {

    @Id
    private Long id;

    private Money amount;
}
