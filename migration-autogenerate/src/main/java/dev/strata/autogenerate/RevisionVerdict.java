package dev.strata.autogenerate;

import java.util.Objects;

/**
 * What {@link Verify} found for one revision.
 *
 * @param id      the revision
 * @param message its message, empty when it has none
 * @param outcome whether it went down and up again cleanly
 * @param detail  for {@link Outcome#FAILED} and {@link Outcome#SKIPPED}, what went wrong (the engine's message when
 *                a step threw, which may span lines); null otherwise
 */
public record RevisionVerdict(String id, String message, Outcome outcome, String detail) {

    /** How a revision fared. */
    public enum Outcome {
        /** Upgraded, downgraded and upgraded again, each time leaving the schema it should. */
        OK,
        /** Declared irreversible: upgraded only, which worked. */
        IRREVERSIBLE,
        /** A step threw, or left the schema or the version table other than it should. */
        FAILED,
        /** Not tried: a revision it needs does not upgrade. */
        SKIPPED
    }

    public RevisionVerdict {
        Objects.requireNonNull(id, "id must not be null");
        message = message == null ? "" : message;
        Objects.requireNonNull(outcome, "outcome must not be null");
    }

    /**
     * The revision as verify's messages name it.
     *
     * @return {@code 3f2a9c1b7d4e (add email column)}, or the id alone when the revision has no message
     */
    public String revisionName() {
        return name(id, message);
    }

    static String name(String id, String message) {
        return id + (message == null || message.isEmpty() ? "" : " (" + message + ")");
    }

    /** Whether the revision is fine: {@link Outcome#OK}, or irreversible by declaration and upgrading. */
    public boolean passed() {
        return outcome == Outcome.OK || outcome == Outcome.IRREVERSIBLE;
    }
}
