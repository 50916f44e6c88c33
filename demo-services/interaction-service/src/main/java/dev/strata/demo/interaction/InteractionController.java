package dev.strata.demo.interaction;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /interactions}: record an interaction with a client, read it, and a client's timeline. Non-blocking. */
@RestController
@RequestMapping("/interactions")
public class InteractionController {

    private final InteractionRepository interactions;
    private final ParticipantRepository participants;

    /**
     * Creates the controller.
     *
     * @param interactions the interactions
     * @param participants their participants
     */
    public InteractionController(InteractionRepository interactions, ParticipantRepository participants) {
        this.interactions = interactions;
        this.participants = participants;
    }

    /**
     * A client's timeline, latest first, without participants.
     *
     * @param clientId the client
     * @return the client's interactions
     */
    @GetMapping
    public Flux<Interaction> timeline(@RequestParam long clientId) {
        return interactions.findByClientIdOrderByOccurredAtDescIdDesc(clientId);
    }

    /**
     * Reads one interaction with who took part.
     *
     * @param id the interaction's id
     * @return the interaction, or 404
     */
    @GetMapping("/{id}")
    public Mono<InteractionView> get(@PathVariable long id) {
        return interactions.findById(id)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No interaction " + id)))
                .flatMap(found -> participants.findByInteractionIdOrderByIdAsc(found.getId()).collectList()
                        .map(people -> InteractionView.of(found, people)));
    }

    /**
     * Records an interaction and who took part, in one transaction: never an interaction without its people.
     *
     * @param request what happened
     * @return 201 with the interaction and its location
     */
    @PostMapping
    @Transactional
    public Mono<ResponseEntity<InteractionView>> record(@Valid @RequestBody NewInteraction request) {
        return interactions.save(new Interaction(request.clientId(), request.channel(), request.occurredAt(),
                        request.summary(), request.recordedBy(), Instant.now()))
                .flatMap(saved -> participants.saveAll(Flux.fromIterable(request.participants())
                                .map(person -> new Participant(saved.getId(), person.name(), person.role())))
                        .collectList()
                        .map(people -> InteractionView.of(saved, people)))
                .map(view -> ResponseEntity.created(URI.create("/interactions/" + view.id())).body(view));
    }
}
