package dev.strata.demo.rmbrain;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Recommendations, over R2DBC. */
public interface RecommendationRepository extends ReactiveCrudRepository<Recommendation, Long> {

    /**
     * The manager's inbox for one client: recommendations in one state, surest first (index
     * ix_recommendations_client_id_state).
     *
     * @param clientId the client
     * @param state their state
     * @return the recommendations
     */
    Flux<Recommendation> findByClientIdAndStateOrderByConfidenceDescIdAsc(Long clientId, RecommendationState state);

    /**
     * The recommendations drawn from one insight, in the order they were made (index ix_recommendations_insight_id).
     *
     * @param insightId the insight
     * @return its recommendations
     */
    Flux<Recommendation> findByInsightIdOrderByIdAsc(Long insightId);

    /**
     * Moves a proposed recommendation to the manager's decision, in one statement so that two verdicts arriving
     * together cannot both win.
     *
     * @param id the recommendation
     * @param state {@code ACCEPTED} or {@code DISMISSED}
     * @return 1 when it was proposed and now is decided, 0 when it was not proposed (or does not exist)
     */
    @Modifying
    @Query("UPDATE recommendations SET state = :state WHERE id = :id AND state = 'PROPOSED'")
    Mono<Integer> decide(Long id, String state);
}
