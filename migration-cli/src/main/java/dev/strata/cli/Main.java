package dev.strata.cli;

import java.util.Map;

/** The entry point of {@code strata.jar}: {@code java -jar strata.jar [options] <command>}. */
public final class Main {

    /**
     * slf4j-simple's settings. The CLI prints its own progress and errors, so only the engine's warnings (a
     * checksum mismatch under policy WARN, say) reach stderr; {@code --debug} lowers the level. Set here, not in a
     * {@code simplelogger.properties}, so that the library jar of this module configures no one else's logging,
     * and only where {@code JAVA_OPTS} did not set them already.
     */
    private static final Map<String, String> LOGGING = Map.of(
            "org.slf4j.simpleLogger.logFile", "System.err",
            "org.slf4j.simpleLogger.defaultLogLevel", "warn",
            "org.slf4j.simpleLogger.showThreadName", "false",
            "org.slf4j.simpleLogger.showLogName", "false",
            "org.slf4j.simpleLogger.showShortLogName", "true",
            "org.slf4j.simpleLogger.levelInBrackets", "true",
            // Hibernate (autogenerate) logs through JBoss Logging, which would pick java.util.logging and print
            // its INFO lines; through SLF4J they obey the level above.
            "org.jboss.logging.provider", "slf4j");

    private Main() {
    }

    /**
     * Runs one command and exits with its code: 0 done, 1 failed, 2 bad usage.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        LOGGING.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        System.exit(StrataCommand.commandLine().execute(args));
    }
}
