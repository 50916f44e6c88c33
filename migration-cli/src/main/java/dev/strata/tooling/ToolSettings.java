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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a command needs to build a {@link Strata} instance, resolved "first found wins" as DESIGN §4
 * says: explicit options (CLI flags, {@code -D}, plugin parameters), then {@code DATABASE_URL}, then the
 * service's own configuration ({@code strata.*}, {@code spring.datasource.*}, {@code spring.r2dbc.*}), then
 * the engine's defaults.
 *
 * <p>Locations are kept as configured, with relative folders made absolute against the service folder. The tools
 * have no application classpath: they read {@code classpath:x} from the service's own folders,
 * {@code src/main/resources/x} (SQL revisions as edited) and then {@code target/classes/x} (Java revisions, package
 * {@code x} with dots, once the module is compiled), in front of the class loader they are given. A file in both
 * counts once, from {@code src/main/resources}; one only in {@code target/classes} (the build's copy of a file
 * deleted or renamed since) is read too, with a warning. New revision files go to {@link #revisionDirectory()}.
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
 * @param datasource      the datasource of the service they are for, or null for its main one
 */
public record ToolSettings(Optional<ConnectionSettings> connection, List<String> locations, String schema,
        String versionTable, String historyTable, TransactionMode transactionMode, Duration lockTimeout,
        ChecksumPolicy checksumPolicy, Path serviceDir, String datasource) {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final String RESOURCES = "src/main/resources";
    private static final String CLASSES = "target/classes";
    private static final Logger LOG = LoggerFactory.getLogger(ToolSettings.class);

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
        ServiceConfig loaded = ServiceConfig.load(dir, env);
        ServiceConfig config = explicit.datasource() == null ? loaded : loaded.forDatasource(explicit.datasource());
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
                dir, explicit.datasource());
    }

    /**
     * Where the service's configuration would name this database, for "no database" messages.
     *
     * @return {@code spring.datasource.url (or strata.url)}, or {@code strata.datasources.<name>.url}
     */
    public String configuredUrlKey() {
        return datasource == null ? "spring.datasource.url (or strata.url)" : "strata.datasources." + datasource
                + ".url";
    }

    /**
     * Loads the revisions and builds the engine. Without a connection the instance works offline: the graph
     * commands and {@code --sql} with a {@code from:to} range.
     *
     * @param classLoader what {@code classpath:} locations see behind the service's {@code src/main/resources}
     *                    and {@code target/classes}: the tool's classes (the engine's API) and, in a build, the
     *                    module's dependencies
     * @param listener    hears each step as it runs
     * @param principal   who runs the command, recorded in the history table (may be null)
     * @return the engine
     * @throws StrataException when a setting is invalid or the revisions cannot be loaded; when a revision the
     *     graph does not know may be an uncompiled Java revision, the message says to compile the module
     */
    public Strata load(ClassLoader classLoader, MigrationListener listener, String principal) {
        StrataConfiguration.Builder builder;
        try {
            builder = Strata.configure()
                    .locations(locations)
                    .classLoader(ServiceClassLoader.over(classpathFolders(), classLoader))
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
        warnOfStaleCopies();
        try {
            return builder.load();
        } catch (StrataException e) {
            throw CompileAdvice.added(e, serviceDir);
        }
    }

    /**
     * Where the locations are read from now, for debug output: {@code classpath:x} becomes those of the service's
     * {@code src/main/resources/x} and {@code target/classes/x} that exist, and stays {@code classpath:x} when
     * neither does (the class loader given to {@link #load} may still hold it).
     *
     * @return the folders and locations, in the order they are read
     */
    public List<String> resolvedLocations() {
        List<String> out = new ArrayList<>();
        for (String location : locations) {
            List<String> folders = classpathFolders(location).stream().filter(Files::isDirectory)
                    .map(Path::toString).toList();
            out.addAll(folders.isEmpty() ? List.of(location) : folders);
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
        return classpathFolders(location).stream().findFirst();
    }

    private void warnOfStaleCopies() {
        for (String location : locations) {
            List<Path> folders = classpathFolders(location);
            if (folders.isEmpty()) {
                continue;
            }
            Path resources = folders.get(0);
            for (Path stale : StaleCopies.of(resources, folders.get(1))) {
                LOG.warn("{} is read as a revision, but {} has no such file: a copy of a file deleted or renamed"
                        + " since the last build? mvn clean compile removes it", stale, resources);
            }
        }
    }

    /** The service's folders that {@code classpath:} locations are read from, in order. */
    private List<Path> classpathFolders() {
        return List.of(serviceDir.resolve(RESOURCES), serviceDir.resolve(CLASSES));
    }

    /** {@code classpath:x} as the service's folders hold it; nothing for other locations. */
    private List<Path> classpathFolders(String location) {
        if (!location.startsWith(CLASSPATH)) {
            return List.of();
        }
        String path = location.substring(CLASSPATH.length()).replaceAll("^/+", "");
        return classpathFolders().stream().map(folder -> folder.resolve(path).normalize()).toList();
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
