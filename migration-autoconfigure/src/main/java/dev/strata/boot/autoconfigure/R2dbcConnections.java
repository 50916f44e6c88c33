package dev.strata.boot.autoconfigure;

import dev.strata.StrataException;
import dev.strata.boot.MigrationSettings;
import dev.strata.driver.DatabaseDriver;
import dev.strata.r2dbc.R2dbcDriver;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;

/**
 * Engines on R2DBC {@code ConnectionFactory} beans: migrating through the bean, or through a ConnectionFactory of
 * Strata's own built from {@code url} (an {@code r2dbc:} URL) or derived from the bean's options with another
 * {@code user}. Strata's own is never pooled: a run holds one connection and gives it back, and a pool would keep
 * connections of the schema owner open for the life of the application.
 */
final class R2dbcConnections implements MigrationConnections<ConnectionFactory> {

    @Override
    public String beanType() {
        return "ConnectionFactory";
    }

    @Override
    public DatabaseDriver driver(String name, ConnectionFactory connectionFactory, MigrationSettings settings,
            String description) {
        return R2dbcDriver.of(migrationConnectionFactory(name, connectionFactory, settings), description);
    }

    private static ConnectionFactory migrationConnectionFactory(String name, ConnectionFactory connectionFactory,
            MigrationSettings settings) {
        if (settings.url() != null) {
            if (!settings.url().startsWith("r2dbc")) {
                throw new StrataException("strata.url (or strata.datasources." + name + ".url) must be an R2DBC URL"
                        + " such as r2dbc:postgresql://host:5432/database, because '" + name + "' is an R2DBC"
                        + " ConnectionFactory and this application has no JDBC DataSource; it starts with '"
                        + scheme(settings.url()) + "'");
            }
            return build(credentials(ConnectionFactoryBuilder.withUrl(settings.url()), settings));
        }
        if (settings.user() != null) {
            ConnectionFactoryBuilder derived;
            try {
                derived = ConnectionFactoryBuilder.derivedFrom(connectionFactory);
            } catch (RuntimeException e) {
                throw new StrataException("Could not derive a connection as user '" + settings.user()
                        + "' from ConnectionFactory '" + name + "' (" + e.getMessage() + "). Set strata.url (or"
                        + " strata.datasources." + name + ".url) as well", e);
            }
            return build(credentials(derived, settings));
        }
        return connectionFactory;
    }

    private static ConnectionFactoryBuilder credentials(ConnectionFactoryBuilder builder, MigrationSettings settings) {
        if (settings.user() != null) {
            builder.username(settings.user());
        }
        if (settings.password() != null) {
            builder.password(settings.password());
        }
        return builder;
    }

    /**
     * A ConnectionFactory without a pool: the options of {@code r2dbc:pool:postgresql://...} have driver
     * {@code pool} and protocol {@code postgresql}, which become driver {@code postgresql}.
     */
    private static ConnectionFactory build(ConnectionFactoryBuilder builder) {
        ConnectionFactoryOptions options = builder.buildOptions();
        if ("pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER))) {
            String protocol = (String) options.getRequiredValue(ConnectionFactoryOptions.PROTOCOL);
            int colon = protocol.indexOf(':');
            ConnectionFactoryOptions.Builder unpooled = options.mutate()
                    .option(ConnectionFactoryOptions.DRIVER, colon < 0 ? protocol : protocol.substring(0, colon));
            if (colon < 0) {
                unpooled.option(ConnectionFactoryOptions.PROTOCOL, "");
            } else {
                unpooled.option(ConnectionFactoryOptions.PROTOCOL, protocol.substring(colon + 1));
            }
            options = unpooled.build();
        }
        return ConnectionFactories.get(options);
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? url : url.substring(0, colon + 1);
    }
}
