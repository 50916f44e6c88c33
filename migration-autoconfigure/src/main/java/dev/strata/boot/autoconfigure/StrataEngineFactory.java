package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.StrataException;
import dev.strata.boot.EventPublishingListener;
import dev.strata.boot.MigrationSettings;
import dev.strata.boot.StepFailures;
import dev.strata.boot.StrataConfigurationCustomizer;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Builds one engine per DataSource bean from the {@code strata.*} properties and the customizers. */
final class StrataEngineFactory {

    private final StrataProperties properties;
    private final ClassLoader classLoader;
    private final List<StrataConfigurationCustomizer> customizers;
    private final ApplicationEventPublisher publisher;

    StrataEngineFactory(StrataProperties properties, ClassLoader classLoader,
            List<StrataConfigurationCustomizer> customizers, ApplicationEventPublisher publisher) {
        this.properties = properties;
        this.classLoader = classLoader;
        this.customizers = customizers;
        this.publisher = publisher;
    }

    StrataMigrations create(Map<String, DataSource> dataSources) {
        refuseUnknownOverrides(dataSources);
        List<String> enabled = new ArrayList<>();
        for (String name : dataSources.keySet()) {
            if (properties.settingsFor(name).enabled()) {
                enabled.add(name);
            }
        }
        refuseSharedUrl(enabled);
        List<StrataEngine> engines = new ArrayList<>();
        for (String name : enabled) {
            engines.add(engine(name, dataSources.get(name), properties.settingsFor(name)));
        }
        return new StrataMigrations(engines);
    }

    private StrataEngine engine(String name, DataSource dataSource, MigrationSettings settings) {
        DataSource migrationDataSource = migrationDataSource(name, dataSource, settings);
        String description = describe(name, settings);
        StepFailures failures = new StepFailures();
        EventPublishingListener listener = new EventPublishingListener(name, publisher, failures);
        Function<String, Strata> load = principal -> {
            StrataConfiguration.Builder builder = Strata.configure()
                    .dataSource(migrationDataSource, description)
                    .classLoader(classLoader)
                    .locations(settings.locations())
                    .schema(settings.schema())
                    .versionTable(settings.versionTable())
                    .historyTable(settings.historyTable())
                    .transactionMode(settings.transactionMode())
                    .lockTimeout(settings.lockTimeout())
                    .checksumPolicy(settings.validateChecksums())
                    .principal(principal)
                    .listener(listener);
            for (StrataConfigurationCustomizer customizer : customizers) {
                customizer.customize(name, builder);
            }
            return builder.load();
        };
        return new StrataEngine(name, dataSource, settings, load, failures);
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

    private static String describe(String name, MigrationSettings settings) {
        StringBuilder text = new StringBuilder("DataSource '").append(name).append('\'');
        if (settings.url() != null) {
            int query = settings.url().indexOf('?');
            text.append(" through ").append(query < 0 ? settings.url() : settings.url().substring(0, query));
        }
        if (settings.user() != null) {
            text.append(" as user '").append(settings.user()).append('\'');
        }
        return text.toString();
    }

    /** A typo in {@code strata.datasources.<bean-name>} must not silently leave a DataSource on the defaults. */
    private void refuseUnknownOverrides(Map<String, DataSource> dataSources) {
        for (String key : properties.getDatasources().keySet()) {
            boolean known = dataSources.keySet().stream()
                    .anyMatch(name -> StrataProperties.canonical(name).equals(StrataProperties.canonical(key)));
            if (!known) {
                throw new StrataException("strata.datasources." + key + " names no DataSource bean; the DataSource"
                        + " beans are: " + String.join(", ", dataSources.keySet()));
            }
        }
    }

    /** One URL for several DataSources would migrate one database with several graphs. */
    private void refuseSharedUrl(List<String> enabled) {
        if (properties.getUrl() == null || enabled.size() < 2) {
            return;
        }
        List<String> sharing = enabled.stream()
                .filter(name -> properties.settingsFor(name).url().equals(properties.getUrl())).toList();
        if (sharing.size() > 1) {
            throw new StrataException("strata.url is set, and there are several DataSources (" + String.join(", ",
                    sharing) + "): each would migrate the same database. Set strata.datasources.<bean-name>.url for"
                    + " each DataSource instead");
        }
    }
}
