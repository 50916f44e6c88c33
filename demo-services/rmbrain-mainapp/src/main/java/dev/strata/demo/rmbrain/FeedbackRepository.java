package dev.strata.demo.rmbrain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Mono;

/** Feedback, over R2DBC. */
public interface FeedbackRepository extends ReactiveCrudRepository<Feedback, Long> {

    /**
     * The verdict on one recommendation (unique index uq_feedback_recommendation_id).
     *
     * @param recommendationId the recommendation
     * @return its feedback, empty when none was given
     */
    Mono<Feedback> findByRecommendationId(Long recommendationId);
}
