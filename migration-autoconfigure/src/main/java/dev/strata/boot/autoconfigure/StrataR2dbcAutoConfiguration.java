package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.boot.DefaultMigrationStrategy;
import dev.strata.boot.StrataConfigurationCustomizer;
import dev.strata.boot.StrataMigrationStrategy;
import dev.strata.boot.StrataMigrations;
import dev.strata.r2dbc.R2dbcDriver;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Strata for a reactive application: one engine per R2DBC {@code ConnectionFactory} bean, over the R2DBC driver
 * (no JDBC driver needed), upgraded while the application starts and before {@code DatabaseClient},
 * {@code R2dbcEntityTemplate} and R2DBC repositories are created
 * ({@link R2dbcDependsOnDatabaseInitializationDetector}).
 * An application that also has a {@code DataSource} is migrated through it by {@link StrataAutoConfiguration}
 * instead, so that one database never gets two engines.
 */
@AutoConfiguration(after = StrataAutoConfiguration.class, afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@ConditionalOnClass({ Strata.class, R2dbcDriver.class, ConnectionFactory.class, ConnectionFactoryBuilder.class })
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnMissingBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "strata.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class StrataR2dbcAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StrataMigrations strataMigrations(StrataProperties properties, Map<String, ConnectionFactory> connectionFactories,
            ResourceLoader resourceLoader, ObjectProvider<StrataConfigurationCustomizer> customizers,
            ApplicationEventPublisher publisher) {
        return new StrataEngineFactory(properties, resourceLoader.getClassLoader(),
                customizers.orderedStream().toList(), publisher).create(connectionFactories, new R2dbcConnections());
    }

    @Bean
    @ConditionalOnMissingBean
    StrataMigrationInitializer strataMigrationInitializer(StrataMigrations migrations,
            ObjectProvider<StrataMigrationStrategy> strategy) {
        return new StrataMigrationInitializer(migrations, strategy.getIfAvailable(DefaultMigrationStrategy::new));
    }
}
