package dev.strata.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The repository checkout the tests run documented commands in, as a user at its root would. */
final class Repository {

    static final Path SERVICES = Path.of(System.getProperty("demo.services", "..")).toAbsolutePath().normalize();
    static final Path ROOT = SERVICES.getParent();

    private Repository() {
    }

    /** The command's arguments, with a relative program ({@code ./mvnw}, {@code bin/strata}) found from the root. */
    static List<String> arguments(String line) {
        List<String> words = new ArrayList<>(ShellWords.split(line));
        if (words.get(0).contains("/")) {
            words.set(0, ROOT.resolve(words.get(0)).normalize().toString());
        }
        return words;
    }

    /** Starts a documented command at the root, its output going to a log file. */
    static Process start(String line, Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(arguments(line)).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
      * Runs a documented command at the root to its end.
      *
      * @return exit code, then the output (stdout and stderr together)
      */
    static Result run(String line, Map<String, String> env, Path log) {
        Process process = start(line, env, log);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(line + " did not finish within 10 minutes");
            }
            return new Result(process.exitValue(), read(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A log's text so far, for assertions and failure messages. */
    static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** A finished command. */
    record Result(int exitCode, String output) {
    }
}
