package dev.strata.demo.rmbrain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /recommendations/{id}/feedback}.
 *
 * @param useful whether the manager will act on the recommendation
 * @param comment why, optional
 * @param givenBy who gives it
 */
public record NewFeedback(@NotNull Boolean useful, @Size(max = 1000) String comment,
        @NotBlank @Size(max = 64) String givenBy) {
}
