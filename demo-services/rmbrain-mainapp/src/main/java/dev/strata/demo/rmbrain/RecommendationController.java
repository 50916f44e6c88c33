package dev.strata.demo.rmbrain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /recommendations}: the manager's inbox, per client. Non-blocking. */
@RestController
@RequestMapping("/recommendations")
public class RecommendationController {

    private final RecommendationRepository recommendations;

    /**
     * Creates the controller.
     *
     * @param recommendations the recommendations
     */
    public RecommendationController(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    /**
     * A client's recommendations in one state, surest first.
     *
     * @param clientId the client
     * @param state their state, {@code PROPOSED} unless given (an unknown state is a 400)
     * @return the recommendations
     */
    @GetMapping
    public Flux<Recommendation> inbox(@RequestParam long clientId,
            @RequestParam(defaultValue = "PROPOSED") RecommendationState state) {
        return recommendations.findByClientIdAndStateOrderByConfidenceDescIdAsc(clientId, state);
    }

    /**
     * Reads one recommendation.
     *
     * @param id the recommendation's id
     * @return the recommendation, or 404
     */
    @GetMapping("/{id}")
    public Mono<Recommendation> get(@PathVariable long id) {
        return recommendations.findById(id).switchIfEmpty(Mono.error(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No recommendation " + id)));
    }
}
