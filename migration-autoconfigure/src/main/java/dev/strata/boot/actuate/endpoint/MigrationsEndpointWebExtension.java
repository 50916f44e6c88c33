package dev.strata.boot.actuate.endpoint;

import dev.strata.boot.StrataMigrations;
import java.security.Principal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * {@code POST /actuator/migrations/{datasource}}: the guarded downgrade, over HTTP only (JMX has no such
 * operation). Body: {@code {"operation":"downgrade","target":"-1","confirm":"<current heads>","dryRun":true}}.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsEndpointWebExtension {

    private final StrataMigrations migrations;
    private final GuardedDowngrade downgrade;

    public MigrationsEndpointWebExtension(StrataMigrations migrations, GuardedDowngrade downgrade) {
        this.migrations = migrations;
        this.downgrade = downgrade;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> downgrade(@Selector String datasource,
            @Nullable String operation, @Nullable String target, @Nullable String confirm, @Nullable Boolean dryRun,
            SecurityContext securityContext) {
        return migrations.engine(datasource).map(engine -> {
            Principal principal = securityContext.getPrincipal();
            Caller caller = new Caller(principal == null ? null : principal.getName(),
                    securityContext::isUserInRole);
            DowngradeResponse response = downgrade.downgrade(engine, new DowngradeRequest(operation, target,
                    confirm, dryRun), caller);
            return new WebEndpointResponse<>(response.body(), response.status());
        }).orElseGet(() -> new WebEndpointResponse<>(Map.of("status", WebEndpointResponse.STATUS_NOT_FOUND,
                "message", "No DataSource or ConnectionFactory named '" + datasource + "' is migrated by Strata"),
                WebEndpointResponse.STATUS_NOT_FOUND));
    }
}
