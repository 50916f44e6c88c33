package dev.strata.demo.riskprofile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
  * The body of {@code POST /risk-profiles/{clientId}/assessments}: a completed questionnaire.
  *
  * @param questionnaire which questionnaire and version was used, for example {@code MIFID-2025}
  * @param answers the answers, one to ten
  */
public record NewAssessment(
        @NotBlank @Size(max = 40) String questionnaire,
        @NotEmpty @Size(max = Scoring.MAX_ANSWERS) List<@Valid NewAnswer> answers) {

    /**
      * One answered question.
      *
      * @param questionCode the question, for example {@code HORIZON}
      * @param points what the answer scored, 0 to 10
      */
    public record NewAnswer(
            @NotBlank @Size(max = 40) String questionCode,
            @Min(0) @Max(Scoring.MAX_POINTS_PER_ANSWER) int points) {
    }
}
