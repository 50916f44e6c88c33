package dev.strata.boot;

import dev.strata.StrataConfiguration;

/**
 * Adjusts an engine's configuration after the {@code strata.*} properties were applied, for example to add Java
 * revisions. Customizer beans run in {@link org.springframework.core.Ordered order}, for every engine.
 */
@FunctionalInterface
public interface StrataConfigurationCustomizer {

    /**
     * @param dataSourceName the DataSource bean the engine migrates
     * @param configuration  the configuration, ready to load
     */
    void customize(String dataSourceName, StrataConfiguration.Builder configuration);
}
