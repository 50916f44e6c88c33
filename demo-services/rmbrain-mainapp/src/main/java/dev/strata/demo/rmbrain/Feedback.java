package dev.strata.demo.rmbrain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The manager's verdict on a recommendation: useful or not, and why. It is what the assistant learns from. Mapped
 * as {@link Insight} is.
 */
@Entity
@Table("feedback")
// One verdict per recommendation (it decides the recommendation's state); the unique index also serves the
// foreign key, which PostgreSQL would not index by itself.
@jakarta.persistence.Table(name = "feedback", uniqueConstraints = @UniqueConstraint(
        name = "uq_feedback_recommendation_id", columnNames = "recommendation_id"))
public class Feedback {

    @Id
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The recommendation's id, the column both mappings share: a plain column for Spring Data beside a read-only
     * association for Hibernate's foreign key, with the name spelled out, as for {@code Recommendation.insightId}
     * (whose comment says why).
     */
    @NotNull
    @Column(name = "recommendation_id")
    private Long recommendationId;

    /** Gives Hibernate the foreign key to recommendations; Spring Data ignores it ({@code @Transient}). */
    @Transient
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_feedback_recommendation_id"))
    private Recommendation recommendation;

    /** Whether the manager will act on the recommendation. */
    @NotNull
    private Boolean useful;

    /** Why, in the manager's words; optional. */
    @Size(max = 1000)
    private String comment;

    /** The relationship manager who gave it (directory user id). */
    @NotBlank
    @Size(max = 64)
    @Column(length = 64)
    private String givenBy;

    @NotNull
    private Instant createdAt;

    /** For Spring Data and JPA. */
    protected Feedback() {
    }

    /**
     * Creates feedback, not yet saved.
     *
     * @param recommendationId the recommendation
     * @param useful whether the manager will act on it
     * @param comment why, null for no comment
     * @param givenBy who gave it
     * @param createdAt when
     */
    public Feedback(Long recommendationId, boolean useful, String comment, String givenBy, Instant createdAt) {
        this.recommendationId = recommendationId;
        this.useful = useful;
        this.comment = comment;
        this.givenBy = givenBy;
        this.createdAt = createdAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the recommendation */
    public Long getRecommendationId() {
        return recommendationId;
    }

    /** @return whether the manager will act on the recommendation */
    public Boolean getUseful() {
        return useful;
    }

    /** @return why, null for no comment */
    public String getComment() {
        return comment;
    }

    /** @return who gave it */
    public String getGivenBy() {
        return givenBy;
    }

    /** @return when it was given */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
