package dev.strata.demo.relationship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
  * The body of {@code POST /relationships/{id}/end}.
  *
  * @param endedOn the day the relationship stopped holding; not in the future, not before it began
  */
public record RelationshipEnd(@NotNull @PastOrPresent LocalDate endedOn) {
}
