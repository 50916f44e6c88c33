package dev.strata.demo.riskprofile;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A client's current risk profile: the outcome of the latest assessment, kept with every assessment made. */
@Entity
// The review queue asks "HIGH profiles due by a day", and compliance "every HIGH profile": one index serves both,
// since a lookup by risk_level alone uses its first column.
@Table(name = "risk_profiles", indexes = @Index(name = "ix_risk_profiles_risk_level_next_review_on",
        columnList = "risk_level, next_review_on"))
public class RiskProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The client in client-service; one profile per client. */
    @Column(nullable = false, unique = true)
    private long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RiskLevel riskLevel;

    @Min(0)
    @Max(Scoring.MAX_SCORE)
    private int score;

    @NotNull
    private Instant reviewedAt;

    @NotNull
    private LocalDate nextReviewOn;

    @OneToMany(mappedBy = "riskProfile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RiskAssessment> assessments = new ArrayList<>();

    /** For JPA. */
    protected RiskProfile() {
    }

    /**
      * Creates the profile of a client from a first assessment.
      *
      * @param clientId the client
      * @param first the client's first assessment
      */
    public RiskProfile(long clientId, RiskAssessment first) {
        this.clientId = clientId;
        record(first);
    }

    /**
      * Records a new assessment; the profile takes its score and level.
      *
      * @param assessment the assessment
      */
    public void record(RiskAssessment assessment) {
        assessment.assignTo(this);
        assessments.add(assessment);
        this.score = assessment.getScore();
        this.riskLevel = assessment.getRiskLevel();
        this.reviewedAt = assessment.getAssessedAt();
        this.nextReviewOn = Scoring.nextReview(riskLevel, reviewedAt);
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the client */
    public long getClientId() {
        return clientId;
    }

    /** @return the level of the latest assessment */
    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    /** @return the score of the latest assessment */
    public int getScore() {
        return score;
    }

    /** @return when the latest assessment was made */
    public Instant getReviewedAt() {
        return reviewedAt;
    }

    /** @return the day the profile must be reviewed again */
    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    /** @return every assessment, oldest first */
    public List<RiskAssessment> getAssessments() {
        return Collections.unmodifiableList(assessments);
    }
}
