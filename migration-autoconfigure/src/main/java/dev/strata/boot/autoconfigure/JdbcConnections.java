package dev.strata.boot.autoconfigure;

import dev.strata.StrataException;
import dev.strata.boot.MigrationSettings;
import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.JdbcDriver;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Engines on {@code DataSource} beans: migrating through the bean, or through a DataSource of Strata's own. */
final class JdbcConnections implements MigrationConnections<DataSource> {

    private final ClassLoader classLoader;

    JdbcConnections(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public String beanType() {
        return "DataSource";
    }

    @Override
    public DatabaseDriver driver(String name, DataSource dataSource, MigrationSettings settings,
            String description) {
        return new JdbcDriver(migrationDataSource(name, dataSource, settings), description);
    }

    private DataSource migrationDataSource(String name, DataSource dataSource, MigrationSettings settings) {
        if (settings.url() != null) {
            DataSourceBuilder<?> builder = DataSourceBuilder.create(classLoader).type(SimpleDriverDataSource.class)
                    .url(settings.url());
            return credentials(builder, settings).build();
        }
        if (settings.user() != null) {
            try {
                return credentials(DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class),
                        settings).build();
            } catch (RuntimeException e) {
                throw new StrataException("Could not derive a connection as user '" + settings.user()
                        + "' from DataSource '" + name + "' (" + e.getMessage() + "). Set strata.url (or"
                        + " strata.datasources." + name + ".url) as well", e);
            }
        }
        return dataSource;
    }

    private static DataSourceBuilder<?> credentials(DataSourceBuilder<?> builder, MigrationSettings settings) {
        if (settings.user() != null) {
            builder.username(settings.user());
        }
        if (settings.password() != null) {
            builder.password(settings.password());
        }
        return builder;
    }
}
