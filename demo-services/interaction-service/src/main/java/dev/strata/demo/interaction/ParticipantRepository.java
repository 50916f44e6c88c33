package dev.strata.demo.interaction;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Participants, over R2DBC. */
public interface ParticipantRepository extends ReactiveCrudRepository<Participant, Long> {

    /**
     * Who took part in one interaction, in the order they were recorded (index ix_participants_interaction_id).
     *
     * @param interactionId the interaction
     * @return its participants
     */
    Flux<Participant> findByInteractionIdOrderByIdAsc(Long interactionId);
}
