package dev.strata.demo.cas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
  * The body of {@code POST /services}.
  *
  * @param name the service's name, unique
  * @param serviceUrl where the service receives its tickets
  */
public record NewRegisteredService(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String serviceUrl) {
}
