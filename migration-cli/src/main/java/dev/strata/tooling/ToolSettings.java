package dev.strata.tooling;

import dev.strata.ChecksumPolicy;
import dev.strata.MigrationListener;
import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.StrataException;
import dev.strata.TransactionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a command needs to build a {@link Strata} instance, resolved "first found wins" as DESIGN §4
 * says: explicit options (CLI flags, {@code -D}, plugin parameters), then {@code DATABASE_URL}, then the
 * service's own configuration ({@code strata.*}, {@code spring.datasource.*}, {@code spring.r2dbc.*}), then
 * the engine's defaults.
 *
 * <p>Locations are kept as configured, with relative folders made absolute against the service folder.
 * The tools have no application classpath, so {@code classpath:x} means the service's
 * {@code src/main/resources/x} when that folder exists, and the given class loader otherwise; this is decided
 * when the revisions are loaded, so that a folder {@link #revisionDirectory()} just created is found.
 *
 * @param connection      the database, or empty for commands that need none (offline SQL, the graph)
 * @param locations       where revisions live: absolute folders and {@code classpath:} paths
 * @param schema          the schema of the version and history tables, or null for the session's default
 * @param versionTable    the version table
 * @param historyTable    the history table
 * @param transactionMode how revisions are wrapped in transactions
 * @param lockTimeout     how long to wait for another migrator's lock
 * @param checksumPolicy  what to do about applied revisions whose files changed
 * @param serviceDir      the service folder the settings were resolved for
 */
public record ToolSettings(Optional<ConnectionSettings> connection, List<String> locations, String schema,
        String versionTable, String historyTable, TransactionMode transactionMode, Duration lockTimeout,
        ChecksumPolicy checksumPolicy, Path serviceDir) {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final String RESOURCES = "src/main/resources";

    /** Copies the locations (none means the default) and makes the service folder absolute. */
    public ToolSettings {
        Objects.requireNonNull(connection, "connection must not be null (use Optional.empty())");
        locations = locations.isEmpty() ? List.of(StrataConfiguration.DEFAULT_LOCATION) : List.copyOf(locations);
        serviceDir = serviceDir.toAbsolutePath().normalize();
    }

    /**
     * Resolves the settings; the explicit URL is called {@code command line} in messages.
     *
     * @param explicit   what the user gave explicitly
     * @param env        the environment ({@code DATABASE_URL}, placeholders)
     * @param serviceDir the service module's folder
     * @return the settings
     * @throws StrataException when a setting is invalid, naming it and where it came from
     */
    public static ToolSettings resolve(ExplicitOptions explicit, Map<String, String> env, Path serviceDir) {
        return resolve(explicit, env, serviceDir, "command line");
    }

    /**
     * Resolves the settings.
     *
     * @param explicitSource what to call the explicit URL in messages, for example {@code --url} or
     *                       {@code -Dstrata.url}
     * @see #resolve(ExplicitOptions, Map, Path)
     */
    public static ToolSettings resolve(ExplicitOptions explicit, Map<String, String> env, Path serviceDir,
            String explicitSource) {
        Path dir = serviceDir.toAbsolutePath().normalize();
        ServiceConfig config = ServiceConfig.load(dir, env);
        List<String> configured = !explicit.locations().isEmpty() ? explicit.locations()
                : config.getList("strata.locations");
        List<String> locations = new ArrayList<>();
        for (String location : configured.isEmpty() ? List.of(StrataConfiguration.DEFAULT_LOCATION) : configured) {
            locations.add(absolute(location.strip(), dir));
        }
        return new ToolSettings(
                ConnectionSources.resolve(explicit, explicitSource, env, config),
                locations,
                pick(explicit.schema(), config, "strata.schema", value -> value, null),
                pick(explicit.versionTable(), config, "strata.version-table", value -> value,
                        StrataConfiguration.DEFAULT_VERSION_TABLE),
                pick(explicit.historyTable(), config, "strata.history-table", value -> value,
                        StrataConfiguration.DEFAULT_HISTORY_TABLE),
                pick(null, config, "strata.transaction-mode",
                        value -> SettingValues.transactionMode(value, config.origin("strata.transaction-mode")),
                        TransactionMode.PER_REVISION),
                pick(null, config, "strata.lock.timeout",
                        value -> SettingValues.duration(value, config.origin("strata.lock.timeout")),
                        StrataConfiguration.DEFAULT_LOCK_TIMEOUT),
                pick(null, config, "strata.validate-checksums",
                        value -> SettingValues.checksumPolicy(value, config.origin("strata.validate-checksums")),
                        ChecksumPolicy.FAIL),
                dir);
    }

    /**
     * Loads the revisions and builds the engine. Without a connection the instance works offline: the graph
     * commands and {@code --sql} with a {@code from:to} range.
     *
     * @param classLoader where {@code classpath:} locations that are not folders of the service are looked up
     * @param listener    hears each step as it runs
     * @param principal   who runs the command, recorded in the history table (may be null)
     * @return the engine
     * @throws StrataException when a setting is invalid or the revisions cannot be loaded
     */
    public Strata load(ClassLoader classLoader, MigrationListener listener, String principal) {
        StrataConfiguration.Builder builder;
        try {
            builder = Strata.configure()
                    .locations(resolvedLocations())
                    .classLoader(classLoader)
                    .listener(listener)
                    .principal(principal)
                    .schema(schema)
                    .versionTable(versionTable)
                    .historyTable(historyTable)
                    .transactionMode(transactionMode)
                    .lockTimeout(lockTimeout)
                    .checksumPolicy(checksumPolicy);
            builder.build();
        } catch (IllegalArgumentException e) {
            throw new StrataException("Invalid setting: " + e.getMessage(), e);
        }
        connection.ifPresent(c -> builder.dataSource(c.dataSource(), c.redacted()));
        return builder.load();
    }

    /**
     * The locations as the engine reads them now: {@code classpath:x} becomes the service's
     * {@code src/main/resources/x} when that folder exists.
     */
    public List<String> resolvedLocations() {
        List<String> out = new ArrayList<>();
        for (String location : locations) {
            Optional<Path> folder = resourceFolder(location).filter(Files::isDirectory);
            out.add(folder.map(Path::toString).orElse(location));
        }
        return out;
    }

    /**
     * The folder new revision files are written to: the first location as a folder
     * ({@code classpath:x} is the service's {@code src/main/resources/x}), created if missing.
     *
     * @return the folder
     * @throws StrataException when it cannot be created
     */
    public Path revisionDirectory() {
        String first = locations.get(0);
        Path folder = resourceFolder(first).orElseGet(() -> Path.of(first));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StrataException("Cannot create the revision folder " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    private Optional<Path> resourceFolder(String location) {
        if (!location.startsWith(CLASSPATH)) {
            return Optional.empty();
        }
        String path = location.substring(CLASSPATH.length()).replaceAll("^/+", "");
        return Optional.of(serviceDir.resolve(RESOURCES).resolve(path).normalize());
    }

    private static String absolute(String location, Path dir) {
        if (location.startsWith(CLASSPATH)) {
            return location;
        }
        String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
        return dir.resolve(path).normalize().toString();
    }

    private static <T> T pick(String explicit, ServiceConfig config, String key, Function<String, T> convert,
            T fallback) {
        if (explicit != null && !explicit.isBlank()) {
            return convert.apply(explicit.strip());
        }
        return config.get(key).filter(value -> !value.isBlank()).map(convert).orElse(fallback);
    }
}
