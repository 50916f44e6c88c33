package com.acme.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class CustomerOrder {

    @Id
    private Long id;
}
