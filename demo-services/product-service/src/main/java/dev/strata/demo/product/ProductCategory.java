package dev.strata.demo.product;

/** Where a product sits in the catalogue; stored by name, so reordering the constants never rewrites data. */
public enum ProductCategory {
    /** Desks, chairs, shelves. */
    FURNITURE,
    /** Paper, pens, folders. */
    STATIONERY,
    /** Screens, keyboards, printers. */
    ELECTRONICS,
    /** Installation and repair, sold by the hour. */
    SERVICES
}
