package dev.strata.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * A goal's output in one module: a header naming the goal and the module, then the command's text line by
 * line at INFO, so that a run at the reactor root reads as one block per module.
 */
final class ModuleLog {

    private final Log log;

    ModuleLog(Log log) {
        this.log = log;
    }

    /** {@code --- strata:current (client-service) ---}. */
    void header(String goal, String module) {
        log.info("--- strata:" + goal + " (" + module + ") ---");
    }

    /** Text of any number of lines (Alembic's output, an SQL script); a trailing newline adds no empty line. */
    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            log.info(line);
        }
    }

    void line(String line) {
        log.info(line);
    }

    /** A module the goal leaves alone: said quietly in a reactor, where that is the expected case. */
    void skipped(String why, boolean quietly) {
        if (quietly) {
            log.debug(why);
        } else {
            log.info(why);
        }
    }
}
