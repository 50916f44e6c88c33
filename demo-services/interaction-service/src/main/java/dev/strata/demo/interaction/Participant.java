package dev.strata.demo.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who took part in an interaction: the client's people and ours. Mapped as {@link Interaction} is. */
@Entity
@Table("participants")
// PostgreSQL does not index foreign keys by itself; reading an interaction's participants needs this one.
@jakarta.persistence.Table(name = "participants",
        indexes = @Index(name = "ix_participants_interaction_id", columnList = "interaction_id"))
public class Participant {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The interaction's id: the one column both mappings share. Spring Data R2DBC maps no associations, so it
     * reads and writes this plain column. For Hibernate it is a basic column as well, and {@link #interaction}
     * adds the foreign key; that association is read-only (insertable/updatable false) so the column has one
     * writer. The name is spelled out because Hibernate refuses two properties on one column whose logical names
     * differ ({@code interactionId} against the join column's {@code interaction_id}).
     */
    @NotNull
    @Column(name = "interaction_id")
    private Long interactionId;

    /** Gives Hibernate the foreign key to interactions; Spring Data ignores it ({@code @Transient}). */
    @Transient
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_participants_interaction_id"))
    private Interaction interaction;

    @NotBlank
    @Size(max = 200)
    private String name;

    /** What they were there as, for example "client", "spouse", "tax adviser", "relationship manager". */
    @NotBlank
    @Size(max = 60)
    @Column(length = 60)
    private String role;

    /** For Spring Data and JPA. */
    protected Participant() {
    }

    /**
     * Creates a participant of an interaction, not yet saved.
     *
     * @param interactionId the interaction
     * @param name the person's name
     * @param role what they were there as
     */
    public Participant(Long interactionId, String name, String role) {
        this.interactionId = interactionId;
        this.name = name;
        this.role = role;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the interaction */
    public Long getInteractionId() {
        return interactionId;
    }

    /** @return the person's name */
    public String getName() {
        return name;
    }

    /** @return what they were there as */
    public String getRole() {
        return role;
    }
}
