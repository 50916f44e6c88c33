package dev.strata.demo.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of a product's price: what it was, what it became, and when. */
@Entity
// A product's price history, in order, is read with the product; the foreign key alone has no index.
@Table(name = "price_changes",
        indexes = @Index(name = "ix_price_changes_product_id_changed_at", columnList = "product_id, changed_at"))
public class PriceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", foreignKey = @ForeignKey(name = "fk_price_changes_product_id"))
    private Product product;

    @NotNull
    @Min(0)
    @Column(precision = 12, scale = 2)
    private BigDecimal oldPrice;

    @NotNull
    @Min(0)
    @Column(precision = 12, scale = 2)
    private BigDecimal newPrice;

    @NotNull
    private Instant changedAt;

    /** For JPA. */
    protected PriceChange() {
    }

    PriceChange(Product product, BigDecimal oldPrice, BigDecimal newPrice, Instant changedAt) {
        this.product = product;
        this.oldPrice = oldPrice;
        this.newPrice = newPrice;
        this.changedAt = changedAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the price before the change */
    public BigDecimal getOldPrice() {
        return oldPrice;
    }

    /** @return the price after the change */
    public BigDecimal getNewPrice() {
        return newPrice;
    }

    /** @return when the change took effect */
    public Instant getChangedAt() {
        return changedAt;
    }
}
