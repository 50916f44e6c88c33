package com.acme.billing.web;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Under the application's package but not under @EntityScan's: not mapped. */
@Entity
public class DraftInvoice {

    @Id
    private Long id;
}
