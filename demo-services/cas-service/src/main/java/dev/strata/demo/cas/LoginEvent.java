package dev.strata.demo.cas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One login attempt at the central authentication service; never changed once recorded. */
@Entity
@Table(name = "login_events", indexes = {
        // "What did this account do lately" is the question an incident starts with.
        @Index(name = "ix_login_events_principal_occurred_at", columnList = "principal, occurred_at"),
        // PostgreSQL does not index foreign keys by itself.
        @Index(name = "ix_login_events_service_id", columnList = "service_id"),
        // The daily report counts one day's events; without this it reads the whole table every time.
        @Index(name = "ix_login_events_occurred_at", columnList = "occurred_at")})
public class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The user name the attempt was made for, as typed (it need not exist). */
    @NotBlank
    @Size(max = 100)
    private String principal;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private AuthOutcome outcome;

    /** Textual IPv4 or IPv6 address of the client; 45 characters hold the longest IPv6 form. */
    @NotBlank
    @Size(max = 45)
    private String ipAddress;

    @NotNull
    private Instant occurredAt;

    /** The application the user signed in to; null for a login at the authentication service itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", foreignKey = @ForeignKey(name = "fk_login_events_service_id"))
    private RegisteredService service;

    /** For JPA. */
    protected LoginEvent() {
    }

    /**
      * Creates an event.
      *
      * @param principal the user name the attempt was made for
      * @param outcome how the attempt ended
      * @param ipAddress the client's address
      * @param occurredAt when the attempt was made
      * @param service the application signed in to, or null
      */
    public LoginEvent(String principal, AuthOutcome outcome, String ipAddress, Instant occurredAt,
            RegisteredService service) {
        this.principal = principal;
        this.outcome = outcome;
        this.ipAddress = ipAddress;
        this.occurredAt = occurredAt;
        this.service = service;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the user name the attempt was made for */
    public String getPrincipal() {
        return principal;
    }

    /** @return how the attempt ended */
    public AuthOutcome getOutcome() {
        return outcome;
    }

    /** @return the client's address */
    public String getIpAddress() {
        return ipAddress;
    }

    /** @return when the attempt was made */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** @return the application signed in to, or null */
    public RegisteredService getService() {
        return service;
    }
}
