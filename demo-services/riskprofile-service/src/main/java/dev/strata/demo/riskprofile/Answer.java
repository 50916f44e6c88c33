package dev.strata.demo.riskprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One answered question of a questionnaire, with the points its answer scored. */
@Embeddable
public class Answer {

    // Length and NOT NULL spelled out: Hibernate does not turn Bean Validation into DDL inside element collections.
    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String questionCode;

    @Min(0)
    @Max(Scoring.MAX_POINTS_PER_ANSWER)
    @Column(nullable = false)
    private int points;

    /** For JPA. */
    protected Answer() {
    }

    /**
      * Creates an answer.
      *
      * @param questionCode the question, for example {@code HORIZON}
      * @param points what the answer scored
      */
    public Answer(String questionCode, int points) {
        this.questionCode = questionCode;
        this.points = points;
    }

    /** @return the question, for example {@code HORIZON} */
    public String getQuestionCode() {
        return questionCode;
    }

    /** @return what the answer scored */
    public int getPoints() {
        return points;
    }
}
