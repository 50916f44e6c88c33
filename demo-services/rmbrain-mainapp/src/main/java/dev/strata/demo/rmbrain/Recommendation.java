package dev.strata.demo.rmbrain;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the assistant suggests the manager do about an insight, with how sure it is. Mapped as {@link Insight} is.
 */
@Entity
@Table("recommendations")
// The manager's inbox is "this client's proposed recommendations": client first, then state. It repeats the
// insight's client_id so that the inbox needs no join. PostgreSQL does not index foreign keys by itself; an
// insight's recommendations need the second index.
@jakarta.persistence.Table(name = "recommendations", indexes = {
        @Index(name = "ix_recommendations_client_id_state", columnList = "client_id, state"),
        @Index(name = "ix_recommendations_insight_id", columnList = "insight_id")})
public class Recommendation {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The insight's id: the one column both mappings share. Spring Data R2DBC maps no associations, so it reads
     * and writes this plain column. For Hibernate it is a basic column as well, and {@link #insight} adds the
     * foreign key; that association is read-only (insertable/updatable false) so the column has one writer. The
     * name is spelled out because Hibernate refuses two properties on one column whose logical names differ
     * ({@code insightId} against the join column's {@code insight_id}).
     */
    @NotNull
    @Column(name = "insight_id")
    private Long insightId;

    /** Gives Hibernate the foreign key to insights; Spring Data ignores it ({@code @Transient}). */
    @Transient
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insight_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_recommendations_insight_id"))
    private Insight insight;

    /** The insight's client, repeated for the inbox's index. */
    @NotNull
    private Long clientId;

    /** What to do, for example "Propose moving 10% from equity funds to short bonds". */
    @NotBlank
    @Size(max = 500)
    private String action;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RecommendationState state;

    /**
     * How sure the assistant is, 0.000 to 1.000. The range is a check of JPA's: Hibernate turns Bean Validation's
     * {@code @DecimalMin}/{@code @DecimalMax} into no DDL at all.
     */
    @NotNull
    @Column(precision = 4, scale = 3, check = @CheckConstraint(name = "recommendations_confidence_check",
            constraint = "confidence BETWEEN 0 AND 1"))
    private BigDecimal confidence;

    @NotNull
    private Instant createdAt;

    /** For Spring Data and JPA. */
    protected Recommendation() {
    }

    /**
     * Creates a proposed recommendation, not yet saved.
     *
     * @param insight the insight it is drawn from, already saved
     * @param action what to do
     * @param confidence how sure the assistant is, 0 to 1
     * @param createdAt when it was made
     */
    public Recommendation(Insight insight, String action, BigDecimal confidence, Instant createdAt) {
        this.insightId = insight.getId();
        this.clientId = insight.getClientId();
        this.action = action;
        this.state = RecommendationState.PROPOSED;
        this.confidence = confidence;
        this.createdAt = createdAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the insight it is drawn from */
    public Long getInsightId() {
        return insightId;
    }

    /** @return the client */
    public Long getClientId() {
        return clientId;
    }

    /** @return what to do */
    public String getAction() {
        return action;
    }

    /** @return where it stands */
    public RecommendationState getState() {
        return state;
    }

    /** @return how sure the assistant is, 0 to 1 */
    public BigDecimal getConfidence() {
        return confidence;
    }

    /** @return when it was made */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
