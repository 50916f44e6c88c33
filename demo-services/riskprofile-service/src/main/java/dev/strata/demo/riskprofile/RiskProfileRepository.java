package dev.strata.demo.riskprofile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Risk profiles, found by client. */
public interface RiskProfileRepository extends JpaRepository<RiskProfile, Long> {

    /**
      * The profile of a client.
      *
      * @param clientId the client
      * @return the profile, empty when the client was never assessed
      */
    Optional<RiskProfile> findByClientId(long clientId);

    /**
      * The profiles at one level (the first column of {@code ix_risk_profiles_risk_level_next_review_on}).
      *
      * @param riskLevel the level
      * @return those profiles, by client
      */
    List<RiskProfile> findByRiskLevelOrderByClientId(RiskLevel riskLevel);

    /**
      * The review queue of one level ({@code ix_risk_profiles_risk_level_next_review_on}).
      *
      * @param riskLevel the level
      * @param by the last day to include
      * @return the profiles at that level due on or before that day, soonest first
      */
    List<RiskProfile> findByRiskLevelAndNextReviewOnLessThanEqualOrderByNextReviewOnAscClientIdAsc(RiskLevel riskLevel,
            LocalDate by);
}
