package dev.strata.demo.product;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /products}: list, read (by id or slug), add products, and change their prices. */
@RestController
@RequestMapping("/products")
public class ProductController {

    private final ProductRepository products;

    /**
      * Creates the controller.
      *
      * @param products the products
      */
    public ProductController(ProductRepository products) {
        this.products = products;
    }

    /**
      * Lists every product, oldest first.
      *
      * @return the products with their price history
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<ProductView> list() {
        return products.findAll(Sort.by("id")).stream().map(ProductView::of).toList();
    }

    /**
      * Reads one product.
      *
      * @param id the product's id
      * @return the product with its price history
      * @throws ResponseStatusException 404 when there is no such product
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ProductView get(@PathVariable long id) {
        return ProductView.of(find(id));
    }

    /**
      * Reads one product by the name it has in URLs.
      *
      * @param slug the slug
      * @return the product with its price history
      * @throws ResponseStatusException 404 when no product has that slug
      */
    @GetMapping("/by-slug/{slug}")
    @Transactional(readOnly = true)
    public ProductView getBySlug(@PathVariable String slug) {
        return products.findBySlug(slug).map(ProductView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product " + slug));
    }

    /**
      * Adds a product to the catalogue, with a slug made from its name.
      *
      * @param request SKU, name, category and price
      * @return 201 with the product and its location
      * @throws ResponseStatusException 409 when the SKU is taken
      */
    @PostMapping
    @Transactional
    public ResponseEntity<ProductView> create(@Valid @RequestBody NewProduct request) {
        if (products.existsBySku(request.sku())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "SKU " + request.sku() + " is taken");
        }
        // Two requests racing for one slug or SKU fail on the unique constraints rather than both winning.
        String slug = Slug.forName(request.name(), products::existsBySlug);
        Product product = new Product(request.sku(), request.name(), slug, request.category(), request.price(), now());
        ProductView saved = ProductView.of(products.saveAndFlush(product));
        return ResponseEntity.created(URI.create("/products/" + saved.id())).body(saved);
    }

    /**
      * Changes a product's price and records the change; the same price again records nothing.
      *
      * @param id the product's id
      * @param request the new price
      * @return the product with its price history
      * @throws ResponseStatusException 404 when there is no such product
      */
    @PutMapping("/{id}/price")
    @Transactional
    public ProductView changePrice(@PathVariable long id, @Valid @RequestBody NewProduct.NewPrice request) {
        Product product = find(id);
        if (product.getPrice().compareTo(request.price()) != 0) {
            product.changePrice(request.price(), now());
        }
        return ProductView.of(products.saveAndFlush(product));
    }

    /** Microseconds, as PostgreSQL stores them, so the answer to a write shows what a later GET reads. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Product find(long id) {
        return products.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product " + id));
    }
}
