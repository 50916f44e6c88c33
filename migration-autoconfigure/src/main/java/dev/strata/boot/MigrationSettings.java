package dev.strata.boot;

import dev.strata.ChecksumPolicy;
import dev.strata.TransactionMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings in force for one {@code DataSource}: the {@code strata.*} properties with that data source's
 * {@code strata.datasources.<bean-name>.*} overrides applied.
 *
 * @param runOnStartup       upgrade to {@code target} while the application starts
 * @param target             what the startup run upgrades to ({@code heads} by default)
 * @param failOnPending      refuse to start while revisions up to {@code target} are pending
 * @param allowMultipleHeads accept a revision graph with several heads
 * @param url                a JDBC URL to migrate through instead of the data source's own, or null
 * @param user               a database user to migrate as instead of the data source's own, or null
 * @param password           the password of {@code user} (or of {@code url}), or null
 * @param downgrade          what the Actuator endpoint's downgrade accepts
 */
public record MigrationSettings(boolean enabled, boolean runOnStartup, String target, List<String> locations,
        String schema, String versionTable, String historyTable, TransactionMode transactionMode,
        Duration lockTimeout, ChecksumPolicy validateChecksums, boolean failOnPending, boolean allowMultipleHeads,
        String url, String user, String password, Downgrade downgrade) {

    public MigrationSettings {
        locations = List.copyOf(locations);
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(downgrade, "downgrade must not be null");
    }

    /**
     * The guarded downgrade of the Actuator endpoint.
     *
     * @param enabled whether {@code POST /actuator/migrations/{datasource}} may downgrade at all
     * @param role    the role the caller needs when Spring Security is present
     * @param floor   the revision a downgrade must never undo (nor anything below it), or null for none
     */
    public record Downgrade(boolean enabled, String role, String floor) {
    }

    /** Whether the run connects differently from the application ({@code url} or {@code user} is set). */
    public boolean hasOwnConnection() {
        return url != null || user != null;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MigrationSettings[enabled=" + enabled + ", runOnStartup=" + runOnStartup + ", target=" + target
                + ", locations=" + locations + ", schema=" + schema + ", versionTable=" + versionTable
                + ", historyTable=" + historyTable + ", transactionMode=" + transactionMode + ", lockTimeout="
                + lockTimeout + ", validateChecksums=" + validateChecksums + ", failOnPending=" + failOnPending
                + ", allowMultipleHeads=" + allowMultipleHeads + ", url=" + url + ", user=" + user + ", password="
                + (password == null ? null : "******") + ", downgrade=" + downgrade + "]";
    }
}
