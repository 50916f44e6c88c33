package dev.strata.boot.actuate.endpoint;

import dev.strata.boot.MigrationStatus;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code /actuator/migrations}: where every DataSource's database stands, and for one DataSource its revisions and
 * history. The guarded downgrade is web-only, in {@link MigrationsEndpointWebExtension}.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    /** How many history rows {@code GET /actuator/migrations/{datasource}} shows, newest first. */
    static final int HISTORY_ROWS = 100;

    private final StrataMigrations migrations;

    public MigrationsEndpoint(StrataMigrations migrations) {
        this.migrations = migrations;
    }

    /** Every DataSource: current, heads, pending, upToDate. */
    @ReadOperation
    public Map<String, Object> migrations() {
        Map<String, Object> datasources = new LinkedHashMap<>();
        for (StrataEngine engine : migrations.engines()) {
            datasources.put(engine.name(), MigrationDescriptors.summary(MigrationStatus.of(engine)));
        }
        return Map.of("datasources", datasources);
    }

    /** One DataSource: the summary plus every revision (state, applied at, checksum valid) and the history. */
    @ReadOperation
    public @Nullable Map<String, Object> dataSource(@Selector String datasource) {
        return migrations.engine(datasource).map(engine -> MigrationDescriptors.details(engine, HISTORY_ROWS))
                .orElse(null);
    }
}
