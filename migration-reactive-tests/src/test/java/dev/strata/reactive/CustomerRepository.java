package dev.strata.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The service's Spring Data R2DBC repository: it must not run before the migrations. */
interface CustomerRepository extends ReactiveCrudRepository<Customer, Long> {
}
