package dev.strata.maven;

import dev.strata.MigrationListener.StepEvent;
import dev.strata.MigrationFailedException;
import dev.strata.MigrationResult;
import dev.strata.StrataException;
import dev.strata.graph.RevisionGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines the {@code strata} CLI prints around a run, word for word, so a developer reads the same text in
 * a terminal and in a build log.
 *
 * <p>The CLI keeps these texts private to its own package ({@code dev.strata.cli.ProgressPrinter},
 * {@code RunReport}, {@code NewRevisionReport}, {@code OneLine}, {@code FailureHandler}); once they move to
 * {@code dev.strata.tooling} this class goes and both tools call the one copy.
 */
final class RunText {

    private RunText() {
    }

    /** {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column}. */
    static String step(StepEvent step) {
        return "[" + step.index() + "/" + step.total() + "] " + step.description()
                + (step.message() == null || step.message().isEmpty() ? "" : ", " + step.message());
    }

    /** {@code Upgraded to 7c1e5a9f0b23 (head) in 0.3 s}, {@code Already at 7c1e5a9f0b23 (head); nothing to do}. */
    static String summary(MigrationResult result, RevisionGraph graph, Duration took) {
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

    /** Alembic's line for a new revision file. */
    static String generated(Path file) {
        return "  Generating " + file.toAbsolutePath().normalize() + " ...  done";
    }

    /** The one line a failure gets: what failed, where, and what to do. */
    static String failure(StrataException e) {
        if (e instanceof MigrationFailedException && e.getMessage().contains("rolled back")) {
            // The engine says what failed, where, and that nothing stayed; the next step is the user's.
            return oneLine(e.getMessage()) + " Fix the revision, then run the command again.";
        }
        return oneLine(e.getMessage());
    }

    /** A multi-line message (a failed statement with its position) folded into one line. */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R")) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                out.append(last == '.' || last == ';' || last == ':' || last == ',' ? " " : "; ");
            }
            out.append(part);
        }
        return out.toString();
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
