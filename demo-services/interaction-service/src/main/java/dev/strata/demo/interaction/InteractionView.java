package dev.strata.demo.interaction;

import java.time.Instant;
import java.util.List;

/**
 * An interaction with who took part, as the API shows it.
 *
 * @param id the id
 * @param clientId the client
 * @param channel how it took place
 * @param occurredAt when it happened
 * @param summary what was said or agreed
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 * @param participants who took part, in the order they were recorded
 */
public record InteractionView(Long id, Long clientId, Channel channel, Instant occurredAt, String summary,
        String recordedBy, Instant recordedAt, List<Participant> participants) {

    static InteractionView of(Interaction interaction, List<Participant> participants) {
        return new InteractionView(interaction.getId(), interaction.getClientId(), interaction.getChannel(),
                interaction.getOccurredAt(), interaction.getSummary(), interaction.getRecordedBy(),
                interaction.getRecordedAt(), participants);
    }
}
