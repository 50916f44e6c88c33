package dev.strata.demo.rmbrain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /insights}: what the assistant found about a client and what it recommends.
 *
 * @param clientId the client (an id of client-service)
 * @param topic a short headline
 * @param detail what was seen
 * @param source the model or rule that found it
 * @param recommendations what to do about it, at least one
 */
public record NewInsight(
        @NotNull @Positive Long clientId,
        @NotBlank @Size(max = 120) String topic,
        @NotBlank @Size(max = 4000) String detail,
        @NotBlank @Size(max = 60) String source,
        @NotNull @Size(min = 1, max = 10) List<@Valid NewRecommendation> recommendations) {

    /**
     * One recommendation.
     *
     * @param action what to do
     * @param confidence how sure the assistant is, 0 to 1 with at most three decimals
     */
    public record NewRecommendation(
            @NotBlank @Size(max = 500) String action,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3) BigDecimal confidence) {
    }
}
