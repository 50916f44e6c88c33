package dev.strata.demo.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
  * The body of {@code POST /clients}.
  *
  * @param fullName the full name
  * @param email the email address
  * @param addresses the addresses, possibly none
  */
public record NewClient(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 320) String email,
        @NotNull List<@Valid NewAddress> addresses) {

    /**
      * One address of a new client.
      *
      * @param street street and number
      * @param city the city
      * @param postalCode the postal code
      * @param country ISO 3166-1 alpha-2 country code
      */
    public record NewAddress(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(min = 2, max = 2) String country) {
    }
}
