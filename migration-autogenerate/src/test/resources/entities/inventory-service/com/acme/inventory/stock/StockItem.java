package com.acme.inventory.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class StockItem {

    @Id
    private Long id;

    private String sku;

    @ManyToOne
    private Warehouse warehouse;
}
