package dev.strata.cli;

/**
 * Folds a multi-line message (the engine's failure report, a server error with its position) into the one line
 * a failure gets on stderr.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R")) {
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
