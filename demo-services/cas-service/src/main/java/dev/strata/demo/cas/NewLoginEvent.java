package dev.strata.demo.cas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
  * The body of {@code POST /login-events}, sent by the authentication server after each attempt.
  *
  * @param principal the user name the attempt was made for
  * @param outcome how the attempt ended
  * @param ipAddress the client's IPv4 or IPv6 address
  * @param occurredAt when the attempt was made; now when absent
  * @param serviceId the registered service signed in to; absent for the authentication service itself
  */
public record NewLoginEvent(
        @NotBlank @Size(max = 100) String principal,
        @NotNull AuthOutcome outcome,
        // The characters of a textual IPv4 or IPv6 address: enough to keep free text out of the audit trail.
        @NotBlank @Size(max = 45) @Pattern(regexp = "[0-9A-Fa-f:.]+") String ipAddress,
        // Not checked against this service's clock: the authentication server's clock decides, and a little
        // skew between the two must not cost an audit event.
        Instant occurredAt,
        Long serviceId) {
}
