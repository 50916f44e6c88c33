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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /insights}: what the assistant found about clients, with its recommendations. Non-blocking. */
@RestController
@RequestMapping("/insights")
public class InsightController {

    private final InsightRepository insights;
    private final RecommendationRepository recommendations;

    /**
     * Creates the controller.
     *
     * @param insights the insights
     * @param recommendations the recommendations
     */
    public InsightController(InsightRepository insights, RecommendationRepository recommendations) {
        this.insights = insights;
        this.recommendations = recommendations;
    }

    /**
     * A client's insights, latest first, without their recommendations.
     *
     * @param clientId the client
     * @return the insights
     */
    @GetMapping
    public Flux<Insight> forClient(@RequestParam long clientId) {
        return insights.findByClientIdOrderByCreatedAtDescIdDesc(clientId);
    }

    /**
     * Reads one insight with its recommendations.
     *
     * @param id the insight's id
     * @return the insight, or 404
     */
    @GetMapping("/{id}")
    public Mono<InsightView> get(@PathVariable long id) {
        return insights.findById(id)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No insight " + id)))
                .flatMap(found -> recommendations.findByInsightIdOrderByIdAsc(found.getId()).collectList()
                        .map(made -> InsightView.of(found, made)));
    }

    /**
     * Records an insight and its recommendations, all proposed, in one transaction.
     *
     * @param request the insight and what to do about it
     * @return 201 with the insight and its location
     */
    @PostMapping
    @Transactional
    public Mono<ResponseEntity<InsightView>> create(@Valid @RequestBody NewInsight request) {
        Instant now = Instant.now();
        return insights.save(new Insight(request.clientId(), request.topic(), request.detail(), request.source(), now))
                .flatMap(saved -> recommendations.saveAll(Flux.fromIterable(request.recommendations())
                                .map(wanted -> new Recommendation(saved, wanted.action(), wanted.confidence(), now)))
                        .collectList()
                        .map(made -> InsightView.of(saved, made)))
                .map(view -> ResponseEntity.created(URI.create("/insights/" + view.id())).body(view));
    }
}
