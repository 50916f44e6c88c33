package dev.strata.demo.cas;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Limit;
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

/** {@code /login-events}: the audit trail of login attempts, recorded by the authentication server. */
@RestController
@RequestMapping("/login-events")
public class LoginEventController {

    private final LoginEventRepository events;
    private final RegisteredServiceRepository services;

    /**
      * Creates the controller.
      *
      * @param events the login events
      * @param services the registered services
      */
    public LoginEventController(LoginEventRepository events, RegisteredServiceRepository services) {
        this.events = events;
        this.services = services;
    }

    /**
      * Lists the latest attempts for one user name, newest first.
      *
      * @param principal the user name
      * @param limit how many at most (1 to 500, default 50)
      * @return the attempts
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<LoginEventView> list(@RequestParam @NotBlank String principal,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return events.findByPrincipalOrderByOccurredAtDescIdDesc(principal, Limit.of(limit)).stream()
                .map(LoginEventView::of).toList();
    }

    /**
      * Reads one login event.
      *
      * @param id the event's id
      * @return the event
      * @throws ResponseStatusException 404 when there is no such event
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public LoginEventView get(@PathVariable long id) {
        return events.findById(id).map(LoginEventView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No login event " + id));
    }

    /**
      * Records a login attempt.
      *
      * @param request the attempt
      * @return 201 with the event and its location
      * @throws ResponseStatusException 400 when the request names a service that is not registered
      */
    @PostMapping
    @Transactional
    public ResponseEntity<LoginEventView> create(@Valid @RequestBody NewLoginEvent request) {
        RegisteredService service = request.serviceId() == null ? null : services.findById(request.serviceId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "No registered service " + request.serviceId()));
        // PostgreSQL keeps microseconds: truncated, so that the answer shows what a later read gives.
        Instant occurredAt = (request.occurredAt() == null ? Instant.now() : request.occurredAt())
                .truncatedTo(ChronoUnit.MICROS);
        LoginEvent saved = events.saveAndFlush(
                new LoginEvent(request.principal(), request.outcome(), request.ipAddress(), occurredAt, service));
        return ResponseEntity.created(URI.create("/login-events/" + saved.getId())).body(LoginEventView.of(saved));
    }
}
