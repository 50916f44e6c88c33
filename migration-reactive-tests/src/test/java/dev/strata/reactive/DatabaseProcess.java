package dev.strata.reactive;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A test database served by migration-test's {@code dev.strata.test.TestDatabaseProcess} in a JVM of its own:
 * the embedded PostgreSQL and the database set-up use JDBC, which this module's tests must not have on their
 * classpath. Maven writes that process's classpath to the file named by the system property
 * {@value #CLASSPATH_PROPERTY}; {@code STRATA_TEST_DATABASE_URL} reaches it through the environment.
 */
final class DatabaseProcess implements AutoCloseable {

    static final String CLASSPATH_PROPERTY = "strata.database-process.classpath";

    private static final String MAIN = "dev.strata.test.TestDatabaseProcess";

    private final Process process;
    private final Map<String, String> values;

    private DatabaseProcess(Process process, Map<String, String> values) {
        this.process = process;
        this.values = values;
    }

    /** Starts the process and waits until it has created the database. */
    static DatabaseProcess start() {
        String classpathFile = System.getProperty(CLASSPATH_PROPERTY);
        if (classpathFile == null) {
            throw new IllegalStateException("System property " + CLASSPATH_PROPERTY + " is not set; run these tests"
                    + " through Maven, which writes the database process's classpath");
        }
        try {
            // The test classes first, for their quiet logback-test.xml.
            String classpath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
                    + Files.readString(Path.of(classpathFile)).strip();
            Path log = Path.of("target", "database-process.log").toAbsolutePath();
            Process process = new ProcessBuilder(List.of(javaCommand(), "-cp", classpath, MAIN))
                    .redirectError(log.toFile()).start();
            return new DatabaseProcess(process, readUntilReady(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the database process: " + e.getMessage(), e);
        }
    }

    String r2dbcUrl() {
        return values.get("r2dbc-url");
    }

    String user() {
        return values.get("user");
    }

    String password() {
        return values.get("password");
    }

    /** Ends the process, which drops the database (and stops an embedded server). */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static Map<String, String> readUntilReady(Process process, Path log) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        Map<String, String> values = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("ready")) {
                // Whatever the process prints later must not fill the pipe and stall it.
                Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }), "database-process-output");
                drain.setDaemon(true);
                drain.start();
                return values;
            }
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        throw new IllegalStateException("The database process ended before its database was ready; see " + log);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
