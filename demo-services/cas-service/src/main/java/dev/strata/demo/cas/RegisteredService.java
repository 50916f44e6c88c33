package dev.strata.demo.cas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An application that signs its users in through the central authentication service. */
@Entity
@Table(name = "registered_services")
public class RegisteredService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Unique: audit reports name services, so two services must not share a name. */
    @NotBlank
    @Size(max = 100)
    @Column(unique = true)
    private String name;

    /** Where the service receives its tickets. */
    @NotBlank
    @Size(max = 500)
    private String serviceUrl;

    /** For JPA. */
    protected RegisteredService() {
    }

    /**
      * Creates a service.
      *
      * @param name the service's name
      * @param serviceUrl where the service receives its tickets
      */
    public RegisteredService(String name, String serviceUrl) {
        this.name = name;
        this.serviceUrl = serviceUrl;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the service's name */
    public String getName() {
        return name;
    }

    /** @return where the service receives its tickets */
    public String getServiceUrl() {
        return serviceUrl;
    }
}
