package dev.strata.demo.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
  * The body of {@code POST /parties}.
  *
  * @param displayName the name shown for the party
  * @param kind person or organisation
  */
public record NewParty(@NotBlank @Size(max = 200) String displayName, @NotNull PartyKind kind) {
}
