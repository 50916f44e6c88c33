package dev.strata.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of the table the service's first revision creates. */
@Table("customer")
record Customer(@Id Long id, String name, String email) {
}
