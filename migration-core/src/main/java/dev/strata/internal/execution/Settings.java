package dev.strata.internal.execution;

import dev.strata.ChecksumPolicy;
import dev.strata.Strata;
import dev.strata.TransactionMode;
import java.time.Duration;
import java.util.Optional;

/** The engine settings a run needs, already validated by the configuration builder. */
public record Settings(String schema, VersionTable versionTable, HistoryTable historyTable,
        TransactionMode transactionMode, Duration lockTimeout, ChecksumPolicy checksumPolicy, String principal) {

    public static Settings of(String schema, String versionTable, String historyTable, TransactionMode mode,
            Duration lockTimeout, ChecksumPolicy checksumPolicy, String principal) {
        return new Settings(schema, new VersionTable(new TableName(schema, versionTable)),
                new HistoryTable(new TableName(schema, historyTable)), mode, lockTimeout, checksumPolicy, principal);
    }

    public Settings withPrincipal(String who) {
        return new Settings(schema, versionTable, historyTable, transactionMode, lockTimeout, checksumPolicy, who);
    }

    /**
     * What a session runs before anything else when a schema is configured: the schema becomes the first on the
     * search path, so revisions' unqualified names land there. Empty without a schema.
     */
    Optional<String> searchPathSql() {
        return hasSchema() ? Optional.of("SET search_path TO " + TableName.quote(schema) + ", public")
                : Optional.empty();
    }

    /** Creates the configured schema before the first change of a run. Empty without a schema. */
    Optional<String> createSchemaSql() {
        return hasSchema() ? Optional.of("CREATE SCHEMA IF NOT EXISTS " + TableName.quote(schema))
                : Optional.empty();
    }

    private boolean hasSchema() {
        return schema != null && !schema.isEmpty();
    }

    /** The engine version written to the history table. */
    public static String engineVersion() {
        String version = Strata.class.getPackage().getImplementationVersion();
        return "strata " + (version == null ? "dev" : version);
    }
}
