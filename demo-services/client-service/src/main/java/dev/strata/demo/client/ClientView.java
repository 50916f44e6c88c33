package dev.strata.demo.client;

import java.time.Instant;
import java.util.List;

/**
  * A client as the API shows it.
  *
  * @param id the id
  * @param fullName the full name
  * @param email the email address, null for clients registered before it was asked
  * @param status the status
  * @param createdAt when the client was registered
  * @param addresses the addresses
  */
public record ClientView(
        Long id, String fullName, String email, ClientStatus status, Instant createdAt, List<AddressView> addresses) {

    /**
      * An address as the API shows it.
      *
      * @param id the id
      * @param street street and number
      * @param city the city
      * @param postalCode the postal code
      * @param country ISO 3166-1 alpha-2 country code
      */
    public record AddressView(Long id, String street, String city, String postalCode, String country) {
    }

    static ClientView of(Client client) {
        return new ClientView(client.getId(), client.getFullName(), client.getEmail(), client.getStatus(),
                client.getCreatedAt(), client.getAddresses().stream()
                        .map(a -> new AddressView(a.getId(), a.getStreet(), a.getCity(), a.getPostalCode(), a.getCountry()))
                        .toList());
    }
}
