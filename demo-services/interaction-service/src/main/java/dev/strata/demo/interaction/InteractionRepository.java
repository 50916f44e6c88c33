package dev.strata.demo.interaction;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Interactions, over R2DBC. */
public interface InteractionRepository extends ReactiveCrudRepository<Interaction, Long> {

    /**
     * A client's timeline, latest first (index ix_interactions_client_id_occurred_at).
     *
     * @param clientId the client
     * @return the client's interactions
     */
    Flux<Interaction> findByClientIdOrderByOccurredAtDescIdDesc(Long clientId);
}
