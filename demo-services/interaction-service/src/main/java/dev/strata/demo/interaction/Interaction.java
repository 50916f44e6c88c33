package dev.strata.demo.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Index;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One contact with a client: a call, an email, a meeting or a chat, when it happened and what was said.
 *
 * <p>Mapped twice: Spring Data R2DBC reads {@code @Table}/{@code @Id} of {@code org.springframework.data} at run
 * time; the {@code jakarta.persistence} annotations are only for Strata's autogenerate (the API is a provided
 * dependency, so at run time they are absent).
 */
@Entity
@Table("interactions")
// The client timeline (a client's interactions, latest first) is the main read: client first, then time.
@jakarta.persistence.Table(name = "interactions",
        indexes = @Index(name = "ix_interactions_client_id_occurred_at", columnList = "client_id, occurred_at"))
public class Interaction {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The client, an id of client-service; another service's id, so no foreign key. */
    @NotNull
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @NotNull
    private Instant occurredAt;

    @NotBlank
    @Size(max = 2000)
    private String summary;

    /** The relationship manager who recorded it (directory user id). */
    @NotBlank
    @Size(max = 64)
    @Column(length = 64)
    private String recordedBy;

    /** When it was recorded, often hours after it happened; compliance asks how long notes take. */
    @NotNull
    private Instant recordedAt;

    /** For Spring Data and JPA. */
    protected Interaction() {
    }

    /**
     * Creates an interaction, not yet saved.
     *
     * @param clientId the client
     * @param channel how it took place
     * @param occurredAt when it happened
     * @param summary what was said or agreed
     * @param recordedBy who recorded it
     * @param recordedAt when it was recorded
     */
    public Interaction(Long clientId, Channel channel, Instant occurredAt, String summary, String recordedBy,
            Instant recordedAt) {
        this.clientId = clientId;
        this.channel = channel;
        this.occurredAt = occurredAt;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the client */
    public Long getClientId() {
        return clientId;
    }

    /** @return how it took place */
    public Channel getChannel() {
        return channel;
    }

    /** @return when it happened */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** @return what was said or agreed */
    public String getSummary() {
        return summary;
    }

    /** @return who recorded it */
    public String getRecordedBy() {
        return recordedBy;
    }

    /** @return when it was recorded */
    public Instant getRecordedAt() {
        return recordedAt;
    }
}
