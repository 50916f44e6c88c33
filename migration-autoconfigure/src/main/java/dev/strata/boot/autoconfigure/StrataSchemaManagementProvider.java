package dev.strata.boot.autoconfigure;

import dev.strata.boot.StrataMigrations;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells JPA that Strata owns the schema of the DataSources it migrates, so Hibernate's {@code ddl-auto} defaults to
 * {@code none} for them, embedded databases included.
 */
class StrataSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<StrataMigrations> migrations;

    StrataSchemaManagementProvider(ObjectProvider<StrataMigrations> migrations) {
        this.migrations = migrations;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrations.stream().anyMatch(m -> m.manages(dataSource)) ? SchemaManagement.MANAGED
                : SchemaManagement.UNMANAGED;
    }
}
