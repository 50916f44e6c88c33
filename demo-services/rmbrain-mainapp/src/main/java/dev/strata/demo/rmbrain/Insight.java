package dev.strata.demo.rmbrain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * Something the assistant noticed about a client, such as "equity share drifted 12 points above the mandate".
 *
 * <p>Mapped twice: Spring Data R2DBC reads {@code @Table}/{@code @Id} of {@code org.springframework.data} at run
 * time; the {@code jakarta.persistence} annotations are only for Strata's autogenerate (the API is a provided
 * dependency, so at run time they are absent).
 */
@Entity
@Table("insights")
// A client's page shows its latest insights: client first, then time.
@jakarta.persistence.Table(name = "insights",
        indexes = @Index(name = "ix_insights_client_id_created_at", columnList = "client_id, created_at"))
public class Insight {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The client, an id of client-service; another service's id, so no foreign key. */
    @NotNull
    private Long clientId;

    /** A short headline. */
    @NotBlank
    @Size(max = 120)
    private String topic;

    /** What was seen and from which data, for the manager to judge. */
    @NotBlank
    @Size(max = 4000)
    private String detail;

    /** The model or rule that found it, for example "portfolio-drift-v3". */
    @NotBlank
    @Size(max = 60)
    @Column(length = 60)
    private String source;

    @NotNull
    private Instant createdAt;

    /** For Spring Data and JPA. */
    protected Insight() {
    }

    /**
     * Creates an insight, not yet saved.
     *
     * @param clientId the client
     * @param topic a short headline
     * @param detail what was seen
     * @param source the model or rule that found it
     * @param createdAt when it was found
     */
    public Insight(Long clientId, String topic, String detail, String source, Instant createdAt) {
        this.clientId = clientId;
        this.topic = topic;
        this.detail = detail;
        this.source = source;
        this.createdAt = createdAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the client */
    public Long getClientId() {
        return clientId;
    }

    /** @return a short headline */
    public String getTopic() {
        return topic;
    }

    /** @return what was seen */
    public String getDetail() {
        return detail;
    }

    /** @return the model or rule that found it */
    public String getSource() {
        return source;
    }

    /** @return when it was found */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
