package dev.strata.boot.autoconfigure;

import dev.strata.ChecksumPolicy;
import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.TransactionMode;
import dev.strata.boot.MigrationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Strata's {@code strata.*} properties. Every setting applies to every {@code DataSource} bean (in a reactive
 * application, every R2DBC {@code ConnectionFactory} bean) unless {@code strata.datasources.<bean-name>.*}
 * overrides it for one of them.
 */
@ConfigurationProperties("strata")
public class StrataProperties {

    /** Whether Strata runs at all: no engines, no startup run, no endpoint when false. */
    private boolean enabled = true;

    /**
     * Whether to upgrade every database to the target while the application starts, before anything that uses
     * the schema (JPA, JdbcTemplate, JdbcClient, R2DBC's DatabaseClient and repositories) is created. Turn it off
     * when migrations run as a separate job.
     */
    private boolean runOnStartup = true;

    /**
     * What the startup run upgrades to: "heads" (every head), "head" (the single head; an error when there are
     * several), a revision id or unique prefix, "+N", or "branch@head".
     */
    private String target = Strata.HEADS;

    /**
     * Where the revisions live: "classpath:db/revisions", "filesystem:db/revisions" or a folder path. Several
     * locations form one revision graph.
     */
    private List<String> locations = new ArrayList<>(List.of(StrataConfiguration.DEFAULT_LOCATION));

    /**
     * Schema for the version and history tables; it also comes first on the search path while revisions run, so
     * unqualified names land in it. Created when missing. Unset: the connection's default schema.
     */
    private String schema;

    /**
     * Table that holds the current revision(s), one row per applied head, in Alembic's layout. Set it to
     * "alembic_version" to take over a database that Alembic manages.
     */
    private String versionTable = StrataConfiguration.DEFAULT_VERSION_TABLE;

    /** Table that keeps the audit of every step: revision, direction, checksum, times, who ran it. */
    private String historyTable = StrataConfiguration.DEFAULT_HISTORY_TABLE;

    /**
     * How revisions are wrapped in transactions: "per-revision" (each revision commits with its version-table
     * update) or "all" (the whole run is one transaction: all revisions apply, or none).
     */
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;

    private final Lock lock = new Lock();

    /**
     * What to do when an applied revision's file changed since it ran: "fail" (refuse to run, naming the
     * revision and file), "warn" (log and go on) or "ignore".
     */
    private ChecksumPolicy validateChecksums = ChecksumPolicy.FAIL;

    /**
     * Whether the application refuses to start while revisions up to the target are pending, listing them. Meant
     * for run-on-startup false, when a separate job migrates: a service never runs against an old schema.
     */
    private boolean failOnPending = false;

    /**
     * Whether a revision graph with several heads is accepted. When false, startup fails until the heads are
     * merged ("strata merge -m 'merge heads' heads").
     */
    private boolean allowMultipleHeads = true;

    /**
     * URL to migrate through instead of the DataSource's own connection: a JDBC URL, or an r2dbc: URL for a
     * reactive application's ConnectionFactory. With several DataSources, set it per DataSource under
     * strata.datasources.[bean-name].url.
     */
    private String url;

    /**
     * Database user to migrate as instead of the DataSource's own (typically the schema owner, while the
     * application connects as a user with fewer rights). Applies to the DataSource's URL, or to strata.url.
     */
    private String user;

    /** Password of strata.user. */
    private String password;

    /**
     * Per-DataSource overrides, keyed by DataSource (or R2DBC ConnectionFactory) bean name:
     * strata.datasources.[bean-name].* accepts every strata.* setting above (enabled, run-on-startup, target,
     * locations, schema, version-table, history-table, transaction-mode, lock.timeout, validate-checksums,
     * fail-on-pending, allow-multiple-heads, url, user, password, actuator.downgrade.*).
     */
    private Map<String, DataSourceOverrides> datasources = new LinkedHashMap<>();

