package com.acme.orders;

import com.acme.base.BaseRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Cannot even be loaded: its superclass is missing. */
@Entity
public class ArchivedOrder extends BaseRecord {

    @Id
    private Long id;
}
