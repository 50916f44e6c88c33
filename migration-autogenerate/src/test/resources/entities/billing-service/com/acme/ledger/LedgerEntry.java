package com.acme.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class LedgerEntry {

    @Id
    private Long id;

    private long amountCents;
}
