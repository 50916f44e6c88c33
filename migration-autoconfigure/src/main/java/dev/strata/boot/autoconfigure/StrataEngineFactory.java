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
import dev.strata.driver.DatabaseDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Builds one engine per connection bean (DataSource, or R2DBC ConnectionFactory) from the {@code strata.*}
 * properties and the customizers; {@link MigrationConnections} says how each reaches its database.
 */
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

    <T> StrataMigrations create(Map<String, T> beans, MigrationConnections<T> connections) {
        refuseUnknownOverrides(beans, connections.beanType());
        List<String> enabled = new ArrayList<>();
        for (String name : beans.keySet()) {
            if (properties.settingsFor(name).enabled()) {
                enabled.add(name);
            }
        }
        refuseSharedUrl(enabled, connections.beanType());
        List<StrataEngine> engines = new ArrayList<>();
        for (String name : enabled) {
            MigrationSettings settings = properties.settingsFor(name);
            T bean = beans.get(name);
            DatabaseDriver driver = connections.driver(name, bean, settings,
                    describe(connections.beanType(), name, settings));
            engines.add(engine(name, bean, driver, settings));
        }
        return new StrataMigrations(engines);
    }

    private StrataEngine engine(String name, Object bean, DatabaseDriver driver, MigrationSettings settings) {
        StepFailures failures = new StepFailures();
        EventPublishingListener listener = new EventPublishingListener(name, publisher, failures);
        Function<String, Strata> load = principal -> {
            StrataConfiguration.Builder builder = Strata.configure()
                    .driver(driver)
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
        return new StrataEngine(name, bean, settings, load, failures);
    }

    /** {@code DataSource 'orders' through jdbc:postgresql://primary/app as user 'owner'}, never with a password. */
    private static String describe(String beanType, String name, MigrationSettings settings) {
        StringBuilder text = new StringBuilder(beanType).append(" '").append(name).append('\'');
        if (settings.url() != null) {
            text.append(" through ").append(withoutSecrets(settings.url()));
        }
        if (settings.user() != null) {
            text.append(" as user '").append(settings.user()).append('\'');
        }
        return text.toString();
    }

    /** The URL without its query (JDBC's {@code ?password=}) and user information (R2DBC's {@code user:pw@}). */
    private static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        String text = query < 0 ? url : url.substring(0, query);
        int authority = text.indexOf("//");
        int at = text.lastIndexOf('@');
        return authority >= 0 && at > authority ? text.substring(0, authority + 2) + text.substring(at + 1) : text;
    }

    /** A typo in {@code strata.datasources.<bean-name>} must not silently leave a database on the defaults. */
    private void refuseUnknownOverrides(Map<String, ?> beans, String beanType) {
        for (String key : properties.getDatasources().keySet()) {
            boolean known = beans.keySet().stream()
                    .anyMatch(name -> StrataProperties.canonical(name).equals(StrataProperties.canonical(key)));
            if (!known) {
                throw new StrataException("strata.datasources." + key + " names no " + beanType + " bean; the "
                        + beanType + " beans are: " + String.join(", ", beans.keySet()));
            }
        }
    }

    /** One URL for several beans would migrate one database with several graphs. */
    private void refuseSharedUrl(List<String> enabled, String beanType) {
        if (properties.getUrl() == null || enabled.size() < 2) {
            return;
        }
        List<String> sharing = enabled.stream()
                .filter(name -> properties.settingsFor(name).url().equals(properties.getUrl())).toList();
        if (sharing.size() > 1) {
            throw new StrataException("strata.url is set, and there are several " + beanType + "s (" + String.join(
                    ", ", sharing) + "): each would migrate the same database. Set strata.datasources.<bean-name>.url"
                    + " for each " + beanType + " instead");
        }
    }
}
