package dev.strata.demo.riskprofile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
  * A risk profile as the API shows it.
  *
  * @param clientId the client
  * @param riskLevel the level of the latest assessment
  * @param score the score of the latest assessment
  * @param reviewedAt when the latest assessment was made
  * @param nextReviewOn the day the profile must be reviewed again
  * @param assessments every assessment, oldest first
  */
public record RiskProfileView(long clientId, RiskLevel riskLevel, int score, Instant reviewedAt, LocalDate nextReviewOn,
        List<AssessmentView> assessments) {

    /**
      * An assessment as the API shows it.
      *
      * @param id the id
      * @param questionnaire which questionnaire and version was used
      * @param score the sum of the answers' points
      * @param riskLevel the level the score comes to
      * @param assessedAt when the client completed it
      * @param answers the answers
      */
    public record AssessmentView(
            Long id, String questionnaire, int score, RiskLevel riskLevel, Instant assessedAt, List<AnswerView> answers) {
    }

    /**
      * An answer as the API shows it.
      *
      * @param questionCode the question
      * @param points what the answer scored
      */
    public record AnswerView(String questionCode, int points) {
    }

    static RiskProfileView of(RiskProfile profile) {
        return new RiskProfileView(profile.getClientId(), profile.getRiskLevel(), profile.getScore(),
                profile.getReviewedAt(), profile.getNextReviewOn(), profile.getAssessments().stream().map(RiskProfileView::of).toList());
    }

    private static AssessmentView of(RiskAssessment a) {
        return new AssessmentView(a.getId(), a.getQuestionnaire(), a.getScore(), a.getRiskLevel(), a.getAssessedAt(),
                a.getAnswers().stream().map(x -> new AnswerView(x.getQuestionCode(), x.getPoints())).toList());
    }
}
