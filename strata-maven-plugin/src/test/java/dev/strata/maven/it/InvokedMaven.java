package dev.strata.maven.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn}, the one running this build ({@code maven.home}, so {@code ./mvnw} in CI), started as a process
 * on a sample project. It sees this build's plugin and engine through a local repository of its own, filled by
 * {@code maven-invoker-plugin:install}; everything else comes from the outer build's local repository, used as a
 * read-only mirror, so the runs need no network.
 */
final class InvokedMaven {

    private static final long TIMEOUT_SECONDS = 180;
    /** Variables of the outer environment that would change what the invoked Maven or the plugin does. */
    private static final List<String> CLEARED = List.of("MAVEN_ARGS", "MAVEN_OPTS", "MAVEN_CONFIG", "DATABASE_URL",
            "STRATA_TEST_DATABASE_URL");

    private final Path executable;
    private final Path settings;
    private final Path localRepository;
    private final Path logs;

    private InvokedMaven(Path executable, Path settings, Path localRepository, Path logs) {
        this.executable = executable;
        this.settings = settings;
        this.localRepository = localRepository;
        this.logs = logs;
    }

    /** The Maven of this build, with the settings file written next to the samples' work folder. */
    static InvokedMaven fromBuild() {
        Path home = Path.of(required("strata.it.mavenHome"));
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        Path executable = home.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn");
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Maven at " + executable + " (strata.it.mavenHome); run the IT through"
                    + " Maven (./mvnw verify), which sets it");
        }
        Path work = Path.of(required("strata.it.work"));
        Path settings = work.resolve("settings.xml");
        String mirror = Path.of(required("strata.it.userRepo")).toUri().toString();
        try {
            Files.createDirectories(work.resolve("logs"));
            Files.writeString(settings, """
                    <settings>
                      <mirrors>
                        <!-- The outer build's local repository: it holds every third-party artifact the runs need. -->
                        <mirror>
                          <id>outer-build</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%1$s</url>
                        </mirror>
                      </mirrors>
                      <profiles>
                        <!-- A local repository keeps no checksums for much of what it holds: do not warn about
                             each file. Snapshots (this build's artifacts) come from the runs' own repository only. -->
                        <profile>
                          <id>outer-build</id>
                          <repositories>
                            <repository>
                              <id>central</id>
                              <url>%1$s</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases>
                              <snapshots><enabled>false</enabled></snapshots>
                            </repository>
                          </repositories>
                          <pluginRepositories>
                            <pluginRepository>
                              <id>central</id>
                              <url>%1$s</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases>
                              <snapshots><enabled>false</enabled></snapshots>
                            </pluginRepository>
                          </pluginRepositories>
                        </profile>
                      </profiles>
                      <activeProfiles>
                        <activeProfile>outer-build</activeProfile>
                      </activeProfiles>
                    </settings>
                    """.formatted(mirror), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InvokedMaven(executable, settings, Path.of(required("strata.it.localRepo")), work.resolve("logs"));
    }

    /** Runs {@code mvn ARGS} in {@code directory} with {@code env} added to a cleaned copy of this environment. */
    MavenRun run(Path directory, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-B", "--no-transfer-progress",
                "-Dstyle.color=never", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        CLEARED.forEach(environment::remove);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // Short-lived JVMs: the C1 compiler alone starts Maven faster.
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        environment.putAll(env);
        try {
            Path log = Files.createTempFile(logs, directory.getFileName() + "-", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("mvn " + String.join(" ", args) + " did not finish within "
                        + TIMEOUT_SECONDS + " s; output so far:\n" + Files.readString(log));
            }
            return new MavenRun(String.join(" ", args), process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running mvn", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the IT through Maven"
                    + " (./mvnw verify), whose failsafe configuration sets it");
        }
        return value;
    }
}
