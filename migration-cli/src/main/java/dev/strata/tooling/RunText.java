package dev.strata.tooling;

import dev.strata.MigrationFailedException;
import dev.strata.MigrationResult;
import dev.strata.StrataException;
import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import dev.strata.autogenerate.VerifyReport;
import dev.strata.graph.RevisionGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lines the tools print around a command, word for word the same in a terminal ({@code strata}) and in a
 * build log ({@code mvn strata:...}): the summary of a run, the file a command wrote, the one line of a failure.
 */
public final class RunText {

    /** What {@code revision --autogenerate} says when the entities and the revisions agree (nothing is written). */
    public static final String NO_CHANGES = "No changes detected";
    /** What {@code check} says when the entities and the revisions agree (Alembic's words). */
    public static final String CHECK_CLEAN = "No new upgrade operations detected.";
    /** The line above the differences {@code check} lists (Alembic's words). */
    public static final String CHECK_DIRTY = "New upgrade operations detected:";

    private RunText() {
    }

    /**
     * The lines of a comparison, as it is made: {@code Detected <difference>} for each difference, then
     * {@code Note: <note>} for each thing reported but not acted on.
     *
     * @param differences one line per operation
     * @param notes       the notes
     * @return the lines
     */
    public static List<String> detected(List<String> differences, List<String> notes) {
        List<String> lines = new ArrayList<>();
        differences.forEach(line -> lines.add("Detected " + line));
        notes.forEach(line -> lines.add(note(line)));
        return lines;
    }

    /** {@code Note: <note>}. */
    public static String note(String note) {
        return "Note: " + note;
    }

    /**
     * The line that ends a run of {@code upgrade}, {@code downgrade} or {@code stamp}.
     *
     * @param result what the run did
     * @param graph  the revision graph, to mark heads
     * @param took   how long the run took
     * @return {@code Upgraded to 7c1e5a9f0b23 (head) in 0.3 s}, {@code Downgraded to base in 0.1 s},
     *     {@code Stamped ...}, or {@code Already at 7c1e5a9f0b23 (head); nothing to do}
     */
    public static String summary(MigrationResult result, RevisionGraph graph, Duration took) {
        String where = revisions(result.headsAfter(), graph);
        if (result.nothingToDo()) {
            return "Already at " + where + "; nothing to do";
        }
        String verb = switch (result.command()) {
            case "upgrade" -> "Upgraded to ";
            case "downgrade" -> "Downgraded to ";
            default -> "Stamped ";
        };
        return verb + where + String.format(Locale.ROOT, " in %.1f s", took.toMillis() / 1000.0);
    }

    /**
     * The line that ends {@code verify}.
     *
     * @param report what verify found
     * @return {@code Verified 5 revisions: 3 ok, 1 irreversible, 1 failed}, each outcome that occurred counted, or
     *     {@code No revisions to verify}
     */
    public static String verifySummary(VerifyReport report) {
        int total = report.revisions().size();
        if (total == 0) {
            return "No revisions to verify";
        }
        List<String> counts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int count = report.count(outcome);
            if (count > 0) {
                counts.add(count + " " + outcome.name().toLowerCase(Locale.ROOT));
            }
        }
        return "Verified " + total + " revision" + (total == 1 ? "" : "s") + ": " + String.join(", ", counts);
    }

    /**
     * Why {@code verify} fails: the revisions that failed, and those not run because they need one.
     *
     * @param report what verify found, with at least one revision that did not pass
     * @return {@code Verification failed for 1 of 3 revisions: 3f2a9c1b7d4e (add email column); not run, as they
     *     need a failed one: 4c5d6e7f8a9b (add phone column)}
     */
    public static String verifyFailed(VerifyReport report) {
        List<RevisionVerdict> failed = report.failures().stream()
                .filter(verdict -> verdict.outcome() == Outcome.FAILED).toList();
        List<RevisionVerdict> skipped = report.failures().stream()
                .filter(verdict -> verdict.outcome() == Outcome.SKIPPED).toList();
        int total = report.revisions().size();
        return "Verification failed for " + failed.size() + " of " + total + " revision" + (total == 1 ? "" : "s")
                + ": " + names(failed) + (skipped.isEmpty() ? "" : "; not run, as they need a failed one: "
                + names(skipped));
    }

    private static String names(List<RevisionVerdict> verdicts) {
        return verdicts.stream().map(RevisionVerdict::revisionName).collect(Collectors.joining(", "));
    }

    /**
     * Alembic's line for a revision file that {@code revision} or {@code merge} wrote.
     *
     * @param file the new file
     * @return {@code "  Generating /abs/path/3f2a9c1b7d4e_add_email.sql ...  done"}
     */
    public static String generated(Path file) {
        return "  Generating " + file.toAbsolutePath().normalize() + " ...  done";
    }

    /**
     * The one line a failure Strata anticipated gets: what failed, where, and what to do next. A revision that
     * failed and was rolled back gets the next step, since the engine's message ends with what did not stay.
     *
     * @param failure the failure
     * @return its message on one line
     */
    public static String failure(StrataException failure) {
        if (failure instanceof MigrationFailedException && failure.getMessage().contains("rolled back")) {
            return OneLine.of(failure.getMessage()) + " Fix the revision, then run the command again.";
        }
        return OneLine.of(failure.getMessage());
    }

    /**
     * The one line of an error Strata did not anticipate: what it is, and its message.
     *
     * @param error the error
     * @return {@code java.lang.IllegalStateException: <message on one line>}
     */
    public static String unexpected(Exception error) {
        return error.getClass().getName() + ": " + OneLine.of(error.getMessage());
    }

    private static String revisions(List<String> ids, RevisionGraph graph) {
        if (ids.isEmpty()) {
            return "base";
        }
        List<String> shown = new ArrayList<>();
        for (String id : ids) {
            shown.add(graph.contains(id) && graph.isHead(id) ? id + " (head)" : id);
        }
        return String.join(", ", shown);
    }
}
