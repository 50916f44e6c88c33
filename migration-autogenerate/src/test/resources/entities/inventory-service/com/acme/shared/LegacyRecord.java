package com.acme.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Outside the application's package, so the running service never maps it. */
@Entity
public class LegacyRecord {

    @Id
    private Long id;
}
