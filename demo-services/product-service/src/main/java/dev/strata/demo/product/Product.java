package dev.strata.demo.product;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A product of the catalogue, with the history of its price. */
@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The stock-keeping unit; unique, as order lines and the warehouse refer to products by it. */
    @NotBlank
    @Size(max = 32)
    @Column(unique = true)
    private String sku;

    @NotBlank
    @Size(max = 200)
    private String name;

    /** The product's name in URLs ({@code /products/by-slug/oak-desk-160}); unique, made from the name. */
    @NotBlank
    @Size(max = 220)
    @Column(unique = true)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ProductCategory category;

    /** Money is exact: numeric(12,2), never a floating-point type. */
    @NotNull
    @Min(0)
    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ProductStatus status;

    @NotNull
    private Instant createdAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<PriceChange> priceChanges = new ArrayList<>();

    /** For JPA. */
    protected Product() {
    }

    /**
      * Creates an active product.
      *
      * @param sku the stock-keeping unit
      * @param name the name
      * @param slug the name in URLs, unique
      * @param category the category
      * @param price the price
      * @param createdAt when the product entered the catalogue
      */
    public Product(String sku, String name, String slug, ProductCategory category, BigDecimal price,
            Instant createdAt) {
        this.sku = sku;
        this.name = name;
        this.slug = slug;
        this.category = category;
        this.price = money(price);
        this.status = ProductStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /**
      * Sets a new price and records the change.
      *
      * @param newPrice the new price
      * @param changedAt when it takes effect
      * @return the recorded change
      */
    public PriceChange changePrice(BigDecimal newPrice, Instant changedAt) {
        PriceChange change = new PriceChange(this, price, money(newPrice), changedAt);
        priceChanges.add(change);
        price = change.getNewPrice();
        return change;
    }

    /**
      * Cents, as the column keeps them, so that 299 reads 299.00 before and after saving.
      *
      * @throws ArithmeticException if the amount has fractions of a cent (Bean Validation refuses them first)
      */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the stock-keeping unit */
    public String getSku() {
        return sku;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @return the product's name in URLs */
    public String getSlug() {
        return slug;
    }

    /** @return the category */
    public ProductCategory getCategory() {
        return category;
    }

    /** @return the current price */
    public BigDecimal getPrice() {
        return price;
    }

    /** @return the status */
    public ProductStatus getStatus() {
        return status;
    }

    /** @return when the product entered the catalogue */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the price changes, oldest first */
    public List<PriceChange> getPriceChanges() {
        return Collections.unmodifiableList(priceChanges);
    }
}
