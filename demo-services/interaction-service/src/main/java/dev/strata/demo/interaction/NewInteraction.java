package dev.strata.demo.interaction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /interactions}: an interaction that has taken place.
 *
 * @param clientId the client (an id of client-service)
 * @param channel how it took place
 * @param occurredAt when it happened; not in the future
 * @param summary what was said or agreed
 * @param recordedBy who records it
 * @param participants who took part, possibly none recorded
 */
public record NewInteraction(
        @NotNull @Positive Long clientId,
        @NotNull Channel channel,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 64) String recordedBy,
        @NotNull @Size(max = 20) List<@Valid NewParticipant> participants) {

    /**
     * One person who took part.
     *
     * @param name the person's name
     * @param role what they were there as
     */
    public record NewParticipant(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 60) String role) {
    }
}
