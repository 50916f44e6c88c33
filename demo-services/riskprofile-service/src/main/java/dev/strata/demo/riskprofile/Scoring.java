package dev.strata.demo.riskprofile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The house scoring rules: points add up, and bands of the total give the level. */
final class Scoring {

    /** One answer scores at most this; ten questions at most make {@link #MAX_SCORE}. */
    static final int MAX_POINTS_PER_ANSWER = 10;

    static final int MAX_ANSWERS = 10;

    static final int MAX_SCORE = MAX_POINTS_PER_ANSWER * MAX_ANSWERS;

    /** Scores below this are LOW. */
    static final int MEDIUM_FROM = 35;

    /** Scores from this on are HIGH. */
    static final int HIGH_FROM = 70;

    private Scoring() {
    }

    static int score(List<Answer> answers) {
        return answers.stream().mapToInt(Answer::getPoints).sum();
    }

    /**
      * The day a profile must be reviewed again: the riskier, the sooner (HIGH yearly, MEDIUM every two years, LOW
      * every three), counted from the review's UTC date. Revision 'Add next review date to risk profiles' computes
      * the same in SQL for the profiles it backfills.
      */
    static LocalDate nextReview(RiskLevel level, Instant reviewedAt) {
        int years = switch (level) {
            case HIGH -> 1;
            case MEDIUM -> 2;
            case LOW -> 3;
        };
        return LocalDate.ofInstant(reviewedAt, ZoneOffset.UTC).plusYears(years);
    }

    static RiskLevel level(int score) {
        if (score >= HIGH_FROM) {
            return RiskLevel.HIGH;
        }
        return score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
