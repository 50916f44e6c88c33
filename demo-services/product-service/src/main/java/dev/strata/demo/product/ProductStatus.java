package dev.strata.demo.product;

/** Whether a product can still be ordered; stored by name. */
public enum ProductStatus {
    /** In the catalogue. */
    ACTIVE,
    /** No longer sold; kept for past orders and the price history. */
    DISCONTINUED
}
