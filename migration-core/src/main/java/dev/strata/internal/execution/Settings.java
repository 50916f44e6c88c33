package dev.strata.internal.execution;

import dev.strata.ChecksumPolicy;
import dev.strata.Strata;
import dev.strata.TransactionMode;
import java.time.Duration;

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

    /** The engine version written to the history table. */
    public static String engineVersion() {
        String version = Strata.class.getPackage().getImplementationVersion();
        return "strata " + (version == null ? "dev" : version);
    }
}
