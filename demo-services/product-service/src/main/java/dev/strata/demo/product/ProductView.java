package dev.strata.demo.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
  * A product as the API shows it.
  *
  * @param id the id
  * @param sku the stock-keeping unit
  * @param name the name
  * @param slug the name in URLs
  * @param category the category
  * @param price the current price
  * @param status the status
  * @param createdAt when the product entered the catalogue
  * @param priceChanges the price history, oldest first
  */
public record ProductView(Long id, String sku, String name, String slug, ProductCategory category, BigDecimal price,
        ProductStatus status, Instant createdAt, List<PriceChangeView> priceChanges) {

    /**
      * A price change as the API shows it.
      *
      * @param oldPrice the price before
      * @param newPrice the price after
      * @param changedAt when it took effect
      */
    public record PriceChangeView(BigDecimal oldPrice, BigDecimal newPrice, Instant changedAt) {
    }

    static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getSku(), product.getName(), product.getSlug(),
                product.getCategory(), product.getPrice(), product.getStatus(), product.getCreatedAt(),
                product.getPriceChanges().stream()
                        .map(c -> new PriceChangeView(c.getOldPrice(), c.getNewPrice(), c.getChangedAt()))
                        .toList());
    }
}
