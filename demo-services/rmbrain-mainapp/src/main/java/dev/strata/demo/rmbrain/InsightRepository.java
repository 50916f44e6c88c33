package dev.strata.demo.rmbrain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Insights, over R2DBC. */
public interface InsightRepository extends ReactiveCrudRepository<Insight, Long> {

    /**
     * A client's insights, latest first (index ix_insights_client_id_created_at).
     *
     * @param clientId the client
     * @return the insights
     */
    Flux<Insight> findByClientIdOrderByCreatedAtDescIdDesc(Long clientId);
}
