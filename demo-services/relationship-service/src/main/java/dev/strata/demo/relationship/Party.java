package dev.strata.demo.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A person or organisation that can stand in relationships: a client, a relative, an employer. */
@Entity
@Table(name = "parties")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PartyKind kind;

    @NotNull
    private Instant createdAt;

    /** When the party's identity was checked against documents; null until it is. */
    private Instant verifiedAt;

    /** Who checked it (an adviser's user name); set together with {@link #verifiedAt}. */
    @Size(max = 100)
    private String verifiedBy;

    /** For JPA. */
    protected Party() {
    }

    /**
      * Creates a party.
      *
      * @param displayName the name shown for the party
      * @param kind person or organisation
      * @param createdAt when the party was recorded
      */
    public Party(String displayName, PartyKind kind, Instant createdAt) {
        this.displayName = displayName;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    /**
      * Records that the party's identity was checked.
      *
      * @param by who checked it
      * @param at when
      */
    public void verify(String by, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the name shown for the party */
    public String getDisplayName() {
        return displayName;
    }

    /** @return person or organisation */
    public PartyKind getKind() {
        return kind;
    }

    /** @return when the party was recorded */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when the party's identity was checked, null until it is */
    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    /** @return who checked the party's identity, null until someone does */
    public String getVerifiedBy() {
        return verifiedBy;
    }
}
