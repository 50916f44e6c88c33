package dev.strata.tooling;

/**
 * Folds a multi-line message (the engine's failure report, a server error with its position) into the one line
 * a failure gets: on the CLI's stderr, in a Maven build failure.
 */
public final class OneLine {

    private OneLine() {
    }

    /**
     * Joins the non-blank lines of a message, each stripped: with a space after a line that ends in {@code .},
     * {@code ;}, {@code :} or {@code ,}, else with {@code "; "}.
     *
     * @param message the message; null reads {@code null}, as an exception without a message prints
     * @return the message on one line
     */
    public static String of(String message) {
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
}
