package dev.strata.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar target/strata.jar} as a separate process, as a user runs it: in a working folder, with an
 * environment of its own (the test JVM's, without {@code DATABASE_URL}, plus what the test sets).
 */
final class Cli {

    static final Path JAR = Path.of(System.getProperty("strata.jar", "target/strata.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Path workingDir;
    private final Map<String, String> env;

    private Cli(Path workingDir, Map<String, String> env) {
        this.workingDir = workingDir;
        this.env = env;
    }

    /** A user in {@code workingDir} (usually the service folder). */
    static Cli in(Path workingDir) {
        return new Cli(workingDir, Map.of());
    }

    /** The same user with one more environment variable. */
    Cli withEnv(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(env);
        more.put(name, value);
        return new Cli(workingDir, more);
    }

    /** Runs {@code strata args...} and waits for it. */
    Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    /** Runs a program other than the jar (bin/strata) the same way. */
    Run exec(List<String> command) {
        try {
            Path out = Files.createTempFile("strata-out", ".txt");
            Path err = Files.createTempFile("strata-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().remove("DATABASE_URL");
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("strata did not finish within 120 s: " + command);
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
