package dev.strata.demo.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
  * The body of {@code POST /parties/{id}/verification}.
  *
  * @param verifiedBy the adviser who checked the party's identity
  */
public record Verification(@NotBlank @Size(max = 100) String verifiedBy) {
}
