package dev.strata.demo.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.Check;

/** A directed relationship: the from-party is {@link #getType() type} of the to-party, since a given day. */
@Entity
@Table(name = "relationships",
        // One fact is recorded once; this key's index also serves lookups by from_party_id (its first column).
        uniqueConstraints = @UniqueConstraint(name = "uk_relationships_from_to_type",
                columnNames = {"from_party_id", "to_party_id", "type"}),
        // ... while lookups by the other end need their own index: PostgreSQL does not index foreign keys.
        indexes = @Index(name = "ix_relationships_to_party_id", columnList = "to_party_id"))
// Nobody is their own spouse or director; the API checks it too, the database makes it hold for every writer.
@Check(name = "ck_relationships_not_self", constraints = "from_party_id <> to_party_id")
public class Relationship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_party_id", foreignKey = @ForeignKey(name = "fk_relationships_from_party_id"))
    private Party fromParty;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_party_id", foreignKey = @ForeignKey(name = "fk_relationships_to_party_id"))
    private Party toParty;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private RelationshipType type;

    @NotNull
    private LocalDate since;

    /** Free text from the adviser who recorded it (how it was evidenced, say); null when there is none. */
    @Size(max = 1000)
    private String notes;

    /** The day the relationship stopped holding (a divorce, a director's resignation); null while it holds. */
    private LocalDate endedOn;

    /** For JPA. */
    protected Relationship() {
    }

    /**
      * Creates a relationship.
      *
      * @param fromParty the party that holds the role
      * @param toParty the party the role is held towards
      * @param type the role
      * @param since the first day the relationship held
      * @param notes the adviser's notes, or null
      */
    public Relationship(Party fromParty, Party toParty, RelationshipType type, LocalDate since, String notes) {
        this.fromParty = fromParty;
        this.toParty = toParty;
        this.type = type;
        this.since = since;
        this.notes = notes;
    }

    /**
      * Records that the relationship stopped holding; the row stays, so the history of who was related to whom
      * can still be read.
      *
      * @param day the day it stopped holding, not before {@link #getSince() since}
      * @throws IllegalArgumentException when the day is before the relationship began
      */
    public void end(LocalDate day) {
        if (day.isBefore(since)) {
            throw new IllegalArgumentException(
                    "A relationship cannot end (" + day + ") before it began (" + since + ")");
        }
        this.endedOn = day;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the party that holds the role */
    public Party getFromParty() {
        return fromParty;
    }

    /** @return the party the role is held towards */
    public Party getToParty() {
        return toParty;
    }

    /** @return the role */
    public RelationshipType getType() {
        return type;
    }

    /** @return the first day the relationship held */
    public LocalDate getSince() {
        return since;
    }

    /** @return the adviser's notes, null when there are none */
    public String getNotes() {
        return notes;
    }

    /** @return the day the relationship stopped holding, null while it holds */
    public LocalDate getEndedOn() {
        return endedOn;
    }
}