    private final Actuator actuator = new Actuator();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isRunOnStartup() {
        return runOnStartup;
    }

    public void setRunOnStartup(boolean runOnStartup) {
        this.runOnStartup = runOnStartup;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Lock getLock() {
        return lock;
    }

    public ChecksumPolicy getValidateChecksums() {
        return validateChecksums;
    }

    public void setValidateChecksums(ChecksumPolicy validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public boolean isFailOnPending() {
        return failOnPending;
    }

    public void setFailOnPending(boolean failOnPending) {
        this.failOnPending = failOnPending;
    }

    public boolean isAllowMultipleHeads() {
        return allowMultipleHeads;
    }

    public void setAllowMultipleHeads(boolean allowMultipleHeads) {
        this.allowMultipleHeads = allowMultipleHeads;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Map<String, DataSourceOverrides> getDatasources() {
        return datasources;
    }

    public void setDatasources(Map<String, DataSourceOverrides> datasources) {
        this.datasources = datasources;
    }

    public Actuator getActuator() {
        return actuator;
    }

    /**
     * The settings in force for the DataSource bean {@code beanName}: these properties with its overrides applied.
     * Override keys match bean names leniently ({@code reportingDataSource}, {@code reporting-data-source}).
     */
    public MigrationSettings settingsFor(String beanName) {
        DataSourceOverrides o = overridesFor(beanName);
        Downgrade down = actuator.getDowngrade();
        DowngradeOverrides od = o.getActuator().getDowngrade();
        return new MigrationSettings(pick(o.getEnabled(), enabled), pick(o.getRunOnStartup(), runOnStartup),
                pick(o.getTarget(), target), pick(o.getLocations(), locations), pick(o.getSchema(), schema),
                pick(o.getVersionTable(), versionTable), pick(o.getHistoryTable(), historyTable),
                pick(o.getTransactionMode(), transactionMode), pick(o.getLock().getTimeout(), lock.getTimeout()),
                pick(o.getValidateChecksums(), validateChecksums), pick(o.getFailOnPending(), failOnPending),
                pick(o.getAllowMultipleHeads(), allowMultipleHeads), pick(o.getUrl(), url), pick(o.getUser(), user),
                pick(o.getPassword(), password), new MigrationSettings.Downgrade(pick(od.getEnabled(),
                down.isEnabled()), pick(od.getRole(), down.getRole()), pick(od.getFloor(), down.getFloor())));
    }

    /** The override key that names {@code beanName}, if any. */
    String overrideKeyFor(String beanName) {
        for (String key : datasources.keySet()) {
            if (canonical(key).equals(canonical(beanName))) {
                return key;
            }
        }
        return null;
    }

    private DataSourceOverrides overridesFor(String beanName) {
        String key = overrideKeyFor(beanName);
        return key == null ? new DataSourceOverrides() : datasources.get(key);
    }

    static String canonical(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static <T> T pick(T override, T fallback) {
        return override != null ? override : fallback;
    }

    /** The migration lock. */
    public static class Lock {

        /**
         * How long to wait for another instance that holds the migration lock (a PostgreSQL advisory lock) before
         * giving up. While one instance migrates, the others wait and then find nothing pending.
         */
        private Duration timeout = StrataConfiguration.DEFAULT_LOCK_TIMEOUT;

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** The Actuator endpoint {@code migrations}. */
    public static class Actuator {

        private final Downgrade downgrade = new Downgrade();

        public Downgrade getDowngrade() {
            return downgrade;
        }
    }

    /** The guarded downgrade: {@code POST /actuator/migrations/{datasource}}. */
    public static class Downgrade {

        /**
         * Whether POST /actuator/migrations/{datasource} may downgrade. Off by default: a downgrade drops what
         * revisions created, data included.
         */
        private boolean enabled = false;

        /**
         * Role the caller must hold to downgrade when Spring Security is on the classpath (without the "ROLE_"
         * prefix).
         */
        private String role = "ADMIN";

        /**
         * Revision that a downgrade through the endpoint must never undo: the endpoint refuses any downgrade that
         * would take the database below it. Unset: no floor.
         */
        private String floor;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getFloor() {
            return floor;
        }

        public void setFloor(String floor) {
            this.floor = floor;
        }
    }

    /**
     * The settings of one DataSource that differ from the {@code strata.*} ones; anything left unset is taken from
     * {@code strata.*}.
     */
    public static class DataSourceOverrides {

        /** Whether Strata manages this DataSource. */
        private Boolean enabled;

        /** Whether to upgrade this DataSource's database while the application starts. */
        private Boolean runOnStartup;

        /** What the startup run upgrades this database to. */
        private String target;

        /** Where this DataSource's revisions live; each DataSource usually has its own. */
        private List<String> locations;

        /** Schema for this DataSource's version and history tables. */
        private String schema;

        /** Version table of this DataSource's database. */
        private String versionTable;

        /** History table of this DataSource's database. */
        private String historyTable;

        /** How this DataSource's revisions are wrapped in transactions. */
        private TransactionMode transactionMode;

        private final LockOverrides lock = new LockOverrides();

        /** What to do when one of this DataSource's applied revisions changed. */
        private ChecksumPolicy validateChecksums;

        /** Whether pending revisions of this DataSource stop startup. */
        private Boolean failOnPending;

        /** Whether this DataSource's revisions may have several heads. */
        private Boolean allowMultipleHeads;

        /** URL to migrate this DataSource's database through (r2dbc: for a ConnectionFactory). */
        private String url;

        /** Database user to migrate this DataSource's database as. */
        private String user;

        /** Password of the user. */
        private String password;

        private final ActuatorOverrides actuator = new ActuatorOverrides();

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public Boolean getRunOnStartup() {
            return runOnStartup;
        }

        public void setRunOnStartup(Boolean runOnStartup) {
            this.runOnStartup = runOnStartup;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public List<String> getLocations() {
            return locations;
        }

        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public String getVersionTable() {
            return versionTable;
        }

        public void setVersionTable(String versionTable) {
            this.versionTable = versionTable;
        }

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }

        public TransactionMode getTransactionMode() {
            return transactionMode;
        }

        public void setTransactionMode(TransactionMode transactionMode) {
            this.transactionMode = transactionMode;
        }

        public LockOverrides getLock() {
            return lock;
        }

        public ChecksumPolicy getValidateChecksums() {
            return validateChecksums;
        }

        public void setValidateChecksums(ChecksumPolicy validateChecksums) {
            this.validateChecksums = validateChecksums;
        }

        public Boolean getFailOnPending() {
            return failOnPending;
        }

        public void setFailOnPending(Boolean failOnPending) {
            this.failOnPending = failOnPending;
        }

        public Boolean getAllowMultipleHeads() {
            return allowMultipleHeads;
        }

        public void setAllowMultipleHeads(Boolean allowMultipleHeads) {
            this.allowMultipleHeads = allowMultipleHeads;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public ActuatorOverrides getActuator() {
            return actuator;
        }
    }

    /** The migration lock of one DataSource. */
    public static class LockOverrides {

        /** How long this DataSource's run waits for the migration lock. */
        private Duration timeout;

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** The endpoint settings of one DataSource. */
    public static class ActuatorOverrides {

        private final DowngradeOverrides downgrade = new DowngradeOverrides();

        public DowngradeOverrides getDowngrade() {
            return downgrade;
        }
    }

    /** The guarded downgrade of one DataSource. */
    public static class DowngradeOverrides {

        /** Whether the endpoint may downgrade this DataSource's database. */
        private Boolean enabled;

        /** Role the caller must hold to downgrade this DataSource's database. */
        private String role;

        /** Revision of this DataSource's graph that a downgrade must never undo. */
        private String floor;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getFloor() {
            return floor;
        }

        public void setFloor(String floor) {
            this.floor = floor;
        }
    }
}
