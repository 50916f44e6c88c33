package dev.strata.demo.relationship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
  * The body of {@code POST /relationships}.
  *
  * @param fromPartyId the party that holds the role
  * @param toPartyId the party the role is held towards
  * @param type the role
  * @param since the first day the relationship held; not in the future
  * @param notes the adviser's notes, optional
  */
public record NewRelationship(
        @NotNull Long fromPartyId,
        @NotNull Long toPartyId,
        @NotNull RelationshipType type,
        @NotNull @PastOrPresent LocalDate since,
        @Size(max = 1000) String notes) {
}
