package dev.strata.demo.riskprofile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One completed questionnaire: the answers a client gave, and the score and level they came to. */
@Entity
// PostgreSQL does not index foreign keys by itself; listing a profile's assessments needs this one.
@Table(name = "risk_assessments",
        indexes = @Index(name = "ix_risk_assessments_risk_profile_id", columnList = "risk_profile_id"))
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_profile_id", foreignKey = @ForeignKey(name = "fk_risk_assessments_risk_profile_id"))
    private RiskProfile riskProfile;

    /** Which questionnaire and version was used, for example {@code MIFID-2025}. */
    @NotBlank
    @Size(max = 40)
    private String questionnaire;

    @Min(0)
    @Max(Scoring.MAX_SCORE)
    private int score;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RiskLevel riskLevel;

    @NotNull
    private Instant assessedAt;

    @ElementCollection
    @CollectionTable(name = "risk_assessment_answers", joinColumns = @JoinColumn(name = "risk_assessment_id"),
            foreignKey = @ForeignKey(name = "fk_risk_assessment_answers_risk_assessment_id"),
            indexes = @Index(name = "ix_risk_assessment_answers_risk_assessment_id", columnList = "risk_assessment_id"))
    private List<Answer> answers = new ArrayList<>();

    /** For JPA. */
    protected RiskAssessment() {
    }

    /**
      * Scores a completed questionnaire.
      *
      * @param questionnaire which questionnaire and version was used
      * @param answers the answers
      * @param assessedAt when the client completed it
      */
    public RiskAssessment(String questionnaire, List<Answer> answers, Instant assessedAt) {
        this.questionnaire = questionnaire;
        this.answers = new ArrayList<>(answers);
        this.score = Scoring.score(answers);
        this.riskLevel = Scoring.level(score);
        this.assessedAt = assessedAt;
    }

    void assignTo(RiskProfile profile) {
        this.riskProfile = profile;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return which questionnaire and version was used */
    public String getQuestionnaire() {
        return questionnaire;
    }

    /** @return the sum of the answers' points */
    public int getScore() {
        return score;
    }

    /** @return the level the score comes to */
    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    /** @return when the client completed the questionnaire */
    public Instant getAssessedAt() {
        return assessedAt;
    }

    /** @return the answers, in the order given */
    public List<Answer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
