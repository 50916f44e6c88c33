package dev.strata.demo.rmbrain;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** {@code /recommendations/{id}/feedback}: the manager's verdict, which decides the recommendation. Non-blocking. */
@RestController
@RequestMapping("/recommendations/{id}/feedback")
public class FeedbackController {

    private final RecommendationRepository recommendations;
    private final FeedbackRepository feedback;

    /**
     * Creates the controller.
     *
     * @param recommendations the recommendations
     * @param feedback the feedback
     */
    public FeedbackController(RecommendationRepository recommendations, FeedbackRepository feedback) {
        this.recommendations = recommendations;
        this.feedback = feedback;
    }

    /**
     * Reads the verdict on a recommendation.
     *
     * @param id the recommendation
     * @return its feedback, or 404 when none was given
     */
    @GetMapping
    public Mono<Feedback> get(@PathVariable long id) {
        return feedback.findByRecommendationId(id).switchIfEmpty(Mono.error(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No feedback on recommendation " + id)));
    }

    /**
     * Gives the verdict: a useful recommendation is accepted, another dismissed. In one transaction with the state
     * change, so a recommendation is never decided without its feedback.
     *
     * @param id the recommendation
     * @param request useful or not, and why
     * @return 201 with the feedback; 404 for an unknown recommendation; 409 when it is no longer proposed
     */
    @PostMapping
    @Transactional
    public Mono<ResponseEntity<Feedback>> give(@PathVariable long id, @Valid @RequestBody NewFeedback request) {
        RecommendationState decision = request.useful() ? RecommendationState.ACCEPTED : RecommendationState.DISMISSED;
        return recommendations.findById(id)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No recommendation " + id)))
                .flatMap(found -> recommendations.decide(found.getId(), decision.name()))
                .filter(updated -> updated == 1)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "Recommendation " + id + " is no longer proposed")))
                .flatMap(decided -> feedback.save(new Feedback(id, request.useful(), request.comment(),
                        request.givenBy(), Instant.now())))
                .map(saved -> ResponseEntity.created(URI.create("/recommendations/" + id + "/feedback")).body(saved));
    }
}
