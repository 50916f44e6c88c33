package dev.strata.demo.client;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A client of the business, with the addresses we deliver and bill to. */
@Entity
@Table(name = "clients", indexes = @Index(name = "ix_clients_status_created_at", columnList = "status, created_at"))
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    /** Unique so that a client cannot be registered twice; null for clients registered before it was asked. */
    @Email
    @Size(max = 320)
    @Column(unique = true)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ClientStatus status;

    @NotNull
    private Instant createdAt;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Address> addresses = new ArrayList<>();

    /** For JPA. */
    protected Client() {
    }

    /**
      * Creates an active client.
      *
      * @param fullName the client's full name
      * @param email the client's email address
      * @param createdAt when the client was registered
      */
    public Client(String fullName, String email, Instant createdAt) {
        this.fullName = fullName;
        this.email = email;
        this.status = ClientStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /**
      * Adds an address and makes this client its owner.
      *
      * @param address the address
      */
    public void addAddress(Address address) {
        address.assignTo(this);
        addresses.add(address);
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the full name */
    public String getFullName() {
        return fullName;
    }

    /** @return the email address, null for clients registered before it was asked */
    public String getEmail() {
        return email;
    }

    /** @return the status */
    public ClientStatus getStatus() {
        return status;
    }

    /** @return when the client was registered */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the addresses, in the order they were added */
    public List<Address> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }
}
