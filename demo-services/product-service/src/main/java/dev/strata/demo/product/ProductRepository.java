package dev.strata.demo.product;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Products, loaded with their price history in one query (no lazy loading outside a transaction). */
public interface ProductRepository extends JpaRepository<Product, Long> {

    @Override
    @EntityGraph(attributePaths = "priceChanges")
    List<Product> findAll(Sort sort);

    @Override
    @EntityGraph(attributePaths = "priceChanges")
    Optional<Product> findById(Long id);

    /**
      * Finds a product by the name it has in URLs.
      *
      * @param slug the slug
      * @return the product with its price history
      */
    @EntityGraph(attributePaths = "priceChanges")
    Optional<Product> findBySlug(String slug);

    /**
      * Tells whether a slug is taken.
      *
      * @param slug the slug
      * @return true when a product has it
      */
    boolean existsBySlug(String slug);

    /**
      * Tells whether a SKU is taken.
      *
      * @param sku the stock-keeping unit
      * @return true when a product has it
      */
    boolean existsBySku(String sku);
}
