package dev.strata.demo.cas;

import java.time.Instant;

/**
  * A login event as the API shows it.
  *
  * @param id the id
  * @param principal the user name the attempt was made for
  * @param outcome how the attempt ended
  * @param ipAddress the client's address
  * @param occurredAt when the attempt was made
  * @param service the name of the application signed in to, null for the authentication service itself
  */
public record LoginEventView(
        Long id, String principal, AuthOutcome outcome, String ipAddress, Instant occurredAt, String service) {

    static LoginEventView of(LoginEvent event) {
        RegisteredService service = event.getService();
        return new LoginEventView(event.getId(), event.getPrincipal(), event.getOutcome(), event.getIpAddress(),
                event.getOccurredAt(), service == null ? null : service.getName());
    }
}
