package dev.strata.demo.client;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A postal address of a client. */
@Entity
// PostgreSQL does not index foreign keys by itself; loading a client's addresses needs this one.
@Table(name = "addresses", indexes = @Index(name = "ix_addresses_client_id", columnList = "client_id"))
public class Address {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", foreignKey = @ForeignKey(name = "fk_addresses_client_id"))
    private Client client;

    @NotBlank
    @Size(max = 200)
    private String street;

    @NotBlank
    @Size(max = 100)
    private String city;

    @NotBlank
    @Size(max = 20)
    private String postalCode;

    /** ISO 3166-1 alpha-2. */
    @NotBlank
    @Size(min = 2, max = 2)
    private String country;

    /** For JPA. */
    protected Address() {
    }

    /**
      * Creates an address not yet given to a client.
      *
      * @param street street and number
      * @param city the city
      * @param postalCode the postal code
      * @param country ISO 3166-1 alpha-2 country code
      */
    public Address(String street, String city, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
    }

    void assignTo(Client owner) {
        this.client = owner;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return street and number */
    public String getStreet() {
        return street;
    }

    /** @return the city */
    public String getCity() {
        return city;
    }

    /** @return the postal code */
    public String getPostalCode() {
        return postalCode;
    }

    /** @return the ISO 3166-1 alpha-2 country code */
    public String getCountry() {
        return country;
    }
}
