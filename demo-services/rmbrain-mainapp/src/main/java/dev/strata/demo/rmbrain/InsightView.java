package dev.strata.demo.rmbrain;

import java.time.Instant;
import java.util.List;

/**
 * An insight with the recommendations drawn from it, as the API shows it.
 *
 * @param id the id
 * @param clientId the client
 * @param topic a short headline
 * @param detail what was seen
 * @param source the model or rule that found it
 * @param createdAt when it was found
 * @param recommendations what to do about it
 */
public record InsightView(Long id, Long clientId, String topic, String detail, String source, Instant createdAt,
        List<Recommendation> recommendations) {

    static InsightView of(Insight insight, List<Recommendation> recommendations) {
        return new InsightView(insight.getId(), insight.getClientId(), insight.getTopic(), insight.getDetail(),
                insight.getSource(), insight.getCreatedAt(), recommendations);
    }
}
