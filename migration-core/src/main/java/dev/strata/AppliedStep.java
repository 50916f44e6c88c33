package dev.strata;

import java.time.Duration;

/**
 * A step that ran.
 *
 * @param description Alembic's log text, for example {@code upgrade a1 -> b2}
 */
public record AppliedStep(String revision, String direction, String description, String message, Duration duration) {
}
