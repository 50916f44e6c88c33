package dev.strata.reactive;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * A bean that uses the repository while it is created, as a cache warmed at startup does. Spring creates the
 * application's own beans before the auto-configured ones, so this works only because Strata makes the repository
 * (through R2dbcEntityTemplate) and DatabaseClient wait for the migrations.
 */
@Component
class CustomerDirectory {

    final List<Customer> customersAtStartup;
    final List<String> versionAtStartup;

    CustomerDirectory(CustomerRepository customers, DatabaseClient client) {
        this.customersAtStartup = customers.findAll().collectList().block();
        this.versionAtStartup = client.sql("SELECT version_num FROM strata_version")
                .map(row -> row.get("version_num", String.class)).all().collectList().block();
    }
}
