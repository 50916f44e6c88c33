package dev.strata.boot.health;

import dev.strata.ChecksumMismatch;
import dev.strata.boot.MigrationStatus;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health {@code migrations}: DOWN when a database has pending revisions, a failed step, a changed revision that
 * the checksum policy refuses, or cannot be read; details per DataSource.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final StrataMigrations migrations;

    public MigrationsHealthIndicator(StrataMigrations migrations) {
        super("Migrations health check failed");
        this.migrations = migrations;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (StrataEngine engine : migrations.engines()) {
            MigrationStatus status = MigrationStatus.of(engine);
            healthy &= status.healthy();
            builder.withDetail(engine.name(), details(status));
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private static Map<String, Object> details(MigrationStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.healthy() ? "UP" : "DOWN");
        out.put("current", status.current());
        out.put("pending", status.pending());
        if (!status.checksumMismatches().isEmpty()) {
            out.put("checksumMismatches", status.checksumMismatches().stream().map(ChecksumMismatch::revision)
                    .toList());
        }
        if (status.lastFailure() != null) {
            out.put("lastFailure", Map.of("revision", String.valueOf(status.lastFailure().revision()), "step",
                    status.lastFailure().description(), "error", status.lastFailure().error(), "at",
                    status.lastFailure().at().toString()));
        }
        if (status.error() != null) {
            out.put("error", status.error());
        }
        return out;
    }
}
