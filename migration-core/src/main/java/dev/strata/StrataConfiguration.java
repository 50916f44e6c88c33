package dev.strata;

import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.JdbcDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * An immutable engine configuration. Build one with {@link Strata#configure()}; defaults match the
 * {@code strata.*} properties of the Spring Boot starter.
 */
public final class StrataConfiguration {

    /** Default revision location. */
    public static final String DEFAULT_LOCATION = "classpath:db/revisions";
    public static final String DEFAULT_VERSION_TABLE = "strata_version";
    public static final String DEFAULT_HISTORY_TABLE = "strata_history";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    private final DatabaseDriver driver;
    private final List<String> locations;
    private final List<Class<? extends JavaRevision>> javaRevisions;
    private final ClassLoader classLoader;
    private final String schema;
    private final String versionTable;
    private final String historyTable;
    private final TransactionMode transactionMode;
    private final Duration lockTimeout;
    private final ChecksumPolicy checksumPolicy;
    private final String principal;
    private final MigrationListener listener;

    private StrataConfiguration(Builder b) {
        this.driver = b.driver;
        this.locations = List.copyOf(b.locations.isEmpty() ? List.of(DEFAULT_LOCATION) : b.locations);
        this.javaRevisions = List.copyOf(b.javaRevisions);
        this.classLoader = b.classLoader != null ? b.classLoader : defaultClassLoader();
        this.schema = b.schema;
        this.versionTable = b.versionTable;
        this.historyTable = b.historyTable;
        this.transactionMode = b.transactionMode;
        this.lockTimeout = b.lockTimeout;
        this.checksumPolicy = b.checksumPolicy;
        this.principal = b.principal;
        this.listener = b.listener;
    }

    private StrataConfiguration(StrataConfiguration base, DatabaseDriver driver, MigrationListener listener) {
        this.driver = driver;
        this.locations = base.locations;
        this.javaRevisions = base.javaRevisions;
        this.classLoader = base.classLoader;
        this.schema = base.schema;
        this.versionTable = base.versionTable;
        this.historyTable = base.historyTable;
        this.transactionMode = base.transactionMode;
        this.lockTimeout = base.lockTimeout;
        this.checksumPolicy = base.checksumPolicy;
        this.principal = base.principal;
        this.listener = listener;
    }

    /** This configuration with another database and listener. */
    StrataConfiguration withDatabase(DatabaseDriver databaseDriver, MigrationListener stepListener) {
        return new StrataConfiguration(this, Objects.requireNonNull(databaseDriver, "driver must not be null"),
                Objects.requireNonNull(stepListener, "listener must not be null"));
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : StrataConfiguration.class.getClassLoader();
    }

    /** The database, or null for offline-only use. */
    public DatabaseDriver driver() {
        return driver;
    }

    public List<String> locations() {
        return locations;
    }

    public List<Class<? extends JavaRevision>> javaRevisions() {
        return javaRevisions;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The schema for the version and history tables and the session's search path; null for the default. */
    public String schema() {
        return schema;
    }

    public String versionTable() {
        return versionTable;
    }

    public String historyTable() {
        return historyTable;
    }

    public TransactionMode transactionMode() {
        return transactionMode;
    }

    public Duration lockTimeout() {
        return lockTimeout;
    }

    public ChecksumPolicy checksumPolicy() {
        return checksumPolicy;
    }

    /** Who runs the migrations, recorded in the history table beside the database user (may be null). */
    public String principal() {
        return principal;
    }

    public MigrationListener listener() {
        return listener;
    }

    /** Builds a {@link StrataConfiguration}; every setter validates its value and names it when wrong. */
    public static final class Builder {

        private DatabaseDriver driver;
        private final List<String> locations = new ArrayList<>();
        private final List<Class<? extends JavaRevision>> javaRevisions = new ArrayList<>();
        private ClassLoader classLoader;
        private String schema;
        private String versionTable = DEFAULT_VERSION_TABLE;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private TransactionMode transactionMode = TransactionMode.PER_REVISION;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private ChecksumPolicy checksumPolicy = ChecksumPolicy.FAIL;
        private String principal;
        private MigrationListener listener = new MigrationListener() { };

        Builder() {
        }

        /** Migrates through JDBC connections from this data source. */
        public Builder dataSource(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource must not be null");
            this.driver = new JdbcDriver(dataSource, "the configured DataSource");
            return this;
        }

        /** Migrates through JDBC connections from this data source, described (without password) in messages. */
        public Builder dataSource(DataSource dataSource, String description) {
            Objects.requireNonNull(dataSource, "dataSource must not be null");
            this.driver = new JdbcDriver(dataSource, description);
            return this;
        }

        /** Migrates through any driver (R2DBC, for instance). */
        public Builder driver(DatabaseDriver databaseDriver) {
            this.driver = Objects.requireNonNull(databaseDriver, "driver must not be null");
            return this;
        }

        /** Where revisions live: {@code classpath:db/revisions}, {@code filesystem:db/revisions} or a folder path. */
        public Builder locations(String... values) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException("locations must not contain blank entries");
                }
                locations.add(value.strip());
            }
            return this;
        }

        public Builder locations(List<String> values) {
            return locations(values.toArray(String[]::new));
        }

        /** Java revision classes to add to the graph besides those found in the locations. */
        @SafeVarargs
        public final Builder javaRevisions(Class<? extends JavaRevision>... types) {
            javaRevisions.addAll(List.of(types));
            return this;
        }

        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        public Builder schema(String value) {
            this.schema = value == null || value.isBlank() ? null : checkName("schema", value);
            return this;
        }

        public Builder versionTable(String value) {
            this.versionTable = checkName("versionTable", value);
            return this;
        }

        public Builder historyTable(String value) {
            this.historyTable = checkName("historyTable", value);
            return this;
        }

        public Builder transactionMode(TransactionMode value) {
            this.transactionMode = Objects.requireNonNull(value, "transactionMode must not be null");
            return this;
        }

        public Builder lockTimeout(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("lockTimeout must be zero or positive, was " + value);
            }
            this.lockTimeout = value;
            return this;
        }

        public Builder checksumPolicy(ChecksumPolicy value) {
            this.checksumPolicy = Objects.requireNonNull(value, "checksumPolicy must not be null");
            return this;
        }

        public Builder principal(String value) {
            this.principal = value;
            return this;
        }

        public Builder listener(MigrationListener value) {
            this.listener = Objects.requireNonNull(value, "listener must not be null");
            return this;
        }

        /** The configuration, sealed. */
        public StrataConfiguration build() {
            if (versionTable.equals(historyTable)) {
                throw new IllegalArgumentException("versionTable and historyTable must differ, both are '"
                        + versionTable + "'");
            }
            return new StrataConfiguration(this);
        }

        /** Builds the configuration and loads the revisions: {@code Strata.configure()...load().upgrade("head")}. */
        public Strata load() {
            return Strata.load(build());
        }

        private static String checkName(String field, String value) {
            if (value == null || !NAME.matcher(value).matches()) {
                throw new IllegalArgumentException(field + " must be a plain SQL identifier (letters, digits,"
                        + " underscores, up to 63 characters), was '" + value + "'");
            }
            return value;
        }
    }
}
