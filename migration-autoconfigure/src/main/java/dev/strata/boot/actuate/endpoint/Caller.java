package dev.strata.boot.actuate.endpoint;

import java.util.function.Predicate;

/**
 * Who asks for a downgrade.
 *
 * @param principal the authenticated name, or null when nobody is authenticated
 * @param hasRole   whether the caller holds a role (without the {@code ROLE_} prefix)
 */
public record Caller(String principal, Predicate<String> hasRole) {

    /** The name written to the log and to the history table. */
    public String name() {
        return principal != null ? principal : "anonymous";
    }
}
