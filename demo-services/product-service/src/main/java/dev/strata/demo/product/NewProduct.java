package dev.strata.demo.product;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
  * The body of {@code POST /products}; the slug is made from the name.
  *
  * @param sku the stock-keeping unit, upper-case letters, digits and dashes
  * @param name the name
  * @param category the category
  * @param price the price, at most 10 digits before the point and 2 after
  */
public record NewProduct(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String sku,
        @NotBlank @Size(max = 200) String name,
        @NotNull ProductCategory category,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price) {

    /**
      * The body of {@code PUT /products/{id}/price}.
      *
      * @param price the new price
      */
    public record NewPrice(@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price) {
    }
}
